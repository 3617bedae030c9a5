// Generated from schemas/*.schema.json by scripts/generate-types.js. Do not edit.

export type Tags = string[];
export type Links = string[];
export type Areas = (
  | 'crime_prevention'
  | 'safety_promotion'
  | 'physical_security'
  | 'fire_safety'
  | 'information_security'
  | 'personnel_security'
  | 'accident_prevention'
  | 'public_spaces'
  | 'protective_security'
  | 'crisis_preparedness'
  | 'civil_defence'
  | 'internal_protection'
)[];
/**
 * What a deadline rests on: `default` (an interval or date that sak or the register chose, demanded by no document), `{law: citation}` (e.g. "LSO 3 kap. 3 §"), or `{document: id}` (a demand of a governing document in the register). With both, the law is the basis.
 */
export type Basis = (
  | 'default'
  | {
      /**
       * The citation: act, chapter and section.
       */
      law?: string;
      /**
       * The id of a document record.
       */
      document?: string;
    }
) & {
  /**
   * The citation: act, chapter and section.
   */
  law?: string;
  /**
   * The id of a document record.
   */
  document?: string;
};
export type ExtraValues = {
  id: string;
  label: string;
  label_en?: string;
}[];
/**
 * What a deadline rests on: `default` (an interval or date that sak or the register chose, demanded by no document), `{law: citation}` (e.g. "LSO 3 kap. 3 §"), or `{document: id}` (a demand of a governing document in the register). With both, the law is the basis.
 */
export type Basis1 = (
  | 'default'
  | {
      /**
       * The citation: act, chapter and section.
       */
      law?: string;
      /**
       * The id of a document record.
       */
      document?: string;
    }
) & {
  /**
   * The citation: act, chapter and section.
   */
  law?: string;
  /**
   * The id of a document record.
   */
  document?: string;
};

export interface AllRecords {
  unit?: UnitRecord;
  site?: SiteRecord;
  requirement?: RequirementRecord;
  document?: DocumentRecord;
  risk?: RiskRecord;
  control?: ControlRecord;
  action?: ActionRecord;
  incident?: IncidentRecord;
  exercise?: ExerciseRecord;
  agreement?: AgreementRecord;
  config?: SakConfig;
  report?: ReportDocumentFile;
}
/**
 * An organisational unit: nämnd, förvaltning, bolag, förbund, skola or a role. File: units/<id>.yaml.
 */
export interface UnitRecord {
  id: string;
  /**
   * A short title, one line.
   */
  title: string;
  /**
   * Free text; Markdown allowed in description and notes.
   */
  notes?: string;
  tags?: Tags;
  links?: Links;
  /**
   * KLASSA confidentiality level: 0 none, 1 moderate (default), 2 significant, 3 serious. Level 4 (säkerhetsskydd) never belongs here.
   */
  classification?: number;
  type:
    | 'council'
    | 'executive_board'
    | 'committee'
    | 'department'
    | 'federation'
    | 'company'
    | 'joint_committee'
    | 'school'
    | 'team'
    | 'role';
  short?: string;
  /**
   * The id of a unit record.
   */
  parent?: string;
  responsible?: string;
  status?: 'active' | 'inactive';
  /**
   * The day the record was entered in the register (sak add writes today). The report counts a record in a comparison period only from the day it is known to have existed.
   */
  created?: string;
  source?: ImportSource;
}
/**
 * Where an imported record came from (sak import): the file's name, the row's key (the value of the --key column, or a hash of the row) and its row number. Importing the same file again finds the record by it instead of making a new one.
 */
export interface ImportSource {
  file: string;
  key: string;
  row?: number;
}
/**
 * A building or premises (fastighet, lokal). File: sites/SITE-<slug>.yaml.
 */
