import { WRITTEN_MATERIAL_FORMATS, IDENTITY_FORMATS } from './formats';
import type { CatalogueItemDefinition } from './types';

export const tobaccoRetailLicence: CatalogueItemDefinition = {
  code: 'XC-0003',
  version: 1,
  name: '烟草专卖零售许可',
  nameEn: 'Tobacco retail licence',
  statutoryDays: 20,
  // Longer than the other items: the bureau inspects the shop and checks the distance rules on site.
  promisedDays: 15,
  materials: [
    {
      code: 'XC-0003-M01',
      name: '烟草专卖零售许可证申请表',
      nameEn: 'Tobacco retail licence application form',
      required: true,
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '由经营者本人签字，企业申请的加盖公章。',
    },
    {
      code: 'XC-0003-M02',
      name: '经营者身份证件复印件',
      nameEn: "Operator's identity document",
      required: true,
      formats: IDENTITY_FORMATS,
      description: '居民身份证正反面清晰扫描件，证件号码须与表单填写一致。',
    },
    {
      code: 'XC-0003-M03',
      name: '营业执照复印件',
      nameEn: 'Business licence',
      required: true,
      formats: ['PDF', 'OFD', 'JPEG', 'PNG'],
      description: '经营场所地址须与营业执照登记的地址一致。',
    },
    {
      code: 'XC-0003-M04',
      name: '经营场所使用证明',
      nameEn: 'Proof of the right to use the shop premises',
      required: true,
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '房屋产权证明或者在有效期内的租赁协议及出租方产权证明。',
    },
    {
      code: 'XC-0003-M05',
      name: '授权委托书及受托人身份证件复印件',
      nameEn: "Power of attorney and the agent's identity document",
      required: false,
      condition: '委托他人代为办理时提供',
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '写明委托事项和期限，由经营者签字。',
    },
  ],
  formSchema: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    additionalProperties: false,
    required: ['shopName', 'address', 'operatorName', 'operatorIdNumber', 'businessArea'],
    properties: {
      shopName: {
        type: 'string',
        title: '店铺名称',
        description: 'Name of the shop as on its business licence.',
        minLength: 1,
        maxLength: 100,
      },
      address: {
        type: 'string',
        title: '经营场所地址',
        description: 'Address of the retail premises in Xicheng District.',
        minLength: 1,
        maxLength: 200,
      },
      operatorName: {
        type: 'string',
        title: '经营者姓名',
        description: 'Full name of the operator (individual proprietor or responsible person).',
        minLength: 1,
        maxLength: 50,
      },
      operatorIdNumber: {
        type: 'string',
        title: '经营者公民身份号码',
        description:
          "Operator's 18-character resident identity number (GB 11643-1999); the check character is verified separately.",
        format: 'cn-resident-id',
        pattern: '^[0-9]{17}[0-9X]$',
      },
      businessArea: {
        type: 'number',
        title: '经营面积（平方米）',
        description: 'Floor area of the retail premises in square metres.',
        exclusiveMinimum: 0,
      },
    },
  },
  process: {
    stages: [
      { name: 'ACCEPTANCE', reviewers: [{ agency: 'WINDOW' }] },
      { name: 'JOINT_REVIEW', reviewers: [{ agency: 'TOBACCO' }] },
    ],
    issuance: { certificate: 'TOBACCO_RETAIL_LICENCE' },
  },
  guide: {
    summary:
      '从事卷烟、雪茄烟零售业务，在综合窗口提交申请，由烟草专卖局审核并实地核查经营场所，符合条件的核发烟草专卖零售许可证。',
    summaryEn:
      'To retail cigarettes and cigars, apply at the comprehensive window; the tobacco monopoly bureau reviews the application, inspects the premises and issues the tobacco retail licence.',
    steps: [
      {
        title: '取得营业执照',
        titleEn: 'Obtain a business licence',
        detail: '先办理营业执照，经营场所须与执照登记地址一致。',
      },
      {
        title: '提交申请',
        titleEn: 'Submit the application',
        detail: '在线填写经营者和经营场所信息，上传申请材料。',
      },
      {
        title: '窗口受理',
        titleEn: 'Acceptance at the window',
        detail: '综合受理窗口核对材料，当场受理或一次性告知需补正的内容。',
      },
      {
        title: '实地核查',
        titleEn: 'On-site inspection',
        detail: '烟草专卖局工作人员到经营场所核查，确认场所条件和布局要求。',
      },
      {
        title: '领取许可证',
        titleEn: 'Collect the licence',
        detail: '审核通过后核发烟草专卖零售许可证，须悬挂于经营场所显著位置。',
      },
    ],
    tips: [
      '中小学校周边等禁止区域内不得设立烟草制品零售点。',
      '经营场所须为固定场所，同一场所只能办理一个零售许可证。',
      '烟草制品须从当地烟草专卖批发企业进货，不得向未成年人出售。',
    ],
    legalBasis: [
      '《中华人民共和国烟草专卖法》',
      '《中华人民共和国烟草专卖法实施条例》',
      '《烟草专卖许可证管理办法》',
      '《中华人民共和国未成年人保护法》',
    ],
  },
};
