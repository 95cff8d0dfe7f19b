import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { createContext, useContext } from 'react';

/** Every text of the desk in both languages; Chinese is the hall's, English is switchable. */
const zh = {
  title: '联办',
  subtitle: '一窗受理 · 并联审批',
  catalogue: '服务事项',
  search: '搜索事项名称或编码',
  statutoryDays: '法定时限',
  promisedDays: '承诺时限',
  workingDays: '个工作日',
  guide: '办事指南',
  apply: '在线申请',
  steps: '办理流程',
  tips: '温馨提示',
  materials: '申请材料',
  required: '必需',
  optional: '视情形',
  formats: '格式',
  legalBasis: '设定依据',
  agencies: '审批部门',
  signIn: '登录',
  signOut: '退出',
  token: '访问令牌',
  tokenHelp: '粘贴身份提供方签发的令牌（本地开发：npm run token -- --role APPLICANT --sub 你的编号）',
  tokenInvalid: '令牌无法读取：请粘贴完整的 JWT',
  tokenExpired: '令牌已过期：请向身份提供方重新获取',
  signedInAs: '已登录',
  back: '返回',
  noItem: '没有这个事项',
  myCases: '我的办件',
  item: '事项',
  status: '状态',
  submittedAt: '提交日期',
  deadline: '法定期限',
  remaining: '剩余时限',
  notAccepted: '受理后起算',
  paused: '暂停计时',
  noCases: '还没有办件',
  loadMore: '加载更多',
  noCase: '没有这个办件',
  caseNumber: '办件编号',
  correctionNotice: '补正告知：请按以下要求补正后重新提交',
  certificate: '证照',
  certificateNumber: '证照编号',
  uscc: '统一社会信用代码',
  issuedAt: '发证日期',
  timeline: '办理过程',
  'status.SUBMITTED': '待受理',
  'status.UNDER_REVIEW': '审核中',
  'status.CORRECTION_REQUIRED': '待补正',
  'status.APPROVED': '已批准',
  'status.ISSUED': '已发证',
  'status.REJECTED': '不予许可',
  'status.WITHDRAWN': '已撤回',
  language: 'English',
};

const en: Record<keyof typeof zh, string> = {
  title: 'Lianban',
  subtitle: 'One window · joint approval',
  catalogue: 'Services',
  search: 'Search by name or code',
  statutoryDays: 'Statutory limit',
  promisedDays: 'Promised',
  workingDays: 'working days',
  guide: 'Service guide',
  apply: 'Apply online',
  steps: 'Steps',
  tips: 'Tips',
  materials: 'Materials',
  required: 'Required',
  optional: 'If applicable',
  formats: 'Formats',
  legalBasis: 'Legal basis',
  agencies: 'Agencies',
  signIn: 'Sign in',
  signOut: 'Sign out',
  token: 'Access token',
  tokenHelp:
    'Paste a token from your identity provider (local development: npm run token -- --role APPLICANT --sub your-id)',
  tokenInvalid: 'This is not a readable token: paste the whole JWT',
  tokenExpired: 'This token has expired: get a new one from your identity provider',
  signedInAs: 'Signed in',
  back: 'Back',
  noItem: 'No such item',
  myCases: 'My cases',
  item: 'Item',
  status: 'Status',
  submittedAt: 'Submitted',
  deadline: 'Statutory deadline',
  remaining: 'Time left',
  notAccepted: 'counts from acceptance',
  paused: 'clock paused',
  noCases: 'No cases yet',
  loadMore: 'Load more',
  noCase: 'No such case',
  caseNumber: 'Case number',
  correctionNotice: 'Correction notice: supply the following and submit again',
  certificate: 'Licence',
  certificateNumber: 'Licence number',
  uscc: 'Unified social credit code',
  issuedAt: 'Issued',
  timeline: 'What happened',
  'status.SUBMITTED': 'Awaiting acceptance',
  'status.UNDER_REVIEW': 'Under review',
  'status.CORRECTION_REQUIRED': 'Correction required',
  'status.APPROVED': 'Approved',
  'status.ISSUED': 'Licence issued',
  'status.REJECTED': 'Refused',
  'status.WITHDRAWN': 'Withdrawn',
  language: '中文',
};

const messages = { zh, en };
export type Language = keyof typeof messages;
export type Message = keyof typeof zh;
export const antdLocales = { zh: zhCN, en: enUS };

export const LanguageContext = createContext<{ language: Language; setLanguage: (language: Language) => void }>({
  language: 'zh',
  setLanguage: () => {},
});

/** A screen's own texts, beside the shared ones above: Chinese first, English with the same keys. */
export interface Texts<Key extends string> {
  zh: Record<Key, string>;
  en: Record<Key, string>;
}

export function defineTexts<Key extends string>(zh: Record<Key, string>, en: Record<NoInfer<Key>, string>): Texts<Key> {
  return { zh, en };
}

/**
 * The text of `key` in the current language, from the screen's own texts or the shared ones;
 * `pick` chooses between a record's two names.
 */
export function useText<Key extends string = never>(own?: Texts<Key>) {
  const { language, setLanguage } = useContext(LanguageContext);
  const shared: Record<string, string> = messages[language];
  const mine: Record<string, string> | undefined = own?.[language];
  return {
    language,
    setLanguage,
    t: (key: Message | Key) => mine?.[key] ?? shared[key],
    pick: (zh: string, en: string) => (language === 'zh' ? zh : en),
  };
}
