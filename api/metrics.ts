import type { PrismaClient } from '@prisma/client';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { UNFINISHED_TASK_STATUSES } from '../domain/case-model';

/**
 * Prometheus metrics at /metrics: requests and errors as they happen, cases by status and the
 * age of the oldest unfinished task of each agency read from the read model at each scrape.
 */
export function createMetrics(prisma: PrismaClient) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'lianban_' });
  const requests = new Counter({
    name: 'lianban_http_requests_total',
    help: 'HTTP requests by method and status class',
    labelNames: ['method', 'status'] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'lianban_graphql_errors_total',
    help: 'GraphQL errors by code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'lianban_cases',
    help: 'Cases by status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const group of await prisma.application.groupBy({ by: ['status'], _count: { _all: true } })) {
        this.set({ status: group.status }, group._count._all);
      }
    },
  });
  new Gauge({
    name: 'lianban_oldest_open_task_age_seconds',
    help: 'Age of the oldest open or claimed task, by agency',
    labelNames: ['agency'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const groups = await prisma.reviewTask.groupBy({
        by: ['agencyCode'],
        where: { status: { in: UNFINISHED_TASK_STATUSES } },
        _min: { createdAt: true },
      });
      for (const group of groups) {
        if (group._min.createdAt)
          this.set({ agency: group.agencyCode }, (Date.now() - group._min.createdAt.getTime()) / 1000);
      }
    },
  });
  const refusedWrites = new Counter({
    name: 'lianban_read_model_refused_writes_total',
    help: 'Case changes the read model refused for good (a value or constraint PostgreSQL rejects); each failed its one update',
    registers: [registry],
  });
  return {
    registry,
    countRefusedWrite: () => refusedWrites.inc(),
    countRequest: (method: string, status: number) => requests.inc({ method, status: `${Math.floor(status / 100)}xx` }),
    countError: (code: string) => errors.inc({ code }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
