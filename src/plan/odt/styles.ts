// What an .odt reader needs from its styles: the common ones (styles.xml's office:styles) and the automatic ones
// each part writes for its own paragraphs and spans (office:automatic-styles). A style inherits what it does not say
// from its parent (style:parent-style-name), nearest definition first, as docx/styles.ts follows basedOn:
//   - text a style hides (text:display="none") or strikes through (style:text-line-through-style): dropped, as the
//     .docx reader drops w:vanish and w:strike;
//   - the font its text is set in (style:font-name, a font face whose family is .VnTime): decoded from TCVN3 or VNI;
//   - whether a cell style draws a border (fo:border, fo:border-left…): a task table's cells do, the page's layout's
//     do not;
//   - the page style (master page) a paragraph opens, for the first page's own header (odt/first-page.ts);
//   - a paragraph style's tab stops (style:tab-stops), for a task list typed in tab-stop columns (docx/tab-stops.ts).
import { child, type XmlNode } from "../../formats/xml-stream.ts";
import { effectiveStops, type TabAlign, type TabStop } from "../docx/tab-stops.ts";

interface OdtStyle {
  parent?: string;
  hidden?: boolean;
  struck?: boolean;
  /** fo:font-weight bold, or a weight of 600 and over. */
  bold?: boolean;
  font?: string;
  border?: boolean;
  background?: string;
  listStyle?: string;
  masterPage?: string;
  tabs?: TabStop[];
}

export interface OdtStyles {
  /** Whether a text or paragraph style hides its text, or strikes it through (deleted, though shown). */
  dropped(name: string | null, family: "text" | "paragraph"): boolean;
  /** Whether a span's style, else its paragraph's, sets the text in bold. */
  bold(spanStyle: string | null, paragraphStyle: string | null): boolean;
  /** The font family a span's style, else its paragraph's, sets the text in. */
  font(spanStyle: string | null, paragraphStyle: string | null): string | undefined;
  /** Whether a cell's style draws a border on any side. */
  bordered(name: string | null): boolean;
  /** The background colour a cell's style paints (fo:background-color), if any: a Gantt chart's bar. */
  background(name: string | null): string | undefined;
  /** The list style a paragraph style numbers by (style:list-style-name). */
  listStyle(name: string | null): string | undefined;
  /** The page style a paragraph or table style starts (style:master-page-name). */
  masterPage(name: string | null, family: "paragraph" | "table"): string | undefined;
  /** A paragraph style's tab stops, its parents' first, in twips as Word's. */
  tabs(name: string | null): readonly TabStop[];
}

const BORDERS = ["border", "border-top", "border-bottom", "border-left", "border-right"];

/** A border value draws a line unless it is "none" or of no width ("0pt solid …"). */
const draws = (value: string | undefined) =>
  value !== undefined && !/^(none|hidden)\b|^0+(\.0+)?[a-z]*(\s|$)/i.test(value.trim());

/** A length ("2.5cm", "1in", "36pt") in twips; null for none or no length. */
const TWIPS: Record<string, number> = { cm: 566.93, mm: 56.693, in: 1440, pt: 20, pc: 240 };
function twips(length: string | undefined): number | null {
  const m = /^(\d+(?:\.\d+)?)(cm|mm|in|pt|pc)$/.exec(length?.trim() ?? "");
  return m ? Math.round(Number(m[1]) * TWIPS[m[2]!]!) : null;
}

/** Word's alignments for ODF's style:type ("char" aligns at a character, the decimal point as Word's). */
const TAB_TYPE: Record<string, TabAlign> = { left: "left", right: "right", center: "center", char: "decimal" };

/** The style:tab-stop elements of paragraph properties, at most as many as a crafted style may list sensibly. */
function readTabs(props: XmlNode | undefined): TabStop[] | undefined {
  const stops = child(props, "style:tab-stops")?.children;
  if (!stops) return undefined;
  return stops.slice(0, 64).flatMap((stop) => {
    const pos = twips(stop.attrs.position);
    return stop.name === "style:tab-stop" && pos !== null
      ? [{ pos, align: TAB_TYPE[stop.attrs.type ?? "left"] ?? "left" }]
      : [];
  });
}

