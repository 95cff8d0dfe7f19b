/** Every format Lianban recognises in a document's content; a material accepts some of them. */
export const DOCUMENT_FORMATS = ['PDF', 'OFD', 'JPEG', 'PNG'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  PDF: 'application/pdf',
  OFD: 'application/ofd',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
};

const startsWith = (content: Uint8Array, signature: number[]) =>
  signature.every((byte, index) => content[index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * The format a file really has, from its first bytes (and, for OFD, its ZIP directory), never
 * from its name. Anything else is named as well as we can, so a refusal can say what it saw.
 */
export function detectFormat(content: Uint8Array): { format: DocumentFormat } | { unknown: string } {
  if (startsWith(content, ascii('%PDF-'))) return { format: 'PDF' };
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { format: 'PNG' };
  if (startsWith(content, [0xff, 0xd8, 0xff])) return { format: 'JPEG' };
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) {
    // GB/T 33190: an OFD package is a ZIP whose entry point is OFD.xml.
    return Buffer.from(content.buffer, content.byteOffset, content.byteLength).includes('OFD.xml')
      ? { format: 'OFD' }
      : { unknown: 'a ZIP archive' };
  }
  if (startsWith(content, [0x4d, 0x5a])) return { unknown: 'a Windows executable' };
  if (startsWith(content, [0x7f, 0x45, 0x4c, 0x46])) return { unknown: 'an ELF executable' };
  if (startsWith(content, ascii('#!'))) return { unknown: 'a script' };
  return { unknown: 'an unrecognised file' };
}
