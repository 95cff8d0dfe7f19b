import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { LOCAL_CARRIER_URL } from '../../config';
import { fiveInOneForm } from '../helpers/forms';
import { officer, Person } from '../helpers/lianban-client';
import { npmStartEnv, spawnLianban, stopGently, untilHealthy } from '../helpers/processes';
import { tempDir } from '../helpers/temp-dir';

/**
 * A fresh clone's `npm start`, with no carrier configured: it runs the carrier simulator, so a
 * licence chosen for delivery is booked and reported on to DELIVERED with nothing else started.
 */
const dataDir = tempDir();
const secret = randomBytes(32).toString('base64url');
let service: ChildProcess | undefined;
let apiUrl: string;

beforeAll(async () => {
  const started = await npmStartEnv(dataDir.path, { AUTH_SECRET: secret, CARRIER_URL: '', NODE_ENV: 'development' });
  apiUrl = started.apiUrl;
  service = spawnLianban('all', started.env);
  await untilHealthy(apiUrl);
}, 150_000);

afterAll(async () => {
  if (service) await stopGently(service);
  dataDir.remove();
}, 60_000);

it('delivers a licence through the simulator it starts, and stops it with the service', async () => {
  const applicant = await Person.signInAt(apiUrl, secret, { sub: 'fresh-clone', role: 'APPLICANT' });
  const { id } = await applicant.submit('XC-0001', fiveInOneForm);
  await applicant.data(
    `mutation ($id: ID!, $address: DeliveryAddressInput) { chooseDelivery(id: $id, method: DELIVERY, address: $address) { id } }`,
    {
      id,
      address: {
        recipient: '王五',
        phone: '13700137000',
        province: '北京市',
        city: '北京市',
        district: '西城区',
        street: '西单北大街 2 号',
        postcode: '100032',
      },
    },
  );
  for (const agency of ['WINDOW', 'AIC', 'QTS', 'TAX', 'HRSS', 'STATS'] as const)
    await (await Person.signInAt(apiUrl, secret, officer(agency))).review(id);

  // The simulator moves the parcel on every five seconds: ACCEPTED, IN_TRANSIT, DELIVERED.
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { application } = await applicant.data(
      `query ($id: ID!) { application(id: $id) { delivery { status waybill } } }`,
      { id },
    );
    if (application.delivery.status === 'DELIVERED') {
      expect(application.delivery.waybill).toMatch(/^EMS\d{9}CN$/);
      break;
    }
    if (Date.now() > deadline) throw new Error(`delivery is ${JSON.stringify(application.delivery)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  await stopGently(service!);
  service = undefined;
  await expect(fetch(`${LOCAL_CARRIER_URL}/waybills`, { method: 'POST' })).rejects.toThrow();
}, 180_000);
