// End-to-end tests of `sak check` (cli.md, rules.md) on the fictitious register in
// tests/fixtures/check. The expected items are worked out by hand from rules.md, not
// copied from the program's output: each date below says how it was reached.
import { describe, expect, it } from 'vitest';
import { copyExampleRegister, copyRegister, makeMinimalRegister, runSak, writeRecord } from './support/sak.js';

// Copied, so that the runs' caches never land in the work tree.
const FIXTURE = copyRegister('tests/fixtures/check');
const AT = '2026-11-26';

interface JsonItem {
  status: 'overdue' | 'due' | 'ok';
  rule: string;
  id: string;
  kind: string;
  due: string | null;
  ref?: string;
  topic?: string;
  message: string;
}

interface JsonResult {
  at: string;
  horizon: string;
  overdue: number;
  due: number;
  items: JsonItem[];
}

/** The compared fields of an item: [status, rule, id, kind, due, ref or topic]. */
type Row = [JsonItem['status'], string, string, string, string | null, string?];

function row(item: JsonItem): Row {
  const extra = item.ref ?? item.topic;
  return extra === undefined ? [item.status, item.rule, item.id, item.kind, item.due] : [item.status, item.rule, item.id, item.kind, item.due, extra];
}

async function checkJson(args: readonly string[], register = FIXTURE): Promise<{ code: number; result: JsonResult; stderr: string }> {
  const run = await runSak(['check', '--register', register, '--format', 'json', ...args]);
  return { code: run.code, result: JSON.parse(run.stdout) as JsonResult, stderr: run.stderr };
}

