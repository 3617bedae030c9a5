import { describe, expect, it } from 'vitest';
import { assessmentAxisLimit } from '../../../src/core/risk.js';

describe('assessmentAxisLimit', () => {
  it('follows the register\'s matrix for a risk assessment\'s scales, and nothing else', () => {
    expect(assessmentAxisLimit(['assessments', '*', 'likelihood'], null)).toBe(5);
    expect(assessmentAxisLimit(['assessments', '*', 'consequence'], { risk_matrix: { likelihood: 4, consequence: 6 } })).toBe(6);
    expect(assessmentAxisLimit(['assessments', '*', 'likelihood'], { risk_matrix: { likelihood: 4, consequence: 6 } })).toBe(4);
    expect(assessmentAxisLimit(['assessments', '*', 'date'], null)).toBeUndefined();
    expect(assessmentAxisLimit(['likelihood'], null)).toBeUndefined();
  });
});
