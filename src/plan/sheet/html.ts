// An "Excel" file that is a web page: the HTML table a task-tracking system, a portal or Excel's own "Save as Web
// Page" writes under an .xls name (ProgId Excel.Sheet, the Excel namespace). Excel opens it as one worksheet, and so
// does this reader, giving the rows every workbook reader gives (grid.ts, blocks.ts):
//   - each <tr> is a row, each <td>/<th> the next column its row leaves free; colspan and rowspan are merged ranges;
//   - a plain <br> in a cell starts a new row of the sheet, the cell's next line standing in the row below in the
//     same column (the table's later rows moving down); a <br style='mso-data-placement:same-cell'> is a line break
//     inside the cell;
//   - a row or a column (<col>) styled display:none is hidden, as hidden rows and columns are in a workbook;
//   - text outside the tables (a title in a <div>) is a row of its own in the first column;
//   - a table inside a cell gives its text to that cell.
// The page is untrusted: htmlparser2 reads it in one pass, elements nest no deeper than XML parts may, a span is
// held to the columns allowed and a rowspan to the table's rows.
import { Parser } from "htmlparser2";
import { refuse, type Budget } from "../budget.ts";
import { feedPage, HIDDEN, HIDING_STYLE } from "../docx/alt-chunk.ts";
import { SheetGrid, type SheetRow } from "./grid.ts";

const SAME_CELL = /mso-data-placement\s*:\s*same-cell/i;
const EXCEL_NAMESPACE = "urn:schemas-microsoft-com:office:excel";
const WORD_NAMESPACE = "urn:schemas-microsoft-com:office:word";

/**
 * Whether a web page's opening (its first kilobytes) is a workbook's: its ProgId meta names Excel ("Excel.Sheet"),
 * or, naming no program, it declares Excel's namespace. Word's pages name Word.Document.
 */
export function isWorkbookPage(opening: string): boolean {
  const program = programOf(opening);
  return program ? program === "excel" : opening.includes(EXCEL_NAMESPACE);
}

/** Whether a web page's opening is Word's: its ProgId names Word, or it declares Word's namespace. */
export function isWordPage(opening: string): boolean {
  const program = programOf(opening);
  return program ? program === "word" : opening.includes(WORD_NAMESPACE);
}

