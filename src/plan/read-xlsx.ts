// .xlsx task tables, read from the workbook's XML parts (bounded as Word files are): every
// visible sheet in order, each cell as Excel shows it (sheet/number-format.ts), merged
// ranges spread as in Word tables (sheet/grid.ts), rows made blocks as for every workbook
// format (sheet/blocks.ts).
import { clean } from "../domain/text.ts";
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { child, streamXml, type XmlHandlers, type XmlNode } from "../formats/xml-stream.ts";
import { Budget, readSafely, refuse } from "./budget.ts";
import type { Block, ReadResult } from "./document.ts";
import { sheetBlocks } from "./sheet/blocks.ts";
import { mainPart, openPackage } from "./package.ts";
import { builtInFormat } from "./sheet/number-format.ts";
import { sheetReader, type Workbook } from "./xlsx/sheet.ts";

function sharedStrings(data: Buffer | null, budget: Budget, maxDepth: number): string[] {
  const strings: string[] = [];
  if (!data) return strings;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  const handlers: XmlHandlers = {
    open(el) {
      if (el.name === "x:si") current = "";
      else if (el.name === "x:t") inText = true;
      else if (el.name === "x:rPh") phonetic++;
    },
    close(el) {
      if (el.name === "x:si" && current !== null) strings.push(clean(current));
      else if (el.name === "x:t") inText = false;
      else if (el.name === "x:rPh") phonetic--;
    },
    text(text) {
      if (current === null || !inText || phonetic > 0) return;
      current += text;
      budget.text(text.length, current.length);
    },
  };
  streamXml(data, handlers, maxDepth);
  return strings;
}

/** Each cell style's number format code and the colour of its solid fill (null: none). */
function cellStyles(root: XmlNode | null): Pick<Workbook, "formats" | "fills"> {
  const styleSheet = child(root ?? undefined, "x:styleSheet");
  const fills = (child(styleSheet, "x:fills")?.children ?? []).filter((f) => f.name === "x:fill").map(solidColour);
  const custom = new Map<number, string>();
  for (const f of child(styleSheet, "x:numFmts")?.children ?? [])
    if (f.name === "x:numFmt") custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? "General");
  const styles = child(styleSheet, "x:cellXfs")?.children.filter((xf) => xf.name === "x:xf") ?? [];
  return {
    formats: styles.map((xf) => {
      const id = Number(xf.attrs.numFmtId) || 0;
      return custom.get(id) ?? builtInFormat(id);
    }),
    fills: styles.map((xf) => fills[Number(xf.attrs.fillId) || 0] ?? null),
  };
}

/** A solid pattern fill's colour as written (rgb, theme and tint, or indexed); null for none or a pattern. */
function solidColour(fill: XmlNode): string | null {
  const pattern = child(fill, "x:patternFill");
  if (pattern?.attrs.patternType !== "solid") return null;
  const fg = child(pattern, "x:fgColor")?.attrs ?? {};
  return fg.rgb ?? (fg.theme ? `theme${fg.theme}/${fg.tint ?? 0}` : fg.indexed ? `indexed${fg.indexed}` : null);
}

export function readXlsxPlan(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("unreadable-xlsx", () => ({ blocks: xlsxBlocks(buffer, limits, new Budget(limits)) }));
}

/** A workbook's blocks, its cells counted in `budget`: its own, or the document's it is embedded in. */
export function xlsxBlocks(buffer: Buffer, limits: PlanLimits, budget: Budget): Block[] {
  const pkg = openPackage(buffer, limits, "unreadable-xlsx", budget);
  const main = mainPart(pkg, "xl/workbook.xml");
  const workbook = child(pkg.tree(main) ?? undefined, "x:workbook") ?? refuse("unreadable-xlsx", "no workbook");
  const related = pkg.relationships(main);
  const target = (type: string) => related.find((r) => r.type === type)?.target;
  const sharedPath = target("sharedStrings");
  const styles = target("styles");
  const book: Workbook = {
    strings: sharedStrings(sharedPath ? pkg.part(sharedPath) : null, budget, limits.maxXmlDepth),
    ...cellStyles(styles ? pkg.tree(styles) : null),
    date1904: ["1", "true"].includes(child(workbook, "x:workbookPr")?.attrs.date1904 ?? ""),
  };
  const blocks: Block[] = [];
  for (const sheet of child(workbook, "x:sheets")?.children ?? []) {
    if (sheet.name !== "x:sheet") continue;
    if (sheet.attrs.state === "hidden" || sheet.attrs.state === "veryHidden") continue;
    const path = related.find((r) => r.id === sheet.attrs["r:id"] && r.type === "worksheet")?.target;
    const data = path ? pkg.part(path) : null;
    if (!data) continue;
    const reader = sheetReader(book, budget);
    streamXml(data, reader, limits.maxXmlDepth);
    for (const block of sheetBlocks(reader.rows(), sheet.attrs.name)) blocks.push(block);
  }
  return blocks;
}
