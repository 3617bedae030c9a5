import { describe, expect, it } from 'vitest';
import type { SakConfig, SiteRecord } from '../../../../src/core/record-types.js';
import type { AnyRecord } from '../../../../src/core/model.js';
import { check, exerciseRecord, expectEdges, expectNoItem, itemAt, makeRegister, siteRecord, unitRecord } from './register-fixture.js';

const training: SakConfig['training'] = [
  { topic: 'pdv_lockdown', unit_type: 'school', every: 'P2Y', first_due: '2027-12-31' },
  { topic: 'fire_safety', unit_type: 'department', every: 'P1Y' },
];
const units: AnyRecord[] = [
  unitRecord('bou', 'department'),
  unitRecord('bou-grundskola', 'team', { parent: 'bou' }),
  unitRecord('skola-a', 'school', { parent: 'bou-grundskola' }),
  unitRecord('skola-b', 'school', { parent: 'bou-grundskola' }),
  unitRecord('skola-c', 'school', { parent: 'bou', status: 'inactive' }),
  unitRecord('klf', 'department'),
];
const withExercises = (...exercises: AnyRecord[]) => makeRegister([...units, ...exercises], { training });
const pdv = (id: string, date: string, ...on: [string, ...string[]]) => exerciseRecord(id, { date, topic: 'pdv_lockdown', units: on });
const fire = (id: string, date: string, ...on: [string, ...string[]]) => exerciseRecord(id, { date, topic: 'fire_safety', units: on });
const sel = (id: string, topic: string) => ({ rule: 'training', id, topic }) as const;

describe('training', () => {
  it('gives an item for every active unit of the unit type, for each requirement', () => {
    const items = check(withExercises(), '2026-11-26').filter((i) => i.rule === 'training');
    expect(items.map((i) => [i.id, i.topic, i.kind, i.due, i.status])).toEqual([
      ['bou', 'fire_safety', 'unit', null, 'overdue'],
      ['klf', 'fire_safety', 'unit', null, 'overdue'],
      ['skola-a', 'pdv_lockdown', 'unit', '2027-12-31', 'ok'],
      ['skola-b', 'pdv_lockdown', 'unit', '2027-12-31', 'ok'],
    ]);
  });

  it('is due on first_due when never held', () => {
    expectEdges(withExercises(), sel('skola-a', 'pdv_lockdown'), '2027-12-31');
  });

  it('is due `every` after the latest exercise of the unit', () => {
    const register = withExercises(pdv('EXR-20260301-AAAAA', '2026-03-01', 'skola-a'), pdv('EXR-20250301-AAAAA', '2025-03-01', 'skola-a'));
    expectEdges(register, sel('skola-a', 'pdv_lockdown'), '2028-03-01');
    expect(itemAt(register, '2026-11-26', sel('skola-a', 'pdv_lockdown')).last).toBe('2026-03-01');
    expect(itemAt(register, '2026-11-26', sel('skola-b', 'pdv_lockdown')).due).toBe('2027-12-31');
  });

  it('is never due before first_due', () => {
    const register = withExercises(pdv('EXR-20250110-AAAAA', '2025-01-10', 'skola-a'));
    expectEdges(register, sel('skola-a', 'pdv_lockdown'), '2027-12-31');
    expect(itemAt(register, '2026-11-26', sel('skola-a', 'pdv_lockdown')).last).toBe('2025-01-10');
  });

  it('counts an exercise of a parent or grandparent unit', () => {
    const register = withExercises(pdv('EXR-20260601-AAAAA', '2026-06-01', 'bou'), pdv('EXR-20260301-AAAAA', '2026-03-01', 'bou-grundskola'));
    expectEdges(register, sel('skola-a', 'pdv_lockdown'), '2028-06-01');
    expectEdges(register, sel('skola-b', 'pdv_lockdown'), '2028-06-01');
  });

  it('does not count an exercise of a child unit or a sibling', () => {
    const register = withExercises(fire('EXR-20260301-AAAAA', '2026-03-01', 'bou-grundskola'), pdv('EXR-20260301-BBBBB', '2026-03-01', 'skola-b'));
    expect(itemAt(register, '2026-11-26', sel('bou', 'fire_safety')).due).toBeNull();
    expect(itemAt(register, '2026-11-26', sel('skola-a', 'pdv_lockdown')).due).toBe('2027-12-31');
  });

  it('without first_due: every after the latest exercise, overdue with due null if never held', () => {
    const register = withExercises(fire('EXR-20240229-AAAAA', '2024-02-29', 'bou', 'klf'), fire('EXR-20250505-AAAAA', '2025-05-05', 'bou'));
    expectEdges(register, sel('bou', 'fire_safety'), '2026-05-05');
    expectEdges(register, sel('klf', 'fire_safety'), '2025-02-28');
  });

  it('ignores exercises after `at` and of other topics', () => {
    const register = withExercises(fire('EXR-20260301-AAAAA', '2026-03-01', 'klf'), exerciseRecord('EXR-20250301-AAAAA', { date: '2025-03-01', topic: 'cpr', units: ['klf'] }));
    expect(itemAt(register, '2026-02-28', sel('klf', 'fire_safety'))).toMatchObject({ due: null, last: null, status: 'overdue' });
    expect(itemAt(register, '2026-03-01', sel('klf', 'fire_safety'))).toMatchObject({ due: '2027-03-01', last: '2026-03-01' });
  });

  it('survives a cycle in `parent`', () => {
    const register = makeRegister([unitRecord('a', 'school', { parent: 'b' }), unitRecord('b', 'team', { parent: 'a' })], { training });
    expect(itemAt(register, '2026-11-26', sel('a', 'pdv_lockdown')).due).toBe('2027-12-31');
  });

  it('names the topic by its label', () => {
    const register = withExercises();
    expect(itemAt(register, '2026-11-26', sel('bou', 'fire_safety')).message).toContain('Brandskydd: ingen utbildning eller övning registrerad');
    expect(itemAt(register, '2026-11-26', sel('bou', 'fire_safety'), { lang: 'en' }).message).toContain('Fire safety: no training or drill recorded');
  });

  it('applies to the units named in `units`, instead of or besides `unit_type`', () => {
    const named = makeRegister(units, { training: [{ topic: 'fire_safety', units: ['skola-a', 'klf'], every: 'P1Y' }] });
    expect(check(named, '2026-11-26').filter((i) => i.rule === 'training').map((i) => i.id)).toEqual(['klf', 'skola-a']);
    const both = makeRegister(units, { training: [{ topic: 'fire_safety', unit_type: 'department', units: ['skola-b', 'skola-c'], every: 'P1Y' }] });
    // skola-c is inactive: named or not, it is not followed up.
    expect(check(both, '2026-11-26').filter((i) => i.rule === 'training').map((i) => i.id)).toEqual(['bou', 'klf', 'skola-b']);
  });

  it('counts only exercises of the `types` given', () => {
    const config: Partial<SakConfig> = { training: [{ topic: 'security_culture', unit_type: 'department', types: ['meeting'], every: 'P1Y' }] };
    const drill = exerciseRecord('EXR-20260301-AAAAA', { date: '2026-03-01', type: 'drill', topic: 'security_culture', units: ['bou'] });
    const meeting = exerciseRecord('EXR-20260401-AAAAA', { date: '2026-04-01', type: 'meeting', topic: 'security_culture', units: ['bou'] });
    const onlyDrill = itemAt(makeRegister([...units, drill], config), '2026-11-26', sel('bou', 'security_culture'));
    expect(onlyDrill).toMatchObject({ status: 'overdue', due: null, last: null });
    expect(onlyDrill.message).toContain('Säkerhetskultur: möte har inte registrerats');
    const withMeeting = itemAt(makeRegister([...units, drill, meeting], config), '2026-11-26', sel('bou', 'security_culture'));
    expect(withMeeting).toMatchObject({ status: 'ok', due: '2027-04-01', last: '2026-04-01' });
    expect(itemAt(makeRegister([...units, drill, meeting], config), '2027-03-15', sel('bou', 'security_culture'), { lang: 'en' }).message).toContain('Security culture: meeting due by 2027-04-01');
    // Without types, every type counts, the meeting too.
    const all = makeRegister([...units, meeting], { training: [{ topic: 'security_culture', unit_type: 'department', every: 'P1Y' }] });
    expect(itemAt(all, '2026-11-26', sel('bou', 'security_culture')).last).toBe('2026-04-01');
  });

  it('gives no item without `training` in sak.yaml', () => {
    expectNoItem(makeRegister(units), '2026-11-26', { rule: 'training' });
  });
});