/** "'Times New Roman'" → "Times New Roman". */
const unquoted = (family: string) => family.replace(/^['"]|['"]$/g, "");

function readStyle(node: XmlNode, faces: ReadonlyMap<string, string>): OdtStyle {
  const text = child(node, "style:text-properties");
  const cell = child(node, "style:table-cell-properties");
  const tabs = readTabs(child(node, "style:paragraph-properties"));
  const line = text?.attrs["text-line-through-style"];
  const face = text?.attrs["font-name"];
  const weight = text?.attrs["font-weight"];
  const { attrs } = node;
  return {
    ...(attrs["parent-style-name"] !== undefined && { parent: attrs["parent-style-name"] }),
    ...(text?.attrs.display !== undefined && { hidden: text.attrs.display === "none" }),
    ...(line !== undefined && { struck: line !== "none" }),
    ...(weight !== undefined && { bold: weight === "bold" || Number(weight) >= 600 }),
    ...(face !== undefined && { font: faces.get(face) ?? face }),
    ...(cell && { border: BORDERS.some((side) => draws(cell.attrs[side])) }),
    ...(cell?.attrs["background-color"] && { background: cell.attrs["background-color"] }),
    ...(attrs["list-style-name"] !== undefined && { listStyle: attrs["list-style-name"] }),
    ...(attrs["master-page-name"] && { masterPage: attrs["master-page-name"] }),
    ...(tabs && { tabs }),
  };
}

/** The style elements of a part's office:styles and office:automatic-styles, and its font faces. */
function collect(root: XmlNode | null, into: Map<string, OdtStyle>, faces: Map<string, string>): void {
  const top = root?.children[0];
  for (const face of child(top, "office:font-face-decls")?.children ?? [])
    if (face.attrs.name && face.attrs["font-family"]) faces.set(face.attrs.name, unquoted(face.attrs["font-family"]));
  for (const group of ["office:styles", "office:automatic-styles"])
    for (const node of child(top, group)?.children ?? [])
      if (node.name === "style:style" && node.attrs.name && node.attrs.family)
        into.set(`${node.attrs.family} ${node.attrs.name}`, readStyle(node, faces));
}

/** Styles from styles.xml and content.xml (the latter's automatic styles name the body's paragraphs and spans). */
export function readOdtStyles(stylesPart: XmlNode | null, contentStyles: XmlNode | null): OdtStyles {
  const styles = new Map<string, OdtStyle>();
  const faces = new Map<string, string>();
  collect(stylesPart, styles, faces);
  collect(contentStyles, styles, faces);
  /** The style and its parents, nearest first; a cycle or a chain longer than any real one ends it. */
  const chain = (name: string | null, family: string): OdtStyle[] => {
    const out: OdtStyle[] = [];
    const seen = new Set<string>();
    for (
      let at = name ?? undefined;
      at && !seen.has(at) && seen.size < 32;
      at = styles.get(`${family} ${at}`)?.parent
    ) {
      seen.add(at);
      const style = styles.get(`${family} ${at}`);
      if (style) out.push(style);
    }
    return out;
  };
  const answers = new Map<string, boolean | string | undefined>();
  const memo = <T extends boolean | string | undefined>(key: string, work: () => T): T => {
    if (!answers.has(key)) answers.set(key, work());
    return answers.get(key) as T;
  };
  const stops = new Map<string | null, readonly TabStop[]>();
  const first = <K extends keyof OdtStyle>(name: string | null, family: string, key: K) =>
    chain(name, family).find((s) => s[key] !== undefined)?.[key];
  return {
    dropped: (name, family) =>
      memo(`dropped ${family} ${name}`, () => !!(first(name, family, "hidden") || first(name, family, "struck"))),
    bold: (span, paragraph) =>
      memo(
        `bold ${span} ${paragraph}`,
        () => first(span, "text", "bold") ?? first(paragraph, "paragraph", "bold") ?? false,
      ),
    font: (span, paragraph) =>
      memo(`font ${span} ${paragraph}`, () => first(span, "text", "font") ?? first(paragraph, "paragraph", "font")),
    bordered: (name) => memo(`border ${name}`, () => first(name, "table-cell", "border") ?? false),
    background: (name) => memo(`background ${name}`, () => first(name, "table-cell", "background")),
    listStyle: (name) => memo(`list ${name}`, () => first(name, "paragraph", "listStyle")),
    masterPage: (name, family) => memo(`page ${family} ${name}`, () => styles.get(`${family} ${name}`)?.masterPage),
    tabs: (name) => {
      if (!stops.has(name))
        stops.set(
          name,
          effectiveStops(
            ...chain(name, "paragraph")
              .map((s) => s.tabs ?? [])
              .reverse(),
          ),
        );
      return stops.get(name)!;
    },
  };
}
