import { createHash } from 'node:crypto';
import { WorkflowNotFoundError } from '@temporalio/client';
import { Client, Connection } from '@temporalio/client';
import { applicationIdSecret } from '../../api/secret';
import { applicationIdFor, requestHashOf } from '../../cases/case-commands';
import { identityNumberCheckCharacter } from '../../domain/codes';
import { localDate } from '../../domain/calendar';
import { errorCodes } from '../helpers/graphql';
import { fiveInOneForm, performanceForm, signboardForm, tobaccoForm } from '../helpers/forms';
import { Person, samplePdf } from '../helpers/lianban-client';
import { startTestService, type TestService } from '../helpers/service';

let service: TestService;
let applicant: Person;
let temporal: Client;

beforeAll(async () => {
  service = await startTestService();
  applicant = await Person.signIn(service, { sub: 'enterprise-bad-input', role: 'APPLICANT' });
  temporal = new Client({ connection: await Connection.connect({ address: service.temporalAddress }) });
}, 120_000);

afterAll(async () => {
  await temporal?.connection.close();
  await service?.stop();
});

const SUBMIT = `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id status } }`;

/** Submits with the documents the item requires unless the input names its own. */
async function submit(input: Record<string, unknown>) {
  const known = ['XC-0001', 'XC-0002', 'XC-0003', 'XC-0004'].includes(input.itemCode as string);
  const documentIds = input.documentIds ?? (known ? await applicant.documentsFor(input.itemCode as string) : []);
  return applicant.request(SUBMIT, { input: { ...input, documentIds } });
}

