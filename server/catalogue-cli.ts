import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import type { FieldProblem } from '../api/errors';
import type { CatalogueItemDefinition } from '../service-items/item-definition';
import { itemFileText, readItemFile } from '../service-items/item-file';

const USAGE = `usage:
  npm run catalogue -- import FILE.yaml|FILE.json ... [--submit] [--token TOKEN] [--url URL]
  npm run catalogue -- export [CODE ...] [--version N] [--out DIR] [--json] [--url URL]`;

/**
 * Bulk loading and unloading of the catalogue through the running service's API, as any client:
 * an import drafts each file (a new version of the item its code names, or a new item whose code
 * the coding rule gives) under the administrator whose token it sends, so the drafts go through
 * the same checks, four-eyes review and log as those written at the desk. Export writes current
 * versions as import files.
 */

interface Answer<Data> {
  data?: Data;
  errors?: Array<{ message: string; extensions?: { code?: string; fields?: FieldProblem[] } }>;
}

function client(url: string, token?: string) {
  return async <Data>(query: string, variables: Record<string, unknown> = {}): Promise<Answer<Data>> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }).catch((error: unknown) => {
      throw new Error(`No answer from ${url} (is the service running? npm start): ${String(error)}`);
    });
    return (await response.json()) as Answer<Data>;
  };
}

function refusal(answer: Answer<unknown>): string {
  return (answer.errors ?? [])
    .map((error) =>
      error.extensions?.fields
        ? error.extensions.fields.map((problem) => `  ${problem.field}: ${problem.message}`).join('\n')
        : `  ${error.message}`,
    )
    .join('\n');
}

const DRAFTED = 'code version status problems { field message }';

async function importFiles(send: ReturnType<typeof client>, files: string[], submit: boolean): Promise<boolean> {
  let allGood = true;
  for (const file of files) {
    const parsed = readItemFile(file, readFileSync(file, 'utf8'));
    if (!parsed.value) {
      console.log(
        `${file}: not imported\n${refusal({ errors: [{ message: '', extensions: { fields: parsed.problems } }] })}`,
      );
      allGood = false;
      continue;
    }
    const { code, version: _asExported, ...content } = parsed.value;
    const drafted = await send<{ draftServiceItem: { code: string; version: number; problems: FieldProblem[] } }>(
      `mutation ($code: String, $content: JSON!) { draftServiceItem(code: $code, content: $content) { ${DRAFTED} } }`,
      { code, content },
    );
    if (!drafted.data) {
      console.log(`${file}: not imported\n${refusal(drafted)}`);
      allGood = false;
      continue;
    }
    const draft = drafted.data.draftServiceItem;
    const problems = draft.problems.map((problem) => `  ${problem.field}: ${problem.message}`).join('\n');
    console.log(`${file}: drafted ${draft.code} v${draft.version}${problems ? ` with problems:\n${problems}` : ''}`);
    if (!submit) continue;
    const submitted = await send(
      `mutation ($code: String!, $version: Int!) { submitServiceItemForReview(code: $code, version: $version) { status } }`,
      { code: draft.code, version: draft.version },
    );
    if (submitted.data) console.log(`  sent for review: another administrator approves it`);
    else {
      console.log(`  not sent for review:\n${refusal(submitted)}`);
      allGood = false;
    }
  }
  return allGood;
}

const ITEM_FIELDS = `code version name nameEn statutoryDays promisedDays warningDays
  materials { code name nameEn required condition when formats description }
  formSchema processDefinition
  guide { summary summaryEn steps { title titleEn detail } tips legalBasis }`;

type ExportedItem = Omit<CatalogueItemDefinition, 'process'> & {
  processDefinition: CatalogueItemDefinition['process'];
};

function definitionOf({ processDefinition, materials, ...item }: ExportedItem): CatalogueItemDefinition {
  return {
    ...item,
    // GraphQL answers every field; a file leaves out what a material does not have.
    materials: materials.map(({ condition, when, ...material }) => ({
      ...material,
      ...(condition ? { condition } : {}),
      ...(when ? { when } : {}),
    })),
    process: processDefinition,
  };
}

async function exportItems(
  send: ReturnType<typeof client>,
  codes: string[],
  options: { version?: number; out?: string; json: boolean },
): Promise<boolean> {
  const wanted =
    codes.length > 0
      ? codes
      : (
          (await send<{ serviceItems: Array<{ code: string }> }>('{ serviceItems { code } }')).data?.serviceItems ?? []
        ).map((item) => item.code);
  if (!options.out && wanted.length !== 1) throw new Error(`Export several items with --out DIR\n${USAGE}`);
  for (const code of wanted) {
    const answer = await send<{ serviceItem: ExportedItem | null }>(
      `query ($code: String!, $version: Int) { serviceItem(code: $code, version: $version) { ${ITEM_FIELDS} } }`,
      { code, version: options.version },
    );
    const item = answer.data?.serviceItem;
    if (!item) {
      console.error(`${code}: ${answer.errors ? refusal(answer) : 'no such item or version'}`);
      return false;
    }
    const text = itemFileText(definitionOf(item), options.json ? 'json' : 'yaml');
    if (!options.out) {
      process.stdout.write(text);
      continue;
    }
    mkdirSync(options.out, { recursive: true });
    const file = path.join(
      options.out,
      `${item.code.toLowerCase()}-v${item.version}.${options.json ? 'json' : 'yaml'}`,
    );
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
  return true;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      submit: { type: 'boolean', default: false },
      token: { type: 'string' },
      url: { type: 'string' },
      version: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const [command, ...rest] = positionals;
  const config = loadConfig();
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  const url = values.url ?? `http://${host}:${config.port}/graphql`;
  if (command === 'import') {
    const token = values.token ?? process.env.LIANBAN_TOKEN;
    if (!token) throw new Error(`import drafts as an administrator: give --token or LIANBAN_TOKEN\n${USAGE}`);
    if (rest.length === 0) throw new Error(`name the files to import\n${USAGE}`);
    process.exitCode = (await importFiles(client(url, token), rest, values.submit)) ? 0 : 1;
  } else if (command === 'export') {
    const version = values.version === undefined ? undefined : Number(values.version);
    if (version !== undefined && !(Number.isInteger(version) && version > 0))
      throw new Error(`--version: a version number\n${USAGE}`);
    const token = values.token ?? process.env.LIANBAN_TOKEN;
    process.exitCode = (await exportItems(client(url, token), rest, { version, out: values.out, json: values.json }))
      ? 0
      : 1;
  } else {
    throw new Error(USAGE);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
