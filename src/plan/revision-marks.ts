// A plan reissued in full marks the items it changed "(đã điều chỉnh)" and those it added "(bổ sung)", and some marks
// quote what the item said before: "(đã điều chỉnh, Kế hoạch số 28/KH-UBND giao hoàn thành trong quý II/2024)",
// "(điều chỉnh; trước đây là Sở Tư pháp)", "(đã sửa đổi: theo Kế hoạch cũ là tháng 5/2024)". The item's own words
// are the plan as it now stands; the time or unit quoted after the mark is the replaced one, whether its day has
// passed or not, and is no deadline, lead or partner of the task. The mark stays ("(đã điều chỉnh)"); only the quote
// goes. A mark giving the new time ("(đã điều chỉnh: Tháng 11/2026)", corrected-times.ts) or saying what became of
// the item ("(đã điều chỉnh: không thực hiện nội dung này)") quotes nothing old and is left as written.
import type { Block } from "./document.ts";
import { rewriteWords } from "./document.ts";

// The mark, then a comma, semicolon or colon, then words pointing back at the old text: the replaced plan giving
// ("Kế hoạch số 28/KH-UBND giao", "theo Kế hoạch cũ", "Kế hoạch trước giao"), "trước đây (là)", "trước là", "cũ là",
// "thay cho", "thay vì". The quote runs to the bracket's close (no bracket inside, 160 characters at most).
const QUOTED_OLD =
  /\(\s*((?:đã\s+|được\s+)?(?:điều chỉnh|sửa đổi|thay đổi|bổ sung))\s*[,;:]\s*(?:theo\s+)?(?:(?:kế hoạch|văn bản|quyết định)(?:\s+(?:số\s+\S{1,30}|cũ|trước)){0,3}\s+(?:giao|quy định|là|ghi)|trước\s+(?:đây|là)|cũ\s+là|thay\s+(?:cho|vì))(?!\p{L})[^()]{0,160}\)/giu;

/** `text` with each revision mark's quote of the replaced item taken out, the mark kept. */
export function withoutReplacedQuote(text: string): string {
  if (!text.includes("(")) return text;
  return text.replace(QUOTED_OLD, (_bracket: string, mark: string) => `(${mark})`);
}

/** Every paragraph and cell without the old words its revision marks quote. */
export const withoutReplacedQuotes = (blocks: Block[]): Block[] =>
  blocks.map((b) => rewriteWords(b, withoutReplacedQuote));
