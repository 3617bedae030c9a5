import path from 'node:path';
import { parse } from 'yaml';
import { isLang } from '../i18n/lang.js';
import type { Lang } from '../i18n/lang.js';
import { CONFIG_FILE } from './find-register.js';
import { readRecordFile } from './read-file.js';

/** The `locale` named in a register's sak.yaml, if it can be read; never throws on a bad file. */
export function readConfigLocale(root: string): Lang | undefined {
  try {
    // With the register's own limits (no links, at most 256 KiB): this runs before every command.
    const read = readRecordFile(path.join(root, CONFIG_FILE));
    if (!read.ok) return undefined;
    const config = parse(read.text, { maxAliasCount: 0, uniqueKeys: false }) as { locale?: unknown } | null;
    return isLang(config?.locale) ? config.locale : undefined;
  } catch {
    return undefined;
  }
}
