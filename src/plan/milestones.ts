// A plan that runs on a calendar of its own events sets their days once, in a list of "mốc thời gian":
//   2. Các mốc thời gian:
//   a) Khám sức khỏe tuyển chọn: từ ngày 01/11/2024 đến hết ngày 30/11/2024 (sau đây gọi là khám tuyển);
//   b) Lễ giao nhận quân: ngày 13/02/2025.
// and then dates its tasks by naming those events: "chậm nhất 05 ngày làm việc sau khi kết thúc khám tuyển", "trước
// khi bắt đầu khám tuyển ít nhất 05 ngày", "xong trước ngày phát lệnh". Each such offset is put in words of the day
// it counts from ("05 ngày làm việc sau ngày 30/11/2024"), so that every reader after this sees a deadline counted
// from a written day (relative-deadline.ts), as named periods are put (named-periods.ts). An event's lines name no
// unit: they are the plan's calendar, never tasks. A task only pointing at an event ("cùng thời gian khám tuyển")
// takes its day as a deadline inherited from it (milestone-pointer.ts).
import type { IsoDate } from "../domain/dates.ts";
import { DAY_COUNT } from "../domain/day-count.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import type { UnitResolver } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";
import { readClause } from "./clause.ts";
import { blockText, rewriteWords, type Block } from "./document.ts";
import { frameEvents } from "./frame-milestones.ts";
import { namedDayOf, namedDayOfRow, namesDay, withNamedDays } from "./named-days.ts";
import { markerOf } from "./numbering.ts";

export interface Milestone {
  /** The event's name as the list writes it ("Lễ giao nhận quân"), shown as a deadline pointing at it. */
  name: string;
  /** The same folded ("le giao nhan quan"), to find it by. */
  label: string;
  /** The short name the list gives it, folded: "(sau đây gọi là khám tuyển)". */
  alias: string | null;
  start: IsoDate;
  end: IsoDate;
  /** The ref of its line in the list ("II.2.a"): a task pointing at the event inherits its day from there. */
  ref: string | null;
}

export interface Milestones {
  events: Milestone[];
  /** The lines that set the events' days, as written (a table row as its cells between bars): no tasks. */
  lines: ReadonlySet<string>;
}

// "2. Các mốc thời gian", "II. CHỈ TIÊU VÀ CÁC MỐC THỜI GIAN", "Mốc thời gian thực hiện:".
const MILESTONE_TITLE = /(^|\s)(cac moc|moc thoi gian)(\s|$)/;
// "(sau đây gọi là khám tuyển)", "(sau đây gọi tắt là Hội thi)".
const ALIAS =
  /\(\s*sau đây (?:gọi|viết)(?: tắt)? là\s(?:\s*(?=[^\s()])|\s*(?=\s\)))([^\s()](?:[^()]*?[^\s()])??|\s)\s*\)/iu;
