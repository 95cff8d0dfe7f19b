import { startCarrierSimulator, type CarrierSimulator } from '../../delivery/carrier-simulator';
import { signBody, SIGNATURE_HEADER } from '../../delivery/webhook-signature';
import { errorCodes } from '../helpers/graphql';
import { deliveryAddress, fiveInOneForm } from '../helpers/forms';
import { officer, Person, waitForStatus } from '../helpers/lianban-client';
import { startTestService, type TestService } from '../helpers/service';

const SECRET = 'a-shared-carrier-secret-of-the-delivery-tests';
const FIVE = ['AIC', 'QTS', 'TAX', 'HRSS', 'STATS'] as const;
const ADDRESS = deliveryAddress;
const CHOOSE = `mutation ($id: ID!, $method: DeliveryMethod!, $address: DeliveryAddressInput, $key: String) {
  chooseDelivery(id: $id, method: $method, address: $address, idempotencyKey: $key) {
    delivery { method status waybill address { postcode } } } }`;
const DELIVERY = `query ($id: ID!) { application(id: $id) {
  delivery { method status waybill reason } timeline(first: 100) { nodes { action detail } } } }`;

let simulator: CarrierSimulator;
let service: TestService;
let applicant: Person;
const staff: Record<string, Person> = {};

beforeAll(async () => {
  simulator = await startCarrierSimulator({ secret: SECRET });
  service = await startTestService({ CARRIER_URL: simulator.url, CARRIER_WEBHOOK_SECRET: SECRET });
  applicant = await Person.signIn(service, { sub: 'enterprise-delivered', role: 'APPLICANT' });
  simulator.setWebhookUrl(`${applicant.baseUrl}/delivery/webhook`);
  for (const agency of ['WINDOW', ...FIVE] as const) staff[agency] = await Person.signIn(service, officer(agency));
}, 120_000);

afterAll(async () => {
  await service?.stop();
  await simulator?.close();
});

async function approveAll(id: string) {
  await staff.WINDOW.review(id);
  for (const agency of FIVE) await staff[agency].review(id);
}

const readDelivery = async (id: string) => (await applicant.data(DELIVERY, { id })).application;

