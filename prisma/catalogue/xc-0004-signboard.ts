import { WRITTEN_MATERIAL_FORMATS } from './formats';
import type { CatalogueItemDefinition } from './types';

export const signboardApproval: CatalogueItemDefinition = {
  code: 'XC-0004',
  version: 1,
  name: '牌匾标识设置',
  nameEn: 'Signboard approval',
  statutoryDays: 20,
  promisedDays: 5,
  materials: [
    {
      code: 'XC-0004-M01',
      name: '牌匾标识设置申请表',
      nameEn: 'Signboard installation application form',
      required: true,
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '写明设置位置、尺寸、材质、文字内容和设置期限，加盖申请单位公章。',
    },
    {
      code: 'XC-0004-M02',
      name: '营业执照复印件',
      nameEn: 'Business licence',
      required: true,
      formats: ['PDF', 'OFD', 'JPEG', 'PNG'],
      description: '牌匾标识的文字须与营业执照登记的名称或者字号一致。',
    },
    {
      code: 'XC-0004-M03',
      name: '牌匾标识设计效果图',
      nameEn: 'Signboard design rendering',
      required: true,
      formats: ['PDF', 'JPEG', 'PNG'],
      description: '包括牌匾标识正立面图和与建筑立面的合成效果图，标明尺寸、材质和色彩。',
    },
    {
      code: 'XC-0004-M04',
      name: '建筑物产权人或者管理人同意设置的证明',
      nameEn: "Consent of the building's owner or manager",
      required: true,
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '由产权人或者物业管理单位签字盖章，写明同意设置的位置。',
    },
    {
      code: 'XC-0004-M05',
      name: '照明设施电气安全说明',
      nameEn: 'Electrical safety statement for the lighting',
      required: false,
      condition: 'illuminated 为 true（设置灯光照明）时提供',
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '说明光源类型、功率、开关时段和防漏电措施，由具备资质的施工单位出具。',
    },
  ],
  formSchema: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    additionalProperties: false,
    required: ['shopName', 'address', 'signText', 'widthMetres', 'heightMetres', 'illuminated'],
    properties: {
      shopName: {
        type: 'string',
        title: '单位名称',
        description: 'Name of the business as on its business licence.',
        minLength: 1,
        maxLength: 100,
      },
      address: {
        type: 'string',
        title: '设置地址',
        description: 'Address of the building where the signboard is installed.',
        minLength: 1,
        maxLength: 200,
      },
      signText: {
        type: 'string',
        title: '牌匾文字',
        description: 'Text shown on the signboard; it must match the registered name or trade name.',
        minLength: 1,
        maxLength: 50,
      },
      widthMetres: {
        type: 'number',
        title: '宽度（米）',
        description: 'Width of the signboard in metres.',
        exclusiveMinimum: 0,
      },
      heightMetres: {
        type: 'number',
        title: '高度（米）',
        description: 'Height of the signboard in metres.',
        exclusiveMinimum: 0,
      },
      illuminated: {
        type: 'boolean',
        title: '是否设置照明',
        description: 'Whether the signboard is lit; a lit sign needs an electrical safety statement.',
      },
    },
  },
  process: {
    stages: [
      { name: 'ACCEPTANCE', reviewers: [{ agency: 'WINDOW' }] },
      { name: 'JOINT_REVIEW', reviewers: [{ agency: 'CITYADMIN' }] },
    ],
    issuance: { certificate: 'SIGNBOARD_APPROVAL' },
  },
  guide: {
    summary:
      '在建筑物外立面设置牌匾标识，在综合窗口提交申请，由城市管理委员会按照设置规范审核位置、尺寸和样式，审核通过后出具设置意见。',
    summaryEn:
      "To put up a signboard on a building's facade, apply at the comprehensive window; the city administration commission checks its position, size and style against the design rules.",
    steps: [
      {
        title: '确定方案',
        titleEn: 'Design the signboard',
        detail: '对照牌匾标识设置规范确定位置、尺寸、材质和文字，取得建筑物产权人同意。',
      },
      {
        title: '提交申请',
        titleEn: 'Submit the application',
        detail: '在线填写牌匾信息，上传设计效果图和相关证明。',
      },
      {
        title: '窗口受理',
        titleEn: 'Acceptance at the window',
        detail: '综合受理窗口核对材料，当场受理或一次性告知需补正的内容。',
      },
      {
        title: '审核',
        titleEn: 'Review',
        detail: '城市管理委员会审核设置方案，必要时到现场查看建筑立面。',
      },
      {
        title: '设置与维护',
        titleEn: 'Install and maintain',
        detail: '按照审核通过的方案设置，并保持牌匾标识完好、整洁、安全。',
      },
    ],
    tips: [
      '一个单位在同一建筑立面原则上只设置一块牌匾，不得遮挡建筑物门窗和其他设施。',
      '牌匾文字应当使用规范汉字，外文须与中文同时使用且不得大于中文。',
      '设置照明的，应当使用节能光源，并按规定时段开启。',
    ],
    legalBasis: [
      '《北京市户外广告设施、牌匾标识和标语宣传品设置管理条例》',
      '《北京市市容环境卫生条例》',
      '《中华人民共和国国家通用语言文字法》',
    ],
  },
};
