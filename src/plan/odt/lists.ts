// OpenDocument's automatic numbering, counted as LibreOffice counts it, so that the label it shows ("I.", "1.", "2.3.",
// "a)", "-") is written before the paragraph's text as a typist would have typed it (docx/numbering.ts does the same
// for Word's):
//   - a list style (text:list-style) gives each level (1 to 10) a number format (style:num-format 1, a, A, i, I, or
//     none), what comes before and after it (style:num-prefix, style:num-suffix), how many levels the label shows
//     (text:display-levels: "2.3." shows two) and the value it starts at (text:start-value); or a bullet character.
//     LibreOffice also writes the whole label's pattern ("%1%.%2%.", loext:num-list-format, Word's lvlText): used
//     when present, as it says what the page shows;
//   - headings (text:h) outside a list are numbered by the outline style (text:outline-style) at their level;
//   - the paragraphs of one list (text:list and the lists nested in it) share one set of counters; a list continues
//     another's when it names it (text:continue-list) or says it continues the one before in its style
//     (text:continue-numbering); a list item may set its value (text:start-value);
//   - numbering a level restarts the levels below it.
import { child, type XmlNode } from "../../formats/xml-stream.ts";
import { formatNumber, typedBullet, typedFormat } from "../docx/numbering.ts";

/** ODF's levels are 1 to 10; a deeper list is numbered by the tenth level. */
export const LIST_LEVELS = 10;

interface Level {
  /** The format in docx/numbering.ts's names ("decimal", "upperRoman"…), or "bullet". */
  format: string;
  bullet: string;
  prefix: string;
  suffix: string;
  display: number;
  start: number;
  pattern?: string;
}

export type ListStyle = Map<number, Level>;

const FORMATS: Record<string, string> = {
  "1": "decimal",
  a: "lowerLetter",
  A: "upperLetter",
  i: "lowerRoman",
  I: "upperRoman",
  "": "none",
};

/** The most characters a label's prefix, suffix or pattern has: a crafted one could be a page long. */
const AFFIX = 64;

function readLevel(node: XmlNode): Level {
  const a = node.attrs;
  const display = Math.trunc(Number(a["display-levels"] ?? 1));
  const start = Math.trunc(Number(a["start-value"] ?? 1));
  return {
    format: node.name === "text:list-level-style-bullet" ? "bullet" : (FORMATS[a["num-format"] ?? ""] ?? "decimal"),
    bullet: (a["bullet-char"] ?? "").slice(0, 2),
    prefix: (a["num-prefix"] ?? "").slice(0, AFFIX),
    suffix: (a["num-suffix"] ?? "").slice(0, AFFIX),
    display: Number.isFinite(display) ? Math.min(Math.max(display, 1), LIST_LEVELS) : 1,
    start: Number.isFinite(start) ? Math.min(Math.max(start, 0), 1e6) : 1,
    ...(a["num-list-format"] !== undefined && { pattern: a["num-list-format"].slice(0, AFFIX) }),
  };
}

function readListStyle(node: XmlNode): ListStyle {
  const levels: ListStyle = new Map();
  for (const level of node.children) {
    const at = Number(level.attrs.level);
    if (Number.isInteger(at) && at >= 1 && at <= LIST_LEVELS) levels.set(at, readLevel(level));
  }
  return levels;
}

export interface ListStyles {
  byName: Map<string, ListStyle>;
  outline: ListStyle;
}

/** The list styles of styles.xml and of content.xml's automatic styles, and the outline style. */
export function readListStyles(parts: (XmlNode | null)[]): ListStyles {
  const byName = new Map<string, ListStyle>();
  let outline: ListStyle = new Map();
  for (const root of parts)
    for (const group of ["office:styles", "office:automatic-styles"])
      for (const node of child(root?.children[0], group)?.children ?? []) {
        if (node.name === "text:list-style" && node.attrs.name) byName.set(node.attrs.name, readListStyle(node));
        else if (node.name === "text:outline-style") outline = readListStyle(node);
      }
  return { byName, outline };
}

/** One list's counters, by level (1 to 10). */
export type Counters = (number | undefined)[];

/**
 * The label a paragraph numbered at `level` of a list in `style` shows, its counters moved on ("1. ", with the space a
 * typed copy has after it); `set` is the value its list item sets. Null for a level the style does not define.
 */
export function nextLabel(style: ListStyle, counters: Counters, level: number, set?: number): string | null {
  const at = Math.min(Math.max(level, 1), LIST_LEVELS);
  const def = style.get(at);
  if (!def) return null;
  const start = (l: number) => style.get(l)?.start ?? 1;
  counters[at] = set ?? (counters[at] === undefined ? start(at) : counters[at] + 1);
  for (let deeper = at + 1; deeper <= LIST_LEVELS; deeper++) counters[deeper] = undefined;
  if (def.format === "bullet") return withSpace(typedBullet(def.bullet));
  const shown = (l: number) => {
    const above = Array.from({ length: l - 1 }, (_, k) => style.get(k + 1)?.format);
    return formatNumber(counters[l] ?? start(l), typedFormat(style.get(l)?.format ?? "decimal", above));
  };
  if (def.pattern !== undefined)
    return withSpace(def.pattern.replace(/%(\d{1,2})%/g, (_, n: string) => (Number(n) <= at ? shown(Number(n)) : "")));
  if (def.format === "none") return withSpace(`${def.prefix}${def.suffix}`);
  const from = Math.max(1, at - def.display + 1);
  const levels = Array.from({ length: at - from + 1 }, (_, k) => shown(from + k));
  return withSpace(`${def.prefix}${levels.join(".")}${def.suffix}`);
}

/** Whatever follows the label on the page (a tab, a space, nothing), a typed copy has a space. */
const withSpace = (label: string) => (label.trim() ? `${label.trim()} ` : "");
