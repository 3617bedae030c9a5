import type { SakConfig } from '../record-types.js';

/**
 * What a deadline rests on (rules.md, "basis"): the law (with its citation), a demand of a
 * governing document in the register (its id), or a choice of sak or the register (`default`).
 */
export type DeadlineBasis = { type: 'law'; source: string } | { type: 'document'; source: string } | { type: 'default' };

/** The basis of a deadline that no law and no document demands. */
export const DEFAULT_BASIS: DeadlineBasis = { type: 'default' };

/** A basis resting on the law, with its citation (e.g. "LSO 3 kap. 3 §"). */
export function lawBasis(citation: string): DeadlineBasis {
  return { type: 'law', source: citation };
}

/** The basis a record or sak.yaml writes (`default`, `{law}`, `{document}`), or undefined when it writes none or something else. */
export function parseBasis(value: unknown): DeadlineBasis | undefined {
  if (value === 'default') return DEFAULT_BASIS;
  if (typeof value !== 'object' || value === null) return undefined;
  const { law, document } = value as { law?: unknown; document?: unknown };
  if (typeof law === 'string' && law.trim() !== '') return { type: 'law', source: law.trim() };
  if (typeof document === 'string' && document !== '') return { type: 'document', source: document };
  return undefined;
}

/** The rules whose basis `sak.yaml` may set (`basis:` by rule name); the others rest on the law. */
export type ConfigurableBasisRule = keyof NonNullable<SakConfig['basis']>;

/**
 * The basis of one deadline: the record's own `basis` if it has one, else `sak.yaml`'s
 * `basis` for the rule, else `default`.
 */
export function basisFor(config: SakConfig, rule: ConfigurableBasisRule, own?: unknown): DeadlineBasis {
  return parseBasis(own) ?? parseBasis(config.basis?.[rule]) ?? DEFAULT_BASIS;
}
