import { LineCounter, parseDocument, stringify, YAMLError, type Node } from 'yaml';
import { graphql } from '../gql';
import type { ItemContentFragment } from '../gql/graphql';

// What the drafting and review screens read of a version: its content as an import file holds it.
export const ItemContentFields = graphql(`
  fragment ItemContent on ServiceItem {
    name
    nameEn
    statutoryDays
    promisedDays
    warningDays
    materials {
      code
      name
      nameEn
      required
      condition
      when
      formats
      description
    }
    formSchema
    processDefinition
    guide {
      summary
      summaryEn
      steps {
        title
        titleEn
        detail
      }
      tips
      legalBasis
    }
  }
`);

/** A version's content as `draftServiceItem` takes it, keys in the order an import file has them. */
export function contentOf(item: ItemContentFragment): Record<string, unknown> {
  const { name, nameEn, statutoryDays, promisedDays, warningDays, guide } = item;
  return {
    ...{ name, nameEn, statutoryDays, promisedDays, warningDays },
    materials: item.materials.map(({ condition, when, ...material }) => ({
      code: material.code,
      name: material.name,
      nameEn: material.nameEn,
      required: material.required,
      ...(condition ? { condition } : {}),
      ...(when ? { when } : {}),
      formats: material.formats,
      description: material.description,
    })),
    formSchema: item.formSchema,
    process: item.processDefinition,
    guide: { ...guide, steps: guide.steps.map(({ title, titleEn, detail }) => ({ title, titleEn, detail })) },
  };
}

export const contentText = (content: unknown) => stringify(content, { lineWidth: 0, aliasDuplicateObjects: false });

/** A new item's starting text: every part an item has, to fill in. */
export const NEW_ITEM_TEXT = `name: ''
nameEn: ''
statutoryDays: 20
promisedDays: 10
materials:
  - code: M01
    name: ''
    nameEn: ''
    required: true
    formats: [PDF]
    description: ''
formSchema:
  $schema: http://json-schema.org/draft-07/schema#
  type: object
  properties: {}
process:
  stages:
    - name: ACCEPTANCE
      reviewers:
        - agency: WINDOW
  issuance:
    certificate: ''
guide:
  summary: ''
  summaryEn: ''
  steps:
    - title: ''
      titleEn: ''
      detail: ''
  tips: []
  legalBasis: []
`;

export interface ReadContent {
  content?: unknown;
  /** Why the text is not YAML, with the line it stops at. */
  error?: { message: string; line?: number };
  /** The line of a problem's path (`content.materials[2].when.field`), or of the nearest part the text has. */
  lineOf: (path: string) => number | undefined;
}

const pathKeys = (path: string) =>
  path
    .replace(/^content\.?/, '')
    .split(/\.|\[|\]/)
    .filter(Boolean)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));

/** Reads the text as YAML, keeping where each part of it is so that a problem can name its line. */
export function readContent(text: string): ReadContent {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const [first] = document.errors;
  if (first) {
    const line = first instanceof YAMLError ? first.linePos?.[0].line : undefined;
    return { error: { message: first.message.split('\n')[0], line }, lineOf: () => undefined };
  }
  const lineOf = (path: string) => {
    const keys = pathKeys(path);
    for (let length = keys.length; length >= 0; length -= 1) {
      const node = document.getIn(keys.slice(0, length), true) as Node | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { content: document.toJS() as unknown, lineOf };
}
