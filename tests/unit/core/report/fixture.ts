// Loads the fictitious report fixture (tests/fixtures/report/basic) and builds models of it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportOptions } from '../../../../src/core/report/build.js';
import { buildReportModel } from '../../../../src/render/report-model.js';
import type { Audience, ReportModel } from '../../../../src/core/report/model.js';
import { yearPeriod } from '../../../../src/core/report/period.js';
import type { RegisterData } from '../../../../src/core/model.js';
import type { Lang } from '../../../../src/i18n/lang.js';
import { readRegister } from '../../../../src/store/read-register.js';

/** The repository root. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
/** The fixture register of the report tests. */
export const BASIC = path.join(REPO, 'tests', 'fixtures', 'report', 'basic');
/** The source every unit test reports (no git is read in unit tests). */
export const SOURCE = { commit: 'abc1234', dirty: false } as const;

const loaded = new Map<string, Promise<RegisterData>>();

/** The fixture's register data, read once per root (without the cache, so nothing is written). */
export function loadFixture(root = BASIC): Promise<RegisterData> {
  let data = loaded.get(root);
  if (!data) {
    data = readRegister(root, { at: '2026-11-26', cache: false, version: 'test' }).then((read) => {
      const errors = read.problems.filter((p) => p.severity === 'error');
      if (errors.length > 0) throw new Error(`fixture ${root} is invalid: ${JSON.stringify(errors)}`);
      return read.data;
    });
    loaded.set(root, data);
  }
  return data;
}

/** The model of the fixture for 2026 (or other options). */
export async function fixtureModel(options: Partial<ReportOptions> & { audience?: Audience; lang?: Lang } = {}): Promise<ReportModel> {
  return buildReportModel(await loadFixture(), { period: yearPeriod(2026), audience: 'public', lang: 'sv', source: SOURCE, ...options });
}

/**
 * The fixture with every incident, risk and site that is not classified 2 or higher marked
 * `classification: 0` (explicitly public), so a public model lists them as it lists other kinds.
 */
export async function explicitlyPublic(): Promise<RegisterData> {
  const register = await loadFixture();
  const open = (kind: string, classification: unknown) => ['incident', 'risk', 'site'].includes(kind) && (typeof classification !== 'number' || classification < 2);
  return {
    ...register,
    records: register.records.map((r) => (open(r.kind, r.data.classification) ? ({ ...r, data: { ...r.data, classification: 0 } } as typeof r) : r)),
  };
}

/** The model of explicitlyPublic() for 2026 (or other options). */
export async function explicitlyPublicModel(options: Partial<ReportOptions> & { audience?: Audience; lang?: Lang } = {}): Promise<ReportModel> {
  return buildReportModel(await explicitlyPublic(), { period: yearPeriod(2026), audience: 'public', lang: 'sv', source: SOURCE, ...options });
}
