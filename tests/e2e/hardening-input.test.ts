// Hostile input, end to end: damaged and malicious record files, sak.yaml, caches and
// schema copies met by every command (validate.test.ts has one case per problem code; this
// file covers what the other commands do with such files), plus hostile values given on
// the command line or through --input. Every case asserts the documented exit code, a
// clear message with file, line and column where there is one, no stack trace, and a
// register byte for byte as it was when nothing was meant to change.
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExampleRegister, makeMinimalRegister, makeTempDir, runSak, sak, writeRecord } from './helpers.js';
import { expectNoFault, expectUnchanged, runLimited, seededRandom, snapshot } from './support/hardening.js';

const DOC = 'documents/DOC-brandskyddspolicy.yaml';
const INC_ID = 'INC-20261101-7QX2K';
const INC = `incidents/2026/${INC_ID}.yaml`;
const INCIDENT = `id: ${INC_ID}\ntitle: Krossad ruta (fiktiv)\ndate: 2026-11-01\nunit: kommunstyrelsen\ncategory: vandalism\nseverity: low\nstatus: open\n`;
const ADD_FLAGS = ['--no-input', '--title', 'Härdning (fiktiv)', '--unit', 'kommunstyrelsen', '--category', 'other', '--severity', 'low', '--no-commit'];

interface JsonProblem {
  code: string;
  file: string;
  line: number;
  column: number;
  field?: string;
  message: string;
}

async function validateJson(root: string): Promise<{ code: number; errors: number; problems: JsonProblem[] }> {
  const run = await runSak(['validate', '--register', root, '--format', 'json', '--no-cache']);
  expectNoFault(run);
  const result = JSON.parse(run.stdout) as { errors: number; problems: JsonProblem[] };
  return { code: run.code, ...result };
}

/** Writes a file into a copy of the example register and snapshots it. */
function exampleWith(files: Record<string, string | Buffer>): { root: string; before: Map<string, string> } {
  const root = copyExampleRegister();
  for (const [rel, content] of Object.entries(files)) writeRecord(root, rel, content);
  return { root, before: snapshot(root) };
}

const conflicted = (text: string) => text.replace(/^title: .*$/m, (line) => `<<<<<<< HEAD\n${line}\n=======\ntitle: Brandskyddspolicy (ändrad på en annan gren)\n>>>>>>> gren-b`);

