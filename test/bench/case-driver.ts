import type { Identity } from '../../api/identity';
import { signToken } from '../../api/token';
import type { AgencyCode } from '../../domain/definition';
import { fiveInOneForm } from '../helpers/forms';
import { graphql } from '../helpers/graphql';
import { officer, Person } from '../helpers/lianban-client';
import { Measurements, type Operation } from './measurements';
import { reportProgress } from './progress';

const AGENCIES: AgencyCode[] = ['AIC', 'QTS', 'TAX', 'HRSS', 'STATS'];
/** Everyone who acts on a case: the applicant, the acceptance window and the five agencies. */
const ACTORS: Actor[] = ['applicant', 'WINDOW', ...AGENCIES];
// 'applicant', or an agency's code (agency codes are catalogue data, any string).
type Actor = AgencyCode;
const ISSUE_TIMEOUT_MS = 120_000;

const SUBMIT = `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
const APPLICATION = `query ($id: ID!) { application(id: $id) { status tasks { id status agency { code } } } }`;
const CLAIM = `mutation ($id: ID!) { claimTask(taskId: $id) { id } }`;
const COMPLETE = `mutation ($id: ID!) { completeTask(taskId: $id, input: { decision: APPROVE }) { id } }`;

export interface DriveOptions {
  /** Names the progress lines. */
  label: string;
  /** GraphQL endpoints of one deployment; the people acting on a case are spread over them. */
  urls: string[];
  secret: string;
  cases: number;
  concurrency: number;
  progressEvery: number;
  /**
   * Aborted (Ctrl-C): no further request starts. It is checked between requests rather than
   * handed to fetch: one shared signal collects a listener per fetch that is never removed.
   */
  signal: AbortSignal;
}

/** The people of the benchmark, each with a token; one applicant files every case. */
class Hall {
  private constructor(
    private readonly urls: string[],
    private readonly tokens: Map<Actor, string>,
    private readonly measurements: Measurements,
    readonly signal: AbortSignal,
  ) {}

  static async open(options: DriveOptions, applicant: Identity, measurements: Measurements) {
    const { urls, secret, signal } = options;
    const identity = (actor: Actor) => (actor === 'applicant' ? applicant : officer(actor, `bench-${actor}`));
    const tokens = new Map<Actor, string>();
    for (const actor of ACTORS) tokens.set(actor, await signToken(identity(actor), { secret, expiresIn: '12h' }));
    return new Hall(urls, tokens, measurements, signal);
  }

  /** One request of `actor` on case `index`. The actors of a case take turns over the APIs, as behind a balancer. */
  async call(index: number, actor: Actor, operation: Operation, query: string, variables: Record<string, unknown>) {
    const url = this.urls[(index + ACTORS.indexOf(actor)) % this.urls.length];
    const started = performance.now();
    this.signal.throwIfAborted();
    const response = await graphql(url, query, { token: this.tokens.get(actor), variables }).catch((error: Error) => ({
      errors: [{ message: error.message }],
      data: undefined,
    }));
    this.signal.throwIfAborted();
    this.measurements.record(url, operation, response.errors ? undefined : performance.now() - started);
    if (response.errors) throw new Error(`${operation} by ${actor}: ${JSON.stringify(response.errors)}`);
    return response.data!;
  }
}

async function review(hall: Hall, index: number, actor: Actor, applicationId: string) {
  // Agency staff see their own agency's tasks only.
  const { application } = await hall.call(index, actor, 'read', APPLICATION, { id: applicationId });
  const task = (application.tasks as Array<{ id: string; status: string }>).find(
    (candidate) => candidate.status === 'OPEN',
  );
  if (!task) throw new Error(`${actor} has no open task on ${applicationId}`);
  await hall.call(index, actor, 'claim', CLAIM, { id: task.id });
  await hall.call(index, actor, 'complete', COMPLETE, { id: task.id });
}

/** Submit; the window, then the five agencies at once, read, claim and approve; the applicant polls until ISSUED. */
async function runCase(hall: Hall, run: string, documentIds: string[], index: number) {
  const { submitApplication } = await hall.call(index, 'applicant', 'submit', SUBMIT, {
    input: { itemCode: 'XC-0001', formData: fiveInOneForm, documentIds, idempotencyKey: `${run}-${index}` },
  });
  const id = submitApplication.id as string;
  await review(hall, index, 'WINDOW', id);
  await Promise.all(AGENCIES.map((agency) => review(hall, index, agency, id)));
  const deadline = Date.now() + ISSUE_TIMEOUT_MS;
  for (;;) {
    const { application } = await hall.call(index, 'applicant', 'read', APPLICATION, { id });
    if (application.status === 'ISSUED') return;
    if (application.status !== 'APPROVED') throw new Error(`case ${id} ended ${application.status}`);
    hall.signal.throwIfAborted();
    if (Date.now() > deadline) throw new Error(`case ${id} was not issued within ${ISSUE_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Drives `cases` five-in-one cases to ISSUED, `concurrency` at a time; a failed case is counted and the run goes on. */
export async function driveCases(options: DriveOptions): Promise<Measurements> {
  const { label, urls, secret, cases, concurrency, progressEvery, signal } = options;
  const applicant: Identity = { sub: `bench-applicant-${process.pid}`, role: 'APPLICANT' };
  // One document per required material, uploaded once and attached to every case (documents are reusable).
  const documentIds = await (await Person.signInAt(urls[0], secret, applicant)).documentsFor('XC-0001');
  const measurements = new Measurements();
  const hall = await Hall.open(options, applicant, measurements);
  const run = `bench-${process.pid}-${Date.now()}`;
  process.stdout.write(`driving ${cases} five-in-one cases, ${concurrency} at a time, to ISSUED…\n`);
  const progress = reportProgress(label, cases, progressEvery, measurements);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, cases) }, async () => {
      while (next < cases && !signal.aborted) {
        const index = next++;
        await runCase(hall, run, documentIds, index).then(
          () => (measurements.issued += 1),
          (error: unknown) => signal.aborted || measurements.caseFailed(error),
        );
        progress.caseDone();
      }
    }),
  );
  measurements.elapsedSeconds = (performance.now() - started) / 1000;
  progress.stop();
  return measurements;
}
