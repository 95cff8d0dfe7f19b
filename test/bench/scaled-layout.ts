import { startDevServer } from '../../temporal/dev-server';
import { freePort } from '../helpers/ports';
import { stopGently } from '../helpers/processes';
import { startPostgres } from '../helpers/postgres-server';
import { tempDir } from '../helpers/temp-dir';
import { lianbanEnv, startLianban, untilServing, type Layout } from './layout';
import { devServerPid, postgresMemory, processMemory } from './peak-memory';
import { untilWorkersPoll } from './worker-pollers';

const WORKERS = 2;
const APIS = 2;

/** The layout for more load than one process: separate workers and APIs sharing Temporal and PostgreSQL. */
export const scaledLayout: Layout = {
  name: 'scaled',
  description: `a PostgreSQL server, one Temporal dev server, ${WORKERS} \`npm run worker\` and ${APIS} \`npm run api\``,
  async start({ cliPath, secret, log, teardown }) {
    const dataDir = tempDir('lianban-bench-');
    teardown.add(() => dataDir.remove());
    const postgres = startPostgres(await freePort());
    teardown.add(() => postgres.stop());
    const devServer = await startDevServer({
      cliPath,
      dataDir: dataDir.path,
      namespace: 'default',
      port: await freePort(),
      log,
    });
    teardown.add(() => devServer.stop());
    // The processes share DATA_DIR for the documents; the dev server keeps its file there too.
    const env = {
      ...lianbanEnv(dataDir.path, secret),
      DATABASE_URL: postgres.url,
      TEMPORAL_ADDRESS: devServer.address,
    };
    const start = (name: string, part: 'api' | 'worker', extra: NodeJS.ProcessEnv = {}) => {
      const child = startLianban(name, part, { ...env, ...extra });
      teardown.add(() => stopGently(child));
      return { name, child };
    };
    const workers = Array.from({ length: WORKERS }, (_, i) => start(`worker-${i + 1}`, 'worker'));
    const apis: Array<ReturnType<typeof start> & { url: string }> = [];
    for (let i = 1; i <= APIS; i += 1) {
      const port = await freePort();
      apis.push({ ...start(`api-${i}`, 'api', { PORT: String(port) }), url: `http://127.0.0.1:${port}/graphql` });
    }
    await Promise.all(apis.map(({ name, url, child }) => untilServing(name, url, child, 180_000)));
    await untilWorkersPoll(
      devServer.address,
      workers.map(({ child }) => child),
    );
    return {
      urls: apis.map(({ url }) => url),
      peakMemory: () => [
        ...[...workers, ...apis].map(({ name, child }) => processMemory(name, child.pid)),
        processMemory('temporal dev server', devServerPid(dataDir.path)),
        ...postgresMemory(postgres.pid()),
      ],
    };
  },
};
