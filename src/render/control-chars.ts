// Control characters from a record must not reach a terminal as controls: an ANSI or OSC
// sequence in a title could clear the screen, move the cursor, retitle the window or plant
// a hyperlink (OSC 8). Everything sak prints goes through `visibleControls`.

// C0 controls but tab and line feed, DEL, and C1 controls (U+009B is a CSI on some terminals).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// The colour sequences sak writes itself (chalk, basic colours): SGR, `ESC [ digits ; m`.
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/y;

/** How a control character is shown: a Control Picture for C0 and DEL (ESC → ␛), `\u0085` for C1. */
function picture(c: number): string {
  if (c < 0x20) return String.fromCharCode(0x2400 + c);
  if (c === 0x7f) return '\u2421';
  return `\\u${c.toString(16).padStart(4, '0')}`;
}

/**
 * Makes control characters visible (`\x1b` → `␛`), keeping line feeds, tabs, CR before LF
 * (CSV rows end in CRLF) and, when `colour` is on, the SGR colour sequences sak writes.
 * A record's SGR sequence is kept then too; no other sequence can act.
 */
export function visibleControls(text: string, colour: boolean): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROL, (char: string, offset: number) => {
    const c = char.charCodeAt(0);
    if (c === 0x0d && text.charCodeAt(offset + 1) === 0x0a) return char;
    if (c === 0x1b && colour) {
      SGR.lastIndex = offset;
      if (SGR.test(text)) return char;
    }
    return picture(c);
  });
}
