/** A ```sh block of a markdown file, as a reader would paste it. */
export interface ShellBlock {
  /** 1-based line of its opening fence. */
  line: number;
  code: string;
  /** Why it is not run, from a `<!-- not run: why -->` comment just above it. */
  notRun?: string;
}

const NOT_RUN = /^\s*<!-- not run: (.+?) -->\s*$/;

/** Every ```sh block in order; a block inside a list item loses the item's indentation. */
export function shellBlocks(markdown: string): ShellBlock[] {
  const lines = markdown.split('\n');
  const blocks: ShellBlock[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const fence = /^( *)```sh\s*$/.exec(lines[index]);
    if (!fence) continue;
    const indent = fence[1];
    const end = lines.findIndex((line, at) => at > index && line.trimEnd() === `${indent}\`\`\``);
    if (end < 0) throw new Error(`The sh block at line ${index + 1} is not closed`);
    let above = index - 1;
    while (above >= 0 && lines[above].trim() === '') above -= 1;
    blocks.push({
      line: index + 1,
      code: lines
        .slice(index + 1, end)
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
        .join('\n'),
      notRun: above >= 0 ? NOT_RUN.exec(lines[above])?.[1] : undefined,
    });
    index = end;
  }
  return blocks;
}
