// Lines that tell more of the task above them, by a label ("Thời gian thực hiện: …", "Đơn vị chủ trì: …", "CT: …",
// "Hạn: …") or by saying only when it ends ("Chậm nhất ngày 31/5/2025 phải hoàn thành.", "31/3/2026"). Labels may
// share a line: "CT: Phòng A; PH: Phòng B", "Chủ trì: X; phối hợp: Y — Hạn: 30/6", and an item may carry its own
// after its title, set off by a dash: "2.1. Tập huấn … — Chủ trì: X — Hạn: 15/5". Each label runs to the next one,
// so "Phòng Văn hóa - Xã hội" keeps its dash and "(04 sở; 02 huyện)" its semicolon.
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { fold } from "../domain/text.ts";
import type { ResolvedName } from "../domain/resolve-units.ts";
import type { Block } from "./document.ts";

const LABEL =
  /^(thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: thuc hien| hoan thanh| trinh)?|tien do(?: thuc hien)?|(?:(?:don vi|co quan) (?:thuc hien|chu tri|phoi hop|tham muu)|chu tri|phoi hop)(?: thuc hien)?|ct|ph|giao|han(?: chot| hoan thanh| thuc hien)?|san pham(?: du kien)?|ket qua(?: dau ra)?)\s*:/;
// "Thời gian hoàn thành chậm nhất ngày …" on a line of its own is a label without its colon.
const DEADLINE_LINE = /^(thoi gian (thuc hien|hoan thanh|xong)|thoi han( hoan thanh| thuc hien)?) /;

// Words that only say when a thing ends: "Chậm nhất ngày 31/5/2025 phải hoàn thành.", "Hoàn thành trước 30/6.",
// "Cuối tháng 4/2026".
const WHEN_WORDS =
  /\b(cuoi|dau|giua|cham nhat|truoc|trong|vao|den het|den|tu|han chot|thoi han|ngay|thang|nam|quy|[ivx]+|\d+|phai|can|duoc|thuc hien|hoan thanh|xong|ket thuc)\b/g;

/** A day alone on its line ("31/3/2026"), as a list laid out with tab stops writes its time column. */
const DAY_ALONE = /^\d{1,2}([/.-])\d{1,2}\1\d{4}\.?$/;

/** A span's start alone ("Từ ngày 16/10/2025") says when work begins, never when it ends. */
const START_ONLY = (folded: string) => /^tu\b/.test(folded) && !/\bden\b/.test(folded);

/** A line that says nothing but a deadline ("Từ ngày A đến ngày B" too): it tells when the task above it ends. */
export function onlyDeadline(text: string): boolean {
  if (DAY_ALONE.test(text.trim())) return true;
  const folded = fold(text);
  return findDeadlineWording(text) !== null && !START_ONLY(folded) && folded.replace(WHEN_WORDS, "").trim() === "";
}

/** Where a label may start on a line of labels: after a semicolon, a full stop ("Sở A. Hạn: …"), a spaced dash. */
export const LABEL_SEPARATOR = /(?:[;.]|\s[-–—])\s+/g;
// Where an item's labels may start after its title: after a spaced dash, or at a capital ("… tại 03 đơn vị CT: X",
// a label line a PDF's ragged column ran on into the item); never at a lower-case word ("Giao Sở Y tế chủ trì: …").
export const ITEM_LABEL_SEPARATOR = /\s[-–—]\s+|\s+(?=\p{Lu})/gu;

/**
 * `text` cut before each separator that a label follows (`opensLabel` tells one), trimmed: the first piece is
 * what stands before the first label, the others open with theirs. A label inside brackets is the bracket's
 * ("… (Sở A chủ trì. Thời gian: quý II)", read whole by closing-assignment.ts), never cut from it.
 */
export function splitAtLabels(text: string, opensLabel: (piece: string) => boolean, separator: RegExp): string[] {
  const pieces: string[] = [];
  let from = 0;
  // Brackets open before the separator, counted on from the last one so that a long cell is read in one pass.
  let [open, counted] = [0, 0];
  for (const m of text.matchAll(separator)) {
    open += bracketsOpened(text.slice(counted, m.index));
    counted = m.index;
    const rest = text.slice(m.index + m[0].length);
    if (m.index < from || open > 0 || !opensLabel(rest)) continue;
    pieces.push(text.slice(from, m.index).trim());
    from = m.index + m[0].length;
  }
  return [...pieces, text.slice(from).trim()];
}

