// A task of a plan run on its own calendar of events (milestones.ts) may be dated by no count of days, only by
// pointing at an event: "tổ chức khám sức khỏe cùng thời gian khám tuyển", "bảo đảm an ninh tại Lễ giao nhận quân",
// "tuyên truyền từ ngày ký Kế hoạch đến hết Lễ giao nhận quân", "tổ chức khám tuyển đúng thời gian quy định tại Mục
// II", or by being the event's own work ("Phối hợp tổ chức Lễ giao nhận quân"). It is due when the event ends, a
// deadline it inherits from the event's line, as an item under a dated heading inherits the heading's.
import { effectiveDue } from "../domain/calendar.ts";
import { isRecurring } from "../domain/deadline.ts";
import { fold } from "../domain/text.ts";
import { CLAUSE_END, EVENT, namedMilestone, type Milestone } from "./milestones.ts";
import type { ParsedDeadline } from "./parsed-plan.ts";
import type { TaskContext } from "./task-context.ts";

interface Pointer {
  event: Milestone;
  /** The words pointing at the event, which end the task's title; null when the task only names the event. */
  phrase: string | null;
}

// "cùng thời gian khám tuyển", "trong thời gian diễn ra Hội thi", "đến hết Lễ giao nhận quân", "tại Lễ …".
const POINTING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:thời gian\s+)?từ\s+[^,;:()]{1,80}?\s+(?:đến|tới)(?:\s+hết)?|(?:cùng|trong|đúng)\s+(?:thời gian|thời điểm|dịp)(?:\s+(?:tổ chức|diễn ra))?|(?:đến|tới)(?:\s+hết)?|tại|trong)\s+${EVENT}${CLAUSE_END}`,
  "giu",
);
// "đúng thời gian quy định tại Mục II", "theo đúng các mốc thời gian tại Mục II": the list of events, not which.
const TO_THE_LIST =
  /(?<![\p{L}\p{N}])(?:theo\s+)?đúng\s+(?:các\s+)?(?:mốc\s+)?thời\s+gian(?:\s+(?:quy định|nêu))?\s+tại\s+(?:Mục|mục|phần|Phần)\s+[IVXLC\d]+/u;

/** The events a text names, by their short or full names, the one ending last first. */
function named(events: readonly Milestone[], text: string): Milestone[] {
  const words = ` ${fold(text)} `;
  return events
    .filter((e) => (e.alias !== null && words.includes(` ${e.alias} `)) || words.includes(` ${e.label} `))
    .sort((a, b) => b.end.localeCompare(a.end));
}

/** The event a task without a deadline of its own points at or is the work of, or null. Ongoing work points at none. */
function pointedEvent(ctx: TaskContext, text: string): Pointer | null {
  const events = ctx.milestones?.events ?? [];
  if (events.length === 0 || isRecurring(text)) return null;
  for (const m of text.matchAll(POINTING)) {
    const found = namedMilestone(events, m[1]!, "end");
    if (found) return { event: found.event, phrase: m[0] };
  }
  const [last] = named(events, text);
  if (!last) return null;
  return { event: last, phrase: TO_THE_LIST.exec(text)?.[0] ?? null };
}

/** The deadline of a task pointing at an event: the event's last day, inherited from its line; null if none. */
export function pointedDeadline(ctx: TaskContext, ref: string, text: string): ParsedDeadline | null {
  const pointer = pointedEvent(ctx, text);
  if (!pointer) return null;
  const due = pointer.event.end;
  ctx.dated.set(ref, due);
  const from = pointer.event.ref;
  // The words pointing end the title; a task naming the event as its work keeps its words whole.
  return {
    text: pointer.phrase ?? pointer.event.name,
    due,
    effectiveDue: effectiveDue(ctx.calendar, due),
    ...(from ? { inheritedFrom: from } : {}),
  };
}
