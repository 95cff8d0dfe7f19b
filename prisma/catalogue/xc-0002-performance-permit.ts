import { WRITTEN_MATERIAL_FORMATS } from './formats';
import type { CatalogueItemDefinition } from './types';

// The line at which 《大型群众性活动安全管理条例》 Art. 12 moves security licensing up to the
// municipal public security bureau, which API.md adopts as the trigger for PSB review.
const PSB_AUDIENCE_THRESHOLD = 5000;

export const performancePermit: CatalogueItemDefinition = {
  code: 'XC-0002',
  version: 1,
  name: '营业性演出许可',
  nameEn: 'Commercial performance permit',
  statutoryDays: 20,
  promisedDays: 10,
  materials: [
    {
      code: 'XC-0002-M01',
      name: '营业性演出申请表',
      nameEn: 'Commercial performance application form',
      required: true,
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '写明演出名称、举办单位、参演团体和演员、演出时间、地点和场次，加盖举办单位公章。',
    },
    {
      code: 'XC-0002-M02',
      name: '演出举办单位营业性演出许可证或者备案证明',
      nameEn: "Organiser's commercial performance licence or filing certificate",
      required: true,
      formats: ['PDF', 'OFD', 'JPEG', 'PNG'],
      description: '在有效期内的营业性演出许可证副本或者个体演员、个体演出经纪人备案证明。',
    },
    {
      code: 'XC-0002-M03',
      name: '演出节目内容说明及视听资料',
      nameEn: 'Programme description and audiovisual material',
      required: true,
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '逐个列明节目名称、表演者和时长；视听资料以说明中载明的方式提供。',
    },
    {
      code: 'XC-0002-M04',
      name: '演出合同或者文艺表演团体、演员同意参加演出的书面函件',
      nameEn: 'Performer contracts or written consent of the troupes and performers',
      required: true,
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '组台演出须提交每一参演团体或者演员的合同或者同意函。',
    },
    {
      code: 'XC-0002-M05',
      name: '演出场所安全证明',
      nameEn: 'Proof of venue safety',
      required: true,
      formats: WRITTEN_MATERIAL_FORMATS,
      description:
        '场所经营单位同意提供场地的证明，以及消防安全检查合格文件；临时搭建舞台、看台的还须提交验收合格证明。',
    },
    {
      code: 'XC-0002-M06',
      name: '大型群众性活动安全工作方案',
      nameEn: 'Security plan for a large public event',
      required: false,
      condition: `expectedAudience ≥ ${PSB_AUDIENCE_THRESHOLD} 时提供`,
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '包括安全保卫、灭火和应急疏散预案、安全工作人员数量及岗位，由公安机关审核。',
    },
  ],
  formSchema: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    additionalProperties: false,
    required: ['performanceTitle', 'venue', 'startsAt', 'expectedAudience'],
    properties: {
      performanceTitle: {
        type: 'string',
        title: '演出名称',
        description: 'Title of the performance as it will be advertised.',
        minLength: 1,
        maxLength: 100,
      },
      venue: {
        type: 'string',
        title: '演出场所',
        description: 'Name and address of the venue.',
        minLength: 1,
        maxLength: 200,
      },
      startsAt: {
        type: 'string',
        title: '演出日期',
        description: 'Date of the (first) performance, ISO 8601 (YYYY-MM-DD).',
        format: 'date',
      },
      expectedAudience: {
        type: 'integer',
        title: '预计观众人数',
        description: 'Expected audience per performance; 5000 or more also requires public security review.',
        minimum: 1,
      },
    },
  },
  process: {
    stages: [
      { name: 'ACCEPTANCE', reviewers: [{ agency: 'WINDOW' }] },
      {
        name: 'JOINT_REVIEW',
        reviewers: [
          { agency: 'CULTURE' },
          {
            agency: 'PSB',
            when: { field: 'expectedAudience', op: 'gte', value: PSB_AUDIENCE_THRESHOLD },
          },
        ],
      },
    ],
    issuance: { certificate: 'PERFORMANCE_PERMIT' },
  },
  guide: {
    summary:
      '举办营业性演出，在综合窗口提交申请，由文化委员会审核；预计观众达到5000人的，公安局同时进行安全审核，审核通过后核发营业性演出批准文件。',
    summaryEn:
      'To stage a commercial performance, apply at the comprehensive window for review by the culture commission; when 5000 or more spectators are expected, public security reviews the security arrangements in parallel.',
    steps: [
      {
        title: '准备材料',
        titleEn: 'Prepare the materials',
        detail: '确认演出内容、参演人员和场地，取得演出合同及场地安全证明。',
      },
      {
        title: '提交申请',
        titleEn: 'Submit the application',
        detail: '在线填写演出信息并上传材料；预计观众达到5000人的，同时上传安全工作方案。',
      },
      {
        title: '窗口受理',
        titleEn: 'Acceptance at the window',
        detail: '综合受理窗口核对材料，当场受理或一次性告知需补正的内容。',
      },
      {
        title: '部门审核',
        titleEn: 'Agency review',
        detail: '文化委员会审核演出内容和举办资质；达到规模的由公安局同步审核安全工作方案并可查验场地。',
      },
      {
        title: '领取批准文件',
        titleEn: 'Collect the permit',
        detail: '审核通过后核发批准文件，演出前应在售票场所和演出场所明示。',
      },
    ],
    tips: [
      '预计观众达到5000人的，请在演出日20日前提出申请，以便公安机关完成安全审核和现场查验。',
      '批准后变更演出时间、地点、场次或者节目的，应当重新报批。',
      '售票数量不得超过场所核定人数，预计观众人数应与场所容量相符。',
      '涉外或者涉港澳台演出另行向市级文化主管部门申请，不适用本事项。',
    ],
    legalBasis: [
      '《营业性演出管理条例》',
      '《营业性演出管理条例实施细则》',
      '《大型群众性活动安全管理条例》',
      '《中华人民共和国行政许可法》',
    ],
  },
};
