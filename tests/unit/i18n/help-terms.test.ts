import { describe, expect, it } from 'vitest';
import { argumentName, helpExtras, helpTerm, helpTitle } from '../../../src/i18n/help-terms.js';
import { translateCommanderError } from '../../../src/i18n/help.js';

describe('commander in Swedish', () => {
  it('translates the words of help terms, titles and notes, and leaves English as it is', () => {
    expect(helpTerm('sv', 'set [options] <id> <assignments...>')).toBe('set [alternativ] <id> <fält=värde...>');
    expect(helpTerm('sv', '--map <column=field>')).toBe('--map <kolumn=fält>');
    expect(helpTerm('sv', '--template <name-or-file>')).toBe('--template <namn-eller-fil>');
    expect(helpTerm('en', 'set [options] <id>')).toBe('set [options] <id>');
    expect(argumentName('sv', 'kind')).toBe('posttyp');
    expect(helpTitle('sv', 'Usage:')).toBe('Användning:');
    expect(helpExtras('sv', 'utformat (choices: "text", "json", default: "text")')).toBe('utformat (val: "text", "json", standard: "text")');
    expect(helpExtras('en', 'format (default: "text")')).toBe('format (default: "text")');
  });

  it('rebuilds commander\'s error messages in Swedish from what they quote', () => {
    expect(translateCommanderError('sv', 'commander.invalidArgument', "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json.")).toBe('ogiltigt värde "xml" för --format <format>: tillåtna värden: text, json');
    expect(translateCommanderError('sv', 'commander.invalidArgument', "error: command-argument value 'x' is invalid for argument 'kind'. okänd posttyp")).toBe('ogiltigt värde "x" för argumentet <posttyp>: okänd posttyp');
    expect(translateCommanderError('sv', 'commander.conflictingOption', "error: option '--codes' cannot be used with option '--format <format>'")).toBe('--codes kan inte anges tillsammans med --format <format>');
    expect(translateCommanderError('sv', 'commander.missingArgument', "error: missing required argument 'file'")).toBe('argumentet <fil> saknas. Se sak --help.');
    expect(translateCommanderError('sv', 'commander.unknownOption', "error: unknown option '--stat'\n(Did you mean --status?)")).toBe('okänt alternativ --stat. Menade du --status? Se sak --help.');
    expect(translateCommanderError('en', 'commander.missingArgument', "error: missing required argument 'file'")).toBe("missing required argument 'file'");
  });
});
