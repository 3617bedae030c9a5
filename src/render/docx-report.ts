import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { PageNumberEstimator } from 'docx';
import { ChartRun } from 'docx/charts';
import { estimatePageNumbers } from 'docx/layout';
import { unzipSync, zipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { seededRandom } from '../core/seeded-random.js';
import { TOC_MARKER } from './markdown-text.js';
import { LEVEL_MARKERS } from './report-template.js';

// The report as a Word document (--format docx), made from the Markdown report itself so its
// text is the Markdown report's, section by section: markdown-it reads it and each block
// becomes its Word counterpart. Headings are Word's heading styles (the contents and the
// navigation pane use them), tables Word tables whose header row repeats on every page, and
// charts native Word charts from the same numbers as the table beside them.

/** What the Word document needs beside the Markdown: its properties and looks. */
export interface DocxOptions {
  lang: 'sv' | 'en';
  /** The document's title (properties, footer). */
  title: string;
  subject: string;
  /** Author (report.yaml), or the municipality. */
  creator: string;
  /** The diarienummer, or null. */
  dnr: string | null;
  keywords: string;
  /** The document's date (YYYY-MM-DD): its created and modified properties and the dates inside the file. */
  date: string;
  /** "Innehåll" / "Contents". */
  contentsTitle: string;
  /** "Sida" / "Page" and "av" / "of" for the footer. */
  page: string;
  of: string;
  logo?: { bytes: Buffer; type: 'png' | 'jpg' };
  /** #rrggbb of headings. */
  colour?: string;
  font?: string;
}

/** A chart in the Markdown made for Word (the `data` charts of the report template). */
export interface ChartBlock {
  type: 'pie' | 'bar';
  title: string;
  description: string;
  data: { label: string; value: number }[];
}

/** The fence info of a chart block in the Markdown made for Word. */
export const CHART_FENCE = 'sak-chart';

const DEFAULT_COLOUR = '1F5F9E';
const DEFAULT_FONT = 'Arial';

/** Background colours of the risk levels in table cells, as in the HTML report. */
const LEVEL_FILL: Record<string, string> = { low: 'D4EED4', medium: 'FBEEA0', high: 'FCD0A4', critical: 'F4B4B4' };

const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];

/** Width and height of a PNG or JPEG image, from its header; undefined when they cannot be read. */
export function imageSize(bytes: Buffer, type: 'png' | 'jpg'): { width: number; height: number } | undefined {
  if (type === 'png') return bytes.length >= 24 ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : undefined;
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1] as number;
    const length = bytes.readUInt16BE(i + 2);
    // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC) carry the frame's size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    i += 2 + length;
  }
  return undefined;
}

interface InlineStyle {
  bold?: boolean;
  italics?: boolean;
  code?: boolean;
}

/** The runs of an inline token's children: text, emphasis, code, links (with their address after them). */
function inlineRuns(children: readonly Token[], base: InlineStyle = {}): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  const style: InlineStyle = { ...base };
  let link: { href: string; runs: TextRun[]; text: string } | null = null;
  const push = (text: string) => {
    const run = new TextRun({ text, ...(style.bold ? { bold: true } : {}), ...(style.italics ? { italics: true } : {}), ...(style.code ? { font: 'Courier New' } : {}), ...(link ? { style: 'Hyperlink' } : {}) });
    if (link) {
      link.runs.push(run);
      link.text += text;
    } else runs.push(run);
  };
  for (const token of children) {
    switch (token.type) {
      case 'text':
      case 'html_inline':
        push(token.content);
        break;
      case 'code_inline':
        style.code = true;
        push(token.content);
        style.code = false;
        break;
      case 'strong_open':
        style.bold = true;
        break;
      case 'strong_close':
        style.bold = base.bold ?? false;
        break;
      case 'em_open':
        style.italics = true;
        break;
      case 'em_close':
        style.italics = base.italics ?? false;
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        runs.push(new TextRun({ break: 1 }));
        break;
      case 'link_open':
        link = { href: token.attrGet('href') ?? '', runs: [], text: '' };
        break;
      case 'link_close':
        if (link) {
          const done: { href: string; runs: TextRun[]; text: string } = link;
          link = null;
          // An anchor inside the report (#…) is no address to print; an address is printed after its text.
          if (done.href.startsWith('#')) runs.push(...done.runs.map((r) => r));
          else {
            runs.push(new ExternalHyperlink({ link: done.href, children: done.runs }));
            if (done.text !== done.href) runs.push(new TextRun({ text: ` (${done.href})` }));
          }
        }
        break;
      default:
        if (token.content) push(token.content);
    }
  }
  return runs;
}

