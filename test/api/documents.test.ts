import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fiveInOneForm } from '../helpers/forms';
import { errorCodes } from '../helpers/graphql';
import { officer, Person, samplePdf, waitForStatus } from '../helpers/lianban-client';
import { startTestService, type TestService } from '../helpers/service';
import { storedZip } from '../helpers/zip';
import { UPLOAD_CLEANUP_SCHEDULE_ID } from '../../workflows/upload-cleanup-contract';

const MAX = 64 * 1024;
const QUOTA = 4 * MAX;
let service: TestService;
let applicant: Person;
const people: Record<string, Person> = {};
const FIVE = ['AIC', 'QTS', 'TAX', 'HRSS', 'STATS'] as const;
const tobaccoForm = {
  shopName: '北京联办科技有限公司西单店',
  address: '北京市西城区西单北大街1号',
  operatorName: '张三',
  operatorIdNumber: '11010519491231002X',
  businessArea: 30,
};

beforeAll(async () => {
  service = await startTestService({ DOCUMENT_MAX_BYTES: String(MAX), DOCUMENT_UNATTACHED_QUOTA_BYTES: String(QUOTA) });
  applicant = await Person.signIn(service, { sub: 'enterprise-docs', role: 'APPLICANT' });
  for (const agency of ['WINDOW', ...FIVE, 'CULTURE', 'TOBACCO'] as const)
    people[agency] = await Person.signIn(service, officer(agency));
  people.otherApplicant = await Person.signIn(service, { sub: 'enterprise-nosy', role: 'APPLICANT' });
  people.auditor = await Person.signIn(service, { sub: 'auditor-docs', role: 'AUDITOR' });
}, 120_000);

afterAll(async () => {
  await service?.stop();
});

const storeDir = () => path.join(service.config.dataDir, 'documents');
function blobFiles(): string[] {
  return readdirSync(storeDir(), { recursive: true, encoding: 'utf8' }).filter((file) => /[0-9a-f]{64}$/.test(file));
}
const incoming = () => readdirSync(path.join(storeDir(), 'incoming'));

async function download(person: Person | undefined, url: string) {
  const response = await fetch(`${applicant.baseUrl}${url}`, {
    headers: person ? { authorization: person.authorization } : {},
  });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

describe('uploading', () => {
  it('stores a document and serves the same bytes back to its owner', async () => {
    const content = samplePdf('articles of association');
    const document = await applicant.upload(content, '公司章程.pdf', 'XC-0001-M03');
    expect(document).toMatchObject({
      name: '公司章程.pdf',
      size: content.length,
      format: 'PDF',
      mediaType: 'application/pdf',
      materialCode: 'XC-0001-M03',
      source: 'UPLOAD',
    });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    const fetched = await download(applicant, document.downloadUrl);
    expect(fetched.status).toBe(200);
    expect(fetched.body.equals(content)).toBe(true);
    expect(fetched.headers.get('content-type')).toBe('application/pdf');
    expect(fetched.headers.get('x-content-type-options')).toBe('nosniff');
    expect(fetched.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(fetched.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect((await download(people.otherApplicant, document.downloadUrl)).status).toBe(404);
  });

  it('keeps identical content once, whoever uploads it', async () => {
    const content = samplePdf('the very same bytes');
    const before = blobFiles().length;
    const first = await applicant.upload(content, 'a.pdf');
    const second = await people.otherApplicant.upload(content, 'b.pdf');
    expect(second.sha256).toBe(first.sha256);
    expect(second.id).not.toBe(first.id);
    expect(blobFiles().length).toBe(before + 1);
  });

  it.each([
    [
      'a Windows program named .pdf',
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]),
      'invoice.pdf',
      'a Windows executable',
    ],
    [
      'a Linux program named .pdf',
      Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(100)]),
      'scan.pdf',
      'an ELF executable',
    ],
    [
      'a truncated ZIP',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]),
      'form.ofd',
      'a damaged ZIP archive',
    ],
    [
      'a ZIP that only mentions OFD.xml',
      storedZip({ 'readme.txt': 'see OFD.xml' }),
      'form.ofd',
      'a ZIP archive without OFD.xml at its root',
    ],
    [
      'a ZIP with OFD.xml in a folder',
      storedZip({ 'Doc_0/OFD.xml': '<ofd:OFD/>' }),
      'form.ofd',
      'a ZIP archive without OFD.xml at its root',
    ],
    [
      'an HTML page behind a PDF header',
      Buffer.from('%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n'),
      'invoice.pdf',
      'begins like a PDF but is not a readable one',
    ],
    ['an empty file', Buffer.alloc(0), 'empty.pdf', 'empty'],
    [
      'a PNG for a material that takes PDF and OFD only',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
      'form.png',
      'accepts PDF, OFD',
    ],
  ])('refuses %s, keeping nothing', async (_case, content, name, reason) => {
    const before = { blobs: blobFiles().length, documents: await service.prisma.document.count() };
    const { body } = await applicant.uploadRaw(content, name, name === 'form.png' ? 'XC-0001-M01' : undefined);
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0].message).toContain(reason);
    expect(body.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'file' })]);
    expect({ blobs: blobFiles().length, documents: await service.prisma.document.count() }).toEqual(before);
    expect(incoming()).toEqual([]);
  });

  it('takes an OFD package, a ZIP with OFD.xml at its root', async () => {
    const content = storedZip({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<ofd:Document/>' });
    expect(await applicant.upload(content, '营业执照.ofd', 'XC-0001-M03')).toMatchObject({
      format: 'OFD',
      mediaType: 'application/ofd',
    });
  });

  it('refuses a document over the size limit, keeping nothing', async () => {
    const before = blobFiles().length;
    const { body } = await applicant.uploadRaw(samplePdf('x'.repeat(MAX / 4)), 'big.pdf');
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0].message).toContain(`larger than ${MAX} bytes`);
    const huge = await applicant.uploadRaw(samplePdf('x'.repeat(MAX * 4)), 'huge.pdf');
    expect(huge.status).toBe(413);
    expect(errorCodes(huge.body)).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(blobFiles().length).toBe(before);
    expect(incoming()).toEqual([]);
  });

  it('is for applicants', async () => {
    const { body } = await people.AIC.uploadRaw(samplePdf('officer'), 'x.pdf');
    expect(errorCodes(body)).toEqual(['FORBIDDEN']);
  });
});

