import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { recogniseDocument } from '../../documents/file-type';
import { DOCUMENTS_DIR, sampleDocument, sampleDocumentFile } from '../../examples/documents';
import { readCatalogueDirectory } from '../../service-items/catalogue-files';

const materials = readCatalogueDirectory().items.flatMap((item) =>
  item.materials.map((material) => ({ item, material })),
);

describe.each(materials.map(({ item, material }) => [material.code, item, material] as const))(
  'the sample document of %s',
  (code, item, material) => {
    const file = sampleDocumentFile(item.code, code);

    it('is a small one-page PDF that says which material it stands for', async () => {
      expect(existsSync(file)).toBe(true);
      const content = readFileSync(file);
      expect(content.length).toBeLessThan(4096);
      expect(await recogniseDocument(content)).toEqual({ format: 'PDF' });
      expect(material.formats).toContain('PDF');
      const pdf = await PDFDocument.load(content, { throwOnInvalidObject: true, updateMetadata: false });
      expect(pdf.getPageCount()).toBe(1);
      expect(pdf.getTitle()).toContain(code);
    });

    it('is what `npm run examples:documents` makes', async () => {
      expect(Buffer.compare(readFileSync(file), await sampleDocument(item, material))).toBe(0);
    });
  },
);

it('holds no document of a material the catalogue does not have', () => {
  const files = readdirSync(DOCUMENTS_DIR, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.pdf'),
  );
  const expected = materials.map(({ item, material }) =>
    path.relative(DOCUMENTS_DIR, sampleDocumentFile(item.code, material.code)),
  );
  expect(files.sort()).toEqual(expected.sort());
});
