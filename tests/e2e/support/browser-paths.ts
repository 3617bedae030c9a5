// Where .ci/run installs Chromium (Debian's packages). A module of its own, so a test that
// only runs the browser's command line does not load puppeteer.
import { existsSync } from 'node:fs';

/** Chromium. */
export const CHROMIUM = '/usr/bin/chromium';
/**
 * Chromium's headless shell (Debian's chromium-headless-shell, the same version and engine
 * as chromium, without the browser around it), which .ci/run installs too: measured, the
 * site's accessibility test took a third less CPU with it.
 */
export const CHROMIUM_SHELL = '/usr/bin/chromium-headless-shell';

/** The headless shell when it is installed, else Chromium itself. */
export const HEADLESS_BROWSER = existsSync(CHROMIUM_SHELL) ? CHROMIUM_SHELL : CHROMIUM;
