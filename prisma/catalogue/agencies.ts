import type { AgencyDefinition } from './types';

export const agencies: AgencyDefinition[] = [
  { code: 'WINDOW', name: '综合受理窗口', nameEn: 'Comprehensive Acceptance Window' },
  { code: 'AIC', name: '工商行政管理局', nameEn: 'Administration for Industry and Commerce' },
  { code: 'QTS', name: '质量技术监督局', nameEn: 'Bureau of Quality and Technical Supervision' },
  {
    code: 'TAX',
    name: '国家税务局、地方税务局（联合）',
    nameEn: 'State and Local Taxation Bureaus (joint)',
  },
  { code: 'HRSS', name: '人力资源和社会保障局', nameEn: 'Human Resources and Social Security Bureau' },
  { code: 'STATS', name: '统计局', nameEn: 'Statistics Bureau' },
  { code: 'CULTURE', name: '文化委员会', nameEn: 'Culture Commission' },
  { code: 'PSB', name: '公安局', nameEn: 'Public Security Bureau' },
  { code: 'TOBACCO', name: '烟草专卖局', nameEn: 'Tobacco Monopoly Bureau' },
  { code: 'CITYADMIN', name: '城市管理委员会', nameEn: 'City Administration Commission' },
];
