// A task may close with a bracket that assigns it: who leads, who helps and when, in any order,
// "(Sở A chủ trì, phối hợp với Sở B; thời gian: quý II)", "(Thời gian: tháng 6; Sở A chủ trì; Sở B phối hợp)",
// "(Sở A chủ trì; phối hợp: Sở B. Thời gian: trước 15/5)". The bracket is no part of the title; its time piece
// is the task's time, the rest says who, read as a sentence.

// A closing bracket, no bracket inside it.
const CLOSING_BRACKET = /\(([^()]+)\)[\s.;]*$/u;
const ASSIGNS = /(?<!\p{L})(?:chủ trì|phối hợp|thực hiện)(?!\p{L})/iu;
const TIME_PIECE = /^(?:thời gian|thời hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*(.+)$/iu;

export interface ClosingAssignment {
  /** Where the bracket opens: the title ends there. */
  at: number;
  /** The time it names ("quý II", "thường xuyên"), or null. */
  time: string | null;
  /** Its words naming units and their roles. */
  units: string;
}

/** The assignment a task's text closes with, or null when its last bracket assigns nothing. */
export function closingAssignment(text: string): ClosingAssignment | null {
  const m = CLOSING_BRACKET.exec(text);
  if (!m || !ASSIGNS.test(m[1]!)) return null;
  const pieces = m[1]!.split(/[;.]\s+|;/u).map((p) => p.trim());
  const time = pieces.map((p) => TIME_PIECE.exec(p)?.[1]?.trim() ?? null).find((t) => t !== null) ?? null;
  const units = pieces.filter((p) => p && !TIME_PIECE.test(p)).join("; ");
  return units ? { at: m.index, time, units } : null;
}
