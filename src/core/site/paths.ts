// Where each page of `sak site` lives, relative to the site's root. One place, so the site,
// its links and `sak check --format ics --site-url` agree.
import type { KindName } from '../kinds.js';

/** The page of a record: a unit's page is its "what is ours" page, every other record has its own. */
export function recordPagePath(kind: KindName, id: string): string {
  return kind === 'unit' ? `units/${id}.html` : `records/${id}.html`;
}

/** The list page of a kind, sorted by a column (`id` is the default page). */
export function kindListPath(kind: KindName, sort = 'id'): string {
  return sort === 'id' ? `lists/${kind}.html` : `lists/${kind}-by-${sort}.html`;
}

/** The calendar of a unit's deadlines. */
export function unitCalendarPath(id: string): string {
  return `units/${id}.ics`;
}

/** The calendar of every deadline. */
export const SITE_CALENDAR_PATH = 'deadlines.ics';

/**
 * An absolute address under a site's base URL (`https://x.example/sak` + `records/A.html`),
 * or undefined without a base. The base is an http(s) URL (checked by the command).
 */
export function siteUrl(base: string | undefined, rel: string): string | undefined {
  if (base === undefined) return undefined;
  return `${base.replace(/\/+$/, '')}/${rel}`;
}

/** The way from a page back to the site's root (`../` per folder level), for relative links that work from file:// and a sub-path. */
export function rootPrefix(pagePath: string): string {
  return '../'.repeat(pagePath.split('/').length - 1);
}