// D = 2026-11-26, horizon P90D: D + 90 days = 2026-11-30 (+4), 2026-12-31 (+35),
// 2027-01-31 (+66), 2027-02-24 (+90). So "due" means 2026-11-26 ≤ due ≤ 2027-02-24.
// Sorted as rules.md says: status, due (null first), id, rule, ref/topic, strings by
// code unit (upper-case prefixes such as "SITE-" sort before lower-case unit ids).
const EXPECTED: Row[] = [
  // --- overdue, no date
  ['overdue', 'control-due', 'CTL-krisberedskap', 'control', null], // never performed, no start
  ['overdue', 'document-review', 'DOC-riktlinjer-for-besokare', 'document', null], // never adopted
  ['overdue', 'risk-untreated', 'RSK-hot-och-vald-mot-personal', 'risk', null], // 4 × 3 = 12 ≥ 10 high; its only action is done
  ['overdue', 'risk-unassessed', 'RSK-it-avbrott', 'risk', null],
  ['overdue', 'site-fire', 'SITE-kommunhuset', 'site', null], // deficient
  ['overdue', 'site-fire', 'SITE-kulturhuset', 'site', null], // adequate but never assessed
  ['overdue', 'site-intrusion', 'SITE-kulturhuset', 'site', null], // unknown
  // Only its child Kulturskolan took part in a fire_safety exercise: a child does not count for its parent.
  ['overdue', 'training', 'kultur-och-fritidsforvaltningen', 'unit', null, 'fire_safety'],
  // --- overdue, dated
  // Adopted 2006-06-20, in the period 2002-11-01 – 2006-10-31; the next one is 2006-11-01 – 2010-10-31.
  ['overdue', 'document-review', 'DOC-sakerhetspolicy', 'document', '2010-10-31'],
  // Action programme under SFS 2003:778, adopted "2005" (read as 2005-12-31) and only confirmed since.
  ['overdue', 'document-lso', 'DOC-handlingsprogram-lso', 'document', '2022-01-01'],
  // Retired control: the duty to report its serious finding stays. Executed 2024-05-06, + 1 day.
  ['overdue', 'finding-unreported', 'CTL-passerkort', 'control', '2024-05-07', '/performed/0/findings/0'],
  // review P2Y, last event the review of 2024-02-29 (next_review 2023-12-31 is not after it, so it is
  // not used): 2024-02-29 + 24 months = 2026-02-29, which does not exist → clamped to 2026-02-28.
  ['overdue', 'document-review', 'DOC-rutin-for-larmning-och-lasning', 'document', '2026-02-28'],
  // Executed 2026-03-16 + 1 day; reported to sakerhetssamordnare only, ledningsgruppen is missing.
  ['overdue', 'finding-unreported', 'CTL-brandlarm', 'control', '2026-03-17', '/performed/1/findings/1'],
  ['overdue', 'action-due', 'ACT-atgarda-brister-i-brandlarm', 'action', '2026-06-30'],
  // Serious accident 2026-09-10 + 1 day; closed, but closing does not discharge the report.
  ['overdue', 'incident-authority', 'INC-20260910-8KJ4M', 'incident', '2026-09-11'],
  // review P6M from 2026-03-31: 6 months on is 2026-09-31, which does not exist → 2026-09-30.
  ['overdue', 'risk-review', 'RSK-brand-i-skollokaler', 'risk', '2026-09-30'],
  // Last fire_safety exercise 2025-10-01 + P1Y.
  ['overdue', 'training', 'kommunledningsforvaltningen', 'unit', '2026-10-01', 'fire_safety'],
  // Last event: the review "2019-05" (read as 2019-05-31; later than the adoption "2005"), in the
  // period 2018-10-15 – 2022-10-14; the next period ends 2026-10-14.
  ['overdue', 'document-review', 'DOC-handlingsprogram-lso', 'document', '2026-10-14'],
  // Open since 2026-10-15: + 30 days = 2026-10-31 (+16) … 2026-11-14 (+30).
  ['overdue', 'incident-open', 'INC-20261015-V4ND1', 'incident', '2026-11-14'],
  // Serious near miss 2026-11-20 + 1 day. Its report is dated 2026-11-27, after D: ignored.
  ['overdue', 'incident-authority', 'INC-20261120-TB1DX', 'incident', '2026-11-21'],
  // Adequate, assessed 2025-11-25 + P1Y = 2026-11-25, the day before D.
  ['overdue', 'site-intrusion', 'SITE-kommunhuset', 'site', '2026-11-25'],
  // --- due (D … 2027-02-24)
  // Assessed 2025-11-26 + P1Y = 2026-11-26 = D: D ≤ due, so due, not overdue.
  ['due', 'site-intrusion', 'SITE-provskolan', 'site', '2026-11-26'],
  // Open since 2026-11-20: + 30 days = 2026-11-30 (+10) … 2026-12-20 (+30).
  ['due', 'incident-open', 'INC-20261120-TB1DX', 'incident', '2026-12-20'],
  // Never performed: due at start.
  ['due', 'control-due', 'CTL-nyckelhantering', 'control', '2027-01-15'],
  ['due', 'training', 'barn-och-utbildningsforvaltningen', 'unit', '2027-02-10', 'fire_safety'], // 2026-02-10 + P1Y
  ['due', 'action-due', 'ACT-inrymningsrutin', 'action', '2027-02-24'], // the last day of the horizon
  // --- ok
  // Serious finding of 2025-03-10 reported to both units: settled, ok whatever its due date.
  ['ok', 'finding-unreported', 'CTL-brandlarm', 'control', '2025-03-11', '/performed/0/findings/0'],
  ['ok', 'incident-authority', 'INC-20260302-3R9TQ', 'incident', '2026-03-03'], // reported 2026-03-03
  ['ok', 'action-due', 'ACT-brandskyddsutbildning', 'action', '2027-02-25'], // the first day after the horizon
  // Latest execution that was not not_performed: 2026-03-16 (the one of 2026-09-15 was cancelled) + P1Y.
  ['ok', 'control-due', 'CTL-brandlarm', 'control', '2027-03-16'],
  // next_review 2027-03-31 is after the adoption 2023-03-20, so it wins over the mandate period.
  ['ok', 'document-review', 'DOC-plan-for-trygghetsarbete', 'document', '2027-03-31'],
  ['ok', 'risk-review', 'RSK-hot-och-vald-mot-personal', 'risk', '2027-05-05'], // 2026-05-05 + risk_review P1Y
  ['ok', 'site-fire', 'SITE-provskolan', 'site', '2027-11-02'], // assessed 2026-11-02 + P1Y
  ['ok', 'training', 'kulturskolan', 'unit', '2027-12-31', 'pdv_lockdown'], // never drilled: first_due
  // Drilled itself 2025-03-12 + P2Y = 2027-03-12, but never before first_due 2027-12-31.
  ['ok', 'training', 'oppna-forskolan', 'unit', '2027-12-31', 'pdv_lockdown'],
  // Its parent department took part in the drill of 2026-04-15: + P2Y = 2028-04-15 (after first_due).
  ['ok', 'training', 'provskolan', 'unit', '2028-04-15', 'pdv_lockdown'],
  // Readopted 2023-12-11 (so no document-lso item), in the period 2022-10-15 – 2026-10-14;
  // the next period ends 2030-10-14.
  ['ok', 'document-review', 'DOC-handlingsprogram-raddningstjanst', 'document', '2030-10-14'],
  // Adopted 2025-02-17, in the period 2022-10-15 – 2026-10-14; the next ends 2030-10-14.
  ['ok', 'document-review', 'DOC-krisledningsplan', 'document', '2030-10-14'],
  // Reviewed 2026-10-15, the first day of the period 2026-10-15 – 2030-10-14; the next ends 2034-10-14.
  ['ok', 'document-review', 'DOC-informationssakerhetspolicy', 'document', '2034-10-14'],
  // No items at all: the draft DOC-riktlinjer-for-kameraovervakning, the repealed
  // DOC-lokala-ordningsforeskrifter-1999, the closed RSK-stold-av-fordon, the done
  // ACT-utbildning-i-hot-och-vald, the inactive tekniska-forvaltningen, the closed
  // INC-20260910-8KJ4M and INC-20260302-3R9TQ for incident-open, and CTL-passerkort
  // (retired) for control-due.
];

