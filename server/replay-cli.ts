import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadConfig } from '../config';
import { replayHistory, type ReplayReport } from '../audit/replay';
import { temporalConnectionOptions } from '../temporal/options';
import { decodeHistory, EncryptionCodec } from '../temporal/payload-codec';
import { existingPayloadKeys } from '../temporal/payload-keys';
import type { temporal } from '@temporalio/proto';
import { APPROVAL_WORKFLOW } from '../workflows/approval-contract';

const USAGE = 'usage: npm run replay -- --case ID | --all | --file history.json';

function print(name: string, report: ReplayReport): boolean {
  if (report.reproduces) console.log(`${name}: reproduces (${report.events} events)`);
  else {
    console.log(
      `${name}: DIVERGES at event ${report.divergedAtEventId} (${report.divergedAtEventType})\n  ${report.message}`,
    );
  }
  return report.reproduces;
}

/**
 * Replays recorded cases against the workflow code in this checkout: one exported history
 * file, one case, or every case the Temporal server knows. Exits 1 if any diverges.
 */
async function main() {
  const { values } = parseArgs({
    options: { case: { type: 'string' }, all: { type: 'boolean' }, file: { type: 'string' } },
  });
  if ([values.case, values.all, values.file].filter(Boolean).length !== 1) throw new Error(USAGE);
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const config = loadConfig();
  // Histories hold encrypted payloads; those from before encryption pass through as they are.
  const keys = existingPayloadKeys(config);
  if (!keys) {
    throw new Error(
      `No payload keys: PAYLOAD_KEYS is not set and ${config.dataDir} holds none (the service writes them at its ` +
        'first start). Run this with the DATA_DIR or the PAYLOAD_KEYS of the service the history comes from.',
    );
  }
  const codecs = [new EncryptionCodec(keys)];
  const replayed = async (history: temporal.api.history.v1.IHistory, name: string) =>
    print(name, await replayHistory(await decodeHistory(history, codecs), name));
  if (values.file) {
    const history = historyFromJSON(JSON.parse(readFileSync(values.file, 'utf8')));
    process.exitCode = (await replayed(history, values.file)) ? 0 : 1;
    return;
  }
  // Without TEMPORAL_ADDRESS, the dev server that `npm start` runs on this machine.
  const address = config.temporal.address ?? `127.0.0.1:${config.temporal.devPort}`;
  const connection = await Connection.connect(temporalConnectionOptions(config.temporal, address));
  const client = new Client({ connection, namespace: config.temporal.namespace });
  try {
    const ids = values.case ? [values.case] : [];
    if (values.all) {
      for await (const workflow of client.workflow.list({ query: `WorkflowType = '${APPROVAL_WORKFLOW}'` })) {
        ids.push(workflow.workflowId);
      }
    }
    let failures = 0;
    for (const id of ids) {
      const history = await client.workflow.getHandle(id).fetchHistory();
      if (!(await replayed(history, id))) failures += 1;
    }
    console.log(`${ids.length - failures} of ${ids.length} cases reproduce`);
    process.exitCode = failures > 0 ? 1 : 0;
  } finally {
    await connection.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
