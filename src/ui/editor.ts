import { spawnSync } from 'node:child_process';

/**
 * Splits an editor command (`$VISUAL`, `$EDITOR`) into program and arguments the way a
 * POSIX shell splits words — spaces separate, single and double quotes group, a
 * backslash escapes — without running a shell.
 */
export function splitCommand(command: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < command.length; i += 1) {
    const ch = command[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && i + 1 < command.length && '"\\$`'.includes(command[i + 1] as string)) word += command[++i];
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < command.length) {
      word += command[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** The editor command from the environment: $VISUAL, else $EDITOR, else vi. */
export function editorCommand(env: Readonly<Record<string, string | undefined>>): string[] {
  const configured = [env.VISUAL, env.EDITOR].find((value) => value !== undefined && value.trim() !== '');
  const words = splitCommand(configured ?? 'vi');
  return words.length > 0 ? words : ['vi'];
}

/** How an editor run ended. */
export type EditorOutcome = { ok: true } | { ok: false; reason: 'not-found' | 'failed'; detail: string };

/** Opens a file in the user's editor on this terminal and waits for it; never through a shell. */
export function runEditor(command: readonly string[], file: string, env: Readonly<Record<string, string | undefined>>): EditorOutcome {
  const [program, ...args] = command as [string, ...string[]];
  const result = spawnSync(program, [...args, file], { stdio: 'inherit', env: env as NodeJS.ProcessEnv });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'not-found' : 'failed', detail: result.error.message };
  }
  if (result.status !== 0) return { ok: false, reason: 'failed', detail: result.signal ? `signal ${result.signal}` : `exit ${result.status}` };
  return { ok: true };
}
