import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isLang } from '../i18n/lang.js';
import type { Lang } from '../i18n/lang.js';
import { CONFIG_FILE } from './find-register.js';

/** The `locale` named in a register's sak.yaml, if it can be read; never throws on a bad file. */
export function readConfigLocale(root: string): Lang | undefined {
  try {
    const config = parse(readFileSync(path.join(root, CONFIG_FILE), 'utf8'), { maxAliasCount: 0 }) as { locale?: unknown } | null;
    return isLang(config?.locale) ? config.locale : undefined;
  } catch {
    return undefined;
  }
}
