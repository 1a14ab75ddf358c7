// An event's plan (a games, a festival, a conference) often writes its days not in a list of milestones but in the
// line that gives its time and place:
//   3. Thời gian, địa điểm: thi đấu từ ngày … đến ngày …. Lễ khai mạc vào 20 giờ 00 ngày 15/5/2026 tại …; Lễ bế
//      mạc, trao giải vào 20 giờ 00 ngày 20/5/2026 tại ….
// Each sentence "<Event> vào (hồi) <giờ> ngày D" there sets that event's day once, as a milestone's line does
// (milestones.ts), and the tasks count from it ("Trước ngày khai mạc 30 ngày", "15 ngày sau ngày bế mạc").
import type { IsoDate } from "../domain/dates.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import type { UnitResolver } from "../domain/resolve-units.ts";
import { readClause } from "./clause.ts";

// "Thời gian:", "Thời gian, địa điểm:", "Thời gian và địa điểm tổ chức:": the line giving the event's time.
const FRAME_LABEL = /^thời gian(?:\s*(?:,|và)\s*địa điểm)?(?:\s+(?:tổ chức|diễn ra))?\s*:\s*/iu;
const DAY = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?`;
// "Lễ khai mạc vào 20 giờ 00 ngày 15/5/2026", "Lễ bế mạc, trao giải được tổ chức lúc 8h ngày 20/5": a capitalised
// name, then when it is held, to the hour perhaps, then its day.
const HELD = new RegExp(
  String.raw`^(\p{Lu}[^:;()]{0,80}?)\s+(?:(?:được\s+)?(?:tổ chức|diễn ra)\s+)?(?:vào|lúc)\s+` +
    String.raw`(?:(?:hồi\s+)?\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?(?:\s*,\s+|\s+))?(?:(?:sáng|chiều|tối)\s+)?` +
    String.raw`(?:ngày\s+)?(${DAY})(?![\d/.-])`,
  "u",
);

/** An event held on one day: its name as written ("Lễ khai mạc"), and its day. */
export interface HeldEvent {
  name: string;
  day: IsoDate;
}

/** The events whose days a line giving an event's time and place sets. */
export function frameEvents(text: string, issued: IsoDate | null, resolver: UnitResolver): HeldEvent[] {
  const label = FRAME_LABEL.exec(text);
  if (!label) return [];
  const events: HeldEvent[] = [];
  for (const sentence of text.slice(label[0].length).split(/(?<=[.;])\s+/u)) {
    const m = HELD.exec(sentence.trim());
    if (!m || readClause(resolver, m[1]!).lead.length > 0) continue;
    const read = parseInPlanYear(`ngày ${m[2]}`, issued);
    if (!read.ok) continue;
    events.push({ name: m[1]!.trim(), day: read.deadline.due });
  }
  return events;
}