describe('site-fire and site-intrusion', () => {
  const SITE = 'SITE-skola';
  const withSite = (extra: Partial<SiteRecord>) => makeRegister([siteRecord(SITE, extra)]);

  it.each([
    ['2025-06-01', '2026-06-01'],
    ['2024-02-29', '2025-02-28'],
  ])('adequate, assessed %s → due %s', (assessed, due) => {
    const register = withSite({ fire_protection: { status: 'adequate', assessed }, intrusion_protection: { status: 'adequate', assessed } });
    expectEdges(register, { rule: 'site-fire', id: SITE }, due);
    expectEdges(register, { rule: 'site-intrusion', id: SITE }, due);
    expect(itemAt(register, due, { rule: 'site-fire', id: SITE })).toMatchObject({ kind: 'site', last: assessed });
  });

  it.each([
    ['deficient', { status: 'deficient' as const, assessed: '2026-05-01' }, 'bristfälligt'],
    ['unknown', { status: 'unknown' as const }, 'okänd'],
    ['adequate but never assessed', { status: 'adequate' as const }, 'aldrig bedömts'],
    ['adequate, assessed after `at`', { status: 'adequate' as const, assessed: '2026-12-01' }, 'aldrig bedömts'],
  ])('%s: overdue with due null', (_name, protection, words) => {
    const register = withSite({ fire_protection: protection, intrusion_protection: protection });
    for (const rule of ['site-fire', 'site-intrusion'] as const) {
      const item = itemAt(register, '2026-11-26', { rule, id: SITE });
      expect(item).toMatchObject({ status: 'overdue', due: null });
      expect(item.message).toContain(words);
    }
  });

  it('treats a missing block as unknown', () => {
    const register = withSite({ fire_protection: { status: 'adequate', assessed: '2026-06-01' } });
    expect(itemAt(register, '2026-11-26', { rule: 'site-fire', id: SITE }).status).toBe('ok');
    expect(itemAt(register, '2026-11-26', { rule: 'site-intrusion', id: SITE })).toMatchObject({ status: 'overdue', due: null, last: null });
  });
});
