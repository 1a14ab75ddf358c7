// A task table typed with spaces (a commune's plan in Courier New, one paragraph a line, or its text copy):
//   STT  Nội dung công việc                 Chủ trì         Phối hợp        Thời gian
//   ---------------------------------------------------------------------------------
//   1.   Kiện toàn Ban Chỉ huy phòng thủ    Văn phòng HĐND  Công an xã;     Trước
//        dân sự xã; phân công thành viên    và UBND xã      Ban Chỉ huy     20/3/2026
// A header line naming task-table columns, its labels apart by runs of spaces, sets where the columns start; the
// lines under it that keep to those starts (no word across a start) are its rows: a line with a first cell and two
// more opens a row, a line without one goes on with each cell of the row above (a long cell wrapped under its own
// column). Dashed rules are no rows. Such a block is written as rows with tabs, so every reader of rows reads it.

import type { Block } from "./document.ts";

const TAB = "\t";

/** Words a task table's column labels open with. */
const LABEL =
  /^(?:s[ốo]\s*)?tt$|^(?:nội dung|nhiệm vụ|chủ trì|phối hợp|thời (?:gian|hạn)|cơ quan|đơn vị|ghi chú|sản phẩm|kết quả|lãnh đạo|người)/iu;
const GAP = / {2,}/g;
const RULE = /^\s*[-=_–—]{5}[-=_–—\s]*$/u;

/** Where each label of a header line starts, or null when the line names too few task-table columns. */
function columnStarts(line: string): number[] | null {
  if (line.includes("\t")) return null;
  const starts = [line.search(/\S/)];
  for (const gap of line.matchAll(GAP)) {
    const at = gap.index + gap[0].length;
    if (at < line.trimEnd().length) starts.push(at);
  }
  if (starts.length < 3 || starts[0] !== 0) return null;
  const labels = starts.map((s, k) => line.slice(s, starts[k + 1]).trim());
  return labels.filter((label) => LABEL.test(label)).length >= 3 ? starts : null;
}

/** The line's cells cut at the column starts, or null when a word stands across a start. */
function cellsAt(line: string, starts: number[]): string[] | null {
  if (!line.trim() || line.includes("\t")) return null;
  for (const start of starts.slice(1)) if (start < line.length && line[start - 1] !== " ") return null;
  return starts.map((s, k) => line.slice(s, starts[k + 1]).trim());
}

/** The rows under a header at `at`, tab-joined, and the index after its last line. */
function block(lines: readonly string[], at: number, starts: number[]): { rows: string[][]; end: number } {
  const rows: string[][] = [starts.map((s, k) => lines[at]!.slice(s, starts[k + 1]).trim())];
  let end = at + 1;
  for (; end < lines.length; end++) {
    if (RULE.test(lines[end]!)) continue;
    const cells = cellsAt(lines[end]!, starts);
    if (!cells) break;
    const row = rows.at(-1)!;
    // A row opens with its number and two cells at least: "III. TỔ CHỨC THỰC HIỆN" after the table is no row.
    if (cells[0] && cells.filter(Boolean).length < 3) break;
    if (cells[0]) rows.push(cells);
    else cells.forEach((cell, k) => cell && (row[k] = row[k] ? `${row[k]} ${cell}` : cell));
  }
  return { rows, end };
}

// An OCR of a scanned table (or a copy from a PDF viewer) gives each row on one line, its cells apart by two spaces
// or more but not under the header's labels: "1  Lễ mít tinh ...  Sở Y tế  UBND huyện X  Ngày 15/11/2023". Lines
// that open with a row number and split at those gaps into three cells or more, no more than the header has, are its
// rows. A row a cell short left a middle cell blank (most often "Phối hợp"): its last cell is the last column's.
const NUMBERED = /^\d{1,3}\.?(?= {2,})/;

/** The rows under a header at `at` whose cells are apart by gaps, and the index after the last. */
function gapBlock(lines: readonly string[], at: number, width: number): { rows: string[][]; end: number } {
  const rows: string[][] = [lines[at]!.trim().split(GAP)];
  let end = at + 1;
  for (; end < lines.length; end++) {
    const line = lines[end]!.trim();
    const cells = line.split(GAP);
    if (!NUMBERED.test(line) || cells.length < 3 || cells.length > width) break;
    const row = cells.slice(0, -1);
    while (row.length < width - 1) row.push("");
    rows.push([...row, cells.at(-1)!]);
  }
  return { rows, end };
}

/** The table whose header is at `at`: its cells under the labels, or else apart by gaps. */
function tableAt(lines: readonly string[], at: number, starts: number[]): { rows: string[][]; end: number } {
  const aligned = block(lines, at, starts);
  return aligned.rows.length >= 3 ? aligned : gapBlock(lines, at, starts.length);
}

/** `items`, one per line of `lines`, with each table typed with spaces in them replaced by `rowsOf` its rows. */
function replaceTables<T>(lines: readonly string[], items: readonly T[], rowsOf: (rows: string[][]) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const starts = columnStarts(lines[i]!);
    const found = starts && tableAt(lines, i, starts);
    if (!found || found.rows.length < 3) {
      out.push(items[i]!);
      continue;
    }
    out.push(...rowsOf(found.rows));
    i = found.end - 1;
  }
  return out;
}

/** The lines of a text plan with every table typed with spaces written as rows with tabs. */
export const spacedColumnsAsTabs = (lines: readonly string[]): string[] =>
  replaceTables(lines, lines, (rows) => rows.map((cells) => cells.join("\t")));

/**
 * A Word file's paragraphs with such a table typed in them (one paragraph a line, Courier New): `typed` gives the
 * line as typed, its spaces kept, for a paragraph of one line. The table's paragraphs become its rows.
 */
export function spacedColumnsAsRows(blocks: readonly Block[], typed: (block: Block) => string | undefined): Block[] {
  const lines = blocks.map((b) => (b.type === "text" ? (typed(b) ?? TAB) : TAB));
  return replaceTables(lines, blocks, (rows) => rows.map((cells): Block => ({ type: "row", cells })));
}
