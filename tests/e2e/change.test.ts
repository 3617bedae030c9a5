// End-to-end tests of set, close, review and edit: every change keeps comments and every
// untouched line byte for byte, validates first, writes atomically and commits one file.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ProblemsError } from '../../src/errors.js';
import { editInProcess } from '../support/scripted-editor.js';
import { TODAY, commitCount, commitSubject, filesOfCommit, git, makeGitRegister, readText, runSakInTerminal, sak, writeRecord } from './helpers.js';

const ACTION = 'actions/ACT-avtal-med-nvk.yaml';
const CONTROL = 'controls/CTL-internkontroll-brand-och-olyckor.yaml';
const DOCUMENT = 'documents/DOC-brandskyddspolicy.yaml';

// A fictitious incident written by hand, with comments in every place a person puts them.
const INCIDENT_ID = 'INC-20261110-4DK7Q';
const INCIDENT = `incidents/2026/${INCIDENT_ID}.yaml`;
const INCIDENT_TEXT = `# yaml-language-server: $schema=../../.sak/schemas/incident.schema.json
# Fiktiv incident för test.
id: ${INCIDENT_ID}
title: "Vattenskada i arkivet (fiktiv)"   # rubrik enligt anmälan
date: 2026-11-10
unit: kommunstyrelsen
category: water_damage
severity: medium
status: open
# Beskrivningen är ordagrant från anmälan.
description: >-
  Läckande rör i taket ovanför arkivet,
  upptäckt av vaktmästaren.
risks: []
actions:
- ACT-avtal-med-nvk   # fel åtgärd, rättas senare
# slut på posten
`;

async function registerWithIncident(): Promise<string> {
  const root = await makeGitRegister();
  writeRecord(root, INCIDENT, INCIDENT_TEXT);
  await git(root, ['add', '-A']);
  await git(root, ['commit', '-q', '-m', 'incident']);
  return root;
}

/** Lines of `after` that were not lines of `before`, and the other way round. */
function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}

async function expectOneCommit(root: string, before: number, file: string, subject: string): Promise<void> {
  expect(await commitCount(root)).toBe(before + 1);
  expect(await filesOfCommit(root)).toEqual([file]);
  expect(await commitSubject(root)).toBe(subject);
}

