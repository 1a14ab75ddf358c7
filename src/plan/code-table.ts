// A workbook whose "Chủ trì" / "Phối hợp" cells are picked from a dropdown names its units by CODES ("SNV",
// "VPUBND", "CSBN; UBNDH") and explains them in a table of its own, often on a second sheet "Danh mục đơn vị":
//   Mã | Tên đơn vị            (or "Ký hiệu | Đơn vị", "Chữ viết tắt | Tên đầy đủ", "STT | Mã ĐV | Tên cơ quan")
//   SNV | Sở Nội vụ
//   CSBN | Các sở, ban, ngành tỉnh
// A document may do the same in a "Ghi chú" / "Danh mục" table under its task table. Such a table is the plan's list
// of abbreviations written as rows: each code stands for its unit wherever the plan names units (`abbreviations.ts`),
// and its rows leave the plan (numbered "1 | SNV | Sở Nội vụ", or under a task table, they would read as tasks).
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { NUMBER_TITLE } from "./number-column.ts";

/** "Mã", "Mã đơn vị", "Mã ĐV", "Ký hiệu", "Viết tắt", "Chữ viết tắt", "Tên viết tắt", "Từ viết tắt". */
const CODE_TITLE = /^(?:ma(?: (?:don vi|dv|so|co quan))?|ky hieu(?: viet tat)?|(?:chu |tu |ten )?viet tat)$/;
/** "Tên đơn vị", "Đơn vị", "Tên cơ quan, đơn vị", "Tên đầy đủ", "Diễn giải", "Giải thích", "Ý nghĩa". */
const NAME_TITLE = /^(?:ten (?:day du|(?:co quan|don vi)\b.*)|(?:co quan, )?don vi|dien giai|giai thich|y nghia)$/;
/**
 * A code: a capital first, no more than three words and a dozen or so characters, no lower-case word of its own. A
 * group's code may keep its name's commas ("Huyện, TP" for "UBND các huyện, thành phố"); `spellOut` takes it whole,
 * before the shorter code inside it ("TP", the city alone).
 */
const CODE = /^[\p{Lu}\d][\p{L}\p{Nd}&.\-/]*(?:,? [\p{L}\p{Nd}&.\-/]+){0,2}$/u;
const isCode = (cell: string) =>
  cell.length <= 15 && CODE.test(cell) && /\p{Lu}/u.test(cell) && !/^\p{Lu}\p{Ll}+$/u.test(cell);
/** A unit's name or a group of units ("Các sở, ban, ngành tỉnh"), longer than its code. */
const isName = (cell: string, code: string) =>
  cell.length > code.length && (/^\p{Lu}/u.test(cell) || /^(?:cac|nhung) /.test(fold(cell)));

interface Columns {
  code: number;
  name: number;
}

/** The code's and the name's columns a header row titles, nothing else written in it but a number's title. */
function titled(cells: string[]): Columns | null {
  const titles = cells.map((cell) => fold(cell.trim()));
  const [code, name] = [titles.findIndex((t) => CODE_TITLE.test(t)), titles.findIndex((t) => NAME_TITLE.test(t))];
  const others = titles.filter((t, i) => t && i !== code && i !== name && !NUMBER_TITLE.test(t));
  return code >= 0 && name > code && others.length === 0 ? { code, name } : null;
}

/** The code and name a legend's row gives, or null where the legend ends. */
function entry(cells: string[], columns: Columns): [string, string] | null {
  const [code, name] = [(cells[columns.code] ?? "").trim(), (cells[columns.name] ?? "").trim()];
  return isCode(code) && isName(name, code) ? [code, name] : null;
}

/** The codes a plan's tables of codes spell out, with the unit each stands for, and the plan without those tables. */
export function readCodeTables(blocks: readonly Block[]): { codes: Map<string, string>; blocks: Block[] } {
  const codes = new Map<string, string>();
  const kept: Block[] = [];
  let columns: Columns | null = null;
  let header: Block | null = null;
  for (const block of blocks) {
    const pair = block.type === "row" && columns ? entry(block.cells, columns) : null;
    if (pair) {
      codes.set(...pair);
      header = null;
      continue;
    }
    // A title row is kept until a code follows it: a header alone tables no codes.
    if (header) kept.push(header);
    columns = block.type === "row" ? titled(block.cells) : null;
    header = columns ? block : null;
    if (!header) kept.push(block);
  }
  if (header) kept.push(header);
  return { codes, blocks: codes.size ? kept : [...blocks] };
}
