import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { CertificateKind } from '../../domain/definition';
import { readCatalogueDirectory } from '../../service-items/catalogue-files';
import type { CatalogueItemDefinition } from '../../service-items/item-definition';
import { exampleForms } from '../helpers/forms';

const { agencies, items: catalogue } = readCatalogueDirectory();

function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addFormat('cn-resident-id', /^[0-9]{17}[0-9X]$/);
  return ajv;
}

function item(code: string): CatalogueItemDefinition {
  const found = catalogue.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`catalogue item ${code} is missing`);
  return found;
}

const contract: [code: string, reviewers: string[], certificate: CertificateKind][] = [
  ['XC-0001', ['AIC', 'QTS', 'TAX', 'HRSS', 'STATS'], 'BUSINESS_LICENCE'],
  ['XC-0002', ['CULTURE', 'PSB'], 'PERFORMANCE_PERMIT'],
  ['XC-0003', ['TOBACCO'], 'TOBACCO_RETAIL_LICENCE'],
  ['XC-0004', ['CITYADMIN'], 'SIGNBOARD_APPROVAL'],
];

/** The items of API.md with the forms these tests were written against; the others' from the helpers. */
const validForms: Record<string, Record<string, unknown>> = {
  ...exampleForms,
  'XC-0001': {
    companyName: '北京西城联办科技有限公司',
    legalRepresentative: { name: '张三', idNumber: '11010519491231002X' },
    registeredCapital: 1_000_000,
    address: '北京市西城区金融大街1号',
    businessScope: '技术开发、技术咨询、技术服务',
  },
  'XC-0002': {
    performanceTitle: '春季民乐音乐会',
    venue: '北京市西城区某剧场',
    startsAt: '2026-05-01',
    expectedAudience: 800,
  },
  'XC-0003': {
    shopName: '西城便民超市',
    address: '北京市西城区西四北大街10号',
    operatorName: '李四',
    operatorIdNumber: '110102198001010017',
    businessArea: 35.5,
  },
  'XC-0004': {
    shopName: '西城老字号茶庄',
    address: '北京市西城区大栅栏街5号',
    signText: '西城老字号茶庄',
    widthMetres: 4.2,
    heightMetres: 0.8,
    illuminated: true,
  },
};

const itemCases = catalogue.map((entry) => [entry.code, entry] as const);

