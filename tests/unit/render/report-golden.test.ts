// Golden files of the report of the fixture register (tests/fixtures/report/basic): the
// Markdown in both languages and audiences, the HTML and the JSON. A change to a report
// shows up as a diff here. After a deliberate change: UPDATE_GOLDEN=1 npx vitest run
// tests/unit/render/report-golden.test.ts, then read the diff of tests/golden/ before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Audience } from '../../../src/core/report/model.js';
import type { Lang } from '../../../src/i18n/lang.js';
import { renderReportTemplate } from '../../support/report-render.js';
import { fixtureModel, REPO } from '../core/report/fixture.js';

const GOLDEN = path.join(REPO, 'tests', 'golden', 'report');

function template(lang: Lang, format: 'md' | 'html'): string {
  return readFileSync(path.join(REPO, 'templates', `report.${lang}.${format}.hbs`), 'utf8');
}

function compare(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1 once and read it`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden reports of the fixture register, 2026', () => {
  for (const lang of ['sv', 'en'] as const) {
    for (const audience of ['public', 'internal'] as const satisfies readonly Audience[]) {
      it(`Markdown, ${lang}, ${audience}`, async () => {
        const model = await fixtureModel({ lang, audience });
        compare(`basic.${lang}.${audience}.md`, renderReportTemplate(template(lang, 'md'), model, { format: 'md', lang }));
      });
    }
  }

  it('HTML, sv, public', async () => {
    const model = await fixtureModel();
    compare('basic.sv.public.html', renderReportTemplate(template('sv', 'html'), model, { format: 'html', lang: 'sv' }));
  });

  it('JSON, sv, public', async () => {
    compare('basic.sv.public.json', `${JSON.stringify(await fixtureModel(), null, 2)}\n`);
  });

  it('renders the same bytes twice', async () => {
    const render = async (): Promise<string> => renderReportTemplate(template('sv', 'md'), await fixtureModel(), { format: 'md', lang: 'sv' });
    expect(await render()).toBe(await render());
    const html = async (): Promise<string> => renderReportTemplate(template('en', 'html'), await fixtureModel({ lang: 'en' }), { format: 'html', lang: 'en' });
    expect(await html()).toBe(await html());
  });
});
