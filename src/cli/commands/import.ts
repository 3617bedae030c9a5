import path from 'node:path';
import { Option } from '@commander-js/extra-typings';
import { KIND_NAMES } from '../../core/kinds.js';
import { onboardingHelp } from '../../i18n/help-onboarding.js';
import type { OnboardingHelpKey } from '../../i18n/help-onboarding.js';
import { IMPORT_ENCODINGS, WRITE_FORMATS } from '../../commands/option-choices.js';
import type { ImportOptions } from '../../commands/import.js';
import { choiceOption } from '../choice-option.js';
import { declared, type CommandDeps, type Program } from '../command-deps.js';
import { collect } from './write-options.js';

/** Declares `sak import <kind> FILE`. The file is resolved here, against the working directory of the process. */
export function defineImport(program: Program, { withContext, lang }: CommandDeps): void {
  const h = (key: OnboardingHelpKey) => onboardingHelp(lang, key);
  program
    .command('import')
    .description(h('import'))
    .helpOption('-h, --help', h('opt.help'))
    .argument('<kind>', onboardingHelp(lang, 'arg.import-kind', { kinds: KIND_NAMES.join(', ') }))
    .argument('<file>', h('arg.file'))
    .addOption(new Option('--map <column=field>', h('opt.map')).argParser(collect))
    .addOption(new Option('--map-value <field:text=value>', h('opt.map-value')).argParser(collect))
    .addOption(choiceOption('--encoding <encoding>', h('opt.encoding'), IMPORT_ENCODINGS, 'lower'))
    .option('--skip-rows <n>', h('opt.skip-rows'))
    .option('--date-format <format>', h('opt.date-format'))
    .option('--key <column>', h('opt.key'))
    .option('--update', h('opt.update'))
    .option('--dry-run', h('opt.import-dry-run'))
    .option('--no-commit', h('opt.no-commit'))
    .addOption(choiceOption('--format <format>', h('opt.import-format'), WRITE_FORMATS))
    .option('--max-size <mb>', h('opt.import-max-size'))
    .option('--max-rows <n>', h('opt.import-max-rows'))
    .addHelpText('before', h('import.before'))
    .addHelpText('after', h('import.after'))
    .action(
      withContext(async (ctx, kind, file, options) => {
        const { runImport } = await import('../../commands/import.js');
        return runImport(kind, declared<ImportOptions>()(options), ctx, { file: path.resolve(ctx.cwd, file), shown: file });
      }),
    );
}
