import { fiveInOneForm } from '../helpers/forms';
import { errorCodes, graphql } from '../helpers/graphql';
import { startTestService, type TestService } from '../helpers/service';

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
}, 120_000);

afterAll(async () => {
  await service?.stop();
});

const ITEM_FIELDS = `
  code version current name nameEn statutoryDays promisedDays warningDays
  agencies { code name nameEn }
  materials { code name required condition formats }
  formSchema
  guide { summary steps { title titleEn detail } tips legalBasis }
`;

describe('the public catalogue over HTTP, with a real Temporal dev server behind it', () => {
  it('reports its database and Temporal as healthy', async () => {
    const response = await fetch(service.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok', temporal: 'ok', worker: 'ok' });
  });

  it('lists the four items of API.md with their agencies in process order', async () => {
    const response = await graphql(
      service.url,
      `
        {
          serviceItems {
            code
            agencies {
              code
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const apiMdItems = response.data!.serviceItems.filter((item: { code: string }) =>
      ['XC-0001', 'XC-0002', 'XC-0003', 'XC-0004'].includes(item.code),
    );
    expect(apiMdItems).toEqual([
      { code: 'XC-0001', agencies: ['WINDOW', 'AIC', 'QTS', 'TAX', 'HRSS', 'STATS'].map((code) => ({ code })) },
      { code: 'XC-0002', agencies: ['WINDOW', 'CULTURE', 'PSB'].map((code) => ({ code })) },
      { code: 'XC-0003', agencies: ['WINDOW', 'TOBACCO'].map((code) => ({ code })) },
      { code: 'XC-0004', agencies: ['WINDOW', 'CITYADMIN'].map((code) => ({ code })) },
    ]);
  });

  it.each([
    ['五证合一', ['XC-0001']],
    ['performance', ['XC-0002']],
    ['xc-0003', ['XC-0003']],
    ['no such thing', []],
  ])('searches by name or code: %s', async (search, codes) => {
    const response = await graphql(
      service.url,
      `
        query ($search: String) {
          serviceItems(search: $search) {
            code
          }
        }
      `,
      {
        variables: { search },
      },
    );
    expect(response.data!.serviceItems.map((item: { code: string }) => item.code)).toEqual(codes);
  });

  it('shows one item with its materials, form schema, limits and guide', async () => {
    const response = await graphql(service.url, `{ serviceItem(code: "XC-0001") { ${ITEM_FIELDS} } }`);
    const item = response.data!.serviceItem;
    expect(item).toMatchObject({
      code: 'XC-0001',
      version: 2,
      current: true,
      statutoryDays: 20,
      promisedDays: 3,
      warningDays: 1,
    });
    expect(item.materials.length).toBeGreaterThanOrEqual(10);
    expect(item.materials[0]).toMatchObject({ code: 'XC-0001-M01', required: true });
    expect(item.formSchema.required).toEqual(
      expect.arrayContaining(['companyName', 'legalRepresentative', 'address', 'businessScope']),
    );
    expect(item.formSchema.properties.companyName.maxLength).toBeGreaterThan(0);
    expect(item.guide.steps.length).toBeGreaterThan(2);
    expect(item.guide.tips.length).toBeGreaterThan(0);
  });

  it('answers null for an unknown code', async () => {
    const response = await graphql(
      service.url,
      `
        {
          serviceItem(code: "XC-9999") {
            code
          }
        }
      `,
    );
    expect(response).toEqual({ data: { serviceItem: null } });
  });

  it('refuses an over-long search with BAD_USER_INPUT naming the argument', async () => {
    const response = await graphql(
      service.url,
      `
        query ($s: String) {
          serviceItems(search: $s) {
            code
          }
        }
      `,
      {
        variables: { s: 'x'.repeat(101) },
      },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toContain('search');
  });

  it('names every problem of a form as its submission would, without submitting it', async () => {
    const check = (formData: object) =>
      graphql(
        service.url,
        `
          query ($formData: JSON!) {
            serviceItem(code: "XC-0001") {
              formProblems(formData: $formData) {
                field
                message
              }
            }
          }
        `,
        { variables: { formData } },
      );
    expect(await check(fiveInOneForm)).toEqual({ data: { serviceItem: { formProblems: [] } } });
    const { companyName: _left, ...withoutName } = fiveInOneForm;
    const problems = await check({
      ...withoutName,
      businessScope: '\u3000',
      legalRepresentative: { name: '张三', idNumber: '110105194912310021' },
    });
    expect(problems.data!.serviceItem.formProblems.map(({ field }: { field: string }) => field).sort()).toEqual([
      'formData.businessScope',
      'formData.companyName',
      'formData.legalRepresentative.idNumber',
    ]);
  });

  it('serves GraphiQL to a browser on GET /graphql', async () => {
    const response = await fetch(service.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('GraphiQL');
  });
});
