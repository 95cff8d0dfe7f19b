/**
 * Records the Temporal histories of representative cases, one per path of the approval
 * process, into test/histories/*.json (earlier recordings stay in test/histories/v1/, v2/, v3/
 * and on: they stand for cases that were running when the workflow changed). The test suite replays
 * them against the current workflow code, so a change that would break running cases fails CI.
 * It runs on the time-skipping test server, so that SLA timers fire in the recorded cases.
 *
 *   npm run histories:capture -- NAME...   (after an intended, patched workflow change: record
 *                                          the new paths by name, and keep the old recordings;
 *                                          they stand for cases still running)
 *   npm run histories:capture              (every path: only into a new version's folder)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { Carrier } from '../../delivery/carrier';
import {
  calendarCorrectedSignal,
  caseQuery,
  chooseDeliveryUpdate,
  claimTaskUpdate,
  completeTaskUpdate,
  deliveryReportSignal,
  extendDeadlineUpdate,
  reassignTaskUpdate,
  supplementUpdate,
  withdrawUpdate,
} from '../../workflows/approval-contract';
import { localDate } from '../../domain/calendar';
import { CARRIER_REFUSED } from '../../domain/delivery';
import { taskId } from '../../domain/case-steps';
import { openTestDatabase } from '../helpers/database';
import { deliveryAddress, fiveInOneForm, performanceForm, tobaccoForm } from '../helpers/forms';
import { startTimeSkipping } from '../helpers/time-skipping';
import { approvalWorker, caseOfficer, decide, registeredDocument, startCase } from '../helpers/workflow-env';

const applicant = { sub: 'applicant-1', role: 'APPLICANT' as const };
type Env = Awaited<ReturnType<typeof startTimeSkipping>>;
type Db = Awaited<ReturnType<typeof openTestDatabase>>;
type Scenario = (env: Env, db: Db) => Promise<{ handle: Awaited<ReturnType<typeof startCase>>['handle'] }>;

/** The carrier of the recordings: one waybill per case, refused for a street it does not serve. */
let waybills = 0;
const carrier: Carrier = {
  bookWaybill: (_key, parcel) =>
    parcel.address.street.includes('不存在')
      ? Promise.reject(
          ApplicationFailure.create({ type: CARRIER_REFUSED, message: 'no such street', nonRetryable: true }),
        )
      : Promise.resolve(`EMS${String((waybills += 1)).padStart(9, '0')}CN`),
};

/** A five-in-one case with the licence to be sent to `street`, approved by all. */
async function deliveredCase(env: Env, db: Db, street: string) {
  const { handle } = await startCase(env, db.prisma, 'XC-0001', fiveInOneForm);
  await handle.executeUpdate(chooseDeliveryUpdate, {
    args: [{ actor: applicant, method: 'DELIVERY', address: { ...deliveryAddress, street } }],
  });
  await decide(handle, 'WINDOW', 'APPROVE');
  for (const agency of ['AIC', 'QTS', 'TAX', 'HRSS', 'STATS'] as const) await decide(handle, agency, 'APPROVE');
  return handle;
}

