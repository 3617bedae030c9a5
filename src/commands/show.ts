import { parseDateOption } from './option-values.js';
import type { Audience, SHOW_FORMATS } from './option-choices.js';
import { deadlinesFor } from '../core/check/engine.js';
import { describeDeadlines } from '../i18n/check-messages.js';
import { buildRecordView } from '../core/record-view.js';
import { renderRecordView } from '../render/record-view.js';
import { recordMessage } from '../i18n/record-messages.js';
import { countProblems, renderProblemsText } from '../render/problems.js';
import { readRecordFile } from '../store/read-file.js';
import { absolutePath } from '../store/record-index.js';
import { terminalStyles } from '../ui/output.js';
import type { Context } from './context.js';
import { fieldsOfKind } from '../store/kind-fields.js';
import { unknownIdError } from './record-write.js';
import { ProblemsError, UsageError } from '../errors.js';
import { classificationOf, createVisibility, publicExclusion, visibleRecords } from '../core/report/visibility.js';

/** Options of `sak show`, as declared in cli/commands/show.ts (format and audience already checked). */
export interface ShowOptions {
  format?: (typeof SHOW_FORMATS)[number];
  at?: string;
  audience?: Audience;
  cache?: boolean;
}

/** The horizon of the deadlines `sak show` lists (the default of `sak check`). */
const SHOW_HORIZON = 'P90D';

/**
 * `sak show <id>`: the whole record with labels, its computed status (risk score and
 * level, deadlines), the records it references and those that reference it. yaml prints
 * the file as it is.
 */
export async function runShow(id: string, options: ShowOptions, ctx: Context): Promise<number> {
  const { lang } = ctx;
  const format = options.format ?? 'text';
  const at = options.at === undefined ? ctx.today : parseDateOption(options.at, lang);
  // The coordinator's own tool: internal unless asked; public shows what a public report would.
  const audience = options.audience ?? 'internal';
  if (audience === 'public' && format === 'yaml') throw new UsageError(recordMessage(lang, 'usage.yaml-public'));
  const loaded = await ctx.loadRegister({ at, cache: options.cache !== false });
  const record = loaded.data.records.find((r) => r.id === id);
  if (!record) {
    const file = loaded.files.find((f) => f.slice(f.lastIndexOf('/') + 1) === `${id}.yaml`);
    if (file) {
      // The record exists but has errors: show them instead of a view built on bad data.
      const problems = loaded.problems.filter((p) => p.file === file);
      ctx.out.stderr(renderProblemsText({ register: loaded.root, records: 1, files: [file], problems }, lang, await terminalStyles(ctx.out.color)));
      if (format === 'yaml') {
        const read = readRecordFile(absolutePath(loaded.root, file));
        if (read.ok) ctx.out.stdout(read.text);
      }
      ctx.out.stderr(recordMessage(lang, 'show.invalid', { id, file }) + '\n');
      return 1;
    }
    throw unknownIdError(lang, id, loaded.files.map((f) => f.slice(f.lastIndexOf('/') + 1).replace(/\.yaml$/, '')));
  }
  if (format === 'yaml') {
    const read = readRecordFile(absolutePath(loaded.root, record.file));
    ctx.out.stdout(read.ok ? read.text : '');
    return 0;
  }
  const visibility = createVisibility(audience, new Map(loaded.data.records.map((r) => [r.id, r])));
  if (!visibility.shows(record)) {
    const key = publicExclusion(record) === 'aggregate' ? 'show.aggregate-only' : 'show.not-public';
    throw new ProblemsError(recordMessage(lang, key, { id, classification: classificationOf(record) }));
  }
  // Deadlines need a valid register; with errors elsewhere they are left out and said so.
  const valid = countProblems(loaded.problems).errors === 0;
  const deadlines = valid ? describeDeadlines(deadlinesFor(loaded.data, id, { at, horizon: SHOW_HORIZON }), lang) : [];
  if (!valid) ctx.out.stderr(recordMessage(lang, 'show.no-deadlines-invalid') + '\n');
  const [visible] = visibleRecords([record], visibility, fieldsOfKind);
  const view = buildRecordView(visible ?? record, { ...loaded.data, records: visibleRecords(loaded.data.records, visibility, fieldsOfKind) }, deadlines, at);
  if (format === 'json') {
    ctx.out.stdout(JSON.stringify(view, null, 2) + '\n');
    return 0;
  }
  const byId = new Map(loaded.data.records.map((r) => [r.id, r]));
  const styles = await terminalStyles(ctx.out.color);
  ctx.out.stdout(
    renderRecordView(view, {
      lang,
      config: loaded.data.config,
      fields: fieldsOfKind(record.kind),
      titleOf: (other) => {
        const title = (byId.get(other)?.data as { title?: unknown } | undefined)?.title;
        return typeof title === 'string' ? title : null;
      },
      bold: styles.bold,
    }),
  );
  return 0;
}