describe('a record with merge-conflict markers', () => {
  const original = readFileSync(path.join(copyExampleRegister(), DOC), 'utf8');
  const markerLine = conflicted(original).split('\n').indexOf('<<<<<<< HEAD') + 1;

  it('is one error with a hint to resolve the conflict, not one more in every record that names it', async () => {
    const { root } = exampleWith({ [DOC]: conflicted(original) });
    const result = await validateJson(root);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'yaml-syntax', file: DOC, line: markerLine, column: 1, message: expect.stringMatching(/lös konflikten/) })]);
  });

  it.each([
    ['set', ['set', 'DOC-brandskyddspolicy', 'status=repealed']],
    ['close', ['close', 'DOC-brandskyddspolicy']],
    ['review', ['review', 'DOC-brandskyddspolicy', '--outcome', 'confirmed']],
  ])('sak %s refuses it (exit 1) with the position and the hint, and changes nothing', async (_name, args) => {
    const { root, before } = exampleWith({ [DOC]: conflicted(original) });
    const run = await sak(root, [...args, '--no-commit']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${DOC}:${markerLine}:1 error yaml-syntax`);
    expect(run.stderr).toMatch(/lös konflikten/);
    expect(run.stderr).toMatch(/går inte att läsa som en post/);
    expectNoFault(run);
    expectUnchanged(root, before);
  });

  it('sak show names the problem (exit 1); list, check and report leave nothing written', async () => {
    const { root, before } = exampleWith({ [DOC]: conflicted(original) });
    const show = await sak(root, ['show', 'DOC-brandskyddspolicy', '--format', 'json']);
    expect(show.code).toBe(1);
    expect(show.stdout).toBe('');
    expect(show.stderr).toContain(`${DOC}:${markerLine}:1`);
    const list = await sak(root, ['list', '--format', 'json', '--no-cache']);
    expect(list.code).toBe(0);
    expect(list.stderr).toMatch(/registret har 1 fel/);
    for (const args of [['check', '--no-cache'], ['report', '--year', '2026', '--no-cache']]) {
      const run = await sak(root, args);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/lös konflikten/);
      expectNoFault(run);
    }
    expectNoFault(show);
    expectNoFault(list);
    expectUnchanged(root, before);
  });

  it('in sak.yaml is a config problem with the hint', async () => {
    const { root, before } = exampleWith({});
    writeFileSync(path.join(root, 'sak.yaml'), `<<<<<<< HEAD\n${readFileSync(path.join(root, 'sak.yaml'), 'utf8')}=======\nformat: 1\n>>>>>>> gren-b\n`);
    const result = await validateJson(root);
    expect(result.code).toBe(1);
    expect(result.problems[0]).toMatchObject({ file: 'sak.yaml', line: 1, column: 1, message: expect.stringMatching(/konflikt/) });
    expect(before.size).toBe(snapshot(root).size);
  });
});

describe('damaged record files met by the changing commands', () => {
  it('invalid UTF-8: sak set says where, like validate (exit 1), and changes nothing', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, INC, Buffer.concat([Buffer.from(INCIDENT + 'notes: "ok '), Buffer.from([0xff, 0xfe]), Buffer.from('"\n')]));
    const before = snapshot(root);
    const run = await sak(root, ['set', INC_ID, 'severity=high']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${INC}:8:12 error encoding`);
    expectNoFault(run);
    expectUnchanged(root, before);
  });

  it('a record that is not UTF-8 is one error where it is, not one more in every record that names it', async () => {
    const root = copyExampleRegister();
    const bytes = readFileSync(path.join(root, DOC));
    writeRecord(root, DOC, Buffer.concat([bytes.subarray(0, 40), Buffer.from([0xc3, 0x28]), bytes.subarray(40)]));
    const result = await validateJson(root);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'encoding', file: DOC })]);
  });

  it('a 20,000-deep nesting: set refuses it at its line (exit 1) without exhausting the stack', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, INC, INCIDENT + 'notes: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n');
    const before = snapshot(root);
    const run = await sak(root, ['set', INC_ID, 'severity=high']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${INC}:8:\\d+ error yaml-syntax .*64`));
    expectNoFault(run);
    expectUnchanged(root, before);
  });

  it('an alias bomb (billion laughs) is refused at its first anchor in no time, by validate, set and --input', async () => {
    const names = 'abcdefghij';
    const bomb = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${[...names.slice(1)].map((n, i) => `${n}: &${n} [${Array(9).fill(`*${names[i]}`).join(',')}]`).join('\n')}\n`;
    const root = makeMinimalRegister();
    writeRecord(root, INC, INCIDENT + bomb.replace(/^a:/, 'notes:').replace('*a', '*a'));
    const before = snapshot(root);
    const started = Date.now();
    const result = await validateJson(root);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'yaml-syntax', file: INC, line: 8, column: 8, message: expect.stringMatching(/ankare \(&a\)/) }));
    const set = await sak(root, ['set', INC_ID, 'severity=high']);
    expect(set.code).toBe(1);
    expect(set.stderr).toContain(`${INC}:8:8 error yaml-syntax`);
    expectNoFault(set);
    const input = path.join(makeTempDir(), 'bomba.yaml');
    writeFileSync(input, bomb);
    const add = await sak(root, ['add', 'incident', '--input', input, ...ADD_FLAGS]);
    expect(add.code).toBe(1);
    expect(add.stderr).toMatch(/ingen YAML-mappning.*1:4 &a/);
    expectNoFault(add);
    expectUnchanged(root, before);
  });

  it('a file that makes the parser report an error at every byte: at most 20 problems, no stack overflow', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, 'units/citat.yaml', '"'.repeat(250_000));
    const result = await validateJson(root);
    expect(result.code).toBe(1);
    const mine = result.problems.filter((p) => p.file === 'units/citat.yaml');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThanOrEqual(20);
    expect(mine[0]).toMatchObject({ code: 'yaml-syntax', line: 1 });
  });

  it('a NUL byte is a control-character error at its line and column', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, INC, INCIDENT.replace('title: Krossad', 'title: Kr\u0000ossad'));
    const result = await validateJson(root);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'yaml-syntax', file: INC, line: 2, column: 10, message: expect.stringMatching(/U\+0000/) }));
    const input = await sak(root, ['add', 'incident', '--input', '-', ...ADD_FLAGS], { input: 'notes: "a\u0000b"\n' });
    expect(input.code).toBe(1);
    expect(input.stderr).toMatch(/--input - är ingen YAML-mappning.*1:10 U\+0000/);
    expectNoFault(input);
  });
});

