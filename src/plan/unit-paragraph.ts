// Tasks grouped by unit, several in one paragraph: "2. Sở Nội vụ: kiểm tra …, hoàn thành trong Quý III; tổng hợp
// …, gửi Sở X trước 15/5." The unit before the colon does each task, and each clause that gives its own deadline
// (clauses end at ";" or at the end of a sentence) is a task of its own.
import { opensWithRound } from "../domain/deadline.ts";
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
  // "… thực hiện theo hai đợt: Đợt 1 hoàn thành trước …; Đợt 2 …", "… theo hai giai đoạn: giai đoạn 1 …; giai đoạn
  // 2 …": rounds or phases of one task, due with the last.
  return clauses.length > 1 && !clauses.every(opensWithRound) ? { heading, clauses } : null;
}

// "(1) Rà soát …, hoàn thành trước …; (2) Tổng hợp …": a paragraph that opens with "(1)" and numbers what follows
// "(2)", "(3)" … after a ";" or a full stop lists items in one sentence, as a list of its own lines would.
const RUN_MARK = /(?:^|[;.]\s*)\((\d{1,2})\)\s+/g;

/** The items of a paragraph numbered in runs "(1) …; (2) …", without their marks; null for any other paragraph. */
export function numberedRuns(text: string): string[] | null {
  const starts: { at: number; from: number }[] = [];
  for (const m of text.trim().matchAll(RUN_MARK)) {
    if (Number(m[1]) !== starts.length + 1) continue;
    if (starts.length === 0 && m.index !== 0) return null;
    starts.push({ at: m.index, from: m.index + m[0].length });
  }
  if (starts.length < 2) return null;
  const trimmed = text.trim();
  return starts.map((s, i) =>
    trimmed
      .slice(s.from, i + 1 < starts.length ? starts[i + 1]!.at : undefined)
      .replace(/[\s;]+$/, "")
      .trim(),
  );
}
