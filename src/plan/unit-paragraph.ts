// Tasks grouped by unit, several in one paragraph: "2. Sở Nội vụ: kiểm tra …, hoàn thành trong Quý III; tổng hợp
// …, gửi Sở X trước 15/5." The unit before the colon does each task, and each clause that gives its own deadline
// (clauses end at ";" or at the end of a sentence) is a task of its own.
import type { UnitResolver } from "../domain/resolve-units.ts";
import { readClause, SENTENCE_END } from "./clause.ts";

const CLAUSE_END = new RegExp(`;\\s*|${SENTENCE_END.source}`, "gu");

/**
 * The unit heading and the dated clauses of a paragraph that opens with units and a colon and holds several
 * dated clauses; null for any other paragraph. `dated` tells whether a clause gives a deadline.
 */
export function unitParagraphTasks(
  resolver: UnitResolver,
  text: string,
  dated: (clause: string) => boolean,
): { heading: string; clauses: string[] } | null {
  const colon = text.indexOf(":");
  if (colon < 0) return null;
  const heading = text.slice(0, colon + 1);
  if (readClause(resolver, heading).lead.length === 0) return null;
  const clauses = text
    .slice(colon + 1)
    .split(CLAUSE_END)
    .map((c) => c.trim())
    .filter((c) => c && dated(c));
  return clauses.length > 1 ? { heading, clauses } : null;
}