describe('keys that name prototypes', () => {
  it('__proto__, constructor and prototype in a record are unknown fields at their lines; nothing is polluted or listed', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, INC, INCIDENT + '__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nkia:\n  type: near_miss\n  __proto__: {polluted: yes}\n');
    const result = await validateJson(root);
    expect(result.code).toBe(1);
    const unknown = result.problems.filter((p) => p.code === 'schema').map((p) => `${p.line}:${p.column} ${p.field}`);
    expect(unknown).toEqual(['8:1 /__proto__', '10:1 /constructor', '15:3 /kia/__proto__']);
    expect(JSON.stringify(result)).not.toMatch(/"\/polluted"|okänt fält "polluted"/);
    const list = await sak(root, ['list', '--format', 'json', '--no-cache']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((r: { id: string }) => r.id)).toEqual(['kommunstyrelsen', 'sakerhetssamordnare']);
    expectNoFault(list);
  });

  it('sak add --set __proto__.x=… names the field __proto__ (nothing reaches Object.prototype) and writes nothing', async () => {
    const root = makeMinimalRegister();
    const before = snapshot(root);
    const proto = await sak(root, ['add', 'incident', ...ADD_FLAGS, '--set', '__proto__.polluted=1']);
    expect(proto.code).toBe(1);
    // Had `polluted` reached Object.prototype, the schema check would see it as an unknown field of every object.
    expect(proto.stderr).toMatch(/okänt fält "__proto__"/);
    expect(proto.stderr).not.toMatch(/polluted/);
    const ctor = await sak(root, ['add', 'incident', ...ADD_FLAGS, '--set', 'constructor.prototype.polluted=1']);
    expect(ctor.code).toBe(1);
    expect(ctor.stderr).toMatch(/okänt fält "constructor"/);
    for (const run of [proto, ctor]) expectNoFault(run);
    expectUnchanged(root, before);
  });

  it('sak set __proto__.x=… is an unknown field, the file unchanged', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, INC, INCIDENT);
    const before = snapshot(root);
    const run = await sak(root, ['set', INC_ID, '__proto__.polluted=1', 'constructor.prototype.polluted=1']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/okänt fält "__proto__"/);
    expect(run.stderr).toMatch(/okänt fält "constructor"/);
    expectNoFault(run);
    expectUnchanged(root, before);
  });
});

