import { qrCodePng, qrCodeSvg } from '../../service-guide/qr-code';
import { modulesOfRectangles, readQrModules, readQrPng } from '../helpers/qr';

const URL = 'https://zwfw.xicheng.example/items/XC-0002';

/** The rectangles an SVG QR code's path strokes: `M x y` and `m dx dy` move, `h n` draws n modules. */
function strokedRectangles(svg: string): number[][] {
  const path = /<path stroke="#000000" d="([^"]+)"\/>/.exec(svg)![1];
  const rectangles: number[][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, operands] of path.matchAll(/([MmHh])([^MmHh]*)/g)) {
    const [a, b] = operands
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (command === 'M') [x, y] = [a, b];
    if (command === 'm') [x, y] = [x + a, y + b];
    if (command === 'h') {
      rectangles.push([x, y - 0.5, a, 1]);
      x += a;
    }
  }
  return rectangles;
}

it("encodes the guide page's address in a PNG a phone's scanner reads", async () => {
  const png = await qrCodePng(URL);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(readQrPng(png)).toBe(URL);
  expect(readQrPng(await qrCodePng(`${URL}-other`))).toBe(`${URL}-other`);
});

it('draws the same code as SVG: one well-formed element of paths, with a size to show at', async () => {
  const svg = await qrCodeSvg(URL);
  expect(svg.trim()).toMatch(
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="264" height="264" viewBox="0 0 \d+ \d+"[^>]*>(<path [^>]*\/>)+<\/svg>$/,
  );
  expect(readQrModules(modulesOfRectangles(strokedRectangles(svg)))).toBe(URL);
});
