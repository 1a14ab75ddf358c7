// Deadlines counted from an event rather than written as a day:
//   "trong vòng 15 ngày kể từ ngày Kế hoạch này được ban hành"   the plan's date + 15 days
//   "trong thời hạn 30 ngày kể từ ngày ban hành Kế hoạch"        the same
//   "07 ngày sau Hội nghị … nêu tại điểm a khoản này"             the day of the task at point a + 7
//   "chậm nhất 10 ngày trước ngày tổ chức Hội nghị … nêu tại khoản 2 Mục này"   that task's day − 10
//   "trong 07 ngày làm việc kể từ ngày 20/3/2026 (ngày … ban hành hướng dẫn)"   that day + 7 working days
//   "05 ngày làm việc sau ngày kết thúc khảo sát (ngày 28/8/2026)"             the same, the day in brackets
//   "thời hạn như điểm a khoản này"                                            the day of the task at point a
//   "trong 10 ngày làm việc sau khi hoàn thành nhiệm vụ 2"                    the day of the task numbered 2 + 10
//   "sau khi hoàn thành nhiệm vụ 3, trong 05 ngày làm việc"                   the same, the event told first
//   "sau 30 ngày kể từ ngày Kế hoạch có hiệu lực"                              the day the plan takes effect + 30
// A period in days starts the day after its event (Bộ luật Dân sự 2015, Điều 147), so it ends N days
// after it; "ngày làm việc" counts working days only. An event the plan gives no day for ("kể từ ngày
// nhận đủ hồ sơ") dates nothing.
import { addWorkingDays, type WorkCalendar } from "./calendar.ts";
import { addDays, type IsoDate } from "./dates.ts";
import { countsWorkingDays, DAY_COUNT } from "./day-count.ts";
import { DOCUMENT, IN_EFFECT, TAKES_EFFECT } from "./in-force.ts";
import { clean, fold } from "./text.ts";

/**
 * Where the event is told: Mục (I, II), khoản (1, 2), điểm (a, b); a part left out is the task's own. A task named
 * by its number in a table ("nhiệm vụ 2", "nhiệm vụ số 2") is read as a khoản: the row numbered so in the task's
 * own section.
 */
export interface ItemReference {
  section?: string;
  clause?: string;
  point?: string;
  /** Named as "nhiệm vụ N": a numbered task, which may stand in the plan's table outside the task's own section. */
  task?: boolean;
}

/**
 * "day": the event's day is written in it ("ngày 20/3/2026"), its year perhaps left to the plan's. "in-force": the day
 * the plan takes effect, its own date unless its clause of entry into force names another (in-force.ts).
 */
export type Anchor =
  { kind: "issued" } | { kind: "in-force" } | { kind: "item"; item: ItemReference } | { kind: "day"; text: string };

export interface RelativeDeadline {
  /** The wording as the plan writes it, from its first word ("trong vòng", "chậm nhất") to the event. */
  text: string;
  count: number;
  workingDays: boolean;
  /** +1: the period runs after the event; −1: it ends that many days before it. */
  direction: 1 | -1;
  anchor: Anchor;
}

const LEAD_WORDS = String.raw`(?:(?:thời hạn|trong vòng|trong thời hạn|trong|chậm nhất|không quá|tối đa)\s+)*`;
// The event runs to the end of its clause: a comma, a semicolon or a full stop.
const RELATIVE = new RegExp(
  String.raw`(?<=^|[\s,;:(])${LEAD_WORDS}${DAY_COUNT}\s+(kể từ|sau|trước)\s+((?:[^,;]*?[^\s,;])??)(?=\s*(?:[,;]|\.(?:\s|$)|$))`,
  "iu",
);

