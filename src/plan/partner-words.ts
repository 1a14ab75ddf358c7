// One cell may name who leads and who works with them in several ways: "Sở A (chủ trì), Sở B", "Sở A chủ trì, Sở B
// phối hợp", "Sở A; phối hợp: Sở B" (read by the grammar of `clause.ts`), and "Sở A cùng: Sở B, Sở C", "Sở A cùng
// với Sở B", "Sở A cùng Sở B", where "cùng" (with) sets the partners after the one who leads, as a letter's legend
// says ("các cơ quan ghi sau chữ 'cùng' phối hợp"). The names after "cùng" are those "phối hợp với" would name.
// "cùng" before a word in lower case qualifies ("các phòng cùng cấp"), and "phối hợp cùng" says so already.
import { hasPredicate } from "./clause.ts";

// Case matters after "cùng" (a name is capitalised), so its own capital is spelt out: "Cùng: Sở B" on a line of
// its own.
const WITH =
  /(?:\s*[,;])?(?<![Pp]hối hợp|\s)\s*(?<![\p{L}\p{M}])[Cc]ùng(?:\s+với)?(?:\s+(?::\s+)?|:\s+)(?=\p{Lu}|(?:các|những)\s)/u;

/** A cell of names with its "X cùng: Y" written as "X; phối hợp với Y"; any other cell as it is. */
export function withPartnerWords(cell: string): string {
  const at = WITH.exec(cell);
  const before = at ? cell.slice(0, at.index).trim() : "";
  if (!at || !before || hasPredicate(before)) return cell;
  return `${before}; phối hợp với ${cell.slice(at.index + at[0].length)}`;
}
