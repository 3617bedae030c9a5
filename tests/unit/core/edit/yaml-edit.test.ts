import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EditError, editYamlText, toRecordYaml } from '../../../../src/core/edit/yaml-edit.js';
import type { RecordEdit } from '../../../../src/core/edit/yaml-edit.js';

// A fictitious record with every layout the register's files use: comments above, beside
// and below keys, quoted and folded scalars, flow and block lists, nested mappings.
const RECORD = `# yaml-language-server: $schema=../../.sak/schemas/incident.schema.json
# Fiktiv incident för test.
id: INC-20260110-7QX2K
title: "Skadegörelse: klotter på skolan" # beside the title
date: 2026-01-10
unit: kommunstyrelsen
category: vandalism
severity: low
status: open
# Comment above the description, about the description.
description: >-
  Klotter på fasaden,
  anmält till polisen.
risks: [RSK-klotter]
kia:
  type: near_miss
reported_to:
  - authority: police
    date: 2026-01-11 # same day
actions:
- ACT-sanera
# trailing comment
`;

const ORDER: Record<string, readonly string[]> = {
  '': ['id', 'title', 'notes', 'date', 'time', 'reported', 'unit', 'site', 'category', 'severity', 'status', 'description', 'injured', 'cost_sek', 'police_report', 'kia', 'reported_to', 'risks', 'actions', 'closed'],
  kia: ['type', 'ref'],
  'reported_to.*': ['authority', 'date'],
};
const keyOrder = (path: readonly string[]) => (Object.hasOwn(ORDER, path.join('.')) ? ORDER[path.join('.')] : undefined);

function edit(text: string, edits: RecordEdit[]) {
  return editYamlText(text, edits, { keyOrder });
}

/** The lines of `after` that are not in `before` (a crude line diff, enough to see what was touched). */
function addedLines(before: string, after: string): string[] {
  const old = new Set(before.split('\n'));
  return after.split('\n').filter((line) => !old.has(line));
}

function removedLines(before: string, after: string): string[] {
  return addedLines(after, before);
}