/** The program a page's ProgId meta names, in lower case ("excel", "word"), or null. */
function programOf(opening: string): string | null {
  for (const meta of opening.match(/<meta\b[^>]{0,300}>/gi) ?? []) {
    if (!/\bname\s*=\s*["']?progid\b/i.test(meta)) continue;
    return /\bcontent\s*=\s*["']?([a-z]+)\./i.exec(meta)?.[1]?.toLowerCase() ?? null;
  }
  return null;
}

// Headings stand outside a spreadsheet's tables too: LibreOffice's page of a workbook names each sheet in an <h1>.
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "caption"]);
/** The share of a table page's words that may stand outside its tables: a title, an export's date. */
const LOOSE_SHARE = 0.1;

// A word processor writes a cell's text as paragraphs and lists; a spreadsheet writes it bare.
const DOCUMENT_PARTS = new Set(["p", "li", "ol", "ul"]);

/**
 * Whether a page's words stand in tables, but for headings and a few lines, their cells' text bare: a spreadsheet's
 * page (LibreOffice Calc's "Save as HTML", a web system's plain table sent as .xls) rather than a document's, whose
 * paragraphs stand outside its tables or in their cells. Such a page is read as the sheet it shows, as Excel opens it.
 */
export function isTablePage(data: Buffer, maxDepth: number, charset?: string): boolean {
  let [depth, hidden, tables, headings, inside, outside] = [0, 0, 0, 0, 0, 0];
  let paragraphs = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (++depth > maxDepth) refuse("plan-too-complex", "nesting");
        if (hidden > 0 || HIDDEN.has(name) || HIDING_STYLE.test(attrs.style ?? "")) hidden++;
        else if (name === "table") tables++;
        else if (HEADINGS.has(name)) headings++;
        else if (tables > 0 && DOCUMENT_PARTS.has(name)) paragraphs = true;
      },
      onclosetag(name) {
        depth--;
        if (hidden > 0) hidden--;
        else if (name === "table" && tables > 0) tables--;
        else if (HEADINGS.has(name) && headings > 0) headings--;
      },
      ontext(text) {
        if (hidden > 0 || headings > 0) return;
        if (tables > 0) inside += text.trim().length;
        else outside += text.trim().length;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  feedPage(parser, data, charset);
  return !paragraphs && inside > 0 && outside <= inside * LOOSE_SHARE;
}

interface PageCell {
  htmlRow: number;
  column: number;
  /** The cell's lines split at plain <br>s: each stands in a row of its own. */
  lines: string[];
}

interface Cover {
  /** The last table row a cell merged down covers. */
  until: number;
}

/** The rows of an Excel web page, as the sheet Excel opens shows them. */
export function htmlSheetRows(data: Buffer, budget: Budget, maxDepth: number, charset?: string): SheetRow[] {
  const grid = new SheetGrid(budget);
  let sheetRow = 0;
  let depth = 0;
  let hidden = 0;
  // The open table (its nested tables read as text of its cells).
  let tables = 0;
  let htmlRow = -1;
  let column = 0;
  let down: (Cover | undefined)[] = [];
  let cells: PageCell[] = [];
  let cell: PageCell | null = null;
  let merges: { top: number; left: number; bottom: number; right: number }[] = [];
  const hiddenRows: number[] = [];
  let columnsSeen = 0;
  let loose = "";

  /** Text outside any table: a row of the sheet in the first column. */
  const flushLoose = () => {
    for (const line of loose.split("\n")) if (line.trim()) grid.set(++sheetRow, 1, line);
    loose = "";
  };

  /** The table so far placed on the sheet: each table row as many sheet rows as its cells have lines. */
  const placeTable = () => {
    const starts: number[] = [];
    const heights: number[] = [];
    for (const c of cells) heights[c.htmlRow] = Math.max(heights[c.htmlRow] ?? 1, c.lines.length);
    for (let r = 0; r <= htmlRow; r++) {
      starts[r] = sheetRow + 1;
      sheetRow += heights[r] ?? 1;
    }
    for (const r of hiddenRows) for (let k = 0; k < (heights[r] ?? 1); k++) grid.hideRow(starts[r]! + k);
    for (const c of cells) c.lines.forEach((line, k) => grid.set(starts[c.htmlRow]! + k, c.column + 1, line));
    for (const m of merges) {
      const bottom = Math.min(m.bottom, htmlRow);
      grid.merge({
        top: starts[m.top]!,
        left: m.left + 1,
        // A cell merged down covers its last row's every line; one merged across stays on its own row's first.
        bottom: bottom > m.top ? starts[bottom]! + (heights[bottom] ?? 1) - 1 : starts[m.top]!,
        right: m.right + 1,
      });
    }
    cells = [];
    merges = [];
    down = [];
    hiddenRows.length = 0;
    htmlRow = -1;
    // Each table counts its own <col>s.
    columnsSeen = 0;
  };

  const openCell = (attrs: Record<string, string>) => {
    if (htmlRow < 0) htmlRow = 0;
    while (down[column] && down[column]!.until >= htmlRow) column++;
    const span = Math.min(Math.max(1, Number.parseInt(attrs.colspan ?? "", 10) || 1), budget.limits.maxColumns + 1);
    budget.columns(column + span);
    const rowspan = Number.parseInt(attrs.rowspan ?? "", 10);
    // rowspan="0" spans the rows left in its table.
    const rows = rowspan === 0 ? Number.MAX_SAFE_INTEGER : Math.max(1, rowspan || 1);
    if (rows > 1 || span > 1) {
      const bottom = rows === Number.MAX_SAFE_INTEGER ? rows : htmlRow + rows - 1;
      merges.push({ top: htmlRow, left: column, bottom, right: column + span - 1 });
      for (let k = 0; k < span; k++) down[column + k] = { until: bottom };
    }
    cell = { htmlRow, column, lines: [""] };
    cells.push(cell);
    column += span;
  };

  const open = (name: string, attrs: Record<string, string>) => {
    if (name === "table") {
      if (++tables === 1) flushLoose();
      return;
    }
    if (tables === 0) {
      if (name === "br" || name === "p" || name === "div" || name === "tr") loose += "\n";
      return;
    }
    if (tables > 1 || (cell && name !== "td" && name !== "th" && name !== "tr")) {
      if (cell && name === "br") appendBreak(attrs);
      return;
    }
    if (name === "col") {
      const span = Math.min(Math.max(1, Number.parseInt(attrs.span ?? "", 10) || 1), budget.limits.maxColumns + 1);
      budget.columns(columnsSeen + span);
      if (HIDING_STYLE.test(attrs.style ?? "")) grid.hideColumns(columnsSeen + 1, columnsSeen + span);
      columnsSeen += span;
    } else if (name === "tr") {
      budget.block();
      htmlRow++;
      column = 0;
      cell = null;
      if (HIDING_STYLE.test(attrs.style ?? "")) hiddenRows.push(htmlRow);
    } else if (name === "td" || name === "th") openCell(attrs);
  };

  const appendBreak = (attrs: Record<string, string>) => {
    if (SAME_CELL.test(attrs.style ?? "")) cell!.lines[cell!.lines.length - 1] += "\n";
    else {
      budget.block();
      cell!.lines.push("");
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (++depth > maxDepth) refuse("plan-too-complex", "nesting");
        // A hidden row stays a row (hidden on the sheet); anything else hidden is not shown at all.
        if (
          hidden > 0 ||
          HIDDEN.has(name) ||
          (name !== "tr" && name !== "col" && HIDING_STYLE.test(attrs.style ?? ""))
        ) {
          hidden++;
          return;
        }
        open(name, attrs);
      },
      onclosetag(name) {
        depth--;
        if (hidden > 0) {
          hidden--;
          return;
        }
        if (name === "table" && tables > 0 && --tables === 0) placeTable();
        else if (tables === 1 && (name === "td" || name === "th")) cell = null;
        else if (tables === 0 && (name === "p" || name === "div")) loose += "\n";
      },
      ontext(text) {
        if (hidden > 0) return;
        // White space in the source is a space on the sheet; line breaks come from <br>.
        const shown = text.replace(/[\t\n\r\f]/g, " ");
        if (tables === 0) {
          loose += shown;
          // Held to a paragraph's length line by line: the text outside tables is many lines.
          budget.text(0, loose.length - loose.lastIndexOf("\n") - 1);
        } else if (cell) {
          const line = (cell.lines[cell.lines.length - 1] ?? "") + shown;
          cell.lines[cell.lines.length - 1] = line;
          budget.text(0, line.length);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  feedPage(parser, data, charset);
  if (tables > 0) placeTable();
  flushLoose();
  return grid.rows();
}
