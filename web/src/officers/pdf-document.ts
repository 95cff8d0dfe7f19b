import type { PDFDocumentProxy } from 'pdfjs-dist';

/**
 * Adobe's predefined CMaps, bundled as files of the desk's own origin. A PDF in Chinese often
 * names one instead of embedding its font's encoding (UniGB-UCS2-H with STSong-Light, as the
 * hall's own certificates do); without it pdf.js draws no text at all.
 */
const CMAPS = import.meta.glob<string>('../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url',
  import: 'default',
  eager: true,
});
const cMapFiles = new Map(Object.entries(CMAPS).map(([file, url]) => [file.slice(file.lastIndexOf('/') + 1), url]));

/**
 * What pdf.js asks the page for (with `useWorkerFetch: false`): a CMap by its file name. Fonts
 * come from the system (`useSystemFonts`) and no WebAssembly decoder is used, so nothing else.
 */
class BundledCMaps {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind === 'cMapUrl' ? cMapFiles.get(filename) : undefined;
    if (!url) throw new Error(`No ${kind} file ${filename} in the desk`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/**
 * Opens a PDF with pdf.js in the browser. pdf.js and its worker are loaded on first use only (the
 * applicant's screens never need them), the worker from the desk's own origin as Vite bundles
 * it, so the CSP's `script-src 'self'` covers it. Nothing is evaluated from the file (no eval:
 * the CSP forbids it) and no WebAssembly decoders are fetched: what the hall's PDFs need is plain
 * JavaScript.
 */
export async function openPdf(content: Blob): Promise<PDFDocumentProxy> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs.getDocument({
    data: new Uint8Array(await content.arrayBuffer()),
    isEvalSupported: false,
    useWasm: false,
    useWorkerFetch: false,
    BinaryDataFactory: BundledCMaps,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  }).promise;
}
