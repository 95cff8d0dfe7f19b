import path from 'node:path';
import type PDFDocument from 'pdfkit';

/**
 * Noto Sans SC (SIL Open Font License 1.1), Google Fonts' build as `@expo-google-fonts/noto-sans-sc`
 * ships it: TrueType outlines, which pdfkit subsets through fontkit, so that a notice carries the
 * glyphs it uses and prints alike on any printer or reader.
 */
const FONTS = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
export const REGULAR = path.join(FONTS, '400Regular', 'NotoSansSC_400Regular.ttf');
export const BOLD = path.join(FONTS, '700Bold', 'NotoSansSC_700Bold.ttf');

export const BODY_SIZE = 10.5;
const LINE_GAP = 3;
/** Where a numbered entry's text starts, right of its number. */
const HANGING = 18;

/** One paragraph of an entry. */
export interface Line {
  text: string;
  bold?: boolean;
}

type Document = InstanceType<typeof PDFDocument>;

const contentWidth = (doc: Document) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Starts a new page unless `height` more points fit on this one (or would fit on no page). */
function keepRoom(doc: Document, height: number) {
  const room = doc.page.maxY() - doc.y;
  const pageRoom = doc.page.maxY() - doc.page.margins.top;
  if (height > room && height <= pageRoom) doc.addPage();
}

function styled(doc: Document, line: Line): Document {
  return doc
    .font(line.bold ? BOLD : REGULAR)
    .fontSize(BODY_SIZE)
    .fillColor('black');
}

const linesHeight = (doc: Document, lines: Line[], width: number) =>
  lines.reduce((sum, line) => sum + styled(doc, line).heightOfString(line.text, { width, lineGap: LINE_GAP }), 0);

function writeLines(doc: Document, lines: Line[], x: number, width: number) {
  for (const line of lines) styled(doc, line).text(line.text, x, doc.y, { width, lineGap: LINE_GAP });
}

/** A section's heading, never alone at the foot of a page: room for it and two lines below. */
export function heading(doc: Document, title: string) {
  doc.moveDown(0.8);
  keepRoom(doc, 40 + 2 * doc.currentLineHeight(true));
  doc.font(BOLD).fontSize(13).text(title, doc.page.margins.left, doc.y);
  doc.moveDown(0.3);
}

/** An entry of a list under its number or bullet, its paragraphs on one page when they fit. */
export function entry(doc: Document, label: string, lines: Line[]) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc) - HANGING;
  keepRoom(doc, linesHeight(doc, lines, width));
  const top = doc.y;
  doc.font(REGULAR).fontSize(BODY_SIZE).text(label, left, top, { width: HANGING, lineBreak: false });
  doc.y = top;
  writeLines(doc, lines, left + HANGING, width);
  doc.moveDown(0.25);
  doc.x = left;
}

/** Paragraphs at the full width. */
export function paragraphs(doc: Document, lines: Line[]) {
  writeLines(doc, lines, doc.page.margins.left, contentWidth(doc));
}

/**
 * A QR code drawn as vectors, `size` points wide, with its caption and text under it, kept on
 * one page. The modules go into one path filled once, so that no seam shows between them.
 */
export function qrBlock(
  doc: Document,
  qr: { size: number; dark(row: number, column: number): boolean },
  size: number,
  captions: string[],
) {
  const left = doc.page.margins.left;
  doc.font(REGULAR).fontSize(9);
  const captionHeight = captions.reduce((sum, caption) => sum + doc.heightOfString(caption) + 2, 0);
  doc.moveDown(1);
  keepRoom(doc, size + 8 + captionHeight);
  const top = doc.y;
  const cell = size / qr.size;
  for (let row = 0; row < qr.size; row += 1) {
    for (let column = 0; column < qr.size; column += 1) {
      if (!qr.dark(row, column)) continue;
      const start = column;
      while (column + 1 < qr.size && qr.dark(row, column + 1)) column += 1;
      doc.rect(left + start * cell, top + row * cell, (column - start + 1) * cell, cell);
    }
  }
  doc.fillColor('black').fill();
  doc.y = top + size + 8;
  for (const caption of captions) doc.text(caption, left, doc.y, { width: contentWidth(doc), lineGap: 2 });
}

const PAGE_NUMBER_WIDTH = 90;

/** Every page's footer: what the notice is, and which page of how many. */
export function footers(doc: Document, title: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const { margins } = doc.page;
    const bottom = margins.bottom;
    // Below the text's bottom margin, where pdfkit would otherwise start a page.
    margins.bottom = 0;
    const y = doc.page.height - bottom + 18;
    const width = contentWidth(doc);
    doc.font(REGULAR).fontSize(8.5).fillColor('#444444');
    // One line, cut short with an ellipsis rather than run into the page number.
    doc.text(title, margins.left, y, {
      width: width - PAGE_NUMBER_WIDTH,
      height: doc.currentLineHeight(),
      ellipsis: true,
    });
    doc.text(`第 ${index + 1} 页，共 ${count} 页`, margins.left, y, { width, align: 'right', lineBreak: false });
    margins.bottom = bottom;
  }
}
