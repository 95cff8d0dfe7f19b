import { readFileSync } from 'node:fs';
import { generatedSection, markdownTable, withGeneratedSection } from '../../docs/markdown';
import { GENERATED_TABLES, README_FILE, readmeWithTables } from '../../docs/readme-tables';

describe("the README's generated tables", () => {
  const readme = readFileSync(README_FILE, 'utf8');
  let expected: string;

  beforeAll(async () => {
    expected = await readmeWithTables(readme);
  });

  it.each(Object.keys(GENERATED_TABLES))(
    'has the %s table as the code tells it (after a change, run `npm run docs:tables`)',
    (name) => {
      expect(generatedSection(readme, name)).toBe(generatedSection(expected, name));
    },
  );
});

describe('markdown', () => {
  it('escapes a pipe in a cell, so that it does not split the cell', () => {
    expect(markdownTable(['command'], [['`--case ID | --all`']])).toBe(
      '| command |\n| --- |\n| `--case ID \\| --all` |',
    );
  });

  it('writes a section only between its markers, and names the markers it misses', () => {
    const text = 'a\n<!-- generated:t -->\nold\n<!-- /generated:t -->\nb';
    expect(withGeneratedSection(text, 't', 'new')).toBe('a\n<!-- generated:t -->\n\nnew\n\n<!-- /generated:t -->\nb');
    expect(() => withGeneratedSection('a', 't', 'new')).toThrow('<!-- generated:t -->');
  });
});
