import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { startCarrierSimulator, type CarrierSimulator } from '../../delivery/carrier-simulator';
import { startDevServer, type DevServer } from '../../temporal/dev-server';
import { freshDatabaseUrl } from '../helpers/database';
import { tobaccoForm } from '../helpers/forms';
import { officer, Person, untilAnswered, waitForStatus } from '../helpers/lianban-client';
import { freePort } from '../helpers/ports';
import { exited, spawnLianban, stopGently, untilHealthy } from '../helpers/processes';
import { tempDir } from '../helpers/temp-dir';

/**
 * The worker dies (kill -9, by a fail point) at the worst instant of a delivery: the carrier has
 * booked the waybill and the answer is lost with the process. The worker that replaces it books
 * again under the case's key, and the carrier answers with the same waybill: one parcel.
 */
const SECRET = 'a-shared-carrier-secret-of-the-restart-test';
const dataDir = tempDir();
const authSecret = randomBytes(32).toString('base64url');
let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
let temporal: DevServer;
let simulator: CarrierSimulator;
let shared: NodeJS.ProcessEnv;
let apiUrl: string;
const processes: ChildProcess[] = [];

function lianban(part: 'api' | 'worker', env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawnLianban(part, { ...shared, ...env });
  processes.push(child);
  return child;
}

beforeAll(async () => {
  database = await freshDatabaseUrl();
  temporal = await startDevServer({
    cliPath: process.env.TEMPORAL_CLI_PATH!,
    dataDir: dataDir.path,
    namespace: 'default',
    port: await freePort(),
    log: pino({ level: 'warn' }),
  });
  simulator = await startCarrierSimulator({ secret: SECRET });
  shared = {
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: temporal.address,
    DATA_DIR: dataDir.path,
    AUTH_SECRET: authSecret,
    LOG_LEVEL: 'warn',
    CARRIER_URL: simulator.url,
    CARRIER_WEBHOOK_SECRET: SECRET,
  };
  const port = await freePort();
  apiUrl = `http://127.0.0.1:${port}/graphql`;
  lianban('api', { PORT: String(port) });
  await untilHealthy(apiUrl);
  simulator.setWebhookUrl(apiUrl.replace('/graphql', '/delivery/webhook'));
}, 150_000);

afterAll(async () => {
  await Promise.all(processes.map(stopGently));
  await simulator?.close();
  await temporal?.stop();
  await database?.drop();
  dataDir.remove();
}, 60_000);

it('books exactly one waybill when the worker dies after the carrier booked it', async () => {
  const armed = lianban('worker', { LIANBAN_FAILPOINTS: 'delivery:after-booking' });
  const applicant = await Person.signInAt(apiUrl, authSecret, { sub: 'shop-restart', role: 'APPLICANT' });
  // Sent again while the worker is still starting, as a client would; the key makes it one case.
  const documentIds = await applicant.documentsFor('XC-0003', tobaccoForm);
  const submitted = await untilAnswered(() =>
    applicant.request(`mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`, {
      input: { itemCode: 'XC-0003', formData: tobaccoForm, documentIds, idempotencyKey: 'restart-1' },
    }),
  );
  expect(submitted.errors).toBeUndefined();
  const { id } = submitted.data!.submitApplication as { id: string };
  await applicant.data(
    `mutation ($id: ID!, $address: DeliveryAddressInput) { chooseDelivery(id: $id, method: DELIVERY, address: $address) { id } }`,
    {
      id,
      address: {
        recipient: '李四',
        phone: '13900139000',
        province: '北京市',
        city: '北京市',
        district: '西城区',
        street: '西单北大街 1 号',
        postcode: '100032',
      },
    },
  );
  await (await Person.signInAt(apiUrl, authSecret, officer('WINDOW'))).review(id);
  await (await Person.signInAt(apiUrl, authSecret, officer('TOBACCO'))).review(id);

  // The fail point kills the worker once the carrier has answered.
  expect(await exited(armed)).toBeNull();
  const booked = simulator.waybills().filter((booking) => booking.reference === id);
  expect(booked).toHaveLength(1);
  const before = await applicant.data(
    `query ($id: ID!) { application(id: $id) { status delivery { status waybill } } }`,
    { id },
  );
  expect(before.application).toEqual({ status: 'ISSUED', delivery: { status: 'CHOSEN', waybill: null } });

  // Its replacement retries the booking once the first attempt times out, under the same key.
  lianban('worker');
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { application } = await applicant.data(
      `query ($id: ID!) { application(id: $id) { delivery { status waybill } } }`,
      { id },
    );
    if (application.delivery.status === 'BOOKED') {
      expect(application.delivery.waybill).toBe(booked[0].waybill);
      break;
    }
    if (Date.now() > deadline) throw new Error(`delivery is ${JSON.stringify(application.delivery)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(simulator.waybills().filter((booking) => booking.reference === id)).toHaveLength(1);
  await waitForStatus(applicant, id, 'ISSUED');
}, 180_000);
