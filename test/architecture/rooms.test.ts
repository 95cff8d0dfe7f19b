import * as workflows from '../../workflows';
import { APPROVAL_WORKFLOW, type ApprovalWorkflow } from '../../workflows/approval-contract';
import {
  CALENDAR_BROADCAST_WORKFLOW,
  type CalendarBroadcastWorkflow,
} from '../../workflows/calendar-broadcast-contract';
import { importsOf, roomLoops, roomOf, sourceFiles } from './import-graph';

const allImports = () => sourceFiles().flatMap((file) => importsOf(file));

it('has no import loop between top-level rooms (type-only imports aside)', () => {
  expect(roomLoops()).toEqual([]);
});

it('keeps the domain pure: it imports nothing from another room, not even types', () => {
  const outward = allImports().filter((edge) => roomOf(edge.from) === 'domain' && roomOf(edge.to) !== 'domain');
  expect(outward).toEqual([]);
});

it('lets only the worker and the replays load workflow bodies; everyone else imports contracts', () => {
  const bodies = allImports().filter(
    (edge) =>
      roomOf(edge.from) !== 'workflows' &&
      (/^workflows\/.*-workflow$/.test(edge.to) || /^workflows(\/index)?$/.test(edge.to)),
  );
  expect(bodies.map((edge) => `${edge.from} → ${edge.to}`).sort()).toEqual([
    'audit/replay.ts → workflows',
    'worker/approval-worker.ts → workflows',
  ]);
});

it('names each workflow in its contract as the worker registers it', () => {
  const approval: ApprovalWorkflow = workflows.approvalWorkflow;
  const broadcast: CalendarBroadcastWorkflow = workflows.calendarBroadcastWorkflow;
  expect(workflows[APPROVAL_WORKFLOW]).toBe(approval);
  expect(workflows[CALENDAR_BROADCAST_WORKFLOW]).toBe(broadcast);
});
