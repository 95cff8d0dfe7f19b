import { codegen } from '@graphql-codegen/core';
import { preset } from '@graphql-codegen/client-preset';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';

/**
 * Typed operations for the desk from the API's printed schema (GraphQL Code Generator's client
 * preset): a query the schema does not have, or a field read that it does not return, fails
 * `npm run lint`, not a person at the desk. Run through the library rather than its CLI, whose
 * schema loaders need Node 22; the desk's operations are the `graphql(`…`)` literals in web/src.
 */
const web = import.meta.dirname;
const source = path.join(web, 'src');
const output = path.join(source, 'gql');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return file === output ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

async function renderOperations(): Promise<Array<{ file: string; content: string }>> {
  const schema = parse(readFileSync(path.join(web, '..', 'schema.graphql'), 'utf8'));
  const documents = sourceFiles(source).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/graphql\(`([^`]*)`\)/g)].map((match) => ({
      location: path.relative(web, file),
      document: parse(match[1]),
      rawSDL: match[1],
    })),
  );
  const outputs = await preset.buildGeneratesSection({
    baseOutputDir: `${output}/`,
    schema,
    schemaAst: undefined,
    documents,
    config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true },
    presetConfig: { fragmentMasking: false },
    plugins: [],
    pluginMap: {},
  });
  return Promise.all(
    outputs.map(async (generated) => ({ file: generated.filename, content: await codegen(generated) })),
  );
}

/** Writes the operations' types; with `--check`, only says whether the written ones are current. */
async function main(check: boolean): Promise<number> {
  const rendered = await renderOperations();
  if (check) {
    const stale = rendered.filter(({ file, content }) => !existsSync(file) || readFileSync(file, 'utf8') !== content);
    for (const { file } of stale) console.error(`${path.relative(web, file)} is not current: run npm run desk:codegen`);
    return stale.length === 0 ? 0 : 1;
  }
  mkdirSync(output, { recursive: true });
  for (const { file, content } of rendered) writeFileSync(file, content);
  console.log(`Wrote ${rendered.map(({ file }) => path.relative(web, file)).join(', ')}`);
  return 0;
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
