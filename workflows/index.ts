export { approvalWorkflow } from './approval-workflow';
export { calendarBroadcastWorkflow } from './calendar-broadcast-workflow';