describe('paths the changing commands cannot follow', () => {
  it.each([
    ['title.x=1', /title i .* är ett enskilt värde/],
    ['adopted.date.x=1', /adopted\.date i .* är ett enskilt värde/],
    ['reviews.7.date=2026-01-01', /listan reviews .* har 0 element.*reviews\.0/],
    ['areas.5=fire_safety', /listan areas .* har \d+ element/],
  ])('sak set %s is exit 1 with what is in the way, never an internal error', async (assignment, message) => {
    const { root, before } = exampleWith({});
    const run = await sak(root, ['set', 'DOC-brandskyddspolicy', assignment, '--no-commit']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expectNoFault(run);
    expectUnchanged(root, before);
  });
});

describe('ids and arguments that try to leave the register', () => {
  const hostile = ['../../etc/passwd', '/etc/passwd', 'units/../sak', '../units/nvk', 'DOC-brandskyddspolicy/../../sak', 'doc-brandskyddspolicy', 'DOC-BRANDSKYDDSPOLICY', 'CON', 'nul', 'aux.yaml'];

  it.each(['show', 'set', 'close', 'review', 'log'])('sak %s with such an id is exit 2 and touches nothing', async (command) => {
    const parent = makeTempDir();
    const root = path.join(parent, 'register');
    cpSync(copyExampleRegister(), root, { recursive: true });
    const before = snapshot(parent);
    // Every form through the writing command; the commands that share its lookup get a few.
    for (const id of command === 'set' ? hostile : hostile.slice(0, 3)) {
      const args = command === 'set' ? [command, id, 'status=closed'] : command === 'review' ? [command, id, '--outcome', 'confirmed'] : [command, id];
      const run = await sak(root, args);
      expect(run.code, `${command} ${id}: ${run.stderr}`).toBe(2);
      expect(run.stderr).toMatch(/okänt id/);
      expectNoFault(run);
    }
    const caseVariant = await sak(root, [command, 'doc-brandskyddspolicy', ...(command === 'set' ? ['status=closed'] : [])]);
    expect(caseVariant.stderr).toMatch(/Menade du DOC-brandskyddspolicy\?/);
    expectUnchanged(parent, before);
  });

  it('sak add with a given id that is no id of the kind (../, an absolute path, another prefix) writes nowhere (exit 1)', async () => {
    const parent = makeTempDir();
    const root = path.join(parent, 'register');
    mkdirSync(root);
    makeMinimalRegister(root);
    const before = snapshot(parent);
    for (const id of ['../../utanfor', '/tmp/utanfor', 'units/../../x', 'DOC-fel-sort', 'Stora-Bokstaver']) {
      const run = await sak(root, ['add', 'unit', '--no-input', '--title', 'Utanför (fiktiv)', '--type', 'team', '--set', `id=${id}`, '--no-commit']);
      expect(run.code, id).toBe(1);
      expect(run.stderr).toContain(`id "${id}" har inte formen`);
      expectNoFault(run);
    }
    expectUnchanged(parent, before);
  });

  it('Windows device names: a title gives con-2, a given id is refused with a clear reason, a file is a clear error', async () => {
    const root = makeMinimalRegister();
    const titled = await sak(root, ['add', 'unit', '--no-input', '--title', 'CON', '--type', 'team', '--no-commit']);
    expect(titled.code, titled.stderr).toBe(0);
    expect(titled.stdout.trim()).toBe('con-2');
    const com = await sak(root, ['add', 'unit', '--no-input', '--title', 'Com1', '--type', 'team', '--no-commit']);
    expect(com.stdout.trim()).toBe('com1-2');
    const given = await sak(root, ['add', 'unit', '--no-input', '--title', 'Nollenheten', '--type', 'team', '--set', 'id=nul', '--no-commit']);
    expect(given.code).toBe(1);
    expect(given.stderr).toMatch(/units\/nul\.yaml:2:5 error schema "nul" är ett namn som Windows reserverar/);
    writeRecord(root, 'units/aux.yaml', 'id: aux\ntitle: Aux-enheten\ntype: team\n');
    const result = await validateJson(root);
    expect(result.problems).toEqual([expect.objectContaining({ file: 'units/aux.yaml', line: 1, column: 5, message: expect.stringMatching(/Windows reserverar/) })]);
    expect(existsSync(path.join(root, 'units', 'nul.yaml'))).toBe(false);
  });

  it('two files that differ only in case: the one that is no id is an unknown file, and show names it', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, 'units/skola.yaml', 'id: skola\ntitle: Skolan (fiktiv)\ntype: school\n');
    writeRecord(root, 'units/Skola.yaml', 'id: Skola\ntitle: Skolan igen (fiktiv)\ntype: school\n');
    const before = snapshot(root);
    const result = await validateJson(root);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'unknown-file', file: 'units/Skola.yaml', line: 1, column: 1 })]);
    const show = await sak(root, ['show', 'Skola']);
    expect(show.code).toBe(1);
    expect(show.stderr).toContain('units/Skola.yaml:1:1 error unknown-file');
    expectNoFault(show);
    expectUnchanged(root, before);
  });
});

