import { LANGS } from './lang.js';
import type { Bilingual, Lang } from './lang.js';
import { configuredValues } from '../core/field-values.js';
import type { NamedValue } from '../core/field-values.js';
import type { FieldSpec } from '../core/fields.js';
import type { EnumName, EnumValue, ExtraValue, LabelledValue } from '../core/labelled.js';
import type { SakConfig } from '../core/record-types.js';

export type { EnumName, ExtraValue } from '../core/labelled.js';

type LabelTable = Record<string, Bilingual>;

/** Labels of every enumeration of register.md, by enumeration and stored value. */
export const ENUM_LABELS = {
  area: {
    crime_prevention: { sv: 'Brottsförebyggande arbete', en: 'Crime prevention' },
    safety_promotion: { sv: 'Trygghetsskapande arbete', en: 'Safety promotion' },
    physical_security: { sv: 'Fysisk säkerhet (skalskydd)', en: 'Physical security' },
    fire_safety: { sv: 'Brandskydd', en: 'Fire safety' },
    information_security: { sv: 'Informationssäkerhet', en: 'Information security' },
    personnel_security: { sv: 'Personalsäkerhet', en: 'Personnel security' },
    accident_prevention: { sv: 'Olycksförebyggande arbete', en: 'Accident prevention' },
    public_spaces: { sv: 'Säkerhet i offentliga miljöer', en: 'Security in public spaces' },
    protective_security: { sv: 'Säkerhetsskydd', en: 'Protective security' },
    crisis_preparedness: { sv: 'Krisberedskap och extraordinära händelser', en: 'Crisis preparedness' },
    civil_defence: { sv: 'Civilt försvar', en: 'Civil defence' },
    internal_protection: { sv: 'Internt skydd', en: 'Internal protection' },
  },
  unit_type: {
    council: { sv: 'Kommunfullmäktige', en: 'Municipal council' },
    executive_board: { sv: 'Kommunstyrelse', en: 'Executive board' },
    committee: { sv: 'Nämnd', en: 'Committee' },
    department: { sv: 'Förvaltning', en: 'Department' },
    federation: { sv: 'Kommunalförbund', en: 'Municipal federation' },
    company: { sv: 'Kommunalt bolag', en: 'Municipal company' },
    joint_committee: { sv: 'Gemensam nämnd', en: 'Joint committee' },
    school: { sv: 'Skolenhet/förskola', en: 'School unit' },
    team: { sv: 'Enhet', en: 'Team' },
    role: { sv: 'Funktion', en: 'Role' },
  },
  unit_status: {
    active: { sv: 'Aktiv', en: 'Active' },
    inactive: { sv: 'Inaktiv', en: 'Inactive' },
  },
  site_type: {
    school: { sv: 'Skola', en: 'School' },
    office: { sv: 'Kontor', en: 'Office' },
    care: { sv: 'Vård och omsorg', en: 'Care' },
    culture: { sv: 'Kultur', en: 'Culture' },
    sports: { sv: 'Idrott', en: 'Sports' },
    technical: { sv: 'Teknisk anläggning', en: 'Technical facility' },
    housing: { sv: 'Bostäder', en: 'Housing' },
    other: { sv: 'Övrigt', en: 'Other' },
  },
  protection_status: {
    adequate: { sv: 'Fullgott', en: 'Adequate' },
    deficient: { sv: 'Bristfälligt', en: 'Deficient' },
    unknown: { sv: 'Okänt', en: 'Unknown' },
  },
  requirement_type: {
    law: { sv: 'Lag', en: 'Law' },
    ordinance: { sv: 'Förordning', en: 'Ordinance' },
    regulation: { sv: 'Föreskrift', en: 'Regulation' },
    directive: { sv: 'Direktiv', en: 'Directive' },
    standard: { sv: 'Standard', en: 'Standard' },
    local_rule: { sv: 'Lokal regel', en: 'Local rule' },
    other: { sv: 'Övrigt', en: 'Other' },
  },
  document_type: {
    policy: { sv: 'Policy', en: 'Policy' },
    guideline: { sv: 'Riktlinje', en: 'Guideline' },
    plan: { sv: 'Plan', en: 'Plan' },
    action_programme: { sv: 'Handlingsprogram', en: 'Action programme' },
    routine: { sv: 'Rutin', en: 'Routine' },
    strategy: { sv: 'Strategi', en: 'Strategy' },
    local_regulation: { sv: 'Lokala föreskrifter', en: 'Local regulation' },
    risk_analysis: { sv: 'Risk- och sårbarhetsanalys', en: 'Risk analysis' },
    preparedness_plan: { sv: 'Beredskapsplan', en: 'Preparedness plan' },
    other: { sv: 'Övrigt', en: 'Other' },
  },
  document_status: {
    draft: { sv: 'Utkast', en: 'Draft' },
    active: { sv: 'Gällande', en: 'Active' },
    under_revision: { sv: 'Under revidering', en: 'Under revision' },
    repealed: { sv: 'Upphävd', en: 'Repealed' },
  },
  review_outcome: {
    confirmed: { sv: 'Bekräftad utan ändring', en: 'Confirmed' },
    revised: { sv: 'Reviderad', en: 'Revised' },
    readopted: { sv: 'Antagen på nytt', en: 'Re-adopted' },
  },
  treatment: {
    reduce: { sv: 'Reducera', en: 'Reduce' },
    accept: { sv: 'Acceptera', en: 'Accept' },
    transfer: { sv: 'Överföra', en: 'Transfer' },
    avoid: { sv: 'Undvika', en: 'Avoid' },
  },
  risk_status: {
    active: { sv: 'Aktiv', en: 'Active' },
    closed: { sv: 'Avslutad', en: 'Closed' },
  },
  risk_level: {
    low: { sv: 'Låg', en: 'Low' },
    medium: { sv: 'Medel', en: 'Medium' },
    high: { sv: 'Hög', en: 'High' },
    critical: { sv: 'Kritisk', en: 'Critical' },
  },
  control_status: {
    active: { sv: 'Aktiv', en: 'Active' },
    retired: { sv: 'Avvecklad', en: 'Retired' },
  },
  demand_method: {
    reconciliation: { sv: 'Avstämning', en: 'Reconciliation' },
    survey: { sv: 'Undersökning', en: 'Survey' },
    access_review: { sv: 'Genomgång av behörigheter', en: 'Access review' },
    sam_followup: { sv: 'Uppföljning inom systematiskt arbetsmiljöarbete', en: 'Follow-up within systematic work environment management' },
    inspection: { sv: 'Inspektion', en: 'Inspection' },
    other: { sv: 'Övrigt', en: 'Other' },
  },
  control_result: {
    ok: { sv: 'Utan anmärkning', en: 'OK' },
    deviations: { sv: 'Avvikelser', en: 'Deviations' },
    not_performed: { sv: 'Ej genomförd', en: 'Not performed' },
  },
  severity: {
    low: { sv: 'Låg', en: 'Low' },
    medium: { sv: 'Medel', en: 'Medium' },
    high: { sv: 'Hög', en: 'High' },
    serious: { sv: 'Allvarlig', en: 'Serious' },
  },
  action_status: {
    planned: { sv: 'Planerad', en: 'Planned' },
    in_progress: { sv: 'Pågående', en: 'In progress' },
    done: { sv: 'Genomförd', en: 'Done' },
    cancelled: { sv: 'Avbruten', en: 'Cancelled' },
  },
  incident_status: {
    open: { sv: 'Öppen', en: 'Open' },
    investigating: { sv: 'Under utredning', en: 'Investigating' },
    closed: { sv: 'Avslutad', en: 'Closed' },
  },
  category: {
    vandalism: { sv: 'Skadegörelse', en: 'Vandalism' },
    burglary: { sv: 'Inbrott', en: 'Burglary' },
    theft: { sv: 'Stöld', en: 'Theft' },
    fire: { sv: 'Brand', en: 'Fire' },
    threat_violence: { sv: 'Hot och våld', en: 'Threats and violence' },
    accident: { sv: 'Olycksfall', en: 'Accident' },
    near_miss: { sv: 'Tillbud', en: 'Near miss' },
    false_alarm: { sv: 'Onödigt larm/utryckning', en: 'False alarm' },
    information_security: { sv: 'Informationssäkerhetsincident', en: 'Information security incident' },
    water_damage: { sv: 'Vattenskada', en: 'Water damage' },
    other: { sv: 'Övrigt', en: 'Other' },
  },
  kia_type: {
    accident: { sv: 'Olycksfall', en: 'Accident' },
    commuting_accident: { sv: 'Färdolycksfall', en: 'Commuting accident' },
    occupational_disease: { sv: 'Arbetssjukdom', en: 'Occupational disease' },
    near_miss: { sv: 'Tillbud', en: 'Near miss' },
    risk_observation: { sv: 'Riskobservation', en: 'Risk observation' },
  },
  authority: {
    work_environment_authority: { sv: 'Arbetsmiljöverket', en: 'Swedish Work Environment Authority' },
    police: { sv: 'Polisen', en: 'Police' },
    imy: { sv: 'Integritetsskyddsmyndigheten (IMY)', en: 'Swedish Authority for Privacy Protection (IMY)' },
    csirt: { sv: 'CSIRT-enheten (cybersäkerhetslagen)', en: 'CSIRT unit (Cybersecurity Act)' },
    county_board: { sv: 'Länsstyrelsen', en: 'County Administrative Board' },
    insurance: { sv: 'Försäkringsbolag', en: 'Insurance company' },
    rescue_service: { sv: 'Räddningstjänsten', en: 'Rescue service' },
    other: { sv: 'Annan', en: 'Other' },
  },
  report_stage: {
    early_warning: { sv: 'Tidig varning', en: 'Early warning' },
    notification: { sv: 'Incidentanmälan', en: 'Incident notification' },
    final_report: { sv: 'Slutrapport', en: 'Final report' },
  },
  exercise_type: {
    training: { sv: 'Utbildning', en: 'Training' },
    drill: { sv: 'Övning', en: 'Drill' },
    meeting: { sv: 'Möte', en: 'Meeting' },
  },
  agreement_type: {
    supplier: { sv: 'Leverantörsavtal', en: 'Supplier agreement' },
    cooperation: { sv: 'Samverkansavtal', en: 'Cooperation agreement' },
    data_processing: { sv: 'Personuppgiftsbiträdesavtal', en: 'Data processing agreement' },
    security_protection: { sv: 'Säkerhetsskyddsavtal', en: 'Security protection agreement' },
    grant: { sv: 'Bidragsavtal', en: 'Grant agreement' },
  },
  agreement_status: {
    planned: { sv: 'Planerat', en: 'Planned' },
    active: { sv: 'Gällande', en: 'Active' },
    ended: { sv: 'Upphört', en: 'Ended' },
  },
  followup_result: {
    ok: { sv: 'Utan avvikelser', en: 'No deviations' },
    deviations: { sv: 'Avvikelser', en: 'Deviations' },
  },
  topic: {
    pdv_lockdown: { sv: 'Inrymning och pågående dödligt våld', en: 'Lockdown and ongoing lethal violence' },
    evacuation: { sv: 'Utrymning', en: 'Evacuation' },
    fire_safety: { sv: 'Brandskydd', en: 'Fire safety' },
    cpr: { sv: 'HLR', en: 'CPR' },
    threat_violence: { sv: 'Hot och våld', en: 'Threats and violence' },
    incident_reporting: { sv: 'Skade- och incidentrapportering (KIA)', en: 'Incident reporting (KIA)' },
    security_culture: { sv: 'Säkerhetskultur', en: 'Security culture' },
    information_security: { sv: 'Informationssäkerhet', en: 'Information security' },
    crisis_management: { sv: 'Krisledning', en: 'Crisis management' },
    other: { sv: 'Övrigt', en: 'Other' },
  },
} satisfies { [E in EnumName]: Record<EnumValue<E>, Bilingual> };


