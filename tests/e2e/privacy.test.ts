// Privacy, end to end: personnummer are refused by every command that writes (add, set,
// close, review, import) before anything is written; `sak list` and `sak show` take
// `--audience public|internal` (default internal: they are the coordinator's own tools)
// and in public show what a public report shows — no free text, no record classified 2
// or higher, no reference to one — using the report's visibility rules.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toRecordYaml } from '../../src/core/edit/yaml-edit.js';
import { KINDS } from '../../src/core/kinds.js';
import { isFreeTextField } from '../../src/core/report/visibility.js';
import { SAMPLE_IDS, sampleRegister, stringSlots } from '../unit/support/sample-records.js';
import { makeGitRegister, makeMinimalRegister, makeTempDir, sak, writeRecord } from './helpers.js';
import { expectNoFault, expectUnchanged, snapshot } from './support/hardening.js';

const PNR = ['19850709-9805', '850709-9805', '8507099805'];

describe('a personnummer is refused before anything is written', () => {
  it('by set, close, review, add (nested, through --set) and import: exit 1, masked, the register as it was', async () => {
    const root = await makeGitRegister();
    writeRecord(root, 'incidents/2026/INC-20261101-7QX2K.yaml', 'id: INC-20261101-7QX2K\ntitle: Krossad ruta (fiktiv)\ndate: 2026-11-01\nunit: kommunstyrelsen\ncategory: vandalism\nseverity: low\nstatus: open\n');
    const csv = path.join(makeTempDir(), 'incidenter.csv');
    writeFileSync(csv, 'title;date;unit;category;severity;description\nInbrott (fiktiv);2026-11-01;kommunstyrelsen;burglary;low;ok\nStöld (fiktiv);2026-11-02;kommunstyrelsen;theft;low;Anmält av 850709-9805\n');
    const before = snapshot(root);
    const performed = "performed=[{date: 2026-11-01, result: deviations, findings: [{severity: low, description: 'Anmäld av 8507099805'}]}]";
    const runs = [
      { args: ['set', 'DOC-brandskyddspolicy', `notes=Kontakt ${PNR[0]}`], field: /DOC-brandskyddspolicy\.yaml:\d+:\d+ error pii/ },
      { args: ['set', 'INC-20261101-7QX2K', `reported_to=[{authority: police, date: 2026-11-02}]`, `kia={type: near_miss, ref: "${PNR[2]}"}`], field: /INC-20261101-7QX2K\.yaml:\d+:\d+ error pii/ },
      { args: ['close', 'INC-20261101-7QX2K', '--note', `Utredd med ${PNR[1]}`], field: /INC-20261101-7QX2K\.yaml:\d+:\d+ error pii/ },
      { args: ['review', 'CTL-internkontroll-brand-och-olyckor', '--result', 'deviations', '--finding', `high:Anmäld av ${PNR[1]}`], field: /CTL-internkontroll-brand-och-olyckor\.yaml:\d+:\d+ error pii/ },
      { args: ['review', 'DOC-brandskyddspolicy', '--outcome', 'confirmed', '--by', `Handläggare ${PNR[2]}`], field: /error pii/ },
      { args: ['add', 'control', '--no-input', '--title', 'Kontroll (fiktiv)', '--unit', 'kommunstyrelsen', '--area', 'fire_safety', '--frequency', 'P1Y', '--set', performed], field: /controls\/CTL-kontroll-fiktiv\.yaml:\d+:\d+ error pii/ },
      { args: ['add', 'unit', '--no-input', '--title', 'Enhet (fiktiv)', '--type', 'team', '--tags', PNR[2] as string], field: /units\/enhet-fiktiv\.yaml:\d+:\d+ error pii/ },
      { args: ['import', 'incident', csv], field: /rad 3, kolumn F \(description\): .*personnummer/ },
    ];
    for (const { args, field } of runs) {
      const run = await sak(root, args);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(1);
      expect(run.stderr).toMatch(field);
      expect(run.stderr).toMatch(/XXXX/);
      expect(run.stderr).not.toMatch(/9805/);
      expectNoFault(run);
    }
    expectUnchanged(root, before);
  });
});

