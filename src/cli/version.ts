import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The fingerprint of this build (dist/build-id.json), or the version when running from sources. */
export function buildId(): string {
  try {
    return `${sakVersion()}+${(JSON.parse(readFileSync(path.join(packageRoot, 'dist', 'build-id.json'), 'utf8')) as { id: string }).id}`;
  } catch {
    return sakVersion();
  }
}

/** The version of sak from package.json. */
export function sakVersion(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
