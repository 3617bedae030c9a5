import { isValidDate } from '../calendar/date.js';
import { recordsOf } from '../model.js';
import { compareStrings } from '../problem.js';
import type { SiteRecord } from '../record-types.js';
import type { BuildContext } from './context.js';
import type { Protection, SiteSection } from './model.js';
import type { Visibility } from './visibility.js';
import { valueWording } from './wording.js';

type ProtectionStatus = 'adequate' | 'deficient' | 'unknown';

function protection(block: SiteRecord['fire_protection'], ctx: BuildContext, vis: Visibility): Protection {
  const status: ProtectionStatus = block?.status ?? 'unknown';
  // An assessment dated after the status date did not exist then.
  const assessed = block && isValidDate(block.assessed) && block.assessed <= ctx.at ? block.assessed : null;
  return { status, status_label: valueWording('protection_status', status), assessed, ...vis.text('note', block?.note) };
}

/** Section 9: fire and intrusion protection of every site (its current status; assessments after the status date are not shown). */
export function buildSites(ctx: BuildContext): SiteSection {
  const { vis } = ctx;
  const sites = recordsOf(ctx.register, 'site');
  const tally = (field: 'fire_protection' | 'intrusion_protection'): SiteSection['fire'] => {
    const counts = { adequate: 0, deficient: 0, unknown: 0 };
    for (const { data } of sites) counts[data[field]?.status ?? 'unknown'] += 1;
    return counts;
  };
  const isDeficient = (site: SiteRecord): boolean => site.fire_protection?.status === 'deficient' || site.intrusion_protection?.status === 'deficient';
  const list = sites
    .filter((s) => vis.shows(s))
    .sort((a, b) => compareStrings(a.id, b.id))
    .map(({ id, data }) => ({
      id,
      title: data.title,
      type: data.type ?? null,
      type_label: data.type ? valueWording('site_type', data.type) : null,
      fire: protection(data.fire_protection, ctx, vis),
      intrusion: { ...protection(data.intrusion_protection, ctx, vis), alarm: typeof data.intrusion_protection?.alarm === 'boolean' ? data.intrusion_protection.alarm : null },
      deficient: isDeficient(data),
      ...vis.text('address', data.address),
    }));
  const deficientCount = sites.filter((s) => isDeficient(s.data)).length;
  const deficientListed = list.filter((s) => s.deficient).length;
  return {
    total: sites.length,
    fire: tally('fire_protection'),
    intrusion: tally('intrusion_protection'),
    deficient_count: deficientCount,
    list,
    deficient_listed: deficientListed,
    deficient_unlisted: deficientCount - deficientListed,
  };
}
