import { identityNumberCheckCharacter } from '../../domain/codes';
import { ticketRoutes } from '../../hall/ticket-routes';
import { appsUnderTest, TEST_SECRET } from '../helpers/app-server';
import { errorCodes } from '../helpers/graphql';
import { officer, Person } from '../helpers/lianban-client';
import { readQrPng } from '../helpers/qr';

const under = appsUnderTest();
/** Where the printed ticket's link points. */
const PUBLIC_URL = 'https://hall.example';
/** The service's clock: each test sets the China-time moment it acts at. */
let clock = new Date();
const at = (chinaTime: string) => {
  clock = new Date(`${chinaTime}+08:00`);
};

let kiosk: Person;
let applicant: Person;
let otherApplicant: Person;

beforeAll(async () => {
  const url = await under.serve({
    now: () => clock,
    routes: [ticketRoutes({ prisma: under.database.prisma, publicUrl: PUBLIC_URL })],
  });
  [kiosk, applicant, otherApplicant] = await Promise.all([
    Person.signInAt(url, TEST_SECRET, officer('WINDOW', 'hall-kiosk-1')),
    Person.signInAt(url, TEST_SECRET, { sub: 'applicant-hall-1', role: 'APPLICANT' }),
    Person.signInAt(url, TEST_SECRET, { sub: 'applicant-hall-2', role: 'APPLICANT' }),
  ]);
}, 60_000);

/** A valid number of a person born in Chaoyang, Beijing, in 1980, told apart by `sequence`. */
function idNumber(sequence: number): string {
  const first17 = `11010519800101${String(sequence).padStart(3, '0')}`;
  return first17 + identityNumberCheckCharacter(first17);
}

const TICKET =
  'id number line day status idNumber window calledAt waitingSeconds serviceSeconds greenChannel { ground reason markedBy }';
const TAKE = `mutation ($line: ServiceLine!, $idNumber: String) { takeTicket(line: $line, idNumber: $idNumber) { ${TICKET} } }`;
const CALL = `mutation ($lines: [ServiceLine!]!) { callNext(window: "3号窗口", lines: $lines) { ${TICKET} } }`;
const SLOTS = `query ($line: ServiceLine!, $from: String!, $to: String!) { availableSlots(line: $line, from: $from, to: $to) { start end capacity remaining } }`;
const BOOK = `mutation ($line: ServiceLine!, $slotStart: DateTime!, $idNumber: String) { bookAppointment(line: $line, slotStart: $slotStart, idNumber: $idNumber) { id state slotStart slotEnd idNumber } }`;
const ARRIVE = `mutation ($id: ID, $idNumber: String) { arriveForAppointment(appointmentId: $id, idNumber: $idNumber) { ${TICKET} appointment { id } } }`;

const take = async (line: string, id?: string) => (await kiosk.data(TAKE, { line, idNumber: id })).takeTicket;
const call = async (lines = ['ACCEPTANCE']) => (await kiosk.data(CALL, { lines })).callNext;
const serve = (id: string) => kiosk.data(`mutation ($id: ID!) { markServed(ticketId: $id) { id } }`, { id });

