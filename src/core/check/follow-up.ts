import { indexById } from '../model.js';
import type { AnyRecord, RegisterData } from '../model.js';
import { matrixSize } from '../risk.js';
import type { DeadlineItem } from './deadline-item.js';
import { answeringControls } from './control-demand.js';
import { findingDuty } from './finding-duty.js';
import type { RuleName } from './rules.js';

/** A placeholder of a follow-up command, for the user to fill in: a date, a unit, or one of some values. */
export type Placeholder = { placeholder: 'date' } | { placeholder: 'unit' } | { placeholder: 'choice'; values: readonly string[] };

/** One word of a `sak` command line: literal text, a placeholder the renderer words in the language, or parts of one word (`adopted.date=` and a date). */
export type CommandWord = string | Placeholder | readonly (string | Placeholder)[];

/** What a follow-up command is made from: the item, the register and its records by id. */
interface FollowUpContext {
  item: DeadlineItem;
  register: RegisterData;
  record: AnyRecord | undefined;
  /** The evaluation date. */
  at: string;
}

const date: Placeholder = { placeholder: 'date' };
const steps = (n: number): Placeholder => ({ placeholder: 'choice', values: Array.from({ length: n }, (_, i) => String(i + 1)) });

/** `sak review CTL-… --result ok|deviations`: an execution of a control, the first of those a demand counts for a unit. */
function reviewControl(id: string): CommandWord[] {
  return ['sak', 'review', id, '--result', { placeholder: 'choice', values: ['ok', 'deviations'] }];
}

function documentFollowUp({ item, record }: FollowUpContext): CommandWord[] {
  const doc = record?.kind === 'document' ? record.data : undefined;
  // Never adopted, or a draft: what discharges it is the adoption itself.
  if (doc && ((doc.adopted === undefined && (doc.reviews ?? []).length === 0) || doc.status === 'draft')) {
    return ['sak', 'set', item.id, ['adopted.date=', date], ...(doc.status === 'draft' ? ['status=active'] : [])];
  }
  return ['sak', 'review', item.id, '--outcome', doc?.review === 'readopt' ? 'readopted' : 'confirmed'];
}

function riskAssessment({ item, register }: FollowUpContext): CommandWord[] {
  const size = matrixSize(register.config);
  return ['sak', 'review', item.id, '--likelihood', steps(size.likelihood), '--consequence', steps(size.consequence)];
}

/**
 * The command that records what discharges an item of each rule (rules.md): the follow-up,
 * the closing, the report or the decision. One entry per rule, so a new rule must say its own.
 */
const FOLLOW_UPS: Record<RuleName, (c: FollowUpContext) => CommandWord[]> = {
  'document-review': documentFollowUp,
  'document-lso': ({ item }) => ['sak', 'review', item.id, '--outcome', 'readopted'],
  'risk-review': riskAssessment,
  'risk-unassessed': riskAssessment,
  // An open action linked to the risk discharges it (either side of the link counts).
  'risk-untreated': ({ item }) => ['sak', 'add', 'action', '--links', item.id],
  'control-due': ({ item }) => reviewControl(item.id),
  'finding-unreported': ({ item, register }) => {
    const at = (item.ref ?? '').split('/').filter(Boolean).join('.');
    const to = findingDuty(register.config).reportTo;
    const recipients: CommandWord = to.length > 0 ? `${at}.reported.to=[${to.join(', ')}]` : [`${at}.reported.to=[`, { placeholder: 'unit' }, ']'];
    return ['sak', 'set', item.id, [`${at}.reported.date=`, date], recipients];
  },
  'action-due': ({ item }) => ['sak', 'close', item.id],
  'incident-open': ({ item }) => ['sak', 'close', item.id],
  'incident-authority': ({ item }) => ['sak', 'review', item.id, '--reported-to', item.authority ?? '', ...(item.stage !== undefined ? ['--stage', item.stage] : [])],
  training: ({ item }) => ['sak', 'add', 'exercise', ...(item.topic !== undefined ? ['--topic', item.topic] : []), '--units', item.id],
  'control-demand': ({ item, register }) => {
    const demand = (register.config.control_demands ?? []).find((d) => d.id === item.demand);
    const control = demand ? answeringControls(register, demand, item.id)[0] : undefined;
    return control ? reviewControl(control.id) : ['sak', 'add', 'control', '--demand', item.demand ?? '', '--unit', item.id];
  },
  'site-fire': ({ item }) => ['sak', 'review', item.id, '--fire', { placeholder: 'choice', values: ['adequate', 'deficient'] }],
  'site-intrusion': ({ item }) => ['sak', 'review', item.id, '--intrusion', { placeholder: 'choice', values: ['adequate', 'deficient'] }],
  // A decision to let it end closes it; a prolongation sets the new end.
  'agreement-end': ({ item, record, at }) => {
    const end = record?.kind === 'agreement' ? record.data.end : undefined;
    return typeof end === 'string' && end < at ? ['sak', 'close', item.id] : ['sak', 'set', item.id, ['end=', date]];
  },
  'agreement-review': ({ item }) => ['sak', 'review', item.id, '--result', { placeholder: 'choice', values: ['ok', 'deviations'] }],
  'grant-report': ({ item }) => ['sak', 'set', item.id, ['grant.reported=', date]],
};

/**
 * The `sak` command that records the follow-up an overdue or due item asks for (`sak review
 * DOC-… --outcome confirmed`), as words; undefined for an item that is fine.
 */
export function followUpCommand(item: DeadlineItem, register: RegisterData, at: string): CommandWord[] | undefined {
  if (item.status === 'ok') return undefined;
  return FOLLOW_UPS[item.rule]({ item, register, record: indexById(register).get(item.id), at });
}
