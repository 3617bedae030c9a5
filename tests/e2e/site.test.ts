// `sak site` on the fictitious demo register (examples/demo) under Git: the public site keeps
// the report's public rules, the internal site says so on every page, every link leads to a
// page of the site, the pages pass html-validate and axe-core (headless Chromium, 390 px),
// and a re-run writes only what changed. One build per audience, shared by every assertion.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { ConfigData, ResolvedConfig } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHROMIUM, launchBrowser, pageChecker } from './support/browser.js';
import { copyRegister, gitOk, makeTempDir, sak } from './helpers.js';

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = path.join(dir, name);
    return statSync(abs).isDirectory() ? filesUnder(abs, base) : [path.relative(base, abs).split(path.sep).join('/')];
  });
}

/**
 * html-validate's recommended rules, resolved once for every page: its static loader resolves
 * the same configuration (the HTML5 element table included) anew for each page, which took
 * more CPU than validating the page. The rules and what they report are the same.
 */
class ResolvedOnce extends StaticConfigLoader {
  private resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride !== undefined) return super.getConfigFor(handle, configOverride);
    this.resolved ??= super.getConfigFor(handle);
    return this.resolved;
  }
}

/** The demo register's records of a kind: id and title (read from the YAML files). */
function demoRecords(root: string, folder: string): { id: string; title: string }[] {
  const dir = path.join(root, folder);
  return filesUnder(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(path.join(dir, f), 'utf8')) as { id: string; title: string });
}

let root: string;
let publicDir: string;
let internalDir: string;
let internalRun: { code: number; stderr: string };

beforeAll(async () => {
  root = copyRegister('examples/demo');
  await gitOk(root, ['init', '-q', '-b', 'main']);
  await gitOk(root, ['add', '-A']);
  await gitOk(root, ['commit', '-q', '-m', 'Demoregistret (fiktivt)']);
  // A second commit that changes one field: the history names it.
  const set = await sak(root, ['set', 'CTL-hot-och-vald-rutiner', 'frequency=P6M']);
  expect(set.code).toBe(0);
  const out = makeTempDir('sak-site-');
  publicDir = path.join(out, 'public');
  internalDir = path.join(out, 'internal');
  const [pub, internal] = await Promise.all([sak(root, ['site', '-o', publicDir]), sak(root, ['site', '-o', internalDir, '--audience', 'internal', '--site-url', 'https://intra.example/sak/'])]);
  expect(pub.stderr).toMatch(/^Skrev \d+ av \d+ filer/);
  expect(pub.code).toBe(0);
  internalRun = internal;
}, 120_000);