export interface SiteRecord {
  id: string;
  /**
   * A short title, one line.
   */
  title: string;
  /**
   * Free text; Markdown allowed in description and notes.
   */
  notes?: string;
  tags?: Tags;
  links?: Links;
  /**
   * KLASSA confidentiality level: 0 none, 1 moderate (default), 2 significant, 3 serious. Level 4 (säkerhetsskydd) never belongs here.
   */
  classification?: number;
  address?: string;
  /**
   * The id of a unit record.
   */
  owner?: string;
  used_by?: string[];
  type?: 'school' | 'office' | 'care' | 'culture' | 'sports' | 'technical' | 'housing' | 'other';
  fire_protection?: {
    status: 'adequate' | 'deficient' | 'unknown';
    /**
     * A calendar date, YYYY-MM-DD.
     */
    assessed?: string;
    note?: string;
  };
  intrusion_protection?: {
    status: 'adequate' | 'deficient' | 'unknown';
    /**
     * A calendar date, YYYY-MM-DD.
     */
    assessed?: string;
    alarm?: boolean;
    note?: string;
  };
  /**
   * A calendar date, YYYY-MM-DD.
   */
  created?: string;
  source?: ImportSource;
}
/**
 * A law, ordinance, regulation or standard (författningskrav). File: requirements/REQ-<slug>.yaml.
 */
export interface RequirementRecord {
  id: string;
  /**
   * A short title, one line.
   */
  title: string;
  /**
   * Free text; Markdown allowed in description and notes.
   */
  notes?: string;
  tags?: Tags;
  links?: Links;
  /**
   * KLASSA confidentiality level: 0 none, 1 moderate (default), 2 significant, 3 serious. Level 4 (säkerhetsskydd) never belongs here.
   */
  classification?: number;
  type: 'law' | 'ordinance' | 'regulation' | 'directive' | 'standard' | 'local_rule' | 'other';
  reference?: string;
  areas?: Areas;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  in_force?: string;
  url?: string;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  created?: string;
  source?: ImportSource;
}
/**
 * A governing document (styrdokument). File: documents/DOC-<slug>.yaml.
 */
export interface DocumentRecord {
  id: string;
  /**
   * A short title, one line.
   */
  title: string;
  /**
   * Free text; Markdown allowed in description and notes.
   */
  notes?: string;
  tags?: Tags;
  links?: Links;
  /**
   * KLASSA confidentiality level: 0 none, 1 moderate (default), 2 significant, 3 serious. Level 4 (säkerhetsskydd) never belongs here.
   */
  classification?: number;
  type:
    | 'policy'
    | 'guideline'
    | 'plan'
    | 'action_programme'
    | 'routine'
    | 'strategy'
    | 'local_regulation'
    | 'risk_analysis'
    | 'preparedness_plan'
    | 'other';
  /**
   * The id of a unit record.
   */
  owner: string;
  areas?: Areas;
  adopted?: {
    /**
     * A date known perhaps only by year or month: YYYY-MM-DD, YYYY-MM or YYYY.
     */
    date: string | number;
    /**
     * The id of a unit record.
     */
    body?: string;
    paragraph?: string;
    dnr?: string;
  };
  /**
   * How the document is followed up: mandate (at least once per mandate period), readopt (adopted anew by a decision in each new mandate period), an ISO 8601 duration, or none.
   */
  review?: ('mandate' | 'readopt' | 'none') | string;
  /**
   * An ISO 8601 duration of years, months, weeks and days, such as P1Y, P6M, P90D; each part at most a hundred years (P100Y, P1200M, P5200W, P36500D).
   */
  review_within?: string;
  basis?: Basis;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  next_review?: string;
  reviews?: {
    /**
     * A date known perhaps only by year or month: YYYY-MM-DD, YYYY-MM or YYYY.
     */
    date: string | number;
    outcome: 'confirmed' | 'revised' | 'readopted';
    by?: string;
    /**
     * The id of a unit record.
     */
    body?: string;
    paragraph?: string;
    dnr?: string;
    note?: string;
    /**
     * A calendar date, YYYY-MM-DD.
     */
    next_review?: string;
  }[];
  requirements?: string[];
  applies_to?: string[];
  status?: 'draft' | 'active' | 'under_revision' | 'repealed';
  /**
   * The id of a document record.
   */
  replaces?: string;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  created?: string;
  source?: ImportSource;
}
/**
 * A risk of the risk and vulnerability analysis (RSA). File: risks/RSK-<slug>.yaml.
 */