/** The label of an enum value in a language, falling back to the value itself. */
export function enumLabel(enumName: EnumName, value: string, lang: Lang, extra: readonly ExtraValue[] = []): string {
  const table: LabelTable = ENUM_LABELS[enumName];
  const known = Object.hasOwn(table, value) ? table[value] : undefined;
  if (known) return known[lang];
  const configured = extra.find((e) => e.id === value);
  if (configured) return lang === 'en' ? (configured.label_en ?? configured.label) : configured.label;
  return value;
}

/** The label of a value that core named (a built-in value, or one sak.yaml adds with its own labels). */
export function labelOf(value: LabelledValue, lang: Lang): string {
  return enumLabel(value.enum, value.value, lang, value.extra ? [value.extra] : []);
}

/** Every label of an enum value, one per language: the names a value may be given by when it is read (ValueNames of src/core/field-values.ts). */
export function enumLabels(enumName: EnumName, value: string, extra: readonly ExtraValue[] = []): string[] {
  return LANGS.map((lang) => enumLabel(enumName, value, lang, extra));
}

/** The label of an enum field's value in a language (sak.yaml's labels included); another field's value as it is. */
export function valueLabel(field: FieldSpec, value: string, lang: Lang, config: SakConfig | null): string {
  return field.enumName ? enumLabel(field.enumName, value, lang, configuredValues(field, config)) : value;
}

/** A value that a problem names, with its label in brackets where it has one that differs: `high (Hög)`. */
export function namedValueText(value: NamedValue, lang: Lang): string {
  if (typeof value === 'string') return value;
  const label = labelOf(value, lang);
  return label !== value.value ? `${value.value} (${label})` : value.value;
}