describe('queue tickets', () => {
  it('numbers each line from 001 every China-time day', async () => {
    at('2026-03-02T08:59:00');
    expect((await take('ACCEPTANCE', idNumber(1))).number).toBe('A001');
    expect((await take('ACCEPTANCE', idNumber(2))).number).toBe('A002');
    expect((await take('COLLECTION', idNumber(1))).number).toBe('B001');
    const enquiry = await take('ENQUIRY');
    expect(enquiry).toMatchObject({ number: 'C001', idNumber: null, day: '2026-03-02', status: 'WAITING' });
    // 23:59 China time is still the same day; a minute later (16:00 UTC) is the next.
    at('2026-03-02T23:59:00');
    expect((await take('ACCEPTANCE', idNumber(3))).number).toBe('A003');
    at('2026-03-03T00:00:00');
    const next = await take('ACCEPTANCE', idNumber(1));
    expect(next).toMatchObject({ number: 'A001', day: '2026-03-03' });
    expect(next.idNumber).toBe('110105**********' + idNumber(1).slice(-2));
  });

  it('gives two kiosks at once distinct consecutive numbers', async () => {
    at('2026-03-04T09:00:00');
    const tickets = await Promise.all(
      Array.from({ length: 12 }, (_, index) => take('ACCEPTANCE', idNumber(10 + index))),
    );
    expect(tickets.map((ticket) => ticket.number).sort()).toEqual(
      Array.from({ length: 12 }, (_, index) => `A${String(index + 1).padStart(3, '0')}`),
    );
  });

  it('refuses a bad ID number naming the field, a named line without one, and a token that is no kiosk', async () => {
    at('2026-03-05T09:00:00');
    const bad = `${idNumber(1).slice(0, 17)}${idNumber(1)[17] === '0' ? '1' : '0'}`;
    for (const [line, id] of [
      ['ACCEPTANCE', bad],
      ['ENQUIRY', bad],
      ['COLLECTION', undefined],
    ]) {
      const response = await kiosk.request(TAKE, { line, idNumber: id });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions!.fields!.map((problem) => problem.field)).toEqual(['idNumber']);
    }
    expect(errorCodes(await applicant.request(TAKE, { line: 'ENQUIRY' }))).toEqual(['FORBIDDEN']);
    // Nothing refused took a number.
    expect((await take('ACCEPTANCE', idNumber(1))).number).toBe('A001');
  });
});

describe('calling', () => {
  it('calls the green channel ahead of earlier walk-ins, then walk-ins in order, and times the wait', async () => {
    at('2026-03-06T09:00:00');
    const first = await take('ACCEPTANCE', idNumber(1));
    const second = await take('ACCEPTANCE', idNumber(2));
    at('2026-03-06T09:05:00');
    const elderly = await take('ACCEPTANCE', idNumber(3));
    const marked = await kiosk.data(
      `mutation ($id: ID!) { markGreenChannel(ticketId: $id, ground: ELDERLY, reason: "82 岁，行动不便") { ${TICKET} } }`,
      { id: elderly.id },
    );
    expect(marked.markGreenChannel.greenChannel).toEqual({
      ground: 'ELDERLY',
      reason: '82 岁，行动不便',
      markedBy: 'hall-kiosk-1',
    });

    at('2026-03-06T09:10:00');
    expect(await call()).toMatchObject({ id: elderly.id, status: 'CALLED', window: '3号窗口', waitingSeconds: 300 });
    at('2026-03-06T09:14:00');
    const served = await kiosk.data(`mutation ($id: ID!) { markServed(ticketId: $id) { ${TICKET} } }`, {
      id: elderly.id,
    });
    expect(served.markServed).toMatchObject({ status: 'SERVED', serviceSeconds: 240 });
    expect((await call()).id).toBe(first.id);
    // One person at a time: calling again before the called one is served or absent is refused.
    const again = await kiosk.request(CALL, { lines: ['ACCEPTANCE'] });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].message).toContain('A001');
    await serve(first.id);
    expect((await call()).id).toBe(second.id);
    const absent = await kiosk.data(`mutation ($id: ID!) { markAbsent(ticketId: $id) { status serviceSeconds } }`, {
      id: second.id,
    });
    expect(absent.markAbsent).toEqual({ status: 'ABSENT', serviceSeconds: null });
    expect(await call()).toBeNull();
    expect(
      errorCodes(await kiosk.request(`mutation ($id: ID!) { markServed(ticketId: $id) { id } }`, { id: second.id })),
    ).toEqual(['CONFLICT']);
  });

  it('calls an arrived appointment ahead of walk-ins once its slot has started, not before', async () => {
    at('2026-03-09T08:00:00');
    const slot = new Date('2026-03-09T10:00:00+08:00').toISOString();
    const booked = (await applicant.data(BOOK, { line: 'ACCEPTANCE', slotStart: slot, idNumber: idNumber(7) }))
      .bookAppointment;
    expect(booked).toMatchObject({ state: 'BOOKED', slotEnd: new Date('2026-03-09T10:30:00+08:00').toISOString() });
    at('2026-03-09T09:00:00');
    const walkIns = [await take('ACCEPTANCE', idNumber(1)), await take('ACCEPTANCE', idNumber(2))];
    at('2026-03-09T09:30:00');
    const arrived = (await kiosk.data(ARRIVE, { id: booked.id, idNumber: idNumber(7) })).arriveForAppointment;
    expect(arrived.number).toBe('A003');
    // Before 10:00 the appointment waits behind those who came before it.
    at('2026-03-09T09:40:00');
    expect((await call()).id).toBe(walkIns[0].id);
    await serve(walkIns[0].id);
    at('2026-03-09T10:00:00');
    expect((await call()).id).toBe(arrived.id);
    await serve(arrived.id);
    expect((await call()).id).toBe(walkIns[1].id);
  });
});

