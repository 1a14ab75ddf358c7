// One sentence may hand one unit two pieces of work, each with its own deadline:
//   "Sở A chủ trì, phối hợp với Sở B lập danh mục …, hoàn thành trước 30/6; đồng thời tổng hợp …, xong trong tháng 9."
//   "Sở C thẩm định các hồ sơ đã nộp trong quý II, các hồ sơ còn lại xong trước ngày 15/12."
//   "… sơ kết, báo cáo UBND tỉnh trước ngày 15/7 và tổng kết xong trong tháng 01 năm sau."
// Each piece is a task: the clauses are cut where the first deadline's clause ends (";" or a sentence's end first;
// else the first "," or "và" after the first deadline), when what follows names work of its own before its own
// deadline. Work in steps (rounds, shares of a target, a draft then its final) stays one task, due with its last
// step (and so does a sentence naming a draft: "dự thảo …; lấy ý kiến … ; trình … trước …"), and so does a second
// report of a period ("… 6 tháng trước … và cả năm trước …", period-reports.ts).
import { datesInSteps } from "../domain/deadline.ts";
import { SENTENCE_END } from "./clause.ts";
import { asksTwoReports } from "./period-reports.ts";

const DRAFT = /(?<!\p{L})dự thảo(?!\p{L})/iu;
const DONE = /(?<!\p{L})đã\s+(?:hoàn thành|thực hiện|tổ chức|ban hành|triển khai|tham mưu|xong)(?!\p{L})/iu;
const CLAUSE_END = new RegExp(`;\\s*|${SENTENCE_END.source}`, "gu");
const JOIN = /,\s*|\s+và\s+/gu;
// "…, chậm nhất ngày 15/7, không để kéo dài sang quý III": what the work must not let happen qualifies it, no work.
const CAUTION = /^(?:không|tránh)(?!\p{L})/iu;

/** Words before a clause's deadline that name work: two words or more. */
const namesWork = (clause: string, wording: string): boolean => {
  const at = clause.indexOf(wording);
  return at > 0 && (clause.slice(0, at).match(/\p{L}+/gu)?.length ?? 0) >= 2;
};

/** A clause's pieces around its joins ("," / "và"), each ending on its own deadline; one piece when it has one. */
function joinedPieces(clause: string, wordingOf: (text: string) => string | null): string[] {
  const first = wordingOf(clause);
  const from = first ? clause.indexOf(first) : -1;
  if (from < 0 || asksTwoReports(clause.slice(from))) return [clause];
  for (const join of clause.slice(from).matchAll(JOIN)) {
    const cut = from + join.index;
    const head = clause.slice(0, cut);
    const tail = clause.slice(cut + join[0].length);
    const headWording = wordingOf(head);
    const tailWording = wordingOf(tail);
    if (!headWording || !tailWording) continue;
    if (CAUTION.test(tail)) return [clause];
    if (!namesWork(tail, tailWording)) return [clause];
    return [head, ...joinedPieces(tail, wordingOf)];
  }
  return [clause];
}

/**
 * The pieces of a sentence that hands over two pieces of work or more, each with its own deadline, in the order
 * written; null for any other text. `wordingOf` gives a piece's deadline wording when it dates a task.
 */
export function dutyPieces(text: string, wordingOf: (text: string) => string | null): string[] | null {
  // A sentence naming a draft dates the steps of one work: drafting, consulting on it, submitting it for approval.
  if (datesInSteps(text) || DRAFT.test(text)) return null;
  const pieces: string[] = [];
  let undated = "";
  let end = 0;
  const clauses: string[] = [];
  for (const m of text.matchAll(CLAUSE_END)) {
    clauses.push(text.slice(end, m.index + m[0].length));
    end = m.index + m[0].length;
  }
  clauses.push(text.slice(end));
  for (const clause of clauses) {
    // "Sở A đã hoàn thành … (ngày …); tiếp theo, …": work reported done is no piece, only what the next one follows.
    const wording = DONE.test(clause) ? null : wordingOf(clause);
    // An undated clause belongs with the dated one before it ("…, hoàn thành trước …, kết quả báo cáo …;"), or
    // opens the first one ("Sở A kiểm soát …; định kỳ … trước ngày 10/7").
    if (!wording) {
      if (pieces.length > 0) pieces[pieces.length - 1] += clause;
      else undated += clause;
      continue;
    }
    if (pieces.length > 0 && !namesWork(clause, wording)) return null;
    const [first, ...more] = joinedPieces(clause, wordingOf);
    pieces.push(undated + first!, ...more);
    undated = "";
  }
  const trimmed = pieces.map((p) => p.replace(/[\s;,.]+$/u, "").trim()).filter(Boolean);
  return trimmed.length > 1 ? trimmed : null;
}
