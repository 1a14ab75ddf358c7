// The tree prose is read into (prose.ts): sections, numbered and lettered items, bullets and dated paragraphs, each
// with its words, its deadline wording and the units it names.
import type { ResolvedName } from "../domain/resolve-units.ts";
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
