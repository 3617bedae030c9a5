// The public report of a register with classified records and free text contains none of
// their text, in any format or language. The strings to look for are gathered from the
// register's files themselves, so a new free-text field in a fixture is checked too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../src/render/report-model.js';
import { parseQuarter, yearPeriod, type ReportPeriod } from '../../../src/core/report/period.js';
import type { Lang } from '../../../src/i18n/lang.js';
import { escapeMarkdownInline } from '../../../src/render/markdown-escape.js';
import { renderReportTemplate } from '../../support/report-render.js';
import { BASIC, loadFixture, REPO, SOURCE } from '../core/report/fixture.js';
import type { FieldSpec } from '../../../src/core/fields.js';
import { KINDS } from '../../../src/core/kinds.js';
import { AGGREGATE_ONLY_KINDS, isFreeTextField } from '../../../src/core/report/visibility.js';
import { fieldsOfKind } from '../../../src/store/kind-fields.js';
import type { RegisterData } from '../../../src/core/model.js';
import { sampleRegister, stringSlots } from '../support/sample-records.js';

/**
 * Fields whose text a public report must never show (report.md: everything but ids, titles,
 * enums, dates, numbers, references), by name, from the schemas of every kind.
 */
const FREE_TEXT = new Set(KINDS.flatMap((kind) => freeTextFields(fieldsOfKind(kind.name))));

/** The same by kind: a name that is free text in one kind may be an enum in another (`authority`). */
const FREE_TEXT_OF = new Map(KINDS.map((kind) => [kind.name, new Set(freeTextFields(fieldsOfKind(kind.name)))]));

/** The free-text field names of the kind a record's id belongs to (an id without a prefix: a unit). */
function freeTextOf(id: unknown): Set<string> {
  const kind = KINDS.find((k) => k.prefix !== null && String(id).startsWith(`${k.prefix}-`));
  return FREE_TEXT_OF.get(kind?.name ?? 'unit') ?? FREE_TEXT;
}

function freeTextFields(fields: readonly FieldSpec[]): string[] {
  return fields.flatMap((field) => {
    const item = field.type === 'list' ? field.item : undefined;
    if (isFreeTextField(field) || (item && isFreeTextField(item))) return [field.name];
    return [...freeTextFields(field.properties ?? []), ...freeTextFields(item?.properties ?? [])];
  });
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name.startsWith('.')) return [];
    if (statSync(file).isDirectory()) return yamlFiles(file);
    return name.endsWith('.yaml') && name !== 'sak.yaml' ? [file] : [];
  });
}

function freeText(value: unknown, key: string | undefined, out: Set<string>, names: Set<string> = FREE_TEXT): void {
  if (typeof value === 'string' && key !== undefined && names.has(key)) out.add(value.trim());
  else if (Array.isArray(value)) for (const item of value) freeText(item, typeof item === 'string' ? key : undefined, out, names);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) freeText(v, k, out, names);
}

/** The id prefixes of the kinds a public report gives only as counts (incidents, risks, sites). */
const AGGREGATE_PREFIXES = KINDS.filter((kind) => AGGREGATE_ONLY_KINDS.has(kind.name)).map((kind) => `${kind.prefix ?? ''}-`);

/**
 * Every text a public report of the register must not contain: free text of any record, id and
 * title of classified ones, and id and title of every incident, risk and site not classified 0.
 */
function secretsOf(root: string): string[] {
  const out = new Set<string>();
  // A unit's name is public (the report's labels); a site named like its unit ("Söderskolan")
  // is not found by its name alone, but by its id, which the scan still looks for.
  const unitNames = unitNamesOf(root);
  for (const file of yamlFiles(root)) {
    const record = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    freeText(record, undefined, out, freeTextOf(record.id));
    const classification = typeof record.classification === 'number' ? record.classification : 1;
    // An agreement with a public body is listed by title (counterparty_public: true).
    const aggregate = AGGREGATE_PREFIXES.some((prefix) => String(record.id).startsWith(prefix)) && record.counterparty_public !== true;
    if (classification >= 2 || (aggregate && classification !== 0)) {
      out.add(String(record.id));
      if (!aggregate || !unitNames.has(String(record.title))) out.add(String(record.title));
    }
  }
  return [...out].filter((s) => s.length >= 4).sort();
}

/** The titles and short names of a register's units (ids without a prefix): public labels. */
function unitNamesOf(root: string): Set<string> {
  const names = new Set<string>();
  for (const file of yamlFiles(root)) {
    const record = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (!/^[A-Z]+-/.test(String(record.id))) for (const key of ['title', 'short']) if (typeof record[key] === 'string') names.add(record[key]);
  }
  return names;
}

/** The ids and titles of the fixture's incidents, risks, sites and agreements without a public body, as the scan must look for them. */
function aggregateRecordsOf(root: string): string[] {
  return yamlFiles(root)
    .map((file) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>)
    .filter((record) => AGGREGATE_PREFIXES.some((prefix) => String(record.id).startsWith(prefix)) && record.counterparty_public !== true)
    .flatMap((record) => [String(record.id), String(record.title)]);
}

function template(lang: Lang, format: 'md' | 'html'): string {
  return readFileSync(path.join(REPO, 'templates', `report.${format}.hbs`), 'utf8');
}

function htmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

async function publicOutputs(root: string, period: ReportPeriod): Promise<Record<string, string>> {
  const register = await loadFixture(root);
  const outputs: Record<string, string> = {};
  for (const lang of ['sv', 'en'] as const) {
    const model = buildReportModel(register, { period, audience: 'public', lang, source: SOURCE });
    outputs[`json ${lang}`] = JSON.stringify(model);
    outputs[`md ${lang}`] = renderReportTemplate(template(lang, 'md'), model, { format: 'md', lang });
    outputs[`html ${lang}`] = renderReportTemplate(template(lang, 'html'), model, { format: 'html', lang });
  }
  return outputs;
}