/** The workflow writes each step a moment after the call that caused it; a client polls. */
async function deliveryReaches(id: string, status: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const application = await readDelivery(id);
    if (application.delivery?.status === status) return application;
    if (Date.now() > deadline) throw new Error(`delivery of ${id} is ${JSON.stringify(application.delivery)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const waybillsOf = (id: string) => simulator.waybills().filter((booking) => booking.reference === id);

describe('delivery of a licence', () => {
  it('names every bad field of an address, and changes nothing', async () => {
    const { id } = await applicant.submit('XC-0001', fiveInOneForm);
    const response = await applicant.request(CHOOSE, {
      id,
      method: 'DELIVERY',
      address: { ...ADDRESS, street: ' ', phone: '12345', postcode: '1000' },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const fields = (response.errors![0].extensions!.fields as Array<{ field: string }>).map((bad) => bad.field);
    expect(fields.sort()).toEqual(['address.phone', 'address.postcode', 'address.street']);
    expect((await readDelivery(id)).delivery).toBeNull();
  });

  it("answers NOT_FOUND for another person's case", async () => {
    const { id } = await applicant.submit('XC-0001', fiveInOneForm);
    const stranger = await Person.signIn(service, { sub: 'someone-else', role: 'APPLICANT' });
    const response = await stranger.request(CHOOSE, { id, method: 'COLLECTION' });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });

  it('books one waybill through a carrier outage and follows the parcel to DELIVERED', async () => {
    const { id } = await applicant.submit('XC-0001', fiveInOneForm);
    const chosen = await applicant.data(CHOOSE, { id, method: 'DELIVERY', address: ADDRESS });
    expect(chosen.chooseDelivery.delivery).toEqual({
      method: 'DELIVERY',
      status: 'CHOSEN',
      waybill: null,
      address: { postcode: '100032' },
    });
    const attemptsBefore = simulator.bookingAttempts;
    simulator.outage(2);
    await approveAll(id);
    const booked = await deliveryReaches(id, 'BOOKED');
    // Two refused attempts, then the booking: one waybill, the one the case holds.
    expect(simulator.bookingAttempts - attemptsBefore).toBe(3);
    expect(waybillsOf(id)).toHaveLength(1);
    const { waybill } = waybillsOf(id)[0];
    expect(booked.delivery.waybill).toBe(waybill);

    // The certificate is issued: the choice can no longer change.
    const late = await applicant.request(CHOOSE, { id, method: 'COLLECTION' });
    expect(errorCodes(late)).toEqual(['CONFLICT']);

    // A report not signed with the shared secret is refused and changes nothing.
    const forged = JSON.stringify({ reference: id, waybill, status: 'DELIVERED', at: new Date().toISOString() });
    const refused = await fetch(`${applicant.baseUrl}/delivery/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody('not-the-secret', forged) },
      body: forged,
    });
    expect(refused.status).toBe(401);

    expect(await simulator.report(waybill, 'ACCEPTED')).toBe(202);
    await deliveryReaches(id, 'ACCEPTED');
    // A repeated report is taken and dropped by the case.
    expect(await simulator.report(waybill, 'ACCEPTED')).toBe(202);
    expect(await simulator.report(waybill, 'IN_TRANSIT')).toBe(202);
    await deliveryReaches(id, 'IN_TRANSIT');
    expect(await simulator.report(waybill, 'DELIVERED')).toBe(202);
    const delivered = await deliveryReaches(id, 'DELIVERED');
    await service.temporal.workflow.getHandle(id).result();

    const steps = (delivered.timeline.nodes as Array<{ action: string; detail: string }>).map((entry) => entry.action);
    const deliverySteps = steps.filter((action) =>
      [
        'DELIVERY_CHOSEN',
        'CERTIFICATE_ISSUED',
        'WAYBILL_BOOKED',
        'DELIVERY_ACCEPTED',
        'DELIVERY_IN_TRANSIT',
        'DELIVERED',
      ].includes(action),
    );
    expect(deliverySteps).toEqual([
      'DELIVERY_CHOSEN',
      'CERTIFICATE_ISSUED',
      'WAYBILL_BOOKED',
      'DELIVERY_ACCEPTED',
      'DELIVERY_IN_TRANSIT',
      'DELIVERED',
    ]);
    expect(waybillsOf(id)).toHaveLength(1);
    expect((await waitForStatus(applicant, id, 'ISSUED')).status).toBe('ISSUED');
  }, 120_000);

  it('closes a case collected at the hall at issuance, booking nothing', async () => {
    const { id } = await applicant.submit('XC-0001', fiveInOneForm);
    await applicant.data(CHOOSE, { id, method: 'COLLECTION' });
    await approveAll(id);
    await service.temporal.workflow.getHandle(id).result();
    expect((await readDelivery(id)).delivery).toMatchObject({ method: 'COLLECTION', status: 'CHOSEN', waybill: null });
    expect(waybillsOf(id)).toHaveLength(0);
  }, 120_000);

  it('falls back to collection at the hall when the carrier refuses the booking, and the case ends', async () => {
    const { id } = await applicant.submit('XC-0001', fiveInOneForm);
    await applicant.data(CHOOSE, { id, method: 'DELIVERY', address: ADDRESS });
    const attemptsBefore = simulator.bookingAttempts;
    simulator.refuse(1, 'no such street in 西城区');
    await approveAll(id);
    const outcome = await service.temporal.workflow.getHandle(id).result();
    expect(outcome).toMatchObject({ status: 'ISSUED' });
    // A refusal is not retried.
    expect(simulator.bookingAttempts - attemptsBefore).toBe(1);
    const refused = await deliveryReaches(id, 'REFUSED');
    expect(refused.delivery).toMatchObject({ method: 'COLLECTION', waybill: null });
    expect(refused.delivery.reason).toContain('no such street in 西城区');
    const failed = (refused.timeline.nodes as Array<{ action: string; detail: string }>).find(
      (entry) => entry.action === 'DELIVERY_FAILED',
    );
    expect(failed?.detail).toContain('no such street in 西城区');
    expect(waybillsOf(id)).toHaveLength(0);
  }, 120_000);

  it.each([408, 429, 401, 404])(
    'takes %i from the carrier as an outage (or settings to put right): retried under the same key',
    async (status) => {
      const { id } = await applicant.submit('XC-0001', fiveInOneForm);
      await applicant.data(CHOOSE, { id, method: 'DELIVERY', address: ADDRESS });
      const attemptsBefore = simulator.bookingAttempts;
      simulator.outage(2, status);
      await approveAll(id);
      const booked = await deliveryReaches(id, 'BOOKED');
      expect(simulator.bookingAttempts - attemptsBefore).toBe(3);
      expect(waybillsOf(id)).toHaveLength(1);
      expect(booked.delivery.waybill).toBe(waybillsOf(id)[0].waybill);
    },
    120_000,
  );

  const chosen = async (id: string) =>
    (await readDelivery(id)).timeline.nodes.filter((entry: { action: string }) => entry.action === 'DELIVERY_CHOSEN')
      .length as number;

  it('applies every choice of A, then B, then A again', async () => {
    const { id } = await applicant.submit('XC-0001', fiveInOneForm);
    await applicant.data(CHOOSE, { id, method: 'DELIVERY', address: ADDRESS });
    await applicant.data(CHOOSE, { id, method: 'COLLECTION' });
    const again = await applicant.data(CHOOSE, { id, method: 'DELIVERY', address: ADDRESS });
    expect(again.chooseDelivery.delivery).toMatchObject({ method: 'DELIVERY', status: 'CHOSEN' });
    expect((await readDelivery(id)).delivery.method).toBe('DELIVERY');
    expect(await chosen(id)).toBe(3);
  });

  it('applies a choice sent again with the same idempotency key once', async () => {
    const { id } = await applicant.submit('XC-0001', fiveInOneForm);
    await applicant.data(CHOOSE, { id, method: 'DELIVERY', address: ADDRESS, key: 'choice-1' });
    await applicant.data(CHOOSE, { id, method: 'DELIVERY', address: ADDRESS, key: 'choice-1' });
    expect(await chosen(id)).toBe(1);
    await applicant.data(CHOOSE, { id, method: 'COLLECTION', key: 'choice-2' });
    // A late retry of the first choice does not undo the second.
    await applicant.data(CHOOSE, { id, method: 'DELIVERY', address: ADDRESS, key: 'choice-1' });
    expect((await readDelivery(id)).delivery.method).toBe('COLLECTION');
    expect(await chosen(id)).toBe(2);
    // The same key with another choice is that choice, made: never an answer for a choice not made.
    const other = await applicant.data(CHOOSE, { id, method: 'DELIVERY', address: ADDRESS, key: 'choice-2' });
    expect(other.chooseDelivery.delivery.method).toBe('DELIVERY');
    expect(await chosen(id)).toBe(3);
  });
});