describe('sak site: the internal site', () => {
  it('builds every page, each saying that it is internal', () => {
    expect(internalRun.code).toBe(0);
    const pages = filesUnder(internalDir).filter((f) => f.endsWith('.html') && !f.startsWith('reports/'));
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'units/index.html', 'lists/index.html', 'units/barn-och-utbildningsforvaltningen.html', 'records/CTL-hot-och-vald-rutiner.html', 'lists/control-by-unit.html']));
    for (const page of pages) expect(readFileSync(path.join(internalDir, page), 'utf8'), page).toContain('INTERN – innehåller uppgifter som inte är offentliga');
  });

  it('every relative link of every page leads to a file of the site, and none leaves it', () => {
    const files = new Set(filesUnder(internalDir));
    for (const page of [...files].filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(path.join(internalDir, page), 'utf8');
      for (const [, target] of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
        if (target?.startsWith('#')) continue;
        expect(target, `${page} → ${target}`).not.toMatch(/^[a-z]+:/i);
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(page), target ?? ''));
        expect(files.has(resolved), `${page} → ${target}`).toBe(true);
      }
    }
  });

  it('goes from the start page to a unit, to its overdue control, to its history and back, without scripts', () => {
    const start = readFileSync(path.join(internalDir, 'index.html'), 'utf8');
    expect(start).not.toContain('<script');
    expect(start).toContain('href="units/socialforvaltningen.html"');
    const unit = readFileSync(path.join(internalDir, 'units/socialforvaltningen.html'), 'utf8');
    // The control of the unit is overdue: never performed since it started.
    expect(unit).toMatch(/<td class="overdue">Försenad<\/td><td>2026-06-01<\/td><td>Internkontroll<\/td><td class="text"><a href="..\/records\/CTL-hot-och-vald-rutiner.html">/);
    const control = readFileSync(path.join(internalDir, 'records/CTL-hot-och-vald-rutiner.html'), 'utf8');
    expect(control).toContain('<h2>Historik</h2>');
    // Newest first: the change of one field by sak set, then the creation.
    expect(control).toMatch(/<td>sak: set control CTL-hot-och-vald-rutiner: [^<]*<\/td><td>Intervall<\/td>[\s\S]*<td>Demoregistret \(fiktivt\)<\/td><td>skapad<\/td>/);
    expect(control).toContain('href="../units/socialforvaltningen.html"');
    expect(control).toContain('href="../index.html"');
  });

  it('publishes the year and quarter reports and the calendars, which a real parser reads', () => {
    const start = readFileSync(path.join(internalDir, 'index.html'), 'utf8');
    for (const report of ['reports/2026.html', 'reports/2026-Q4.html', 'reports/2025.html']) {
      expect(start).toContain(`href="${report}"`);
      expect(existsSync(path.join(internalDir, report))).toBe(true);
    }
    const events = new ICAL.Component(ICAL.parse(readFileSync(path.join(internalDir, 'deadlines.ics'), 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBeGreaterThan(10);
    const control = events.find((e) => e.uid.startsWith('control-due.CTL-hot-och-vald-rutiner@'));
    expect(control?.component.getFirstPropertyValue('url')).toBe('https://intra.example/sak/records/CTL-hot-och-vald-rutiner.html');
    const unit = new ICAL.Component(ICAL.parse(readFileSync(path.join(internalDir, 'units/socialforvaltningen.ics'), 'utf8'))).getAllSubcomponents('vevent');
    expect(unit.length).toBeGreaterThan(0);
    expect(unit.length).toBeLessThan(events.length);
  });

  it('every page passes html-validate without errors', async () => {
    const validator = new HtmlValidate(new ResolvedOnce({ extends: ['html-validate:recommended'] }));
    const pages = filesUnder(internalDir).filter((f) => f.endsWith('.html'));
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(path.join(internalDir, page), 'utf8'), page);
      for (const result of report.results) for (const m of result.messages) if (m.severity === 2) failures.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(failures).toEqual([]);
    // The validator resolved once still finds faults: a page with two elements of one id.
    const faulty = await validator.validateString('<!DOCTYPE html><html lang="sv"><head><title>x</title></head><body><p id="a">a</p><p id="a">b</p></body></html>', 'faulty.html');
    expect(faulty.results[0]?.messages.map((m) => m.ruleId)).toContain('no-dup-id');
  }, 180_000);
});

describe('sak site: the public site', () => {
  it('shows no incident, risk or site by title or id, nor any free text, in any page or calendar', () => {
    const text = filesUnder(publicDir).map((f) => readFileSync(path.join(publicDir, f), 'utf8')).join('\n');
    const secret = [...demoRecords(root, 'incidents'), ...demoRecords(root, 'risks'), ...demoRecords(root, 'sites')];
    expect(secret.length).toBeGreaterThan(10);
    // A school building bears its school's name ("Österskolan"): the unit is public, so that title may appear.
    const unitTitles = new Set(demoRecords(root, 'units').map((u) => u.title));
    const leaks = secret.flatMap((record) => [record.id, ...(unitTitles.has(record.title) ? [] : [record.title])].filter((s) => text.includes(s)));
    expect(leaks).toEqual([]);
    // A description and a note of the demo register, and the internal banner.
    expect(text).not.toContain('Stängslet mot älven var nedtryckt');
    expect(text).not.toContain('INTERN –');
    expect(text).toContain('Offentlig version');
  });

  it('still lists the public records, and gives the others as counts', () => {
    expect(readFileSync(path.join(publicDir, 'records/CTL-hot-och-vald-rutiner.html'), 'utf8')).toContain('Rutiner mot hot och våld på socialkontoret');
    expect(existsSync(path.join(publicDir, 'records/INC-20261110-0BD6Q.html'))).toBe(false);
    expect(readFileSync(path.join(publicDir, 'units/socialforvaltningen.html'), 'utf8')).toMatch(/<h3>Incident \(5\)<\/h3>\n<p>4 incidenter \(redovisas som antal i den offentliga versionen\)\.<\/p>\n<p>1 post med informationsklass 2 eller högre visas inte\.<\/p>/);
  });
});

