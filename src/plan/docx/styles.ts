// What a plan reader needs from styles.xml: the numbering a paragraph style carries
// (Heading 1 numbered "I.", a "List Bullet" style), text a style hides, and the borders
// a table style draws. Each follows the style's basedOn chain, nearest definition first.
import { child, childrenNamed, type XmlElement, type XmlNode } from "../../formats/xml-stream.ts";
import { effectiveStops, readTabStop, type TabStop } from "./tab-stops.ts";

export const SIDES = ["top", "left", "bottom", "right", "start", "end", "insideH", "insideV"] as const;
export type Side = (typeof SIDES)[number];
/** Per side: true drawn, false explicitly not drawn, absent when not said. */
export type Borders = Partial<Record<Side, boolean>>;

export interface NumberingRef {
  numId?: string;
  ilvl?: number;
}

interface Style {
  basedOn?: string;
  numbering: NumberingRef;
  hidden?: boolean;
  borders: Borders;
  /** A conditional part (header row, first column…) draws a border or cell border. */
  conditionalBorders: boolean;
  /** The font its runs are set in (w:rFonts), when it says. */
  font?: string;
  /** Its paragraphs' tab stops (w:pPr/w:tabs), clears kept. */
  tabs: TabStop[];
}

export interface DocxStyles {
  /** The numbering a paragraph style gives (numId and level), through basedOn. */
  numbering(styleId: string | null): NumberingRef;
  /** Whether a paragraph or character style hides its text (w:vanish). */
  hidden(styleId: string | null, type: "paragraph" | "character"): boolean;
  /** A table style's borders, and whether its conditional parts draw any. */
  borders(styleId: string | null): { borders: Borders; conditional: boolean };
  /** The font a run's character style sets it in, else its paragraph's style, else the document's default. */
  font(runStyle: string | null, paragraphStyle: string | null): string | undefined;
  /** The tab stops a paragraph style gives, through basedOn (docx/tab-stops.ts). */
  tabs(styleId: string | null): readonly TabStop[];
}

/** The font of text outside ASCII (w:hAnsi, where Word looks for "KÕ ho¹ch"), else the ASCII one. */
export const runFont = (rFonts: XmlElement | undefined): string | undefined =>
  rFonts?.attrs.hAnsi ?? rFonts?.attrs.ascii;

/** An on/off attribute: on unless absent or "0", "false", "off". */
export const flag = (value: string | undefined): boolean =>
  value !== undefined && !["0", "false", "off"].includes(value);

/** A toggle property (w:vanish, w:tblHeader): present means on, unless its val says off. */
export function isOn(node: XmlNode | undefined): boolean | undefined {
  return node ? flag(node.attrs.val ?? "1") : undefined;
}

/** Border elements (w:top, w:insideH…) of a w:tblBorders or w:tcBorders. */
export function readBorders(node: XmlNode | undefined): Borders {
  const borders: Borders = {};
  for (const c of node?.children ?? []) {
    const side = c.name.slice(2) as Side;
    if (c.name.startsWith("w:") && SIDES.includes(side)) borders[side] = !["nil", "none"].includes(c.attrs.val ?? "");
  }
  return borders;
}

function readNumbering(pPr: XmlNode | undefined): NumberingRef {
  const numPr = child(pPr, "w:numPr");
  const numId = child(numPr, "w:numId")?.attrs.val;
  const ilvl = child(numPr, "w:ilvl")?.attrs.val;
  return { ...(numId !== undefined && { numId }), ...(ilvl !== undefined && { ilvl: Number(ilvl) || 0 }) };
}

/** A style's tab stops, no more than Word keeps (64). */
const tabsOf = (tabs: XmlNode | undefined): TabStop[] =>
  tabs
    ? childrenNamed(tabs, "w:tab")
        .slice(0, 64)
        .flatMap((tab) => readTabStop(tab.attrs) ?? [])
    : [];

