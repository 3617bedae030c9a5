import type { OptionValues } from 'commander';
import { EnvironmentError } from '../errors.js';
import { parseChoice } from './option-values.js';
import { renderTextTable } from '../core/format/text-table.js';
import { recordMessage } from '../i18n/record-messages.js';
import { GitError, fileHistory, inGitWorkTree } from '../store/git.js';
import { findIndexed, indexRecordFiles } from '../store/record-index.js';
import type { Context } from './context.js';
import { unknownIdError } from './record-write.js';

const FORMATS = ['text', 'json'] as const;

/** `sak log <id>`: the record's history from Git (date, author, subject), newest first, following renames. */
export async function runLog(id: string, options: OptionValues, ctx: Context): Promise<number> {
  const { lang } = ctx;
  const format = parseChoice(String(options.format ?? 'text'), FORMATS, '--format', lang);
  const root = ctx.registerRoot;
  const index = indexRecordFiles(root);
  const record = findIndexed(index, id);
  if (!record) throw unknownIdError(lang, id, index.map((r) => r.id));
  let history;
  try {
    if (!(await inGitWorkTree(root, ctx.env))) throw new EnvironmentError(recordMessage(lang, 'log.no-git', { root }));
    history = await fileHistory(root, record.file, ctx.env);
  } catch (error) {
    if (error instanceof GitError) throw new EnvironmentError(recordMessage(lang, error.missing ? 'log.git-missing' : 'log.git-failed', { detail: error.message }));
    throw error;
  }
  if (format === 'json') {
    ctx.out.stdout(JSON.stringify(history.map((c) => ({ commit: c.commit, date: c.date, author: c.author, email: c.email, subject: c.subject })), null, 2) + '\n');
    return 0;
  }
  if (history.length === 0) {
    ctx.out.stderr(recordMessage(lang, 'log.empty', { file: record.file }) + '\n');
    return 0;
  }
  const header = [recordMessage(lang, 'log.date'), recordMessage(lang, 'log.author'), recordMessage(lang, 'log.subject')];
  ctx.out.stdout(renderTextTable(header, history.map((c) => [c.date.slice(0, 16).replace('T', ' '), c.author, c.subject])));
  return 0;
}
