// What core hands the edge when a message names a labelled value: the value and where its
// label is found, never the label itself (the language is chosen when the text is made).

/** The name of an enumeration of register.md whose values have labels (src/i18n/labels.ts gives them). */
export type EnumName =
  | 'area'
  | 'unit_type'
  | 'unit_status'
  | 'site_type'
  | 'protection_status'
  | 'requirement_type'
  | 'document_type'
  | 'document_status'
  | 'review_outcome'
  | 'treatment'
  | 'risk_status'
  | 'risk_level'
  | 'control_status'
  | 'demand_method'
  | 'control_result'
  | 'severity'
  | 'action_status'
  | 'incident_status'
  | 'category'
  | 'kia_type'
  | 'authority'
  | 'report_stage'
  | 'exercise_type'
  | 'agreement_type'
  | 'agreement_status'
  | 'followup_result'
  | 'topic';

/** Extra values configured in sak.yaml (incident_categories, exercise_topics): register data with their own labels. */
export interface ExtraValue {
  id: string;
  label: string;
  label_en?: string;
}

/** A value of an enumeration, to be shown by its label; `extra` holds the values sak.yaml adds to it. */
export interface LabelledValue {
  enum: EnumName;
  value: string;
  /** The entry of sak.yaml that labels a value the built-in table does not know. */
  extra?: ExtraValue;
}

/** The reference to a value's label: the built-in table's, or the sak.yaml entry that adds the value. */
export function labelled(enumName: EnumName, value: string, extras: readonly ExtraValue[] = []): LabelledValue {
  const extra = extras.find((e) => e.id === value);
  return extra ? { enum: enumName, value, extra: { id: extra.id, label: extra.label, ...(extra.label_en !== undefined ? { label_en: extra.label_en } : {}) } } : { enum: enumName, value };
}
