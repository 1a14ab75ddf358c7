// Deadlines counted from an event rather than written as a day:
//   "trong vòng 15 ngày kể từ ngày Kế hoạch này được ban hành"   the plan's date + 15 days
//   "trong thời hạn 30 ngày kể từ ngày ban hành Kế hoạch"        the same
//   "07 ngày sau Hội nghị … nêu tại điểm a khoản này"             the day of the task at point a + 7
//   "chậm nhất 10 ngày trước ngày tổ chức Hội nghị … nêu tại khoản 2 Mục này"   that task's day − 10
// A period in days starts the day after its event (Bộ luật Dân sự 2015, Điều 147), so it ends N days
// after it; "ngày làm việc" counts working days only. An event the plan gives no day for ("kể từ ngày
// nhận đủ hồ sơ") dates nothing.
import { addWorkingDays, type WorkCalendar } from "./calendar.ts";
import { addDays, type IsoDate } from "./dates.ts";
import { clean, fold } from "./text.ts";

/** Where the event is told: Mục (I, II), khoản (1, 2), điểm (a, b); a part left out is the task's own. */
export interface ItemReference {
  section?: string;
  clause?: string;
  point?: string;
}

export type Anchor = { kind: "issued" } | { kind: "item"; item: ItemReference };

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
  String.raw`(?<=^|[\s,;:(])${LEAD_WORDS}(\d{1,3})\s+(ngày làm việc|ngày)\s+(kể từ|sau|trước)\s+([^,;]*?)(?=\s*(?:[,;]|\.(?:\s|$)|$))`,
  "iu",
);

const DOCUMENT = "(ke hoach|quyet dinh|cong van|van ban|thong bao|chi thi)";
// "ngày ban hành Kế hoạch (này)", "ngày ký (ban hành)", "ngày Kế hoạch (này) được ban hành": the day the
// document itself is issued, its own date. A document with a number ("Kế hoạch số 31/KH-UBND") is another one.
const ISSUED = new RegExp(
  `^ngay ((ky|ban hanh)( ban hanh)?( ${DOCUMENT}( nay)?)?|${DOCUMENT}( nay)? (duoc )?(ky|ban hanh)( ban hanh)?)$`,
);
// "điểm a khoản này", "khoản 2 Mục này", "điểm b khoản 3 Mục II": "này" and a part left out are the task's own.
const END = String.raw`(?=[\s,.;)]|$)`;
const REFERENCE = new RegExp(
  String.raw`(?:điểm\s+([a-zđ])${END}\s*)?(?:,?\s*khoản\s+(\d+|này)${END}\s*)?(?:,?\s*mục\s+([IVXLC]+|này)${END})?`,
  "giu",
);

function referenceIn(event: string): ItemReference | null {
  for (const m of event.matchAll(REFERENCE)) {
    const [, point, clause, section] = m;
    if (!point && !clause) continue;
    const own = (part: string | undefined) => (part && fold(part) !== "nay" ? part : undefined);
    return { point: point?.toLowerCase(), clause: own(clause), section: own(section)?.toUpperCase() };
  }
  return null;
}

function anchorOf(relation: string, event: string): Anchor | null {
  const folded = fold(event);
  // "kể từ ngày …" and "sau ngày …" name a day; "sau Hội nghị …" an event whose day another task gives.
  const day = /^ke tu$/.test(fold(relation)) || folded.startsWith("ngay ") ? folded : `ngay ${folded}`;
  if (ISSUED.test(day)) return { kind: "issued" };
  const item = referenceIn(event);
  return item ? { kind: "item", item } : null;
}

/** The first deadline in a sentence counted from an event the plan dates, or null. */
export function findRelativeDeadline(sentence: string): RelativeDeadline | null {
  const text = clean(sentence);
  const m = RELATIVE.exec(text);
  if (!m) return null;
  const [wording, count, unit, relation, event] = m;
  const anchor = anchorOf(relation!, event!);
  if (!anchor) return null;
  return {
    text: wording!.trim(),
    count: Number(count),
    workingDays: fold(unit!) === "ngay lam viec",
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
