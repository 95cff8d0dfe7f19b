import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { configurationVariables, temporalConnectionVariables, type DocumentedVariable } from '../config-variables';
import { markdownTable, withGeneratedSection } from './markdown';

/**
 * The README's tables that the code already knows, written between `<!-- generated:NAME -->`
 * markers by `npm run docs:tables`; test/docs notices when the README drifts from the code.
 */
export const README_FILE = path.join(__dirname, '..', 'README.md');

const variableTable = (variables: DocumentedVariable[]) =>
  markdownTable(
    ['variable', 'default', 'meaning'],
    variables.map((variable) => [`\`${variable.name}\``, variable.default, variable.meaning]),
  );

export const GENERATED_TABLES: Record<string, () => string> = {
  config: () => variableTable(configurationVariables()),
  'temporal-config': () => variableTable(temporalConnectionVariables()),
};

/** The README with every generated table written anew, formatted as `prettier --write` would. */
export async function readmeWithTables(readme: string): Promise<string> {
  const written = Object.entries(GENERATED_TABLES).reduce(
    (text, [name, table]) => withGeneratedSection(text, name, table()),
    readme,
  );
  return format(written, { ...(await resolveConfig(README_FILE)), filepath: README_FILE });
}

if (require.main === module) {
  readmeWithTables(readFileSync(README_FILE, 'utf8'))
    .then((readme) => {
      writeFileSync(README_FILE, readme);
      console.log(`wrote the tables of ${README_FILE}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
