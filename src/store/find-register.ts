import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { cliMessage } from '../i18n/cli-messages.js';

/** The name of the configuration file that marks a register's root. */
export const CONFIG_FILE = 'sak.yaml';

/**
 * Finds the register root: the explicit folder (--register or SAK_REGISTER) if given,
 * else the nearest ancestor of the working directory that holds sak.yaml.
 */
export function findRegisterRoot(options: { explicit?: string; cwd: string; lang: Lang }): string {
  const { explicit, cwd, lang } = options;
  if (explicit) {
    const root = path.resolve(cwd, explicit);
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new EnvironmentError(cliMessage(lang, 'register.not-a-folder', { path: root }));
    if (!existsSync(path.join(root, CONFIG_FILE))) throw new EnvironmentError(cliMessage(lang, 'register.no-config', { path: root }));
    return root;
  }
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, CONFIG_FILE))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new EnvironmentError(cliMessage(lang, 'register.not-found', { path: path.resolve(cwd) }));
    dir = parent;
  }
}
