import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** What a QR code in a PNG says, read the way a phone's scanner reads one (jsQR); undefined: no code found. */
export function readQrPng(png: Buffer): string | undefined {
  const { data, width, height } = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(data), width, height)?.data;
}

/** What a QR code drawn by its modules says: drawn as pixels, four modules of quiet zone around. */
export function readQrModules(dark: boolean[][]): string | undefined {
  const scale = 4;
  const size = (dark.length + 8) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  dark.forEach((row, y) =>
    row.forEach((on, x) => {
      if (!on) return;
      for (let dy = 0; dy < scale; dy += 1)
        for (let dx = 0; dx < scale; dx += 1) {
          const at = (((y + 4) * scale + dy) * size + (x + 4) * scale + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
    }),
  );
  return jsQR(pixels, size, size)?.data;
}

/** The modules a QR code's rectangles cover, each rectangle `[x, y, width, height]` of whole modules. */
export function modulesOfRectangles(rectangles: number[][]): boolean[][] {
  const cell = Math.min(...rectangles.map(([, , , height]) => height));
  const left = Math.min(...rectangles.map(([x]) => x));
  const top = Math.min(...rectangles.map(([, y]) => y));
  const size = Math.round((Math.max(...rectangles.map(([x, , width]) => x + width)) - left) / cell);
  const dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  for (const [x, y, width] of rectangles) {
    const row = Math.round((y - top) / cell);
    const first = Math.round((x - left) / cell);
    for (let column = first; column < first + Math.round(width / cell); column += 1) dark[row][column] = true;
  }
  return dark;
}