export interface RiskRecord {
  id: string;
  /**
   * A short title, one line.
   */
  title: string;
  /**
   * Free text; Markdown allowed in description and notes.
   */
  notes?: string;
  tags?: Tags;
  links?: Links;
  /**
   * KLASSA confidentiality level: 0 none, 1 moderate (default), 2 significant, 3 serious. Level 4 (säkerhetsskydd) never belongs here.
   */
  classification?: number;
  /**
   * The id of a unit record.
   */
  owner: string;
  area:
    | 'crime_prevention'
    | 'safety_promotion'
    | 'physical_security'
    | 'fire_safety'
    | 'information_security'
    | 'personnel_security'
    | 'accident_prevention'
    | 'public_spaces'
    | 'protective_security'
    | 'crisis_preparedness'
    | 'civil_defence'
    | 'internal_protection';
  /**
   * Free text; Markdown allowed in description and notes.
   */
  description?: string;
  causes?: string[];
  vulnerabilities?: string[];
  consequences?: string[];
  assessments?: {
    /**
     * A calendar date, YYYY-MM-DD.
     */
    date: string;
    /**
     * 1 to N, the likelihood steps of risk_matrix in sak.yaml (default 5).
     */
    likelihood: number;
    /**
     * 1 to M, the consequence steps of risk_matrix in sak.yaml (default 5).
     */
    consequence: number;
    by?: string;
    note?: string;
  }[];
  treatment?: 'reduce' | 'accept' | 'transfer' | 'avoid';
  actions?: string[];
  /**
   * An ISO 8601 duration of years, months, weeks and days, such as P1Y, P6M, P90D; each part at most a hundred years (P100Y, P1200M, P5200W, P36500D).
   */
  review?: string;
  basis?: Basis;
  status?: 'active' | 'closed';
  /**
   * A calendar date, YYYY-MM-DD.
   */
  created?: string;
  source?: ImportSource;
}
/**
 * An internal control and its executions (internkontroll). File: controls/CTL-<slug>.yaml.
 */
export interface ControlRecord {
  id: string;
  /**
   * A short title, one line.
   */
  title: string;
  /**
   * Free text; Markdown allowed in description and notes.
   */
  notes?: string;
  tags?: Tags;
  links?: Links;
  /**
   * KLASSA confidentiality level: 0 none, 1 moderate (default), 2 significant, 3 serious. Level 4 (säkerhetsskydd) never belongs here.
   */
  classification?: number;
  /**
   * The id of a unit record.
   */
  unit: string;
  area:
    | 'crime_prevention'
    | 'safety_promotion'
    | 'physical_security'
    | 'fire_safety'
    | 'information_security'
    | 'personnel_security'
    | 'accident_prevention'
    | 'public_spaces'
    | 'protective_security'
    | 'crisis_preparedness'
    | 'civil_defence'
    | 'internal_protection';
  /**
   * An ISO 8601 duration of years, months, weeks and days, such as P1Y, P6M, P90D; each part at most a hundred years (P100Y, P1200M, P5200W, P36500D).
   */
  frequency: string;
  basis?: Basis;
  /**
   * The id of the control_demands entry of sak.yaml that this control answers; unit is the unit it covers.
   */
  demand?: string;
  /**
   * Free text; Markdown allowed in description and notes.
   */
  description?: string;
  method?: string;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  start?: string;
  risks?: string[];
  documents?: string[];
  status?: 'active' | 'retired';
  performed?: {
    /**
     * A calendar date, YYYY-MM-DD.
     */
    date: string;
    result: 'ok' | 'deviations' | 'not_performed';
    by?: string;
    note?: string;
    findings?: {
      severity: 'low' | 'medium' | 'high' | 'serious';
      description: string;
      reported?: {
        /**
         * A calendar date, YYYY-MM-DD.
         */
        date: string;
        /**
         * @minItems 1
         */
        to: [string, ...string[]];
      };
      /**
       * The id of a action record.
       */
      action?: string;
    }[];
  }[];
  /**
   * A calendar date, YYYY-MM-DD.
   */
  created?: string;
  source?: ImportSource;
}
/**
 * An action or goal of the action plan (åtgärd). File: actions/ACT-<slug>.yaml.
 */
