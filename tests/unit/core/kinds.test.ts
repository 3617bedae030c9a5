import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldAt } from '../../../src/core/fields.js';
import { readmeText } from '../../../src/render/register-files.js';
import { ANY_ID, DATED_PREFIXES, KINDS, KIND_NAMES, idDefinitionName, idDefinitions, kindOfId, kindOfIdDefinition, recordPath } from '../../../src/core/kinds.js';
import { findPersonalNumbers, mayHoldPersonalNumbers } from '../../../src/core/validate/pii.js';
import { onboardingHelp } from '../../../src/i18n/help-onboarding.js';
import { recordHelp } from '../../../src/i18n/help-records.js';
import { fieldsOfKind } from '../../../src/store/kind-fields.js';

// The kinds table (src/core/kinds.ts) is the one source of what a kind is. These tests fail
// when something that must follow it does not: the schemas, the id definitions of
// common.schema.json, the help texts that list the kinds, and the docs' lists of folders.
// docs/CONTRIBUTING.md ("Adding a kind") says what to change.

const schemaDir = path.resolve('schemas');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')) as Record<string, unknown>;

/** The kinds that have a schema: every schemas/<kind>.schema.json but common, config and report. */
const schemaKinds = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => f.slice(0, -'.schema.json'.length))
  .filter((n) => n !== 'common' && n !== 'config' && n !== 'report');

/** The fields of every record, whatever its kind: the commands read them from any record (classification for the public audience, source for imports). */
const EVERY_RECORDS_FIELDS = ['id', 'title', 'notes', 'tags', 'links', 'classification', 'source'];

describe('the kinds table', () => {
  it("every kind's schema has the fields every record has", () => {
    for (const name of schemaKinds) {
      const properties = Object.keys((readJson(`${name}.schema.json`).properties ?? {}) as object);
      const missing = EVERY_RECORDS_FIELDS.filter((field) => !properties.includes(field));
      expect(missing, `schemas/${name}.schema.json lacks fields every record has: take them from another kind's schema`).toEqual([]);
    }
  });

  it('has one row for every schemas/<kind>.schema.json and a schema for every row', () => {
    const withoutRow = schemaKinds.filter((name) => !(KIND_NAMES as readonly string[]).includes(name));
    const withoutSchema = KIND_NAMES.filter((name) => !schemaKinds.includes(name));
    expect(withoutRow, 'schemas/<kind>.schema.json without a row in KINDS (src/core/kinds.ts)').toEqual([]);
    expect(withoutSchema, 'rows of KINDS (src/core/kinds.ts) without a schemas/<kind>.schema.json').toEqual([]);
  });

  it('gives each kind its own folder and prefix, and a prefix exactly to the slug and dated forms', () => {
    expect(new Set(KINDS.map((k) => k.folder)).size).toBe(KINDS.length);
    const prefixes = KINDS.map((k) => k.prefix).filter((p): p is string => p !== null);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const kind of KINDS) {
      if (kind.idForm === 'unit') expect(kind.prefix, kind.name).toBeNull();
      else expect(kind.prefix, kind.name).toMatch(/^[A-Z]{2,5}$/);
    }
  });

  it('names only fields its kind has (refs, enums, prompts, columns, unit, area and year fields)', () => {
    for (const kind of KINDS) {
      const fields = fieldsOfKind(kind.name);
      const paths = [
        ...kind.refs.map((r) => r.path.join('.')),
        ...Object.keys(kind.enums),
        ...kind.prompts,
        ...kind.columns.filter((c) => !c.startsWith('@')),
        ...kind.unitFields,
        ...kind.areaFields,
        ...kind.eventDates.map((p) => p.join('.')),
        ...Object.keys(kind.defaults),
        ...(kind.yearField ? [kind.yearField] : []),
        ...(kind.datedEntries ? [kind.datedEntries] : []),
        ...(kind.close?.dateField ? [kind.close.dateField] : []),
        ...(kind.review?.type === 'entry' ? [kind.review.list] : []),
      ];
      for (const dotted of paths) expect(fieldAt(fields, dotted.split('.')), `${kind.name}: ${dotted}`).toBeDefined();
    }
  });
});

