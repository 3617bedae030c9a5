import path from 'node:path';
import { fastParseYaml, UNSUPPORTED } from '../core/parse/fast-yaml.js';
import { isLang } from '../i18n/lang.js';
import type { Lang } from '../i18n/lang.js';
import { CONFIG_FILE } from './find-register.js';
import { readRecordFile } from './read-file.js';

/** The `locale` named in a register's sak.yaml, if it can be read; never throws on a bad file. */
export async function readConfigLocale(root: string): Promise<Lang | undefined> {
  try {
    // With the register's own limits (no links, at most 256 KiB): this runs before every command.
    const read = readRecordFile(path.join(root, CONFIG_FILE));
    if (!read.ok) return undefined;
    // The fast reader takes a plain sak.yaml without loading the yaml package at start-up.
    let config = fastParseYaml(read.text) as { locale?: unknown } | null | typeof UNSUPPORTED;
    if (config === UNSUPPORTED) {
      const { parse } = await import('yaml');
      config = parse(read.text, { maxAliasCount: 0, uniqueKeys: false }) as { locale?: unknown } | null;
    }
    return config !== null && typeof config === 'object' && isLang(config.locale) ? config.locale : undefined;
  } catch {
    return undefined;
  }
}
