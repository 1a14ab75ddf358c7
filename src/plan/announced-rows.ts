// A numbered item may announce the table right under it with a colon ("7. Đối với UBND các xã, phường (chi tiết tại
// bảng dưới đây):") in a letter whose other items are tasks by their own numbers ("1. Sở Tài chính: … trước ngày
// 25/4/2026.", "3. …", "4. …"). The rows, numbered 1, 2, … anew, would take numbers those items already give tasks:
// a reader cites them through the item, "7.1", "7.2", as the rows of a table numbering anew under its section are
// ("VI.1", `section-refs.ts`). Rows whose numbers no dated item of the list uses keep their own: the announcement
// then hands over to the plan's task table ("2. Giao các cơ quan thực hiện các nhiệm vụ cụ thể sau:" over rows 1-13,
// the items around it headings or undated; "6. … theo bảng phân công sau:" under "II.", its items cited "II.1" …).
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { endsBody } from "./closing-order.ts";
import type { Block } from "./document.ts";
import { handingItem } from "./item-table.ts";
import { markerOf } from "./numbering.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import type { TablePart } from "./part-refs.ts";

/** An item announcing the table under it: its ref within the Roman section `group`, and its paragraph's index. */
export type Announcer = NonNullable<TablePart["announcer"]>;

/** The item over the table whose header starts at block `at` when it hands over to the table, else null. */
export function announcingItem(blocks: readonly Block[], at: number, group: string | null): Announcer | null {
  const marker = handingItem(blocks, at);
  return marker ? { ref: group ? `${group}.${marker.ref}` : marker.ref, at: at - 1 } : null;
}

// A heading whose items are cited through it ("II.3", "Điều 2", "A.1"): a Roman section, a part, an article.
const heads = (text: string): boolean => {
  const kind = markerOf(text, null)?.kind;
  return kind === "roman" || kind === "part" || kind === "article";
};

/**
 * For each block, the numbers of the items of its list that are tasks by their own bare numbers: the paragraphs
 * "1.", "2." … dated in their own words, in a list under no heading that cites them (a letter's body, up to "Nơi
 * nhận"). Items under "II." are "II.1" …, which rows numbered 1, 2 take from no one. One pass over the document.
 */
export function datedItemNumbers(blocks: readonly Block[]): (at: number) => ReadonlySet<string> {
  const lists: Set<string>[] = [new Set()];
  const listOf = new Int32Array(blocks.length);
  let cited = true;
  blocks.forEach((block, i) => {
    const text = block.type === "text" ? block.text.normalize("NFC").trim() : "";
    // A heading opens a list cited through it; the body's end opens an appendix's, cited bare again.
    if (heads(text) || endsBody(text)) {
      cited = endsBody(text);
      lists.push(new Set());
    }
    listOf[i] = lists.length - 1;
    const marker = text && cited ? markerOf(text, null) : null;
    if (marker?.kind === "number" && /^\d{1,2}$/.test(marker.ref) && findDeadlineWording(marker.rest) !== null)
      lists.at(-1)!.add(marker.ref);
  });
  return (at) => lists[listOf[at] ?? 0] ?? new Set();
}

/**
 * The tables (their rows among `tasks` from each `start` on), each announced table whose rows take numbers a dated
 * item of its announcer's list gives a task set out as that item's parts (`item`, cited "7.1" by `part-refs.ts`).
 */
export function withAnnouncedItems(tables: TablePart[], tasks: readonly TaskDraft[], blocks: readonly Block[]) {
  let taken: ((at: number) => ReadonlySet<string>) | null = null;
  return tables.map((table, k) => {
    if (table.item || !table.announcer) return table;
    const rows = tasks.slice(table.start, tables[k + 1]?.start ?? tasks.length);
    const numbers = (taken ??= datedItemNumbers(blocks))(table.announcer.at);
    return rows.some((row) => numbers.has(row.ref)) ? { ...table, item: table.announcer.ref } : table;
  });
}
