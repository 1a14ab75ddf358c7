// Excel (and the spreadsheet apps that copy as it does) writes a cell holding line breaks (Alt+Enter) into the
// clipboard's text inside double quotes, its own quotes doubled: `1 ⇥ "Quán triệt …⏎Chủ trì: Sở Nội vụ" ⇥ 15/3/2026`.
// The row then runs over as many lines as the cell has, the lines inside the quotes holding no tab, so the copy no
// longer looks like a sheet. Undone, each row is one line again and the cell's lines are its words, as the workbook
// readers read a cell with line breaks (a space between its lines).

/** Where a cell not in quotes ends: at the next tab or line end. */
const CELL_END = /[\t\n]/g;

/** The end of the quoted cell opening at `at` (the index of its closing quote), or -1 when Excel wrote none there. */
function closingQuote(text: string, at: number): number {
  let from = at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    if (text[quote + 1] === '"') {
      from = quote + 2;
      continue;
    }
    // The closing quote ends the cell: a tab, a line's end or the text's end follows it.
    return quote + 1 === text.length || text[quote + 1] === "\t" || text[quote + 1] === "\n" ? quote : -1;
  }
}

/**
 * The rows of a sheet copied with quoted cells, a line each, the quotes undone; null when the text holds no quoted
 * cell running over lines, or opens a cell with a quote that is not Excel's (`"Dân biết" là …`): then it is no such
 * copy and is read as it is.
 */
export function unquotedSheetRows(lines: readonly string[]): string[] | null {
  const text = lines.join("\n");
  const rows: string[] = [];
  let cells: string[] = [];
  let spansLines = false;
  let at = 0;
  while (at <= text.length) {
    let cell: string;
    if (text[at] === '"') {
      const close = closingQuote(text, at);
      if (close < 0) return null;
      const inner = text.slice(at + 1, close);
      spansLines ||= inner.includes("\n");
      cell = inner.replace(/""/g, '"').replace(/[ \t]*\n[ \t]*|\t/g, " ");
      at = close + 1;
    } else {
      CELL_END.lastIndex = at;
      const end = CELL_END.exec(text)?.index ?? text.length;
      cell = text.slice(at, end);
      at = end;
    }
    cells.push(cell);
    if (text[at] === "\t") {
      at++;
      continue;
    }
    rows.push(cells.join("\t"));
    cells = [];
    at++;
  }
  return spansLines ? rows : null;
}