describe('editYamlText', () => {
  it('replaces a scalar in place, keeping its comment and every other line', () => {
    const result = edit(RECORD, [{ op: 'set', path: ['title'], value: 'Klotter på skolan' }]);
    expect(result.minimal).toBe(true);
    expect(result.text).toBe(RECORD.replace('"Skadegörelse: klotter på skolan" # beside', 'Klotter på skolan # beside'));
  });

  it('closes an incident: status in place, closed added in schema order (at the end here)', () => {
    const result = edit(RECORD, [
      { op: 'set', path: ['status'], value: 'closed' },
      { op: 'set', path: ['closed'], value: '2026-02-01' },
    ]);
    expect(result.minimal).toBe(true);
    expect(addedLines(RECORD, result.text)).toEqual(['status: closed', 'closed: 2026-02-01']);
    expect(removedLines(RECORD, result.text)).toEqual(['status: open']);
    expect(result.text.endsWith('- ACT-sanera\nclosed: 2026-02-01\n# trailing comment\n')).toBe(true);
    expect(parse(result.text)).toMatchObject({ status: 'closed', closed: '2026-02-01' });
  });

  it('inserts a new key after the key before it in schema order', () => {
    const result = edit(RECORD, [{ op: 'set', path: ['cost_sek'], value: 1200 }]);
    expect(result.text).toContain('  anmält till polisen.\ncost_sek: 1200\nrisks: [RSK-klotter]\n');
    expect(removedLines(RECORD, result.text)).toEqual([]);
  });

  it('sets a nested key, creating the mapping when it is missing', () => {
    const nested = edit(RECORD, [{ op: 'set', path: ['kia', 'ref'], value: 'KIA-123' }]);
    expect(nested.text).toContain('kia:\n  type: near_miss\n  ref: KIA-123\n');
    const created = edit('id: SITE-a\ntitle: Skolan\n', [{ op: 'set', path: ['fire_protection', 'status'], value: 'adequate' }]);
    expect(created.text).toBe('id: SITE-a\ntitle: Skolan\nfire_protection:\n  status: adequate\n');
  });

  it('appends to a block list at its own indentation, and to a list of mappings', () => {
    const result = edit(RECORD, [
      { op: 'append', path: ['actions'], value: 'ACT-kameror' },
      { op: 'append', path: ['reported_to'], value: { authority: 'insurance', date: '2026-01-12' } },
    ]);
    expect(result.minimal).toBe(true);
    expect(result.text).toContain('actions:\n- ACT-sanera\n- ACT-kameror\n# trailing comment\n');
    expect(result.text).toContain('    date: 2026-01-11 # same day\n  - authority: insurance\n    date: 2026-01-12\nactions:');
    expect(removedLines(RECORD, result.text)).toEqual([]);
  });

  it('appends to a flow list by rewriting only that line', () => {
    const result = edit(RECORD, [{ op: 'append', path: ['risks'], value: 'RSK-brand' }]);
    expect(removedLines(RECORD, result.text)).toEqual(['risks: [RSK-klotter]']);
    expect(parse(result.text).risks).toEqual(['RSK-klotter', 'RSK-brand']);
  });

  it('creates a missing list with its first item', () => {
    const result = edit('id: RSK-a\ntitle: Brand\nowner: ks\narea: fire_safety\n', [{ op: 'append', path: ['assessments'], value: { date: '2026-01-01', likelihood: 2, consequence: 4 } }]);
    expect(result.text).toBe('id: RSK-a\ntitle: Brand\nowner: ks\narea: fire_safety\nassessments:\n  - date: 2026-01-01\n    likelihood: 2\n    consequence: 4\n');
  });

  it('removes a field with its lines, keeping the comment above the next key', () => {
    const result = edit(RECORD, [{ op: 'delete', path: ['description'] }]);
    expect(result.minimal).toBe(true);
    expect(removedLines(RECORD, result.text)).toEqual(['description: >-', '  Klotter på fasaden,', '  anmält till polisen.']);
    expect(addedLines(RECORD, result.text)).toEqual([]);
  });

  it('replaces a folded scalar by a one-line value and a one-line value by a multi-line one', () => {
    const folded = edit(RECORD, [{ op: 'set', path: ['description'], value: 'Kort.' }]);
    expect(folded.text).toContain('# Comment above the description, about the description.\ndescription: Kort.\nrisks:');
    const multi = edit(RECORD, [{ op: 'set', path: ['unit'], value: 'rad ett\nrad två' }]);
    expect(multi.text).toContain('unit: |-\n  rad ett\n  rad två\ncategory: vandalism\n');
  });

  it('keeps CRLF line ends and adds new lines with CRLF', () => {
    const crlf = RECORD.replace(/\n/g, '\r\n');
    const result = edit(crlf, [{ op: 'set', path: ['closed'], value: '2026-02-01' }, { op: 'set', path: ['status'], value: 'closed' }]);
    expect(result.text).toBe(crlf.replace('status: open', 'status: closed').replace('- ACT-sanera\r\n', '- ACT-sanera\r\nclosed: 2026-02-01\r\n'));
  });

  it('adds a newline to a last line that lacks one', () => {
    const result = edit('id: ACT-a\nstatus: planned', [{ op: 'set', path: ['done'], value: '2026-01-01' }]);
    expect(result.text).toBe('id: ACT-a\nstatus: planned\ndone: 2026-01-01\n');
  });

  it('reports no change when the value is already there', () => {
    const result = edit(RECORD, [{ op: 'set', path: ['status'], value: 'open' }]);
    expect(result.changed).toBe(false);
    expect(result.text).toBe(RECORD);
  });

  it('falls back to writing the whole document for a flow mapping, keeping comments', () => {
    const text = '# comment\n{id: X, title: Y}\n';
    const result = edit(text, [{ op: 'set', path: ['status'], value: 'open' }]);
    expect(result.minimal).toBe(false);
    expect(result.text.startsWith('# comment\n')).toBe(true);
    expect(parse(result.text)).toEqual({ id: 'X', title: 'Y', status: 'open' });
  });

  it('turns an empty `key:` into a mapping', () => {
    const result = edit('id: INC-x\nkia:\nstatus: open\n', [{ op: 'set', path: ['kia', 'type'], value: 'accident' }]);
    expect(result.text).toBe('id: INC-x\nkia:\n  type: accident\nstatus: open\n');
  });

  it('quotes values that YAML would read as something else', () => {
    const result = edit('id: X\n', [{ op: 'set', path: ['ref'], value: '123' }, { op: 'set', path: ['note'], value: 'a: b # c' }]);
    expect(parse(result.text)).toEqual({ id: 'X', ref: '123', note: 'a: b # c' });
  });
});

