import type { ProblemText } from './problem-text.js';
import type { ProblemCode, Severity } from '../problem.js';

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
  message: ProblemText;
}

/** Turns a path into a JSON pointer (`/performed/0/findings/1`). */
export function toPointer(path: readonly (string | number)[]): string {
  let pointer = '';
  for (const segment of path) {
    const text = String(segment);
    pointer += '/' + (text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text);
  }
  return pointer;
}
