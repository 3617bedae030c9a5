// The shapes a control demand's check item and message share (rule `control-demand`), kept
// apart from the rule so that the message catalogue can name them without importing it.

/** A calendar period of whole months: first and last day. */
export interface DemandPeriod {
  from: string;
  to: string;
}

/** The basis of a demand as its check item and message name it. */
export type DemandBasis = { type: 'document'; id: string; title: string | null } | { type: 'law'; citation: string } | { type: 'default' };
