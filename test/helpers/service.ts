import pino from 'pino';
import { loadConfig, type Config } from '../../config';
import { DevServerError } from '../../temporal/dev-server';
import { startService, type RunningService } from '../../server/service';
import { freshDatabaseUrl } from './database';
import { freePort } from './ports';
import { tempDir } from './temp-dir';

export interface TestService extends RunningService {
  url: string;
  config: Config;
}

/** The whole service as `npm start` runs it, on free ports with a fresh DATA_DIR. */
export async function startTestService(env: NodeJS.ProcessEnv = {}): Promise<TestService> {
  const dataDir = tempDir();
  const database = await freshDatabaseUrl();
  const configure = async () =>
    loadConfig({
      DATABASE_URL: database.url,
      DATA_DIR: dataDir.path,
      PORT: '0',
      TEMPORAL_CLI_PATH: process.env.TEMPORAL_CLI_PATH,
      TEMPORAL_DEV_PORT: String(await freePort()),
      TEMPORAL_UI_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      ...env,
    });
  let config = await configure();
  let service: RunningService;
  // A free port can be taken by a test file running beside this one before the server binds it.
  for (let attempt = 1; ; attempt += 1) {
    try {
      service = await startService(config, pino({ level: 'warn' }));
      break;
    } catch (error) {
      if (!(error instanceof DevServerError) || attempt === 3) throw error;
      config = await configure();
    }
  }
  return {
    ...service,
    url: service.url!,
    config,
    stop: async () => {
      await service.stop();
      await database.drop();
      dataDir.remove();
    },
  };
}