describe('editYamlText (properties)', () => {
  // Fictitious records of scalar fields, each with a comment line above and maybe one beside.
  const key = fc.constantFrom('title', 'status', 'cost_sek', 'notes', 'unit', 'date');
  const scalar = fc.oneof(fc.string({ maxLength: 30 }), fc.integer({ min: 0, max: 100_000 }), fc.boolean());
  const record = fc.uniqueArray(fc.tuple(key, scalar, fc.boolean()), { selector: ([k]) => k, minLength: 2, maxLength: 6 });
  const render = (fields: [string, unknown, boolean][]) =>
    fields.map(([k, v, beside]) => `# om ${k}\n${k}: ${JSON.stringify(v)}${beside ? ' # bredvid' : ''}\n`).join('') + '# slut\n';

  /** True when `sub` appears in `lines` in order (not necessarily adjacent). */
  const isSubsequence = (sub: string[], lines: string[]) => {
    let i = 0;
    for (const line of lines) if (line === sub[i]) i += 1;
    return i === sub.length;
  };

  it('changes only the lines of the edited field; the data is what the Document API gives', () => {
    fc.assert(
      fc.property(record, key, fc.option(scalar, { nil: undefined }), (fields, target, value) => {
        const text = render(fields);
        const edit: RecordEdit = value === undefined ? { op: 'delete', path: [target] } : { op: 'set', path: [target], value };
        const result = editYamlText(text, [edit]);
        const expected = Object.fromEntries(fields.map(([k, v]) => [k, v]));
        if (value === undefined) delete expected[target];
        else expected[target] = value;
        expect(parse(result.text) ?? {}).toEqual(expected);
        expect(result.minimal).toBe(true);
        const untouched = text.split('\n').filter((line) => !line.startsWith(`${target}:`));
        expect(isSubsequence(untouched, result.text.split('\n'))).toBe(true);
      }),
    );
  });
});

describe('editYamlText on any path (properties)', () => {
  // What `sak set PATH=VALUE` can ask for: names the record has or not, list indexes in and
  // past a list, under scalars, lists and mappings, and names of prototypes.
  const segment = fc.oneof(fc.constantFrom('title', 'kia', 'type', 'ref', 'reported_to', 'authority', 'date', 'risks', 'actions', 'description', 'x', '__proto__', 'constructor', 'prototype'), fc.nat({ max: 3 }));
  const value = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null), fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }), fc.dictionary(fc.constantFrom('a', 'date', '__proto__'), fc.string({ maxLength: 5 }), { maxKeys: 2 }));
  const anEdit: fc.Arbitrary<RecordEdit> = fc.tuple(fc.constantFrom('set', 'delete', 'append'), fc.array(segment, { minLength: 1, maxLength: 4 }), value).map(([op, path, v]) => (op === 'delete' ? { op, path } : { op: op as 'set' | 'append', path, value: v }));

  it('either writes text that reads back as its data, or refuses with what is in the way; never another error', () => {
    fc.assert(
      fc.property(fc.array(anEdit, { minLength: 1, maxLength: 3 }), (edits) => {
        let result;
        try {
          result = edit(RECORD, edits);
        } catch (error) {
          expect(error).toBeInstanceOf(EditError);
          const { blocking, beyond } = error as EditError;
          expect(blocking !== undefined || beyond !== undefined, String(error)).toBe(true);
          return;
        }
        expect(parse(result.text, { uniqueKeys: false }) ?? {}).toEqual(result.data);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe('toRecordYaml', () => {
  it('quotes times so that YAML 1.1 tools do not read them as base-60 numbers; dates stay plain', () => {
    expect(toRecordYaml({ time: '07:45', date: '2026-11-26', n: 5, text: 'kl 07:45' })).toBe('time: "07:45"\ndate: 2026-11-26\nn: 5\ntext: kl 07:45\n');
    expect(editYamlText('id: INC-x\n', [{ op: 'set', path: ['time'], value: '14:30' }]).text).toBe('id: INC-x\ntime: "14:30"\n');
  });
});
