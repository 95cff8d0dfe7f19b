import type { Database } from '../../prisma/database';
import { renderNoticePdf } from '../../service-guide/notice-pdf';
import { printableVersion } from '../../service-guide/printable-version';
import { serviceNotice, type ServiceNotice } from '../../service-guide/service-notice';
import { readCatalogueDirectory } from '../../service-items/catalogue-files';
import { openTestDatabase } from '../helpers/database';
import { pdfPages, pdfStreams } from '../helpers/pdf';
import { modulesOfRectangles, readQrModules } from '../helpers/qr';

const performancePermit = readCatalogueDirectory().items.find((item) => item.code === 'XC-0002')!;

const PUBLIC_URL = 'https://zwfw.xicheng.example';
let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
}, 60_000);

afterAll(async () => {
  await database?.close();
});

async function seededNotice(code: string): Promise<ServiceNotice> {
  const item = await printableVersion(database.prisma, code);
  const { prisma } = database;
  return serviceNotice(
    item!,
    { agencies: await prisma.agency.findMany(), stageKinds: await prisma.stageKind.findMany() },
    PUBLIC_URL,
  );
}

/** The embedded TrueType font files (FontFile2) of a PDF, uncompressed. */
function embeddedFontFiles(pdf: Buffer): Buffer[] {
  const streams = pdfStreams(pdf);
  return [...pdf.toString('latin1').matchAll(/\/FontFile2 (\d+) 0 R/g)].map(([, id]) => streams.get(Number(id))!);
}

/** The rectangles `[x, y, width, height]` a PDF's pages fill (`re`): only its QR code's modules are drawn so. */
function filledRectangles(pdf: Buffer): number[][] {
  return [...pdfStreams(pdf).values()].flatMap((stream) =>
    [...stream.toString('latin1').matchAll(/^([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re$/gm)].map((found) =>
      found.slice(1).map(Number),
    ),
  );
}

/** How many glyphs a TrueType font holds: `numGlyphs` of its `maxp` table. */
function glyphCount(font: Buffer): number {
  const tables = font.readUInt16BE(4);
  for (let table = 0; table < tables; table += 1) {
    const record = 12 + table * 16;
    if (font.toString('latin1', record, record + 4) === 'maxp')
      return font.readUInt16BE(font.readUInt32BE(record + 8) + 4);
  }
  throw new Error('no maxp table');
}

describe("an item version's printed notice", () => {
  let notice: ServiceNotice;
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    notice = await seededNotice('XC-0002');
    pdf = await renderNoticePdf(notice);
    text = (await pdfPages(pdf)).join('');
  });

  it('says what the published version says: its title, laws, limits, materials, process, steps and tips', () => {
    expect(text).toContain('营业性演出许可');
    expect(text).toContain('事项编码：XC-0002');
    expect(text).toContain('第 2 版');
    for (const law of performancePermit.guide.legalBasis) expect(text).toContain(law);
    expect(text).toContain('法定办结时限：20 个工作日');
    expect(text).toContain('承诺办结时限：10 个工作日');
    expect(text).toContain('按中华人民共和国法定节假日及调休安排确定');
    for (const material of performancePermit.materials) {
      expect(text).toContain(`${material.name}（${material.required ? '必需' : '视情形提供'}）`);
      expect(text).toContain(material.description);
    }
    expect(text).toContain('提供条件：预计观众人数达到5000人的提供');
    expect(text).toContain('接收格式：PDF / OFD / JPEG / PNG');
    expect(text).toContain('受理办理部门：综合受理窗口');
    expect(text).toContain('并联审批办理部门：文化委员会、公安局（视情形）');
    for (const step of performancePermit.guide.steps) expect(text).toContain(`${step.title}${step.detail}`);
    for (const tip of performancePermit.guide.tips) expect(text).toContain(tip);
    expect(text).not.toContain('不计入办理时限');
  });

  it('lists the materials in their order', () => {
    const at = performancePermit.materials.map((material) => text.indexOf(material.name));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it("prints the guide page's address under its QR code, which a scanner reads as that address", () => {
    expect(notice.guideUrl).toBe(`${PUBLIC_URL}/items/XC-0002`);
    expect(readQrModules(modulesOfRectangles(filledRectangles(pdf)))).toBe(`${PUBLIC_URL}/items/XC-0002`);
    expect(text).toContain(`扫描二维码，查看本事项的网上办事指南并在线申请：${PUBLIC_URL}/items/XC-0002`);
  });

  it('embeds subsets of Noto Sans SC and names no font a printer would have to supply', () => {
    const latin = pdf.toString('latin1');
    const fonts = [...latin.matchAll(/\/BaseFont \/(\S+)/g)].map(([, name]) => name);
    expect(new Set(fonts)).toEqual(
      new Set([
        expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-Regular$/),
        expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-Bold$/),
      ]),
    );
    expect(latin).not.toContain('STSong');
    const files = embeddedFontFiles(pdf);
    expect(files).toHaveLength(2);
    // The whole font has over 30,000 glyphs; the notice uses a few hundred.
    for (const file of files) expect(glyphCount(file)).toBeLessThan(1000);
  });

  it('renders the same version to the same bytes every time', async () => {
    const again = await renderNoticePdf(await seededNotice('XC-0002'));
    expect(again.equals(pdf)).toBe(true);
  });

  it('marks a stage the time limit leaves out', async () => {
    const withExpertReview: ServiceNotice = {
      ...notice,
      stages: [
        ...notice.stages,
        { title: '专家评审', agencies: [{ name: '文化委员会', conditional: false }], excludedFromLimit: true },
      ],
    };
    const marked = (await pdfPages(await renderNoticePdf(withExpertReview))).join('');
    expect(marked).toContain('专家评审（不计入办理时限）');
    expect(marked).toContain('标明“不计入办理时限”的环节所需时间不计算在内');
  });
});

it('runs a long notice over several numbered pages, each entry whole on one page', async () => {
  const notice = await seededNotice('XC-0001');
  const pages = await pdfPages(await renderNoticePdf(notice));
  expect(pages.length).toBeGreaterThan(1);
  pages.forEach((page, index) => expect(page).toContain(`第 ${index + 1} 页，共 ${pages.length} 页`));
  for (const material of notice.materials) expect(pages.some((page) => page.includes(material.description))).toBe(true);
});