describe('sharing a case’s documents', () => {
  let caseId: string;
  let url: string;

  beforeAll(async () => {
    caseId = (await applicant.submit('XC-0001', fiveInOneForm)).id;
    await people.WINDOW.review(caseId);
    const application = await applicant.data(
      `query ($id: ID!) { application(id: $id) { documents { materialCode version current downloadUrl document { sha256 } } materialChecklist { code required provided } } }`,
      { id: caseId },
    );
    url = application.application.documents.find(
      (document: { materialCode: string }) => document.materialCode === 'XC-0001-M01',
    ).downloadUrl;
    expect(
      application.application.materialChecklist
        .filter((line: { required: boolean }) => line.required)
        .every((line: { provided: boolean }) => line.provided),
    ).toBe(true);
  });

  it.each([
    ['the applicant', 'applicant', 200],
    ['a reviewing agency', 'AIC', 200],
    ['the window', 'WINDOW', 200],
    ['an auditor', 'auditor', 200],
    // Not yours reads as not there.
    ['an agency with no task on it', 'CULTURE', 404],
    ['another applicant', 'otherApplicant', 404],
    ['nobody signed in', undefined, 401],
  ])('%s (%s) gets HTTP %i', async (_who, key, status) => {
    const person = key === 'applicant' ? applicant : key ? people[key] : undefined;
    expect((await download(person, url)).status).toBe(status);
  });

  it('records every read in the case timeline: who read which document when', async () => {
    const before = await service.prisma.timelineEntry.count({
      where: { applicationId: caseId, action: 'DOCUMENT_READ' },
    });
    await download(people.QTS, url);
    const reads = await service.prisma.timelineEntry.findMany({
      where: { applicationId: caseId, action: 'DOCUMENT_READ' },
      orderBy: { position: 'asc' },
    });
    expect(reads.length).toBe(before + 1);
    expect(reads.at(-1)).toMatchObject({
      actor: 'officer-QTS',
      agencyCode: 'QTS',
      detail: expect.stringContaining('XC-0001-M01 v1'),
    });
    expect((await download(people.CULTURE, url)).status).toBe(404);
    expect(
      await service.prisma.timelineEntry.count({
        where: { applicationId: caseId, action: 'DOCUMENT_READ', actor: 'officer-CULTURE' },
      }),
    ).toBe(0);
    const verification = await people.auditor.data(`query ($id: ID!) { verifyAudit(id: $id) { intact } }`, {
      id: caseId,
    });
    expect(verification.verifyAudit.intact).toBe(true);
  });

  it('replaces a corrected material and keeps the earlier version for reviewers', async () => {
    await people.QTS.review(caseId, {
      decision: 'REQUEST_CORRECTION',
      corrections: [{ material: 'XC-0001-M05', reason: '身份证件不清晰' }],
    });
    const replacement = await applicant.upload(samplePdf('a clearer scan'), '法定代表人身份证.pdf');
    await applicant.data(
      `mutation ($id: ID!, $input: SupplementInput!) { supplementApplication(id: $id, input: $input) { status } }`,
      {
        id: caseId,
        input: { documents: [{ materialCode: 'XC-0001-M05', documentId: replacement.id }] },
      },
    );
    const { application } = await people.QTS.data(
      `query ($id: ID!) { application(id: $id) { documents(includeReplaced: true) { materialCode version current replacedAt downloadUrl document { id } } } }`,
      { id: caseId },
    );
    const versions = application.documents.filter(
      (document: { materialCode: string }) => document.materialCode === 'XC-0001-M05',
    );
    expect(versions.map((version: any) => [version.version, version.current, version.replacedAt === null])).toEqual([
      [2, true, true],
      [1, false, false],
    ]);
    expect(versions[0].document.id).toBe(replacement.id);
    expect((await download(people.QTS, versions[1].downloadUrl)).status).toBe(200);
  });
});

