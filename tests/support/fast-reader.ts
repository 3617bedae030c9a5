// Test setup: SAK_FAST_YAML=0 switches the fast YAML reader off in the test process too, as
// the CLI does for the program (CI runs the validate tests once more that way).
import { setFastReader } from '../../src/core/parse/fast-yaml.js';

if (process.env.SAK_FAST_YAML === '0') setFastReader(false);
