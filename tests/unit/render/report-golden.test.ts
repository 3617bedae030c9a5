// Golden files of the report of the fixture register (tests/fixtures/report/basic): the
// Markdown, the HTML and the JSON in both languages and audiences. A change to a report
// shows up as a diff here. After a deliberate change: UPDATE_GOLDEN=1 npx vitest run
// tests/unit/render/report-golden.test.ts, then read the diff of tests/golden/ before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Audience } from '../../../src/core/report/model.js';
import type { Lang } from '../../../src/i18n/lang.js';
import { builtInTemplate, renderReportTemplate } from '../../support/report-render.js';
import { fixtureModel, REPO } from '../core/report/fixture.js';

const GOLDEN = path.join(REPO, 'tests', 'golden', 'report');

/** sak's own report skeleton of a format: one for both languages (the sentences are the phrase catalogue's). */
function template(_lang: Lang, format: 'md' | 'html'): string {
  return builtInTemplate(format);
}

function compare(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1 once and read it`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden reports of the fixture register, 2026', () => {
  // Every format × language × audience (Word and PDF are made from the Markdown and the HTML).
  for (const lang of ['sv', 'en'] as const) {
    for (const audience of ['public', 'internal'] as const satisfies readonly Audience[]) {
      it(`Markdown, ${lang}, ${audience}`, async () => {
        const model = await fixtureModel({ lang, audience });
        compare(`basic.${lang}.${audience}.md`, renderReportTemplate(template(lang, 'md'), model, { format: 'md', lang }));
      });
      it(`HTML, ${lang}, ${audience}`, async () => {
        const model = await fixtureModel({ lang, audience });
        compare(`basic.${lang}.${audience}.html`, renderReportTemplate(template(lang, 'html'), model, { format: 'html', lang }));
      });
      it(`JSON, ${lang}, ${audience}`, async () => {
        compare(`basic.${lang}.${audience}.json`, `${JSON.stringify(await fixtureModel({ lang, audience }), null, 2)}\n`);
      });
    }
  }

  it('renders the same bytes twice', async () => {
    const render = async (): Promise<string> => renderReportTemplate(template('sv', 'md'), await fixtureModel(), { format: 'md', lang: 'sv' });
    expect(await render()).toBe(await render());
    const html = async (): Promise<string> => renderReportTemplate(template('en', 'html'), await fixtureModel({ lang: 'en' }), { format: 'html', lang: 'en' });
    expect(await html()).toBe(await html());
  });
});
