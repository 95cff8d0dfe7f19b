import { randomUUID } from 'node:crypto';
import { issueCertificate } from '../../documents/certificates';
import type { Database } from '../../prisma/database';
import { isValidUscc } from '../../domain/codes';
import { FileDocumentStore } from '../../documents/document-store';
import { openTestDatabase } from '../helpers/database';
import { tempDir } from '../helpers/temp-dir';

let database: Database;
const storeDir = tempDir('lianban-documents-');
const store = new FileDocumentStore(storeDir.path);
let itemId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  itemId = (await database.prisma.serviceItem.findFirstOrThrow({ where: { code: 'XC-0001' } })).id;
}, 60_000);

afterAll(async () => {
  await database?.close();
  storeDir.remove();
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
    store,
    settings,
    {
      applicationId,
      applicantId: 'a',
      itemCode: 'XC-0001',
      kind: 'BUSINESS_LICENCE',
      holderName: '北京联办科技有限公司',
    },
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
    store,
    settings,
    {
      applicationId: await newApplication(),
      applicantId: 'a',
      itemCode: 'XC-0004',
      kind: 'SIGNBOARD_APPROVAL',
      holderName: '西城书店',
    },
    new Date('2026-11-26T08:00:00Z'),
  );
  expect(certificate).toMatchObject({ kind: 'SIGNBOARD_APPROVAL', uscc: undefined });
  expect(certificate.number).toMatch(/^XC-0004-2026-\d{6}$/);
});

it("files the certificate as a PDF in the holder's document library, once", async () => {
  const applicationId = await newApplication();
  await issue(applicationId);
  await issue(applicationId);
  const documents = await database.prisma.document.findMany({ where: { id: `certificate-${applicationId}` } });
  expect(documents).toHaveLength(1);
  expect(documents[0]).toMatchObject({
    ownerId: 'a',
    source: 'CERTIFICATE',
    format: 'PDF',
    mediaType: 'application/pdf',
  });
  const certificate = await database.prisma.certificate.findUniqueOrThrow({ where: { applicationId } });
  expect(certificate.documentId).toBe(documents[0].id);
  const chunks: Buffer[] = [];
  for await (const chunk of store.read(documents[0].sha256)) chunks.push(chunk as Buffer);
  const pdf = Buffer.concat(chunks);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBe(documents[0].size);
});
