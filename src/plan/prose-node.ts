// The tree prose is read into (prose.ts): sections, numbered and lettered items, bullets and dated paragraphs, each
// with its words, its deadline wording and the units it names.
import type { ResolvedName } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";
import { readClause, type ClauseUnits } from "./clause.ts";
import type { TaskContext } from "./task-context.ts";

// An article ("Điều 3. …") numbers the clauses under it as a section does, but is often a whole dated task itself.
export type Kind = "part" | "section" | "article" | "group" | "number" | "letter" | "bullet" | "paragraph";

export interface Node {
  kind: Kind;
  /** Refs of sections, numbers and letters; bullets are numbered when they turn out to be tasks. */
  ref: string | null;
  mark: string | null;
  depth: number;
  text: string;
  /** Deadline wording in the text, or in a "Thời gian thực hiện:" line below it. */
  wording: string | null;
  /** Who the sentence names, read only when a task needs it (most prose is description). */
  clause: ClauseUnits | null;
  /** Units named outright by "Đơn vị thực hiện: …" / "Đơn vị phối hợp: …" lines. */
  labelLead: ResolvedName[] | null;
  labelCoordinators: ResolvedName[];
  children: Node[];
  /** The time of the line saying only when over this bullet ("Quý I/2026:"), which dates it (period-lines.ts). */
  period?: string;
  /** Numbered behind a word ("Nhiệm vụ 3:"), an item under a heading rather than a heading (labelled-items.ts). */
  labelled?: true;
  /** Its deadline was given by a closing line over the work under it (covering-time.ts): its items share it. */
  shared?: true;
  /** The undated paragraphs right under an item, before anything under it: what its units do (sole-paragraph.ts). */
  said?: string[];
}

/** The units a node names itself: its sentence's, or its label lines' (the sentence read once, when asked). */
export function ownUnits(node: Node, ctx: TaskContext): ClauseUnits {
  node.clause ??= readClause(ctx.resolver, node.text);
  return {
    lead: node.labelLead ?? node.clause.lead,
    coordinators: [...node.clause.coordinators, ...node.labelCoordinators],
  };
}

/**
 * "4. Tổ chức tiêm phòng" over its paragraph "Tổ A (gồm …) trực tiếp tiêm …; Trưởng các thôn bố trí …", then a), b)
 * each with its own time: the undated paragraph opening the item says who does the work its parts list, and who
 * helps. Null when it names no doer.
 */
export function openingUnits(node: Node, ctx: TaskContext): ClauseUnits | null {
  const [opening] = node.said ?? [];
  const read = opening === undefined ? null : readClause(ctx.resolver, opening);
  if (!read || read.lead.length === 0) return null;
  return { ...read, coordinators: read.coordinators.filter((c) => !namedInEachItem(c)) };
}

/**
 * "các cơ quan, đơn vị có tên tại từng nhiệm vụ phối hợp": the partners each item names, pointed at from the lead-in
 * over them; they are read at each item, and the words name no unit of their own.
 */
const namedInEachItem = (unit: ResolvedName): boolean =>
  !unit.resolved && /\b(?:tung|moi) (?:nhiem vu|noi dung)\b/.test(fold(unit.name));

export const withOpening = (written: ClauseUnits, opening: ClauseUnits): ClauseUnits => ({
  lead: opening.lead,
  coordinators: [...written.coordinators, ...opening.coordinators],
});

/**
 * "5. Vệ sinh, tiêu độc" naming a topic (no subject, no closing colon) over dashes alone: when one only is dated,
 * that dash is the item's one task, cited by the item's number; the others are ongoing work, not a numbered list.
 * Word's list bullet "•" may stand for numbers a typed copy writes, so it makes no such item; nor do dashes of which
 * others give a time too, even one that is no task's.
 */
const TIME = /\d\/\d|\b(?:ngày|tháng|quý|năm)\s+\d/iu;

export const topicOverDashes = (node: Node, ctx: TaskContext): boolean =>
  /number|letter/.test(node.kind) &&
  node.children.length > 1 &&
  node.children.every((c) => c.kind === "bullet" && !!c.mark && c.mark !== "•" && c.children.length === 0) &&
  // Other dashes giving times of their own ("- Thời kỳ khảo sát: từ … đến …") make a list, whatever they date.
  node.children.filter((c) => c.wording || TIME.test(c.text)).length === 1 &&
  !/[:.;]\s*$/.test(node.text) &&
  ownUnits(node, ctx).lead.length === 0;
