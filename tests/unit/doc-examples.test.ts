import { describe, expect, it } from 'vitest';
import { exampleCommands, extractBlocks, outputMatches } from '../e2e/support/doc-examples.js';

describe('the runner of the documentation examples', () => {
  it('extracts commands with continuation lines and their expected output', () => {
    const blocks = extractBlocks('text\n```sh sak-example\n$ sak add unit \\\n    --title X\nx\nSkapade …\n$ echo $?\n0\n```\n```yaml sak-file .gitlab-ci.yml\na: 1\n```\n');
    expect(blocks.map((b) => [b.type, b.arg])).toEqual([['sak-example', undefined], ['sak-file', '.gitlab-ci.yml']]);
    expect(exampleCommands(blocks)).toEqual([
      { command: 'sak add unit \\\n    --title X', expected: ['x', 'Skapade …'], line: 3 },
      { command: 'echo $?', expected: ['0'], line: 7 },
    ]);
  });

  it('matches … within a line and a line of … over any lines, and fails otherwise', () => {
    expect(outputMatches(['INC-…', 'klart'], 'INC-20261126-7QX2K\nklart\n')).toBe(true);
    expect(outputMatches(['a', '…', 'z'], 'a\nb\nc\nz\n')).toBe(true);
    expect(outputMatches(['a', '…', 'z'], 'a\nz\n')).toBe(true);
    expect(outputMatches(['a', 'z'], 'a\nb\nz\n')).toBe(false);
    expect(outputMatches(['INC-…'], 'INC-1\nmer\n')).toBe(false);
    expect(outputMatches(['x.y'], 'xzy\n')).toBe(false);
    expect(outputMatches([], '')).toBe(true);
    expect(outputMatches([], 'något\n')).toBe(false);
  });
});
