import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { StarterUnit, StarterUnits } from '../render/register-files.js';

/** The file of the units `sak init` writes, shipped with sak (`starter/units.yaml` at the package root). */
export const STARTER_UNITS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'starter', 'units.yaml');

function isStarterUnit(value: unknown): value is StarterUnit {
  const unit = value as Partial<StarterUnit> | null;
  return typeof unit?.id === 'string' && typeof unit.type === 'string' && (unit.parent === undefined || typeof unit.parent === 'string') && typeof unit.title?.sv === 'string' && typeof unit.title.en === 'string';
}

/** Reads the starter units; a file that is not as described is a fault of the installation. */
export function readStarterUnits(file = STARTER_UNITS_FILE): StarterUnits {
  const data = parse(readFileSync(file, 'utf8')) as Partial<Record<keyof StarterUnits, unknown>> | null;
  const list = (name: keyof StarterUnits): StarterUnit[] => {
    const value = data?.[name];
    if (!Array.isArray(value) || !value.every(isStarterUnit)) throw new Error(`${file}: "${name}" is not a list of units with id, type and title (sv, en)`);
    return value;
  };
  return { units: list('units'), roles: list('roles') };
}
