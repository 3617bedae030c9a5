import type { AllRecords } from './record-types.js';

/**
 * The record type of each kind, as generated from its schema: every `schemas/<kind>.schema.json`
 * but config and report (scripts/generate-types.js), so a new schema is a new kind name.
 */
export type RecordTypes = { [K in Exclude<keyof AllRecords, 'config' | 'report'>]-?: NonNullable<AllRecords[K]> };

/** The name of a record kind (kinds.ts has its row; label tables import the name from here, not the table). */
export type KindName = keyof RecordTypes;
