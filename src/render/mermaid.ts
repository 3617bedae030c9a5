import { escapeMermaidLabel } from './markdown-escape.js';

/** One value of a chart and its label. */
export interface ChartDatum {
  label: string;
  value: number;
}

/** The title and description every chart carries (Mermaid accTitle/accDescr, SVG title/desc). */
export interface ChartText {
  title: string;
  description: string;
}

function number(value: number): string {
  // Mermaid reads plain decimal numbers; no digit groups, a point for decimals.
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';
}

/**
 * A fenced Mermaid pie chart (slices with value 0 are left out, as the pie cannot show
 * them; the table beside the chart lists every row).
 */
export function mermaidPie(data: readonly ChartDatum[], text: ChartText): string {
  const lines = [
    '```mermaid',
    'pie showData',
    `    title ${escapeMermaidLabel(text.title)}`,
    `    accTitle: ${escapeMermaidLabel(text.title)}`,
    `    accDescr: ${escapeMermaidLabel(text.description)}`,
    ...data.filter((d) => d.value > 0).map((d) => `    "${escapeMermaidLabel(d.label)}" : ${number(d.value)}`),
    '```',
  ];
  return lines.join('\n');
}

/** A fenced Mermaid `xychart-beta` bar chart: one bar per datum, in the order given, y from 0. */
export function mermaidBar(data: readonly ChartDatum[], text: ChartText & { yTitle: string }): string {
  const max = Math.max(1, ...data.map((d) => d.value));
  const lines = [
    '```mermaid',
    'xychart-beta',
    `    title "${escapeMermaidLabel(text.title)}"`,
    `    accTitle: ${escapeMermaidLabel(text.title)}`,
    `    accDescr: ${escapeMermaidLabel(text.description)}`,
    `    x-axis [${data.map((d) => `"${escapeMermaidLabel(d.label, { inList: true })}"`).join(', ')}]`,
    `    y-axis "${escapeMermaidLabel(text.yTitle)}" 0 --> ${number(max)}`,
    `    bar [${data.map((d) => number(d.value)).join(', ')}]`,
    '```',
  ];
  return lines.join('\n');
}
