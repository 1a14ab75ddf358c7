// Excel 2003 XML Spreadsheets (SpreadsheetML 2003: a Workbook of Worksheets, each a Table of Rows of Cells), which
// reporting tools still export and offices send named .xls (or .xml); Excel opens them as workbooks. Read as the
// other workbook readers read a sheet: every visible worksheet in order, each cell as Excel shows it (its style's
// number format, sheet/number-format.ts), merged ranges spread and hidden rows and columns left out (sheet/grid.ts),
// the rows made blocks (sheet/blocks.ts). Told by content, whatever the file's name: its root element is a Workbook
// of the spreadsheet namespace. The XML is streamed (formats/xml-stream.ts): no DTD, bounded depth, cells counted.
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { isoSerial } from "../domain/serial-day.ts";
import { openingText } from "../formats/text-decode.ts";
import { rootName, streamXml, type XmlElement, type XmlHandlers } from "../formats/xml-stream.ts";
import { Budget, readSafely, refuse } from "./budget.ts";
import type { ReadResult } from "./document.ts";
import { sheetBlocks } from "./sheet/blocks.ts";
import { SheetGrid, type SheetRow } from "./sheet/grid.ts";
import { shownIsoDay, shownNumber, type ShownNumber } from "./sheet/number-format.ts";

const NAMESPACE = "urn:schemas-microsoft-com:office:spreadsheet";

/** Whether a file is an Excel 2003 XML Spreadsheet: a Workbook root (any prefix) in the spreadsheet namespace. */
export function isXmlWorkbook(buffer: Buffer): boolean {
  const head = openingText(buffer);
  const name = rootName(head);
  return (name === "Workbook" || name.endsWith(":Workbook")) && head.includes(NAMESPACE);
}

// The named formats Excel writes for its built-in ones; dates as a Vietnamese-set Excel shows them.
const NAMED_FORMATS: Record<string, string> = {
  "general number": "General",
  "general date": "dd/mm/yyyy",
  "short date": "dd/mm/yyyy",
  "medium date": "dd/mm/yyyy",
  "long date": "dd/mm/yyyy",
  "short time": "h:mm",
  "medium time": "h:mm AM/PM",
  "long time": "h:mm:ss",
  fixed: "0.00",
  standard: "#,##0.00",
  percent: "0.00%",
  scientific: "0.00E+00",
  currency: "#,##0.00",
  "yes/no": "General",
  "true/false": "General",
  "on/off": "General",
};

/**
 * What a cell of SpreadsheetML shows: a Number or DateTime through its style's format (a DateTime left in General
 * shows its day, as its writer meant a date), a Boolean as TRUE or FALSE, String and Error as written.
 */
export function shownXmlCell(type: string, value: string, format: string): ShownNumber {
  const code = NAMED_FORMATS[format.toLowerCase()] ?? (format || "General");
  if (type === "Number") {
    const n = Number(value);
    return value.trim() && Number.isFinite(n) ? shownNumber(n, code, false) : { text: value, generalNumber: false };
  }
  if (type === "DateTime") {
    // Its serial, to show it through its format as a number cell is; before 1 March 1900 (a time with no day is
    // written on 31/12/1899), as the day written.
    const day = isoSerial(value);
    if (day === null || day < 61 || /^(general|@)?$/i.test(code)) {
      const shown = shownIsoDay(value);
      return shown ? { text: shown, generalNumber: false, monthFirst: null } : { text: value, generalNumber: false };
    }
    const { text, monthFirst } = shownNumber(day, code, false);
    return monthFirst === undefined ? { text, generalNumber: false } : { text, generalNumber: false, monthFirst };
  }
  if (type === "Boolean") return { text: value.trim() === "1" ? "TRUE" : "FALSE", generalNumber: false };
  return { text: value, generalNumber: false };
}

const local = (el: XmlElement) => el.name.slice(el.name.indexOf(":") + 1);
const count = (value: string | undefined) => Math.max(0, Math.floor(Number(value)) || 0);
/** Subtrees whose text is not the cell's: its comment, its phonetic reading. */
const SKIPPED = new Set(["Comment", "PhoneticText"]);

