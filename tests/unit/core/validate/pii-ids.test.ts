import { describe, expect, it } from 'vitest';
import { findPersonalNumbers } from '../../../../src/core/validate/pii.js';

describe('findPersonalNumbers and sak ids', () => {
  it('never takes the date and random part of an incident or exercise id for a personnummer', () => {
    // 20260728-1231 passes the date and Luhn tests: alone it is a personnummer, in an id it is not.
    expect(findPersonalNumbers('20260728-1231')).toHaveLength(1);
    expect(findPersonalNumbers('INC-20260728-1231X')).toEqual([]);
    expect(findPersonalNumbers('se EXR-19121212-1212Y och INC-19121212-1212Z')).toEqual([]);
    expect(findPersonalNumbers('personen 19121212-1212 hotade')).toHaveLength(1);
    expect(findPersonalNumbers('INC 19121212-1212')).toHaveLength(1);
  });
});