// "ngày ban hành Kế hoạch (này)", "ngày ký (ban hành)", "ngày Kế hoạch (này) được ban hành": the day the
// document itself is issued, its own date. A document with a number ("Kế hoạch số 31/KH-UBND") is another one.
const ISSUED = new RegExp(
  `^ngay ((ky|ban hanh)( ban hanh)?( ${DOCUMENT}( nay)?)?|${DOCUMENT}( nay)? (duoc )?(ky|ban hanh)( ban hanh)?)$`,
);
// "ngày Kế hoạch (này) có hiệu lực (thi hành)", "ngày có hiệu lực của Kế hoạch", "khi Chương trình có hiệu lực": the
// day the document itself takes effect (in-force.ts, whose words for the document and its taking effect these are).
const IN_FORCE = new RegExp(
  `^(ngay )?(khi )?(${DOCUMENT}( nay)? ${IN_EFFECT}|${IN_EFFECT}( cua ${DOCUMENT}( nay)?)?)$`,
);
// Only the document itself ("Quyết định này có hiệu lực sau …"): "rà soát các văn bản đang có hiệu lực trong vòng 30
// ngày …" speaks of other documents in force, and its period is the task's deadline.
const TAKES_EFFECT_BEFORE = new RegExp(`${TAKES_EFFECT}( sau)?$`);
// "điểm a khoản này", "khoản 2 Mục này", "điểm b khoản 3 Mục II": "này" and a part left out are the task's own.
const END = String.raw`(?=[\s,.;)]|$)`;
const REFERENCE = new RegExp(
  String.raw`(?:điểm\s+([a-zđ])${END}\s*(?!\s))?(?:,?\s*khoản\s+(\d+|này)${END}\s*(?!\s))?(?:,?\s*mục\s+([IVXLC]+|này)${END})?`,
  "giu",
);

// "nhiệm vụ 2", "nhiệm vụ số 2", "(nhiệm vụ 6)": another row of the plan's table, by its number.
const TASK_NUMBER = /(?<=^|[\s(])nhiệm vụ\s+(?:số\s+)?(\d{1,3})(?=[\s,.;)]|$)/iu;

function referenceIn(event: string): ItemReference | null {
  const task = TASK_NUMBER.exec(event);
  if (task) return { clause: task[1]!, task: true };
  for (const m of event.matchAll(REFERENCE)) {
    const [, point, clause, section] = m;
    if (!point && !clause) continue;
    const own = (part: string | undefined) => (part && fold(part) !== "nay" ? part : undefined);
    return { point: point?.toLowerCase(), clause: own(clause), section: own(section)?.toUpperCase() };
  }
  return null;
}

// "ngày 20/3/2026 (ngày …)" opens the event with its day; "ngày kết thúc khảo sát (ngày 28/8/2026)" gives it in
// brackets. A day anywhere else in the event dates something else ("ngày nhận văn bản số 12/SNV ngày 20/3/2026").
const DAY = String.raw`\d{1,2}\s*(?:[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)`;
// A day in brackets may be given as expected ("(dự kiến ngày 15/5/2024)"): the deadline counts from it.
const WRITTEN_DAY = new RegExp(
  String.raw`^ngày\s+(${DAY})(?![\d/.-])|\(\s*(?:dự kiến\s+(?:(?:là|vào)\s+)?)?(?:ngày\s+)?(${DAY})\s*\)`,
  "iu",
);

/** The day an event is written with, as "ngày d/m/y", or null. */
function writtenDay(event: string): string | null {
  const m = WRITTEN_DAY.exec(event);
  return m ? `ngày ${m[1] ?? m[2]}` : null;
}

function anchorOf(relation: string, event: string): Anchor | null {
  const written = writtenDay(event);
  if (written) return { kind: "day", text: written };
  const folded = fold(event);
  // "kể từ ngày …" and "sau ngày …" name a day; "sau Hội nghị …" an event whose day another task gives.
  const day = /^ke tu$/.test(fold(relation)) || folded.startsWith("ngay ") ? folded : `ngay ${folded}`;
  if (ISSUED.test(day)) return { kind: "issued" };
  if (IN_FORCE.test(day)) return { kind: "in-force" };
  const item = referenceIn(event);
  return item ? { kind: "item", item } : null;
}

