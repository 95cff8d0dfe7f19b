import { randomUUID } from 'node:crypto';
import { issueCertificate } from '../../activities/certificates';
import type { Database } from '../../prisma/database';
import { isValidUscc } from '../../workflows/process/codes';
import { openTestDatabase } from '../helpers/database';

let database: Database;
let itemId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  itemId = (await database.prisma.serviceItem.findFirstOrThrow({ where: { code: 'XC-0001' } })).id;
}, 60_000);

afterAll(async () => {
  await database?.close();
});

async function newApplication(): Promise<string> {
  const id = randomUUID();
  await database.prisma.application.create({
    data: { id, itemId, applicantId: 'a', status: 'APPROVED', formData: {}, submittedAt: new Date() },
  });
  return id;
}

const settings = { divisionCode: '110102' };
const issue = (applicationId: string) =>
  issueCertificate(
    database.prisma,
    settings,
    { applicationId, itemCode: 'XC-0001', kind: 'BUSINESS_LICENCE' },
    new Date('2026-11-26T08:00:00Z'),
  );

it('issues once: a retry, or two workers at once, get the same certificate', async () => {
  const applicationId = await newApplication();
  const [first, racing] = await Promise.all([issue(applicationId), issue(applicationId)]);
  const retried = await issue(applicationId);
  expect(racing).toEqual(first);
  expect(retried).toEqual(first);
  expect(await database.prisma.certificate.count({ where: { applicationId } })).toBe(1);
});

it('mints a valid, distinct unified social credit code for every business licence', async () => {
  const codes: string[] = [];
  for (let i = 0; i < 40; i += 1) codes.push((await issue(await newApplication())).uscc!);
  expect(new Set(codes).size).toBe(codes.length);
  for (const code of codes) {
    expect(isValidUscc(code)).toBe(true);
    expect(code.slice(0, 8)).toBe('91110102');
  }
});

it('gives other certificates a number but no credit code', async () => {
  const certificate = await issueCertificate(
    database.prisma,
    settings,
    { applicationId: await newApplication(), itemCode: 'XC-0004', kind: 'SIGNBOARD_APPROVAL' },
    new Date('2026-11-26T08:00:00Z'),
  );
  expect(certificate).toMatchObject({ kind: 'SIGNBOARD_APPROVAL', uscc: undefined });
  expect(certificate.number).toMatch(/^XC-0004-2026-\d{6}$/);
});
