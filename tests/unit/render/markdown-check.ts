// Structural checks of generated Markdown, shared by the render tests.

/** The `|` of a table row that split it into cells: those not escaped by a backslash. */
export function unescapedPipes(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === '\\') i += 1;
    else if (line[i] === '|') count += 1;
  }
  return count;
}

/** Problems of the Markdown tables: every row must split into as many cells as its separator row. */
export function tableProblems(markdown: string): string[] {
  const problems: string[] = [];
  let expected: number | undefined;
  const lines = markdown.split('\n');
  lines.forEach((line, i) => {
    if (!line.startsWith('|')) {
      expected = undefined;
      return;
    }
    if (/^\|(\s*:?-+:?\s*\|)+$/.test(line)) {
      expected = unescapedPipes(line);
      const header = lines[i - 1] ?? '';
      if (unescapedPipes(header) !== expected) problems.push(`header of line ${i + 1}: ${header}`);
      return;
    }
    if (expected !== undefined && unescapedPipes(line) !== expected) problems.push(`line ${i + 1}: ${line}`);
  });
  return problems;
}

/** The Mermaid blocks of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}
