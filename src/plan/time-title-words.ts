// A time column's title may say once how all its days are meant, so that each cell need only write the day: "Thời hạn
// hoàn thành (trước ngày)" over "15/5/2024", "03/9/2024"; "Hạn gửi báo cáo (chậm nhất ngày)" over "10/7". A careful
// reader reads each bare day under it in those words ("trước ngày 15/5/2024": due the day before), while a cell that
// writes its own words ("Trong tháng 6/2024", "Quý IV/2024", "Thường xuyên", "Trước 20/5") is read as it writes them.
// The cells are given back in those words, so every rule for task tables reads them; the admin is shown the cell as
// the document writes it.
import { fold } from "../domain/text.ts";
import { rewriteWords, type Block } from "./document.ts";
import { columnRole, headerRows } from "./table-header.ts";

// The words closing a time column's folded title, bracketed or not: "(trước ngày)", "trước", "(chậm nhất là ngày)".
const TITLE_WORDS = /\b(truoc|cham nhat)(?: la)?(?: ngay)?$/;
// A day and no more: "15/5/2024", "03.9", "ngày 5/12", "ngày 15 tháng 5 năm 2024".
const BARE_DAY =
  /^(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)\.?$/iu;

/**
 * The words the time titles of a header give their days ("trước ngày", "chậm nhất ngày"), by column; empty if none.
 */
function titleWords(header: string[][]): Map<number, string> {
  const words = new Map<number, string>();
  for (const cells of header)
    cells.forEach((cell, i) => {
      const said = TITLE_WORDS.exec(fold(cell));
      if (said && columnRole(cell) === "deadline") words.set(i, said[1] === "truoc" ? "trước ngày" : "chậm nhất ngày");
    });
  return words;
}

/** A bare day in the title's words: "15/5/2024" → "trước ngày 15/5/2024", "ngày 5/12" → "trước ngày 5/12". */
const inWords = (cell: string, words: string): string =>
  words && BARE_DAY.test(cell.trim()) ? `${words} ${cell.trim().replace(/^ngày\s+/iu, "")}` : cell;

/**
 * The blocks with every bare day under a time title that says how its days are meant put in its words, down to the
 * end of the table (the first block that is no row); a header repeated over a page, or another table's, reads anew.
 */
export function withTimeTitleWords(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let words = new Map<number, string>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== "row") {
      words = new Map();
      out.push(block);
      continue;
    }
    const header = headerRows(blocks, i);
    if (header.length > 0) {
      words = titleWords(header);
      out.push(...blocks.slice(i, i + header.length));
      i += header.length - 1;
      continue;
    }
    out.push(words.size === 0 ? block : rewriteWords(block, String, (cell, k) => inWords(cell, words.get(k) ?? "")));
  }
  return out;
}
