// Removes dist/ before `npm pack` builds it again (prepack runs before prepare), so that
// the package never ships compiled files whose sources are gone.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

rmSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist'), { recursive: true, force: true });
