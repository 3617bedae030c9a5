// examples/demo/ is written by examples/generate-demo.js, never by hand: a record written into
// the folder but not into the generator (a new kind's demo record, say) would pass every test
// and vanish at the next run of the generator. The generator writes into a temporary folder
// here, and the two trees must be the same, file for file and byte for byte (line ends aside:
// a checkout on Windows may have turned them into CRLF).
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../e2e/support/sak.js';

const DEMO = path.resolve('examples/demo');
const GENERATOR = path.resolve('examples/generate-demo.js');

/** Every file under a folder, as paths with forward slashes, with its content. */
function tree(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files
      .map((entry) => path.join(entry.parentPath, entry.name))
      .map((file) => [path.relative(root, file).split(path.sep).join('/'), readFileSync(file, 'utf8').replaceAll('\r\n', '\n')] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

describe('the demo register', () => {
  it('is exactly what examples/generate-demo.js writes (change the generator, then run node examples/generate-demo.js)', async () => {
    const out = path.join(makeTempDir('sak-demo-'), 'demo');
    await new Promise<void>((resolve, reject) => execFile(process.execPath, [GENERATOR, out], (error) => (error ? reject(error) : resolve())));
    const generated = tree(out);
    const committed = tree(DEMO);
    expect([...committed.keys()], 'files of examples/demo/ against those the generator writes').toEqual([...generated.keys()]);
    for (const [file, text] of generated) expect(committed.get(file), `examples/demo/${file}`).toBe(text);
  });
});
