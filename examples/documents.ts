import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readCatalogueDirectory } from '../service-items/catalogue-files';
import type { CatalogueItemDefinition, MaterialDefinition } from '../service-items/item-definition';

/**
 * A one-page PDF for every material of every catalogue item, to try uploads and submissions with
 * (the README's examples use them): `examples/documents/<item>/<material>.pdf`. Written by
 * `npm run examples:documents`; test/examples checks the committed files are what this makes.
 */
export const DOCUMENTS_DIR = path.join(__dirname, 'documents');

export const sampleDocumentFile = (itemCode: string, materialCode: string) =>
  path.join(DOCUMENTS_DIR, itemCode, `${materialCode}.pdf`);

const A4 = [595, 842] as const;
const MARGIN = 72;

export async function sampleDocument(item: CatalogueItemDefinition, material: MaterialDefinition): Promise<Uint8Array> {
  // No producer or dates in the metadata: the same material always makes the same bytes.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(`${material.code}: ${material.nameEn} (sample)`);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([...A4]);
  page.setFont(font);
  const lines = [
    { text: material.code, size: 28 },
    { text: material.nameEn, size: 16 },
    { text: `a material of ${item.code}, ${item.nameEn}`, size: 12 },
    { text: 'A sample document of Lianban for trying the service; it certifies nothing.', size: 10 },
  ];
  let y = A4[1] - MARGIN;
  for (const { text, size } of lines) {
    const lineHeight = size * 1.4;
    const width = A4[0] - 2 * MARGIN;
    page.drawText(text, { x: MARGIN, y, size, maxWidth: width, lineHeight });
    const wrapped = Math.ceil(font.widthOfTextAtSize(text, size) / width);
    y -= lineHeight * wrapped + size;
  }
  // A cross-reference table rather than streams: the form every PDF reader and checker knows.
  return pdf.save({ useObjectStreams: false });
}

async function main() {
  rmSync(DOCUMENTS_DIR, { recursive: true, force: true });
  for (const item of readCatalogueDirectory().items) {
    mkdirSync(path.join(DOCUMENTS_DIR, item.code), { recursive: true });
    for (const material of item.materials) {
      writeFileSync(sampleDocumentFile(item.code, material.code), await sampleDocument(item, material));
    }
  }
  console.log(`wrote a sample PDF for each material under ${DOCUMENTS_DIR}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