function readStyle(node: XmlNode): Style {
  const tblPr = child(node, "w:tblPr");
  const conditional = node.children
    .filter((c) => c.name === "w:tblStylePr")
    .some((c) =>
      [readBorders(child(child(c, "w:tblPr"), "w:tblBorders")), readBorders(child(child(c, "w:tcPr"), "w:tcBorders"))]
        .flatMap((b) => Object.values(b))
        .some(Boolean),
    );
  const hidden = isOn(child(child(node, "w:rPr"), "w:vanish"));
  const font = runFont(child(child(node, "w:rPr"), "w:rFonts"));
  return {
    ...(font !== undefined && { font }),
    ...(child(node, "w:basedOn")?.attrs.val !== undefined && { basedOn: child(node, "w:basedOn")!.attrs.val }),
    numbering: readNumbering(child(node, "w:pPr")),
    ...(hidden !== undefined && { hidden }),
    borders: readBorders(child(tblPr, "w:tblBorders")),
    conditionalBorders: conditional,
    tabs: tabsOf(child(child(node, "w:pPr"), "w:tabs")),
  };
}

export function readStyles(root: XmlNode | null): DocxStyles {
  const styles = new Map<string, Style>();
  const defaults = new Map<string, string>();
  const top = child(root ?? undefined, "w:styles");
  const defaultFont = runFont(child(child(child(child(top, "w:docDefaults"), "w:rPrDefault"), "w:rPr"), "w:rFonts"));
  for (const node of top?.children ?? []) {
    const id = node.attrs.styleId;
    if (node.name !== "w:style" || !id) continue;
    styles.set(id, readStyle(node));
    if (flag(node.attrs.default)) defaults.set(node.attrs.type ?? "paragraph", id);
  }
  /**
   * The style and those it is based on, nearest first; a cycle, a missing style or a chain
   * longer than any a real document has (a crafted one could make every lookup cost the
   * whole file) ends it.
   */
  const chain = (id: string | null, type: string): Style[] => {
    const out: Style[] = [];
    const seen = new Set<string>();
    for (let at = id ?? defaults.get(type); at && !seen.has(at) && seen.size < 32; at = styles.get(at)?.basedOn) {
      seen.add(at);
      const style = styles.get(at);
      if (style) out.push(style);
    }
    return out;
  };
  // Asked for every paragraph and run: each style's answer is worked out once.
  const answers = new Map<string, NumberingRef | boolean | string | undefined>();
  const memo = <T extends NumberingRef | boolean | string | undefined>(key: string, work: () => T): T => {
    if (!answers.has(key)) answers.set(key, work());
    return answers.get(key) as T;
  };
  const tabStops = new Map<string, TabStop[]>();
  return {
    numbering(styleId) {
      return memo(`numbering ${styleId}`, () => {
        const found = chain(styleId, "paragraph");
        const numId = found.find((s) => s.numbering.numId !== undefined)?.numbering.numId;
        const ilvl = found.find((s) => s.numbering.ilvl !== undefined)?.numbering.ilvl;
        return { ...(numId !== undefined && { numId }), ...(ilvl !== undefined && { ilvl }) };
      });
    },
    hidden(styleId, type) {
      return memo(
        `${type} ${styleId}`,
        () => chain(styleId, type).find((s) => s.hidden !== undefined)?.hidden ?? false,
      );
    },
    font(runStyle, paragraphStyle) {
      const of = (id: string | null, type: string) => chain(id, type).find((s) => s.font)?.font;
      return memo(
        `font ${runStyle} ${paragraphStyle}`,
        () => of(runStyle, "character") ?? of(paragraphStyle, "paragraph") ?? defaultFont,
      );
    },
    tabs(styleId) {
      let stops = tabStops.get(styleId ?? "");
      if (!stops) {
        stops = effectiveStops(
          ...chain(styleId, "paragraph")
            .reverse()
            .map((style) => style.tabs),
        );
        tabStops.set(styleId ?? "", stops);
      }
      return stops;
    },
    borders(styleId) {
      const found = chain(styleId, "table").reverse();
      return {
        borders: Object.assign({}, ...found.map((s) => s.borders)) as Borders,
        conditional: found.some((s) => s.conditionalBorders),
      };
    },
  };
}