describe('appointments', () => {
  it('has no slots on a holiday or a weekend, and slots on a make-up working day (调休)', async () => {
    at('2026-02-10T12:00:00');
    const slots = (await applicant.data(SLOTS, { line: 'ACCEPTANCE', from: '2026-02-13', to: '2026-02-17' }))
      .availableSlots as Array<{ start: string; capacity: number; remaining: number }>;
    const days = new Set(
      slots.map((slot) => new Date(Date.parse(slot.start) + 8 * 3_600_000).toISOString().slice(0, 10)),
    );
    // Fri 13th worked; Sat 14th a make-up working day; Sun 15th, Mon 16th and Tue 17th Spring Festival or weekend.
    expect([...days]).toEqual(['2026-02-13', '2026-02-14']);
    expect(slots).toHaveLength(26);
    expect(slots[0]).toMatchObject({
      start: new Date('2026-02-13T09:00:00+08:00').toISOString(),
      capacity: 4,
      remaining: 4,
    });
    expect(slots[12].start).toBe(new Date('2026-02-13T16:30:00+08:00').toISOString());
    const holiday = await applicant.request(BOOK, {
      line: 'ACCEPTANCE',
      slotStart: new Date('2026-02-17T09:00:00+08:00').toISOString(),
    });
    // Every bad field at once: the holiday and the missing ID card.
    expect(holiday.errors![0].extensions!.fields!.map((problem) => problem.field)).toEqual(['slotStart', 'idNumber']);
  });

  it('holds a slot to its capacity however many book at once; a cancellation frees a place', async () => {
    at('2026-03-10T08:00:00');
    const slotStart = new Date('2026-03-11T14:00:00+08:00').toISOString();
    const people = await Promise.all(
      Array.from({ length: 7 }, (_, index) =>
        Person.signInAt(kiosk.baseUrl + '/graphql', TEST_SECRET, { sub: `booker-${index}`, role: 'APPLICANT' }),
      ),
    );
    const answers = await Promise.all(
      people.map((person, index) =>
        person.request(BOOK, { line: 'ACCEPTANCE', slotStart, idNumber: idNumber(100 + index) }),
      ),
    );
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(4);
    expect(answers.flatMap(errorCodes)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    const remaining = async () =>
      (await applicant.data(SLOTS, { line: 'ACCEPTANCE', from: '2026-03-11', to: '2026-03-11' })).availableSlots.find(
        (slot: { start: string }) => slot.start === slotStart,
      ).remaining;
    expect(await remaining()).toBe(0);

    const winner = people[answers.findIndex((answer) => !answer.errors)];
    const id = (answers.find((answer) => !answer.errors)!.data as any).bookAppointment.id;
    const cancel = `mutation ($id: ID!) { cancelAppointment(id: $id) { state } }`;
    expect(errorCodes(await otherApplicant.request(cancel, { id }))).toEqual(['NOT_FOUND']);
    expect((await winner.data(cancel, { id })).cancelAppointment.state).toBe('CANCELLED');
    expect(await remaining()).toBe(1);
  });

  it('reschedules into another slot, and counts one never arrived for as a no-show', async () => {
    at('2026-03-12T08:00:00');
    const booked = (
      await applicant.data(BOOK, {
        line: 'COLLECTION',
        slotStart: new Date('2026-03-12T09:00:00+08:00').toISOString(),
        idNumber: idNumber(8),
      })
    ).bookAppointment;
    const moved = await applicant.data(
      `mutation ($id: ID!, $at: DateTime!) { rescheduleAppointment(id: $id, slotStart: $at) { slotStart } }`,
      { id: booked.id, at: new Date('2026-03-12T13:30:00+08:00').toISOString() },
    );
    expect(moved.rescheduleAppointment.slotStart).toBe(new Date('2026-03-12T13:30:00+08:00').toISOString());
    at('2026-03-12T14:00:00');
    const mine = (await applicant.data(`{ myAppointments { id state } }`)).myAppointments;
    expect(mine.find((appointment: { id: string }) => appointment.id === booked.id).state).toBe('NO_SHOW');
    expect(errorCodes(await kiosk.request(ARRIVE, { id: booked.id, idNumber: idNumber(8) }))).toEqual(['CONFLICT']);
  });
});

describe('appointments and the ID card they are booked for', () => {
  const slotAt = (chinaTime: string) => new Date(`${chinaTime}+08:00`).toISOString();
  const fields = (answer: { errors?: ReadonlyArray<{ extensions?: { fields?: Array<{ field: string }> } }> }) =>
    answer.errors?.flatMap((error) => error.extensions?.fields?.map((problem) => problem.field) ?? []);

  it('asks for the ID card at booking, except for an enquiry, and checks its check character', async () => {
    at('2026-03-16T08:00:00');
    const person = await Person.signInAt(kiosk.baseUrl + '/graphql', TEST_SECRET, { sub: 'card-1', role: 'APPLICANT' });
    expect(
      fields(await person.request(BOOK, { line: 'ACCEPTANCE', slotStart: slotAt('2026-03-17T09:00:00') })),
    ).toEqual(['idNumber']);
    const wrong = idNumber(300).slice(0, 17) + (idNumber(300).endsWith('0') ? '1' : '0');
    expect(
      fields(
        await person.request(BOOK, { line: 'ACCEPTANCE', slotStart: slotAt('2026-03-17T09:00:00'), idNumber: wrong }),
      ),
    ).toEqual(['idNumber']);
    expect((await person.data(`{ myAppointments { id } }`)).myAppointments).toEqual([]);
    const enquiry = await person.data(BOOK, { line: 'ENQUIRY', slotStart: slotAt('2026-03-17T09:00:00') });
    expect(enquiry.bookAppointment).toMatchObject({ state: 'BOOKED', idNumber: null });
  });

  it('lets only the card it was booked for arrive, and finds the booking from the card alone', async () => {
    at('2026-03-18T08:00:00');
    const person = await Person.signInAt(kiosk.baseUrl + '/graphql', TEST_SECRET, { sub: 'card-2', role: 'APPLICANT' });
    const card = idNumber(301);
    const booked = (
      await person.data(BOOK, { line: 'ACCEPTANCE', slotStart: slotAt('2026-03-18T10:00:00'), idNumber: card })
    ).bookAppointment;
    expect(booked.idNumber).toBe('110105**********' + card.slice(-2));

    at('2026-03-18T09:40:00');
    const stranger = await kiosk.request(ARRIVE, { id: booked.id, idNumber: idNumber(302) });
    expect(fields(stranger)).toEqual(['idNumber']);
    expect(stranger.errors![0].extensions!.fields![0]).toMatchObject({
      message: 'is not the ID card the appointment was booked for',
    });
    expect(errorCodes(await kiosk.request(ARRIVE, { idNumber: idNumber(302) }))).toEqual(['NOT_FOUND']);
    // Refused arrivals changed nothing: the booking is still there for its card.
    expect((await person.data(`{ myAppointments { id state } }`)).myAppointments).toEqual([
      { id: booked.id, state: 'BOOKED' },
    ]);

    const arrived = (await kiosk.data(ARRIVE, { idNumber: card })).arriveForAppointment;
    expect(arrived).toMatchObject({ line: 'ACCEPTANCE', status: 'WAITING', appointment: { id: booked.id } });
    expect(errorCodes(await kiosk.request(ARRIVE, { idNumber: card }))).toEqual(['NOT_FOUND']);
  });

  it('holds one booking per line and day, and three ahead, for an account however it asks', async () => {
    at('2026-03-19T08:00:00');
    const person = await Person.signInAt(kiosk.baseUrl + '/graphql', TEST_SECRET, { sub: 'card-3', role: 'APPLICANT' });
    const card = idNumber(303);
    const book = (chinaTime: string, line = 'ACCEPTANCE') =>
      person.request(BOOK, { line, slotStart: slotAt(chinaTime), idNumber: card });
    const sameDay = await Promise.all([book('2026-03-20T09:00:00'), book('2026-03-20T14:00:00')]);
    expect(sameDay.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(sameDay.flatMap(errorCodes)).toEqual(['CONFLICT']);
    expect((await book('2026-03-20T14:00:00', 'COLLECTION')).errors).toBeUndefined();
    expect((await book('2026-03-23T09:00:00')).errors).toBeUndefined();
    expect(errorCodes(await book('2026-03-24T09:00:00'))).toEqual(['CONFLICT']);
    const mine = (await person.data(`{ myAppointments { id slotStart } }`)).myAppointments;
    expect(mine).toHaveLength(3);
    // Moving a booking onto a day where the account already has one at the line is refused too.
    const onTwentyThird = mine.find(
      (appointment: { slotStart: string }) => appointment.slotStart === slotAt('2026-03-23T09:00:00'),
    );
    const move = await person.request(
      `mutation ($id: ID!, $at: DateTime!) { rescheduleAppointment(id: $id, slotStart: $at) { slotStart } }`,
      { id: onTwentyThird.id, at: slotAt('2026-03-20T15:00:00') },
    );
    expect(errorCodes(move)).toEqual(['CONFLICT']);
  });
});

describe('identifying a ticket by its QR code', () => {
  it("reads the printed code and tells the window the holder's ID number, earlier tickets and account", async () => {
    at('2026-03-13T08:00:00');
    const person = idNumber(500);
    const booked = (
      await applicant.data(BOOK, {
        line: 'ACCEPTANCE',
        slotStart: new Date('2026-03-13T09:00:00+08:00').toISOString(),
        idNumber: person,
      })
    ).bookAppointment;
    at('2026-03-13T08:30:00');
    await kiosk.data(ARRIVE, { id: booked.id, idNumber: person });
    at('2026-03-13T11:00:00');
    const ticket = await take('COLLECTION', person);

    const png = await fetch(`${kiosk.baseUrl}/hall/tickets/${ticket.id}/qr.png`, {
      headers: { authorization: kiosk.authorization },
    });
    expect(png.headers.get('content-type')).toBe('image/png');
    const scanned = readQrPng(Buffer.from(await png.arrayBuffer()));
    expect(scanned).toMatch(new RegExp(`^${PUBLIC_URL}/rate-visit#[\\w-]{22}$`));
    // Only the kiosk that printed it has the code: neither another applicant nor a window's clerk,
    // who could otherwise rate the visits they serve.
    const clerk = await Person.signInAt(kiosk.baseUrl + '/graphql', TEST_SECRET, officer('WINDOW', 'clerk-hall-9'));
    for (const other of [otherApplicant, clerk]) {
      const refused = await fetch(`${kiosk.baseUrl}/hall/tickets/${ticket.id}/qr.png`, {
        headers: { authorization: other.authorization },
      });
      expect(refused.status).toBe(404);
    }
    expect(errorCodes(await clerk.request(`{ waitingTickets(lines: [COLLECTION]) { qrToken } }`))).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);

    const BY_QR = `query ($qr: String!) { ticketByQr(qrToken: $qr) { idNumber applicantIds ticket { id number } earlierTickets { number line } cases { id } } }`;
    const { ticketByQr } = await kiosk.data(BY_QR, { qr: scanned });
    expect(ticketByQr).toEqual({
      idNumber: person,
      applicantIds: ['applicant-hall-1'],
      ticket: { id: ticket.id, number: 'B001' },
      earlierTickets: [{ number: 'A001', line: 'ACCEPTANCE' }],
      cases: [],
    });
    expect(errorCodes(await applicant.request(BY_QR, { qr: scanned }))).toEqual(['FORBIDDEN']);
    // The ticket the window called is read the same way by its id.
    const BY_ID = `query ($id: ID!) { ticketHolder(ticketId: $id) { idNumber ticket { id } } }`;
    expect((await clerk.data(BY_ID, { id: ticket.id })).ticketHolder).toEqual({
      idNumber: person,
      ticket: { id: ticket.id },
    });
    expect(errorCodes(await kiosk.request(BY_QR, { qr: 'not-a-token' }))).toEqual(['NOT_FOUND']);
  });
});
