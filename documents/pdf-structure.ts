/**
 * Why a file that begins like a PDF is not one a reviewer can open, or undefined when it is.
 * pdf.js (Mozilla's reader, the one in Firefox) parses its cross-reference table and page tree;
 * an HTML page or a script behind a `%PDF-` header does not survive that.
 */
export async function pdfProblem(content: Uint8Array): Promise<string | undefined> {
  // pdf.js ships only ES modules; this module is CommonJS like the rest of the service.
  const { getDocument, PasswordResponses } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    data: new Uint8Array(content),
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    return document.numPages > 0 ? undefined : 'the PDF has no pages';
  } catch (error) {
    const { name, message, code } = error as { name?: string; message?: string; code?: number };
    if (name === 'PasswordException')
      return code === PasswordResponses.NEED_PASSWORD
        ? 'the PDF is password-protected; send it without a password'
        : 'the PDF is password-protected';
    return `it begins like a PDF but is not a readable one (${message ?? name})`;
  } finally {
    await task.destroy();
  }
}
