import { readCatalogueDirectory } from '../../service-items/catalogue-files';
import { seedCatalogue } from '../../service-items/catalogue-seed';
import { guideRoutes } from '../../service-guide/guide-routes';
import { appsUnderTest } from '../helpers/app-server';
import { pdfPages } from '../helpers/pdf';
import { readQrPng } from '../helpers/qr';

const baseline = readCatalogueDirectory();
const signboardApproval = baseline.items.find((item) => item.code === 'XC-0004')!;
const PUBLIC_URL = 'https://zwfw.xicheng.example';
const apps = appsUnderTest();
let origin: string;

beforeAll(async () => {
  // A third version of XC-0004 replaces the second as the current one; the second stays printable.
  await seedCatalogue(apps.database.prisma, {
    ...baseline,
    items: [{ ...signboardApproval, version: 3, name: '户外招牌设置审批（2027 年版）' }],
  });
  const url = await apps.serve({ routes: [guideRoutes({ prisma: apps.database.prisma, publicUrl: PUBLIC_URL })] });
  origin = new URL(url).origin;
});

/** A request as anyone sends it: no token. */
async function get(path: string) {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

const text = async (pdf: Buffer) => (await pdfPages(pdf)).join('');

describe('the printed notice', () => {
  it("serves an item's current version to anyone, inline, named in Chinese and in ASCII", async () => {
    const { status, headers, body } = await get('/catalogue/XC-0002/notice.pdf');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/pdf');
    expect(headers.get('content-disposition')).toBe(
      `inline; filename="XC-0002-v2-notice.pdf"; filename*=UTF-8''XC-0002-v2-${encodeURIComponent('告知单')}.pdf`,
    );
    expect(headers.get('cache-control')).toBe('public, max-age=300');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await text(body)).toContain(`营业性演出许可事项编码：XC-0002`);
    expect(await text(body)).toContain(`${PUBLIC_URL}/items/XC-0002`);
  });

  it('serves the version asked for, the current one without a version', async () => {
    const current = await get('/catalogue/XC-0004/notice.pdf');
    expect(current.headers.get('content-disposition')).toContain('filename="XC-0004-v3-notice.pdf"');
    expect(await text(current.body)).toContain('户外招牌设置审批（2027 年版）');

    const first = await get('/catalogue/XC-0004/2/notice.pdf');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-disposition')).toContain('filename="XC-0004-v2-notice.pdf"');
    expect(first.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(await text(first.body)).toContain(`${signboardApproval.name}事项编码：XC-0004 版本：第 2 版`);

    expect((await get('/catalogue/XC-0004/3/notice.pdf')).body.equals(current.body)).toBe(true);
  });

  it.each([
    ['/catalogue/XC-9999/notice.pdf', 'No item XC-9999'],
    ['/catalogue/XC-0002/9/notice.pdf', 'No item XC-0002 version 9'],
    ['/catalogue/XC-0002/0/notice.pdf', 'No item XC-0002 version 0'],
    ['/catalogue/XC-0002/v1/notice.pdf', 'No item XC-0002 version v1'],
    ['/catalogue/XC-9999/qr.svg', 'No item XC-9999'],
    ['/catalogue/XC-9999/qr.png', 'No item XC-9999'],
  ])('answers %s with NOT_FOUND in the API’s error shape', async (path, message) => {
    const { status, headers, body } = await get(path);
    expect(status).toBe(404);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(body.toString())).toEqual({ errors: [{ message, extensions: { code: 'NOT_FOUND' } }] });
  });
});

describe("the guide page's QR code", () => {
  it('is a PNG that scans as the guide page on the desk', async () => {
    const { status, headers, body } = await get('/catalogue/XC-0002/qr.png');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('image/png');
    expect(headers.get('content-disposition')).toBe(
      `inline; filename="XC-0002-qr.png"; filename*=UTF-8''XC-0002-qr.png`,
    );
    expect(headers.get('cache-control')).toBe('public, max-age=86400');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(readQrPng(body)).toBe(`${PUBLIC_URL}/items/XC-0002`);
  });

  it('is an SVG that may run and load nothing when opened by itself', async () => {
    const { status, headers, body } = await get('/catalogue/XC-0002/qr.svg');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(body.toString()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^]*<path [^]*<\/svg>\s*$/);
  });
});
