/** How a kind's ids are formed (register.md, "Ids"). */
export type IdForm = 'unit' | 'slug' | 'dated';

/** Crockford's base32 alphabet (no I, L, O, U), the random part of dated ids. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Length of the random part of a dated id (`INC-20261126-7QX2K`). */
export const RANDOM_ID_LENGTH = 5;

/** Longest unit id (register.md). */
export const MAX_UNIT_ID = 40;

/** Longest prefixed slug id, prefix included (register.md). */
export const MAX_SLUG_ID = 64;

/**
 * A slug from a title (register.md, "Ids"): lower case, å/ä→a, ö→o, é→e (any accent is
 * dropped), every other run of non-alphanumerics → one `-`, no `-` at either end.
 */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Cuts a slug to at most `max` characters, at a `-` when that keeps most of it, never ending in `-`. */
export function trimSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  let cut = slug.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  if (slug[max] !== '-' && lastDash >= max / 2) cut = cut.slice(0, lastDash);
  return cut.replace(/-+$/g, '');
}

/**
 * Names that Windows reserves for devices, whatever the extension (`con.yaml`): never a
 * unit id, as `unitId` in common.schema.json says (a unit test keeps the two the same).
 */
export const RESERVED_UNIT_IDS = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * A new id of a slug or unit kind from a title, unique against `taken` (compared
 * case-insensitively): the slug, else the slug with `-2`, `-3`, …, always within the
 * kind's length limit.
 */
export function slugIdFromTitle(kind: { prefix: string | null; idForm: IdForm }, title: string, taken: (id: string) => boolean): string {
  const prefix = kind.prefix ? `${kind.prefix}-` : '';
  const max = kind.idForm === 'unit' ? MAX_UNIT_ID : MAX_SLUG_ID;
  let slug = slugify(title);
  // A unit id starts with a letter; the slug of a title is never empty.
  if (kind.idForm === 'unit' && !/^[a-z]/.test(slug)) slug = slug ? `enhet-${slug}` : 'enhet';
  if (!slug) slug = 'post';
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : `-${n}`;
    const id = prefix + trimSlug(slug, max - prefix.length - suffix.length) + suffix;
    // A reserved name counts as taken: the unit "CON" gets the id `con-2`.
    if (!taken(id.toLowerCase()) && !(kind.idForm === 'unit' && RESERVED_UNIT_IDS.test(id))) return id;
  }
}

/** The random part of a dated id from random bytes (one character per byte; 256 is a multiple of 32, so it is uniform). */
export function crockfordSuffix(random: Uint8Array, length = RANDOM_ID_LENGTH): string {
  if (random.length < length) throw new RangeError(`need ${length} random bytes`);
  let out = '';
  for (let i = 0; i < length; i += 1) out += CROCKFORD_ALPHABET[(random[i] as number) % 32];
  return out;
}

/** A dated id (`INC-20261126-7QX2K`) from the record's date and random bytes; never "highest + 1". */
export function datedId(prefix: string, date: string, random: Uint8Array): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a date: ${date}`);
  return `${prefix}-${date.replace(/-/g, '')}-${crockfordSuffix(random)}`;
}
