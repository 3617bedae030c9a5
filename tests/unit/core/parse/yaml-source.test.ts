import { describe, expect, it } from 'vitest';
import { MAX_YAML_ISSUES, findExcessiveNesting, parseYamlSource } from '../../../../src/core/parse/yaml-source.js';

describe('parseYamlSource', () => {
  it('parses a plain record and keeps positions', () => {
    const parsed = parseYamlSource('# kommentar\nid: x\ntitle: Titel\n');
    expect(parsed.issues).toEqual([]);
    expect(parsed.data).toEqual({ id: 'x', title: 'Titel' });
  });

  it.each([
    ['a: &x 1\nb: *x\n', 'anchor'],
    ['a: !custom 1\n', 'tag'],
    ['a: !!binary aGVq\n', 'tag'],
    ['a: 1\n---\nb: 2\n', 'multiple-documents'],
    ['a: 1\na: 2\n', 'duplicate-key'],
    ['? [a, b]\n: 1\n', 'complex-key'],
    ['a:\n\tb: 1\n', 'tab-indent'],
    ['<<<<<<< HEAD\na: 1\n', 'conflict-marker'],
  ])('refuses %j (%s)', (text, reason) => {
    const parsed = parseYamlSource(text);
    expect(parsed.issues.map((i) => i.reason)).toContain(reason);
    expect(parsed.data).toBeUndefined();
  });

  it('accepts standard tags and keys named __proto__ as plain data', () => {
    const parsed = parseYamlSource('a: !!str 5\n__proto__: {polluted: true}\n');
    expect(parsed.issues).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed.data as object)).toContain('__proto__');
  });

  it('names the duplicate key', () => {
    expect(parseYamlSource('title: a\n"title": b\n').issues[0]).toMatchObject({ code: 'yaml-duplicate-key', line: 2, detail: 'title' });
  });
});

describe('parseYamlSource on hostile files', () => {
  it('reports at most MAX_YAML_ISSUES issues, the first by position', () => {
    const parsed = parseYamlSource('"'.repeat(20_000));
    expect(parsed.issues.length).toBe(MAX_YAML_ISSUES);
    expect(parsed.issues[0]).toMatchObject({ line: 1 });
    const lines = parsed.issues.map((i) => i.line * 1e6 + i.column);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  // How long this takes (linear, not the parser's own pairwise check) is measured by
  // bench/hostile-yaml.js, not asserted here: a timing assertion fails on a busy machine.
  it('finds duplicate keys among 30,000, positioned at the repetition, in block and flow mappings', () => {
    const many = Array.from({ length: 30_000 }, (_, i) => `k${i}: ${i}`).join('\n') + '\nk17: igen\n';
    const parsed = parseYamlSource(many);
    expect(parsed.issues).toEqual([expect.objectContaining({ code: 'yaml-duplicate-key', line: 30_001, column: 1, detail: 'k17' })]);
    expect(parseYamlSource('a: {b: 1, c: 2, b: 3}\n').issues).toEqual([expect.objectContaining({ reason: 'duplicate-key', line: 1, column: 17, detail: 'b' })]);
    expect(parseYamlSource('a: 1\n"1": x\n1: y\n').issues).toEqual([]);
  });

  it('points at the anchor itself, not at the value after it', () => {
    expect(parseYamlSource('notes: &a [1, 2]\nb: *a\n').issues[0]).toMatchObject({ reason: 'anchor', line: 1, column: 8, detail: '&a' });
    expect(parseYamlSource('notes: &lang\n  - 1\n').issues[0]).toMatchObject({ reason: 'anchor', line: 1, column: 8 });
  });
});

describe('findExcessiveNesting', () => {
  it('allows 64 levels and refuses 65', () => {
    expect(findExcessiveNesting('a: ' + '['.repeat(63) + ']'.repeat(63))).toBeUndefined();
    expect(findExcessiveNesting('a: ' + '['.repeat(64) + ']'.repeat(64))).toBeDefined();
  });

  it('counts block indentation and compact sequences', () => {
    const lines = Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(findExcessiveNesting(lines)?.line).toBe(65);
    expect(findExcessiveNesting('x:\n' + '- '.repeat(100) + 'y')).toEqual({ line: 2, column: expect.any(Number) });
  });

  it('ignores brackets inside quotes and comments', () => {
    expect(findExcessiveNesting(`a: "${'['.repeat(100)}"\nb: 1 # ${'{'.repeat(100)}\nc: '${'['.repeat(100)}'`)).toBeUndefined();
  });
});