// "Thời gian khám tuyển: …", "Ngày tổ chức Lễ …": the words saying it is a time are no part of the event's name.
const TIME_WORDS = /^(thoi gian|thoi diem|ngay)( (to chuc|dien ra|thuc hien))? /;
// "Thời gian: …", "Địa điểm: …": an event's frame, no event by a name.
const BARE_TIME = /^(thoi gian|thoi diem|ngay|dia diem|thanh phan)$/;
const SPAN_START = /\btừ\s+(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/iu;

const iso = (y: number, m: number, d: number): IsoDate =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** The first day of a span "từ (ngày) 01/11(/2024) đến …", its year the end's when left out; else the end. */
function startOf(time: string, end: IsoDate): IsoDate {
  const m = SPAN_START.exec(time);
  if (!m) return end;
  const [d, mo] = [Number(m[1]), Number(m[2])];
  const endYear = Number(end.slice(0, 4));
  const year = m[3] ? Number(m[3]) : mo > Number(end.slice(5, 7)) ? endYear - 1 : endYear;
  const start = iso(year, mo, d);
  return start <= end ? start : end;
}

/** An event's line, "Name: its time", when the name is no unit's and the time a day or a span of days. */
function milestoneOf(
  rest: string,
  ref: string | null,
  issued: IsoDate | null,
  resolver: UnitResolver,
): Milestone | null {
  const colon = rest.indexOf(":");
  if (colon <= 0) return null;
  const name = rest.slice(0, colon).trim();
  const time = rest.slice(colon + 1).replace(ALIAS, " ");
  const label = fold(name).replace(TIME_WORDS, "");
  if (!label || label.split(" ").length > 30 || /\d/.test(label) || BARE_TIME.test(label)) return null;
  if (readClause(resolver, name).lead.length > 0) return null;
  const read = parseInPlanYear(time.replace(/[\s.;]+$/, ""), issued);
  if (!read.ok) return null;
  const end = read.deadline.due;
  const alias = ALIAS.exec(rest)?.[1];
  return { name, label, alias: alias ? fold(alias) : null, start: startOf(time, end), end, ref };
}

// A plain line heading a list ranks above its items only.
const PLAIN = 9;

/** A marker's rank: a line of the same rank or higher than a list's heading ends the list. */
function rank(marker: NonNullable<ReturnType<typeof markerOf>>): number {
  if (marker.kind === "part") return 0;
  if (marker.kind === "roman" || marker.kind === "article") return 1;
  if (marker.kind === "number") return 1 + marker.ref.split(".").length;
  return marker.kind === "letter" ? 10 : 11;
}

/** The ref a line's marker gives it under the section and item above ("II.2.a"), a bullet its item's. */
function refTracker(): (marker: ReturnType<typeof markerOf>) => string | null {
  let [section, item]: (string | null)[] = [null, null];
  return (marker) => {
    if (marker?.kind === "roman") [section, item] = [marker.ref, null];
    if (marker?.kind === "number") item = marker.ref;
    const own = marker?.kind === "letter" ? [section, item, marker.ref] : [section, item];
    // A bullet has no number: its event is known by the item it stands under.
    return own.filter((p) => p !== null).join(".") || null;
  };
}

/**
 * A plan's own calendar names a handful of events; each task's words are compared with each of them, so a list of
 * hundreds is no calendar a reader keeps (a hostile one costs events times tasks).
 */
const MAX_EVENTS = 50;

/** The events a plan's list of milestones dates, read in one pass over its lines. */
export function readMilestones(blocks: readonly Block[], issued: IsoDate | null, resolver: UnitResolver): Milestones {
  const events: Milestone[] = [];
  const lines = new Set<string>();
  const refOf = refTracker();
  let roman: number | null = null;
  // The rank of the list's heading (a plain line ending in ":" heads the lines under it), or null outside a list.
  let list: number | null = null;
  for (const block of blocks) {
    if (events.length >= MAX_EVENTS) break;
    if (block.type !== "text") {
      // A table may keep the plan's named days (named-days.ts): such a row is the plan's calendar, no task.
      const named = namedDayOfRow(block.cells, issued, events);
      if (!named) continue;
      events.push({ name: named.name, label: named.label, alias: null, start: named.day, end: named.day, ref: null });
      lines.add(blockText(block));
      continue;
    }
    const marker = markerOf(block.text, roman);
    if (marker?.kind === "roman") roman = marker.value;
    const level = marker ? rank(marker) : null;
    const ref = refOf(marker);
    if (list !== null && level !== null && level <= list) list = null;
    const rest = marker ? marker.rest : block.text;
    // A day named by a letter may be set on any line, "Ngày T là …, dự kiến ngày 01/7/2026" (named-days.ts).
    const named = namedDayOf(rest, issued, events);
    if (named) {
      events.push({ name: named.name, label: named.label, alias: null, start: named.day, end: named.day, ref });
      if (named.defines) lines.add(block.text);
    }
    // The line giving an event's time and place may set its ceremonies' days (frame-milestones.ts).
    const framed = frameEvents(rest, issued, resolver);
    if (framed.length > 0) {
      events.push(
        ...framed.map(({ name, day }) => ({ name, label: fold(name), alias: null, start: day, end: day, ref })),
      );
      lines.add(block.text);
    }
    if (list === null || (level === null && list === PLAIN)) {
      list = MILESTONE_TITLE.test(fold(rest)) ? (level ?? (/:\s*$/.test(rest) ? PLAIN : null)) : null;
      continue;
    }
    const event = milestoneOf(rest, ref, issued, resolver);
    // A line of the list telling how a named day is set or moved is the plan's calendar too, no task.
    if (!event && namesDay(rest, events)) lines.add(block.text);
    if (!event) continue;
    events.push(event);
    lines.add(block.text);
  }
  return { events, lines };
}

// "khi bắt đầu khám tuyển", "ngày kết thúc khám tuyển", "ngày phát lệnh …": the words before an event's name say
// which of its days is meant; none: its first day for what comes before it, its last for what comes after.
const SIDE =
  /^(?:(?:ngay|khi|thoi diem) )?(?:(bat dau|khai mac|khoi dau) |(ket thuc|het|be mac) |(?:to chuc|dien ra) )?/;

const CEREMONY = /^le /;

/** Whether `words` are those of `name` in order, some left out, opening with its first ("phát lệnh gọi nhập ngũ"). */
function shortFor(words: string[], name: string[]): boolean {
  if (words.length < 2 || words[0] !== name[0]) return false;
  let at = 0;
  for (const word of name) if (word === words[at]) at++;
  return at === words.length;
}

/**
 * The event a phrase names ("khi kết thúc khám tuyển", "Lễ giao nhận quân") and its day, the first or the last as
 * the phrase says, else `side`'s; null when it names none, or two alike.
 */
export function namedMilestone(
  events: readonly Milestone[],
  phrase: string,
  side: "start" | "end",
): { event: Milestone; day: IsoDate } | null {
  const folded = fold(phrase);
  const m = SIDE.exec(folded)!;
  const name = folded.slice(m[0].length);
  const words = name.split(" ");
  // A ceremony is named with or without its word: "Lễ khai mạc" is "ngày khai mạc".
  const named = (label: string) => label === name || shortFor(words, label.split(" "));
  const found = events.filter((e) => e.alias === name || named(e.label) || named(e.label.replace(CEREMONY, "")));
  if (found.length !== 1) return null;
  const event = found[0]!;
  const which = m[1] ? "start" : m[2] ? "end" : side;
  return { event, day: which === "start" ? event.start : event.end };
}

const written = (day: IsoDate): string => `${Number(day.slice(8))}/${Number(day.slice(5, 7))}/${day.slice(0, 4)}`;

// An event's name runs to the end of its clause.
export const EVENT = String.raw`([^,;:.()]{1,120}?)`;
export const CLAUSE_END = String.raw`(?=\s*(?:[,;:()]|\.(?:\s|$)|$))`;
// The spaces before an event and the event, as `\s+${EVENT}${CLAUSE_END}` reads them, in one pass over the spaces: the
// event from its first letter, or the last space alone when its clause ends right after the spaces.
const SPACED_EVENT = String.raw`\s(?:\s*(?=[^\s,;:.()])|\s*(?=\s(?:[,;:()]|\.(?:\s|$)|$)))([^\s,;:.()](?:[^,;:.()]{0,118}?[^\s,;:.()])??|\s)`;
const POINT = String.raw`(?:(?:ngày|khi|thời điểm)\s+)?`;
// A count of days, or of weeks: "Sau ngày T 2 tuần" (groups as DAY_COUNT's).
const COUNT = DAY_COUNT.replace(/\)$/, "|tuần)");
/** A count in days, as the readers of a count from a written day read it: "2 tuần" is "14 ngày". */
const inDays = (count: string, unit: string): string =>
  fold(unit) === "tuan" ? `${Number(count) * 7} ngày` : `${count} ${unit}`;
