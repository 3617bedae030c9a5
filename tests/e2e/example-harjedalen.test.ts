// End-to-end test of the second example register, examples/harjedalen (issue "Every
// municipality, not only Fagersta"): built only from Härjedalen's "Policy för beredskap i
// Härjedalens kommun" (see its SOURCE.md). The expected items are worked out by hand from
// rules.md and the policy, not copied from the program's output.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, copyRegister, runSak } from './support/sak.js';

const REGISTER = copyRegister('examples/harjedalen');

interface JsonItem {
  status: string;
  rule: string;
  id: string;
  due: string | null;
  basis: unknown;
  message: string;
}

async function check(at: string): Promise<JsonItem[]> {
  const run = await runSak(['check', '--register', REGISTER, '--format', 'json', '--all', '--at', at]);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { items: JsonItem[] }).items;
}

const rows = (items: JsonItem[]) => items.map((i) => [i.status, i.rule, i.id, i.due]);

describe('examples/harjedalen', () => {
  it('validates strictly, without a single problem', async () => {
    const run = await runSak(['validate', '--strict', '--register', REGISTER, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('has the deadlines the policy gives, as SOURCE.md explains them', async () => {
    expect(rows(await check('2026-11-26'))).toEqual([
      // "Kommunen ska varje ny mandatperiod [...] sammanställa en risk- och sårbarhetsanalys,
      // fastställa en plan för hur extraordinära händelser ska hanteras och ta fram en
      // övnings- och utbildningsplan": the policy gives no adoption of them, so never adopted.
      ['overdue', 'document-review', 'DOC-ovnings-och-utbildningsplan', null],
      ['overdue', 'document-review', 'DOC-plan-for-extraordinara-handelser', null],
      ['overdue', 'document-review', 'DOC-risk-och-sarbarhetsanalys', null],
      // Adopted 2023-10-04, in the period 2022-10-15 – 2026-10-14; the next one ends 2030-10-14.
      ['ok', 'document-review', 'DOC-policy-for-beredskap', '2030-10-14'],
      // The reglemente (review: none) gives no item.
    ]);
    // Every one of them rests on the policy, which demands the documents each mandate period.
    expect(new Set((await check('2026-11-26')).map((i) => JSON.stringify(i.basis)))).toEqual(new Set([JSON.stringify({ type: 'document', source: 'DOC-policy-for-beredskap' })]));
  });

  it('makes the policy itself overdue once the next mandate period has ended', async () => {
    const items = await check('2030-10-15');
    const policy = items.find((i) => i.id === 'DOC-policy-for-beredskap');
    expect(policy).toMatchObject({ status: 'overdue', due: '2030-10-14' });
    expect(items.some((i) => i.id === 'DOC-krisledningsnamndens-reglemente')).toBe(false);
  });

  it('asks for a new decision each mandate period (review: readopt): a confirming follow-up is not enough', async () => {
    // The policy and the three documents it demands say "varje ny mandatperiod ta fram".
    const messages = (await check('2026-11-26')).map((i) => i.message);
    expect(messages.every((m) => m.includes('nytt beslut krävs varje mandatperiod'))).toBe(true);
    // A follow-up that only confirms the policy in the new period (2026-10-15 – 2030-10-14)
    // leaves it due at the period's end; one that readopts it moves the deadline a period on.
    const reviewed = async (outcome: string) => {
      const root = copyRegister('examples/harjedalen');
      const file = path.join(root, 'documents', 'DOC-policy-for-beredskap.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}reviews:\n  - { date: 2027-03-01, outcome: ${outcome}, body: kommunfullmaktige }\n`);
      const run = await runSak(['check', '--register', root, '--format', 'json', '--all', '--at', '2030-10-15']);
      return (JSON.parse(run.stdout) as { items: JsonItem[] }).items.find((i) => i.id === 'DOC-policy-for-beredskap');
    };
    expect(await reviewed('confirmed')).toMatchObject({ status: 'overdue', due: '2030-10-14' });
    expect(await reviewed('readopted')).toMatchObject({ status: 'ok', due: '2034-10-14' });
  });

  it('names its source and maps every record file it has', () => {
    const source = readFileSync(path.join(REPO_ROOT, 'examples', 'harjedalen', 'SOURCE.md'), 'utf8');
    expect(source).toContain('Policy för beredskap i Härjedalens kommun');
    expect(source).toContain('KS 2023/74');
    for (const rel of [
      'documents/DOC-policy-for-beredskap.yaml',
      'documents/DOC-risk-och-sarbarhetsanalys.yaml',
      'documents/DOC-plan-for-extraordinara-handelser.yaml',
      'documents/DOC-ovnings-och-utbildningsplan.yaml',
      'documents/DOC-krisledningsnamndens-reglemente.yaml',
      'requirements/REQ-lag-om-extraordinara-handelser.yaml',
      'requirements/REQ-overenskommelse-om-krisberedskap.yaml',
      'requirements/REQ-overenskommelse-om-civilt-forsvar.yaml',
      'units/krisledningsnamnden.yaml',
    ]) {
      expect(existsSync(path.join(REPO_ROOT, 'examples', 'harjedalen', ...rel.split('/'))), rel).toBe(true);
      expect(source, rel).toContain(path.basename(rel, '.yaml'));
    }
  });

  it('has nothing of Fagersta in it', async () => {
    const run = await runSak(['list', 'unit', '--register', REGISTER, '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/fagersta|ledningsgruppen|sakerhetssamordnare/i);
  });
});
