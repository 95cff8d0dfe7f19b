import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCatalogueDirectory, vocabularyOf } from '../../service-items/catalogue-files';
import type { ItemContent } from '../../service-items/item-definition';
import { parseShape, itemContentShape, readItemFile } from '../../service-items/item-file';
import { itemProblems } from '../../service-items/item-validation';

const baseline = readCatalogueDirectory();
const vocabulary = vocabularyOf(baseline);
const performance = baseline.items.find((item) => item.code === 'XC-0002')!;
const { code, version: _version, file: _file, ...valid } = performance;

/** The valid performance permit with one change. */
function problemsWith(change: (content: ItemContent) => void) {
  const content = structuredClone<ItemContent>(valid);
  change(content);
  return itemProblems(code, content, vocabulary);
}

it('finds nothing wrong with any item the release ships', () => {
  for (const { code: itemCode, version: _v, file: _f, ...content } of baseline.items) {
    expect({ itemCode, problems: itemProblems(itemCode, content, vocabulary) }).toEqual({ itemCode, problems: [] });
  }
});

describe('each rule names what breaks it by its path', () => {
  it.each<[string, (content: ItemContent) => void, { field: string; message: RegExp }]>([
    [
      'a form schema of another dialect',
      (content) => (content.formSchema.$schema = 'http://json-schema.org/draft-04/schema#'),
      { field: 'formSchema.$schema', message: /draft-07.*2020-12/ },
    ],
    [
      'a form schema that is not JSON Schema',
      (content) => (content.formSchema.properties = { venue: { type: 'text' } }),
      { field: 'formSchema.properties.venue.type', message: /must be equal to one of the allowed values/ },
    ],
    [
      'a keyword JSON Schema does not have',
      (content) =>
        ((content.formSchema.properties as Record<string, object>).venue = { type: 'string', widget: 'big' }),
      { field: 'formSchema', message: /unknown keyword: "widget"/ },
    ],
    [
      'a form that is not an object',
      (content) => (content.formSchema = { $schema: 'http://json-schema.org/draft-07/schema#', type: 'string' }),
      { field: 'formSchema.type', message: /must be "object"/ },
    ],
    [
      'a stage of a kind the catalogue lacks',
      (content) => (content.process.stages[1].name = 'TASTING'),
      { field: 'process.stages[1].name', message: /TASTING is not a stage kind/ },
    ],
    [
      'an agency the catalogue lacks',
      (content) => (content.process.stages[1].reviewers[0].agency = 'MINISTRY_OF_MAGIC'),
      { field: 'process.stages[1].reviewers[0].agency', message: /not an agency of the catalogue/ },
    ],
    [
      'an agency in two stages',
      (content) => content.process.stages.push({ name: 'EXPERT_REVIEW', reviewers: [{ agency: 'CULTURE' }] }),
      { field: 'process.stages[2].reviewers[0].agency', message: /CULTURE already reviews in stage 2/ },
    ],
    [
      'a first stage other than the window accepting',
      (content) => (content.process.stages[0].reviewers = [{ agency: 'CULTURE' }]),
      { field: 'process.stages[0]', message: /ACCEPTANCE by WINDOW alone/ },
    ],
    [
      'an excluded stage said to count',
      (content) =>
        content.process.stages.push({
          name: 'HEARING',
          reviewers: [{ agency: 'CITYADMIN' }],
          excludedFromLimit: false,
        }),
      { field: 'process.stages[2].excludedFromLimit', message: /left out of the time limit by law/ },
    ],
    [
      'a stage whose every reviewer is conditional',
      (content) =>
        content.process.stages.push({
          name: 'EXPERT_REVIEW',
          reviewers: [{ agency: 'CITYADMIN', when: { field: 'expectedAudience', op: 'gt', value: 1 } }],
        }),
      { field: 'process.stages[2].reviewers', message: /a reviewer without a condition/ },
    ],
    [
      'a certificate kind the catalogue lacks',
      (content) => (content.process.issuance.certificate = 'DIPLOMA'),
      { field: 'process.issuance.certificate', message: /DIPLOMA is not a certificate kind/ },
    ],
    [
      'more promised days than the law allows',
      (content) => (content.promisedDays = content.statutoryDays + 1),
      { field: 'promisedDays', message: /more than the 20 statutory days/ },
    ],
    [
      'a warning no earlier than the promise',
      (content) => (content.warningDays = content.promisedDays),
      { field: 'warningDays', message: /fewer than the 10 promised days/ },
    ],
    [
      "a material code not under the item's",
      (content) => (content.materials[1].code = 'XC-0003-M02'),
      { field: 'materials[1].code', message: /must be XC-0002-M followed by two digits/ },
    ],
    [
      'a material code twice',
      (content) => (content.materials[1].code = 'XC-0002-M01'),
      { field: 'materials[1].code', message: /XC-0002-M01 is given twice/ },
    ],
    [
      'a conditional material marked required',
      (content) => (content.materials[5].required = true),
      { field: 'materials[5].required', message: /must be false/ },
    ],
    [
      'an optional material that does not say when',
      (content) => delete content.materials[5].condition,
      { field: 'materials[5].condition', message: /say when/ },
    ],
    [
      'a condition on a field the form lacks',
      (content) => (content.materials[5].when = { field: 'audience', op: 'gte', value: 5000 }),
      { field: 'materials[5].when.field', message: /audience is not a field of the form/ },
    ],
    [
      'a condition comparing a number field with text',
      (content) => (content.materials[5].when = { field: 'expectedAudience', op: 'eq', value: 'many' }),
      { field: 'materials[5].when.value', message: /"many" cannot be a value of expectedAudience \(integer\)/ },
    ],
    [
      'an ordering of a text field',
      (content) => (content.materials[5].when = { field: 'venue', op: 'gt', value: 'A' }),
      { field: 'materials[5].when.op', message: /gt compares numbers or dates/ },
    ],
    [
      'a list member of the wrong type, inside an or',
      (content) =>
        (content.process.stages[1].reviewers[1].when = {
          or: [
            { field: 'expectedAudience', op: 'gte', value: 5000 },
            { field: 'expectedAudience', op: 'in', value: [1, 2.5] },
          ],
        }),
      {
        field: 'process.stages[1].reviewers[1].when.or[1].value[1]',
        message: /2.5 cannot be a value of expectedAudience/,
      },
    ],
  ])('%s', (_rule, change, expected) => {
    // Some mistakes bring others along (a form without the field conditions name): the rule's own is there.
    expect(problemsWith(change)).toContainEqual({
      field: expected.field,
      message: expect.stringMatching(expected.message),
    });
  });
});

