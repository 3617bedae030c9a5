// Control demands of sak.yaml (issue "Demands on every förvaltning"), tried as a new user
// would: a fictitious register with two förvaltningar and a yearly reconciliation demand.
import { describe, expect, it } from 'vitest';
import { makeGitRegister, readText, sak, writeRecord } from './helpers.js';

const CONFIG = `format: 1
municipality: Provkommun (fiktiv)
control_demands:
  - id: avstamning
    title: Årlig avstämning
    area: internal_protection
    unit_type: department
    every: P1Y
    method: reconciliation
    basis: { document: DOC-sakerhetspolicy }
    compiled_by: sakerhetssamordnare
`;

interface JsonItem {
  status: string;
  rule: string;
  id: string;
  due: string | null;
  demand?: string;
  compilation?: boolean;
  message: string;
}

/** The fictitious register: two förvaltningar, one with a reconciliation performed this year. */
async function register(): Promise<string> {
  const root = await makeGitRegister('minimal');
  writeRecord(root, 'sak.yaml', CONFIG);
  writeRecord(root, 'units/klf.yaml', 'id: klf\ntitle: Kommunledningsförvaltningen (fiktiv)\ntype: department\nparent: kommunstyrelsen\n');
  writeRecord(root, 'units/bou.yaml', 'id: bou\ntitle: Barn- och utbildningsförvaltningen (fiktiv)\ntype: department\n');
  writeRecord(root, 'documents/DOC-sakerhetspolicy.yaml', 'id: DOC-sakerhetspolicy\ntitle: Säkerhetspolicy (fiktiv)\ntype: policy\nowner: kommunstyrelsen\nadopted:\n  date: 2025-02-17\n');
  writeRecord(
    root,
    'controls/CTL-avstamning-klf.yaml',
    'id: CTL-avstamning-klf\ntitle: Årlig avstämning – KLF (fiktiv)\nunit: klf\narea: internal_protection\nfrequency: P1Y\ndemand: avstamning\nperformed:\n  - date: 2026-03-10\n    result: ok\n',
  );
  return root;
}

async function demandItems(root: string): Promise<JsonItem[]> {
  const run = await sak(root, ['check', '--all', '--format', 'json']);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { items: JsonItem[] }).items.filter((i) => i.rule === 'control-demand');
}

