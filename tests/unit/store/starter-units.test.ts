import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { standardUnits } from '../../../src/render/register-files.js';
import { readStarterUnits } from '../../../src/store/starter-units.js';

describe('the starter units sak init writes (starter/units.yaml)', () => {
  it('are read from the shipped file: council and board, and the roles only with --roles, titled in the language', () => {
    const starter = readStarterUnits();
    expect(standardUnits(starter, 'sv').map((u) => u.type)).toEqual(['council', 'executive_board']);
    const withRoles = standardUnits(starter, 'en', true);
    expect(withRoles.filter((u) => u.type === 'role')).toHaveLength(starter.roles.length);
    expect(withRoles.every((u) => u.title === [...starter.units, ...starter.roles].find((s) => s.id === u.id)?.title.en)).toBe(true);
    expect(withRoles.find((u) => u.type === 'executive_board')?.parent).toBe(standardUnits(starter, 'en')[0]?.id);
  });

  it('a file that is not a list of units with id, type and both titles is refused, naming the file and the list', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sak-starter-')), 'units.yaml');
    writeFileSync(file, 'units:\n  - id: x\n    type: council\n    title: { sv: X }\nroles: []\n');
    expect(() => readStarterUnits(file)).toThrow(`${file}: "units" is not a list of units`);
    writeFileSync(file, 'units: []\n');
    expect(() => readStarterUnits(file)).toThrow('"roles"');
  });
});
