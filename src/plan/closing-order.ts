// A letter or plan often closes its body with one order to everyone it has given work: "UBND tỉnh yêu cầu các sở,
// ngành … được giao nhiệm vụ tại văn bản này báo cáo kết quả … trước ngày D", "Các cơ quan, đơn vị báo cáo kết quả
// thực hiện Công văn này về …". It stands after the last item, unnumbered, as the body's paragraphs do, and it names
// the document itself as where its units were given work or what they report on: a reader takes it as the
// document's order, not as a part of the item it happens to follow.
import { fold } from "../domain/text.ts";
import type { UnitResolver } from "../domain/resolve-units.ts";
import { readClause } from "./clause.ts";
import type { Block } from "./document.ts";
import { markerOf } from "./numbering.ts";

// "văn bản này", "Kế hoạch này", "Công văn này" …: the document speaking of itself (folded).
const THIS_DOCUMENT =
  /\b(van ban|cong van|ke hoach|quyet dinh|chi thi|thong bao|huong dan|cong dien|chuong trinh|phuong an|ket luan) nay\b/;

/**
 * Whether the paragraph at `at` is the document's closing order: it names the document itself, it says who does
 * it, and no numbered or bulleted line follows it before the body ends (`ends`: "Nơi nhận", the signature).
 */
export function isClosingOrder(
  blocks: readonly Block[],
  at: number,
  resolver: UnitResolver,
  ends: (text: string) => boolean,
): boolean {
  const block = blocks[at];
  if (block?.type !== "text" || !THIS_DOCUMENT.test(fold(block.text))) return false;
  for (const later of blocks.slice(at + 1)) {
    if (later.type !== "text") continue;
    if (ends(later.text)) break;
    // The roman and part counters only tell a section's numeral from a capital: any marker is an item here.
    if (markerOf(later.text, Number.MAX_SAFE_INTEGER, "Z")) return false;
  }
  return readClause(resolver, block.text).lead.length > 0;
}
