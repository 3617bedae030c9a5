import type { ChartDatum, ChartText } from './mermaid.js';

// Charts of the HTML report as inline SVG: no script, no external resource, a title and
// a description for screen readers (role="img", aria-labelledby), and numbers printed
// next to the marks so that colour is never the only carrier of a value (WCAG 1.4.1).
// Coordinates are rounded to two decimals, so the same data gives the same bytes.

/** Slice colours: each has a contrast of at least 4.5:1 against white (WCAG 1.4.11 needs 3:1), separated by white borders. */
export const CHART_PALETTE = ['#1f5f9e', '#a8401a', '#2e6b30', '#7b3fa0', '#7a5c00', '#00687a', '#a3285c', '#555555', '#6d4c41', '#3949ab', '#5f6a00', '#b71c1c'];

/** The colour of bars. */
const BAR_COLOUR = '#1f5f9e';
/** Text colour: 16:1 against white. */
const TEXT_COLOUR = '#1a1a1a';

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

function f(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Formats the numbers a chart prints. */
export type NumberFormat = (value: number) => string;

function open(id: string, width: number, height: number, text: ChartText): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="${id}-title ${id}-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title id="${id}-title">${escapeXml(text.title)}</title><desc id="${id}-desc">${escapeXml(text.description)}</desc>`
  );
}

/** A pie chart with a legend of label, value and share; slices of value 0 appear only in the legend. */
export function svgPie(data: readonly ChartDatum[], text: ChartText, options: { id: string; format: NumberFormat; percent: NumberFormat }): string {
  const total = data.reduce((sum, d) => sum + Math.max(0, d.value), 0);
  const r = 85;
  const cx = 95;
  const cy = 95;
  const rowHeight = 21;
  const width = 460;
  const height = Math.max(2 * cy, 24 + data.length * rowHeight);
  const parts: string[] = [open(options.id, width, height, text)];
  let angle = -Math.PI / 2;
  data.forEach((d, i) => {
    const colour = CHART_PALETTE[i % CHART_PALETTE.length] as string;
    if (d.value <= 0 || total <= 0) return;
    const share = d.value / total;
    const label = `${escapeXml(d.label)}: ${escapeXml(options.format(d.value))}`;
    if (share >= 0.999999) {
      parts.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${colour}" stroke="#ffffff" stroke-width="2"><title>${label}</title></circle>`);
      return;
    }
    const end = angle + share * 2 * Math.PI;
    const x0 = cx + r * Math.cos(angle);
    const y0 = cy + r * Math.sin(angle);
    const x1 = cx + r * Math.cos(end);
    const y1 = cy + r * Math.sin(end);
    const large = share > 0.5 ? 1 : 0;
    parts.push(`<path d="M${f(cx)} ${f(cy)}L${f(x0)} ${f(y0)}A${r} ${r} 0 ${large} 1 ${f(x1)} ${f(y1)}Z" fill="${colour}" stroke="#ffffff" stroke-width="2"><title>${label}</title></path>`);
    angle = end;
  });
  data.forEach((d, i) => {
    const colour = CHART_PALETTE[i % CHART_PALETTE.length] as string;
    const y = 20 + i * rowHeight;
    const share = total > 0 ? options.percent((Math.max(0, d.value) / total) * 100) : '0';
    parts.push(
      `<rect x="200" y="${y - 11}" width="13" height="13" fill="${colour}"/>` +
        `<text x="219" y="${y}" font-size="12" fill="${TEXT_COLOUR}">${escapeXml(truncate(d.label, 28))}: ${escapeXml(options.format(d.value))} (${escapeXml(share)} %)</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** A step of 1, 2 or 5 times a power of ten that gives at most five grid lines up to `max`. */
function niceStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const m of [1, 2, 5, 10]) if (m * power >= rough) return Math.max(1, m * power);
  return Math.max(1, 10 * power);
}

/** A vertical bar chart: one bar per datum in order, its value printed above it, y from 0 with grid lines. */
export function svgBar(data: readonly ChartDatum[], text: ChartText & { yTitle: string }, options: { id: string; format: NumberFormat }): string {
  const width = 600;
  const height = 260;
  const left = 44;
  const right = 10;
  const top = 16;
  const bottom = 48;
  const max = Math.max(1, ...data.map((d) => d.value));
  const step = niceStep(max);
  const yMax = Math.ceil(max / step) * step;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const slot = plotW / Math.max(1, data.length);
  const barW = Math.min(36, slot * 0.7);
  const parts: string[] = [open(options.id, width, height, text)];
  for (let v = 0; v <= yMax; v += step) {
    const y = top + plotH - (v / yMax) * plotH;
    parts.push(`<line x1="${left}" y1="${f(y)}" x2="${width - right}" y2="${f(y)}" stroke="${v === 0 ? '#595959' : '#d0d0d0'}" stroke-width="1"/>`);
    parts.push(`<text x="${left - 6}" y="${f(y + 4)}" font-size="11" text-anchor="end" fill="${TEXT_COLOUR}">${escapeXml(options.format(v))}</text>`);
  }
  parts.push(`<text x="12" y="${f(top + plotH / 2)}" font-size="11" text-anchor="middle" fill="${TEXT_COLOUR}" transform="rotate(-90 12 ${f(top + plotH / 2)})">${escapeXml(text.yTitle)}</text>`);
  data.forEach((d, i) => {
    const x = left + i * slot + (slot - barW) / 2;
    const h = (Math.max(0, d.value) / yMax) * plotH;
    const y = top + plotH - h;
    const label = `${escapeXml(d.label)}: ${escapeXml(options.format(d.value))}`;
    if (h > 0) parts.push(`<rect x="${f(x)}" y="${f(y)}" width="${f(barW)}" height="${f(h)}" fill="${BAR_COLOUR}"><title>${label}</title></rect>`);
    if (d.value > 0) parts.push(`<text x="${f(x + barW / 2)}" y="${f(y - 4)}" font-size="11" text-anchor="middle" fill="${TEXT_COLOUR}">${escapeXml(options.format(d.value))}</text>`);
    parts.push(`<text x="${f(left + i * slot + slot / 2)}" y="${height - bottom + 16}" font-size="11" text-anchor="middle" fill="${TEXT_COLOUR}">${escapeXml(truncate(d.label, 12))}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
