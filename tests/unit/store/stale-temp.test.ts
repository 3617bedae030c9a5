import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STALE_TEMP_MS, removeStaleTempFiles } from '../../../src/store/stale-temp.js';
import { makeTempDir } from '../../e2e/support/sak.js';

describe('removeStaleTempFiles', () => {
  it('removes sak temporary files older than STALE_TEMP_MS, and nothing else', () => {
    const dir = makeTempDir();
    const now = Date.now();
    const files = {
      '.INC-20261126-7QX2K.yaml.sak-tmp-0123456789ab': now - STALE_TEMP_MS - 1000,
      '.DOC-policy.yaml.sak-tmp-abcdef': now - 60 * 60_000,
      '.INC-20261126-7QX2M.yaml.sak-tmp-0123456789ab': now - 1000,
      'INC-20261126-7QX2K.yaml': now - 60 * 60_000,
      '.anteckning.sak-tmp-xyz': now - 60 * 60_000,
      'rapport.md.sak-tmp-0123': now - 60 * 60_000,
    };
    for (const [name, mtime] of Object.entries(files)) {
      writeFileSync(path.join(dir, name), 'x');
      utimesSync(path.join(dir, name), new Date(mtime), new Date(mtime));
    }
    expect(removeStaleTempFiles(dir, now).sort()).toEqual(['.DOC-policy.yaml.sak-tmp-abcdef', '.INC-20261126-7QX2K.yaml.sak-tmp-0123456789ab']);
    expect(readdirSync(dir).sort()).toEqual(['.INC-20261126-7QX2M.yaml.sak-tmp-0123456789ab', '.anteckning.sak-tmp-xyz', 'INC-20261126-7QX2K.yaml', 'rapport.md.sak-tmp-0123']);
    expect(removeStaleTempFiles(path.join(dir, 'finns-inte'), now)).toEqual([]);
  });
});