// "thời hạn như điểm a khoản này", "thời gian thực hiện như khoản 2 Mục này": the deadline of another item, a
// period of no days from its day. Only an item of the plan: "thời hạn theo quy định tại khoản 3 Điều 5 …" is a law's.
const SAME_AS_WORDS = String.raw`(?:thời hạn|thời gian)(?:\s+(?:thực hiện|hoàn thành))?\s+(?:giống\s+)?như`;
const SAME_AS = new RegExp(
  String.raw`(?<=^|[\s,;:(])${SAME_AS_WORDS}\s+(?!\s)(?:(?:quy định|nêu)\s+tại\s+(?!\s))?((?:[^,;]*?[^\s,;])??)(?=\s*(?:[,;]|\.(?:\s|$)|$))`,
  "iu",
);
const ONLY_ITEM = /^((diem [a-z]|khoan (\d+|nay)|muc ([ivxlc]+|nay))( |$))+$/;

function sameDeadlineAs(text: string): RelativeDeadline | null {
  const m = SAME_AS.exec(text);
  const item = m && ONLY_ITEM.test(fold(m[1]!)) ? referenceIn(m[1]!) : null;
  return item ? { text: m![0], count: 0, workingDays: false, direction: 1, anchor: { kind: "item", item } } : null;
}

// The event told first, then the period: "Sau khi hoàn thành nhiệm vụ 3, trong 05 ngày làm việc".
const EVENT_FIRST = new RegExp(
  String.raw`(?<=^|[\s,;:(])(sau khi|kể từ khi|kể từ)\s+([^,;]+?)\s*,\s*${LEAD_WORDS}${DAY_COUNT}` +
    String.raw`(?=\s*(?:[,;]|\.(?:\s|$)|$))`,
  "iu",
);

/** Whether a sentence counts a deadline in days from an event, dated by the plan or not ("kể từ ngày nhận hồ sơ"). */
export function countsFromEvent(sentence: string): boolean {
  const text = clean(sentence);
  return RELATIVE.test(text) || EVENT_FIRST.test(text);
}

/** The first deadline in a sentence counted from an event the plan dates, or null. */
export function findRelativeDeadline(sentence: string): RelativeDeadline | null {
  const text = clean(sentence);
  const after = RELATIVE.exec(text);
  // "Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký": when a document takes effect (in-force.ts), no deadline.
  if (after && TAKES_EFFECT_BEFORE.test(fold(text.slice(0, after.index)))) return null;
  const before = after ? null : EVENT_FIRST.exec(text);
  if (!after && !before) return sameDeadlineAs(text);
  const [wording, count, unit, relation, event] = after ?? [before![0], before![3], before![4], before![1], before![2]];
  const anchor = anchorOf(relation!, event!);
  if (!anchor) return null;
  return {
    text: wording!.trim(),
    count: Number(count),
    workingDays: countsWorkingDays(unit!),
    direction: fold(relation!) === "truoc" ? -1 : 1,
    anchor,
  };
}

/** The ref of the item a reference names, seen from the task `ref` ("II.3.b" + "điểm a" → "II.3.a"). */
export function referencedRef(ref: string, item: ItemReference): string {
  const parts = ref.split(".");
  const section = item.section ?? parts.find((p) => /^[IVXLC]+$/.test(p));
  const clause = item.clause ?? parts.find((p) => /^\d+$/.test(p));
  return [section, clause, item.point].filter((p) => p !== undefined).join(".");
}

/** The last allowed day: the event's day moved by the period. */
export function relativeDue(deadline: RelativeDeadline, eventDay: IsoDate, calendar: WorkCalendar): IsoDate {
  const days = deadline.direction * deadline.count;
  return deadline.workingDays ? addWorkingDays(calendar, eventDay, days) : addDays(eventDay, days);
}