it('accepts the condition language: in, and, or, and dates ordered', () => {
  expect(
    problemsWith((content) => {
      content.materials[5].when = {
        and: [
          { field: 'expectedAudience', op: 'in', value: [5000, 10000] },
          {
            or: [
              { field: 'startsAt', op: 'gte', value: '2027-01-01' },
              { field: 'venue', op: 'ne', value: '' },
            ],
          },
        ],
      };
    }),
  ).toEqual([]);
});

it('accepts a form in JSON Schema 2020-12', () => {
  expect(
    problemsWith((content) => (content.formSchema.$schema = 'https://json-schema.org/draft/2020-12/schema')),
  ).toEqual([]);
});

describe('the shape of an import file', () => {
  it('names every shape problem by its path', () => {
    const parsed = parseShape(
      itemContentShape,
      { ...valid, statutoryDays: 2.5, materials: [{ ...valid.materials[0], formats: ['DOCX'] }], extra: 1 },
      'content',
    );
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        { field: 'content.statutoryDays', message: 'must be a whole number of working days' },
        { field: 'content.materials[0].formats[0]', message: expect.stringMatching(/PDF/) },
        { field: 'content', message: expect.stringMatching(/extra/) },
      ]),
    );
  });

  it('says a file that is not YAML is not', () => {
    expect(readItemFile('item.yaml', 'name: [unclosed').problems).toEqual([
      { field: '(file)', message: expect.stringMatching(/^is not YAML/) },
    ]);
    expect(readItemFile('item.json', '{"name": ').problems).toEqual([
      { field: '(file)', message: expect.stringMatching(/^is not JSON/) },
    ]);
  });
});

it("passes every rule with the README's complete import file", () => {
  const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const example = /A complete file:[^\n]*\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  const parsed = readItemFile('example.yaml', example!);
  expect(parsed.problems).toEqual([]);
  expect(itemProblems(parsed.value!.code!, parsed.value!, vocabulary)).toEqual([]);
});
