// What core hands the edge when a message names a labelled value: the value and where its
// label is found, never the label itself (the language is chosen when the text is made).

/**
 * The stored values of every enumeration of register.md whose values have labels, in the order
 * they are listed. src/i18n/labels.ts gives each value its label in both languages, and is
 * checked against this table: a value without a label, or a label without a value, does not compile.
 */
export const ENUM_VALUES = {
  area: ['crime_prevention', 'safety_promotion', 'physical_security', 'fire_safety', 'information_security', 'personnel_security', 'accident_prevention', 'public_spaces', 'protective_security', 'crisis_preparedness', 'civil_defence', 'internal_protection'],
  unit_type: ['council', 'executive_board', 'committee', 'department', 'federation', 'company', 'joint_committee', 'school', 'team', 'role'],
  unit_status: ['active', 'inactive'],
  site_type: ['school', 'office', 'care', 'culture', 'sports', 'technical', 'housing', 'other'],
  protection_status: ['adequate', 'deficient', 'unknown'],
  requirement_type: ['law', 'ordinance', 'regulation', 'directive', 'standard', 'local_rule', 'other'],
  document_type: ['policy', 'guideline', 'plan', 'action_programme', 'routine', 'strategy', 'local_regulation', 'risk_analysis', 'preparedness_plan', 'other'],
  document_status: ['draft', 'active', 'under_revision', 'repealed'],
  review_outcome: ['confirmed', 'revised', 'readopted'],
  treatment: ['reduce', 'accept', 'transfer', 'avoid'],
  risk_status: ['active', 'closed'],
  risk_level: ['low', 'medium', 'high', 'critical'],
  control_status: ['active', 'retired'],
  demand_method: ['reconciliation', 'survey', 'access_review', 'sam_followup', 'inspection', 'other'],
  control_result: ['ok', 'deviations', 'not_performed'],
  severity: ['low', 'medium', 'high', 'serious'],
  action_status: ['planned', 'in_progress', 'done', 'cancelled'],
  incident_status: ['open', 'investigating', 'closed'],
  category: ['vandalism', 'burglary', 'theft', 'fire', 'threat_violence', 'accident', 'near_miss', 'false_alarm', 'information_security', 'water_damage', 'other'],
  kia_type: ['accident', 'commuting_accident', 'occupational_disease', 'near_miss', 'risk_observation'],
  authority: ['work_environment_authority', 'police', 'imy', 'csirt', 'county_board', 'insurance', 'rescue_service', 'other'],
  report_stage: ['early_warning', 'notification', 'final_report'],
  exercise_type: ['training', 'drill', 'meeting'],
  agreement_type: ['supplier', 'cooperation', 'data_processing', 'security_protection', 'grant'],
  agreement_status: ['planned', 'active', 'ended'],
  followup_result: ['ok', 'deviations'],
  topic: ['pdv_lockdown', 'evacuation', 'fire_safety', 'cpr', 'threat_violence', 'incident_reporting', 'security_culture', 'information_security', 'crisis_management', 'other'],
} as const satisfies Record<string, readonly string[]>;

/** The name of an enumeration whose values have labels. */
export type EnumName = keyof typeof ENUM_VALUES;

/** A value of an enumeration. */
export type EnumValue<E extends EnumName> = (typeof ENUM_VALUES)[E][number];

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
