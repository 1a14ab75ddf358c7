// A plan amending an earlier one moves a task from one lead to another, and says what the old lead does now:
//   "cơ quan chủ trì được điều chỉnh từ Sở A sang Sở B"           Sở B leads (the one after "sang" / "thành" / "cho")
//   "điều chỉnh đơn vị chủ trì từ Sở A thành Sở B"                 Sở B leads
//   "chuyển nhiệm vụ … từ Sở A sang Sở B chủ trì thực hiện"         Sở B leads
//   "giao Sở B chủ trì thay cho Sở A", "Sở B chủ trì thay Sở A"     Sở B leads; Sở A is named only as the one replaced
//   "Sở A chuyển thành cơ quan phối hợp", "Sở A là cơ quan phối hợp", "Sở A chuyển sang phối hợp"   Sở A helps
// The sentence is written as the roles it leaves ("Sở B chủ trì", "Sở A phối hợp") and read by its grammar
// (`clause.ts`); the lead given up is no unit of the task.
import { MOVE } from "../domain/time-moves.ts";

// A unit's name up to the clause's end or the role said after it ("… sang Sở B chủ trì thực hiện").
const NAME = String.raw`[^;,.()]+?`;
const NAME_END = String.raw`(?=\s*(?:[;,.()]|$)|\s+(?:chủ trì|thực hiện)(?!\p{L}))`;
// "(điều chỉnh) (cơ quan / đơn vị) chủ trì (thực hiện) (được / đã / nay) (điều chỉnh) (:) từ A sang B": the move said
// before the lead's role or after it.
const ROLE_MOVED = new RegExp(
  String.raw`(?<!\p{L})(?:(?<before>${MOVE})\s+)?(?:(?:cơ quan|đơn vị)\s+)?chủ trì(?:\s+thực hiện)?(?:\s+(?:được|đã|nay))?(?:\s+(?<after>${MOVE}))?\s*:?\s*từ\s+${NAME}\s+(?:sang|thành|cho)\s+(?<lead>${NAME})${NAME_END}`,
  "giu",
);
// "… từ Sở A sang Sở B chủ trì (thực hiện)" in a sentence moving the work: the role after the new lead.
const MOVE_WORD = new RegExp(String.raw`(?<!\p{L})${MOVE}(?!\p{L})`, "iu");
const WORK_MOVED = new RegExp(
  String.raw`\s+từ\s+${NAME}\s+(?:sang|cho)\s+(?<lead>${NAME})\s+(?=chủ trì(?!\p{L}))`,
  "iu",
);
// "chủ trì thay cho Sở A", "chủ trì thay thế Sở A", "chủ trì thay Sở A": the unit replaced.
const REPLACED = new RegExp(String.raw`(?<=chủ trì)\s+thay(?:\s+(?:cho|thế))?\s+${NAME}(?=\s*(?:[;,.()]|$))`, "giu");
// "chuyển thành cơ quan phối hợp", "chuyển sang phối hợp", "là / làm đơn vị phối hợp": the old lead now helps.
const NOW_HELPS = new RegExp(
  String.raw`\s+(?:(?:được\s+)?(?:${MOVE})\s+(?:thành|sang)|là|làm)\s+(?:(?:cơ quan|đơn vị)\s+)?(?=phối hợp(?!\s+(?:với|cùng)))`,
  "giu",
);

/** The sentence with each change of lead written as the roles it leaves ("Sở B chủ trì", "Sở A phối hợp"). */
export function withRolesChanged(sentence: string): string {
  if (!/chủ trì|phối hợp/iu.test(sentence)) return sentence;
  return withWorkMoved(sentence)
    .replace(ROLE_MOVED, (whole, ...args) => {
      const groups = args.at(-1) as { before?: string; after?: string; lead: string };
      return groups.before || groups.after ? `${groups.lead.trim()} chủ trì` : whole;
    })
    .replace(REPLACED, "")
    .replace(NOW_HELPS, " ");
}

/** "Chuyển nhiệm vụ … từ Sở A sang Sở B chủ trì …" written "Chuyển nhiệm vụ …; Sở B chủ trì …". */
function withWorkMoved(sentence: string): string {
  const move = MOVE_WORD.exec(sentence);
  if (!move) return sentence;
  const from = move.index + move[0].length;
  const rest = sentence
    .slice(from)
    .replace(WORK_MOVED, (_whole, ...args) => `; ${(args.at(-1) as { lead: string }).lead.trim()} `);
  return sentence.slice(0, from) + rest;
}
