import type { GreenChannelGround, ServiceLine } from '../gql/graphql';
import { defineTexts } from '../i18n';

export const SERVICE_LINES: ServiceLine[] = ['ACCEPTANCE', 'COLLECTION', 'ENQUIRY'];
export const GREEN_CHANNEL_GROUNDS: GreenChannelGround[] = ['ELDERLY', 'DISABLED', 'SERVICE_MEMBER', 'KEY_PROJECT'];

/** The hall's vocabulary, shared by the window, the kiosk and booking. */
export const hallTexts = defineTexts(
  {
    'line.ACCEPTANCE': '一窗受理',
    'line.COLLECTION': '取件',
    'line.ENQUIRY': '咨询',
    'ground.ELDERLY': '老年人',
    'ground.DISABLED': '残疾人',
    'ground.SERVICE_MEMBER': '军人',
    'ground.KEY_PROJECT': '重点项目',
    'ticket.WAITING': '等候中',
    'ticket.CALLED': '已叫号',
    'ticket.SERVED': '已办结',
    'ticket.ABSENT': '未到',
    'appointment.BOOKED': '已预约',
    'appointment.ARRIVED': '已到达',
    'appointment.NO_SHOW': '爽约',
    'appointment.CANCELLED': '已取消',
    line: '业务类型',
  },
  {
    'line.ACCEPTANCE': 'Acceptance',
    'line.COLLECTION': 'Collection',
    'line.ENQUIRY': 'Enquiry',
    'ground.ELDERLY': 'Elderly',
    'ground.DISABLED': 'Disabled',
    'ground.SERVICE_MEMBER': 'Service member',
    'ground.KEY_PROJECT': 'Key project',
    'ticket.WAITING': 'Waiting',
    'ticket.CALLED': 'Called',
    'ticket.SERVED': 'Served',
    'ticket.ABSENT': 'Absent',
    'appointment.BOOKED': 'Booked',
    'appointment.ARRIVED': 'Arrived',
    'appointment.NO_SHOW': 'No-show',
    'appointment.CANCELLED': 'Cancelled',
    line: 'Service line',
  },
);
