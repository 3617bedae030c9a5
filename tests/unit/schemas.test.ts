// The schemas on their own: a stock Ajv (draft-07, formats) accepts the example register
// and refuses what register.md refuses, one case per kind.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { KINDS, KIND_NAMES, type KindName } from '../../src/core/kinds.js';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

const schemaDir = path.resolve('schemas');
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
for (const name of readdirSync(schemaDir)) ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, name), 'utf8')));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = path.join(dir, name);
    return statSync(abs).isDirectory() ? yamlFiles(abs) : name.endsWith('.yaml') ? [abs] : [];
  });
}

const folderKinds: Record<string, string> = Object.fromEntries(KINDS.map((kind) => [kind.folder, kind.name]));

describe('schemas', () => {
  it('are draft-07 with a title and description each', () => {
    for (const name of readdirSync(schemaDir)) {
      const schema = JSON.parse(readFileSync(path.join(schemaDir, name), 'utf8'));
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.title).toBeTruthy();
      expect(schema.description).toBeTruthy();
    }
  });

  it('accept every record of the example register in a stock Ajv', () => {
    const register = path.resolve('register');
    const config = ajv.getSchema('config.schema.json');
    expect(config?.(parse(readFileSync(path.join(register, 'sak.yaml'), 'utf8'))), JSON.stringify(config?.errors)).toBe(true);
    let checked = 0;
    for (const [folder, kind] of Object.entries(folderKinds)) {
      let files: string[] = [];
      try {
        files = yamlFiles(path.join(register, folder));
      } catch {
        continue;
      }
      const validate = ajv.getSchema(`${kind}.schema.json`);
      for (const file of files) {
        expect(validate?.(parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validate?.errors)}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  // A valid record of every kind (the compiler asks for a new kind's) and at least one refusal each.
  const base: Record<KindName, object> = {
    unit: { id: 'skola', title: 'Skolan', type: 'school' },
    site: { id: 'SITE-skolan', title: 'Skolan', fire_protection: { status: 'adequate', assessed: '2026-01-10' } },
    requirement: { id: 'REQ-lso', title: 'Lag om skydd mot olyckor', type: 'law', reference: 'SFS 2003:778' },
    document: { id: 'DOC-policy', title: 'Policy', type: 'policy', owner: 'kommunstyrelsen', adopted: { date: 2005 }, reviews: [{ date: '2013-05', outcome: 'confirmed' }] },
    risk: { id: 'RSK-brand', title: 'Brand', owner: 'nvk', area: 'fire_safety', assessments: [{ date: '2026-01-01', likelihood: 3, consequence: 4 }] },
    control: { id: 'CTL-larm', title: 'Larmkontroll', unit: 'nvk', area: 'physical_security', frequency: 'P1Y', performed: [{ date: '2026-03-01', result: 'deviations', findings: [{ severity: 'serious', description: 'Larm ur funktion', reported: { date: '2026-03-01', to: ['ledningsgruppen'] } }] }] },
    action: { id: 'ACT-avtal', title: 'Avtal med NVK', owner: 'kommunstyrelsen', status: 'planned', due: '2027-12-31' },
    incident: { id: 'INC-20261126-7QX2K', title: 'Klotter', date: '2026-11-26', unit: 'nvk', category: 'graffiti', severity: 'low', status: 'open', kia: { type: 'near_miss' } },
    exercise: { id: 'EXR-20261126-7QX2K', title: 'Utrymning', date: '2026-11-26', type: 'drill', topic: 'evacuation', units: ['skola'] },
    agreement: { id: 'AGR-bevakning', title: 'Bevakning', type: 'supplier', owner: 'kommunstyrelsen', start: '2026-01-01', end: '2027-12-31', notice: 'P6M', followups: [{ date: '2026-06-01', result: 'ok' }] },
  };
  const refusals: [KindName, object][] = [
    ['unit', { type: 'skola' }],
    ['site', { fire_protection: { status: 'ok' } }],
    ['requirement', { url: 'inte en adress' }],
    ['document', { review: 'P1' }],
    ['document', { adopted: { date: '2005-13' } }],
    ['risk', { assessments: [{ date: '2026-01-01', likelihood: 7, consequence: 1 }] }],
    ['control', { frequency: 'årligen' }],
    ['action', { due: '2027-02-30' }],
    ['incident', { id: 'INC-20261126-7QX2I' }],
    ['incident', { time: '24:00' }],
    ['incident', { classification: 4 }],
    ['incident', { titel: 'stavfel' }],
    ['exercise', { units: [] }],
    ['agreement', { notice: 'sex månader' }],
    ['agreement', { followups: [{ date: '2026-06-01', result: 'bra' }] }],
  ];

  it('have a valid record and a refusal of every kind in this test', () => {
    expect(KIND_NAMES.filter((kind) => !refusals.some(([k]) => k === kind)), 'kinds without a case in `refusals` of tests/unit/schemas.test.ts').toEqual([]);
  });

  it.each(KIND_NAMES)('accept a valid %s', (kind) => {
    const validate = ajv.getSchema(`${kind}.schema.json`);
    expect(validate?.(base[kind]), JSON.stringify(validate?.errors)).toBe(true);
  });

  it.each(refusals)('refuse a %s with %j', (kind: KindName, change) => {
    const validate = ajv.getSchema(`${kind}.schema.json`);
    expect(validate?.({ ...base[kind], ...change })).toBe(false);
  });
});

describe('the sak.yaml that sak init writes', () => {
  it('is valid with every commented example uncommented', async () => {
    const { configText } = await import('../../src/render/register-files.js');
    for (const lang of ['sv', 'en'] as const) {
      // Uncomment the YAML lines (`# <a key of sak.yaml>:` and the indented lines under it), not the prose.
      const keys = Object.keys((JSON.parse(readFileSync(path.join(schemaDir, 'config.schema.json'), 'utf8')) as { properties: object }).properties);
      const text = configText('Provkommun', lang)
        .split('\n')
        .map((line) => (keys.some((key) => line.startsWith(`# ${key}:`)) || line.startsWith('#   ') ? line.slice(2) : line))
        .join('\n');
      const data = parse(text) as Record<string, unknown>;
      expect(data.reporting, lang).toHaveLength(2);
      const config = ajv.getSchema('config.schema.json');
      expect(config?.(data), `${lang}: ${JSON.stringify(config?.errors)}`).toBe(true);
    }
  });
});
