// A task table with no lead column says whose tasks they are elsewhere: in the heading just over it ("C.
// NHIỆM VỤ CỦA UBND CÁC XÃ, PHƯỜNG": every row is theirs, as a sheet or appendix per group of units is
// titled), or, for one row, in its note ("Ghi chú": "UBND các xã A, B thực hiện"), which names the few of
// the group that do it and so goes before the heading. A plan giving each unit a small table of its own sets the
// unit in a numbered caption line just over it ("2. Sở Tư pháp", "5. Đề nghị Hội Nông dân tỉnh"): the caption's
// unit leads every row of that table, and its number tells the tables apart where each numbers its rows from 1. A
// sentence introducing the table may give its rows their roles ("X chủ trì thực hiện các nhiệm vụ tại Bảng 2, phối
// hợp với Y:"): X leads and Y works on every row, and a note labelled "Phối hợp: Z" adds Z to its row.
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";
import { ADDRESS, type ClauseUnits, readClause, unitsNamedOnly } from "./clause.ts";
import { lineOf, TITLE_LINES, type Block } from "./document.ts";
import { labelsOf } from "./labels.ts";
import { markerOf } from "./numbering.ts";
import { namedUnits, type TaskContext } from "./task-context.ts";

// "C. NHIỆM VỤ CỦA UBND CÁC XÃ, PHƯỜNG", "II. Nhiệm vụ giao cho các sở, ngành", "Các nhiệm vụ cụ thể của Công an tỉnh",
// "2. Trách nhiệm của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh" (a joint plan gives each side its duties so); the
// words after "của" must name units and nothing more ("Nhiệm vụ của từng cơ quan, đơn vị như sau:" names no one).
const OWNER_HEADING =
  /^(?:(?:\p{Lu}|[IVXLC]+|\d{1,2})[.)]\s+)?(?:các\s+)?(?:nhiệm\s+vụ|trách\s+nhiệm)\s+(?:cụ\s+thể\s+)?(?:của|giao(?:\s+cho)?)\s+(\S(?:.*?[^\s:.])??)[\s:.]*$/iu;

// "3. Nội dung hai Sở cùng phối hợp thực hiện", "Nhiệm vụ Sở A và Sở B cùng triển khai": the work the bodies it names
// do together, each as a lead (a point naming who chủ trì still says so itself).
const TOGETHER_HEADING =
  /^(?:(?:\p{Lu}|[IVXLC]+|\d{1,2})[.)]\s+)?(?:các\s+)?(?:nội\s+dung|nhiệm\s+vụ|công\s+việc)\s+(?:do\s+)?(\S(?:.{0,300}?\S)??)\s+cùng(?:\s+phối\s+hợp)?(?:\s+(?:thực\s+hiện|triển\s+khai))?[:.]?$/iu;

/**
 * The units a heading says the work under it is of ("Trách nhiệm của UBND tỉnh", "Nhiệm vụ giao cho các sở"): the
 * lead of each item under it that names no one, as the heading over a table with no lead column is; else empty.
 */
export function ownerOfHeading(resolver: UnitResolver, heading: string): ResolvedName[] {
  const text = heading.normalize("NFC");
  const owner = (OWNER_HEADING.exec(text) ?? TOGETHER_HEADING.exec(text))?.[1];
  return owner ? unitsNamedOnly(resolver, owner) : [];
}

/**
 * Where the rows of a table with no lead column are said to be whose: its heading's units (or its introduction's
 * lead), the partners its introduction names for every row, its note column.
 */
export interface TableOwner {
  heading: ResolvedName[];
  partners: ResolvedName[];
  note: number | undefined;
}

/** A numbered heading over a table: its number, and the units it names alone (none when it names something else). */
export interface TableCaption {
  ref: string;
  units: ResolvedName[];
}

// A caption is a heading: a name or a few words, never a sentence going on past a full stop.
const CAPTION_WORDS = 30;

/**
 * The caption of a table whose header starts at block `at`: the paragraph just above it, numbered ("3.") and
 * a heading, not a sentence. Its units are those it names alone, or addresses ("Đề nghị Ủy ban MTTQ tỉnh": a
 * request to the body is its task); a caption naming something else ("2. Quỹ Bảo vệ và Phát triển rừng tỉnh (sau
 * đây gọi là Quỹ BV&PTR)", over that fund's tasks) names none, but its number still tells its table from the others.
 */
export function tableCaption(resolver: UnitResolver, blocks: Block[], at: number): TableCaption | null {
  const above = blocks[at - 1];
  if (above?.type !== "text") return null;
  const marker = markerOf(above.text.normalize("NFC"), null);
  if (marker?.kind !== "number" || !/^\d{1,2}$/.test(marker.ref)) return null;
  const heading = marker.rest.replace(/\([^()]*\)/g, " ").trim();
  if (/[.;]\s+\S/u.test(heading) || heading.split(/\s+/).length > CAPTION_WORDS) return null;
  return { ref: marker.ref, units: unitsNamedOnly(resolver, marker.rest.replace(ADDRESS, "")) };
}

/**
 * The units a line names as the lead by its label and nothing else ("Đơn vị chủ trì: Sở Tư pháp", "Cơ quan thực hiện:
 * UBND các huyện"): a sheet per leading unit says so over its table, which then has no lead column. A line with more
 * labels ("Chủ trì: X; Phối hợp: Y") or other words is not such a line.
 */
