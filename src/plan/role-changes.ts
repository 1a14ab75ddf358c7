// A plan amending an earlier one moves a task from one lead to another, and says what the old lead does now:
//   "cơ quan chủ trì được điều chỉnh từ Sở A sang Sở B"           Sở B leads (the one after "sang" / "thành" / "cho")
//   "điều chỉnh đơn vị chủ trì từ Sở A thành Sở B"                 Sở B leads
//   "chuyển nhiệm vụ … từ Sở A sang Sở B chủ trì thực hiện"         Sở B leads
//   "giao Sở B chủ trì thay cho Sở A", "Sở B chủ trì thay Sở A"     Sở B leads; Sở A is named only as the one replaced
//   "Sở A chuyển thành cơ quan phối hợp", "Sở A là cơ quan phối hợp", "Sở A chuyển sang phối hợp"   Sở A helps
// The sentence is written as the roles it leaves ("Sở B chủ trì", "Sở A phối hợp") and read by its grammar
// (`clause.ts`); the lead given up is no unit of the task.
import { MOVE } from "../domain/time-moves.ts";

// "(điều chỉnh) (cơ quan / đơn vị) chủ trì (thực hiện) (được / đã / nay) (điều chỉnh) (:) từ": a change of lead
// opening, the move said before the lead's role or after it; the old lead and the new follow in its clause.
const ROLE_MOVED = new RegExp(
  String.raw`(?<!\p{L})(?:(?<before>${MOVE})\s)?(?:(?:cơ quan|đơn vị)\s)?chủ trì(?:\sthực hiện)?(?:\s(?:được|đã|nay))?(?:\s(?<after>${MOVE}))?\s?:?\stừ\s`,
  "giu",
);
// "Chuyển nhiệm vụ … từ Sở A sang Sở B chủ trì (thực hiện)": the work moved, the role after the new lead.
const MOVE_WORD = new RegExp(String.raw`(?<!\p{L})${MOVE}(?!\p{L})`, "iu");
const FROM = /(?<!\p{L})từ\s/u;
// "chủ trì thay cho Sở A", "chủ trì thay thế Sở A", "chủ trì thay Sở A": the unit replaced follows, to its clause's
// end. Only a unit is replaced so: its name opens with a capital ("Sở", "UBND") or "cơ quan / đơn vị"; "chủ trì thay
// thế phần mềm", "chủ trì thay đổi quy chế" are the lead's work, its partners after it. Case-sensitive, since
// \p{Lu} under "i" would match any letter.
const REPLACED = /(?<=[Cc]hủ trì)\sthay(?:\s(?:cho|thế))?\s(?=\p{Lu}|(?:các\s)?(?:cơ quan|đơn vị)\s)/gu;
// "chuyển thành cơ quan phối hợp", "chuyển sang phối hợp", "là / làm đơn vị phối hợp": the old lead now helps.
const NOW_HELPS = new RegExp(
  String.raw`\s(?:(?:được\s)?${MOVE}\s(?:thành|sang)|là|làm)\s(?:(?:cơ quan|đơn vị)\s)?(?=phối hợp(?!\s(?:với|cùng)))`,
  "giu",
);
// Where the old lead gives way to the new: "từ A sang B", "từ A thành B", "từ A cho B".
const TURN = /\s(?:sang|thành|cho)\s/u;
// The new lead's name ends where its role is said ("… sang Sở B chủ trì thực hiện").
const ROLE_AFTER = /\s(?:chủ trì|thực hiện)(?!\p{L})/u;

/** Where the clause opening at `from` ends: a comma, semicolon, full stop or bracket, or the text's end. */
function clauseEnd(text: string, from: number): number {
  const end = text.slice(from).search(/[;,.()]/u);
  return end < 0 ? text.length : from + end;
}

/** The new lead of "A sang B" (the clause after "từ"), with where it ends in the clause; null when none turns. */
function newLead(clause: string): { name: string; end: number } | null {
  const turn = TURN.exec(clause);
  if (!turn) return null;
  const from = turn.index + turn[0].length;
  const role = ROLE_AFTER.exec(clause.slice(from));
  const end = role ? from + role.index : clause.length;
  const name = clause.slice(from, end).trim();
  return name ? { name, end } : null;
}

/** The sentence with each change of lead written as the roles it leaves ("Sở B chủ trì", "Sở A phối hợp"). */
export function withRolesChanged(sentence: string): string {
  if (!/chủ trì|phối hợp/iu.test(sentence)) return sentence;
  return withReplacedDropped(withLeadMoved(withWorkMoved(sentence))).replace(NOW_HELPS, " ");
}

/** "cơ quan chủ trì được điều chỉnh từ Sở A sang Sở B" written "Sở B chủ trì". */
function withLeadMoved(sentence: string): string {
  let out = "";
  let from = 0;
  for (const m of sentence.matchAll(ROLE_MOVED)) {
    if (m.index < from || !(m.groups?.before || m.groups?.after)) continue;
    const start = m.index + m[0].length;
    const end = clauseEnd(sentence, start);
    const lead = newLead(sentence.slice(start, end));
    if (!lead) continue;
    out += `${sentence.slice(from, m.index)}${lead.name} chủ trì`;
    from = start + lead.end;
  }
  return out + sentence.slice(from);
}

/** "Chuyển nhiệm vụ … từ Sở A sang Sở B chủ trì …" written "Chuyển nhiệm vụ …; Sở B chủ trì …". */
function withWorkMoved(sentence: string): string {
  const move = MOVE_WORD.exec(sentence);
  if (!move) return sentence;
  const after = move.index + move[0].length;
  const at = FROM.exec(sentence.slice(after));
  if (!at) return sentence;
  const start = after + at.index + at[0].length;
  const clause = sentence.slice(start, clauseEnd(sentence, start));
  const lead = newLead(clause);
  // Only the work handed to a new lead: the role said right after the name ("… sang Sở B chủ trì").
  if (!lead || lead.end === clause.length || !/^\s*chủ trì/u.test(clause.slice(lead.end))) return sentence;
  return `${sentence.slice(0, after + at.index).trimEnd()}; ${lead.name}${sentence.slice(start + lead.end)}`;
}

/** "Sở B chủ trì thay cho Sở A, …" written "Sở B chủ trì, …": the unit replaced is no unit of the task. */
function withReplacedDropped(sentence: string): string {
  let out = "";
  let from = 0;
  for (const m of sentence.matchAll(REPLACED)) {
    if (m.index < from) continue;
    out += sentence.slice(from, m.index);
    from = clauseEnd(sentence, m.index + m[0].length);
  }
  return out + sentence.slice(from);
}
