import type { Document, LineCounter } from 'yaml';
import { nodeAtPath } from '../parse/yaml-source.js';
import { makeProblem } from '../problem.js';
import type { Problem } from '../problem.js';
import { toPointer } from './pending.js';
import type { PendingProblem } from './pending.js';

/** Finds line and column of pending problems in their file's parsed document. */
export function locateProblems(pending: readonly PendingProblem[], doc: Document | null, lineCounter: LineCounter): Problem[] {
  return pending.map((p) => {
    let line = 1;
    let column = 1;
    if (doc) {
      const { node, keyNode, found } = nodeAtPath(doc, p.path);
      // The key when the problem is about it (an unknown field), else the value or the mapping that lacks it.
      const target = found && p.anchor === 'key' && keyNode ? keyNode : node;
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
