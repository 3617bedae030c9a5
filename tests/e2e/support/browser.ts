// Headless Chromium (Debian's package) driven by puppeteer-core, for the site's accessibility
// tests: axe-core run inside each page, and the page's width at a phone's 390 px.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_SHELL } from './browser-paths.js';

export { CHROMIUM, CHROMIUM_SHELL } from './browser-paths.js';

/**
 * The flags of a quiet, isolated headless run. Its scripts (axe) run in V8's interpreter and
 * baseline compiler only: axe runs for a second or so on each page, too short for what the
 * optimising compilers (TurboFan, Maglev) cost to pay off. Measured on the site's seven
 * sample pages: the page's renderer took 6.3 / 6.0 CPU-s with them, 4.0 / 4.1 without, and
 * axe found the same. What a script computes does not depend on which compiler ran it.
 */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--no-opt --no-maglev'];

/** A browser with a fresh profile; `close` removes the profile too. */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'sak-chromium-'));
  const shell = existsSync(CHROMIUM_SHELL);
  const browser = await puppeteer.launch({ executablePath: shell ? CHROMIUM_SHELL : CHROMIUM, headless: shell ? 'shell' : true, args: [...FLAGS, `--user-data-dir=${profile}`] });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core violation, short. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** What a page measured: axe's violations, and how wide the document is at the viewport's width. */
export interface PageCheck {
  violations: AxeViolation[];
  scrollWidth: number;
}

/**
 * A 390 px wide page (by default) that checks files one after the other: opens each, runs
 * axe-core in it and measures its width. One page for all the files: each file is a new
 * document (axe is loaded into each), without a new tab and renderer each time. The page is
 * the browser's first tab, so call it once per browser.
 */
export async function pageChecker(browser: Browser, width = 390): Promise<{ check: (file: string) => Promise<PageCheck>; close: () => Promise<void> }> {
  // The tab the browser opens with: a second one would be one more renderer process.
  const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
  // The pages forbid scripts (Content-Security-Policy); the test's own axe is let in.
  await page.setBypassCSP(true);
  await page.setViewport({ width, height: 844 });
  return {
    check: async (file) => {
      await page.goto(`file://${file}`, { waitUntil: 'load' });
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const result = await axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
      });
      const scrollWidth = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
      return { violations, scrollWidth };
    },
    close: () => page.close(),
  };
}