/** The plain text of an inline token. */
function plainText(token: Token | undefined): string {
  return (token?.children ?? []).map((c) => (c.type === 'softbreak' ? ' ' : c.content)).join('');
}

/** A chart block as a Word chart: a pie, or a column chart. */
function chartParagraph(block: ChartBlock, font: string): Paragraph {
  const categories = block.data.map((d) => d.label);
  const values = block.data.map((d) => d.value);
  const common = { title: block.title, altText: { title: block.title, description: block.description }, font: { name: font }, transformation: { width: 576, height: 300 } };
  const chart =
    block.type === 'pie'
      ? new ChartRun({ ...common, type: 'pie', categories: categories.filter((_, i) => (values[i] ?? 0) > 0), series: [{ name: block.title, values: values.filter((v) => v > 0) }] })
      : new ChartRun({ ...common, type: 'column', legend: false, categories, series: [{ name: block.title, values }] });
  return new Paragraph({ children: [chart], spacing: { after: 160 } });
}

/** The level of a risk whose marker starts a table cell (🟧 Hög), for its colour. */
function levelOfCell(text: string): string | undefined {
  for (const [level, marker] of Object.entries(LEVEL_MARKERS)) if (text.startsWith(marker)) return level;
  return undefined;
}

/** Turns the block tokens of the Markdown report into Word paragraphs, tables, charts and the contents. */
function blocks(tokens: readonly Token[], options: DocxOptions, font: string): (Paragraph | Table | TableOfContents)[] {
  const out: (Paragraph | Table | TableOfContents)[] = [];
  const lists: { ordered: boolean; instance: number }[] = [];
  let listInstance = 0;
  let quote = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    switch (token.type) {
      case 'heading_open': {
        const level = Number(token.tag.slice(1));
        const inline = tokens[i + 1];
        out.push(new Paragraph({ heading: HEADINGS[Math.min(level, HEADINGS.length) - 1], children: inlineRuns(inline?.children ?? []), keepNext: true }));
        i += 2;
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        const children = inlineRuns(inline?.children ?? []);
        const list = lists[lists.length - 1];
        if (list) {
          out.push(
            new Paragraph({
              children,
              ...(list.ordered ? { numbering: { reference: 'sak-ordered', level: Math.min(lists.length - 1, 8), instance: list.instance } } : { bullet: { level: Math.min(lists.length - 1, 8) } }),
            }),
          );
        } else {
          out.push(new Paragraph({ children, ...(quote > 0 ? { indent: { left: 360 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: '8C8C8C', space: 8 } } } : {}) }));
        }
        i += 2;
        break;
      }
      case 'bullet_list_open':
        lists.push({ ordered: false, instance: 0 });
        break;
      case 'ordered_list_open':
        listInstance += 1;
        lists.push({ ordered: true, instance: listInstance });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'blockquote_open':
        quote += 1;
        break;
      case 'blockquote_close':
        quote -= 1;
        break;
      case 'hr':
        out.push(new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '8C8C8C', space: 1 } } }));
        break;
      case 'html_block':
        if (token.content.trim() === TOC_MARKER) {
          out.push(new Paragraph({ children: [new TextRun({ text: options.contentsTitle, bold: true, size: 28, color: options.colour?.slice(1) ?? DEFAULT_COLOUR })], keepNext: true, spacing: { before: 240, after: 120 } }));
          out.push(new TableOfContents(options.contentsTitle, { hyperlink: true, headingStyleRange: '1-1' }));
        } else out.push(new Paragraph({ children: [new TextRun(token.content.trim())] }));
        break;
      case 'fence':
      case 'code_block': {
        if (token.info.trim() === CHART_FENCE) {
          out.push(chartParagraph(JSON.parse(token.content) as ChartBlock, font));
          break;
        }
        const lines = token.content.replace(/\n$/, '').split('\n');
        out.push(new Paragraph({ children: lines.map((line, n) => new TextRun({ text: line, font: 'Courier New', size: 18, ...(n > 0 ? { break: 1 } : {}) })) }));
        break;
      }
      case 'table_open': {
        const end = tokens.findIndex((t, j) => j > i && t.type === 'table_close');
        out.push(table(tokens.slice(i + 1, end)));
        i = end;
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** A Markdown table as a Word table: full width, its header row repeated on every page, rows not split. */
function table(tokens: readonly Token[]): Table {
  const rows: TableRow[] = [];
  let cells: TableCell[] = [];
  let header = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.type === 'thead_open') header = true;
    else if (token.type === 'thead_close') header = false;
    else if (token.type === 'tr_open') cells = [];
    else if (token.type === 'tr_close') rows.push(new TableRow({ children: cells, cantSplit: true, ...(header ? { tableHeader: true } : {}) }));
    else if (token.type === 'th_open' || token.type === 'td_open') {
      const inline = tokens[i + 1];
      const right = /text-align:right/.test(token.attrGet('style') ?? '');
      const level = header ? undefined : levelOfCell(plainText(inline));
      const fill = header ? 'E6EDF5' : level ? LEVEL_FILL[level] : undefined;
      cells.push(
        new TableCell({
          children: [new Paragraph({ children: inlineRuns(inline?.children ?? [], header ? { bold: true } : {}), ...(right ? { alignment: AlignmentType.RIGHT } : {}) })],
          ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
        }),
      );
      i += 2;
    }
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

/**
 * The Word document of a Markdown report made with the `data` charts and the contents marker.
 * Deterministic: the ids docx draws come from a fixed seed, and the file's dates (its created
 * and modified properties, the zip entries' times) are the document's date, never the clock.
 */
export async function renderReportDocx(markdown: string, options: DocxOptions): Promise<Buffer> {
  const font = options.font ?? DEFAULT_FONT;
  const colour = options.colour?.slice(1).toUpperCase() ?? DEFAULT_COLOUR;
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  const random = Math.random;
  // docx names bookmarks, links and drawings with nanoid's Math.random: seeded for the length of the build.
  Math.random = seededRandom(0x5a4b);
  let packed: Buffer;
  try {
    const body = blocks(md.parse(markdown, {}), options, font);
    const logo = options.logo ? logoParagraph(options.logo, options.title) : undefined;
    const heading = (level: number) => ({ run: { font, bold: true, color: colour, size: [40, 30, 24, 22, 21, 20][level] as number }, paragraph: { spacing: { before: level === 0 ? 0 : 280, after: 120 }, keepNext: true } });
    const doc = new Document({
      title: options.title,
      subject: options.subject,
      creator: options.creator,
      lastModifiedBy: options.creator,
      keywords: options.keywords,
      description: options.dnr ? `Dnr ${options.dnr}` : options.subject,
      pageNumbers: pageNumbersOf,
      styles: {
        default: {
          document: { run: { font, size: 20, language: { value: options.lang === 'sv' ? 'sv-SE' : 'en-GB' } }, paragraph: { spacing: { after: 100 } } },
          title: heading(0),
          heading1: heading(1),
          heading2: heading(2),
          heading3: heading(3),
          heading4: heading(4),
          heading5: heading(5),
        },
      },
      numbering: { config: [{ reference: 'sak-ordered', levels: Array.from({ length: 9 }, (_, level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } } })) }] },
      sections: [
        {
          properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  tabStops: [{ type: TabStopType.RIGHT, position: 9638 }],
                  children: [
                    new TextRun({ text: options.title, size: 16, color: '404040' }),
                    new TextRun({ children: ['\t', `${options.page} `, PageNumber.CURRENT, ` ${options.of} `, PageNumber.TOTAL_PAGES], size: 16, color: '404040' }),
                  ],
                }),
              ],
            }),
          },
          children: logo ? [logo, ...body] : body,
        },
      ],
    });
    packed = await Packer.toBuffer(doc);
  } finally {
    Math.random = random;
  }
  return fixDates(packed, options.date);
}

