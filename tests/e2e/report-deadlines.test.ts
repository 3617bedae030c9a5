// The report's last section as a council member reads it (issue #12 item 10): prose and
// tables by area and unit, with names, never ids, slugs, configuration keys or commands; and a
// register's own phrases (templates/phrases.<lang>.yaml) over the built-in ones (#15 item 4).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExampleRegister, copyRegister, makeTempDir, runSak, writeRecord } from './helpers.js';

/** The ids of every record of a register: its files' names. */
function recordIds(root: string): string[] {
  const ids: string[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name.startsWith('.') || folder.name === 'templates' || folder.name === 'reports') continue;
    for (const file of readdirSync(path.join(root, folder.name))) if (file.endsWith('.yaml')) ids.push(file.slice(0, -'.yaml'.length));
  }
  return ids;
}

function deadlineSection(text: string, heading: string): string {
  const start = text.indexOf(heading);
  expect(start, heading).toBeGreaterThan(0);
  return text.slice(start, text.indexOf('\n---\n', start));
}

describe('the deadline section of the report', () => {
  // The example register is large: two of the four combinations.
  for (const [register, copy, combinations] of [
    ['the example register', copyExampleRegister, [['sv', 'internal'], ['en', 'public']]],
    ['the report fixture', () => copyRegister('tests/fixtures/report/basic'), [['sv', 'public'], ['sv', 'internal'], ['en', 'public'], ['en', 'internal']]],
  ] as const) {
    it(`of ${register} names units and records by name, in both languages and audiences`, async () => {
      const root = copy();
      const ids = recordIds(root);
      expect(ids.length).toBeGreaterThan(5);
      for (const [lang, audience] of combinations) {
        {
          const run = await runSak(['report', '--year', '2026', '--at', '2026-12-31', '--lang', lang, '--audience', audience, '--register', root]);
          expect(run.code).toBe(0);
          const section = deadlineSection(run.stdout, lang === 'sv' ? '## Kommande tidsfrister' : '## Coming deadlines');
          expect(section).not.toMatch(/`|\bsak\b|sak\.yaml|_days|_open|undefined|NaN/);
          for (const id of ids) expect(section, `${lang} ${audience}: ${id}`).not.toMatch(new RegExp(`(^|[^\\p{L}\\d-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\d-])`, 'u'));
          // Counts agree with their noun: "1 tidsfrist är försenad", never "1 tidsfrister".
          expect(section).not.toMatch(/(^|\D)1 (tidsfrister|deadlines)/m);
        }
      }
    });
  }

  it("names a document's task by what it asks: an adoption that is not recorded is to be recorded, not followed up", async () => {
    const root = copyExampleRegister();
    const sv = deadlineSection((await runSak(['report', '--year', '2026', '--at', '2026-12-31', '--register', root])).stdout, '## Kommande tidsfrister');
    expect(sv).toContain('| Registrera när styrdokumentet ”Styrdokument för kommunal säkerhet” antogs |');
    expect(sv).not.toContain('Följa upp styrdokumentet ”Styrdokument för kommunal säkerhet”');
    expect(sv).toContain('| Följa upp styrdokumentet ”Brandskyddspolicy för Fagersta kommun” |');
    const en = deadlineSection((await runSak(['report', '--year', '2026', '--at', '2026-12-31', '--lang', 'en', '--register', root])).stdout, '## Coming deadlines');
    expect(en).toContain('Record when the governing document “Styrdokument för kommunal säkerhet” was adopted');
  });

  it('groups by area and unit, and gives incidents and risks only as counts in public', async () => {
    const root = copyRegister('tests/fixtures/report/basic');
    const internal = (await runSak(['report', '--year', '2026', '--at', '2026-12-31', '--audience', 'internal', '--register', root])).stdout;
    const section = deadlineSection(internal, '## Kommande tidsfrister');
    expect(section).toContain('Sammanlagt är 22 tidsfrister försenade och 15 förfaller inom tolv månader.');
    expect(section).toContain('### Utbildning och övning\n\n1 tidsfrist är försenad och 2 förfaller inom tolv månader.');
    expect(section).toContain('| Tekniska förvaltningen | Utreda och avsluta incidenten ”Obehörig i personalrum” | 20 december 2026 | Försenad | Valt intervall |');
    expect(section).toContain('| Lag (LSO 3 kap. 3 och 8 §§, SFS 2020:882, MSBFS 2021:1) |');
    const pub = deadlineSection((await runSak(['report', '--year', '2026', '--at', '2026-12-31', '--register', root])).stdout, '## Kommande tidsfrister');
    expect(pub).toContain('### Incidenter\n\n4 tidsfrister är försenade och ingen förfaller inom tolv månader. Den offentliga versionen redovisar dem bara som antal.\n\n### Risker');
    expect(pub).not.toMatch(/Obehörig i personalrum|Klotter|IT-angrepp|Elavbrott|HEMLIG/);
  });
});

describe('the whole report', () => {
  it('names no configuration file or command, in a new register with nothing in it', async () => {
    const dir = makeTempDir();
    expect((await runSak(['init', 'register', '--municipality', 'Provkommun (fiktiv)', '--no-git'], { cwd: dir })).code).toBe(0);
    for (const lang of ['sv', 'en']) {
      const run = await runSak(['report', '--year', '2026', '--lang', lang, '--register', path.join(dir, 'register')]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(lang === 'sv' ? 'Registret anger inga krav på utbildning eller övning.' : 'The register names no requirements for training or exercises.');
      expect(run.stdout).not.toMatch(/sak\.yaml|`sak /);
    }
  });
});

describe("a register's own phrases", () => {
  it('override a built-in phrase and leave the others', async () => {
    const root = copyRegister('tests/fixtures/report/basic');
    writeRecord(root, 'templates/phrases.sv.yaml', 'deadlines:\n  heading: Frister att bevaka\n  area_counts: "{overdue, plural, one {En frist har passerats} other {# frister har passerats}}."\n');
    const run = await runSak(['report', '--year', '2026', '--at', '2026-12-31', '--register', root]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## Frister att bevaka\n');
    expect(run.stdout).toContain('### Utbildning och övning\n\nEn frist har passerats.\n');
    expect(run.stdout).toContain('### Incidenter\n\n4 frister har passerats. Den offentliga versionen');
    // English keeps the built-in phrases.
    expect((await runSak(['report', '--year', '2026', '--lang', 'en', '--register', root])).stdout).toContain('## Coming deadlines\n');
  });

  it('refuse an unknown key or parameter with file, line and column, and write nothing', async () => {
    const root = copyRegister('tests/fixtures/report/basic');
    writeRecord(root, 'templates/phrases.sv.yaml', 'deadlines:\n  heading: Frister\n  rubrik: Frister\n');
    const out = path.join(root, 'rapport.md');
    const run = await runSak(['report', '--year', '2026', '--register', root, '-o', out]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`${path.join('templates', 'phrases.sv.yaml')}:3:11: okänd frasnyckel deadlines.rubrik`);
    expect(run.stderr).toContain('Ingen rapport skrevs.');
    writeRecord(root, 'templates/phrases.sv.yaml', 'deadlines:\n  none: "Inget före {datum, date}."\n');
    const param = await runSak(['report', '--year', '2026', '--lang', 'sv', '--register', root]);
    expect(param.code).toBe(3);
    expect(param.stderr).toContain('phrases.sv.yaml:2:10: frasen deadlines.none har ingen parameter {datum} (den har {at})');
    writeRecord(root, 'templates/phrases.sv.yaml', 'deadlines:\n  none: "Inget {at, plural, one {x}}"\n');
    const syntax = await runSak(['report', '--year', '2026', '--register', root]);
    expect(syntax.code).toBe(3);
    expect(syntax.stderr).toContain('phrases.sv.yaml:2:16: frasen deadlines.none: plural behöver fallet "other"');
  });
});

describe("a register's own section", () => {
  it('replaces one section of the built-in report, with the phrases and the other sections kept', async () => {
    const root = copyRegister('tests/fixtures/report/basic');
    writeRecord(root, 'templates/sections/incidents.md.hbs', '## Incidenter i korthet\n\n{{phrase "incidents.no_incidents_in_period" previous_period_label=previous_period.label previous_total=incidents.previous_total}} Totalt {{number incidents.total}}.\n\n');
    const run = await runSak(['report', '--year', '2026', '--at', '2026-12-31', '--register', root]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## Incidenter i korthet\n\nInga incidenter under perioden (2025: 2). Totalt 6.\n\n## Risker\n');
    expect(run.stdout).not.toContain('### Per kategori');
    expect(run.stdout).toContain('## Sammanfattning\n');
    // The HTML report keeps sak's own section: the register replaced only the Markdown one.
    const html = await runSak(['report', '--year', '2026', '--at', '2026-12-31', '--format', 'html', '--register', root]);
    expect(html.stdout).toContain('Per kategori');
  });

  it('that does not compile is refused with its file, line and column, and nothing is written', async () => {
    const root = copyRegister('tests/fixtures/report/basic');
    writeRecord(root, 'templates/sections/risks.md.hbs', '## Risker\n\n{{#if risks.total}}\nVi har {{number risks.total}} risker.\n{{/each}}\n');
    const out = path.join(root, 'rapport.md');
    const run = await runSak(['report', '--year', '2026', '--register', root, '-o', out]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`fel i mallen ${path.join('templates', 'sections', 'risks.md.hbs')}:3:`);
    expect(run.stderr).toContain("if doesn't match each. Ingen rapport skrevs.");
    expect(existsSync(out)).toBe(false);
    writeRecord(root, 'templates/sections/risks.md.hbs', '## Risker\n\n{{number risks.total\n');
    const unclosed = await runSak(['report', '--year', '2026', '--lang', 'en', '--register', root]);
    expect(unclosed.code).toBe(3);
    expect(unclosed.stderr).toMatch(/error in the template templates.sections.risks\.md\.hbs:3:\d+: /);
  });
});
