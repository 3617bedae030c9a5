// A register's history from one `git log -p --unified=0` over the register folder: for each
// record file, its commits newest first, with the top-level fields each commit changed.
// Parsing is pure; store/git.ts runs git.

/** One commit of a record's history. */
export interface HistoryEntry {
  commit: string;
  /** Author date, ISO 8601 with offset. */
  date: string;
  author: string;
  subject: string;
  /** True for the commit that created the file. */
  created: boolean;
  /** The top-level fields whose lines the commit added, changed or removed, in file order of first change. */
  fields: string[];
}

/** The record: separator git prints before each commit (`%x1e`), and between its fields (`%x1f`). */
export const HISTORY_FORMAT = '%x1e%H%x1f%aI%x1f%an%x1f%s';

const TOP_KEY = /^([A-Za-z_][A-Za-z0-9_-]*)\s*:/;
const HUNK = /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@ ?(.*)$/;

/**
 * Parses `git log -p --unified=0 --no-renames --format=HISTORY_FORMAT` (paths relative to
 * the register). A changed line `key: …` names its field; an indented or list line belongs
 * to the top-level key above it, which git's default hunk header shows (a line starting with
 * a letter), or which an earlier line of the same hunk named.
 */
export function parseRegisterHistory(text: string): Map<string, HistoryEntry[]> {
  const byFile = new Map<string, HistoryEntry[]>();
  for (const block of text.split('\x1e')) {
    if (block.trim() === '') continue;
    const newline = block.indexOf('\n');
    const header = newline < 0 ? block : block.slice(0, newline);
    const [commit = '', date = '', author = '', subject = ''] = header.split('\x1f');
    const lines = newline < 0 ? [] : block.slice(newline + 1).split('\n');
    let entry: HistoryEntry | undefined;
    let current: string | undefined;
    let fields: Set<string> | undefined;
    let newFile = false;
    for (const line of lines) {
      if (line.startsWith('diff --git ')) {
        entry = undefined;
        newFile = false;
        continue;
      }
      if (line.startsWith('--- ')) continue;
      if (line.startsWith('+++ ')) {
        const target = line.slice(4);
        if (target === '/dev/null') {
          entry = undefined;
          continue;
        }
        const file = target.replace(/^b\//, '');
        fields = new Set();
        entry = { commit, date, author, subject, created: newFile, fields: [] };
        current = undefined;
        const list = byFile.get(file);
        if (list) list.push(entry);
        else byFile.set(file, [entry]);
        continue;
      }
      if (line.startsWith('new file mode')) {
        newFile = true;
        continue;
      }
      if (!entry || !fields) continue;
      const hunk = HUNK.exec(line);
      if (hunk) {
        current = TOP_KEY.exec(hunk[1] ?? '')?.[1];
        continue;
      }
      const sign = line[0];
      if (sign !== '+' && sign !== '-') continue;
      const body = line.slice(1);
      if (body.trim() === '' || body.trimStart().startsWith('#')) continue;
      const key = TOP_KEY.exec(body)?.[1];
      if (key) current = key;
      const field = key ?? current;
      if (field !== undefined && !fields.has(field)) {
        fields.add(field);
        entry.fields.push(field);
      }
    }
  }
  return byFile;
}
