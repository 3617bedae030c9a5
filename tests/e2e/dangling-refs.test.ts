// No dangling reference through a write path (issue "Safe to publish, safe to share", item
// 10): every write checks references as `sak validate` does, so nothing is committed that
// validate then rejects.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeGitRegister, makeTempDir, sak } from './helpers.js';
import { expectNoFault, expectUnchanged, snapshot } from './support/hardening.js';

describe('a reference to no record is refused by every write', () => {
  it('add (--links, --set, --input), set, review and import: exit 1, nothing written, validate still clean', async () => {
    const root = await makeGitRegister();
    writeFileSync(path.join(root, '..', 'links.yaml'), 'title: Från fil (fiktiv)\nowner: kommunstyrelsen\nlinks: [RSK-finns-inte]\n');
    const csv = path.join(makeTempDir(), 'atgarder.csv');
    writeFileSync(csv, 'title;owner;links\nImporterad (fiktiv);kommunstyrelsen;RSK-finns-inte\n');
    const before = snapshot(root);
    const action = ['add', 'action', '--no-input', '--title', 'Ny åtgärd (fiktiv)', '--owner', 'kommunstyrelsen'];
    const runs = [
      [...action, '--links', 'AGR-finns-inte'],
      [...action, '--links', 'ACT-finns-inte'],
      [...action, '--set', 'links=[DOC-finns-inte]'],
      [...action, '--owner', 'enhet-som-inte-finns'],
      ['add', 'action', '--no-input', '--input', path.join(root, '..', 'links.yaml')],
      ['set', 'ACT-avtal-med-nvk', 'links=[RSK-finns-inte]'],
      ['review', 'DOC-brandskyddspolicy', '--outcome', 'confirmed', '--body', 'finns-inte', '--no-input'],
      ['import', 'action', csv],
    ];
    for (const args of runs) {
      const run = await sak(root, args);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(/finns-inte|ref-missing|har fel form|okänd enhet/);
      expectNoFault(run);
    }
    expectUnchanged(root, before);
    expect((await sak(root, ['validate', '--no-cache'])).code).toBe(0);
  });
});
