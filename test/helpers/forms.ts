/** Valid forms for the seeded items; tests change one thing at a time. */
export const fiveInOneForm = {
  companyName: '北京联办科技有限公司',
  legalRepresentative: { name: '张三', idNumber: '11010519491231002X' },
  registeredCapital: 1_000_000,
  address: '北京市西城区金融大街1号',
  businessScope: '软件开发；技术咨询',
};

export function performanceForm(expectedAudience: number) {
  return {
    performanceTitle: '新年音乐会',
    venue: '北京展览馆剧场',
    startsAt: '2027-01-01',
    expectedAudience,
  };
}

export const tobaccoForm = {
  shopName: '西城便利店',
  address: '北京市西城区西单北大街1号',
  operatorName: '李四',
  operatorIdNumber: '11010519491231002X',
  businessArea: 30,
};

export const signboardForm = {
  shopName: '西城书店',
  address: '北京市西城区琉璃厂东街1号',
  signText: '西城书店',
  widthMetres: 3,
  heightMetres: 0.8,
  illuminated: false,
};

/** One valid form for each catalogue item, by item code. */
export const exampleForms: Record<string, Record<string, unknown>> = {
  'XC-0001': fiveInOneForm,
  'XC-0002': performanceForm(800),
  'XC-0003': tobaccoForm,
  'XC-0004': signboardForm,
  'XC-0005': {
    operatorName: '北京西城好味道餐饮有限公司',
    creditCode: '911101020000011930',
    legalRepresentative: { name: '王五', idNumber: '110102198001010017' },
    premisesAddress: '北京市西城区护国寺街8号',
    businessType: '餐饮服务经营者',
    businessItems: ['热食类食品制售', '自制饮品制售'],
    businessArea: 120,
    vendingMachines: false,
    byAgent: false,
  },
  'XC-0006': {
    premisesName: '北京西城清泉浴池有限公司',
    creditCode: '911101020000022J49',
    personInCharge: { name: '赵六', idNumber: '11010519491231002X' },
    address: '北京市西城区新街口外大街20号',
    placeType: '沐浴场所',
    floorArea: 600,
    staffCount: 18,
    centralAirConditioning: true,
  },
  'XC-0007': {
    venueName: '北京西城欢唱娱乐有限公司',
    creditCode: '911101020000033U3C',
    legalRepresentative: { name: '孙七', idNumber: '110102198506120035' },
    address: '北京市西城区西直门外大街100号三层',
    venueKind: '歌舞娱乐场所',
    floorArea: 800,
    privateRooms: 20,
  },
  'XC-0008': {
    institutionName: '北京西城康宁中医诊所',
    institutionType: '诊所',
    address: '北京市西城区德胜门内大街50号',
    principal: { name: '周八', idNumber: '110102197809200011' },
    ownership: '营利性',
    departments: ['中医科', '针灸科'],
    beds: 0,
    registeredFunds: 500_000,
    radiology: false,
  },
  'XC-0009': {
    institutionName: '北京西城健齿口腔门诊部',
    licenceNumber: 'PDY00001X110102D2152',
    address: '北京市西城区阜成门内大街30号',
    principal: { name: '吴九', idNumber: '110102198001010017' },
    equipment: [{ kind: '口腔X射线（牙片机、全景机、口腔CT）', model: 'OP300', quantity: 1 }],
    radiationWorkers: 2,
  },
  'XC-0010': {
    applicantName: '郑十',
    idNumber: '110102201003150042',
    householdAddress: '北京市西城区白纸坊街道右安门内大街1号',
    disabilityCategory: '智力残疾',
    applicantRole: '监护人',
    guardian: { name: '郑一', idNumber: '110102197809200011', relationship: '父母' },
  },
  'XC-0011': {
    operatorName: '北京西城联贸科技有限公司',
    operatorNameEn: 'Beijing Xicheng Lianmao Technology Co., Ltd.',
    creditCode: '91110102000004554B',
    operatorType: '内资企业',
    address: '北京市西城区金融大街9号',
    responsiblePerson: { name: '陈一', idNumber: '11010519491231002X' },
    tradeKinds: ['货物进出口'],
  },
  'XC-0012': {
    unitName: '北京市西城区启明文化艺术培训学校',
    address: '北京市西城区广安门内大街200号',
    serviceField: '教育',
    purposeAndScope: '面向社会开展文化艺术类非学历培训',
    startupFunds: 100_000,
    liabilityForm: '法人',
    principal: { name: '林二', idNumber: '110102198506120035' },
  },
  'XC-0013': {
    companyName: '北京西城聚才劳务派遣有限公司',
    companyEstablished: true,
    creditCode: '911101020000056E7T',
    registeredCapital: 2_000_000,
    address: '北京市西城区车公庄大街6号',
    legalRepresentative: { name: '黄三', idNumber: '110102198001010017' },
  },
};

/** A delivery address the address rule takes (domain/delivery.ts). */
export const deliveryAddress = {
  recipient: '张三',
  phone: '13800138000',
  province: '北京市',
  city: '北京市',
  district: '西城区',
  street: '金融大街 1 号',
  postcode: '100032',
};
