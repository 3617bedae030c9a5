import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CancelledError, EnvironmentError, ProblemsError, UsageError } from '../errors.js';
import { parseYamlSource } from '../core/parse/yaml-source.js';
import type { Problem } from '../core/problem.js';
import { problemText } from '../core/validate/problem-text.js';
import { recordMessage } from '../i18n/record-messages.js';
import { renderProblemsText } from '../render/problems.js';
import { editorCommand, runEditor } from '../ui/editor.js';
import type { EditorOutcome } from '../ui/editor.js';
import { terminalStyles } from '../ui/output.js';
import { NO_INTERRUPT } from '../ui/interrupt.js';
import type { Prompter } from '../ui/prompts.js';
import { readForChange, saveChange } from './change-record.js';
import type { Context } from './context.js';
import { checkCandidate, openForWrite, type WriteOptions } from './record-write.js';

/** What `sak edit` can be given besides options (tests pass a fake editor and prompter). */
export interface EditDeps {
  prompter?: Prompter;
  editor?: (command: readonly string[], file: string) => EditorOutcome;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * `sak edit <id>`: opens $VISUAL/$EDITOR on a copy of the record; on save the copy is
 * checked like any change; when it is invalid the problems are shown and the user edits
 * again or gives up. The record changes only when a valid copy is accepted. Whenever the
 * edited copy is not saved and committed (invalid and given up, the record changed on disk
 * meanwhile, the editor or git failed, Ctrl-C), the copy is kept and its path printed.
 */
export async function runEdit(id: string, options: WriteOptions, ctx: Context, deps: EditDeps = {}): Promise<number> {
  const format = options.format ?? 'text';
  if (!ctx.out.interactive) throw new UsageError(recordMessage(ctx.lang, 'edit.no-terminal', { id }));
  const setup = await openForWrite(ctx, options);
  const { target, bytes } = await readForChange(setup, ctx, id);
  const command = editorCommand(ctx.env);
  const edit = deps.editor ?? ((cmd: readonly string[], file: string) => runEditor(cmd, file, ctx.env));
  const dir = mkdtempSync(path.join(tmpdir(), 'sak-edit-'));
  const copy = path.join(dir, path.basename(target.file));
  let keep = false;
  // Ctrl-C outside the write (in the editor, at the prompt) ends sak at once: an edited copy stays, and its path is said.
  const forget = (ctx.interrupt ?? NO_INTERRUPT).onExit(() => {
    if (existsSync(copy) && !readFileSync(copy).equals(bytes)) ctx.out.stderr(recordMessage(ctx.lang, 'edit.kept', { path: copy }) + '\n');
    else rmSync(dir, { recursive: true, force: true });
  });
  try {
    writeFileSync(copy, bytes);
    for (;;) {
      const outcome = edit(command, copy);
      if (!outcome.ok) {
        if (outcome.reason === 'not-found') throw new EnvironmentError(recordMessage(ctx.lang, 'edit.no-editor', { editor: command.join(' '), detail: outcome.detail }));
        throw new CancelledError(recordMessage(ctx.lang, 'edit.editor-failed', { editor: command.join(' '), detail: outcome.detail }));
      }
      const edited = readFileSync(copy);
      if (edited.equals(bytes)) {
        ctx.out.stderr(recordMessage(ctx.lang, 'unchanged', { id: target.id }) + '\n');
        return 0;
      }
      let problems: Problem[];
      let text = '';
      try {
        text = decoder.decode(edited);
        problems = checkCandidate(setup, ctx, target.file, target.kind, text);
      } catch {
        problems = [{ severity: 'error', code: 'encoding', file: target.file, line: 1, column: 1, message: problemText('encoding.edited') }];
      }
      const errors = problems.filter((p) => p.severity === 'error');
      if (problems.length > 0) {
        ctx.out.stderr(renderProblemsText({ register: setup.root, records: 1, files: [target.file], problems }, ctx.lang, await terminalStyles(ctx.out.color)));
      }
      if (errors.length === 0) {
        const data = parseYamlSource(text).data as Record<string, unknown>;
        return await saveChange(ctx, setup, target, { before: bytes, after: edited }, 'edit', data, format, options);
      }
      const prompter = deps.prompter ?? (await import('../ui/prompts.js')).createPrompter({ lang: ctx.lang });
      const again = await prompter.confirm({ message: recordMessage(ctx.lang, 'edit.again'), default: true });
      if (!again) throw new ProblemsError(recordMessage(ctx.lang, 'edit.discarded', { id: target.id }));
    }
  } catch (error) {
    // Work is never thrown away: an edited copy that was not saved stays where it is.
    if (existsSync(copy) && !readFileSync(copy).equals(bytes)) {
      keep = true;
      ctx.out.stderr(recordMessage(ctx.lang, 'edit.kept', { path: copy }) + '\n');
    }
    throw error;
  } finally {
    forget();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
