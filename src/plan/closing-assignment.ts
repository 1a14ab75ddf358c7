// A task may close with a bracket that assigns it: who leads, who helps and when, in any order,
// "(Sở A chủ trì, phối hợp với Sở B; thời gian: quý II)", "(Thời gian: tháng 6; Sở A chủ trì; Sở B phối hợp)",
// "(Sở A chủ trì; phối hợp: Sở B. Thời gian: trước 15/5)". The bracket is no part of the title; its time piece
// is the task's time, the rest says who, read as a sentence.
import { isRecurring, parseDeadline } from "../domain/deadline.ts";
import { findDeadlineWording } from "../domain/deadline-wording.ts";

// A closing bracket, no bracket inside it; or one the words that lead into the task's points follow ("… (Phòng A
// thực hiện, hoàn thành trong Quý III), tập trung vào:" over its points): the bracket still closes the task's words.
const CLOSING_BRACKET = /\(([^()]+)\)(?:[\s.;]*|(,?\s*[^()\d]{1,40}:)\s*)$/u;
const ASSIGNS = /(?<!\p{L})(?:chủ trì|phối hợp|thực hiện)(?!\p{L})/iu;
const TIME_PIECE = /^(?:thời gian|thời hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*(\S.*|[^\S\n\r\u2028\u2029])$/iu;
// "Sở A thực hiện, hoàn thành trong Quý III": a time after the names, unlabelled, closing its piece.
const CLOSING_TIME = /,\s*((?:hoàn thành|xong|chậm nhất|trước)(?!\p{L})[^,]*)$/iu;

export interface ClosingAssignment {
  /** Where the bracket opens: the title ends there. */
  at: number;
  /** The time it names ("quý II", "thường xuyên"), or null. */
  time: string | null;
  /** Its words naming units and their roles. */
  units: string;
  /** The words after it that lead into the task's points ("tập trung vào:"), or "". */
  after: string;
}

// A bare time piece is a few words that read as a time and name no unit ("quý II/2025", "xong trước 31/3/2025",
// "6 tháng đầu năm 2025", "thường xuyên"); "Sở A làm trong quý II" is who and when, left to the readers of units.
const NAMES_SOMEONE = /(?:^|\s)(?:Sở|UBND|Ủy ban|Ban|Văn phòng|Công an|Bộ|Phòng|Trung tâm|Đài|Báo)(?!\p{L})/u;
const TIME_WORDS = 8;

/** The time a bracket's last piece is, unlabelled ("(Sở A; quý II/2025)"), or null when it is not one. */
export function bareTimePiece(piece: string): string | null {
  if (!piece || NAMES_SOMEONE.test(piece) || piece.split(/\s+/u).length > TIME_WORDS) return null;
  return isRecurring(piece) || parseDeadline(piece).ok ? piece : null;
}

// "cấp trình: UBND tỉnh, HĐND tỉnh", "nơi nhận: …": the level the work goes to for decision, or who receives it,
// never a unit doing it. A bracket with such a piece is an assignment even when its names say no role ("(Sở A; cấp
// trình: UBND tỉnh)": the name alone leads).
const RECEIVES =
  /^(?:cấp\s+(?:trình|ban\s+hành|phê\s+duyệt|quyết\s+định)|trình\s+cấp|nơi\s+nhận|cơ\s+quan\s+(?:tiếp\s+)?nhận)\s*:/iu;

/**
 * A piece saying no role that gives a deadline, "hồ sơ gửi Văn phòng UBND tỉnh trước ngày 20/6": the task's time;
 * whom the file goes to is no unit of the task.
 */
const datedPiece = (piece: string): string | null => (ASSIGNS.test(piece) ? null : findDeadlineWording(piece));

/** The assignment a task's text closes with, or null when its last bracket assigns nothing. */
export function closingAssignment(text: string): ClosingAssignment | null {
  const m = CLOSING_BRACKET.exec(text);
  if (!m) return null;
  const written = m[1]!.split(/[;.]\s+|;/u).map((p) => p.trim());
  const pieces = written.filter((p) => !RECEIVES.test(p));
  const sent = pieces.length < written.length;
  // "(Sở A; các sở, ngành; quý II/2025)": units, then the time after the last semicolon, says who and when too.
  const bare = pieces.length > 1 ? bareTimePiece(pieces.at(-1)!) : null;
  if (bare) return { at: m.index, time: bare, units: pieces.slice(0, -1).join(", "), after: m[2]?.trim() ?? "" };
  if (!sent && !ASSIGNS.test(m[1]!)) return null;
  const labelled = pieces.map((p) => TIME_PIECE.exec(p)?.[1]?.trim() ?? null).find((t) => t !== null) ?? null;
  const closing = labelled
    ? null
    : pieces.map((p) => CLOSING_TIME.exec(p)).find((t) => t !== null && findDeadlineWording(t[1]!));
  const dated = labelled || closing ? null : (pieces.find((p) => datedPiece(p)) ?? null);
  const time = labelled ?? closing?.[1]?.trim() ?? (dated ? datedPiece(dated) : null);
  const units = pieces
    .filter((p) => p && p !== dated && !TIME_PIECE.test(p))
    .map((p) => (closing && p.endsWith(closing[0]) ? p.slice(0, -closing[0].length) : p))
    .join("; ");
  return units ? { at: m.index, time, units, after: m[2]?.trim() ?? "" } : null;
}
