// Whether a read file is a plan to dondoc at all. A plan is any document that gives units work to do by a date,
// whatever kind of administrative document it is: a Kế hoạch, but just as well a Công điện whose orders each have a
// deadline, a Hướng dẫn whose steps do, a Công văn, a Thông báo kết luận, a Chỉ thị, a Quyết định, the Biên bản of a
// meeting. Such a document says what it is the way every state document does: its number ("Số: 07/CĐ-UBND", the
// kind of document after the slash) or its kind as a title line in capitals ("CÔNG ĐIỆN", "HƯỚNG DẪN"). A sample
// list an admin uploads (names, phone numbers, birth dates) has neither, and no sentence that sets a deadline.
import { parseDeadline } from "../domain/deadline.ts";
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { fold } from "../domain/text.ts";
import type { Block, PlanDocument } from "./document.ts";
import { readMetadata } from "./metadata.ts";

/** Every text of a document: its paragraphs and, one by one, its cells. */
const texts = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => (b.type === "text" ? [b.text] : b.cells));

/**
 * Whether a document speaks of a plan and its tasks in so many words, or cites a plan by its number ("KH số
 * 45/KH-UBND": a message passing a plan on names it by the short form its number carries).
 */
const namesPlanOrTasks = (document: PlanDocument): boolean => {
  const text = texts(document.blocks).join("\n");
  return /\b(ke hoach|nhiem vu)\b/.test(fold(text)) || /\d\s*\/\s*KH-/u.test(text);
};

// The kinds of document a province's bodies give work in, as their title line writes them.
const KINDS = new RegExp(
  "^(ke hoach|chuong trinh|cong dien|huong dan|cong van|thong bao|chi thi|quyet dinh|nghi quyet|bien ban|ket luan|" +
    "phuong an|de an|thong tri|to trinh|bao cao)\\b",
);
/** The lines a document's header and title stand in. */
const OPENING = 30;

/** Whether a line is a document's kind written as its title, in capitals ("CÔNG ĐIỆN", "THÔNG BÁO KẾT LUẬN …"). */
const isKindTitle = (text: string): boolean => {
  const line = text.trim();
  return /\p{Lu}/u.test(line) && line === line.toUpperCase() && KINDS.test(fold(line));
};

/**
 * Whether a document names itself as a state document does: by a number that carries its kind after the slash
 * ("07/CĐ-UBND", "47-KH/TU"), or by its kind as a title line among its opening lines.
 */
export function isAdministrativeDocument(document: PlanDocument): boolean {
  const number = readMetadata(document.blocks, "").meta.number;
  if (number && /\/.*\p{L}/u.test(number)) return true;
  return texts(document.blocks.slice(0, OPENING)).some(isKindTitle);
}

/**
 * Whether some paragraph or cell sets a deadline ("… trước ngày 22/8/2025", "hoàn thành trong quý IV/2025"). Each cell
 * is looked at alone: a list's dates stand in cells of their own, with no wording that makes them a deadline.
 */
export function setsDeadlines(document: PlanDocument): boolean {
  return texts(document.blocks).some((text) => {
    const wording = findDeadlineWording(text);
    return wording !== null && parseDeadline(wording).ok;
  });
}

/**
 * Whether a document is a plan to dondoc: it speaks of a plan or its tasks, or it is an administrative document of
 * any kind that gives work with dates.
 */
export function looksLikePlan(document: PlanDocument): boolean {
  return namesPlanOrTasks(document) || (isAdministrativeDocument(document) && setsDeadlines(document));
}
