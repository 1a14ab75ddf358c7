// A plan's notes about its tasks at large, not one task of them: "Các nhiệm vụ không ghi thời hạn … hoàn thành chậm
// nhất ngày 15/12/2026" (common-deadline.ts), "Nhiệm vụ có thời gian thực hiện theo quý: … chậm nhất ngày 20 của
// tháng cuối quý" (period-days.ts). Both read alike: the tasks, qualified only by how they are timed or given, are the
// subject of a line of text or of a sheet's one-cell row, bulleted or numbered; and no body named by its name does the
// work, for a line naming one piece of work or the body doing it ("Nhiệm vụ báo cáo theo quý: Sở Nội vụ tổng hợp …")
// is that task's.
import { BODY_HEAD, capitalised, foldedFrom, OTHER_BODY_HEAD, tokenize } from "../domain/unit-tokens.ts";
import type { Block } from "./document.ts";

/**
 * The words that may qualify the tasks a note is about, folded: how they are timed or given ("có thời gian thực
 * hiện", "được giao", "tại Phụ lục kèm theo"), never a kind of work ("báo cáo", "kiểm tra"), which makes the line
 * one task's.
 */
const QUALIFIER =
  "(?:co|duoc|da|giao|chu tri|thuc hien|hoan thanh|trien khai|thoi gian|thoi han|tien do|ky han|moc|xac dinh|quy dinh|ghi|neu|de ra|cu the|ro|tai|trong|cua|phu luc|kem theo|ke hoach|nay|tren|duoi|con lai|khac|[ivx]+|\\d+)";

/**
 * "(2.) (Ghi chú: ) (Đối với) (các) nhiệm vụ / nội dung / công việc (có thời gian thực hiện) " and then `which`, the
 * words that say which tasks the note is about, folded, opening the line: the tasks as its subject.
 */
export const tasksSubject = (which: string): RegExp =>
  new RegExp(
    `^(?:(?:\\d{1,2} ){1,3}|[a-z] )?(?:(?:ghi chu|luu y) )?(?:doi voi )?(?:cac |nhung )?(?:nhiem vu|noi dung|cong viec)(?: ${QUALIFIER}){0,8}? ${which}`,
  );

/** A line of text, or a sheet's row holding one cell of words (the notes under a table typed in its columns). */
export function noteLine(block: Block): string | null {
  if (block.type === "text") return block.text;
  const filled = block.type === "row" ? block.cells.filter((cell) => cell.trim()) : [];
  return filled.length === 1 ? filled[0]! : null;
}

const PLURALS = /^(?:cac|nhung|moi)$/;
const LEVELS = /^(?:tinh|huyen|xa|phuong|tp|tx)$/;

/**
 * Whether words name a body by its name, not a kind of one: a capitalised body's head ("Sở", "UBND", "Văn phòng")
 * with a capitalised or initialled name or a level after it ("Sở Nội vụ", "UBND tỉnh", "Công an tỉnh"), no plural
 * ("các Sở, ngành", "UBND các huyện") around it.
 */
export function namesBody(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, i) => {
    if (!capitalised(text, t) || PLURALS.test(tokens[i - 1]?.word ?? "")) return false;
    const head = foldedFrom(tokens, i);
    const kind = BODY_HEAD.exec(head) ?? OTHER_BODY_HEAD.exec(head);
    if (!kind) return false;
    const next = tokens[i + kind[0].split(" ").length];
    if (PLURALS.test(next?.word ?? "")) return false;
    return !!t.abbr || t.word === "ubnd" || capitalised(text, next) || LEVELS.test(next?.word ?? "");
  });
}
