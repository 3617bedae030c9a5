// Rendering the built-in templates: hostile record text stays literal in every context,
// templates cannot reach prototypes, and a faulty template is a TemplateError.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../src/render/report-model.js';
import type { ReportModel } from '../../../src/core/report/model.js';
import { yearPeriod } from '../../../src/core/report/period.js';
import type { AnyRecord, RegisterData } from '../../../src/core/model.js';
import type { Lang } from '../../../src/i18n/lang.js';
import { TemplateError } from '../../../src/render/report-template.js';
import { renderReportTemplate } from '../../support/report-render.js';
import { REPO } from '../core/report/fixture.js';
import { mermaidBlocks, tableProblems } from './markdown-check.js';

/** Every hostile thing a title can hold (a valid title is one line; the model does not rely on it). */
const HOSTILE = 'Evil | pipe \\ back <script>alert(1)</script> # hash ![x](y) %% "dq" \'sq\' *b* _u_ `c` [l](http://x.example) %%{init: {"theme":"dark"}}%% &amp; @user';
const HOSTILE_LINES = 'Line one\nLine two | after\r\n# not a heading';
const HOSTILE_LABEL = 'Kat "A" %% ; : #quot; %%{init: {"theme":"dark"}}%% [x] <b>bold</b>\nnext';

function template(lang: Lang, format: 'md' | 'html'): string {
  return readFileSync(path.join(REPO, 'templates', `report.${format}.hbs`), 'utf8');
}

function rec(kind: string, data: Record<string, unknown>): AnyRecord {
  return { kind, id: data.id, file: `${kind}/${String(data.id)}.yaml`, data } as unknown as AnyRecord;
}

/** A register whose every listed title is hostile, with a hostile custom category label. */
function hostileRegister(): RegisterData {
  return {
    config: { format: 1, municipality: `Kommun ${HOSTILE}`, incident_categories: [{ id: 'evil', label: HOSTILE_LABEL, label_en: HOSTILE_LABEL }], training: [{ topic: 'fire_safety', unit_type: 'department', every: 'P1Y' }] },
    records: [
      rec('unit', { id: 'kommunstyrelsen', title: HOSTILE, type: 'executive_board' }),
      rec('unit', { id: 'forv', title: HOSTILE_LINES, type: 'department' }),
      rec('incident', { id: 'INC-20260101-AAAA1', title: HOSTILE, date: '2026-01-01', unit: 'forv', category: 'evil', severity: 'serious', status: 'open', cost_sek: 100, description: HOSTILE_LINES }),
      rec('incident', { id: 'INC-20260102-AAAA2', title: HOSTILE_LINES, date: '2026-01-02', unit: 'kommunstyrelsen', category: 'evil', severity: 'serious', status: 'open' }),
      rec('risk', { id: 'RSK-a', title: HOSTILE, owner: 'forv', area: 'fire_safety', assessments: [{ date: '2026-01-01', likelihood: 4, consequence: 4 }] }),
      rec('risk', { id: 'RSK-b', title: HOSTILE_LINES, owner: 'forv', area: 'fire_safety' }),
      rec('document', { id: 'DOC-a', title: HOSTILE, type: 'policy', owner: 'forv', adopted: { date: '2010-01-01', body: 'kommunstyrelsen', paragraph: HOSTILE, dnr: HOSTILE_LINES } }),
      rec('control', { id: 'CTL-a', title: HOSTILE_LINES, unit: 'forv', area: 'fire_safety', frequency: 'P1Y', performed: [{ date: '2026-02-01', result: 'deviations', findings: [{ severity: 'serious', description: HOSTILE }] }] }),
      rec('action', { id: 'ACT-a', title: HOSTILE, owner: 'forv', status: 'planned', due: '2026-03-01' }),
      rec('action', { id: 'ACT-b', title: HOSTILE_LINES, owner: 'kommunstyrelsen', status: 'done', done: '2026-04-01' }),
      rec('exercise', { id: 'EXR-20260301-AAAA1', title: HOSTILE, date: '2026-03-01', type: 'drill', topic: 'fire_safety', units: ['forv', 'kommunstyrelsen'], participants: 3, evaluation: HOSTILE_LINES }),
      rec('site', { id: 'SITE-a', title: HOSTILE, fire_protection: { status: 'deficient', note: HOSTILE }, intrusion_protection: { status: 'adequate' }, address: HOSTILE_LINES }),
    ],
  };
}

function hostileModel(lang: Lang, audience: 'public' | 'internal' = 'internal'): ReportModel {
  return buildReportModel(hostileRegister(), { period: yearPeriod(2026), audience, lang, source: { commit: 'abc1234', dirty: true } });
}