const OVERDUE = EXPECTED.filter((r) => r[0] === 'overdue').length; // 21
const DUE = EXPECTED.filter((r) => r[0] === 'due').length; // 5
const OK = EXPECTED.filter((r) => r[0] === 'ok').length; // 13

describe('sak check on the fixture register', () => {
  it('the fixture is a valid register without warnings', async () => {
    // INC-20261120-TB1DX's report to Arbetsmiljöverket is dated 2026-11-27 on purpose (after AT):
    // validated at that day, nothing lies in the future.
    const run = await runSak(['validate', '--register', FIXTURE, '--format', 'json', '--at', '2026-11-27']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { errors: number; warnings: number };
    expect(result).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('--format json --all gives the hand-checked items in order', async () => {
    const { code, result } = await checkJson(['--at', AT, '--all']);
    expect(code).toBe(1);
    expect(result).toMatchObject({ at: AT, horizon: 'P90D', overdue: OVERDUE, due: DUE });
    expect([OVERDUE, DUE, OK]).toEqual([21, 5, 13]);
    expect(result.items.map(row)).toEqual(EXPECTED);
    for (const item of result.items) {
      expect(item.message).toContain(item.id);
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['status', 'rule', 'id', 'kind', 'due', 'message']));
    }
  });

  it('without --all, json leaves out the ok items', async () => {
    const { result } = await checkJson(['--at', AT]);
    expect(result.items.map(row)).toEqual(EXPECTED.filter((r) => r[0] !== 'ok'));
  });

  it('text in Swedish: grouped by status, then a summary line', async () => {
    const run = await runSak(['check', '--register', FIXTURE, '--at', AT]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Försenad (21)');
    const dueHeader = lines.indexOf('Förfaller snart (5)');
    expect(dueHeader).toBeGreaterThan(0);
    // Each item, then the command that records its follow-up on the line after it.
    const itemLines = lines.filter((l) => l.startsWith('  ') && !l.trimStart().startsWith('→'));
    expect(itemLines.length).toBe(OVERDUE + DUE);
    expect(lines.filter((l) => /^ {15}→ sak [a-z]+ /.test(l)).length).toBe(OVERDUE + DUE);
    lines.forEach((line, i) => {
      if (line.trimStart().startsWith('→')) expect(itemLines).toContain(lines[i - 1]);
    });
    expect(run.stdout).not.toContain('I tid');
    expect(lines[lines.length - 1]).toBe('21 försenade, 5 förfaller inom P90D (per 2026-11-26)');
    const policy = lines.findIndex((l) => l.includes('DOC-sakerhetspolicy: uppföljning saknas sedan 2010-10-31 (minst en gång per mandatperiod)'));
    expect(policy).toBeGreaterThan(0);
    expect(policy).toBeLessThan(dueHeader);
    expect(lines[policy]).toMatch(/^ {2}2010-10-31 +DOC-sakerhetspolicy: .*\[valt intervall; document-review\]$/);
    expect(lines[1]).toMatch(/^ {2}inget datum +CTL-krisberedskap: .*\[valt intervall; control-due\]$/);
    const soon = lines.findIndex((l) => l.includes('ACT-inrymningsrutin'));
    expect(soon).toBeGreaterThan(dueHeader);
    expect(lines[soon]).toContain('2027-02-24');
  });

  it('text with --all adds the ok group', async () => {
    const run = await runSak(['check', '--register', FIXTURE, '--at', AT, '--all']);
    expect(run.stdout).toContain('\nI tid (13)\n');
    expect(run.stdout.indexOf('Förfaller snart (5)')).toBeLessThan(run.stdout.indexOf('I tid (13)'));
  });

  it('text in English with --lang en', async () => {
    const run = await runSak(['--lang', 'en', 'check', '--register', FIXTURE, '--at', AT]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Overdue (21)');
    expect(lines).toContain('Due soon (5)');
    expect(lines[lines.length - 1]).toBe('21 overdue, 5 due within P90D (at 2026-11-26)');
    expect(run.stdout).toContain('DOC-sakerhetspolicy: follow-up overdue since 2010-10-31 (at least once per term of office)');
    expect(lines[1]).toMatch(/^ {2}no date +CTL-krisberedskap: /);
    expect(run.stdout).not.toMatch(/Försenad|försenade|inget datum/);
  });

  it('--horizon P1Y moves the items due by 2027-11-26 from ok to due', async () => {
    const { code, result } = await checkJson(['--at', AT, '--horizon', 'P1Y', '--all']);
    expect(code).toBe(1);
    // D + P1Y = 2027-11-26: these five ok items lie in 2027-02-25 … 2027-11-26.
    const moved = ['ACT-brandskyddsutbildning action-due', 'CTL-brandlarm control-due', 'DOC-plan-for-trygghetsarbete document-review', 'RSK-hot-och-vald-mot-personal risk-review', 'SITE-provskolan site-fire'];
    const expected = EXPECTED.map((r): Row => {
      // Settled items (the reported finding and incident) stay ok; the rest move if due ≤ 2027-11-26.
      if (r[0] === 'ok' && moved.includes(`${r[2]} ${r[1]}`)) return ['due', ...r.slice(1)] as Row;
      return r;
    });
    expect(result).toMatchObject({ horizon: 'P1Y', overdue: OVERDUE, due: DUE + moved.length });
    // Sorted again: the moved items now sit in the due group, by date.
    const order = (s: Row[0]) => ['overdue', 'due', 'ok'].indexOf(s);
    expected.sort((a, b) => order(a[0]) - order(b[0]));
    expect(result.items.map(row)).toEqual(expected);
    expect(result.items.filter((i) => i.status === 'ok').map((i) => i.due)).toEqual(['2025-03-11', '2026-03-03', '2027-12-31', '2027-12-31', '2028-04-15', '2030-10-14', '2030-10-14', '2034-10-14']);
  });

  it('--fail-on: overdue and due fail, never does not', async () => {
    const base = ['check', '--register', FIXTURE, '--at', AT, '--format', 'json'];
    expect((await runSak(base)).code).toBe(1);
    expect((await runSak([...base, '--fail-on', 'overdue'])).code).toBe(1);
    expect((await runSak([...base, '--fail-on', 'due'])).code).toBe(1);
    const never = await runSak([...base, '--fail-on', 'never']);
    expect(never.code).toBe(0);
    expect((JSON.parse(never.stdout) as JsonResult).overdue).toBe(OVERDUE);
  });

  it('--at before an event ignores it', async () => {
    // At 2026-10-14, D + 90 days = 2027-01-12.
    const { result } = await checkJson(['--at', '2026-10-14', '--all']);
    const find = (id: string, rule: string) => result.items.filter((i) => i.id === id && i.rule === rule).map(row);
    // The review of 2026-10-15 has not happened: the last event is the adoption 2019-03-11, in the
    // period 2018-10-15 – 2022-10-14, so the next period's end 2026-10-14 = D: due.
    expect(find('DOC-informationssakerhetspolicy', 'document-review')).toEqual([['due', 'document-review', 'DOC-informationssakerhetspolicy', 'document', '2026-10-14']]);
    // The assessment of 2026-11-02 has not happened: never assessed.
    expect(find('SITE-provskolan', 'site-fire')).toEqual([['overdue', 'site-fire', 'SITE-provskolan', 'site', null]]);
    // Incidents dated after D do not exist yet.
    expect(result.items.filter((i) => i.id === 'INC-20261015-V4ND1' || i.id === 'INC-20261120-TB1DX')).toEqual([]);
    expect(find('CTL-nyckelhantering', 'control-due')).toEqual([['ok', 'control-due', 'CTL-nyckelhantering', 'control', '2027-01-15']]);
  });

  it('a report dated after --at counts from its own date on', async () => {
    const at26 = (await checkJson(['--at', AT, '--all'])).result.items;
    const at27 = (await checkJson(['--at', '2026-11-27', '--all'])).result.items;
    const authority = (items: JsonItem[]) => items.filter((i) => i.id === 'INC-20261120-TB1DX' && i.rule === 'incident-authority').map(row);
    expect(authority(at26)).toEqual([['overdue', 'incident-authority', 'INC-20261120-TB1DX', 'incident', '2026-11-21']]);
    expect(authority(at27)).toEqual([['ok', 'incident-authority', 'INC-20261120-TB1DX', 'incident', '2026-11-21']]);
  });

  it('github: ::error for overdue and ::warning for due items, on the record file', async () => {
    const run = await runSak(['check', '--register', FIXTURE, '--at', AT, '--format', 'github']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(OVERDUE);
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(DUE);
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=documents\/DOC-sakerhetspolicy\.yaml[,:].*DOC-sakerhetspolicy: uppföljning saknas sedan 2010-10-31/));
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=controls\/CTL-brandlarm\.yaml[,:].*2026-03-17/));
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=incidents\/2026\/INC-20261120-TB1DX\.yaml[,:]/));
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=units\/kommunledningsforvaltningen\.yaml[,:]/));
    expect(lines).toContainEqual(expect.stringMatching(/^::warning file=sites\/SITE-provskolan\.yaml[,:].*2026-11-26/));
    expect(lines).toContainEqual(expect.stringMatching(/^::warning file=actions\/ACT-inrymningsrutin\.yaml[,:].*2027-02-24/));
    expect(run.stdout).not.toContain('DOC-krisledningsplan');
  });
});