// "trước khi bắt đầu khám tuyển ít nhất 05 ngày": the event told first, its count after.
const EVENT_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(trước|sau)\s+${POINT}${EVENT}\s+(?:(?:ít nhất|tối thiểu|chậm nhất)\s+)?${COUNT}${CLAUSE_END}`,
  "giu",
);
// "05 ngày làm việc sau khi kết thúc khám tuyển", "trong 10 ngày kể từ ngày kết thúc khám tuyển".
const COUNT_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${COUNT}\s+(sau|trước|kể từ)\s+${POINT}${EVENT}${CLAUSE_END}`,
  "giu",
);
// "xong trước ngày phát lệnh gọi nhập ngũ", "trước khi bắt đầu khám tuyển": the day before the event.
const BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}]|\d\s+ngày\s+|làm\s+việc\s+)trước\s+(?:ngày|khi|thời điểm)${SPACED_EVENT}${CLAUSE_END}`,
  "giu",
);

// "từ trước ngày khai mạc 30 ngày đến ngày bế mạc": work running until an event's (last) day.
const UNTIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:đến|tới)(?:\s+hết)?)\s+ngày${SPACED_EVENT}${CLAUSE_END}`,
  "giu",
);
// A time cell saying only "Ngày khai mạc": the day of an event held on one day.
const ON_THE_DAY = new RegExp(
  String.raw`^\s*ngày\s(?:\s*(?=[^\s,;:.()])|\s*(?=\s$))([^\s,;:.()](?:[^,;:.()]{0,118}?[^\s,;:.()])??|\s)\s*$`,
  "iu",
);

const sideOf = (relation: string): "start" | "end" => (fold(relation) === "truoc" ? "start" : "end");

/** A text with every offset from one of the plan's events put in words of the event's day. */
function withEventDays(text: string, events: readonly Milestone[]): string {
  const day = (phrase: string, relation: string) => namedMilestone(events, phrase, sideOf(relation))?.day;
  return text
    .replace(EVENT_FIRST, (all, relation: string, event: string, count: string, unit: string) => {
      const d = day(event, relation);
      return d ? `${inDays(count, unit)} ${relation.toLowerCase()} ngày ${written(d)}` : all;
    })
    .replace(COUNT_FIRST, (all, count: string, unit: string, relation: string, event: string) => {
      const d = day(event, relation);
      return d ? `${inDays(count, unit)} ${relation} ngày ${written(d)}` : all;
    })
    .replace(BEFORE, (all, event: string) => {
      const d = day(event, "trước");
      return d ? `trước ngày ${written(d)}` : all;
    })
    .replace(UNTIL, (all, until: string, event: string) => {
      const d = day(event, "sau");
      return d ? `${until} ngày ${written(d)}` : all;
    })
    .replace(ON_THE_DAY, (all, event: string) => {
      const found = namedMilestone(events, event, "start");
      return found && found.event.start === found.event.end ? `ngày ${written(found.day)}` : all;
    });
}

/** The blocks with every offset from one of the plan's events put in words of its day. */
export function withMilestones(blocks: readonly Block[], milestones: Milestones): Block[] {
  if (milestones.events.length === 0) return [...blocks];
  const { events } = milestones;
  // The lines setting the events' days stay as written: no tasks, and known by their words.
  return blocks
    .filter((block) => block.type === "text" || !milestones.lines.has(blockText(block)))
    .map((block) =>
      block.type === "text" && milestones.lines.has(block.text)
        ? block
        : rewriteWords(block, (text) => withNamedDays(withEventDays(text, events), events)),
    );
}
