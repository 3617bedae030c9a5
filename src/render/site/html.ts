// HTML building blocks of `sak site`: escaping, the page skeleton and the stylesheet.
// Every page is static HTML with one relative stylesheet: no scripts, no external requests,
// so the site works from file://, from a sub-path and with scripts off.
import type { Lang } from '../../i18n/lang.js';
import { siteText } from '../../i18n/site-texts.js';
import type { SiteTextParams } from '../../i18n/site-texts.js';
import type { MessagesIn } from '../../i18n/catalogue.js';
import { rootPrefix } from '../../core/site/paths.js';

/** Text escaped for HTML content and attribute values; control characters shown visibly (cli.md). */
export function esc(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A link from one page to another page of the site (both relative to the root). */
export function href(from: string, to: string): string {
  return esc(rootPrefix(from) + to);
}

/** The longest title a browser tab and a search result show whole. */
const TITLE_LIMIT = 70;

/** A page's title with the municipality after it, shortened to TITLE_LIMIT characters. */
export function pageTitle(title: string, municipality: string): string {
  const full = `${title} – ${municipality}`;
  if (full.length <= TITLE_LIMIT) return full;
  return title.length <= TITLE_LIMIT ? title : `${title.slice(0, TITLE_LIMIT - 1)}…`;
}

/** What every page shares. */
export interface PageFrame {
  lang: Lang;
  municipality: string;
  internal: boolean;
  at: string;
  /** The page's path from the site root. */
  path: string;
  title: string;
  /** Which navigation entry is the current page's. */
  section?: 'start' | 'units' | 'lists';
}

/** A whole page: skeleton, banner for the audience, navigation, main content, footer. */
export function renderPage(frame: PageFrame, main: string, footerExtra = ''): string {
  const t: MessagesIn<SiteTextParams> = (key, ...params) => siteText(frame.lang, key, ...params);
  const nav = [
    ['start', 'index.html', t('nav.start')],
    ['units', 'units/index.html', t('nav.units')],
    ['lists', 'lists/index.html', t('nav.lists')],
  ] as const;
  const banner = frame.internal ? `<p class="banner internal"><strong>${esc(t('banner.internal'))}</strong></p>` : `<p class="banner">${esc(t('banner.public'))}</p>`;
  return `<!DOCTYPE html>
<html lang="${frame.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' data:">
<meta name="robots" content="noindex">
<title>${esc(pageTitle(frame.title, frame.municipality))}</title>
<link rel="stylesheet" href="${href(frame.path, 'style.css')}">
</head>
<body>
<a class="skip" href="#main">${esc(t('skip'))}</a>
<header>
<p class="site"><a href="${href(frame.path, 'index.html')}">${esc(t('site.title', { municipality: frame.municipality }))}</a></p>
<nav aria-label="${esc(t('nav.label'))}">
<ul>
${nav.map(([key, to, label]) => `<li><a href="${href(frame.path, to)}"${frame.section === key ? ' aria-current="page"' : ''}>${esc(label)}</a></li>`).join('\n')}
<li><a href="${href(frame.path, 'deadlines.ics')}">${esc(t('nav.calendar'))}</a></li>
</ul>
</nav>
${banner}
</header>
<main id="main">
${main}
</main>
<footer>
<p>${esc(t('footer.at', { at: frame.at }))} ${footerExtra}${esc(t('footer.made'))}</p>
${frame.internal ? `<p><strong>${esc(t('banner.internal'))}</strong></p>` : ''}
</footer>
</body>
</html>
`;
}

/** A table inside a region that scrolls sideways on a narrow screen (and can be reached by keyboard). */
export function scrollTable(label: string, table: string): string {
  return `<section class="scroll" aria-label="${esc(label)}" tabindex="0">\n${table}\n</section>`;
}

/** The stylesheet of every page: readable from 390 px up, printable, AA contrast. */
export const SITE_CSS = `:root { color-scheme: light; }
html { color: #1a1a1a; background: #ffffff; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 72rem; padding: 0 1rem 2rem; }
a { color: #0a4f96; }
a:focus-visible, .scroll:focus-visible, summary:focus-visible { outline: 3px solid #c25e00; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; }
.skip:focus { position: static; display: inline-block; padding: 0.25rem 0.5rem; background: #ffffff; }
header { border-bottom: 2px solid #1f5f9e; margin-bottom: 1rem; }
.site { font-size: 1.15rem; font-weight: bold; margin: 0.75rem 0 0.25rem; }
.site a { color: #1a1a1a; text-decoration: none; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0.25rem 0 0.5rem; padding: 0; }
nav a[aria-current="page"] { font-weight: bold; }
.banner { margin: 0.25rem 0 0.75rem; padding: 0.4rem 0.6rem; background: #eef3f8; border-left: 4px solid #1f5f9e; font-size: 0.9rem; }
.banner.internal { background: #fdecea; border-left-color: #a1000f; color: #5c0009; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; border-bottom: 1px solid #c8d3df; }
h3 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
.meta { color: #404040; margin-top: 0; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: 0.25rem 0 1rem; font-size: 0.92rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.25rem; }
.scroll caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.scroll td, .scroll th { min-width: 4.5rem; }
.scroll td.text { min-width: 14rem; }
.scroll .id { white-space: nowrap; overflow-wrap: normal; }
th, td { border: 1px solid #9a9a9a; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: #e6edf5; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.id { font-family: "Liberation Mono", Consolas, monospace; font-size: 0.85rem; overflow-wrap: anywhere; }
.overdue { color: #a1000f; font-weight: bold; }
.due { color: #7a4a00; font-weight: bold; }
dl.fields { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.2rem 1rem; margin: 0.25rem 0 1rem; }
dl.fields dt { font-weight: bold; }
dl.fields dd { margin: 0; overflow-wrap: anywhere; white-space: pre-line; }
dl.fields dl.fields { margin: 0; }
ul.entries { margin: 0; padding-left: 1.1rem; }
details { margin: 0.5rem 0; }
summary { cursor: pointer; font-weight: bold; }
.tree ul { margin: 0; padding-left: 1.25rem; }
footer { margin-top: 2rem; border-top: 1px solid #9a9a9a; font-size: 0.85rem; color: #404040; }
@media (max-width: 40rem) {
  body { padding: 0 0.6rem 1.5rem; }
  h1 { font-size: 1.35rem; }
  dl.fields { grid-template-columns: 1fr; }
  dl.fields dd { margin-bottom: 0.4rem; }
}
@media print { nav, .skip { display: none; } a { color: #1a1a1a; } }
`;