describe('sak check on other registers', () => {
  it('exit 0 when nothing is overdue, even with items due', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, 'actions/ACT-ny-rutin.yaml', '# Fiktiva testdata\nid: ACT-ny-rutin\ntitle: Ny rutin för besök\nowner: kommunstyrelsen\nstatus: planned\ndue: 2026-12-15\n');
    writeRecord(root, 'sites/SITE-stadshuset.yaml', '# Fiktiva testdata\nid: SITE-stadshuset\ntitle: Stadshuset\nfire_protection:\n  status: adequate\n  assessed: 2026-06-01\nintrusion_protection:\n  status: adequate\n  assessed: 2026-06-01\n');
    const { code, result } = await checkJson(['--all'], root);
    expect(code).toBe(0);
    expect(result).toMatchObject({ at: AT, overdue: 0, due: 1 });
    expect(result.items.map(row)).toEqual([
      ['due', 'action-due', 'ACT-ny-rutin', 'action', '2026-12-15'],
      ['ok', 'site-fire', 'SITE-stadshuset', 'site', '2027-06-01'],
      ['ok', 'site-intrusion', 'SITE-stadshuset', 'site', '2027-06-01'],
    ]);
    const text = await runSak(['check', '--register', root]);
    expect(text.code).toBe(0);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('0 försenade, 1 förfaller inom P90D (per 2026-11-26)');
    expect((await runSak(['check', '--register', root, '--fail-on', 'due'])).code).toBe(1);
  });

  it('an invalid register: exit 1 with the problem on stderr', async () => {
    const root = makeMinimalRegister();
    const file = 'incidents/2026/INC-20261101-7QX2K.yaml';
    writeRecord(root, file, '# Fiktiva testdata\nid: INC-20261101-7QX2K\ntitle: Krossad ruta\ndate: 2026-11-01\nunit: kommunstyrelsen\ncategory: vandalism\nseverity: allvarlig\nstatus: open\n');
    const run = await runSak(['check', '--register', root, '--at', AT]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:7:11`);
    expect(run.stderr).toContain('schema');
    expect(run.stderr).toContain('allvarlig');
    expect(run.stdout).toBe('');
  });

  it.each([
    ['--at', '2026-02-30'],
    ['--horizon', '90D'],
    ['--format', 'xml'],
    ['--fail-on', 'sometimes'],
  ])('%s %s is a usage error: exit 2', async (option, value) => {
    const run = await runSak(['check', '--register', FIXTURE, option, value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(value);
    expect(run.stdout).toBe('');
  });

  it('the example register: the LSO programme and the fire policy are overdue', async () => {
    const { code, result } = await checkJson(['--at', AT], copyExampleRegister());
    expect(code).toBe(1);
    const pick = (id: string) => result.items.filter((i) => i.id === id).map(row);
    // LSO programme adopted "2005" (2005-12-31): document-lso is due 2022-01-01; for document-review
    // 2005-12-31 lies in the period 2002-11-01 – 2006-10-31, and the next one ends 2010-10-31.
    expect(pick('DOC-handlingsprogram-forebyggande-arbete-lso')).toEqual([
      ['overdue', 'document-review', 'DOC-handlingsprogram-forebyggande-arbete-lso', 'document', '2010-10-31'],
      ['overdue', 'document-lso', 'DOC-handlingsprogram-forebyggande-arbete-lso', 'document', '2022-01-01'],
    ]);
    // Adopted by KF 2006-06-20: due by the end of the next period, 2010-10-31.
    expect(pick('DOC-brandskyddspolicy')).toEqual([['overdue', 'document-review', 'DOC-brandskyddspolicy', 'document', '2010-10-31']]);
  });
});