/** A valid register of one generated record per kind, every free-text field marked, plus a record classified 2 that others name. */
function markedRegister(): { root: string; markers: string[] } {
  const root = makeMinimalRegister();
  const marker = (kind: string, pointer: string) => `fritext-${kind}${pointer.replace(/[/_]/g, '-')}`;
  const records = sampleRegister((kind, p, field) => (isFreeTextField(field) ? marker(kind.name, `/${p.join('/')}`) : 'Provtext (fiktiv)'));
  for (const record of records) {
    const data = record.data as unknown as Record<string, unknown>;
    if (record.kind === 'incident') data.risks = [SAMPLE_IDS.risk, 'RSK-hemlig'];
    writeRecord(root, record.file, toRecordYaml(data));
  }
  // A control's `demand` names an entry of sak.yaml's control_demands (a slug the sampler
  // fills with its marker): the register declares it, so that the sample stays valid.
  writeRecord(root, 'sak.yaml', `format: 1\nmunicipality: Testkommun (fiktiv)\ncontrol_demands:\n  - id: ${marker('control', '/demand')}\n    title: Provkrav (fiktivt)\n    area: fire_safety\n    unit_type: department\n    every: P1Y\n    method: inspection\n`);
  writeRecord(root, 'risks/RSK-hemlig.yaml', 'id: RSK-hemlig\ntitle: HEMLIG risk (fiktiv)\nowner: enhet-prov\narea: protective_security\nclassification: 2\ndescription: HEMLIG beskrivning\n');
  const markers = KINDS.flatMap((kind) => stringSlots(kind).filter((slot) => isFreeTextField(slot.field)).map((slot) => marker(kind.name, slot.pointer)));
  return { root, markers };
}

describe('sak list and sak show for an audience', () => {
  it('internal (the default) shows everything; public shows what a public report shows, in every format', async () => {
    const { root, markers } = markedRegister();
    const v = await sak(root, ['validate', '--no-cache']);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const leaked = (text: string) => markers.filter((m) => text.includes(m)).concat(/HEMLIG|RSK-hemlig/.test(text) ? ['HEMLIG'] : []);

    const internal = await sak(root, ['list', '--format', 'json']);
    expect(leaked(internal.stdout).length).toBeGreaterThan(markers.length / 2);
    expect(internal.stdout).toContain('RSK-hemlig');

    const json = await sak(root, ['list', '--audience', 'public', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(leaked(json.stdout)).toEqual([]);
    expect(json.stderr).toMatch(/1 post med informationsklass 2 eller högre visas inte/);
    const listed = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(listed.map((r) => r.id)).toEqual(expect.arrayContaining(Object.values(SAMPLE_IDS)));
    // The incident's reference to the classified risk is there, but as null, as in the report.
    expect(listed.find((r) => r.id === SAMPLE_IDS.incident)?.risks).toEqual([SAMPLE_IDS.risk, null]);
    // Ids, titles, enums, dates, numbers and references are all still there.
    expect(listed.find((r) => r.id === SAMPLE_IDS.incident)).toMatchObject({ title: 'Provtext (fiktiv)', date: '2026-03-01', unit: SAMPLE_IDS.unit, injured: 0 });

    for (const format of ['table', 'csv']) {
      const run = await sak(root, ['list', '--audience', 'public', '--format', format]);
      expect(run.code).toBe(0);
      expect(leaked(run.stdout), format).toEqual([]);
    }
    for (const id of Object.values(SAMPLE_IDS)) {
      // Text for the kinds with the deepest free text; json for all.
      for (const format of [SAMPLE_IDS.control, SAMPLE_IDS.document, SAMPLE_IDS.incident].includes(id) ? ['json', 'text'] : ['json']) {
        const run = await sak(root, ['show', id, '--audience', 'public', '--format', format]);
        expect(run.code, run.stderr).toBe(0);
        expect(leaked(run.stdout), `${id} ${format}`).toEqual([]);
        expectNoFault(run);
      }
    }
    const internalShow = await sak(root, ['show', SAMPLE_IDS.control, '--format', 'json']);
    expect(internalShow.stdout).toContain('fritext-control-performed-0-findings-0-description');
  });

  it('public refuses a classified record (exit 1) and the file as it is (exit 2); an unknown audience is exit 2', async () => {
    const { root } = markedRegister();
    const hidden = await sak(root, ['show', 'RSK-hemlig', '--audience', 'public', '--format', 'json']);
    expect(hidden.code).toBe(1);
    expect(hidden.stdout).toBe('');
    expect(hidden.stderr).toMatch(/RSK-hemlig har informationsklass 2 och visas inte med --audience public/);
    const yaml = await sak(root, ['show', SAMPLE_IDS.risk, '--audience', 'public', '--format', 'yaml']);
    expect(yaml.code).toBe(2);
    expect(yaml.stdout).toBe('');
    for (const args of [['list', '--audience', 'alla'], ['show', SAMPLE_IDS.risk, '--audience', 'alla']]) {
      const run = await sak(root, args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/okänt värde "alla" för --audience; välj public, internal/);
    }
  });
});
