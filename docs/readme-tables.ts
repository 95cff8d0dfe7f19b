import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { ERROR_CODES, type ErrorCode } from '../api/errors';
import { CASE_ERROR_CODES, COMMAND_REASONS } from '../cases/case-errors';
import { configurationVariables, temporalConnectionVariables, type DocumentedVariable } from '../config-variables';
import { markdownTable, withGeneratedSection } from './markdown';

/**
 * The README's tables that the code already knows (settings, error codes), written between
 * `<!-- generated:NAME -->` markers by `npm run docs:tables`; test/docs notices when the README
 * drifts from the code.
 */
export const README_FILE = path.join(__dirname, '..', 'README.md');

const variableTable = (variables: DocumentedVariable[]) =>
  markdownTable(
    ['variable', 'default', 'meaning'],
    variables.map((variable) => [`\`${variable.name}\``, variable.default, variable.meaning]),
  );

/** Each code with its HTTP status outside GraphQL, and the refusals (the workflow's and the API's own) it carries as reasons. */
function errorCodeTable(): string {
  const reasons = new Map<ErrorCode, string[]>();
  for (const [reason, code] of Object.entries({ ...CASE_ERROR_CODES, ...COMMAND_REASONS })) {
    reasons.set(code, [...(reasons.get(code) ?? []), `\`${reason}\``]);
  }
  const codes = Object.keys(ERROR_CODES) as ErrorCode[];
  return markdownTable(
    ['code', 'HTTP', 'when', 'what the client does'],
    codes.map((code) => {
      const doc = ERROR_CODES[code];
      const reasonsOf = reasons.get(code);
      const when = [
        doc.when,
        ...(reasonsOf ? [`\`extensions.reason\`: ${reasonsOf.join(', ')}`] : []),
        ...('byYoga' in doc ? ['sent by graphql-yoga'] : []),
      ];
      return [`\`${code}\``, 'status' in doc ? String(doc.status) : '—', when.join('; '), doc.then];
    }),
  );
}

export const GENERATED_TABLES: Record<string, () => string> = {
  config: () => variableTable(configurationVariables()),
  'temporal-config': () => variableTable(temporalConnectionVariables()),
  'error-codes': errorCodeTable,
};

/** The README with every generated table written anew, formatted as `prettier --write` would. */
export async function readmeWithTables(readme: string): Promise<string> {
  const written = Object.entries(GENERATED_TABLES).reduce(
    (text, [name, table]) => withGeneratedSection(text, name, table()),
    readme,
  );
  return format(written, { ...(await resolveConfig(README_FILE)), filepath: README_FILE });
}

async function main() {
  writeFileSync(README_FILE, await readmeWithTables(readFileSync(README_FILE, 'utf8')));
  console.log(`wrote the tables of ${README_FILE}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