describe('sak set', () => {
  it('replaces, adds and removes fields, touching only their lines; one commit', async () => {
    const root = await registerWithIncident();
    const before = await commitCount(root);
    const run = await sak(root, ['set', INCIDENT_ID, 'status=investigating', 'cost_sek=4500', 'title=Vattenskada i arkivet, plan 2 (fiktiv)']);
    expect(run.stderr).toContain('Ändrade');
    expect(run.code).toBe(0);
    const after = readText(root, INCIDENT);
    // cost_sek goes after the key before it in schema order (description), not at the end.
    const expected = INCIDENT_TEXT.replace('"Vattenskada i arkivet (fiktiv)"   #', 'Vattenskada i arkivet, plan 2 (fiktiv)   #')
      .replace('status: open', 'status: investigating')
      .replace('  upptäckt av vaktmästaren.\n', '  upptäckt av vaktmästaren.\ncost_sek: 4500\n');
    expect(after).toBe(expected);
    await expectOneCommit(root, before, INCIDENT, `sak: set incident ${INCIDENT_ID}: Vattenskada i arkivet, plan 2 (fiktiv)`);
    expect((await sak(root, ['set', INCIDENT_ID, 'description='])).code).toBe(0);
    expect(readText(root, INCIDENT)).toBe(expected.replace('description: >-\n  Läckande rör i taket ovanför arkivet,\n  upptäckt av vaktmästaren.\n', ''));
  });

  it('sets nested fields and list items', async () => {
    const root = await registerWithIncident();
    expect((await sak(root, ['set', INCIDENT_ID, 'kia.type=near_miss', 'kia.ref=KIA-77', 'actions[0]=ACT-utbildning-i-brandskydd-och-hlr', 'risks=[]'])).code).toBe(0);
    const after = readText(root, INCIDENT);
    expect(parse(after)).toMatchObject({ kia: { type: 'near_miss', ref: 'KIA-77' }, actions: ['ACT-utbildning-i-brandskydd-och-hlr'] });
    expect(after).toContain('- ACT-utbildning-i-brandskydd-och-hlr   # fel åtgärd, rättas senare\n');
    expect(lineDiff(INCIDENT_TEXT, after).removed).toEqual(['- ACT-avtal-med-nvk   # fel åtgärd, rättas senare']);
  });

  it('keeps the example files\' comments, folded text and flow lists when changing one field', async () => {
    const root = await makeGitRegister();
    const original = readText(root, ACTION);
    expect((await sak(root, ['set', 'ACT-avtal-med-nvk', 'due=2027-06-30'])).code).toBe(0);
    expect(readText(root, ACTION)).toBe(original.replace('due: 2027-12-31', 'due: 2027-06-30'));
    const control = readText(root, CONTROL);
    expect((await sak(root, ['set', 'CTL-internkontroll-brand-och-olyckor', 'frequency=P6M'])).code).toBe(0);
    expect(readText(root, CONTROL)).toBe(control.replace('frequency: P1Y', 'frequency: P6M'));
  });

  it('an invalid change exits 1 and leaves the file byte for byte as it was, with no commit', async () => {
    const root = await registerWithIncident();
    const before = await commitCount(root);
    for (const assignment of ['status=stängd', 'cost_sek=-5', 'unit=kommunstyrelse', 'notes=Anmält av 19121212-1212', 'okant_falt=1', 'status=closed']) {
      const run = await sak(root, ['set', INCIDENT_ID, assignment]);
      expect(run.code, assignment).toBe(1);
      expect(readFileSync(path.join(root, INCIDENT), 'utf8'), assignment).toBe(INCIDENT_TEXT);
    }
    expect(await commitCount(root)).toBe(before);
    expect((await git(root, ['status', '--porcelain'])).stdout).toBe('');
    expect(readdirSync(path.join(root, 'incidents', '2026'))).toEqual([`${INCIDENT_ID}.yaml`]);
  });

  it('an unknown id is exit 2 with a suggestion; a malformed assignment is exit 2', async () => {
    const root = await makeGitRegister();
    const unknown = await sak(root, ['set', 'ACT-avtal-med-nwk', 'status=done']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Menade du ACT-avtal-med-nvk?');
    const malformed = await sak(root, ['set', 'ACT-avtal-med-nvk', 'status']);
    expect(malformed.code).toBe(2);
    const none = await sak(root, ['set', 'ACT-avtal-med-nvk']);
    expect(none.code).toBe(2);
  });

  it('reads values as every command does: labels, Swedish numbers, units by title, days; 12.500 refused', async () => {
    const root = await registerWithIncident();
    const run = await sak(root, ['set', INCIDENT_ID, 'severity=Hög', 'cost_sek=3 400', 'status=Under utredning', 'police_report=ja', 'unit=Kommunstyrelsen', '--no-commit']);
    expect(run.code, run.stderr).toBe(0);
    expect(parse(readText(root, INCIDENT))).toMatchObject({ severity: 'high', cost_sek: 3400, status: 'investigating', police_report: true, unit: 'kommunstyrelsen' });
    const decimal = await sak(root, ['set', INCIDENT_ID, 'cost_sek=12 500,50', '--no-commit']);
    expect(decimal.code).toBe(0);
    expect(parse(readText(root, INCIDENT)).cost_sek).toBe(12500.5);
    const before = readText(root, INCIDENT);
    const ambiguous = await sak(root, ['set', INCIDENT_ID, 'cost_sek=12.500', 'severity=hgö']);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('cost_sek: "12.500" är tvetydigt');
    expect(ambiguous.stderr).toContain('severity: okänt värde "hgö"; menade du high (Hög)?');
    expect(readText(root, INCIDENT)).toBe(before);
    const english = await sak(root, ['--lang', 'en', 'set', INCIDENT_ID, 'severity=Hgh']);
    expect(english.stderr).toContain('did you mean high (High)?');
  });

  it('keeps CRLF line ends and a byte order mark', async () => {
    const root = await makeGitRegister();
    const crlf = Buffer.from('\uFEFF' + INCIDENT_TEXT.replace(/\n/g, '\r\n'), 'utf8');
    writeRecord(root, INCIDENT, crlf);
    expect((await sak(root, ['set', INCIDENT_ID, 'severity=high', '--no-commit'])).code).toBe(0);
    expect(readFileSync(path.join(root, INCIDENT)).equals(Buffer.from(crlf.toString('utf8').replace('severity: medium', 'severity: high'), 'utf8'))).toBe(true);
  });

  it('--format json prints id, path and the new record', async () => {
    const root = await makeGitRegister();
    const run = await sak(root, ['set', 'ACT-avtal-med-nvk', 'status=in_progress', '--format', 'json', '--no-commit']);
    const out = JSON.parse(run.stdout) as { id: string; path: string; record: { status: string } };
    expect(out.id).toBe('ACT-avtal-med-nvk');
    expect(out.path).toBe(ACTION);
    expect(out.record.status).toBe('in_progress');
    expect(await commitCount(root)).toBe(1);
  });
});

describe('sak close', () => {
  it('closes an incident (status + closed date + note), keeping comments; one commit', async () => {
    const root = await registerWithIncident();
    const before = await commitCount(root);
    const run = await sak(root, ['close', INCIDENT_ID, '--date', '2026-11-20', '--note', 'Röret bytt (fiktivt).']);
    expect(run.code).toBe(0);
    const after = readText(root, INCIDENT);
    expect(lineDiff(INCIDENT_TEXT, after)).toEqual({ added: ['notes: Röret bytt (fiktivt).', 'status: closed', 'closed: 2026-11-20'], removed: ['status: open'] });
    expect(after.endsWith('# fel åtgärd, rättas senare\nclosed: 2026-11-20\n# slut på posten\n')).toBe(true);
    await expectOneCommit(root, before, INCIDENT, `sak: close incident ${INCIDENT_ID}: Vattenskada i arkivet (fiktiv)`);
    const again = await sak(root, ['close', INCIDENT_ID]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('redan status closed');
    expect(await commitCount(root)).toBe(before + 1);
  });

  it('an action becomes done with a done date; a risk closed; a control retired', async () => {
    const root = await makeGitRegister();
    const original = readText(root, ACTION);
    expect((await sak(root, ['close', 'ACT-avtal-med-nvk'])).code).toBe(0);
    expect(readText(root, ACTION)).toBe(original.replace('status: planned', 'status: done').replace('start: 2026-01-01\n', `start: 2026-01-01\ndone: ${TODAY}\n`));
    expect((await sak(root, ['add', 'risk', '--title', 'Översvämning (fiktiv)', '--owner', 'nvk', '--area', 'crisis_preparedness'])).code).toBe(0);
    expect((await sak(root, ['close', 'RSK-oversvamning-fiktiv'])).code).toBe(0);
    expect(parse(readText(root, 'risks/RSK-oversvamning-fiktiv.yaml'))).toMatchObject({ status: 'closed' });
    expect((await sak(root, ['close', 'CTL-internkontroll-civilt-forsvar'])).code).toBe(0);
    expect(readText(root, 'controls/CTL-internkontroll-civilt-forsvar.yaml')).toContain('status: retired\n');
    expect(await commitSubject(root)).toBe('sak: close control CTL-internkontroll-civilt-forsvar: Internkontroll: civilt försvar');
    const document = await sak(root, ['close', 'DOC-brandskyddspolicy']);
    expect(document.code).toBe(2);
  });

  it('a closing date before the incident date is exit 1, file unchanged', async () => {
    const root = await registerWithIncident();
    const run = await sak(root, ['close', INCIDENT_ID, '--date', '2026-11-01']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('consistency');
    expect(readText(root, INCIDENT)).toBe(INCIDENT_TEXT);
  });
});

describe('sak review', () => {
  it('records a report to an authority in one command, which settles the Arbetsmiljöverket item of a serious accident without a KIA type', async () => {
    const root = await makeGitRegister();
    const add = await sak(root, ['add', 'incident', '--title', 'Fallolycka i trapphus (fiktiv)', '--date', '2026-11-20', '--unit', 'kommunledningsforvaltningen', '--category', 'accident', '--severity', 'serious', '--no-commit']);
    expect(add.code).toBe(0);
    const id = add.stdout.trim();
    const items = async () => JSON.parse((await sak(root, ['check', '--format', 'json', '--all'])).stdout).items.filter((i: { id: string; rule: string }) => i.id === id && i.rule === 'incident-authority');
    expect(await items()).toMatchObject([{ status: 'overdue', due: '2026-11-21', authority: 'work_environment_authority', basis: { type: 'law', source: 'AML 3 kap. 3 a §' } }]);
    const wrong = await sak(root, ['review', id, '--outcome', 'confirmed', '--no-commit']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--reported-to');
    const run = await sak(root, ['review', id, '--reported-to', 'work_environment_authority', '--date', '2026-11-21', '--no-commit']);
    expect(run.code).toBe(0);
    expect(parse(readText(root, `incidents/2026/${id}.yaml`))).toMatchObject({ reported_to: [{ authority: 'work_environment_authority', date: '2026-11-21' }] });
    expect(await items()).toMatchObject([{ status: 'ok' }]);
  });

  it('a document review discharges the one-off next_review, or records the one decided now with --next', async () => {
    const root = await makeGitRegister();
    expect((await sak(root, ['set', 'DOC-brandskyddspolicy', 'next_review=2027-06-30', '--no-commit'])).code).toBe(0);
    expect((await sak(root, ['review', 'DOC-brandskyddspolicy', '--outcome', 'readopted', '--date', '2026-11-20', '--no-commit'])).code).toBe(0);
    expect(parse(readText(root, DOCUMENT)).next_review).toBeUndefined();
    const due = async () => JSON.parse((await sak(root, ['check', '--format', 'json', '--all'])).stdout).items.find((i: { id: string; rule: string }) => i.id === 'DOC-brandskyddspolicy' && i.rule === 'document-review');
    expect(await due()).toMatchObject({ status: 'ok', due: '2034-10-14', last: '2026-11-20' });
    expect((await sak(root, ['review', 'DOC-brandskyddspolicy', '--outcome', 'confirmed', '--date', '2026-11-25', '--next', '2027-03-31', '--no-commit'])).code).toBe(0);
    expect(parse(readText(root, DOCUMENT)).reviews).toEqual([{ date: '2026-11-20', outcome: 'readopted' }, { date: '2026-11-25', outcome: 'confirmed', next_review: '2027-03-31' }]);
    expect(await due()).toMatchObject({ due: '2027-03-31' });
  });

  it('a document review appends to reviews, keeping every other line', async () => {
    const root = await makeGitRegister();
    const original = readText(root, DOCUMENT);
    const before = await commitCount(root);
    const run = await sak(root, ['review', 'DOC-brandskyddspolicy', '--outcome', 'Bekräftad utan ändring', '--body', 'kommunstyrelsen', '--paragraph', '§ 12', '--dnr', 'KS 2026/45', '--by', 'Säkerhetssamordnaren', '--note', 'Fiktiv uppföljning']);
    expect(run.code).toBe(0);
    const after = readText(root, DOCUMENT);
    expect(after.startsWith(original)).toBe(true);
    expect(parse(after.slice(original.length))).toEqual({ reviews: [{ date: TODAY, outcome: 'confirmed', by: 'Säkerhetssamordnaren', body: 'kommunstyrelsen', paragraph: '§ 12', dnr: 'KS 2026/45', note: 'Fiktiv uppföljning' }] });
    await expectOneCommit(root, before, DOCUMENT, 'sak: review document DOC-brandskyddspolicy: Brandskyddspolicy för Fagersta kommun');
    const partial = await sak(root, ['review', 'DOC-brandskyddspolicy', '--outcome', 'revised', '--date', '2025', '--no-commit']);
    expect(partial.code).toBe(1);
    expect(partial.stderr).toContain('consistency');
  });

  it('a risk assessment needs likelihood and consequence (exit 2 without a terminal), and gives a score', async () => {
    const root = await makeGitRegister();
    expect((await sak(root, ['add', 'risk', '--title', 'Brand i skolkök (fiktiv)', '--owner', 'kommunstyrelsen', '--area', 'fire_safety'])).code).toBe(0);
    const missing = await sak(root, ['review', 'RSK-brand-i-skolkok-fiktiv', '--likelihood', '3']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--consequence');
    const outOfRange = await sak(root, ['review', 'RSK-brand-i-skolkok-fiktiv', '--likelihood', '6', '--consequence', '2']);
    expect(outOfRange.code).toBe(1);
    const run = await sak(root, ['review', 'RSK-brand-i-skolkok-fiktiv', '--likelihood', '3', '--consequence', '4', '--by', 'RSA-gruppen', '--date', '2026-11-20']);
    expect(run.code).toBe(0);
    expect(parse(readText(root, 'risks/RSK-brand-i-skolkok-fiktiv.yaml'))).toMatchObject({ assessments: [{ date: '2026-11-20', likelihood: 3, consequence: 4, by: 'RSA-gruppen' }] });
    const show = await sak(root, ['show', 'RSK-brand-i-skolkok-fiktiv', '--format', 'json']);
    expect(JSON.parse(show.stdout).status.risk).toEqual({ score: 12, level: 'high', date: '2026-11-20', likelihood: 3, consequence: 4 });
  });

  it('a performed control with findings; options of another kind are exit 2', async () => {
    const root = await makeGitRegister();
    const original = readText(root, CONTROL);
    const run = await sak(root, ['review', 'CTL-internkontroll-brand-och-olyckor', '--result', 'deviations', '--finding', 'high:Nödutgången var blockerad', '--finding', 'Låg:Skylt saknas', '--note', 'Fiktiv kontroll']);
    expect(run.code).toBe(0);
    const after = readText(root, CONTROL);
    expect(after.startsWith(original)).toBe(true);
    expect(parse(after)).toMatchObject({
      performed: [{ date: TODAY, result: 'deviations', note: 'Fiktiv kontroll', findings: [{ severity: 'high', description: 'Nödutgången var blockerad' }, { severity: 'low', description: 'Skylt saknas' }] }],
    });
    const wrong = await sak(root, ['review', 'CTL-internkontroll-brand-och-olyckor', '--result', 'ok', '--percent', '50']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--percent');
    const badFinding = await sak(root, ['review', 'CTL-internkontroll-brand-och-olyckor', '--result', 'ok', '--finding', 'utan kolon']);
    expect(badFinding.code).toBe(2);
    const badSeverity = await sak(root, ['review', 'CTL-internkontroll-brand-och-olyckor', '--result', 'ok', '--finding', 'katastrof:Allt brann']);
    expect(badSeverity.code).toBe(1);
    expect(readText(root, CONTROL)).toBe(after);
  });

  it('action progress and site protection assessments', async () => {
    const root = await makeGitRegister();
    expect((await sak(root, ['review', 'ACT-avtal-med-nvk', '--percent', '40', '--note', 'Utkast skickat (fiktivt)'])).code).toBe(0);
    expect(parse(readText(root, ACTION))).toMatchObject({ progress: [{ date: TODAY, percent: 40, note: 'Utkast skickat (fiktivt)' }] });
    expect((await sak(root, ['add', 'site', '--title', 'Centralskolan (fiktiv)', '--owner', 'kommunstyrelsen'])).code).toBe(0);
    const none = await sak(root, ['review', 'SITE-centralskolan-fiktiv']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--fire');
    const run = await sak(root, ['review', 'SITE-centralskolan-fiktiv', '--fire', 'adequate', '--intrusion', 'Bristfälligt', '--date', '2026-11-01']);
    expect(run.code).toBe(0);
    expect(parse(readText(root, 'sites/SITE-centralskolan-fiktiv.yaml'))).toMatchObject({
      fire_protection: { status: 'adequate', assessed: '2026-11-01' },
      intrusion_protection: { status: 'deficient', assessed: '2026-11-01' },
    });
    const incident = await sak(root, ['review', 'nvk', '--note', 'x']);
    expect(incident.code).toBe(2);
  });
});

describe('sak edit', () => {
  const editor = (root: string, script: string) => {
    const file = path.join(root, '..', `editor-${path.basename(root)}.mjs`);
    writeFileSync(file, script);
    return `${JSON.stringify(process.execPath)} ${JSON.stringify(file)}`;
  };

  it('without a terminal is exit 2', async () => {
    const root = await makeGitRegister();
    const run = await sak(root, ['edit', 'ACT-avtal-med-nvk']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('terminal');
  });

  it('saves a valid copy and commits it', async () => {
    const root = await makeGitRegister();
    const before = await commitCount(root);
    const cmd = editor(root, `import { readFileSync, writeFileSync } from 'node:fs';\nconst f = process.argv[2];\nwriteFileSync(f, readFileSync(f, 'utf8').replace('status: planned', 'status: in_progress # påbörjad'));\n`);
    const run = await runSakInTerminal(root, ['edit', 'ACT-avtal-med-nvk'], [], { env: { EDITOR: cmd } });
    expect(run.output).toContain('Sparade');
    expect(run.code).toBe(0);
    expect(readText(root, ACTION)).toContain('status: in_progress # påbörjad\n');
    await expectOneCommit(root, before, ACTION, 'sak: edit action ACT-avtal-med-nvk: Skriva avtal mellan NVK och kommunen om ansvar inom säkerhetsområdet');
  });

  it('an invalid copy shows the problems; giving up leaves the record unchanged (exit 1), editing again can fix it (in process)', async () => {
    const root = await makeGitRegister();
    const original = readText(root, ACTION);
    const invalid = (text: string) => text.replace(/status: \w+/, 'status: klar');
    const giveUp = await editInProcess(root, 'ACT-avtal-med-nvk', [invalid], { again: 'n' });
    expect(giveUp.error).toBeInstanceOf(ProblemsError);
    expect(giveUp.code).toBe(1);
    expect(giveUp.out.stderr).toContain('okänt värde "klar"');
    expect(readText(root, ACTION)).toBe(original);

    const before = await commitCount(root);
    const valid = (text: string) => text.replace(/status: \w+/, 'status: done\ndone: 2026-11-25');
    const fixed = await editInProcess(root, 'ACT-avtal-med-nvk', [invalid, valid], { again: 'y' });
    expect(fixed.code).toBe(0);
    expect(fixed.asked).toEqual(['Kopian har fel']);
    expect(parse(readText(root, ACTION))).toMatchObject({ status: 'done', done: '2026-11-25' });
    expect(await commitCount(root)).toBe(before + 1);
    expect(readdirSync(path.join(root, 'actions')).filter((f) => !f.endsWith('.yaml'))).toEqual([]);
  });
});