describe('catalogue', () => {
  it('holds every API.md item, and each code once', () => {
    const codes = catalogue.map((entry) => entry.code);
    expect(codes).toEqual(expect.arrayContaining(['XC-0001', 'XC-0002', 'XC-0003', 'XC-0004']));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('defines each agency code exactly once', () => {
    const codes = agencies.map((agency) => agency.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const agency of agencies) {
      expect(agency.name).toMatch(/\p{Script=Han}/u);
      expect(agency.nameEn).not.toBe('');
    }
  });

  it.each(contract)('%s: window acceptance, then %j in parallel, then %s', (code, reviewers, certificate) => {
    const { process } = item(code);
    expect(process.stages.map((stage) => stage.name)).toEqual(['ACCEPTANCE', 'JOINT_REVIEW']);
    expect(process.stages[0].reviewers).toEqual([{ agency: 'WINDOW' }]);
    expect(process.stages[1].reviewers.map((reviewer) => reviewer.agency)).toEqual(reviewers);
    expect(process.issuance.certificate).toBe(certificate);
  });

  it('brings in public security only from 5000 expected spectators', () => {
    const psb = item('XC-0002').process.stages[1].reviewers.find((r) => r.agency === 'PSB');
    expect(psb?.when).toEqual({ field: 'expectedAudience', op: 'gte', value: 5000 });
    const culture = item('XC-0002').process.stages[1].reviewers.find((r) => r.agency === 'CULTURE');
    expect(culture?.when).toBeUndefined();
  });

  describe.each(itemCases)('%s', (code, entry) => {
    it('is a published version and promises no more than the law allows', () => {
      expect(Number.isInteger(entry.version)).toBe(true);
      expect(entry.version).toBeGreaterThanOrEqual(1);
      expect(Number.isInteger(entry.statutoryDays)).toBe(true);
      expect(Number.isInteger(entry.promisedDays)).toBe(true);
      expect(entry.promisedDays).toBeGreaterThan(0);
      expect(entry.promisedDays).toBeLessThanOrEqual(entry.statutoryDays);
    });

    it('names only catalogued agencies in its process', () => {
      const known = new Set(agencies.map((agency) => agency.code));
      for (const stage of entry.process.stages) {
        expect(stage.reviewers.length).toBeGreaterThan(0);
        for (const reviewer of stage.reviewers) expect(known).toContain(reviewer.agency);
      }
    });

    it('numbers its materials uniquely under its own code', () => {
      const codes = entry.materials.map((material) => material.code);
      expect(new Set(codes).size).toBe(codes.length);
      codes.forEach((materialCode, index) => {
        expect(materialCode).toBe(`${code}-M${String(index + 1).padStart(2, '0')}`);
      });
    });

    it('says when each optional material is needed, and offers at least one format', () => {
      for (const material of entry.materials) {
        expect(material.required).toBe(material.condition === undefined);
        if (material.condition !== undefined) expect(material.condition).not.toBe('');
        expect(material.formats.length).toBeGreaterThan(0);
        expect(new Set(material.formats).size).toBe(material.formats.length);
      }
    });

    it('conditions reviewers only on required form fields', () => {
      const schema = entry.formSchema as { properties: Record<string, unknown>; required: string[] };
      for (const stage of entry.process.stages) {
        for (const reviewer of stage.reviewers) {
          if (reviewer.when && 'field' in reviewer.when) expect(schema.required).toContain(reviewer.when.field);
        }
      }
    });

    it('gives every form field a Chinese title and an English description', () => {
      const visit = (properties: Record<string, Record<string, unknown>>, path: string): void => {
        for (const [name, property] of Object.entries(properties)) {
          expect({ field: `${path}${name}`, title: property.title }).toEqual({
            field: `${path}${name}`,
            title: expect.stringMatching(/\p{Script=Han}/u),
          });
          expect({ field: `${path}${name}`, description: property.description }).toEqual({
            field: `${path}${name}`,
            description: expect.stringMatching(/^[\x20-\x7E]+$/),
          });
          if (property.properties) {
            visit(property.properties as Record<string, Record<string, unknown>>, `${path}${name}.`);
          }
        }
      };
      expect(entry.formSchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(entry.formSchema.additionalProperties).toBe(false);
      visit(entry.formSchema.properties as Record<string, Record<string, unknown>>, '');
    });

    it('publishes a guide of 4-6 steps, 3-5 tips and a legal basis', () => {
      expect(entry.guide.steps.length).toBeGreaterThanOrEqual(4);
      expect(entry.guide.steps.length).toBeLessThanOrEqual(6);
      expect(entry.guide.tips.length).toBeGreaterThanOrEqual(3);
      expect(entry.guide.tips.length).toBeLessThanOrEqual(5);
      expect(entry.guide.legalBasis.length).toBeGreaterThan(0);
      for (const basis of entry.guide.legalBasis) expect(basis).toMatch(/^《.+》/);
    });
  });
});

describe('form schemas', () => {
  const ajv = newAjv();
  const validators = new Map(catalogue.map((entry) => [entry.code, ajv.compile(entry.formSchema)]));

  const requiredCases = catalogue.flatMap((entry) =>
    (entry.formSchema.required as string[]).map((field) => [entry.code, field] as const),
  );

  it.each(Object.keys(validForms))('%s accepts a complete form', (code) => {
    const validate = validators.get(code)!;
    expect(validate(validForms[code])).toBe(true);
    expect(validate.errors).toBeNull();
  });

  it('has a sample form for every item', () => {
    expect(Object.keys(validForms).sort()).toEqual(catalogue.map((entry) => entry.code).sort());
  });

  it.each(requiredCases)('%s rejects a form without %s', (code, field) => {
    const validate = validators.get(code)!;
    const form = { ...validForms[code] };
    delete form[field];
    expect(validate(form)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ keyword: 'required', params: { missingProperty: field } }),
    );
  });

  it.each(catalogue.map((entry) => entry.code))('%s rejects an unknown field', (code) => {
    expect(validators.get(code)!({ ...validForms[code], unexpected: 'x' })).toBe(false);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['XC-0001', 'registeredCapital 0', { registeredCapital: 0 }],
    ['XC-0001', 'registeredCapital under one fen', { registeredCapital: 0.001 }],
    ['XC-0001', 'registeredCapital past ten trillion yuan', { registeredCapital: 10_000_000_000_000.01 }],
    ['XC-0001', 'registeredCapital 1e308', { registeredCapital: 1e308 }],
    ['XC-0001', 'an empty company name', { companyName: '' }],
    ['XC-0001', 'a 101-character company name', { companyName: '企'.repeat(101) }],
    ['XC-0001', 'a 15-digit identity number', { legalRepresentative: { name: '张三', idNumber: '110105491231002' } }],
    [
      'XC-0001',
      'a lower-case check character',
      { legalRepresentative: { name: '张三', idNumber: '11010519491231002x' } },
    ],
    ['XC-0001', 'a representative without a name', { legalRepresentative: { idNumber: '11010519491231002X' } }],
    ['XC-0002', 'a date-time start', { startsAt: '2026-05-01T19:30:00+08:00' }],
    ['XC-0002', 'an impossible date', { startsAt: '2026-02-30' }],
    ['XC-0002', 'a fractional audience', { expectedAudience: 10.5 }],
    ['XC-0002', 'no audience', { expectedAudience: 0 }],
    ['XC-0003', 'a zero business area', { businessArea: 0 }],
    ['XC-0004', 'a negative width', { widthMetres: -1 }],
    ['XC-0004', 'illuminated as a string', { illuminated: 'yes' }],
  ])('%s rejects %s', (code, _label, change) => {
    expect(validators.get(code)!({ ...validForms[code], ...change })).toBe(false);
  });

  it.each([0.01, 1, 1_739_500_000_000, 10_000_000_000_000])('accepts a registered capital of %d yuan', (capital) => {
    expect(validators.get('XC-0001')!({ ...validForms['XC-0001'], registeredCapital: capital })).toBe(true);
  });

  it('accepts a five-in-one form without registered capital', () => {
    const { registeredCapital: _omitted, ...form } = validForms['XC-0001'];
    expect(validators.get('XC-0001')!(form)).toBe(true);
  });
});
