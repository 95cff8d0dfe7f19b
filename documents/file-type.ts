import { pdfProblem } from './pdf-structure';
import { zipEntryNames } from './zip-directory';

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
 * The format a file really has, from its first bytes and its structure, never from its name.
 * Anything else is named as well as we can, so a refusal can say what it saw.
 */
export async function recogniseDocument(
  content: Uint8Array,
): Promise<{ format: DocumentFormat } | { problem: string }> {
  const isNot = (what: string) => ({ problem: `the content is ${what}, not a PDF, OFD, JPEG or PNG document` });
  if (startsWith(content, ascii('%PDF-'))) {
    const problem = await pdfProblem(content);
    return problem ? { problem } : { format: 'PDF' };
  }
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { format: 'PNG' };
  if (startsWith(content, [0xff, 0xd8, 0xff])) return { format: 'JPEG' };
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(content);
    if (!names) return isNot('a damaged ZIP archive');
    // GB/T 33190: an OFD package is a ZIP whose entry point is OFD.xml at its root.
    return names.includes('OFD.xml') ? { format: 'OFD' } : isNot('a ZIP archive without OFD.xml at its root');
  }
  if (startsWith(content, [0x4d, 0x5a])) return isNot('a Windows executable');
  if (startsWith(content, [0x7f, 0x45, 0x4c, 0x46])) return isNot('an ELF executable');
  if (startsWith(content, ascii('#!'))) return isNot('a script');
  return isNot('an unrecognised file');
}
