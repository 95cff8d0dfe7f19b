import QRCode, { type QRCodeErrorCorrectionLevel } from 'qrcode';

// M recovers from 15% damage: enough for a worn poster, with modules large enough to scan from
// a printed page. The four-module quiet zone is what scanners expect.
const ERROR_CORRECTION: QRCodeErrorCorrectionLevel = 'M';
const QUIET_ZONE = 4;

/** The code's modules, for drawing it as vectors (the printed notice): `dark(row, column)`. */
export function qrModules(text: string): { size: number; dark(row: number, column: number): boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: ERROR_CORRECTION });
  return { size: modules.size, dark: (row, column) => Boolean(modules.get(row, column)) };
}

/** A QR code as SVG, 264 px wide unless scaled: sharp at any size, for screens and posters. */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: ERROR_CORRECTION, margin: QUIET_ZONE, width: 264 });
}

/** A QR code as PNG, 10 px a module, for tools that take no SVG. */
export function qrCodePng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: ERROR_CORRECTION, margin: QUIET_ZONE, scale: 10 });
}
