import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { recordHelp } from '../../i18n/help-records.js';

/** Collects a repeated option's values in order. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `--no-input` stored as `prompts: false`, so it never clashes with `--input FILE`. */
export class NoInputOption extends Option {
  constructor(description: string) {
    super('--no-input', description);
  }

  override attributeName(): string {
    return 'prompts';
  }
}

/** Adds the options every writing command shares: --no-commit, --allow-future and --format text|json. */
export function addWriteOptions(command: Command, lang: Lang): Command {
  return command
    .option('--no-commit', recordHelp(lang, 'opt.no-commit'))
    .option('--allow-future', recordHelp(lang, 'opt.allow-future'))
    .option('--format <format>', recordHelp(lang, 'opt.write-format'));
}
