// sak list --format csv|xlsx for Excel (#18 item 4): Swedish Excel's separator and labels,
// --csv-separator and --codes, a round trip through sak import, and a real workbook read
// back by a library that reads xlsx (read-excel-file), all in-process.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/core/kinds.js';
import { copyRegister, makeTempDir, runSak } from './support/sak.js';
import type { RunOptions } from './support/sak.js';

let root: string;
const sak = (args: string[], options: RunOptions = {}) => runSak(args, { cwd: root, ...options });

beforeAll(() => {
  // The fictitious demo register: every kind, with numbers, dates, lists, yes/no and objects.
  root = copyRegister('examples/demo');
});

/** The values of a record at the export's columns (codes), as JSON; empty cells left out. */
function atColumns(record: Record<string, unknown>, columns: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const column of columns) {
    let value: unknown = record;
    for (const segment of column.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    if (value !== undefined && value !== null && column !== 'id') out[column] = JSON.stringify(value);
  }
  return out;
}

describe('sak list --format csv', () => {
  it('in Swedish: semicolons, labels, decimal comma, ISO dates, BOM and CRLF; in English commas', async () => {
    const sv = await sak(['list', 'incident', '--format', 'csv']);
    expect(sv.code, sv.stderr).toBe(0);
    expect(sv.stdout.startsWith('\uFEFFId;Titel;')).toBe(true);
    expect(sv.stdout.endsWith('\r\n')).toBe(true);
    expect(sv.stdout.replace(/\r\n/g, '')).not.toContain('\n');
    expect(sv.stdout).toContain(';Allvarlighetsgrad;');
    expect(sv.stdout).toMatch(/;Låg;Avslutad;/);
    expect(sv.stdout).toMatch(/;2025-01-14;/);
    const en = await sak(['list', 'incident', '--format', 'csv', '--lang', 'en']);
    expect(en.stdout.startsWith('\uFEFFId,Title,')).toBe(true);
    expect(en.stdout).toMatch(/,Low,Closed,/);
    const chosen = await sak(['list', 'incident', '--format', 'csv', '--csv-separator', ',']);
    expect(chosen.stdout.startsWith('\uFEFFId,Titel,')).toBe(true);
    const codes = await sak(['list', 'incident', '--format', 'csv', '--codes']);
    expect(codes.stdout.startsWith('\uFEFFid;title;')).toBe(true);
    expect(codes.stdout).toMatch(/;low;closed;/);
  });

  it('refuses a separator it cannot read back, and --csv-separator without csv (exit 2)', async () => {
    const tab = await sak(['list', 'incident', '--format', 'csv', '--csv-separator', '|']);
    expect(tab.code).toBe(2);
    expect(tab.stderr).toContain('--csv-separator');
    expect((await sak(['list', 'incident', '--csv-separator', ';'])).code).toBe(2);
  });

  it('round trip: every kind exported (labels in Swedish and English, codes) and imported with --dry-run gives the same values', async () => {
    for (const kind of KINDS) {
      const listed = JSON.parse((await sak(['list', kind.name, '--format', 'json'])).stdout) as Record<string, unknown>[];
      expect(listed.length, `examples/demo has no ${kind.name}: add one to examples/generate-demo.js, then run node examples/generate-demo.js`).toBeGreaterThan(0);
      const header = (await sak(['list', kind.name, '--format', 'csv', '--codes'])).stdout.slice(1).split('\r\n')[0]?.split(';') ?? [];
      const expected = listed.map((r) => atColumns(r, header)).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      for (const args of [[], ['--lang', 'en'], ['--codes']]) {
        const csv = await sak(['list', kind.name, '--format', 'csv', ...args]);
        const file = path.join(makeTempDir(), `${kind.name}.csv`);
        writeFileSync(file, csv.stdout);
        const run = await sak(['import', kind.name, file, '--dry-run', '--format', 'json']);
        expect(run.code, `${kind.name} ${args.join(' ')}: ${run.stderr}`).toBe(0);
        const imported = (JSON.parse(run.stdout) as { record: Record<string, unknown> }[]).map((r) => r.record);
        // The import adds defaults (status, dates) where a cell is empty: compare what the original has.
        const got = imported.map((r) => atColumns(r, header)).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
        expect(got.length).toBe(expected.length);
        got.forEach((record, i) => {
          const original = expected[i] as Record<string, string>;
          for (const column of Object.keys(original)) expect(record[column], `${kind.name} ${args.join(' ')} ${column}`).toBe(original[column]);
        });
      }
    }
  });
});

describe('sak list --format xlsx', () => {
  it('-o FILE.xlsx writes a workbook: bold frozen header, widths, numbers as numbers and dates as dates', async () => {
    const file = path.join(makeTempDir(), 'incidenter.xlsx');
    const run = await sak(['list', 'incident', '-o', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const rows = await readSheet(readFileSync(file));
    const header = rows[0] as string[];
    expect(header.slice(0, 2)).toEqual(['Id', 'Titel']);
    const row = rows.find((r) => r[0] === 'INC-20250114-03E08') as unknown[];
    expect(row[header.indexOf('Datum')]).toEqual(new Date(Date.UTC(2025, 0, 14)));
    expect(row[header.indexOf('Kostnad (kr)')]).toBe(4200);
    expect(row[header.indexOf('Allvarlighetsgrad')]).toBe('Låg');
    const sheet = strFromU8(unzipSync(readFileSync(file))['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toMatch(/<col [^>]*width="/);
    const workbook = strFromU8(unzipSync(readFileSync(file))['xl/workbook.xml'] as Uint8Array);
    expect(workbook).toContain('name="Incident"');
  });

  it('with --codes: codes and real TRUE/FALSE; to stdout only when it is not a terminal', async () => {
    let bytes: Uint8Array | undefined;
    const captured = await runSak(['list', 'incident', '--format', 'xlsx', '--codes'], { cwd: root });
    expect(captured.code).toBe(2);
    expect(captured.stderr).toContain('-o FIL.xlsx');
    const { runCli } = await import('../../src/cli/main.js');
    let stderr = '';
    const code = await runCli(['list', 'incident', '--format', 'xlsx', '--codes'], {
      env: { PATH: process.env.PATH ?? '', HOME: root, NO_COLOR: '1', SAK_TODAY: '2026-11-26' },
      cwd: root,
      io: { stdout: () => undefined, stdoutBytes: (data) => void (bytes = data), stderr: (t) => void (stderr += t), readStdin: () => Buffer.alloc(0), stdoutIsTTY: false, stdinIsTTY: false },
    });
    expect(code, stderr).toBe(0);
    const rows = await readSheet(Buffer.from(bytes as Uint8Array));
    expect((rows[0] as string[]).slice(0, 2)).toEqual(['id', 'title']);
    expect(rows.some((r) => r.includes('low'))).toBe(true);
    const onTerminal = await runSak(['list', 'incident', '--format', 'xlsx'], { cwd: root, terminal: true });
    expect(onTerminal.code).toBe(2);
  });

  it('--format and the extension of -o must agree (exit 2); a FIFO or link is not replaced', async () => {
    const dir = makeTempDir();
    const mismatch = await sak(['list', 'incident', '--format', 'csv', '-o', path.join(dir, 'lista.xlsx')]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('.xlsx');
    const csv = await sak(['list', 'incident', '-o', path.join(dir, 'lista.csv')]);
    expect(csv.code).toBe(0);
    expect(readFileSync(path.join(dir, 'lista.csv'), 'utf8').startsWith('\uFEFFId;Titel;')).toBe(true);
  });
});