/** The handlers reading a workbook's styles and worksheets; `sheets()` the visible ones' tab names and rows. */
export function xmlWorkbookReader(budget: Budget): XmlHandlers & { sheets(): { name: string; rows: SheetRow[] }[] } {
  const formats = new Map<string, string>();
  const parents = new Map<string, string>();
  const sheets: { name: string; rows: SheetRow[] }[] = [];
  let sheetName = "";
  let style = "";
  let grid: SheetGrid | null = null;
  let sheetHidden = false;
  let inOptions = false;
  let rowSpan = 0;
  let row = 0;
  let column = 0;
  let columnAt = 0;
  let columnsDescribed = 0;
  let cell: { column: number; style: string; type: string; value: string } | null = null;
  let inData = false;
  /** The text of the worksheet's Visible option while it is read. */
  let visible: string | null = null;
  let skipping = 0;

  /** A style's number format, its own or its parents' (a chain bounded by the styles there are). */
  const formatOf = (id: string) => {
    let at: string | undefined = id || "Default";
    for (let k = 0; at !== undefined && k <= parents.size; k++, at = parents.get(at))
      if (formats.has(at)) return formats.get(at)!;
    return formats.get("Default") ?? "";
  };

  return {
    open(el) {
      const name = local(el);
      if (skipping || SKIPPED.has(name)) {
        skipping++;
        return;
      }
      const a = el.attrs;
      switch (name) {
        case "Style":
          style = a.ID ?? "";
          if (a.Parent) parents.set(style, a.Parent);
          break;
        case "NumberFormat":
          if (style) formats.set(style, a.Format ?? "");
          break;
        case "Worksheet":
          grid = new SheetGrid(budget);
          sheetName = a.Name ?? "";
          columnsDescribed = 0;
          sheetHidden = false;
          row = 0;
          columnAt = 0;
          break;
        case "Column": {
          // A sheet describes no more columns than it may have; a hidden range reaching past them ("hide the rest of
          // the sheet") is held to them.
          if (++columnsDescribed > budget.limits.maxColumns) refuse("plan-too-complex", "columns");
          columnAt = count(a.Index) || columnAt + 1;
          const last = columnAt + count(a.Span);
          const hidden = a.Hidden === "1" || a.Hidden === "true";
          if (hidden && columnAt <= budget.limits.maxColumns)
            grid?.hideColumns(columnAt, Math.min(last, budget.limits.maxColumns));
          columnAt = last;
          break;
        }
        case "Row":
          row = count(a.Index) || row + 1;
          column = 0;
          if (a.Hidden === "1" || a.Hidden === "true") grid?.hideRow(row);
          // A row repeated (Span) is an empty one in what tools write: the rows after it move down.
          rowSpan = count(a.Span);
          break;
        case "Cell": {
          const at = count(a.Index) || column + 1;
          const across = count(a.MergeAcross);
          const down = count(a.MergeDown);
          if (grid && (across || down)) grid.merge({ top: row, left: at, bottom: row + down, right: at + across });
          column = at + across;
          cell = { column: at, style: a.StyleID ?? "", type: "", value: "" };
          break;
        }
        case "Data":
          if (cell) {
            cell.type = a.Type ?? "String";
            inData = true;
          }
          break;
        case "WorksheetOptions":
          inOptions = true;
          break;
        case "Visible":
          if (inOptions) visible = "";
          break;
      }
    },
    close(el) {
      const name = local(el);
      if (skipping) {
        skipping--;
        return;
      }
      if (name === "Style") style = "";
      else if (name === "Data") inData = false;
      else if (name === "Cell" && cell) {
        if (grid && row > 0 && cell.value) {
          const { text, generalNumber, monthFirst } = shownXmlCell(cell.type, cell.value, formatOf(cell.style));
          grid.set(row, cell.column, text, generalNumber, monthFirst);
        }
        cell = null;
      } else if (name === "WorksheetOptions") inOptions = false;
      else if (name === "Row") row += rowSpan;
      else if (name === "Visible" && visible !== null) {
        sheetHidden = /^Sheet(Very)?Hidden$/.test(visible.trim());
        visible = null;
      } else if (name === "Worksheet") {
        if (grid && !sheetHidden) sheets.push({ name: sheetName, rows: grid.rows() });
        grid = null;
      }
    },
    text(text) {
      if (skipping) return;
      if (visible !== null) visible = (visible + text).slice(0, 40);
      if (!cell || !inData) return;
      cell.value += text;
      budget.text(0, cell.value.length);
    },
    sheets: () => sheets,
  };
}

export function readXmlWorkbookPlan(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("unreadable-xls", () => {
    const reader = xmlWorkbookReader(new Budget(limits));
    streamXml(buffer, reader, limits.maxXmlDepth);
    // The tab's name goes with its rows as read-xlsx gives it: a tab may name the unit whose tasks they are.
    return { blocks: reader.sheets().flatMap(({ name, rows }) => sheetBlocks(rows, name)) };
  });
}
