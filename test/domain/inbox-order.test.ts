import { byDeadline, type InboxPlace } from '../../domain/inbox-order';

it('sorts by deadline, green-channel cases first among tasks due at the same moment, as the server pages', () => {
  const due = '2026-03-20T16:00:00.000Z';
  const place = (id: string, dueAt: string | null, greenMarkedAt: string | null, minute: number): InboxPlace => ({
    id,
    dueAt,
    greenMarkedAt,
    createdAt: new Date(Date.UTC(2026, 2, 3, 1, minute)),
  });
  const tasks = [
    place('plain-early', due, null, 1),
    place('green-late', due, '2026-03-09T02:05:00Z', 2),
    place('green-no-deadline', null, '2026-03-09T02:06:00Z', 3),
    place('plain-due-sooner', '2026-03-19T16:00:00Z', null, 4),
    place('green-first-marked', due, '2026-03-09T02:00:00Z', 5),
    place('plain-no-deadline', null, null, 0),
  ];
  expect([...tasks].sort(byDeadline).map((task) => task.id)).toEqual([
    'plain-due-sooner',
    'green-first-marked',
    'green-late',
    'plain-early',
    'green-no-deadline',
    'plain-no-deadline',
  ]);
});
