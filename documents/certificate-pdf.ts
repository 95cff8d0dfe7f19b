/**
 * A one-page PDF of an issued certificate. Text uses STSong-Light, one of the CJK fonts every
 * PDF reader provides (not embedded), so Chinese names print without shipping a font; the same
 * certificate always renders to the same bytes, so it is stored once.
 */
export interface CertificateSheet {
  title: string;
  lines: string[];
}

function utf16Hex(text: string): string {
  return [...text]
    .map((char) => {
      const code = char.codePointAt(0)!;
      // Outside the Basic Multilingual Plane the font has no glyph: print a question mark.
      return (code > 0xffff ? 0x3f : code).toString(16).padStart(4, '0');
    })
    .join('');
}

export function renderCertificatePdf(sheet: CertificateSheet): Buffer {
  const text = [
    `BT /F1 26 Tf 72 760 Td <${utf16Hex(sheet.title)}> Tj ET`,
    ...sheet.lines.map((line, index) => `BT /F1 13 Tf 72 ${710 - index * 24} Td <${utf16Hex(line)}> Tj ET`),
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /W [1 95 500] /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
