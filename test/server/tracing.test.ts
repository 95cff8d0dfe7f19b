import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Resource } from '@opentelemetry/resources';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { makeWorkflowExporter } from '@temporalio/interceptors-opentelemetry';
import { bundleWorkflowCode, DefaultLogger, Worker } from '@temporalio/worker';
import { loadConfig } from '../../config';
import { applicationWorkflowId } from '../../workflows/approval-contract';
import { ignoredCaseSinks } from '../../audit/replay';
import { tracesUrl } from '../../server/tracing';
import { fiveInOneForm } from '../helpers/forms';
import { officer, Person } from '../helpers/lianban-client';
import { startOtlpReceiver, type ReceivedSpan } from '../helpers/otlp-receiver';
import { startTestService } from '../helpers/service';

const SERVER = 2;

describe('tracing settings', () => {
  it('is off unless an OTLP endpoint is configured', () => {
    expect(loadConfig({}).tracing).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing).toEqual({
      endpoint: 'http://collector:4318',
      serviceName: 'lianban',
    });
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT:/);
  });

  it('sends traces to the endpoint’s /v1/traces, as OTLP/HTTP does', () => {
    expect(tracesUrl('http://collector:4318')).toBe('http://collector:4318/v1/traces');
    expect(tracesUrl('https://otel.example/otlp/')).toBe('https://otel.example/otlp/v1/traces');
  });
});

it('traces a submission from the GraphQL request through the workflow update to its activity, in one trace', async () => {
  const collector = await startOtlpReceiver();
  try {
    const service = await startTestService({
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
      OTEL_SERVICE_NAME: 'lianban-traced',
    });
    let id: string;
    let taskId: string;
    try {
      const applicant = await Person.signIn(service, { sub: 'enterprise-traced', role: 'APPLICANT' });
      ({ id } = await applicant.submit('XC-0001', fiveInOneForm));
      const window = await Person.signIn(service, officer('WINDOW'));
      taskId = (await window.myTasks('OPEN')).find((task) => task.application.id === id)!.id;
      expect((await window.claim(taskId)).errors).toBeUndefined();
    } finally {
      // Stopping flushes what is still buffered.
      await service.stop();
    }

    const spans = collector.spans;
    const named = (name: string) => spans.filter((span) => span.name === name);
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const parent = (span: ReceivedSpan) => (span.parentSpanId ? byId.get(span.parentSpanId) : undefined);
    expect(collector.paths.every((received) => received === 'POST /v1/traces')).toBe(true);

    // The API: a server span per request, the client interceptor's span within it.
    const [submit] = named('UpdateWithStartWorkflow:submitted');
    expect(submit).toBeDefined();
    expect(submit.attributes['temporalWorkflowId']).toBe(applicationWorkflowId(id));
    const request = parent(submit)!;
    expect(request).toMatchObject({ name: 'POST /graphql', kind: SERVER, traceId: submit.traceId });
    expect(request.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.response.status_code': 200 });

    // The worker: the update handled in the workflow, and the activity it ran, in the same trace.
    const trace = spans.filter((span) => span.traceId === submit.traceId);
    const handled = trace.find((span) => span.name === 'HandleUpdate:submitted');
    expect(handled).toBeDefined();
    const activityRuns = trace.filter((span) => span.name.startsWith('RunActivity:'));
    expect(activityRuns.length).toBeGreaterThan(0);
    for (const run of activityRuns) expect(parent(run)?.name).toMatch(/^StartActivity:/);
    expect(new Set(trace.map((span) => span.service))).toEqual(new Set(['lianban-traced']));

    // A later decision is traced as its own request and update.
    const [claim] = named('StartWorkflowUpdate:claimTask');
    expect(claim).toBeDefined();
    expect(parent(claim)?.name).toBe('POST /graphql');
    expect(spans.some((span) => span.traceId === claim.traceId && span.name === 'HandleUpdate:claimTask')).toBe(true);
  } finally {
    await collector.close();
  }
}, 120_000);

it('replays every recorded case with the tracing interceptors in the workflow bundle (tracing may be turned on for open cases)', async () => {
  const dir = path.join(__dirname, '..', 'histories');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json'));
  expect(files.length).toBeGreaterThan(0);
  const workflowBundle = await bundleWorkflowCode({
    workflowsPath: require.resolve('../../workflows'),
    workflowInterceptorModules: [require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors')],
    logger: new DefaultLogger('WARN'),
  });
  const exported = new InMemorySpanExporter();
  for (const file of files) {
    const history = historyFromJSON(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    await expect(
      Worker.runReplayHistory(
        {
          workflowBundle,
          replayName: 'lianban-traced-replay',
          sinks: {
            ...ignoredCaseSinks,
            exporter: makeWorkflowExporter(new SimpleSpanProcessor(exported), Resource.default()),
          },
        },
        history,
        `replay-${file}`,
      ),
    ).resolves.toBeUndefined();
  }
}, 120_000);