function leaks(outputs: Record<string, string>, secrets: readonly string[]): string[] {
  const found: string[] = [];
  for (const [name, text] of Object.entries(outputs)) {
    for (const secret of secrets) {
      const forms = new Set([secret, escapeMarkdownInline(secret), htmlEscape(secret), JSON.stringify(secret).slice(1, -1), ...secret.split('\n').filter((l) => l.trim().length >= 12)]);
      for (const form of forms) if (text.includes(form)) found.push(`${name}: ${JSON.stringify(form)}`);
    }
  }
  return found;
}

describe('public reports leak nothing', () => {
  it('finds the secrets of the fixture in the internal report (the check can fail)', async () => {
    const secrets = secretsOf(BASIC);
    expect(secrets).toContain('HEMLIG-INCIDENT Hot mot skyddsgruppen');
    expect(secrets).toContain('FRITEXT-finding-serious');
    expect(secrets.length).toBeGreaterThan(30);
    const register = await loadFixture();
    const internal = renderReportTemplate(template('sv', 'md'), buildReportModel(register, { period: yearPeriod(2026), audience: 'internal', lang: 'sv', source: SOURCE }), { format: 'md', lang: 'sv' });
    expect(leaks({ internal }, secrets).length).toBeGreaterThan(10);
  });

  it('looks for the id and title of every incident, risk and site (the scan covers them)', () => {
    for (const root of [BASIC, path.join(REPO, 'examples', 'demo')]) {
      const secrets = new Set(secretsOf(root));
      const records = aggregateRecordsOf(root);
      expect(records.length).toBeGreaterThan(10);
      // Only a site named exactly like a unit is not looked for by its title (see secretsOf).
      const units = unitNamesOf(root);
      expect(records.filter((text) => text.length >= 4 && !secrets.has(text) && !units.has(text))).toEqual([]);
    }
  });

  it('shows every incident, risk and site id of the fixture in the internal report, in md, html and json', async () => {
    const register = await loadFixture();
    const model = buildReportModel(register, { period: yearPeriod(2026), audience: 'internal', lang: 'sv', source: SOURCE });
    const json = JSON.stringify(model);
    const md = renderReportTemplate(template('sv', 'md'), model, { format: 'md', lang: 'sv' });
    const html = renderReportTemplate(template('sv', 'html'), model, { format: 'html', lang: 'sv' });
    const shown = (text: string) => aggregateRecordsOf(BASIC).filter((s) => text.includes(s) || text.includes(escapeMarkdownInline(s)) || text.includes(htmlEscape(s)));
    for (const text of [json, md, html]) expect(shown(text).length).toBeGreaterThan(6);
  });

  it('shows no free text and no classified record of the fixture', async () => {
    const outputs = await publicOutputs(BASIC, yearPeriod(2026));
    expect(leaks(outputs, secretsOf(BASIC))).toEqual([]);
    for (const text of Object.values(outputs)) expect(text).not.toMatch(/HEMLIG|FRITEXT/);
  });

  it('shows no free text and no classified record of the demo register', async () => {
    const demo = path.join(REPO, 'examples', 'demo');
    const secrets = secretsOf(demo);
    expect(secrets).toContain('Vattenverket i Demoby');
    expect(secrets).toContain('Hot med kniv mot personal på boende');
    for (const period of [yearPeriod(2026), parseQuarter('2026-Q4') as ReportPeriod, yearPeriod(2025)]) {
      expect(leaks(await publicOutputs(demo, period), secrets)).toEqual([]);
    }
  });

  it('shows no free text of any field of any kind (a register generated from the schemas)', async () => {
    // Every string field that is free text holds a marker naming it; the rest stay as the schema wants them.
    // Only letters, digits and `-`, so no escaping (Markdown, HTML, JSON) hides a marker from the search.
    const marker = (kind: string, pointer: string) => `fritext-${kind}${pointer.replace(/[/_]/g, '-')}`;
    const records = sampleRegister((kind, path, field) => (isFreeTextField(field) ? marker(kind.name, `/${path.join('/')}`) : 'Provtext (fiktiv)'));
    const markers = KINDS.flatMap((kind) => stringSlots(kind).filter((slot) => isFreeTextField(slot.field)).map((slot) => marker(kind.name, slot.pointer)));
    expect(markers.length).toBeGreaterThan(40);
    const register = { config: { format: 1, municipality: 'Provkommun (fiktiv)' }, records } as RegisterData;
    const outputs: Record<string, string> = {};
    for (const audience of ['public', 'internal'] as const) {
      for (const lang of ['sv', 'en'] as const) {
        const model = buildReportModel(register, { period: yearPeriod(2026), audience, lang, source: SOURCE });
        outputs[`${audience} json ${lang}`] = JSON.stringify(model);
        outputs[`${audience} md ${lang}`] = renderReportTemplate(template(lang, 'md'), model, { format: 'md', lang });
        outputs[`${audience} html ${lang}`] = renderReportTemplate(template(lang, 'html'), model, { format: 'html', lang });
      }
    }
    const found = (audience: string) => Object.entries(outputs).filter(([name]) => name.startsWith(audience)).flatMap(([name, text]) => markers.filter((m) => text.toLowerCase().includes(m)).map((m) => `${name}: ${m}`));
    // The internal report shows free text (so the markers can be found), the public one none of it.
    expect(found('internal').length).toBeGreaterThan(5);
    expect(found('public')).toEqual([]);
  });
});
