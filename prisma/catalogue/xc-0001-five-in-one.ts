import { WRITTEN_MATERIAL_FORMATS, IDENTITY_FORMATS } from './formats';
import type { CatalogueItemDefinition } from './types';

export const fiveInOneRegistration: CatalogueItemDefinition = {
  code: 'XC-0001',
  // 2: registered capital has bounds. Version 1 stays in the databases that have it, for its cases.
  version: 2,
  name: '企业设立登记（五证合一）',
  nameEn: 'Five-in-one enterprise registration',
  // Before the reform the five registrations together took 18–30 working days; 20 is the general
  // limit of 行政许可法 Art. 42 for each agency, and 3 is what the hall commits to.
  statutoryDays: 20,
  promisedDays: 3,
  materials: [
    {
      code: 'XC-0001-M01',
      name: '公司登记（备案）申请书',
      nameEn: 'Company registration (filing) application form',
      required: true,
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '由法定代表人签署，填写内容须与章程及其他材料一致。',
    },
    {
      code: 'XC-0001-M02',
      name: '指定代表或者共同委托代理人授权委托书',
      nameEn: 'Authorisation of the designated representative or joint agent',
      required: true,
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '由全体股东签署，写明委托事项和权限，附被委托人身份证件复印件。',
    },
    {
      code: 'XC-0001-M03',
      name: '公司章程',
      nameEn: 'Articles of association',
      required: true,
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '由全体股东签署（自然人签字、法人盖章），载明出资额、出资方式和出资时间。',
    },
    {
      code: 'XC-0001-M04',
      name: '股东的主体资格证明或者自然人身份证件复印件',
      nameEn: "Shareholders' proof of legal status or identity documents",
      required: true,
      formats: IDENTITY_FORMATS,
      description: '股东为企业的提交营业执照复印件并加盖公章；股东为自然人的提交身份证件复印件。',
    },
    {
      code: 'XC-0001-M05',
      name: '法定代表人身份证件复印件',
      nameEn: "Legal representative's identity document",
      required: true,
      formats: IDENTITY_FORMATS,
      description: '居民身份证正反面清晰扫描件，证件号码须与表单填写一致。',
    },
    {
      code: 'XC-0001-M06',
      name: '董事、监事和经理的任职文件及身份证件复印件',
      nameEn: 'Appointment documents and identity documents of directors, supervisors and manager',
      required: true,
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '股东会决议、董事会决议或者其他任职文件，依章程规定由相应人员签署。',
    },
    {
      code: 'XC-0001-M07',
      name: '住所使用证明',
      nameEn: 'Proof of the right to use the registered premises',
      required: true,
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '自有房产提交房屋产权证明复印件；租赁房屋提交租赁协议及出租方产权证明复印件。',
    },
    {
      code: 'XC-0001-M08',
      name: '企业名称预先核准通知书',
      nameEn: 'Notice of pre-approval of the enterprise name',
      required: false,
      condition: '名称已预先核准的提供；通过名称自主申报的无需提供',
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '在有效期内的名称预先核准通知书，名称须与申请登记的名称一致。',
    },
    {
      code: 'XC-0001-M09',
      name: '前置审批文件或者许可证件',
      nameEn: 'Prior approval documents or permits',
      required: false,
      condition: '经营范围含法律、行政法规和国务院决定规定须在登记前报经批准的项目时提供',
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '有关审批部门出具的批准文件或者许可证件复印件。',
    },
    {
      code: 'XC-0001-M10',
      name: '"五证合一"登记补充信息表',
      nameEn: 'Five-in-one supplementary information sheet',
      required: true,
      formats: WRITTEN_MATERIAL_FORMATS,
      description:
        '填写财务负责人、办税人员、从业人数、核算方式等信息，由综合窗口一次采集后共享给质监、税务、人社、统计部门。',
    },
    {
      code: 'XC-0001-M11',
      name: '股东出资证明或者非货币财产评估报告',
      nameEn: 'Valuation report for non-monetary capital contributions',
      required: false,
      condition: '股东以非货币财产出资时提供',
      formats: WRITTEN_MATERIAL_FORMATS,
      description: '依法设立的评估机构出具的评估报告，或全体股东确认的作价证明。',
    },
  ],
  formSchema: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    additionalProperties: false,
    required: ['companyName', 'legalRepresentative', 'address', 'businessScope'],
    properties: {
      companyName: {
        type: 'string',
        title: '企业名称',
        description: 'Registered company name, as pre-approved or self-declared.',
        minLength: 1,
        maxLength: 100,
      },
      legalRepresentative: {
        type: 'object',
        title: '法定代表人',
        description: 'The legal representative of the company.',
        additionalProperties: false,
        required: ['name', 'idNumber'],
        properties: {
          name: {
            type: 'string',
            title: '姓名',
            description: "Legal representative's full name as on the identity card.",
            minLength: 1,
            maxLength: 50,
          },
          idNumber: {
            type: 'string',
            title: '公民身份号码',
            description:
              '18-character resident identity number (GB 11643-1999); the check character is verified separately.',
            format: 'cn-resident-id',
            pattern: '^[0-9]{17}[0-9X]$',
          },
        },
      },
      // Optional because API.md does not require it; since the 2014 reform capital is subscribed,
      // not verified, at registration, so the law sets no minimum and no maximum. One fen is the
      // least an amount can be; the largest registered capitals are about 1.7 trillion yuan
      // (China State Railway Group: 17 395 亿元), so ten trillion (10 万亿元) leaves room for any
      // real company and still refuses 1e308.
      registeredCapital: {
        type: 'number',
        title: '注册资本（元）',
        description: 'Subscribed registered capital in CNY, from 0.01 to 10 000 000 000 000 (ten trillion).',
        minimum: 0.01,
        maximum: 10_000_000_000_000,
      },
      address: {
        type: 'string',
        title: '住所',
        description: 'Registered address of the company in Xicheng District.',
        minLength: 1,
        maxLength: 200,
      },
      businessScope: {
        type: 'string',
        title: '经营范围',
        description: 'Business scope, in the standard wording of the business-scope catalogue.',
        minLength: 1,
        maxLength: 1000,
      },
    },
  },
  process: {
    stages: [
      { name: 'ACCEPTANCE', reviewers: [{ agency: 'WINDOW' }] },
      {
        name: 'JOINT_REVIEW',
        reviewers: [{ agency: 'AIC' }, { agency: 'QTS' }, { agency: 'TAX' }, { agency: 'HRSS' }, { agency: 'STATS' }],
      },
    ],
    issuance: { certificate: 'BUSINESS_LICENCE' },
  },
  guide: {
    summary:
      '新设立企业在综合窗口一次提交材料，工商、质监、税务、人社、统计五部门并联审核，核发加载统一社会信用代码的营业执照，不再另行办理组织机构代码证、税务登记证、社会保险登记证和统计登记证。',
    summaryEn:
      'A new enterprise submits one set of materials at the comprehensive window; industry and commerce, quality supervision, tax, social security and statistics review in parallel, and one business licence carrying the unified social credit code replaces the four separate certificates.',
    steps: [
      {
        title: '名称申报',
        titleEn: 'Declare the name',
        detail: '通过名称自主申报系统或名称预先核准取得企业名称。',
      },
      {
        title: '网上填报',
        titleEn: 'Fill in the form online',
        detail: '在线填写登记信息和补充信息表，一次上传全部申请材料。',
      },
      {
        title: '窗口受理',
        titleEn: 'Acceptance at the window',
        detail: '综合受理窗口核对材料是否齐全、是否符合法定形式，当场受理或一次性告知需补正的内容。',
      },
      {
        title: '并联审核',
        titleEn: 'Parallel review',
        detail: '工商、质监、税务、人社、统计部门共享材料、同时审核，任一部门要求补正时统一通知申请人。',
      },
      {
        title: '领取执照',
        titleEn: 'Collect the licence',
        detail: '审核通过后核发载有18位统一社会信用代码的营业执照，可到窗口领取或邮寄送达。',
      },
    ],
    tips: [
      '身份证件号码须与上传的身份证件一致，校验位错误将无法提交。',
      '住所须为合法的非住宅用途房屋，租赁协议应在有效期内。',
      '补正期间办理时限暂停计算，补正材料提交后由提出补正的部门重新审核。',
      '营业执照核发后，组织机构代码、税务、社会保险和统计登记同步完成，无需另行办理。',
    ],
    legalBasis: [
      '《中华人民共和国公司法》',
      '《中华人民共和国公司登记管理条例》',
      '《中华人民共和国行政许可法》',
      '《国务院办公厅关于加快推进"五证合一、一照一码"登记制度改革的通知》（国办发〔2016〕53号）',
    ],
  },
};
