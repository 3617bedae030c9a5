// Headless Chromium (Debian's package) driven by puppeteer-core, for the site's accessibility
// tests: axe-core run inside each page, and the page's width at a phone's 390 px.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';

/** Where .ci/run installs Chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** The flags of a quiet, isolated headless run. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A browser with a fresh profile; `close` removes the profile too. */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'sak-chromium-'));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS, `--user-data-dir=${profile}`] });
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

/** Opens a file in a 390 px wide page with scripts off for the page itself, runs axe-core, and measures the width. */
export async function checkPage(browser: Browser, file: string, width = 390): Promise<PageCheck> {
  const page = await browser.newPage();
  try {
    // The pages forbid scripts (Content-Security-Policy); the test's own axe is let in.
    await page.setBypassCSP(true);
    await page.setViewport({ width, height: 844 });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const result = await axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
    });
    const scrollWidth = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
    return { violations, scrollWidth };
  } finally {
    await page.close();
  }
}