export interface ActionRecord {
  id: string;
  /**
   * A short title, one line.
   */
  title: string;
  /**
   * Free text; Markdown allowed in description and notes.
   */
  notes?: string;
  tags?: Tags;
  links?: Links;
  /**
   * KLASSA confidentiality level: 0 none, 1 moderate (default), 2 significant, 3 serious. Level 4 (säkerhetsskydd) never belongs here.
   */
  classification?: number;
  /**
   * The id of a unit record.
   */
  owner: string;
  status: 'planned' | 'in_progress' | 'done' | 'cancelled';
  /**
   * A calendar date, YYYY-MM-DD.
   */
  due?: string;
  basis?: Basis;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  start?: string;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  done?: string;
  goal?: string;
  /**
   * Free text; Markdown allowed in description and notes.
   */
  description?: string;
  progress?: {
    /**
     * A calendar date, YYYY-MM-DD.
     */
    date: string;
    percent?: number;
    note?: string;
  }[];
  /**
   * A calendar date, YYYY-MM-DD.
   */
  created?: string;
  source?: ImportSource;
}
/**
 * An incident or damage report (skade- och incidentrapport, KIA). File: incidents/<YYYY>/INC-YYYYMMDD-XXXXX.yaml.
 */
export interface IncidentRecord {
  id: string;
  /**
   * A short title, one line.
   */
  title: string;
  /**
   * Free text; Markdown allowed in description and notes.
   */
  notes?: string;
  tags?: Tags;
  links?: Links;
  /**
   * KLASSA confidentiality level: 0 none, 1 moderate (default), 2 significant, 3 serious. Level 4 (säkerhetsskydd) never belongs here.
   */
  classification?: number;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  date: string;
  /**
   * A time of day, HH:MM.
   */
  time?: string;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  reported?: string;
  /**
   * The id of a unit record.
   */
  unit: string;
  /**
   * The id of a site record.
   */
  site?: string;
  location?: string;
  /**
   * A built-in category or one listed under incident_categories in sak.yaml.
   */
  category: string;
  severity: 'low' | 'medium' | 'high' | 'serious';
  status: 'open' | 'investigating' | 'closed';
  /**
   * Free text; Markdown allowed in description and notes.
   */
  description?: string;
  injured?: number;
  cost_sek?: number;
  police_report?: boolean;
  /**
   * A personal-data breach (GDPR art. 4.12): the report to IMY is due within 72 hours (GDPR art. 33).
   */
  personal_data_breach?: boolean;
  kia?: {
    type: 'accident' | 'commuting_accident' | 'occupational_disease' | 'near_miss' | 'risk_observation';
    ref?: string;
  };
  reported_to?: {
    authority:
      | 'work_environment_authority'
      | 'police'
      | 'imy'
      | 'csirt'
      | 'county_board'
      | 'insurance'
      | 'rescue_service'
      | 'other';
    /**
     * A calendar date, YYYY-MM-DD.
     */
    date: string;
    /**
     * Which report of a staged duty this is (the cybersecurity act: early warning, incident notification, final report).
     */
    stage?: 'early_warning' | 'notification' | 'final_report';
  }[];
  risks?: string[];
  actions?: string[];
  /**
   * A calendar date, YYYY-MM-DD.
   */
  closed?: string;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  created?: string;
  source?: ImportSource;
}
/**
 * A training session or drill (utbildning, övning). File: exercises/<YYYY>/EXR-YYYYMMDD-XXXXX.yaml.
 */