describe('hostile text in the Markdown report', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`keeps every table whole and every title literal (${lang})`, () => {
      const md = renderReportTemplate(template(lang, 'md'), hostileModel(lang), { format: 'md', lang });
      expect(tableProblems(md)).toEqual([]);
      // No tag, no raw title, no heading or list opened by record text.
      expect(md).not.toMatch(/<script|<b>/i);
      expect(md).not.toContain(HOSTILE);
      expect(md).not.toContain('![x](y)');
      expect(md).not.toContain('[l](http');
      expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(md).toContain('\\!\\[x\\](y)');
      expect(md).toContain('\\| pipe \\\\ back');
      const headings = md.split('\n').filter((line) => line.startsWith('#'));
      for (const heading of headings) expect(heading, heading).toMatch(/^#{1,4} [^#]*$|^#{1,4} .*\\#/);
      expect(md.split('\n').some((line) => line.startsWith('# not a heading'))).toBe(false);
      // Multi-line text: joined in cells with <br>, quoted line by line in internal blocks.
      expect(md).toContain('Line one<br>Line two \\| after<br>\\# not a heading');
      expect(md).toContain('> Line one\n> Line two \\| after\n> \\# not a heading');
    });

    it(`keeps Mermaid charts intact whatever a label holds (${lang})`, () => {
      const md = renderReportTemplate(template(lang, 'md'), hostileModel(lang), { format: 'md', lang });
      const blocks = mermaidBlocks(md);
      expect(blocks).toHaveLength(2);
      for (const block of blocks) {
        expect(block).not.toContain('%%');
        expect(block).not.toMatch(/<b>|"A"/);
      }
      const slice = blocks[0]?.split('\n').find((line) => line.includes('Kat'));
      expect(slice).toBe('    "Kat #34;A#34; #37;#37; #59; #58; #35;quot#59; #37;#37;#123;init#58; #123;#34;theme#34;#58;#34;dark#34;#125;#125;#37;#37; #91;x#93; #60;b#62;bold#60;/b#62; next" : 2');
      // Every line of a chart is one statement.
      for (const line of blocks[0]?.trim().split('\n').slice(1) ?? []) expect(line).toMatch(/^ {4}(title |accTitle: |accDescr: |"[^"]*" : \d+$)/);
    });
  }
});

describe('hostile text in the HTML report', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`escapes every text for HTML (${lang})`, () => {
      const html = renderReportTemplate(template(lang, 'html'), hostileModel(lang), { format: 'html', lang });
      expect(html.match(/<script/gi)).toBeNull();
      expect(html).not.toContain('<b>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain(`lang="${lang}"`);
      // The SVG titles and labels are escaped too.
      expect(html).toMatch(/<svg [^>]*role="img"/);
      expect(html).toContain('Kat &quot;A&quot; %% ; : #quot;');
      expect(html).not.toMatch(/\b(src|href)=/);
    });
  }
});

describe('template safety', () => {
  const model = (): ReportModel => hostileModel('sv', 'public');

  it('denies prototype access to templates', () => {
    const out = renderReportTemplate('[{{constructor}}][{{constructor.name}}][{{__proto__}}][{{lookup this "constructor"}}][{{#with municipality}}{{constructor.name}}{{/with}}][{{__defineGetter__}}]', model(), { format: 'md', lang: 'sv' });
    expect(out).toBe('[][][][][][]');
  });

  it('turns a template fault into a TemplateError', () => {
    expect(() => renderReportTemplate('{{#if at}}unclosed', model(), { format: 'md', lang: 'sv' })).toThrow(TemplateError);
    expect(() => renderReportTemplate('{{no_such_helper at}}', model(), { format: 'md', lang: 'sv' })).toThrow(TemplateError);
    // `log` would write to stdout: it is not there.
    expect(() => renderReportTemplate('{{log "x"}}', model(), { format: 'md', lang: 'sv' })).toThrow(TemplateError);
  });

  it('gives templates the helpers of report.md', () => {
    const out = renderReportTemplate('{{date at}}|{{date "2005"}}|{{date "2013-05"}}|{{sek 182500}}|{{number 1500.5}}|{{md "*x*"}}|{{cell "a|b"}}|{{mmd "%%"}}', model(), { format: 'md', lang: 'sv' });
    expect(out).toBe('31 december 2026|2005|maj 2013|182\u00a0500\u00a0kr|1\u00a0500,50|\\*x\\*|a\\|b|#37;#37;');
    expect(renderReportTemplate('{{date at}} {{sek 182500}} {{number 1500.5}}', model(), { format: 'md', lang: 'en' })).toBe('31 December 2026 SEK\u00a0182,500 1,500.50');
  });
});
