import { describe, expect, it } from 'vitest';
import { findExcessiveNesting, parseYamlSource } from '../../../../src/core/parse/yaml-source.js';

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
