import { parseArgs } from 'node:util';
import { Runtime } from '@temporalio/worker';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { devServerOwner } from '../temporal/dev-server';
import { reconcileCase } from '../audit/reconcile';
import { startService } from './service';
import { temporalLogger } from '../temporal/logger';
import { APPROVAL_WORKFLOW } from '../workflows/approval-contract';

const USAGE = 'usage: npm run reconcile -- --case ID | --all [--repair]';

/**
 * After an incident: compares the read model and audit chain of one case, or of every case
 * Temporal or the read model knows, with the case's history, and with --repair rewrites what
 * differs. Takes the service's configuration. Exits 1 if a difference is left unrepaired.
 */
async function main() {
  const { values } = parseArgs({
    options: { case: { type: 'string' }, all: { type: 'boolean' }, repair: { type: 'boolean' } },
  });
  if (Boolean(values.case) === Boolean(values.all)) throw new Error(USAGE);
  const config = loadConfig();
  const owner = config.databaseUrl ? undefined : devServerOwner(config.dataDir);
  if (owner !== undefined) {
    throw new Error(
      `Lianban (pid ${owner}) runs on ${config.dataDir}: stop it first; its embedded database is its own`,
    );
  }
  const log = createLogger({ ...config, logLevel: 'warn' });
  Runtime.install({ logger: temporalLogger(log), shutdownSignals: [] });
  // A worker of its own answers the queries, so this works whether or not one runs elsewhere;
  // on the embedded database it must run while the service is stopped (it opens DATA_DIR).
  const service = await startService(config, log, { api: false, worker: 'here' });
  // The service's client: it decrypts what the workflow answers.
  const temporal = service.temporal;
  try {
    const ids = new Set(values.case ? [values.case] : []);
    if (values.all) {
      for (const { id } of await service.prisma.application.findMany({ select: { id: true } })) ids.add(id);
      for await (const workflow of temporal.workflow.list({ query: `WorkflowType = '${APPROVAL_WORKFLOW}'` })) {
        ids.add(workflow.workflowId);
      }
    }
    let unrepaired = 0;
    let untracked = 0;
    for (const id of ids) {
      const result = await reconcileCase(service.prisma, temporal, id, values.repair ?? false);
      if (!result.historyKept) untracked += 1;
      if (result.differences.length === 0) continue;
      console.log(`${id}: ${result.differences.length} difference(s)${result.repaired ? ', repaired' : ''}`);
      for (const difference of result.differences) console.log(`  ${difference}`);
      if (!result.repaired) unrepaired += 1;
    }
    const past = untracked > 0 ? ` (${untracked} past Temporal's retention, not compared)` : '';
    console.log(`${ids.size} case(s) checked${past}, ${unrepaired} with differences left`);
    process.exitCode = unrepaired > 0 ? 1 : 0;
  } finally {
    await service.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
