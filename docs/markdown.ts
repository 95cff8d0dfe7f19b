/** A markdown table; prettier aligns its columns when it formats the file. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const markers = (name: string) => [`<!-- generated:${name} -->`, `<!-- /generated:${name} -->`] as const;

/** What stands between a generated section's markers, or undefined when the text has none. */
export function generatedSection(text: string, name: string): string | undefined {
  const [open, close] = markers(name);
  const start = text.indexOf(open);
  const end = text.indexOf(close, start);
  return start < 0 || end < 0 ? undefined : text.slice(start + open.length, end);
}

/** The text with `content` between the markers of the section `name`, which must be there. */
export function withGeneratedSection(text: string, name: string, content: string): string {
  const section = generatedSection(text, name);
  const [open, close] = markers(name);
  if (section === undefined) throw new Error(`No ${open} … ${close} section to write into`);
  return text.replace(`${open}${section}${close}`, () => `${open}\n\n${content}\n\n${close}`);
}
