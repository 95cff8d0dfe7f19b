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
