import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { replayHistory } from '../../audit/replay';

const HISTORIES = path.join(__dirname, '..', 'histories');
// v1: before every supplement had to answer every correction; v2: before SLA timers; v3: before
// the read model was written after the history (read-model-after-history).
const FIRST = [
  'five-in-one-correction.json',
  'five-in-one-issued.json',
  'five-in-one-rejected.json',
  'performance-correction-brings-psb.json',
  'performance-with-psb.json',
  'tobacco-withdrawn.json',
];
const WITH_SLA = [...FIRST, 'five-in-one-escalated.json'].sort();
// Recorded after the licence's delivery with its refusal and deadline (patches licence-delivery,
// delivery-refusal-collects, delivery-deadline).
const PATHS = [
  ...WITH_SLA,
  'five-in-one-refused-write.json',
  'five-in-one-delivered.json',
  'five-in-one-delivery-refused.json',
].sort();
const EARLIER: Record<string, string[]> = { 'v1/': FIRST, 'v2/': FIRST, 'v3/': WITH_SLA };
const histories = readdirSync(HISTORIES, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => [file, historyFromJSON(JSON.parse(readFileSync(path.join(HISTORIES, file), 'utf8')))] as const);

it('has a recorded history of each path of the approval process, for the current code and each earlier version', () => {
  const files = histories.map(([file]) => file);
  expect(files.filter((file) => !file.includes('/')).sort()).toEqual(PATHS);
  for (const [version, paths] of Object.entries(EARLIER)) {
    expect(files.filter((file) => file.startsWith(version)).map((file) => file.slice(3))).toEqual(paths);
  }
});

describe('every recorded case replays against the current workflow code', () => {
  it.each(histories)(
    '%s',
    async (_file, history) => {
      expect(await replayHistory(history, 'recorded-case')).toEqual({
        reproduces: true,
        events: history.events!.length,
      });
    },
    60_000,
  );
});

it('catches an unpatched workflow change and names the first event it breaks', async () => {
  const [, history] = histories.find(([file]) => file === 'five-in-one-issued.json')!;
  const report = await replayHistory(history, 'recorded-case', require.resolve('../fixtures/changed-workflow'));
  expect(report.reproduces).toBe(false);
  expect(report.message).toMatch(/[Nn]ondetermin/);
  // The first command the recorded case issued was a patch marker; the timer came in its place.
  const firstCommand = history.events!.find((event) => event.markerRecordedEventAttributes)!;
  expect(report.divergedAtEventId).toBe(Number(firstCommand.eventId));
  expect(report.divergedAtEventType).toBe('MARKER_RECORDED');
}, 60_000);
