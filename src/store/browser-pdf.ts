import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// `sak report --format pdf`: the HTML report printed by a Chromium-family browser already on
// the machine (Chrome, Chromium or Edge), driven through puppeteer-core, which never
// downloads one. puppeteer-core is loaded only here, so no other command pays for it.

/** Where browsers are looked for: names on PATH, then the usual install folders. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable', 'chrome', 'msedge'];

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    if (process.platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The places a browser may be, for the platform and environment. */
export function browserCandidates(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string[] {
  const candidates: string[] = [];
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  const exts = platform === 'win32' ? ['.exe'] : [''];
  for (const dir of dirs) for (const name of NAMES) for (const ext of exts) candidates.push(path.join(dir, name + ext));
  if (platform === 'darwin') {
    for (const app of ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge']) candidates.push(path.join('/Applications', app));
  }
  if (platform === 'win32') {
    for (const base of [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((b): b is string => Boolean(b))) {
      candidates.push(path.win32.join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'), path.win32.join(base, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), path.win32.join(base, 'Chromium', 'Application', 'chrome.exe'));
    }
  }
  return candidates;
}

/** Why no browser can print: none found, or the one SAK_BROWSER names is not there. */
export class BrowserMissingError extends Error {
  constructor(readonly named: string | undefined) {
    super(named ? `SAK_BROWSER=${named} is not an executable file` : 'no Chrome, Chromium or Edge found');
    this.name = 'BrowserMissingError';
  }
}

/** A browser that failed while printing (it crashed, timed out or refused the page). */
export class BrowserFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrowserFailedError';
  }
}

/** The browser to print with: SAK_BROWSER when set, else the first one found. Throws BrowserMissingError. */
export function findBrowser(env: Readonly<Record<string, string | undefined>>): string {
  const named = env.SAK_BROWSER;
  if (named !== undefined && named !== '') {
    if (isExecutable(named)) return named;
    throw new BrowserMissingError(named);
  }
  const found = browserCandidates(env).find(isExecutable);
  if (!found) throw new BrowserMissingError(undefined);
  return found;
}

/**
 * Features of the browser around the page that a print never shows: Chromium 156 loads its
 * address bar's drop-down (two WebUI pages, each a renderer process running its scripts) even
 * when headless. Measured on the demo report: 4.7 CPU-s of the browser's processes with them,
 * 2.7 without (and the same PDF). A browser that does not know a feature's name ignores it.
 */
const UNUSED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/**
 * Prints a self-contained HTML page to a tagged A4 PDF with the browser, in a fresh profile
 * that is removed afterwards. The page's own CSS decides the page size and the footer
 * (`@page` margin boxes with the title and page numbers). The PDF's dates are set to `date`
 * (YYYY-MM-DD), never the clock. Throws BrowserFailedError when the browser fails.
 */
export async function printPdf(html: string, options: { browser: string; date: string }): Promise<Buffer> {
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = mkdtempSync(path.join(tmpdir(), 'sak-pdf-'));
  // The sandbox needs user namespaces, which a root user (a container, CI) does not get.
  const args = ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions', `--disable-features=${UNUSED_FEATURES.join(',')}`, `--user-data-dir=${profile}`];
  if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox');
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: options.browser, headless: true, args, timeout: 60_000 });
    // The tab the browser opens with: a second one would be one more renderer process.
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    // The report loads nothing: scripts and requests are refused, so the print cannot reach the network.
    await page.setJavaScriptEnabled(false);
    await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, displayHeaderFooter: false, timeout: 120_000 });
    return fixPdfDates(Buffer.from(pdf), options.date);
  } catch (error) {
    throw new BrowserFailedError(error instanceof Error ? error.message : String(error));
  } finally {
    await browser?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The PDF with its creation and modification dates set to the document's date. The new
 * dates have the length of the old ones, so no offset of the file's cross-reference moves.
 */
export function fixPdfDates(pdf: Buffer, date: string): Buffer {
  const text = pdf.toString('latin1');
  const stamp = `D:${date.replace(/-/g, '')}000000`;
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)/g, (_, key: string, _digits: string, zone: string) => `/${key} (${stamp}${zone.replace(/[0-9]/g, '0').replace(/[-]/g, '+')})`);
  return Buffer.from(fixed, 'latin1');
}