describe('register files that are not what they seem', () => {
  it('sak.yaml as a named pipe or a link to /dev/zero: every command ends at once instead of waiting forever', async () => {
    const fifo = makeMinimalRegister();
    unlinkSync(path.join(fifo, 'sak.yaml'));
    execFileSync('mkfifo', [path.join(fifo, 'sak.yaml')]);
    const zero = makeMinimalRegister();
    renameSync(path.join(zero, 'sak.yaml'), path.join(zero, 'sak.yml.bak'));
    symlinkSync('/dev/zero', path.join(zero, 'sak.yaml'));
    for (const root of [fifo, zero]) {
      for (const args of [['validate'], ['add', 'unit', '--no-input', '--title', 'Ny (fiktiv)', '--type', 'team', '--no-commit']]) {
        const run = await runLimited(root, args, { timeoutMs: 10_000 });
        expect(run.timedOut, `${args[0]} in ${root}`).toBe(false);
        expectNoFault(run);
        expect(run.code).toBe(1);
        expect(`${run.stdout}${run.stderr}`).toMatch(/sak\.yaml:1:1 error not-regular-file/);
      }
    }
  });

  it('a schema copy linked to /dev/zero and a damaged cache change nothing but a warning', async () => {
    const root = makeMinimalRegister();
    const clean = await runSak(['validate', '--register', root, '--format', 'json']);
    mkdirSync(path.join(root, '.sak', 'schemas'), { recursive: true });
    symlinkSync('/dev/zero', path.join(root, '.sak', 'schemas', 'action.schema.json'));
    const linked = await runLimited(root, ['validate', '--format', 'json'], { timeoutMs: 10_000 });
    expect(linked.timedOut).toBe(false);
    expect(JSON.parse(linked.stdout).problems).toEqual([expect.objectContaining({ code: 'schemas-outdated', file: '.sak/schemas/action.schema.json' })]);
    // Entries of the right key but the wrong shape are dropped, never trusted (a crash before).
    rmSync(path.join(root, '.sak', 'schemas'), { recursive: true });
    const records = path.join(root, '.sak', 'cache', 'records.json');
    const cache = JSON.parse(readFileSync(records, 'utf8')) as { entries: Record<string, { result: unknown }> };
    expect(Object.keys(cache.entries).length).toBe(2);
    for (const entry of Object.values(cache.entries)) entry.result = { valid: true, problems: [5], events: {} };
    writeFileSync(records, JSON.stringify(cache));
    const damaged = await runSak(['validate', '--register', root, '--format', 'json']);
    expectNoFault(damaged);
    expect(damaged.stdout).toBe(clean.stdout);
    // And a cache that is a link to /dev/zero is not read at all.
    unlinkSync(records);
    symlinkSync('/dev/zero', records);
    const zero = await runLimited(root, ['validate', '--format', 'json'], { timeoutMs: 10_000 });
    expect(zero.timedOut).toBe(false);
    expect(zero.stdout).toBe(clean.stdout);
  });
});

