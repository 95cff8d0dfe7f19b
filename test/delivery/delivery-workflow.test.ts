import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { Worker } from '@temporalio/worker';
import type { GraphQLError } from 'graphql';
import { createCaseActivities } from '../../activities/case-activities';
import { ignoredCaseSinks } from '../../audit/replay';
import { toClientError } from '../../cases/case-errors';
import type { Carrier } from '../../delivery/carrier';
import type { Actor } from '../../domain/case-events';
import {
  caseQuery,
  chooseDeliveryUpdate,
  deliveryReportSignal,
  type ChooseDeliveryInput,
} from '../../workflows/approval-contract';
import { DEFAULT_DELIVERY_DEADLINE_DAYS } from '../../domain/delivery';
import { deliveryAddress, fiveInOneForm } from '../helpers/forms';
import { startTimeSkipping } from '../helpers/time-skipping';
import { approvalWorkerPerFile, decide, startCase } from '../helpers/workflow-env';

/*
 * The delivery's deadline on Temporal's time-skipping test server: the days pass in seconds,
 * on the workflow's own durable timer.
 */

const DAY = 86_400_000;
const DEADLINE_DAYS = 10;
let booked = 0;
const carrier: Carrier = {
  bookWaybill: () => Promise.resolve(`EMS${String((booked += 1)).padStart(9, '0')}TS`),
};
const setup = approvalWorkerPerFile(startTimeSkipping, carrier);

const applicant: Actor = { sub: 'applicant-1', role: 'APPLICANT' };
const choice: ChooseDeliveryInput = {
  actor: applicant,
  method: 'DELIVERY',
  address: deliveryAddress,
};

/** A five-in-one case to be delivered, issued and booked, waiting for the carrier. */
async function bookedCase(
  { deliveryDeadlineDays }: { deliveryDeadlineDays?: number } = { deliveryDeadlineDays: DEADLINE_DAYS },
) {
  const { applicationId, handle } = await startCase(
    setup.env,
    setup.database.prisma,
    'XC-0001',
    fiveInOneForm,
    'applicant-1',
    { deliveryDeadlineDays },
  );
  await handle.executeUpdate(chooseDeliveryUpdate, { args: [choice] });
  await decide(handle, 'WINDOW', 'APPROVE');
  for (const agency of ['AIC', 'QTS', 'TAX', 'HRSS', 'STATS'] as const) await decide(handle, agency, 'APPROVE');
  return { applicationId, handle };
}

const actionsOf = (timeline: Array<{ action: string }>) =>
  timeline.map((entry) => entry.action).filter((action) => action.startsWith('DELIVER') || action === 'WAYBILL_BOOKED');

it('marks a parcel with no ending report overdue at the deadline, and ends the case a deadline later', async () => {
  const { applicationId, handle } = await bookedCase();
  await handle.result();
  const { context } = await handle.query(caseQuery);
  expect(context.delivery?.status).toBe('OVERDUE');
  expect(actionsOf(context.timeline)).toEqual(['DELIVERY_CHOSEN', 'WAYBILL_BOOKED', 'DELIVERY_OVERDUE']);
  const bookedAt = Date.parse(context.timeline.find((entry) => entry.action === 'WAYBILL_BOOKED')!.at);
  const overdueAt = Date.parse(context.timeline.find((entry) => entry.action === 'DELIVERY_OVERDUE')!.at);
  expect(overdueAt - bookedAt).toBeGreaterThanOrEqual(DEADLINE_DAYS * DAY);
  expect(overdueAt - bookedAt).toBeLessThan(DEADLINE_DAYS * DAY + 60_000);
  const row = await setup.database.prisma.delivery.findUniqueOrThrow({ where: { applicationId } });
  expect(row.status).toBe('OVERDUE');
}, 120_000);

