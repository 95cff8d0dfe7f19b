import * as otel from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_SERVICE_NAME,
} from '@opentelemetry/semantic-conventions';
import type { ClientInterceptors } from '@temporalio/client';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
  OpenTelemetryWorkflowClientInterceptor,
} from '@temporalio/interceptors-opentelemetry';
import type { WorkerOptions } from '@temporalio/worker';
import type { RequestHandler } from 'express';
import type { Config } from '../config';
import type { Logger } from '../logger';

export interface Tracing {
  /** The API's Temporal client: a start or update carries its trace to the workflow in headers. */
  clientInterceptors: ClientInterceptors;
  /** The worker: spans of workflows (sent out of the sandbox through a sink) and of activities. */
  workerOptions: Pick<WorkerOptions, 'interceptors' | 'sinks'>;
  /** One server span per GraphQL request, the parent of the Temporal calls its resolvers make. */
  traceRequests: RequestHandler;
  /** Sends the spans still buffered, then stops tracing. */
  shutdown(): Promise<void>;
}

/** OTLP/HTTP: the endpoint is the collector's base URL, to which the signal's path is added. */
export function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}

/**
 * Tracing through Temporal's OpenTelemetry interceptors, exported over OTLP/HTTP (JSON). Loaded
 * only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
export function startTracing(settings: NonNullable<Config['tracing']>, log: Logger): Tracing {
  otel.diag.setLogger(
    {
      error: (message, ...args) => log.warn({ args }, `OpenTelemetry: ${message}`),
      warn: (message, ...args) => log.warn({ args }, `OpenTelemetry: ${message}`),
      info: () => undefined,
      debug: () => undefined,
      verbose: () => undefined,
    },
    otel.DiagLogLevel.WARN,
  );
  const resource = Resource.default().merge(new Resource({ [ATTR_SERVICE_NAME]: settings.serviceName }));
  const spans = new BatchSpanProcessor(new OTLPTraceExporter({ url: tracesUrl(settings.endpoint) }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spans] });
  // The process-wide context (AsyncLocalStorage) and W3C propagator the interceptors rely on.
  provider.register();
  const tracer = provider.getTracer('lianban');

  const traceRequests: RequestHandler = (req, res, next) => {
    const operation = (req.body as { operationName?: unknown } | undefined)?.operationName;
    tracer.startActiveSpan(
      `${req.method} ${req.baseUrl}`,
      {
        kind: otel.SpanKind.SERVER,
        attributes: {
          [ATTR_HTTP_REQUEST_METHOD]: req.method,
          [ATTR_HTTP_ROUTE]: req.baseUrl,
          'lianban.request_id': res.get('x-request-id'),
          ...(typeof operation === 'string' ? { 'graphql.operation.name': operation } : {}),
        },
      },
      (span) => {
        res.on('close', () => {
          span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
          if (res.statusCode >= 500) span.setStatus({ code: otel.SpanStatusCode.ERROR });
          span.end();
        });
        next();
      },
    );
  };

  return {
    clientInterceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
    workerOptions: {
      interceptors: {
        workflowModules: [require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors')],
        activity: [
          (ctx) => ({
            inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
            outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
          }),
        ],
      },
      sinks: { exporter: makeWorkflowExporter(spans, resource) },
    },
    traceRequests,
    shutdown: async () => {
      try {
        await provider.shutdown();
      } finally {
        otel.trace.disable();
        otel.context.disable();
        otel.propagation.disable();
        otel.diag.disable();
      }
    },
  };
}