export interface ExerciseRecord {
  id: string;
  /**
   * A short title, one line.
   */
  title: string;
  /**
   * Free text; Markdown allowed in description and notes.
   */
  notes?: string;
  tags?: Tags;
  links?: Links;
  /**
   * KLASSA confidentiality level: 0 none, 1 moderate (default), 2 significant, 3 serious. Level 4 (säkerhetsskydd) never belongs here.
   */
  classification?: number;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  date: string;
  /**
   * training (utbildning), drill (övning), or meeting (a workplace meeting or management meeting with security on the agenda: arbetsplatsträff, ledningsgruppsmöte).
   */
  type: 'training' | 'drill' | 'meeting';
  /**
   * A built-in topic or one listed under exercise_topics in sak.yaml.
   */
  topic: string;
  /**
   * @minItems 1
   */
  units: [string, ...string[]];
  participants?: number;
  hours?: number;
  evaluation?: string;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  created?: string;
  source?: ImportSource;
}
/**
 * An agreement (avtal): with a supplier, a cooperation with another body, a personal-data processing agreement, a security-protection agreement (säkerhetsskyddsavtal) or a grant. File: agreements/AGR-<slug>.yaml.
 */
export interface AgreementRecord {
  id: string;
  /**
   * A short title, one line.
   */
  title: string;
  /**
   * Free text; Markdown allowed in description and notes.
   */
  notes?: string;
  tags?: Tags;
  links?: Links;
  /**
   * KLASSA confidentiality level: 0 none, 1 moderate (default), 2 significant, 3 serious. Level 4 (säkerhetsskydd) never belongs here.
   */
  classification?: number;
  type: 'supplier' | 'cooperation' | 'data_processing' | 'security_protection' | 'grant';
  /**
   * The id of a unit record.
   */
  owner: string;
  basis?: Basis;
  /**
   * The other party by name (a company, an authority, a kommunalförbund).
   */
  counterparty?: string;
  /**
   * True when the counterparty is a public body (an authority, a municipality, a kommunalförbund): a public report may then name the agreement.
   */
  counterparty_public?: boolean;
  /**
   * The municipality's own units that are party to the agreement.
   */
  parties?: string[];
  /**
   * planned: an agreement the municipality intends to make (a governing document plans it) but has not signed; active: in force; ended: ended or terminated (not followed up).
   */
  status?: 'planned' | 'active' | 'ended';
  /**
   * A calendar date, YYYY-MM-DD.
   */
  start?: string;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  end?: string;
  /**
   * An ISO 8601 duration of years, months, weeks and days, such as P1Y, P6M, P90D; each part at most a hundred years (P100Y, P1200M, P5200W, P36500D).
   */
  notice?: string;
  procurement?: {
    dnr?: string;
    /**
     * A calendar date, YYYY-MM-DD.
     */
    date?: string;
    /**
     * Whether the procurement set security requirements.
     */
    security_requirements?: boolean;
  };
  requirements?: string[];
  /**
   * How often the requirements of the agreement are followed up: an ISO 8601 duration, or none.
   */
  review?: 'none' | string;
  /**
   * Follow-ups of the requirements in the agreement, like the executions of a control.
   */
  followups?: {
    /**
     * A calendar date, YYYY-MM-DD.
     */
    date: string;
    result: 'ok' | 'deviations';
    by?: string;
    note?: string;
    findings?: {
      severity: 'low' | 'medium' | 'high' | 'serious';
      description: string;
    }[];
  }[];
  /**
   * A grant agreement: the authority that grants it, the amount, and when the report on its use is due.
   */
  grant?: {
    authority?: string;
    amount_sek?: number;
    /**
     * A calendar date, YYYY-MM-DD.
     */
    report_due?: string;
    /**
     * A calendar date, YYYY-MM-DD.
     */
    reported?: string;
  };
  source?: ImportSource;
}
/**
 * The configuration of a sak register.
 */
