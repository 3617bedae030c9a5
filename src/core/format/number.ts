/**
 * Which character a lone separator most likely is, from where the text came from: a
 * `;`-separated CSV file comes from a Swedish Excel (decimal comma), a `,`-separated one
 * from an English one (decimal point, comma groups thousands). Unknown: a lone comma is
 * a decimal comma, as a Swedish user types it.
 */
export type DecimalHint = 'comma' | 'point' | 'unknown';

const SPACES = /[\s\u00a0\u202f]/g;
const CURRENCY = /(kr|sek)\.?$/i;

/**
 * A number written the Swedish or the English way: "12 000", "1 500,50", "1,500.50",
 * "12000", "-3", "12 000 kr". Spaces (also no-break spaces) group thousands; where both
 * `,` and `.` occur the last one is the decimal separator; a lone `,` is a decimal comma
 * unless the hint says the text is English and three digits follow it ("1,500"). Returns
 * undefined for text that is no number.
 */
export function parseLocaleNumber(text: string, hint: DecimalHint = 'unknown'): number | undefined {
  let s = text.replace(SPACES, '').replace(CURRENCY, '').replace(/^\u2212/, '-');
  if (!/^-?[\d.,]+$/.test(s)) return undefined;
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  const lastComma = s.lastIndexOf(',');
  const lastPoint = s.lastIndexOf('.');
  let integer: string;
  let fraction = '';
  if (lastComma >= 0 && lastPoint >= 0) {
    const decimal = lastComma > lastPoint ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const at = s.lastIndexOf(decimal);
    integer = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (!groupedDigits(integer, group) || !/^\d+$/.test(fraction)) return undefined;
    integer = integer.split(group).join('');
  } else if (lastComma >= 0 || lastPoint >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const count = s.split(separator).length - 1;
    const thousands = count > 1 || (separator === ',' && hint === 'point' && /^\d{1,3},\d{3}$/.test(s));
    if (thousands) {
      if (!groupedDigits(s, separator)) return undefined;
      integer = s.split(separator).join('');
    } else {
      [integer = '', fraction = ''] = s.split(separator);
      if (!/^\d+$/.test(integer) || !/^\d+$/.test(fraction)) return undefined;
    }
  } else {
    integer = s;
  }
  if (!/^\d+$/.test(integer)) return undefined;
  const value = Number(fraction ? `${integer}.${fraction}` : integer);
  return negative ? -value : value;
}

function groupedDigits(text: string, group: string): boolean {
  const parts = text.split(group);
  if (parts.length === 1) return /^\d+$/.test(text);
  return /^\d{1,3}$/.test(parts[0] as string) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}
