// A register that `sak validate` accepts never crashes a command: a property test that
// generates valid registers with the extreme values the schemas allow (dates from 0000-01-01
// to 9999-12-31, partial dates, durations of a hundred years in every unit, the largest
// day counts) and runs check, report and show on them. Any exit but 0 or 1, a RangeError
// or a stack trace fails. The option bounds (--at, --year, --quarter, --horizon) are exit 2.
// Fictitious data only.
import { rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeMinimalRegister, makeTempDir, runSak, writeRecord, type SakRun } from './support/sak.js';
import { testRuns } from './helpers.js';

const DATES = ['0000-01-01', '0001-02-28', '1900-01-01', '2000-02-29', '2026-11-26', '9998-12-31', '9999-12-31'] as const;
const PARTIAL = ['"0000"', '1000', '"1900-01"', '2026', '"9999-12"', '9999', ...DATES] as const;
const DURATIONS = ['P1D', 'P100Y', 'P1200M', 'P5200W', 'P36500D', 'P100Y1200M5200W36500D', 'P0D'] as const;

const date = fc.constantFrom(...DATES);
const partial = fc.constantFrom(...PARTIAL);
const duration = fc.constantFrom(...DURATIONS);

/** A generated register's files. */
const registerFiles = fc
  .record({
    openDays: fc.constantFrom(1, 3650),
    riskReview: duration,
    trainingEvery: duration,
    trainingFirst: date,
    adopted: partial,
    review: fc.oneof(fc.constantFrom('mandate', 'readopt', 'none'), duration),
    reviewWithin: duration,
    nextReview: date,
    reviewDate: date,
    frequency: duration,
    controlStart: date,
    performed: date,
    actionDue: date,
    actionStart: date,
    assessed: date,
    riskReviewEvery: duration,
    incident: date,
    exercise: date,
    cost: fc.constantFrom(0, 1, 999_999_999_999),
  })
  .map((v) => {
    const compact = (d: string) => d.replaceAll('-', '');
    const incidentId = `INC-${compact(v.incident)}-AAAA1`;
    const exerciseId = `EXR-${compact(v.exercise)}-BBBB2`;
    return {
      ids: ['DOC-policy', 'CTL-kontroll', 'ACT-atgard', 'RSK-risk', incidentId, exerciseId],
      files: {
        'sak.yaml': `format: 1\nmunicipality: Testkommun (fiktiv)\nincident_open_days: ${v.openDays}\nrisk_review: ${v.riskReview}\ntraining:\n  - { topic: fire_safety, unit_type: executive_board, every: ${v.trainingEvery}, first_due: ${v.trainingFirst} }\n`,
        'documents/DOC-policy.yaml': `id: DOC-policy\ntitle: Policy (fiktiv)\ntype: policy\nowner: kommunstyrelsen\nreview: ${v.review}\nreview_within: ${v.reviewWithin}\nnext_review: ${v.nextReview}\nadopted: { date: ${v.adopted}, body: kommunstyrelsen }\nreviews:\n  - { date: ${v.reviewDate}, outcome: revised }\n`,
        'controls/CTL-kontroll.yaml': `id: CTL-kontroll\ntitle: Kontroll (fiktiv)\nunit: kommunstyrelsen\narea: fire_safety\nfrequency: ${v.frequency}\nstart: ${v.controlStart}\nperformed:\n  - date: ${v.performed}\n    result: deviations\n    findings:\n      - { severity: serious, description: Fiktiv }\n`,
        'actions/ACT-atgard.yaml': `id: ACT-atgard\ntitle: Åtgärd (fiktiv)\nstatus: in_progress\nowner: kommunstyrelsen\nstart: ${v.actionStart}\ndue: ${v.actionDue}\n`,
        'risks/RSK-risk.yaml': `id: RSK-risk\ntitle: Risk (fiktiv)\nowner: kommunstyrelsen\narea: fire_safety\nreview: ${v.riskReviewEvery}\nassessments:\n  - { date: ${v.assessed}, likelihood: 5, consequence: 5 }\n`,
        [`incidents/${v.incident.slice(0, 4)}/${incidentId}.yaml`]: `id: ${incidentId}\ntitle: Olycka (fiktiv)\ndate: ${v.incident}\nunit: kommunstyrelsen\ncategory: accident\nseverity: serious\nstatus: open\ncost_sek: ${v.cost}\n`,
        [`exercises/${v.exercise.slice(0, 4)}/${exerciseId}.yaml`]: `id: ${exerciseId}\ntitle: Övning (fiktiv)\ndate: ${v.exercise}\ntype: training\ntopic: fire_safety\nunits: [kommunstyrelsen]\nparticipants: 1000000\n`,
      } as Record<string, string>,
    };
  });

