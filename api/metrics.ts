import type { PrismaClient } from '@prisma/client';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { UNFINISHED_TASK_STATUSES } from '../domain/case-model';
import { hallStatistics } from '../hall-figures/hall-statistics';

/** The span the hall's figures cover at each scrape: the cases submitted in the last 30 days. */
const FIGURES_SPAN_MS = 30 * 86_400_000;

/**
 * Prometheus metrics at /metrics: requests and errors as they happen; cases by status, the age
 * of the oldest unfinished task of each agency and the hall's figures of the last 30 days read
 * from the read model at each scrape.
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
  // The hall's gauges read one computation per scrape, the same hallStatistics answers in GraphQL.
  let figures: ReturnType<typeof hallStatistics> | undefined;
  const lastThirtyDays = () => {
    const to = new Date();
    figures ??= hallStatistics(prisma, new Date(to.getTime() - FIGURES_SPAN_MS), to).finally(() => {
      figures = undefined;
    });
    return figures;
  };
  new Gauge({
    name: 'lianban_hall_days_to_licence',
    help: 'Working days from submission to licence of the cases submitted in the last 30 days, by item and quantile',
    labelNames: ['item', 'quantile'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const item of (await lastThirtyDays()).items) {
        if (item.daysToLicence.p50 !== null) this.set({ item: item.itemCode, quantile: '0.5' }, item.daysToLicence.p50);
        if (item.daysToLicence.p90 !== null) this.set({ item: item.itemCode, quantile: '0.9' }, item.daysToLicence.p90);
      }
    },
  });
  new Gauge({
    name: 'lianban_hall_on_time_ratio',
    help: 'Share of the cases submitted in the last 30 days and issued within the promised or the statutory limit, by item',
    labelNames: ['item', 'limit'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const item of (await lastThirtyDays()).items) {
        if (item.onTimePromised !== null) this.set({ item: item.itemCode, limit: 'promised' }, item.onTimePromised);
        if (item.onTimeStatutory !== null) this.set({ item: item.itemCode, limit: 'statutory' }, item.onTimeStatutory);
      }
    },
  });
  new Gauge({
    name: 'lianban_hall_waiting_minutes',
    help: 'Minutes from taking a ticket to being called, of the tickets taken in the last 30 days, by line and quantile',
    labelNames: ['line', 'quantile'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const { line, waitingMinutes } of (await lastThirtyDays()).queue) {
        if (waitingMinutes.p50 !== null) this.set({ line, quantile: '0.5' }, waitingMinutes.p50);
        if (waitingMinutes.p90 !== null) this.set({ line, quantile: '0.9' }, waitingMinutes.p90);
      }
    },
  });
  new Gauge({
    name: 'lianban_hall_visits_per_case',
    help: 'Visits to a window per case issued of those submitted in the last 30 days (mean), by item',
    labelNames: ['item'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const item of (await lastThirtyDays()).items) {
        if (item.meanVisitsPerCase !== null) this.set({ item: item.itemCode }, item.meanVisitsPerCase);
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