describe('the electronic licence library', () => {
  it('files an issued licence as a document that a later case attaches without uploading', async () => {
    const { id } = await applicant.submit('XC-0001', fiveInOneForm);
    await people.WINDOW.review(id);
    for (const agency of FIVE) await people[agency].review(id);
    const issued = await waitForStatus(applicant, id, 'ISSUED');

    const library = (await applicant.data(`{ myDocuments { nodes { id name source format } } }`)).myDocuments
      .nodes as Array<Record<string, string>>;
    const licence = library.find((document) => document.source === 'CERTIFICATE')!;
    expect(licence).toMatchObject({ format: 'PDF', name: expect.stringContaining(issued.certificate.number) });
    const pdf = await download(applicant, `/documents/${licence.id}`);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');

    const uploads = (await applicant.documentsFor('XC-0003')).slice();
    const materials = (await applicant.data(`{ serviceItem(code: "XC-0003") { materials { code required } } }`))
      .serviceItem.materials;
    const licenceIndex = materials
      .filter((material: { required: boolean }) => material.required)
      .findIndex((material: { code: string }) => material.code === 'XC-0003-M03');
    uploads.splice(licenceIndex, 1);
    const tobacco = await applicant.data(
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id documents { materialCode document { id source } } } }`,
      {
        input: {
          itemCode: 'XC-0003',
          formData: tobaccoForm,
          documentIds: uploads,
          documents: [{ documentId: licence.id, materialCode: 'XC-0003-M03' }],
        },
      },
    );
    const attached = tobacco.submitApplication.documents.find(
      (document: { materialCode: string }) => document.materialCode === 'XC-0003-M03',
    );
    expect(attached.document).toEqual({ id: licence.id, source: 'CERTIFICATE' });
    await people.WINDOW.review(tobacco.submitApplication.id);
    const fetched = await download(
      people.TOBACCO,
      `/applications/${tobacco.submitApplication.id}/documents/${licence.id}`,
    );
    expect(fetched.status).toBe(200);
    expect(fetched.body.equals(pdf.body)).toBe(true);
  });
});

describe('uploads no case holds', () => {
  /** Same-sized PDFs, different content: about 60 KB each, so four fit the quota and a fifth does not. */
  const sized = (marker: string) => samplePdf(`${marker.padEnd(20, '.')}${'q'.repeat(14_990)}`);
  const DELETE = 'mutation ($id: ID!) { deleteDocument(id: $id) }';

  it('are held to a quota per person, also when sent at once, keeping nothing over it', async () => {
    const hoarder = await Person.signIn(service, { sub: 'enterprise-hoarder', role: 'APPLICANT' });
    const size = sized('x').length;
    expect(Math.floor(QUOTA / size)).toBe(4);
    const blobsBefore = blobFiles().length;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) => hoarder.uploadRaw(sized(`upload ${index}`), `${index}.pdf`)),
    );
    const kept = answers.filter((answer) => !answer.body.errors);
    const refused = answers.filter((answer) => answer.body.errors);
    expect(kept).toHaveLength(4);
    for (const answer of refused) {
      expect(errorCodes(answer.body)).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors![0].message).toContain(`of your ${QUOTA} bytes`);
    }
    expect(await service.prisma.document.count({ where: { ownerId: 'enterprise-hoarder' } })).toBe(4);
    expect(blobFiles().length).toBe(blobsBefore + 4);

    // Deleting one makes room; one another person holds, or none, is not there to delete.
    const first = (kept[0].body.data as { uploadDocument: { id: string } }).uploadDocument.id;
    expect(errorCodes(await applicant.request(DELETE, { id: first }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await hoarder.request(DELETE, { id: 'no-such-document' }))).toEqual(['NOT_FOUND']);
    expect(await hoarder.data(DELETE, { id: first })).toEqual({ deleteDocument: true });
    expect(blobFiles().length).toBe(blobsBefore + 3);
    expect((await hoarder.uploadRaw(sized('after a deletion'), 'again.pdf')).body.errors).toBeUndefined();
  });

  it('are deleted by the hourly schedule once unused for the kept days; what a case holds stays', async () => {
    const keeper = await Person.signIn(service, { sub: 'enterprise-keeper', role: 'APPLICANT' });
    const old = await keeper.upload(samplePdf('old and unused'), 'old.pdf');
    const recent = await keeper.upload(samplePdf('recent and unused'), 'recent.pdf');
    const named = await keeper.upload(samplePdf('old, named by a submission lately'), 'named.pdf');
    const held = await service.prisma.applicationDocument.findFirstOrThrow({ select: { documentId: true } });
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600_000);
    await service.prisma.document.updateMany({
      where: { id: { in: [old.id, named.id, held.documentId] } },
      data: { createdAt: eightDaysAgo },
    });
    // A submission names it, even one refused for its form: a case may be about to hold it.
    const refused = await keeper.request(
      'mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }',
      {
        input: {
          itemCode: 'XC-0001',
          formData: {},
          documents: [{ documentId: named.id, materialCode: 'XC-0001-M03' }],
        },
      },
    );
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    const deleting = await keeper.request('mutation ($id: ID!) { deleteDocument(id: $id) }', { id: named.id });
    expect(errorCodes(deleting)).toEqual(['CONFLICT']);
    expect(deleting.errors![0].extensions!.reason).toBe('DOCUMENT_NAMED');

    // What crashes leave behind: a stored file no document names, a half-received upload.
    const stray = createHash('sha256').update('stray').digest('hex');
    const strayFile = path.join(storeDir(), stray.slice(0, 2), stray.slice(2, 4), stray);
    const halfReceived = path.join(storeDir(), 'incoming', 'half-received');
    mkdirSync(path.dirname(strayFile), { recursive: true });
    writeFileSync(strayFile, 'stray');
    writeFileSync(halfReceived, 'half');
    for (const file of [strayFile, halfReceived]) utimesSync(file, eightDaysAgo, eightDaysAgo);

    const schedule = service.temporal.schedule.getHandle(UPLOAD_CLEANUP_SCHEDULE_ID);
    const described = await schedule.describe();
    expect(described.spec.intervals).toEqual([expect.objectContaining({ every: 3600_000 })]);
    expect(described.action).toMatchObject({ workflowType: 'uploadCleanupWorkflow', args: [7] });
    const earlierRuns = described.info.recentActions.length;
    await schedule.trigger();
    let workflowId: string | undefined;
    for (let attempt = 0; !workflowId && attempt < 100; attempt++) {
      workflowId = (await schedule.describe()).info.recentActions[earlierRuns]?.action.workflow.workflowId;
      if (!workflowId) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const result = await service.temporal.workflow.getHandle(workflowId!).result();
    expect(result).toEqual({ documents: 1, bytes: old.size, blobs: 1, strays: { files: 1, abandoned: 1 } });
    expect(existsSync(strayFile) || existsSync(halfReceived)).toBe(false);

    const left = await service.prisma.document.findMany({
      where: { id: { in: [old.id, recent.id, named.id, held.documentId] } },
      select: { id: true },
    });
    expect(left.map((document) => document.id).sort()).toEqual([recent.id, named.id, held.documentId].sort());
    expect(blobFiles().some((file) => file.endsWith(old.sha256))).toBe(false);
  });
});