function expectNoCrash(run: SakRun, what: string): void {
  expect([0, 1], `${what}: exit ${run.code}\n${run.stderr}`).toContain(run.code);
  expect(run.stderr, what).not.toMatch(/RangeError|TypeError|\n\s+at .*[/\\]src[/\\]|please report/i);
}

describe('a register that validate accepts never crashes a command', () => {
  it('check, report and show on registers with extreme values', async () => {
    await fc.assert(
      fc.asyncProperty(registerFiles, fc.constantFrom('1900-01-01', '2026-11-26', '9999-12-31'), async ({ ids, files }, at) => {
        const root = makeMinimalRegister(makeTempDir());
        try {
          for (const [file, text] of Object.entries(files)) writeRecord(root, file, `# Fiktiva testdata\n${text}`);
          const validate = await runSak(['validate', '--register', root, '--no-cache', '--format', 'json', '--at', '9999-12-31']);
          expect(JSON.parse(validate.stdout).errors, validate.stdout).toBe(0);
          const runs: [string, string[]][] = [
            ['check', ['check', '--register', root, '--no-cache', '--all', '--at', at, '--horizon', 'P100Y', '--format', 'json']],
            ['check text', ['check', '--register', root, '--no-cache', '--at', at]],
            ['report 9999', ['report', '--register', root, '--no-cache', '--year', '9999', '--audience', 'internal']],
            ['report 1900', ['report', '--register', root, '--no-cache', '--year', '1900', '--format', 'html']],
            ['report at', ['report', '--register', root, '--no-cache', '--from', '1900-01-01', '--to', '9999-12-31', '--at', at, '--format', 'json']],
            ['show', ['show', ids[0] as string, '--register', root, '--no-cache', '--audience', 'internal']],
            ['show incident', ['show', ids[4] as string, '--register', root, '--no-cache', '--audience', 'internal']],
          ];
          for (const [what, args] of runs) expectNoCrash(await runSak(args), what);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      // SAK_TEST_RUNS registers: 6, 40 with `npm run test:slow`.
      { numRuns: testRuns(6, 40), seed: 12, endOnFailure: true },
    );
  }, 300_000);

  it('refuses option values outside 1900–9999 and durations over a hundred years (exit 2)', async () => {
    const root = makeMinimalRegister(makeTempDir());
    const cases: [string[], RegExp][] = [
      [['check', '--at', '1899-12-31'], /1899-12-31 ligger utanför åren 1900–9999/],
      [['check', '--horizon', 'P101Y'], /P101Y är för lång: högst hundra år/],
      [['check', '--horizon', '36501'], /36501 är för lång/],
      [['check', '--horizon', 'P1X'], /"P1X" är ingen giltig period/],
      [['report', '--year', '1899'], /"1899" är inget år mellan 1900 och 9999/],
      [['report', '--year', '10000'], /"10000" är inget år/],
      [['report', '--quarter', '0001-Q1'], /"0001-Q1" är inget kvartal/],
      [['report', '--year', '2026', '--at', '0999-01-01'], /utanför åren 1900–9999/],
      [['validate', '--at', '1000-01-01'], /utanför/],
    ];
    for (const [args, message] of cases) {
      const run = await runSak([...args, '--register', root]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    const en = await runSak(['--lang', 'en', 'check', '--register', root, '--horizon', 'P1201M']);
    expect(en.stderr).toMatch(/P1201M is too long: at most a hundred years/);
    // The largest values themselves are accepted.
    expect((await runSak(['check', '--register', root, '--at', '9999-12-31', '--horizon', 'P100Y'])).code).toBe(0);
    expect((await runSak(['report', '--register', root, '--year', '9999', '--format', 'json'])).code).toBe(0);
    expect((await runSak(['report', '--register', root, '--year', '1900', '--format', 'json'])).code).toBe(0);
  });

  it('the schemas bound durations and incident_open_days', async () => {
    const root = makeMinimalRegister(makeTempDir());
    writeRecord(root, 'sak.yaml', 'format: 1\nmunicipality: Testkommun (fiktiv)\nincident_open_days: 3651\nrisk_review: P101Y\n');
    writeRecord(root, 'controls/CTL-k.yaml', 'id: CTL-k\ntitle: Kontroll (fiktiv)\nunit: kommunstyrelsen\narea: fire_safety\nfrequency: P36501D\n');
    const run = await runSak(['validate', '--register', root, '--format', 'json']);
    const problems = (JSON.parse(run.stdout) as { problems: { file: string; field: string }[] }).problems.map((p) => `${p.file}${p.field}`);
    expect(problems).toEqual(expect.arrayContaining(['controls/CTL-k.yaml/frequency', 'sak.yaml/incident_open_days', 'sak.yaml/risk_review']));
    expect(run.code).toBe(1);
    expect(path.isAbsolute(root)).toBe(true);
  });
});
