/** The classification that marks a record as explicitly public (KLASSA level 0). */
export const EXPLICITLY_PUBLIC = 0;