function logoParagraph(logo: { bytes: Buffer; type: 'png' | 'jpg' }, title: string): Paragraph {
  const size = imageSize(logo.bytes, logo.type) ?? { width: 200, height: 80 };
  // At most 80 px high and 260 px wide, in proportion.
  const scale = Math.min(1, 80 / size.height, 260 / size.width);
  return new Paragraph({ children: [new ImageRun({ type: logo.type, data: logo.bytes, transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) }, altText: { title, description: title, name: 'logo' } })], spacing: { after: 160 } });
}

/**
 * docx's page-number estimator without its `listNumbers`: that reads the whole document a
 * second time to put a numbered heading's number before its entry in the contents, and the
 * report's headings are not numbered (measured: a fifth of the Word report's CPU time).
 */
const pageNumbersOf: PageNumberEstimator = (body, context) => estimatePageNumbers(body, context);

/**
 * The document with its bookmarks and drawings numbered from 1 in order of appearance: docx
 * counts them per process, so a second document made by the same process would otherwise differ.
 */
function renumberBookmarks(xml: string): string {
  const names = new Map<string, number>();
  const ids = new Map<string, number>();
  const drawings = new Map<string, number>();
  return xml
    .replace(/(<wp:docPr id=")(\d+)"/g, (_, head: string, n: string) => `${head}${drawings.get(n) ?? (drawings.set(n, drawings.size + 1), drawings.size)}"`)
    .replace(/_Toc(\d+)/g, (_, n: string) => `_Toc${names.get(n) ?? (names.set(n, names.size + 1), names.size)}`)
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_, head: string, n: string) => `${head}${ids.get(n) ?? (ids.set(n, ids.size + 1), ids.size)}"`);
}