describe('sak site: re-runs', () => {
  it('writes nothing when nothing changed, and only the changed pages after a change', async () => {
    const again = await sak(root, ['site', '-o', publicDir]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^Skrev 0 av (\d+) filer till .* \(\1 oförändrade, 0 borttagna\)/);
    const before = new Map(filesUnder(publicDir).map((f) => [f, statSync(path.join(publicDir, f)).mtimeMs]));
    const set = await sak(root, ['set', 'ACT-byt-larmkoder', 'due=2027-01-15']);
    expect(set.code).toBe(0);
    const after = await sak(root, ['site', '-o', publicDir]);
    expect(after.code).toBe(0);
    const changed = filesUnder(publicDir).filter((f) => statSync(path.join(publicDir, f)).mtimeMs !== before.get(f));
    expect(changed).toContain('records/ACT-byt-larmkoder.html');
    expect(changed).not.toContain('records/CTL-hot-och-vald-rutiner.html');
    expect(changed.length).toBeLessThan(before.size / 4);
  });

  it('refuses a folder that holds something else: exit 2, nothing written', async () => {
    const other = makeTempDir('sak-site-other-');
    mkdirSync(path.join(other, 'mine'));
    writeFileSync(path.join(other, 'mine', 'notes.txt'), 'mine');
    const run = await sak(root, ['site', '-o', other]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('sak site');
    expect(filesUnder(other)).toEqual(['mine/notes.txt']);
  });
});

describe('the Pages job that sak init writes', () => {
  it('builds the site with the command it names', async () => {
    const dir = path.join(makeTempDir('sak-site-init-'), 'register');
    const init = await sak(path.dirname(dir), ['init', dir, '--municipality', 'Provkommun (fiktiv)', '--ci', 'gitlab']);
    expect(init.code).toBe(0);
    const ci = parse(readFileSync(path.join(dir, '.gitlab-ci.yml'), 'utf8')) as { pages: { script: string[]; artifacts: { paths: string[] } } };
    const [command] = ci.pages.script;
    expect(command).toMatch(/^\$SAK site .*--audience internal/);
    // The job's command as a shell would split it, with GitLab's variable filled in.
    const words = (command ?? '').match(/"[^"]*"|\S+/g)?.map((w) => w.replace(/^"|"$/g, '').replace('$CI_PAGES_URL', 'https://prov.example/register')) ?? [];
    const run = await sak(dir, words.slice(1));
    expect(run.code).toBe(0);
    const out = ci.pages.artifacts.paths[0] as string;
    expect(readFileSync(path.join(dir, out, 'index.html'), 'utf8')).toContain('Provkommun (fiktiv)');
    expect(readFileSync(path.join(dir, out, 'deadlines.ics'), 'utf8')).toContain('BEGIN:VCALENDAR');
  });
});

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('sak site in headless Chromium at 390 px', () => {
  let session: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    session = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  // One page of each kind of page (the rest differ only in their rows; html-validate reads them all).
  const samples = ['index.html', 'units/index.html', 'units/barn-och-utbildningsforvaltningen.html', 'lists/control-by-unit.html', 'records/CTL-skalskydd-vattenverket.html', 'records/RSK-it-angrepp.html', 'reports/2026-Q4.html'];

  it('has no axe-core violations and no page wider than the screen', async () => {
    const found: string[] = [];
    const checker = await pageChecker(session.browser);
    for (const page of samples) {
      const { violations, scrollWidth } = await checker.check(path.join(internalDir, page));
      for (const v of violations) found.push(`${page}: ${v.id} (${v.impact}) ${v.help} ${v.nodes.slice(0, 3).join(' ')}`);
      // The reports are A4 documents for print: their widest tables scroll sideways on a phone.
      if (scrollWidth > 390 && !page.startsWith('reports/')) found.push(`${page}: ${scrollWidth} px wide at 390 px`);
    }
    await checker.close();
    expect(found).toEqual([]);
  }, 120_000);
});
