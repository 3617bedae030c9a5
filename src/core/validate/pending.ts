import type { Document, LineCounter } from 'yaml';
import { nodeAtPath } from '../parse/yaml-source.js';
import { makeProblem } from '../problem.js';
import type { Problem, ProblemCode, Severity } from '../problem.js';

/** Where in the YAML a problem points: the field's value, its key, or the mapping that lacks it. */
export type Anchor = 'value' | 'key' | 'parent';

/** A problem whose line and column are still to be found from the file's YAML. */
export interface PendingProblem {
  severity: Severity;
  code: ProblemCode;
  file: string;
  id?: string;
  path: readonly (string | number)[];
  anchor: Anchor;
  message: string;
}

/** Turns a path into a JSON pointer (`/performed/0/findings/1`). */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Finds line and column of pending problems in their file's parsed document. */
export function locateProblems(pending: readonly PendingProblem[], doc: Document | null, lineCounter: LineCounter): Problem[] {
  return pending.map((p) => {
    let line = 1;
    let column = 1;
    if (doc) {
      const { node, keyNode, found } = nodeAtPath(doc, p.path);
      const target = found ? (p.anchor === 'key' && keyNode ? keyNode : p.anchor === 'parent' ? node : node) : node;
      const offset = target?.range?.[0];
      if (offset !== undefined) {
        const pos = lineCounter.linePos(offset);
        line = pos.line;
        column = pos.col;
      }
    }
    return makeProblem({ severity: p.severity, code: p.code, file: p.file, line, column, id: p.id, field: p.path.length > 0 ? toPointer(p.path) : undefined, message: p.message });
  });
}
