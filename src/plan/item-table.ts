// A numbered item may be one task whose parts a table right under it sets out: "4. Tổ chức các đợt kiểm tra của Đoàn
// kiểm tra tỉnh theo lịch tại khung dưới đây; thành phần Đoàn do Giám đốc Sở Nội vụ quyết định." over a schedule of
// three inspections (a table in a text box, perhaps under a title of its own in capitals), items 5, 6, … going on
// after it. The item is a whole sentence, ended by its full stop, saying what is done: the rows are its parts, cited
// by the item's number and their own, "II.4.2", as its lettered points would be. An item that only announces the
// table ("2. Giao các cơ quan, đơn vị thực hiện các nhiệm vụ cụ thể sau:", its colon handing over to the rows) or
// titles it ("3. Nội dung phối hợp chung", no sentence) leaves the rows their own numbers, the plan's tasks; so
// does an item with a deadline of its own, a whole task, whatever table follows it — unless the table says no time of
// its own: "3. Thẩm định theo tiêu chí: các sở, ngành được phân công tại bảng dưới đây kiểm tra …, gửi … chậm nhất là
// ngày 25/4/2025:" over STT | Sở, ngành chủ trì | Tiêu chí | Cơ quan phối hợp | Ghi chú shares the item's work out by
// row, and its one deadline is each row's, save a row whose note gives one of its own (`datingItem`).
import { hasPredicate, unitsNamedOnly } from "./clause.ts";
import type { Block } from "./document.ts";
import { markerOf } from "./numbering.ts";
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import type { UnitResolver } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";

// A table's own title over it: a line in capitals ("LỊCH KIỂM TRA CỦA ĐOÀN KIỂM TRA TỈNH"). A heading in capitals
// with a number of its own ("II. NỘI DUNG GIÁM SÁT") is no such title: it opens the next section, and the item above
// it closed the section before, so the table under it is that section's, not the item's.
const isTitle = (text: string): boolean =>
  /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text) && markerOf(text, null) === null;

/**
 * The ref of the item whose parts the table with its header at block `at` sets out, within the Roman section
 * `group` (null: none), or null when the paragraph above it (past a title) is no such item.
 */
export function detailedItem(resolver: UnitResolver, blocks: Block[], at: number, group: string | null): string | null {
  const title = blocks[at - 1];
  const index = title?.type === "text" && isTitle(title.text.normalize("NFC").trim()) ? at - 2 : at - 1;
  const above = blocks[index];
  if (above?.type !== "text") return null;
  const marker = markerOf(above.text.normalize("NFC").trim(), null);
  if (marker?.kind !== "number" || !/^\d{1,2}$/.test(marker.ref)) return null;
  const sentence = marker.rest.trim();
  if (!/\.$/.test(sentence) || !hasPredicate(sentence) || unitsNamedOnly(resolver, sentence).length > 0) return null;
  // An item dated itself is a whole task; the table after it is another matter ("BIỂU PHÂN CÔNG NHIỆM VỤ").
  if (findDeadlineWording(sentence) !== null) return null;
  if (!POINTS_DOWN.test(fold(sentence)) && announcedAbove(blocks, index)) return null;
  return group ? `${group}.${marker.ref}` : marker.ref;
}

// Words pointing at a table further down: "tại Bảng dưới đây", "theo biểu sau", "(Phụ lục kèm theo)" is no such.
const POINTS_DOWN = /\b(bang|bieu|khung|lich)\b[^.;:]*\b(duoi\s+day|sau\s+day|sau)\b/;

/**
 * Whether an earlier paragraph of the items above block `item` (up to the heading over them, a Roman section or a
 * part) points at the table below ("1. Các nhiệm vụ được phân công theo từng lĩnh vực tại Bảng dưới đây."): then that
 * paragraph announces the table, and the items between it and the table ("2. Cơ quan được giao chủ trì chịu trách
 * nhiệm …") say something else; the rows are the plan's tasks under their own numbers.
 */
function announcedAbove(blocks: Block[], item: number): boolean {
  for (let k = item - 1; k >= 0; k--) {
    const block = blocks[k]!;
    if (block.type !== "text") return false;
    const text = block.text.normalize("NFC").trim();
    if (POINTS_DOWN.test(fold(text))) return true;
    const marker = markerOf(text, null);
    if (marker?.kind === "roman" || marker?.kind === "part" || marker?.kind === "article") return false;
  }
  return false;
}

/** A numbered item dating the table right under it: its ref within the Roman section `group`, and its deadline. */
export interface DatingItem {
  ref: string;
  wording: string;
}

// The item hands over to the rows: its colon, or words pointing at the table ("tại bảng dưới đây", "theo biểu sau").
const HANDS_OVER = /\b(bang|bieu)\s+(duoi\s+day|sau)\b/;
const handsOver = (rest: string): boolean => /:$/.test(rest) || HANDS_OVER.test(fold(rest));

/** The numbered item ("1." to "99.") right over the table whose header starts at block `at`, handing over to it. */
export function handingItem(blocks: readonly Block[], at: number): { ref: string; rest: string } | null {
  const above = blocks[at - 1];
  if (above?.type !== "text") return null;
  const marker = markerOf(above.text.normalize("NFC").trim(), null);
  if (marker?.kind !== "number" || !/^\d{1,2}$/.test(marker.ref) || !handsOver(marker.rest.trim())) return null;
  return marker;
}

/**
 * The item over the table whose header starts at block `at` when it is dated and hands over to the table: a
 * table with no time column of its own is then a task table, each row due by the item's day (`table-header.ts`).
 */
export function datingItem(blocks: Block[], at: number, group: string | null): DatingItem | null {
  const marker = handingItem(blocks, at);
  if (!marker) return null;
  const wording = findDeadlineWording(marker.rest);
  return wording === null ? null : { ref: group ? `${group}.${marker.ref}` : marker.ref, wording };
}