export interface SakConfig {
  format: 1;
  municipality: string;
  locale?: 'sv' | 'en';
  /**
   * The risk matrix: likelihood N × consequence M steps (each 3–6; default 5 × 5) and the scores where the levels medium, high and critical start (score = likelihood × consequence).
   */
  risk_matrix?: {
    /**
     * The likelihood scale: its number of steps (3–6), or a label for each step, lowest first (the number of labels is the number of steps). Default: 5 steps with the labels of register.md.
     */
    likelihood?:
      | number
      | [string, string, string]
      | [string, string, string, string]
      | [string, string, string, string, string]
      | [string, string, string, string, string, string];
    /**
     * The consequence scale: its number of steps (3–6), or a label for each step, lowest first (the number of labels is the number of steps). Default: 5 steps with the labels of register.md.
     */
    consequence?:
      | number
      | [string, string, string]
      | [string, string, string, string]
      | [string, string, string, string, string]
      | [string, string, string, string, string, string];
    levels?: {
      medium: number;
      high: number;
      critical: number;
    };
  };
  /**
   * An ISO 8601 duration of years, months, weeks and days, such as P1Y, P6M, P90D; each part at most a hundred years (P100Y, P1200M, P5200W, P36500D).
   */
  risk_review?: string;
  incident_open_days?: number;
  incident_categories?: ExtraValues;
  exercise_topics?: ExtraValues;
  training?: {
    topic: string;
    unit_type?:
      | 'council'
      | 'executive_board'
      | 'committee'
      | 'department'
      | 'federation'
      | 'company'
      | 'joint_committee'
      | 'school'
      | 'team'
      | 'role';
    /**
     * Unit ids the demand applies to, instead of or besides unit_type.
     *
     * @minItems 1
     */
    units?: [string, ...string[]];
    /**
     * The exercise types that count (default: all). E.g. [drill] for "every school shall have drilled", [meeting] for "security on every workplace meeting".
     *
     * @minItems 1
     */
    types?: ['training' | 'drill' | 'meeting', ...('training' | 'drill' | 'meeting')[]];
    /**
     * An ISO 8601 duration of years, months, weeks and days, such as P1Y, P6M, P90D; each part at most a hundred years (P100Y, P1200M, P5200W, P36500D).
     */
    every: string;
    /**
     * A calendar date, YYYY-MM-DD.
     */
    first_due?: string;
    note?: string;
    basis?: Basis;
  }[];
  /**
   * Controls demanded of every unit in a scope (internkontroll per förvaltning); sak check follows each unit up (rule control-demand).
   */
  control_demands?: {
    /**
     * The demand's id, which controls name in their demand field.
     */
    id: string;
    /**
     * A short title, one line.
     */
    title: string;
    area:
      | 'crime_prevention'
      | 'safety_promotion'
      | 'physical_security'
      | 'fire_safety'
      | 'information_security'
      | 'personnel_security'
      | 'accident_prevention'
      | 'public_spaces'
      | 'protective_security'
      | 'crisis_preparedness'
      | 'civil_defence'
      | 'internal_protection';
    /**
     * Every active unit of this type is in scope.
     */
    unit_type?:
      | 'council'
      | 'executive_board'
      | 'committee'
      | 'department'
      | 'federation'
      | 'company'
      | 'joint_committee'
      | 'school'
      | 'team'
      | 'role';
    /**
     * These units are in scope (besides those of unit_type).
     *
     * @minItems 1
     */
    units?: [string, ...string[]];
    /**
     * A control of one of a unit's ancestors (parent, its parent, …) answers for the unit too.
     */
    inherit?: boolean;
    /**
     * An ISO 8601 duration of years, months, weeks and days, such as P1Y, P6M, P90D; each part at most a hundred years (P100Y, P1200M, P5200W, P36500D).
     */
    every: string;
    /**
     * A calendar date, YYYY-MM-DD.
     */
    first_due?: string;
    method: 'reconciliation' | 'survey' | 'access_review' | 'sam_followup' | 'inspection' | 'other';
    basis?: Basis;
    /**
     * A unit that compiles the units' results centrally after each period.
     */
    compiled_by?: string;
    /**
     * Free text; Markdown allowed in description and notes.
     */
    description?: string;
    note?: string;
  }[];
  /**
   * Duties to report incidents to authorities. An entry naming an authority with a built-in duty (work_environment_authority, imy, csirt) changes or, with off: true, removes it; any other authority adds a local duty, which needs when and within.
   */
  reporting?: {
    authority:
      | 'work_environment_authority'
      | 'police'
      | 'imy'
      | 'csirt'
      | 'county_board'
      | 'insurance'
      | 'rescue_service'
      | 'other';
    /**
     * Only this report of a staged duty (csirt).
     */
    stage?: 'early_warning' | 'notification' | 'final_report';
    /**
     * true switches the built-in duty to this authority off.
     */
    off?: boolean;
    /**
     * Which incidents the duty applies to; every condition given must hold.
     */
    when?: {
      /**
       * @minItems 1
       */
      categories?: [string, ...string[]];
      /**
       * @minItems 1
       */
      severities?: ['low' | 'medium' | 'high' | 'serious', ...('low' | 'medium' | 'high' | 'serious')[]];
      /**
       * A yes/no field of the incident that must be true.
       */
      flag?: 'personal_data_breach' | 'police_report';
    };
    /**
     * An ISO 8601 duration of years, months, weeks and days, such as P1Y, P6M, P90D; each part at most a hundred years (P100Y, P1200M, P5200W, P36500D).
     */
    within?: string;
    basis?: Basis1;
    note?: string;
  }[];
  /**
   * What the deadlines of each rule rest on when a record does not say (rules.md): by rule name. Without an entry a rule's deadlines are `default`; `document-lso` and the built-in reporting duties of `incident-authority` rest on the law (for incident-authority the entry applies to local duties only).
   */
  basis?: {
    'document-review'?: Basis;
    'risk-review'?: Basis;
    'risk-unassessed'?: Basis;
    'risk-untreated'?: Basis;
    'control-due'?: Basis;
    'finding-unreported'?: Basis;
    'action-due'?: Basis;
    'incident-open'?: Basis;
    'incident-authority'?: Basis;
    training?: Basis;
    'site-fire'?: Basis;
    'site-intrusion'?: Basis;
    'agreement-end'?: Basis;
    'agreement-review'?: Basis;
    'grant-report'?: Basis;
  };
  /**
   * Serious findings of internal control: the units that must receive every report (reported.to), and how soon after the control (ISO 8601 duration; default P1D, "omgående"). Without report_to a finding counts as reported when its report names at least one unit.
   */
  findings?: {
    /**
     * @minItems 1
     */
    report_to?: [string, ...string[]];
    /**
     * An ISO 8601 duration of years, months, weeks and days, such as P1Y, P6M, P90D; each part at most a hundred years (P100Y, P1200M, P5200W, P36500D).
     */
    within?: string;
  };
  git?: {
    commit?: boolean;
  };
  /**
   * How the report looks (HTML, PDF and Word): the municipality's logo, colour and font. Without it the report is neutral.
   */
  report?: {
    /**
     * The logo, a PNG or JPEG file in the register (path relative to sak.yaml, / as separator), at most 1 MiB; shown at the top of the title block.
     */
    logo?: string;
    /**
     * The accent colour of headings and rules, #rrggbb.
     */
    colour?: string;
    /**
     * The font family of the text (a font installed where the report is printed or opened, e.g. Arial); a generic sans-serif follows it.
     */
    font?: string;
  };
}
/**
 * The metadata of a report as a municipal document (diarienummer, date, author, recipient, proposed decision). The Markdown files beside it (summary.md, incidents.md, …, outlook.md) hold the coordinator's own text, written for publication.
 */
export interface ReportDocumentFile {
  /**
   * A short title, one line.
   */
  title?: string;
  /**
   * The diarienummer of the case the report belongs to, as the case management writes it (e.g. KS 2026/123).
   */
  dnr?: string;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  date?: string;
  /**
   * Who wrote the report (name and role, or the role only).
   */
  author?: string;
  /**
   * Who the report goes to, e.g. Kommunfullmäktige.
   */
  recipient?: string;
  /**
   * Förslag till beslut: the proposed decision, one point per item.
   *
   * @minItems 1
   */
  proposal?: [string, ...string[]];
}
