// The field specs come from the schemas; these tests tie the kinds table to them, so a new
// field or kind that the table does not cover fails here rather than in front of a user.
import { describe, expect, it } from 'vitest';
import { fieldAt, fieldFlags, kindFields } from '../../../src/core/fields.js';
import type { FieldSpec } from '../../../src/core/fields.js';
import { KINDS, getKind } from '../../../src/core/kinds.js';
import { ENUM_LABELS } from '../../../src/i18n/labels.js';
import { fieldLabel } from '../../../src/i18n/field-labels.js';
import { loadShippedSchemas } from '../../../src/store/schemas.js';

const schemas = loadShippedSchemas();

function walk(fields: readonly FieldSpec[], visit: (f: FieldSpec) => void): void {
  for (const field of fields) {
    visit(field);
    if (field.properties) walk(field.properties, visit);
    if (field.item) walk([field.item], visit);
  }
}

describe('kindFields', () => {
  it('derives the incident fields in schema order with their types', () => {
    const fields = kindFields(schemas, getKind('incident'));
    expect(fields.map((f) => f.name)).toEqual(['id', 'title', 'notes', 'tags', 'links', 'classification', 'date', 'time', 'reported', 'unit', 'site', 'location', 'category', 'severity', 'status', 'description', 'injured', 'cost_sek', 'police_report', 'personal_data_breach', 'kia', 'reported_to', 'risks', 'actions', 'closed', 'created', 'source']);
    expect(fieldAt(fields, ['unit'])).toMatchObject({ type: 'ref', refKind: 'unit', required: true });
    expect(fieldAt(fields, ['category'])).toMatchObject({ type: 'enum', open: true, enumName: 'category' });
    expect(fieldAt(fields, ['kia', 'type'])).toMatchObject({ type: 'enum', required: true, enumName: 'kia_type' });
    expect(fieldAt(fields, ['reported_to', 0, 'authority'])).toMatchObject({ type: 'enum', enumName: 'authority' });
    expect(fieldAt(fields, ['cost_sek'])).toMatchObject({ type: 'number', minimum: 0 });
    expect(fieldAt(fields, ['links'])?.item).toMatchObject({ type: 'ref', refKind: 'any' });
  });

  it('gives every enumerated field of every kind a label table with exactly its values', () => {
    for (const kind of KINDS) {
      walk(kindFields(schemas, kind), (field) => {
        if (field.type !== 'enum') return;
        expect(field.enumName, `${kind.name}.${field.path.join('.')}`).toBeDefined();
        const labelled = Object.keys(ENUM_LABELS[field.enumName as keyof typeof ENUM_LABELS]);
        expect(labelled, `${kind.name}.${field.path.join('.')}`).toEqual([...(field.values ?? [])]);
      });
    }
  });

  it('names, in the kinds table, only fields the schemas have', () => {
    for (const kind of KINDS) {
      const fields = kindFields(schemas, kind);
      for (const name of [...kind.prompts, ...Object.keys(kind.defaults)]) expect(fieldAt(fields, name.split('.')), `${kind.name}.${name}`).toBeDefined();
      for (const path of [...kind.columns.filter((c) => !c.startsWith('@')), ...kind.unitFields, ...kind.areaFields, ...(kind.yearField ? [kind.yearField] : [])]) {
        expect(fieldAt(fields, path.split('.')), `${kind.name}.${path}`).toBeDefined();
      }
      for (const path of Object.keys(kind.enums)) expect(fieldAt(fields, path.split('.'))?.type, `${kind.name}.${path}`).toBe('enum');
      if (kind.review?.type === 'entry') {
        const list = fieldAt(fields, [kind.review.list]);
        for (const field of Object.values(kind.review.options)) expect(list?.item?.properties?.some((p) => p.name === field), `${kind.name} review ${field}`).toBe(true);
      }
      if (kind.close) expect(fieldAt(fields, ['status'])?.values).toContain(kind.close.status);
    }
  });

  it('types every reference the kinds table names as a ref in the schema (whose pattern then checks its form)', () => {
    for (const kind of KINDS) {
      for (const ref of kind.refs) {
        const field = fieldAt(kindFields(schemas, kind), ref.path);
        const spec = field?.type === 'list' ? field.item : field;
        expect(spec?.type, `${kind.name}: ${ref.path.join('.')}`).toBe('ref');
      }
    }
  });

  it('has a Swedish and English label for every field', () => {
    for (const kind of KINDS) {
      walk(kindFields(schemas, kind), (field) => {
        if (field.name === '*') return;
        expect(fieldLabel(field.path, 'sv'), `${kind.name}.${field.path.join('.')}: give "${field.name}" a label in src/i18n/field-labels.ts`).not.toBe(field.name);
      });
    }
  });
});

describe('fieldFlags', () => {
  it('gives every top-level scalar and scalar list a kebab-case flag, objects one level deep, the id only where it is not dated', () => {
    const incident = fieldFlags(getKind('incident'), kindFields(schemas, getKind('incident'))).map((f) => f.flag);
    for (const flag of ['title', 'date', 'unit', 'category', 'severity', 'cost-sek', 'kia-type', 'kia-ref', 'site', 'risks', 'police-report']) expect(incident).toContain(flag);
    expect(incident).not.toContain('id');
    expect(incident).not.toContain('reported-to');
    const unit = fieldFlags(getKind('unit'), kindFields(schemas, getKind('unit'))).map((f) => f.flag);
    expect(unit).toContain('id');
  });

  it('lets every required field of every kind be given by a flag (so nothing needs a prompt)', () => {
    for (const kind of KINDS) {
      const fields = kindFields(schemas, kind);
      const flags = fieldFlags(kind, fields);
      for (const field of fields) {
        if (!field.required || field.type === 'id') continue;
        expect(flags.some((f) => f.field === field), `${kind.name}.${field.name}`).toBe(true);
      }
    }
  });
});
