import { inflateSync } from 'node:zlib';

/** The text of each page of a PDF as pdf.js (Firefox's reader) extracts it, the runs of a page joined. */
export async function pdfPages(content: Uint8Array): Promise<string[]> {
  // pdf.js ships only ES modules; the tests are CommonJS.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(content),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const { items } = await (await document.getPage(number)).getTextContent();
      pages.push(items.map((item) => ('str' in item ? item.str : '')).join(''));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/**
 * Every stream of a PDF as pdfkit writes one (objects in the clear, streams deflated), inflated,
 * by object number.
 */
export function pdfStreams(pdf: Buffer): Map<number, Buffer> {
  const text = pdf.toString('latin1');
  const streams = new Map<number, Buffer>();
  for (const found of text.matchAll(/(\d+) 0 obj\n<<((?:(?!endobj)[^])*?)>>\nstream\n/g)) {
    const [whole, id, dictionary] = found;
    const start = found.index + whole.length;
    const bytes = pdf.subarray(start, start + Number(/\/Length (\d+)/.exec(dictionary)![1]));
    streams.set(Number(id), dictionary.includes('/FlateDecode') ? inflateSync(bytes) : bytes);
  }
  return streams;
}