function labelledLead(resolver: UnitResolver, line: string): ResolvedName[] {
  const labels = labelsOf(line.normalize("NFC").trim());
  const lead = labels?.length === 1 && labels[0]!.role === "lead" ? labels[0]!.value : "";
  return lead ? unitsNamedOnly(resolver, lead) : [];
}

/**
 * The units named by the heading nearest above a table's header at `at`, among the paragraphs since the last row:
 * one saying whose the work is, else the line right above or a sheet's tab naming units and nothing more
 * (`unit-tabs.ts`).
 */
function headingOwner(resolver: UnitResolver, blocks: Block[], at: number): ResolvedName[] {
  const caption = tableCaption(resolver, blocks, at);
  if (caption?.units.length) return caption.units;
  let named: ResolvedName[] = [];
  for (let i = at - 1; i >= 0; i--) {
    // A sheet's title rows are lines too, whichever cell holds their words ("Biểu số 2" set in the last column).
    const text = lineOf(blocks[i]!);
    if (text === null) break;
    if (OWNER_HEADING.test(text.normalize("NFC"))) return ownerOfHeading(resolver, text);
    // Units alone lead only from the line right above, or from a sheet's tab: the issuer atop the page is no owner.
    // A line labelling its units the lead ("ĐƠN VỊ CHỦ TRÌ: SỞ NỘI VỤ", `labelledLead`) leads from any of the table's
    // title lines, above or below the title and the plan it is attached to, as its form's number does.
    const block = blocks[i]!;
    const tab = block.type === "text" && block.tab === true;
    if (named.length === 0 && at - i <= TITLE_LINES) named = labelledLead(resolver, text);
    if (named.length === 0 && (i === at - 1 || tab)) named = unitsNamedOnly(resolver, text);
  }
  return named;
}

// A sentence over a table may say who does its rows, pointing at it ("tại Bảng 2", "dưới đây", "như sau") or ending
// on the colon that leads into it, by their roles: "UBND các xã chủ trì thực hiện các nhiệm vụ tại Bảng 2, phối hợp
// với Sở A và Sở B:". Its lead leads, and its partners work with, every row that names no one else.
const POINTS_AT_TABLE = /\b(?:tai|theo) (?:bang|bieu) \d|\b(?:duoi day|sau day|nhu sau)\b/;
const ROLE_WORDS = /\b(?:chu tri|phoi hop)\b/;
// The paragraphs looked at over the header: a caption ("Bảng 2. …") may stand between the sentence and the table.
const INTRODUCTION_LINES = 3;

/** The units the sentence introducing the table whose header starts at `at` gives their roles, or null. */
function introduction(resolver: UnitResolver, blocks: Block[], at: number): ClauseUnits | null {
  for (let i = at - 1; i >= Math.max(0, at - INTRODUCTION_LINES); i--) {
    const block = blocks[i]!;
    if (block.type !== "text" || markerOf(block.text.normalize("NFC"), null)) return null;
    const folded = fold(block.text);
    const points = POINTS_AT_TABLE.test(folded) || /:\s*$/.test(block.text);
    if (!points || !ROLE_WORDS.test(folded)) continue;
    const told = readClause(resolver, block.text);
    return told.lead.length || told.coordinators.length ? told : null;
  }
  return null;
}

/** The note column of a header ("Ghi chú"). */
function noteColumn(headers: string[][]): number | undefined {
  for (const row of headers) {
    const at = row.findIndex((cell) => fold(cell) === "ghi chu");
    if (at >= 0) return at;
  }
  return undefined;
}

/** Where a table whose header `headers` starts at block `at`, and has no lead column, says who leads its rows. */
export function tableOwner(resolver: UnitResolver, blocks: Block[], at: number, headers: string[][]): TableOwner {
  const told = introduction(resolver, blocks, at);
  return {
    heading: told?.lead.length ? told.lead : headingOwner(resolver, blocks, at),
    partners: told?.coordinators ?? [],
    note: noteColumn(headers),
  };
}

/** The partners of a row of such a table: its introduction's, and those its note labels so ("Phối hợp: Sở A"). */
export function ownedPartners(ctx: TaskContext, ref: string, owner: TableOwner, cells: string[]): ResolvedName[] {
  const note = owner.note === undefined ? "" : (cells[owner.note] ?? "");
  const labelled = (note && labelsOf(note.normalize("NFC").trim())) || [];
  const named = labelled.filter((label) => label.role === "coordinators").map((label) => label.value);
  warnUnresolved(ctx, ref, owner.partners);
  return [...owner.partners, ...namedUnits(ctx, ref, [], named).coordinators];
}

const warnUnresolved = (ctx: TaskContext, ref: string, names: ResolvedName[]): void => {
  for (const name of names) {
    if (!name.resolved) ctx.warnings.push({ code: "unresolved-unit", args: { ref, name: name.name } });
  }
};

/**
 * The leads of a row of such a table: the units its note names as doing it ("X thực hiện"), else those of the group
 * row it stands under (`group-lead.ts`), else the heading's.
 */
export function ownedLead(
  ctx: TaskContext,
  ref: string,
  owner: TableOwner,
  cells: string[],
  group: ResolvedName[] = [],
): ResolvedName[] {
  const note = owner.note === undefined ? "" : (cells[owner.note] ?? "");
  const doers = /\b(thuc hien|chu tri)\b/.test(fold(note)) ? readClause(ctx.resolver, note).lead : [];
  const lead = doers.length > 0 ? doers : group.length > 0 ? group : owner.heading;
  warnUnresolved(ctx, ref, lead);
  return lead;
}