describe('hostile values for a new record', () => {
  it('a record over 256 KiB is refused before anything is written, as validate would refuse it', async () => {
    const root = makeMinimalRegister();
    const before = snapshot(root);
    const big = 'x'.repeat(100_000);
    const run = await sak(root, ['add', 'incident', ...ADD_FLAGS, '--description', big, '--notes', big, '--location', big]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/incidents\/2026\/INC-\S+\.yaml:1:1 error file-too-large/);
    expectNoFault(run);
    expectUnchanged(root, before);
  });

  it('--input never reads on without end, and never guesses an encoding', async () => {
    const root = makeMinimalRegister();
    const before = snapshot(root);
    const zero = await runLimited(root, ['add', 'incident', '--input', '/dev/zero', ...ADD_FLAGS], { timeoutMs: 10_000 });
    expect(zero.timedOut).toBe(false);
    expect(zero.code).toBe(1);
    expect(zero.stderr).toMatch(/--input \/dev\/zero är större än 256 KiB/);
    const latin1 = path.join(makeTempDir(), 'latin1.yaml');
    writeFileSync(latin1, Buffer.from('title: Skadeg\xf6relse (fiktiv)\n', 'latin1'));
    const run = await sak(root, ['add', 'incident', '--input', latin1, ...ADD_FLAGS.filter((f) => f !== '--title' && f !== 'Härdning (fiktiv)')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/inte UTF-8 \(rad 1, kolumn 14\)/);
    for (const r of [zero, run]) expectNoFault(r);
    expectUnchanged(root, before);
  });
});

describe('fuzzed files, end to end', () => {
  const PIECES = [':', '- ', '[', '{', '&a ', '*a', '!x ', '|', '#', '"', "'", '\t', '\n', '<<<<<<< HEAD\n', '---\n', '\u0000', '\uFEFF', '__proto__: 1\n'].map((p) => Buffer.from(p));

  /** Damages a file's bytes the ways files get damaged: cut, bytes changed (not UTF-8 any more), punctuation, line ends, a BOM. */
  function damage(bytes: Buffer, next: () => number): Buffer {
    let out = bytes;
    const at = () => Math.floor(next() * (out.length + 1));
    for (let step = 0; step < 1 + Math.floor(next() * 3); step += 1) {
      const kind = Math.floor(next() * 5);
      const i = at();
      if (kind === 0) out = out.subarray(0, i);
      else if (kind === 1) out = Buffer.concat([out.subarray(0, i), Buffer.from([Math.floor(next() * 256)]), out.subarray(i + 1)]);
      else if (kind === 2) out = Buffer.concat([out.subarray(0, i), PIECES[Math.floor(next() * PIECES.length)] as Buffer, out.subarray(i)]);
      else if (kind === 3) out = Buffer.from(out.toString('latin1').replace(/\n/g, next() < 0.5 ? '\r\n' : '\r'), 'latin1');
      else out = Buffer.concat([out.subarray(0, i), Buffer.from([0xef, 0xbb, 0xbf]), out.subarray(i)]);
    }
    return out;
  }

  it('every command answers a register of damaged files with positioned problems, never a fault', async () => {
    const root = copyExampleRegister();
    const next = seededRandom(2026);
    const files = snapshot(root);
    const records = [...files.keys()].filter((rel) => /^(units|documents|controls|actions|requirements)\/.+\.yaml$/.test(rel));
    const damaged = records.filter(() => next() < 0.7);
    for (const rel of damaged) writeRecord(root, rel, damage(readFileSync(path.join(root, rel)), next));
    const result = await validateJson(root);
    expect(result.code).toBe(1);
    for (const p of result.problems) {
      expect(p.line, JSON.stringify(p)).toBeGreaterThanOrEqual(1);
      expect(p.column, JSON.stringify(p)).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(result.problems.map((p) => p.file)).size).toBeGreaterThan(damaged.length / 3);
    for (const args of [['list', '--format', 'json'], ['check'], ['report', '--year', '2026'], ['show', 'DOC-brandskyddspolicy', '--format', 'json']]) {
      const run = await sak(root, [...args, '--no-cache']);
      expect([0, 1], `${args[0]}: ${run.stderr}`).toContain(run.code);
      expectNoFault(run);
    }
  });
});

