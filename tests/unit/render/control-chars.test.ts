import { describe, expect, it } from 'vitest';
import { visibleControls } from '../../../src/render/control-chars.js';

describe('visibleControls', () => {
  it('shows ESC, BEL, a lone CR, DEL and C1 controls instead of sending them', () => {
    expect(visibleControls('a\u001b[2Jb\u001b]8;;https://x.invalid\u0007c\rd\u007fe\u009bf', false)).toBe('a␛[2Jb␛]8;;https://x.invalid␇c␍d␡e\\u009bf');
  });

  it('keeps line feeds, tabs, CRLF and plain text as they are', () => {
    const text = 'Rad ett\tå ä ö\r\nrad två\n';
    expect(visibleControls(text, false)).toBe(text);
  });

  it('keeps SGR colour sequences only when colour is on, and no other sequence', () => {
    expect(visibleControls('\u001b[31mfel\u001b[39m', true)).toBe('\u001b[31mfel\u001b[39m');
    expect(visibleControls('\u001b[31mfel\u001b[39m', false)).toBe('␛[31mfel␛[39m');
    expect(visibleControls('\u001b[2J\u001b[1;1H\u001b]0;titel\u0007', true)).toBe('␛[2J␛[1;1H␛]0;titel␇');
  });
});
