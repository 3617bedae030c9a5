// The pii check covers every string field of every kind, nested ones included
// (performed[].findings[].description, reviews[].note, …): the list of fields comes from
// the schemas, so a field added later is covered without anyone listing it.
import { describe, expect, it } from 'vitest';
import { toRecordYaml } from '../../../../src/core/edit/yaml-edit.js';
import { KINDS } from '../../../../src/core/kinds.js';
import type { KindSpec } from '../../../../src/core/kinds.js';
import { recordPath } from '../../../../src/core/kinds.js';
import { checkRecordText } from '../../../../src/core/validate/check-file-full.js';
import { describeProblems } from '../../../../src/i18n/validate-messages.js';
import { getValidators } from '../../../../src/store/validators.js';
import { SAMPLE_IDS, sampleRecord, stringSlots } from '../../support/sample-records.js';

const context = async () => ({ validators: await getValidators(), config: null });

function setAt(data: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let current = data as Record<string | number, unknown>;
  path.slice(0, -1).forEach((segment) => (current = current[segment] as Record<string | number, unknown>));
  current[path[path.length - 1] as string | number] = value;
}

function check(kind: KindSpec, data: Record<string, unknown>, ctx: Awaited<ReturnType<typeof context>>) {
  const file = recordPath(kind, SAMPLE_IDS[kind.name]);
  return checkRecordText(file, kind, file, toRecordYaml(data), ctx);
}

// Free text, and the string kinds a personnummer could be typed into (a tag is a slug: 8507099805 is one).
const TEXT_TYPES = new Set(['string', 'text', 'slug']);
const cases = KINDS.flatMap((kind) => stringSlots(kind).filter((slot) => TEXT_TYPES.has(slot.field.type)).map((slot) => ({ kind: kind.name, pointer: slot.pointer, slot, spec: kind })));

describe('every string field of every kind is checked for personnummer', () => {
  it('the sample records are valid, so the pii problem below is theirs alone', async () => {
    const ctx = await context();
    for (const kind of KINDS) expect(check(kind, sampleRecord(kind), ctx).problems, kind.name).toEqual([]);
  });

  it('the fields come from the schemas, nested ones included', () => {
    const pointers = cases.map((c) => `${c.kind}${c.pointer}`);
    expect(pointers).toEqual(expect.arrayContaining(['control/performed/0/findings/0/description', 'document/reviews/0/note', 'risk/causes/0', 'incident/kia/ref', 'site/fire_protection/note', 'unit/tags/0', 'requirement/url']));
    expect(cases.length).toBeGreaterThan(50);
  });

  it.each(cases)('$kind $pointer', async ({ spec, slot }) => {
    const ctx = await context();
    for (const number of ['19850709-9805', '8507099805']) {
      const data = sampleRecord(spec);
      const value = slot.field.type === 'slug' ? number : slot.field.name === 'url' ? `https://example.invalid/${number}` : `Anmäld av ${number} i receptionen`;
      setAt(data, slot.path, value);
      const found = check(spec, data, ctx).problems;
      // The number is masked in what core keeps of the pii problem (the cache holds it) and in the words made of it.
      expect(JSON.stringify(found.filter((p) => p.code === 'pii'))).not.toContain(number.slice(-4));
      const pii = describeProblems(found, 'sv').filter((p) => p.code === 'pii');
      expect(pii, `${number} in ${slot.pointer}`).toEqual([expect.objectContaining({ severity: 'error', field: slot.pointer, message: expect.stringMatching(/XXXX/) })]);
      expect(pii[0]?.line).toBeGreaterThan(1);
      expect(pii[0]?.column).toBeGreaterThanOrEqual(1);
      expect(pii[0]?.message).not.toContain(number.slice(-4));
    }
  });
});
