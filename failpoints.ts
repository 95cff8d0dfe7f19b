/**
 * Named places where a test can make this process die at one exact instant of a decision (the
 * way TiKV's and FoundationDB's fail points work), so crash tests need no timing. Off unless
 * LIANBAN_FAILPOINTS names one: `name` or `name@text`, the latter only where one of the place's
 * keys contains the text; several are separated by commas. The keys read `<task or case id>:<what>`:
 * the read-model write has one per task it carries (`…-HRSS-1:COMPLETED`), the API's answer one
 * for the update (`…-HRSS-1:completeTask`), the carrier's booking one for the case
 * (`<case id>:bookWaybill`).
 */
const FAILPOINT_NAMES = [
  'sync-case:before-write',
  'sync-case:after-write',
  'decision:before-answer',
  'delivery:after-booking',
] as const;
export type FailpointName = (typeof FAILPOINT_NAMES)[number];

export interface ArmedFailpoint {
  name: FailpointName;
  match?: string;
}

let armed: ArmedFailpoint[] = [];
let alsoKill: number[] = [];

/** Parses LIANBAN_FAILPOINTS; an unknown name is an error, so a typo cannot disarm a test. */
export function parseFailpoints(setting: string | undefined): ArmedFailpoint[] {
  return (setting ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name, match] = part.split('@', 2);
      if (!(FAILPOINT_NAMES as readonly string[]).includes(name)) {
        throw new Error(`unknown fail point ${name} (known: ${FAILPOINT_NAMES.join(', ')})`);
      }
      return { name: name as FailpointName, match };
    });
}

/**
 * `others`: the rest of the service a fail point kills with this process (the `npm start`
 * process, in its worker's), so that a crash test still stops the whole service at one instant.
 */
export function armFailpoints(failpoints: ArmedFailpoint[], others: number[] = []): void {
  armed = failpoints;
  alsoKill = others;
}

/**
 * Kills this process outright (as `kill -9` would) if the fail point is armed for one of the
 * keys. The keys are made only when a fail point is armed: these calls sit on every decision.
 */
export function failpoint(name: FailpointName, keysOf: () => string[]): void {
  if (armed.length === 0) return;
  const keys = keysOf();
  const hit = armed.find(
    (point) => point.name === name && (point.match === undefined || keys.some((key) => key.includes(point.match!))),
  );
  if (!hit) return;
  const pids = [...alsoKill, process.pid];
  process.stderr.write(`fail point ${name} reached (${keys.join(' ')}): killing process ${pids.join(' and ')}\n`);
  for (const pid of pids) process.kill(pid, 'SIGKILL');
}