const bracketsOpened = (span: string) => (span.match(/\(/g)?.length ?? 0) - (span.match(/\)/g)?.length ?? 0);

export interface Label {
  role: "deadline" | "lead" | "coordinators" | "other";
  value: string;
  /** Named by its label word ("Hạn: 10/3"), not a line that only looks like a deadline. */
  named?: true;
  /** The units, read already from the sentence giving the label (a point handed out by number, assigned-points.ts). */
  units?: ResolvedName[];
}

/** "Thời gian thực hiện: …", "Đơn vị chủ trì: …", "Sản phẩm: …": a line that tells more of the task above. */
export function labelOf(text: string): Label | null {
  const folded = fold(text, ":");
  if ((DEADLINE_LINE.test(folded) && findDeadlineWording(text)) || onlyDeadline(text))
    return { role: "deadline", value: text };
  const m = folded.match(LABEL);
  if (!m) return null;
  const value = text.slice(text.indexOf(":") + 1).trim();
  const name = m[1]!;
  if (/^(thoi|tien|han)/.test(name)) return { role: "deadline", value, named: true };
  if (/phoi hop|^ph$/.test(name)) return { role: "coordinators", value };
  if (/thuc hien|chu tri|tham muu|^ct$|^giao$/.test(name)) return { role: "lead", value };
  return { role: "other", value };
}

/** Whether `text` opens with a label ("PH: …", "Thời gian: …"): its first words only, the longest label's length. */
export const opensLabel = (text: string): boolean => LABEL.test(fold(text.slice(0, 60), ":"));

/** A line of labels ("CT: Phòng A; PH: Phòng B; Hạn: 30/6"), each telling more of the task above; null if none. */
export function labelsOf(text: string): Label[] | null {
  const [first, ...others] = splitAtLabels(text, opensLabel, LABEL_SEPARATOR);
  const label = labelOf(first!);
  return label && [label, ...others.map((piece) => labelOf(piece) ?? { role: "other" as const, value: piece })];
}

/**
 * "4. (Cơ quan chủ trì: Sở A) Tổng hợp …", "(Chủ trì: Sở A; phối hợp: Sở B) Rà soát …": an item may open with a
 * bracket of labels, who leads it set before its work. The labels are the item's as those after its title are; the
 * bracket is no part of the title. Null when the item opens with no such bracket.
 */
export function openingLabels(text: string): { rest: string; labels: string } | null {
  const m = /^\s*\(([^()]*)\)\s*/u.exec(text);
  return m && opensLabel(m[1]!) && m[0].length < text.length ? { rest: text.slice(m[0].length), labels: m[1]! } : null;
}

/** An item's title, then the labels it carries after it ("Tập huấn … — Chủ trì: X — Hạn: 15/5"). */
export function itemLabels(text: string): [string, ...string[]] {
  return splitAtLabels(text, opensLabel, ITEM_LABEL_SEPARATOR) as [string, ...string[]];
}

/**
 * A row of two cells, a label alone in the first ("Đơn vị thực hiện:", "Thời gian:") and its value in the second:
 * a label line laid out in a borderless table rather than after a tab, read as the line "Thời gian: Tháng 10/2025".
 * Null for any other row (a task table's, whose first cell is a number or a task; a card's, already taken apart).
 */
export function labelRowLine(block: Block): string | null {
  if (block.type !== "row" || block.cells.length !== 2) return null;
  const [label, value] = block.cells.map((c) => c.trim()) as [string, string];
  return value && isLabelAlone(label) ? `${label} ${value}` : null;
}

/** A label with nothing after its colon ("Thời gian:"): its value stands beside it, in a cell or column of its own. */
export const isLabelAlone = (text: string): boolean => /:$/.test(text.trim()) && labelOf(text)?.value === "";