/**
 * The package with the document's date as its created and modified dates and as every entry's
 * time; the chart workbooks embedded in it (packages themselves) likewise.
 */
function fixDates(pkg: Buffer | Uint8Array, date: string): Buffer {
  const files = unzipSync(new Uint8Array(pkg));
  const stamp = `${date}T00:00:00Z`;
  for (const name of Object.keys(files)) {
    const data = files[name] as Uint8Array;
    if (name === 'docProps/core.xml') {
      const xml = Buffer.from(data)
        .toString('utf8')
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
      files[name] = new Uint8Array(Buffer.from(xml, 'utf8'));
    } else if (name === 'word/document.xml') {
      files[name] = new Uint8Array(Buffer.from(renumberBookmarks(Buffer.from(data).toString('utf8')), 'utf8'));
    } else if (/\.xlsx$/.test(name)) {
      files[name] = new Uint8Array(fixDates(data, date));
    }
  }
  // A zip entry's time is local time without a zone: a local date string gives the same bytes everywhere.
  const mtime = `${date}T12:00:00`;
  const entries = Object.fromEntries(Object.keys(files).map((name) => [name, [files[name] as Uint8Array, { mtime }] as [Uint8Array, { mtime: string }]]));
  return Buffer.from(zipSync(entries, { level: 6 }));
}