/** Nothing stored, nothing started: the read model is empty and no workflow has the id. */
async function expectNothingStarted(idempotencyKey: string) {
  expect((await applicant.data('{ myApplications { totalCount } }')).myApplications.totalCount).toBe(0);
  const id = applicationIdFor(applicationIdSecret(service.config), applicant.identity.sub, idempotencyKey);
  await expect(temporal.workflow.getHandle(id).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
}

/** An identity number with a right check character, so only the part under test is wrong. */
const identityNumber = (division: string, birth: string) =>
  `${division}${birth}001${identityNumberCheckCharacter(`${division}${birth}001`)}`;
const withRepresentative = (idNumber: string) => ({
  itemCode: 'XC-0001',
  formData: { ...fiveInOneForm, legalRepresentative: { name: '张三', idNumber } },
});
// Two days ahead in China, so that the test holds when the service's day turns while it runs.
const notYetBorn = localDate(Date.now() + 2 * 86_400_000).replaceAll('-', '');

const badFields = (response: Awaited<ReturnType<typeof submit>>) =>
  (response.errors?.[0]?.extensions?.fields ?? []).map((problem) => problem.field).sort();

describe('a submission with bad input is refused whole, naming every bad field', () => {
  it.each([
    ['an unknown item', { itemCode: 'XC-9999', formData: fiveInOneForm }, ['itemCode']],
    [
      'an empty form',
      { itemCode: 'XC-0001', formData: {} },
      ['formData.address', 'formData.businessScope', 'formData.companyName', 'formData.legalRepresentative'],
    ],
    [
      'a bad identity check character',
      {
        itemCode: 'XC-0001',
        formData: { ...fiveInOneForm, legalRepresentative: { name: '张三', idNumber: '110105194912310021' } },
      },
      ['formData.legalRepresentative.idNumber'],
    ],
    [
      'an impossible birth date',
      {
        itemCode: 'XC-0001',
        formData: { ...fiveInOneForm, legalRepresentative: { name: '张三', idNumber: '110105194902310026' } },
      },
      ['formData.legalRepresentative.idNumber'],
    ],
    [
      'wrong types',
      { itemCode: 'XC-0001', formData: { ...fiveInOneForm, companyName: 42, registeredCapital: 'lots' } },
      ['formData.companyName', 'formData.registeredCapital'],
    ],
    [
      'a capital of zero',
      { itemCode: 'XC-0001', formData: { ...fiveInOneForm, registeredCapital: 0 } },
      ['formData.registeredCapital'],
    ],
    [
      'a field the item does not have',
      { itemCode: 'XC-0001', formData: { ...fiveInOneForm, shoeSize: 42 } },
      ['formData.shoeSize'],
    ],
    [
      'an over-long name',
      { itemCode: 'XC-0001', formData: { ...fiveInOneForm, companyName: '公'.repeat(101) } },
      ['formData.companyName'],
    ],
    ['a form that is a list', { itemCode: 'XC-0001', formData: [fiveInOneForm] }, ['formData']],
    ['an audience of zero', { itemCode: 'XC-0002', formData: performanceForm(0) }, ['formData.expectedAudience']],
    [
      'a date that is not a date',
      { itemCode: 'XC-0002', formData: { ...performanceForm(10), startsAt: 'next Friday' } },
      ['formData.startsAt'],
    ],
    [
      'a company name of spaces',
      { itemCode: 'XC-0001', formData: { ...fiveInOneForm, companyName: '   ' } },
      ['formData.companyName'],
    ],
    [
      "a person's name of ideographic spaces",
      {
        itemCode: 'XC-0001',
        formData: {
          ...fiveInOneForm,
          legalRepresentative: { ...fiveInOneForm.legalRepresentative, name: '\u3000\u3000' },
        },
      },
      ['formData.legalRepresentative.name'],
    ],
    [
      'an address of invisible characters',
      { itemCode: 'XC-0001', formData: { ...fiveInOneForm, address: '\u200b\u00a0\u2060' } },
      ['formData.address'],
    ],
    [
      "an operator's and a shop's name of whitespace",
      { itemCode: 'XC-0003', formData: { ...tobaccoForm, operatorName: '\t', shopName: ' \n ' } },
      ['formData.operatorName', 'formData.shopName'],
    ],
    [
      'a sign text of a space',
      { itemCode: 'XC-0004', formData: { ...signboardForm, signText: ' ' } },
      ['formData.signText'],
    ],
    [
      'an identity number of someone not yet born',
      withRepresentative(identityNumber('110105', notYetBorn)),
      ['formData.legalRepresentative.idNumber'],
    ],
    [
      'an identity number born on 30 February',
      withRepresentative(identityNumber('110105', '19900230')),
      ['formData.legalRepresentative.idNumber'],
    ],
    [
      'an identity number from division 000000',
      withRepresentative(identityNumber('000000', '19491231')),
      ['formData.legalRepresentative.idNumber'],
    ],
    [
      'an identity number from a province that does not exist',
      withRepresentative(identityNumber('990101', '19491231')),
      ['formData.legalRepresentative.idNumber'],
    ],
    [
      'a capital of 1e308',
      { itemCode: 'XC-0001', formData: { ...fiveInOneForm, registeredCapital: 1e308 } },
      ['formData.registeredCapital'],
    ],
    [
      'a capital past ten trillion yuan',
      { itemCode: 'XC-0001', formData: { ...fiveInOneForm, registeredCapital: 1e13 + 1 } },
      ['formData.registeredCapital'],
    ],
    [
      'a capital of less than one fen',
      { itemCode: 'XC-0001', formData: { ...fiveInOneForm, registeredCapital: 1e-300 } },
      ['formData.registeredCapital'],
    ],
    [
      'a form of 100 kB',
      { itemCode: 'XC-0001', formData: { ...fiveInOneForm, businessScope: 'x'.repeat(100_000) } },
      ['formData'],
    ],
  ])('%s', async (_case, input, fields) => {
    const key = `bad-${_case}`;
    const response = await submit({ ...input, idempotencyKey: key });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(badFields(response)).toEqual(fields);
    for (const field of fields) expect(response.errors![0].message).toContain(field);
    await expectNothingStarted(key);
  });

  it('says what is wrong with an identity number', async () => {
    const response = await submit({
      itemCode: 'XC-0001',
      formData: { ...fiveInOneForm, legalRepresentative: { name: '张三', idNumber: '110105194912310021' } },
    });
    expect(response.errors![0].message).toMatch(/idNumber: .*check character/);
  });

  it('refuses a capital written as 1e400, which JSON reads as Infinity', async () => {
    const documentIds = await applicant.documentsFor('XC-0001');
    const input = { itemCode: 'XC-0001', formData: fiveInOneForm, documentIds, idempotencyKey: 'capital-1e400' };
    const body = JSON.stringify({ query: SUBMIT, variables: { input } }).replace(
      '"registeredCapital":1000000',
      '"registeredCapital":1e400',
    );
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: applicant.authorization },
      body,
    });
    expect(badFields(await response.json())).toEqual(['formData.registeredCapital']);
    await expectNothingStarted('capital-1e400');
  });

  it('refuses a request body over 1 MB cleanly, with a code', async () => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SUBMIT,
        variables: { input: { itemCode: 'XC-0001', formData: { a: 'x'.repeat(2_000_000) } } },
      }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: expect.stringContaining('larger than'), extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('refuses a body that is not JSON', async () => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a GraphQL type error before any resolver runs', async () => {
    const response = await applicant.request(`mutation { submitApplication(input: { itemCode: "XC-0001" }) { id } }`);
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('idempotency', () => {
  const CONFLICT = { code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' };
  const keyReused = (response: Awaited<ReturnType<typeof submit>>) => {
    expect(response.data).toBeNull();
    return response.errors?.map((error) => ({ ...error.extensions }));
  };

  it('refuses a key used before with other input, whatever differs, and changes nothing', async () => {
    const person = await Person.signIn(service, { sub: 'enterprise-reuser', role: 'APPLICANT' });
    const first = await person.submit('XC-0001', fiveInOneForm, 'reused');
    const documentIds = await person.documentsFor('XC-0001');
    const again = (input: Record<string, unknown>) =>
      person.request(SUBMIT, {
        input: { itemCode: 'XC-0001', formData: fiveInOneForm, documentIds, idempotencyKey: 'reused', ...input },
      });

    expect(keyReused(await again({ formData: { ...fiveInOneForm, companyName: '北京另一家科技有限公司' } }))).toEqual([
      CONFLICT,
    ]);
    expect(
      keyReused(
        await again({
          itemCode: 'XC-0002',
          formData: performanceForm(10),
          documentIds: await person.documentsFor('XC-0002'),
        }),
      ),
    ).toEqual([CONFLICT]);
    const extra = await person.upload(samplePdf('another proof of premises'), 'premises.pdf', 'XC-0001-M07');
    expect(
      keyReused(await again({ documentIds: [...documentIds.filter((id) => id !== documentIds[6]), extra.id] })),
    ).toEqual([CONFLICT]);

    expect((await person.data('{ myApplications { nodes { id } } }')).myApplications.nodes).toEqual([{ id: first.id }]);
    expect(await person.application(first.id)).toMatchObject({ formData: fiveInOneForm, status: 'SUBMITTED' });
    expect((await again({})).data?.submitApplication).toMatchObject({ id: first.id });
  });

  it('goes on with a key recorded for this input whose case never started (a crash between the two)', async () => {
    const person = await Person.signIn(service, { sub: 'enterprise-interrupted', role: 'APPLICANT' });
    const documentIds = await person.documentsFor('XC-0001');
    const input = { itemCode: 'XC-0001', formData: fiveInOneForm, documentIds, idempotencyKey: 'interrupted' };
    const applicationId = applicationIdFor(applicationIdSecret(service.config), person.identity.sub, 'interrupted');
    await service.prisma.submissionRequest.create({ data: { applicationId, requestHash: requestHashOf(input) } });

    const other = { ...input, formData: { ...fiveInOneForm, companyName: '北京另一家科技有限公司' } };
    expect(keyReused(await person.request(SUBMIT, { input: other }))).toEqual([CONFLICT]);
    const response = await person.request(SUBMIT, { input });
    expect(response.data?.submitApplication).toMatchObject({ id: applicationId, status: 'SUBMITTED' });
  });

  it('keeps a key free while its input is refused, so the corrected input may use it', async () => {
    const person = await Person.signIn(service, { sub: 'enterprise-corrector', role: 'APPLICANT' });
    const documentIds = await person.documentsFor('XC-0001');
    const bad = {
      itemCode: 'XC-0001',
      formData: { ...fiveInOneForm, companyName: ' ' },
      documentIds,
      idempotencyKey: 'fixed',
    };
    expect(errorCodes(await person.request(SUBMIT, { input: bad }))).toEqual(['BAD_USER_INPUT']);
    const fixed = await person.submit('XC-0001', fiveInOneForm, 'fixed');
    expect(fixed.formData).toEqual(fiveInOneForm);
  });

  it('starts one case when two different inputs race for one key, and refuses the other', async () => {
    const person = await Person.signIn(service, { sub: 'enterprise-racer', role: 'APPLICANT' });
    const documentIds = await person.documentsFor('XC-0001');
    const names = ['北京甲科技有限公司', '北京乙科技有限公司'];
    const answers = await Promise.all(
      names.map((companyName) =>
        person.request(SUBMIT, {
          input: {
            itemCode: 'XC-0001',
            formData: { ...fiveInOneForm, companyName },
            documentIds,
            idempotencyKey: 'race',
          },
        }),
      ),
    );
    const won = answers.filter((answer) => !answer.errors);
    expect(won).toHaveLength(1);
    expect(answers.flatMap((answer) => answer.errors ?? []).map((error) => ({ ...error.extensions }))).toEqual([
      CONFLICT,
    ]);
    const { id } = won[0].data!.submitApplication as { id: string };
    const winner = names[answers.indexOf(won[0])];
    expect((await person.application(id)).formData.companyName).toBe(winner);
  });

  it('returns the same application for the same key from the same applicant, and starts one case', async () => {
    const other = await Person.signIn(service, { sub: 'enterprise-other', role: 'APPLICANT' });
    const first = await other.submit('XC-0001', fiveInOneForm, 'form-42');
    const again = await other.submit('XC-0001', fiveInOneForm, 'form-42');
    expect(again.id).toBe(first.id);
    expect((await other.data('{ myApplications { nodes { id } } }')).myApplications.nodes).toEqual([{ id: first.id }]);
    const stranger = await Person.signIn(service, { sub: 'enterprise-stranger', role: 'APPLICANT' });
    expect((await stranger.submit('XC-0001', fiveInOneForm, 'form-42')).id).not.toBe(first.id);
  });

  it("draws the case id with the service's secret, so nobody can compute another person's", async () => {
    const other = await Person.signIn(service, { sub: 'enterprise-keyed', role: 'APPLICANT' });
    const { id } = await other.submit('XC-0001', fiveInOneForm, 'form-7');
    expect(id).toBe(applicationIdFor(applicationIdSecret(service.config), 'enterprise-keyed', 'form-7'));
    const unkeyed = createHash('sha256').update('enterprise-keyed\u0000form-7').digest('hex');
    expect(id.replaceAll('-', '')).not.toBe(unkeyed.slice(0, 32));
    expect(id).not.toBe(applicationIdFor('another-service-secret-of-enough-length', 'enterprise-keyed', 'form-7'));
  });
});

describe('documents on a submission', () => {
  it("refuses someone else's document, or one that is not there, without saying which is which", async () => {
    const stranger = await Person.signIn(service, { sub: 'enterprise-stranger-docs', role: 'APPLICANT' });
    const theirs = await stranger.upload(samplePdf('not yours'), 'theirs.pdf', 'XC-0002-M01');
    const required = await applicant.documentsFor('XC-0002');
    const response = await submit({
      itemCode: 'XC-0002',
      formData: performanceForm(10),
      documentIds: [...required.slice(1)],
      documents: [
        { documentId: theirs.id, materialCode: 'XC-0002-M01' },
        { documentId: 'no-such-document', materialCode: 'XC-0002-M06' },
      ],
      idempotencyKey: 'foreign-documents',
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(badFields(response)).toEqual(['documents.XC-0002-M01', 'documents[0]', 'documents[1]']);
    expect(response.errors![0].message).toContain(`no document ${theirs.id} of yours`);
    await expectNothingStarted('foreign-documents');
  });

  it('refuses a document for a material that does not take its format', async () => {
    const png = await applicant.upload(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
      'form.png',
    );
    const required = await applicant.documentsFor('XC-0002');
    const response = await submit({
      itemCode: 'XC-0002',
      formData: performanceForm(10),
      documentIds: required.slice(1),
      documents: [{ documentId: png.id, materialCode: 'XC-0002-M01' }],
    });
    expect(badFields(response)).toEqual(['documents.XC-0002-M01', 'documents[0]']);
    expect(response.errors![0].message).toContain('accepts PDF, OFD, not PNG');
  });
});
