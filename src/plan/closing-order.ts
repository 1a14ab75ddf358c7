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

// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. GIÁM ĐỐC", "Q. CHÁNH VĂN PHÒNG": the line the signer signs under, in
// capitals. Two issuers sign side by side above "Nơi nhận" (a joint plan): the text has ended there already, and
// the issuers' names under it ("ỦY BAN MTTQ VIỆT NAM TỈNH") are no unit of the last item.
const SIGNING = /^(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}[\p{Lu}\s.,-]*$/u;

/** "Nơi nhận" and the signature end a document's body. */
export const endsBody = (text: string): boolean => /^noi nhan/.test(fold(text)) || SIGNING.test(text.trim());

// "văn bản này", "Kế hoạch này", "Công văn này" …: the document speaking of itself (folded).
const THIS_DOCUMENT =
  /\b(van ban|cong van|ke hoach|quyet dinh|chi thi|thong bao|huong dan|cong dien|chuong trinh|phuong an|ket luan) nay\b/;

/**
 * For each block, whether a numbered or bulleted line follows it before the body ends ("Nơi nhận", the
 * signature): one pass from the end, so that every paragraph of a long document is told in the same pass.
 */
function itemsAhead(blocks: readonly Block[]): boolean[] {
  const ahead = new Array<boolean>(blocks.length).fill(false);
  let seen = false;
  for (let k = blocks.length - 1; k >= 0; k--) {
    ahead[k] = seen;
    const block = blocks[k]!;
    if (block.type !== "text") continue;
    if (endsBody(block.text)) seen = false;
    // The roman and part counters only tell a section's numeral from a capital: any marker is an item here.
    else if (markerOf(block.text, Number.MAX_SAFE_INTEGER, "Z")) seen = true;
  }
  return ahead;
}

/**
 * Whether the paragraph at an index is the document's closing order: it names the document itself, it says who does
 * it, and no numbered or bulleted line follows it before the body ends.
 */
export function closingOrders(blocks: readonly Block[], resolver: UnitResolver): (at: number) => boolean {
  let ahead: boolean[] | null = null;
  return (at) => {
    const block = blocks[at];
    if (block?.type !== "text" || !THIS_DOCUMENT.test(fold(block.text))) return false;
    ahead ??= itemsAhead(blocks);
    return !ahead[at] && readClause(resolver, block.text).lead.length > 0;
  };
}