describe('control demands', () => {
  it('gives one item in time, one overdue with due null naming the förvaltning, and the compilation', async () => {
    const root = await register();
    const items = await demandItems(root);
    expect(items.map((i) => [i.id, i.status, i.due, i.demand, i.compilation ?? false])).toEqual([
      ['bou', 'overdue', null, 'avstamning', false],
      ['sakerhetssamordnare', 'due', '2027-01-31', 'avstamning', true],
      ['klf', 'ok', '2027-03-10', 'avstamning', false],
    ]);
    expect(items[0]?.message).toBe(
      'bou: Årlig avstämning: ingen kontroll registrerad (krav avstamning i sak.yaml: intervall 1 år; grund: Säkerhetspolicy (fiktiv) (DOC-sakerhetspolicy)) – ”Barn- och utbildningsförvaltningen (fiktiv)”',
    );
    // The control answering the demand gives no control-due item of its own.
    const all = await sak(root, ['check', '--all', '--format', 'json']);
    expect((JSON.parse(all.stdout) as { items: JsonItem[] }).items.filter((i) => i.rule === 'control-due')).toEqual([]);
    // Text output, exit 1 for the overdue item; --unit keeps the förvaltning's own item.
    const text = await sak(root, ['check', '--unit', 'bou']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('bou: Årlig avstämning: ingen kontroll registrerad');
    expect(text.stdout).not.toContain('klf:');
  });

  it('the report shows the coverage: 1 av 2 förvaltningar, with the overdue one named', async () => {
    const root = await register();
    const run = await sak(root, ['report', '--year', '2026', '--at', '2026-11-26']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '| Årlig avstämning | Säkerhetspolicy (fiktiv) (DOC-sakerhetspolicy) | Internt skydd | Avstämning | 1 år | 1 av 2 förvaltningar | Barn- och utbildningsförvaltningen (fiktiv) | Säkerhetssamordnare, senast 31 januari 2027 (Förfaller snart) |',
    );
  });

  it('sak add control --demand … --unit … creates a control that answers it', async () => {
    const root = await register();
    const add = await sak(root, ['add', 'control', '--demand', 'avstamning', '--unit', 'bou', '--no-input']);
    expect(add.code).toBe(0);
    const id = add.stdout.trim();
    expect(add.stderr).toContain(`Skapade controls/${id}.yaml.`);
    expect(id).toBe('CTL-arlig-avstamning-barn-och-utbildningsforvaltningen-fiktiv');
    const text = readText(root, `controls/${id}.yaml`);
    expect(text).toContain('title: Årlig avstämning – Barn- och utbildningsförvaltningen (fiktiv)\n');
    expect(text).toContain('unit: bou\narea: internal_protection\nfrequency: P1Y\ndemand: avstamning\n');
    expect(text).toContain('documents:\n  - DOC-sakerhetspolicy\n');
    expect(text).not.toContain('start:');
    expect((await demandItems(root)).find((i) => i.id === 'bou')?.message).toContain(`ingen genomförd kontroll (krav avstamning i sak.yaml: intervall 1 år; grund: Säkerhetspolicy (fiktiv) (DOC-sakerhetspolicy); ${id} aldrig genomförd)`);
    expect((await sak(root, ['review', id, '--result', 'ok', '--date', '2026-11-20'])).code).toBe(0);
    expect((await demandItems(root)).find((i) => i.id === 'bou')).toMatchObject({ status: 'ok', due: '2027-11-20' });
    expect((await sak(root, ['check'])).code).toBe(0);
  });

  it('refuses an unknown demand, on the command line and in a record, and references in sak.yaml that do not exist', async () => {
    const root = await register();
    const add = await sak(root, ['add', 'control', '--demand', 'avstamnig', '--unit', 'bou', '--no-input']);
    expect(add.code).toBe(2);
    expect(add.stderr).toContain('okänt krav "avstamnig". Menade du avstamning?');
    writeRecord(root, 'controls/CTL-fel.yaml', 'id: CTL-fel\ntitle: Fel krav (fiktiv)\nunit: bou\narea: internal_protection\nfrequency: P1Y\ndemand: avstamnig\n');
    writeRecord(root, 'sak.yaml', CONFIG.replace('compiled_by: sakerhetssamordnare', 'compiled_by: sakerhetsamordnare'));
    const run = await sak(root, ['validate']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('controls/CTL-fel.yaml:6:9 error ref-missing kravet "avstamnig" finns inte i sak.yaml (control_demands); menade du "avstamning"?');
    expect(run.stdout).toContain('sak.yaml:11:18 error ref-missing enheten "sakerhetsamordnare" finns inte i units/; menade du "sakerhetssamordnare"?');
    const en = await sak(root, ['validate', '--lang', 'en']);
    expect(en.stdout).toContain('the demand "avstamnig" is not in sak.yaml (control_demands); did you mean "avstamning"?');
  });
});

describe("Fagersta's example register", () => {
  it('lists the per-förvaltning demands of its document, none of them performed', async () => {
    const root = await makeGitRegister('example');
    const items = await demandItems(root);
    const perUnit = (unit: string) => items.filter((i) => i.id === unit && !i.compilation).map((i) => i.demand).sort();
    const departmentDemands = [
      'avstamning',
      'behorighetsgenomgang',
      'internkontroll-brand-och-olyckor',
      'internkontroll-civilt-forsvar',
      'internkontroll-extraordinara-handelser',
      'internkontroll-informationssakerhet',
      'internkontroll-internt-skydd',
      'internkontroll-personsakerhet',
      'internkontroll-sakerhetsskydd',
      'internkontroll-trygghet-brott',
      'medarbetarundersokning',
      'sam-uppfoljning',
    ];
    expect(perUnit('kommunledningsforvaltningen')).toEqual(departmentDemands);
    expect(perUnit('nve')).toEqual(departmentDemands);
    expect(perUnit('kommunstyrelsen')).toEqual(['invanarundersokning']);
    // No execution is invented: every unit's item is overdue with no due date.
    expect(items.filter((i) => !i.compilation).every((i) => i.status === 'overdue' && i.due === null)).toBe(true);
    expect(items.find((i) => i.id === 'nve' && i.demand === 'avstamning')?.message).toContain('ingen kontroll registrerad');
    expect(items.find((i) => i.id === 'kommunledningsforvaltningen' && i.demand === 'avstamning')?.message).toContain('CTL-arlig-avstamning-inom-forvaltningarna aldrig genomförd');
  });
});
