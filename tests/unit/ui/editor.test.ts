import { describe, expect, it } from 'vitest';
import { editorCommand, splitCommand } from '../../../src/ui/editor.js';

describe('splitCommand', () => {
  it('splits words like a shell, without running one', () => {
    expect(splitCommand('vim')).toEqual(['vim']);
    expect(splitCommand('code --wait')).toEqual(['code', '--wait']);
    expect(splitCommand('"/Program Files/Editor/ed.exe" -n')).toEqual(['/Program Files/Editor/ed.exe', '-n']);
    expect(splitCommand("emacs -nw --eval '(setq x \"y\")'")).toEqual(['emacs', '-nw', '--eval', '(setq x "y")']);
    expect(splitCommand('my\\ editor  ""')).toEqual(['my editor', '']);
    expect(splitCommand('nano; rm -rf /')).toEqual(['nano;', 'rm', '-rf', '/']);
  });

  it('takes $VISUAL before $EDITOR, else vi', () => {
    expect(editorCommand({ VISUAL: 'code --wait', EDITOR: 'nano' })).toEqual(['code', '--wait']);
    expect(editorCommand({ EDITOR: 'nano' })).toEqual(['nano']);
    expect(editorCommand({ VISUAL: ' ' })).toEqual(['vi']);
  });
});