describe('ids follow the table', () => {
  it('common.schema.json holds the id definitions derived from the table (see idDefinitions in kinds.ts)', () => {
    const definitions = (readJson('common.schema.json').definitions ?? {}) as Record<string, Record<string, unknown>>;
    const expected = idDefinitions();
    for (const [name, definition] of Object.entries(expected)) {
      expect(definitions[name], `schemas/common.schema.json needs "${name}": ${JSON.stringify(definition)}`).toMatchObject(definition);
      if (!('maxLength' in definition)) expect(definitions[name]?.maxLength, `definitions.${name}.maxLength`).toBeUndefined();
    }
    const idNames = Object.keys(definitions).filter((n) => /Id$/.test(n));
    expect(idNames.sort()).toEqual(Object.keys(expected).sort());
  });

  it('the schema of each kind takes its id from its own definition', () => {
    for (const kind of KINDS) {
      const id = (readJson(`${kind.name}.schema.json`).properties as Record<string, { $ref?: string }>).id;
      expect(id?.$ref, kind.name).toBe(`common.schema.json#/definitions/${idDefinitionName(kind)}`);
      expect(kindOfIdDefinition(idDefinitionName(kind))).toBe(kind);
    }
  });

  it('recognises an example id of every kind, and its file path', () => {
    for (const kind of KINDS) {
      const id = kind.idForm === 'unit' ? 'kommunstyrelsen' : kind.idForm === 'dated' ? `${kind.prefix}-20261126-7QX2K` : `${kind.prefix}-exempel`;
      expect(kindOfId(id), id).toBe(kind);
      expect(ANY_ID.test(id), id).toBe(true);
      expect(recordPath(kind, id)).toBe(kind.idForm === 'dated' ? `${kind.folder}/2026/${id}.yaml` : `${kind.folder}/${id}.yaml`);
    }
    expect(kindOfId('XYZ-exempel')).toBeUndefined();
    expect(ANY_ID.test('XYZ-20261126-7QX2K')).toBe(false);
  });

  it('does not take the date of any dated id for a personal number', () => {
    expect(DATED_PREFIXES.length).toBeGreaterThan(0);
    for (const prefix of DATED_PREFIXES) {
      // 19811218-9876 would be a valid personnummer; after a dated prefix it is an id.
      const text = `se ${prefix}-19811218-9876X`;
      expect(findPersonalNumbers(text), prefix).toEqual([]);
      expect(mayHoldPersonalNumbers(text), prefix).toBe(false);
    }
    expect(findPersonalNumbers('se 19811218-9876')).toHaveLength(1);
  });
});

describe('texts that list the kinds', () => {
  const list = KIND_NAMES.join(', ');

  it('the help of list and import names every kind, in table order', () => {
    for (const lang of ['sv', 'en'] as const) {
      for (const text of [recordHelp(lang, 'arg.kind'), onboardingHelp(lang, 'arg.import-kind')]) expect(text, lang).toMatch(/: \{kinds\}$/);
    }
    expect(recordHelp('en', 'arg.kind', { kinds: list })).toBe(`kind: ${list}`);
  });

  it('the README of sak init has a row for every folder', () => {
    for (const lang of ['sv', 'en'] as const) {
      const rows = readmeText('Provkommun', lang)
        .split('\n')
        .filter((line) => /^\| `[a-z_]+\//.test(line))
        .map((line) => /^\| `([a-z_]+)\//.exec(line)?.[1]);
      expect(rows, lang).toEqual(KINDS.map((k) => k.folder));
    }
  });

  it('docs/register-format.md shows every folder in its layout and one example of every kind', () => {
    const text = readFileSync(path.resolve('docs/register-format.md'), 'utf8');
    const layout = /## Layout\n\n```\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
    const folders = layout
      .split('\n')
      .map((line) => /^([a-z_]+)\//.exec(line)?.[1])
      .filter((f): f is string => f !== undefined && f !== 'sak' && f !== 'reports');
    expect(folders, 'docs/register-format.md, "## Layout": a line per folder of the kinds table, in its order').toEqual(KINDS.map((k) => k.folder));
    const sections = [...text.matchAll(/^## ([a-z_]+) — `/gm)].map((m) => m[1]);
    expect(sections, 'docs/register-format.md: a section "## <kind> — `<folder>/`" with an example record per kind, in table order').toEqual([...KIND_NAMES]);
  });

  it('docs/register-format.md names the date of every kind that `sak set --before` compares', () => {
    const text = readFileSync(path.resolve('docs/register-format.md'), 'utf8');
    const before = /^- `--before DATE`[\s\S]*?(?=\n- )/m.exec(text)?.[0] ?? '';
    expect(before).not.toBe('');
    for (const kind of KINDS) {
      expect(before, `docs/register-format.md, "--before DATE": name ${kind.name}`).toContain(kind.name);
      if (kind.yearField) expect(before, `docs/register-format.md, "--before DATE": name ${kind.name}'s \`${kind.yearField}\``).toContain(`\`${kind.yearField}\``);
    }
  });

  it('docs/privacy.md has a row for every kind a public output gives only as counts', () => {
    const text = readFileSync(path.resolve('docs/privacy.md'), 'utf8');
    const table = /\| Kind \| Public report \| Why \|\n\|[-|]+\|\n((?:\|.*\n)+)/.exec(text)?.[1] ?? '';
    const counted = KINDS.filter((kind) => kind.inPublic === 'counts');
    expect(table.trim().split('\n'), `docs/privacy.md, "The public report": a row per kind with inPublic 'counts' (${counted.map((k) => k.name).join(', ')})`).toHaveLength(counted.length);
  });

  it("the README's list of folders names every folder", () => {
    const text = readFileSync(path.resolve('README.md'), 'utf8').replace(/\n/g, ' ');
    const list = /\(`units\/`[^)]*\)/.exec(text)?.[0] ?? '';
    expect([...list.matchAll(/`([a-z_]+)\//g)].map((m) => m[1]), 'README.md, "## Registret": the folders in brackets after `units/`, in table order').toEqual(KINDS.map((k) => k.folder));
  });
});