const scenarios: Record<string, Scenario> = {
  'five-in-one-delivered': async (env, db) => {
    const handle = await deliveredCase(env, db, deliveryAddress.street);
    // The carrier reports once the booking's answer is in the case.
    let waybill: string | undefined;
    while (!waybill) {
      waybill = (await handle.query(caseQuery)).context.delivery?.waybill;
      if (!waybill) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const status of ['ACCEPTED', 'IN_TRANSIT', 'DELIVERED'] as const) {
      await handle.signal(deliveryReportSignal, { waybill, status });
    }
    return { handle };
  },
  'five-in-one-delivery-refused': async (env, db) => ({
    handle: await deliveredCase(env, db, '不存在的街道 1 号'),
  }),
  'five-in-one-issued': async (env, db) => {
    const { handle } = await startCase(env, db.prisma, 'XC-0001', fiveInOneForm);
    await decide(handle, 'WINDOW', 'APPROVE');
    for (const agency of ['AIC', 'QTS', 'TAX', 'HRSS', 'STATS'] as const) await decide(handle, agency, 'APPROVE');
    return { handle };
  },
  'five-in-one-rejected': async (env, db) => {
    const { handle } = await startCase(env, db.prisma, 'XC-0001', fiveInOneForm);
    await decide(handle, 'WINDOW', 'APPROVE');
    await decide(handle, 'AIC', 'APPROVE');
    await decide(handle, 'TAX', 'REJECT', { comment: '经营范围涉及前置审批' });
    return { handle };
  },
  'five-in-one-correction': async (env, db) => {
    const { handle } = await startCase(env, db.prisma, 'XC-0001', fiveInOneForm);
    await decide(handle, 'WINDOW', 'APPROVE');
    await decide(handle, 'AIC', 'REQUEST_CORRECTION', { corrections: [{ field: 'companyName', reason: '名称重复' }] });
    await decide(handle, 'QTS', 'REQUEST_CORRECTION', {
      corrections: [{ material: 'XC-0001-M05', reason: '证明不清晰' }],
    });
    for (const agency of ['TAX', 'HRSS', 'STATS'] as const) await decide(handle, agency, 'APPROVE');
    await handle.executeUpdate(supplementUpdate, {
      args: [
        {
          actor: applicant,
          formData: { companyName: '北京联办信息科技有限公司' },
          documents: [
            {
              materialCode: 'XC-0001-M05',
              documentId: await registeredDocument(db.prisma, 'replacement-premises-proof'),
            },
          ],
        },
      ],
    });
    await decide(handle, 'AIC', 'APPROVE', { round: 2 });
    await decide(handle, 'QTS', 'APPROVE', { round: 2 });
    return { handle };
  },
  'tobacco-withdrawn': async (env, db) => {
    const { handle } = await startCase(env, db.prisma, 'XC-0003', tobaccoForm);
    await decide(handle, 'WINDOW', 'APPROVE');
    await handle.executeUpdate(withdrawUpdate, { args: [{ actor: applicant, reason: '不再经营' }] });
    return { handle };
  },
  'performance-with-psb': async (env, db) => {
    const { handle } = await startCase(env, db.prisma, 'XC-0002', performanceForm(6000));
    await decide(handle, 'WINDOW', 'APPROVE');
    await decide(handle, 'CULTURE', 'APPROVE');
    await decide(handle, 'PSB', 'APPROVE');
    return { handle };
  },
  'five-in-one-escalated': async (env, db) => {
    const now = await env.currentTimeMs();
    const { applicationId, handle } = await startCase(env, db.prisma, 'XC-0001', fiveInOneForm, 'applicant-1', {
      submittedAt: new Date(now),
    });
    await decide(handle, 'WINDOW', 'APPROVE');
    // Warnings, then escalation of every review task; then the statutory clock runs on.
    await env.sleep('8 days');
    const tax = taskId(applicationId, 'TAX', 1);
    const deputy = { ...caseOfficer('TAX'), sub: 'officer-TAX-2' };
    await handle.executeUpdate(reassignTaskUpdate, {
      args: [{ taskId: tax, actor: { sub: 'chief-TAX', role: 'SUPERVISOR', agency: 'TAX' }, assignee: deputy.sub }],
    });
    await handle.executeUpdate(extendDeadlineUpdate, {
      args: [{ actor: caseOfficer('WINDOW'), workingDays: 10, reason: '联合办理' }],
    });
    const today = localDate(await env.currentTimeMs());
    await handle.signal(calendarCorrectedSignal, {
      year: {
        year: Number(today.slice(0, 4)),
        version: 99,
        provisional: false,
        source: 'capture',
        holidays: [today],
        workdays: [],
      },
      from: today,
    });
    await decide(handle, 'AIC', 'REQUEST_CORRECTION', { corrections: [{ field: 'companyName', reason: '名称重复' }] });
    await env.sleep('3 days');
    await handle.executeUpdate(supplementUpdate, {
      args: [{ actor: applicant, formData: { companyName: '北京联办数据科技有限公司' } }],
    });
    await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: tax, actor: deputy, decision: 'APPROVE' }] });
    for (const agency of ['QTS', 'HRSS', 'STATS'] as const) await decide(handle, agency, 'APPROVE');
    await decide(handle, 'AIC', 'APPROVE', { round: 2 });
    return { handle };
  },
  'five-in-one-refused-write': async (env, db) => {
    const { applicationId, handle } = await startCase(env, db.prisma, 'XC-0001', fiveInOneForm);
    for (const agency of ['WINDOW', 'AIC', 'QTS', 'TAX', 'HRSS'] as const) await decide(handle, agency, 'APPROVE');
    const stats = taskId(applicationId, 'STATS', 1);
    await handle.executeUpdate(claimTaskUpdate, { args: [{ taskId: stats, actor: caseOfficer('STATS') }] });
    // The read model refuses a NUL: the closing decision fails and is taken back, the case stays open.
    const refused = await handle
      .executeUpdate(completeTaskUpdate, {
        args: [{ taskId: stats, actor: caseOfficer('STATS'), decision: 'APPROVE', comment: 'ok\u0000' }],
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    if (!refused) throw new Error('the read model took a NUL');
    await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: stats, actor: caseOfficer('STATS'), decision: 'APPROVE', comment: 'ok' }],
    });
    return { handle };
  },
  'performance-correction-brings-psb': async (env, db) => {
    const { handle } = await startCase(env, db.prisma, 'XC-0002', performanceForm(800));
    await decide(handle, 'WINDOW', 'APPROVE');
    await decide(handle, 'CULTURE', 'REQUEST_CORRECTION', {
      corrections: [{ field: 'expectedAudience', reason: '人数不符' }],
    });
    await handle.executeUpdate(supplementUpdate, {
      args: [{ actor: applicant, formData: { expectedAudience: 12000 } }],
    });
    await decide(handle, 'CULTURE', 'APPROVE', { round: 2 });
    await decide(handle, 'PSB', 'APPROVE');
    return { handle };
  },
};

async function main() {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const [env, db] = await Promise.all([startTimeSkipping(), openTestDatabase()]);
  const worker = await approvalWorker(env, db, carrier);
  const named = process.argv.slice(2);
  const unknown = named.filter((name) => !(name in scenarios));
  if (unknown.length > 0) throw new Error(`No scenario ${unknown.join(', ')}: ${Object.keys(scenarios).join(', ')}`);
  try {
    await worker.runUntil(async () => {
      for (const [name, scenario] of Object.entries(scenarios)) {
        if (named.length > 0 && !named.includes(name)) continue;
        const { handle } = await scenario(env, db);
        await handle.result();
        const file = path.join(__dirname, `${name}.json`);
        writeFileSync(file, `${historyToJSON(await handle.fetchHistory())}\n`);
        console.log(`captured ${file}`);
      }
    });
  } finally {
    await env.teardown();
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