it('gives a case submitted before the deadline setting existed the default deadline', async () => {
  const { handle } = await bookedCase({});
  await handle.result();
  const { context } = await handle.query(caseQuery);
  const bookedAt = Date.parse(context.timeline.find((entry) => entry.action === 'WAYBILL_BOOKED')!.at);
  const overdueAt = Date.parse(context.timeline.find((entry) => entry.action === 'DELIVERY_OVERDUE')!.at);
  expect(overdueAt - bookedAt).toBeGreaterThanOrEqual(DEFAULT_DELIVERY_DEADLINE_DAYS * DAY);
  expect(overdueAt - bookedAt).toBeLessThan(DEFAULT_DELIVERY_DEADLINE_DAYS * DAY + 60_000);
}, 120_000);

it('still takes the report that ends an overdue parcel', async () => {
  const { applicationId, handle } = await bookedCase();
  await setup.env.sleep(DEADLINE_DAYS * DAY + 60_000);
  const { context } = await handle.query(caseQuery);
  expect(context.delivery?.status).toBe('OVERDUE');
  // A report that does not end the parcel is dropped; the delivered one is taken.
  await handle.signal(deliveryReportSignal, { waybill: context.delivery!.waybill!, status: 'IN_TRANSIT' });
  await handle.signal(deliveryReportSignal, { waybill: context.delivery!.waybill!, status: 'DELIVERED' });
  await handle.result();
  const ended = await handle.query(caseQuery);
  expect(actionsOf(ended.context.timeline)).toEqual([
    'DELIVERY_CHOSEN',
    'WAYBILL_BOOKED',
    'DELIVERY_OVERDUE',
    'DELIVERED',
  ]);
  const row = await setup.database.prisma.delivery.findUniqueOrThrow({ where: { applicationId } });
  expect(row.status).toBe('DELIVERED');
}, 120_000);

describe('a case started before delivery existed', () => {
  const BEFORE_DELIVERY = 'lianban-before-delivery';
  /** A worker for its own task queue, with the workflow API of `workflowApi` if given. */
  const workerOf = (workflowApi?: string) =>
    Worker.create({
      connection: setup.env.nativeConnection,
      taskQueue: BEFORE_DELIVERY,
      // No sticky cache: once the first worker stops, the case's next task goes to the shared
      // queue at once rather than to that worker's sticky queue until its timeout.
      maxCachedWorkflows: 0,
      dataConverter: setup.env.client.options.dataConverter,
      workflowsPath: require.resolve('../../workflows'),
      activities: createCaseActivities({ database: setup.database }),
      sinks: ignoredCaseSinks,
      bundlerOptions: workflowApi
        ? {
            webpackConfigHook: (config) => ({
              ...config,
              resolve: { ...config.resolve, alias: { ...config.resolve?.alias, '@temporalio/workflow$': workflowApi } },
            }),
          }
        : undefined,
    });

  it('refuses a delivery choice, saying why, and changes nothing', async () => {
    const before = await workerOf(require.resolve('../fixtures/before-delivery/workflow-api'));
    const { handle } = await before.runUntil(
      startCase(setup.env, setup.database.prisma, 'XC-0001', fiveInOneForm, 'applicant-1', {
        taskQueue: BEFORE_DELIVERY,
      }),
    );
    // Today's code picks the case up, replaying its start without the patch.
    const today = await workerOf();
    await today.runUntil(async () => {
      const refused = await handle.executeUpdate(chooseDeliveryUpdate, { args: [choice] }).catch((error) => error);
      expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
      expect((refused as WorkflowUpdateFailedError).cause).toBeInstanceOf(ApplicationFailure);
      expect(((refused as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe('DELIVERY_NOT_OFFERED');
      const told = toClientError(refused) as GraphQLError;
      expect(told.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DELIVERY_NOT_OFFERED' });
      expect(told.message).toMatch(/started before delivery .* collected at the hall/);
      const { context } = await handle.query(caseQuery);
      expect(context.delivery).toBeUndefined();
      await handle.terminate('test over');
    });
  }, 180_000);
});
