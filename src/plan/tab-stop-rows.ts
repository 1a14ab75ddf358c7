// A task list typed in columns made by tab stops, no table: one paragraph a line, each column's text wrapped by hand
// onto the next lines, which begin with a tab (nothing in the number column) and keep each piece in its column:
//   STT ⇥ Nội dung                         ⇥ Chủ trì          ⇥ Phối hợp            ⇥ Thời gian
//   1   ⇥ Xây dựng kế hoạch cải thiện      ⇥ Sở Kế hoạch và   ⇥ Các sở, ban,         ⇥ Trước ngày
//       ⇥ chỉ số của từng sở, ngành        ⇥ Đầu tư           ⇥ ngành               ⇥ 31/5/2024
//       ⇥                                  ⇥                  ⇥ UBND các huyện
// A row is its numbered line and the lines going on from it: each piece joins the cell above it, so the row reads as a
// table's row would ("Trước ngày 31/5/2024", "Sở Kế hoạch và Đầu tư"). The header's own labels may wrap so too
// ("Thời gian" / "thực hiện"). A line that opens a new thing stays a row of its own: one with a number, or whose first
// piece opens in capitals or with a list's mark (a sub-row "⇥ a) Rà soát …" under a merged number cell).
// The rule works on cells by column: the text reader gives a line's cells by its tabs, the Word reader by the tab
// stops the pieces stand at (`src/plan/docx/tab-stops.ts`).

/** Words a task table's column labels open with (as `src/plan/text-spaced-columns.ts` reads a header). */
const LABEL =
  /^(?:s[ốo]\s*)?tt$|^(?:nội dung|nhiệm vụ|chủ trì|phối hợp|thời (?:gian|hạn)|cơ quan|đơn vị|ghi chú|sản phẩm|kết quả|lãnh đạo|người)/iu;

/** Whether the cell is the label of a task table's column ("STT", "Nội dung công việc", "Thời gian"). */
export const isColumnLabel = (cell: string): boolean => LABEL.test(cell.trim());

/** Whether the cells are a task list's header: three labels of task-table columns at least. */
export const isColumnHeader = (cells: readonly string[]): boolean => cells.filter(isColumnLabel).length >= 3;

// A piece going on from the line above: it opens in lower case or with a figure ("31/5/2024" under "Trước ngày"),
// or the cell above stops where its words cannot end (",", "và", "-"); never a list's mark ("a)", "-", "+"), alone in
// its cell or before words, nor a number alone ("2", "3.1": a part's own, in a table nested in the cell).
const LOWER_OR_FIGURE = /^[\p{Ll}\d(]/u;
const LIST_MARK = /^(?:[a-zđ][).]|[-–+•*])(?:\s|$)/u;
// A number alone is a row's own ("⇥ 2 ⇥ Họp giao ban …" under a first column of months), never words going on.
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]+)\.?$/;
const OPEN_END = /(?:[,;(\-–]|\s(?:và|của|các|với|cho|Sở|UBND))$/u;

function goesOn(piece: string, above: string): boolean {
  if (LIST_MARK.test(piece) || ROW_NUMBER.test(piece)) return false;
  return LOWER_OR_FIGURE.test(piece) || (above !== "" && OPEN_END.test(above));
}

/** Whether the line's cells go on from the row above: its first cell empty, its first piece going on. */
function continues(cells: readonly string[], row: readonly string[]): boolean {
  if (cells[0]?.trim()) return false;
  const first = cells.findIndex((cell) => cell.trim());
  return first > 0 && goesOn(cells[first]!.trim(), (row[first] ?? "").trim());
}

/**
 * The rows of a tab-stop list, from its header on: each line that goes on from the row above joined to it cell by
 * cell (a space between). Linear in the cells.
 */
export function joinWrappedRows(lines: readonly (readonly string[])[]): string[][] {
  const rows: string[][] = [];
  for (const cells of lines) {
    const row = rows.at(-1);
    if (!row || !continues(cells, row)) {
      rows.push([...cells]);
      continue;
    }
    cells.forEach((cell, k) => {
      const piece = cell.trim();
      if (!piece) return;
      while (row.length <= k) row.push("");
      row[k] = row[k]!.trim() ? `${row[k]!.trim()} ${piece}` : piece;
    });
  }
  return rows;
}

/**
 * Whether the rows number their items "1.", "2." (every numbered row keeping the period): a list laid out at tab
 * stops, which the text reader reads as a list (`isTabStopList`, `src/plan/read-text.ts`), never a table's rows.
 */
export function numberedWithPeriods(rows: readonly (readonly string[])[]): boolean {
  const numbered = rows.filter((cells) => /^\d+\.?$/.test(cells[0] ?? ""));
  return numbered.length > 0 && numbered.every((cells) => cells[0]!.endsWith("."));
}

/** How many lines after a header at `at` hold a tab: the list's lines (a line without one ends it). */
function tabbedRun(lines: readonly string[], at: number): number {
  let end = at + 1;
  while (end < lines.length && lines[end]!.includes("\t")) end++;
  return end;
}

/**
 * The lines of a text plan with each tab-stop list under a header of column labels written a row a line: the lines
 * going on from a row joined to it by column, so the readers of tab tables read whole cells. Rows numbered "1." are
 * a list's items, left as they are.
 */
export function joinTabStopRows(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("\t") || !isColumnHeader(line.split("\t"))) {
      out.push(line);
      continue;
    }
    const end = tabbedRun(lines, i);
    const split = lines.slice(i, end).map((l) => l.split("\t"));
    const rows = numberedWithPeriods(split.slice(1)) ? split : joinWrappedRows(split);
    for (const row of rows) out.push(row.join("\t"));
    i = end - 1;
  }
  return out;
}
