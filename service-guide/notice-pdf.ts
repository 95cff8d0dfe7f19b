import PDFDocument from 'pdfkit';
import { BODY_SIZE, BOLD, entry, footers, heading, paragraphs, qrBlock, REGULAR } from './notice-layout';
import { qrModules } from './qr-code';
import type { ServiceNotice } from './service-notice';

const MARGIN = 56; // 2 cm
const QR_SIZE = 96;
const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The notice's title, as its PDF and every page's footer name it. */
const noticeTitle = (notice: ServiceNotice) => `${notice.name}（${notice.code} 第 ${notice.version} 版）告知单`;

/**
 * The printed notice (告知单) of an item version as an A4 PDF, Noto Sans SC embedded as subsets.
 * Pure: the same notice renders to the same bytes, its creation date being the version's.
 */
export function renderNoticePdf(notice: ServiceNotice): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 8, left: MARGIN, right: MARGIN },
    // Also the default font, so that no standard font (Helvetica) is declared beside it.
    font: REGULAR,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: noticeTitle(notice), Creator: 'Lianban', CreationDate: notice.versionDate },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const rendered = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  writeNotice(doc, notice);
  footers(doc, noticeTitle(notice));
  doc.end();
  return rendered;
}

function writeNotice(doc: InstanceType<typeof PDFDocument>, notice: ServiceNotice) {
  let section = 0;
  const numbered = (title: string) => heading(doc, `${CHINESE_NUMERALS[section++]}、${title}`);
  const excluded = notice.stages.some((stage) => stage.excludedFromLimit);

  doc.font(REGULAR).fontSize(BODY_SIZE).fillColor('#444444').text('办事指南告知单');
  doc.font(BOLD).fontSize(20).fillColor('black').text(notice.name);
  doc.font(REGULAR).fontSize(BODY_SIZE).text(`事项编码：${notice.code}　　版本：第 ${notice.version} 版`);

  numbered('设定依据');
  notice.legalBasis.forEach((law) => entry(doc, '·', [{ text: law }]));

  numbered('办理时限');
  paragraphs(doc, [
    { text: `法定办结时限：${notice.statutoryDays} 个工作日` },
    { text: `承诺办结时限：${notice.promisedDays} 个工作日` },
    {
      text:
        '以上时限均为工作日，按中华人民共和国法定节假日及调休安排确定，不含休息日和法定节假日，自受理之日起计算' +
        (excluded ? '；标明“不计入办理时限”的环节所需时间不计算在内。' : '。'),
      bold: true,
    },
  ]);

  numbered('申请材料');
  notice.materials.forEach((material, index) =>
    entry(doc, `${index + 1}.`, [
      { text: `${material.name}（${material.required ? '必需' : '视情形提供'}）`, bold: true },
      ...(material.condition ? [{ text: `提供条件：${material.condition}` }] : []),
      { text: `接收格式：${material.formats.join(' / ')}` },
      { text: `说明：${material.description}` },
    ]),
  );

  numbered('审批流程');
  notice.stages.forEach((stage, index) =>
    entry(doc, `${index + 1}.`, [
      { text: `${stage.title}${stage.excludedFromLimit ? '（不计入办理时限）' : ''}`, bold: true },
      {
        text: `办理部门：${stage.agencies.map((agency) => `${agency.name}${agency.conditional ? '（视情形）' : ''}`).join('、')}`,
      },
    ]),
  );

  numbered('办理步骤');
  notice.steps.forEach((step, index) =>
    entry(doc, `${index + 1}.`, [{ text: step.title, bold: true }, { text: step.detail }]),
  );

  numbered('温馨提示');
  notice.tips.forEach((tip) => entry(doc, '·', [{ text: tip }]));

  numbered('网上办事指南');
  qrBlock(doc, qrModules(notice.guideUrl), QR_SIZE, [
    '扫描二维码，查看本事项的网上办事指南并在线申请：',
    notice.guideUrl,
  ]);
}
