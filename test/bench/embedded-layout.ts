import { freePort } from '../helpers/ports';
import { stopGently, workerProcessOf } from '../helpers/processes';
import { tempDir } from '../helpers/temp-dir';
import { lianbanEnv, startLianban, untilServing, type Layout } from './layout';
import { devServerPid, embeddedPostmasterPid, postgresMemory, processMemory } from './peak-memory';

/** What `npm start` runs: the API, its worker process, and the PostgreSQL and dev servers it starts. */
export const embeddedLayout: Layout = {
  name: 'embedded',
  description: '`npm start`: the API and its worker process, with the PostgreSQL and Temporal dev servers it starts',
  async start({ cliPath, secret, teardown }) {
    const dataDir = tempDir('lianban-bench-');
    teardown.add(() => dataDir.remove());
    const port = await freePort();
    const service = startLianban('lianban', 'all', {
      ...lianbanEnv(dataDir.path, secret),
      DATABASE_URL: '',
      TEMPORAL_ADDRESS: '',
      TEMPORAL_CLI_PATH: cliPath,
      PORT: String(port),
      TEMPORAL_DEV_PORT: String(await freePort()),
      TEMPORAL_UI_PORT: String(await freePort()),
    });
    teardown.add(() => stopGently(service));
    const url = `http://127.0.0.1:${port}/graphql`;
    await untilServing('lianban', url, service, 180_000);
    return {
      urls: [url],
      peakMemory: () => [
        processMemory('lianban API (npm start)', service.pid),
        processMemory('lianban worker process', workerProcessOf(service.pid)),
        processMemory('temporal dev server', devServerPid(dataDir.path)),
        ...postgresMemory(embeddedPostmasterPid(dataDir.path)),
      ],
    };
  },
};
