// One sentence may hand one unit two pieces of work, each with its own deadline:
//   "Sở A chủ trì, phối hợp với Sở B lập danh mục …, hoàn thành trước 30/6; đồng thời tổng hợp …, xong trong tháng 9."
//   "Sở C thẩm định các hồ sơ đã nộp trong quý II, các hồ sơ còn lại xong trước ngày 15/12."
//   "… sơ kết, báo cáo UBND tỉnh trước ngày 15/7 và tổng kết xong trong tháng 01 năm sau."
// Each piece is a task: the clauses are cut where the first deadline's clause ends (";" or a sentence's end first;
// else the first "," or "và" after the first deadline), when what follows names work of its own before its own
// deadline. Work in steps (rounds, shares of a target, a draft then its final) stays one task, due with its last
// step (and so does a sentence naming a draft: "dự thảo …; lấy ý kiến … ; trình … trước …"), and so does a second
// report of a period ("… 6 tháng trước … và cả năm trước …", period-reports.ts). One work's numbered phases ("Giai
// đoạn 1: …, hoàn thành trong tháng 4; Giai đoạn 2: …, trước ngày 15/6") and a day moved to another ("điều chỉnh
// thời hạn … từ ngày 15/9 thành ngày 20/10") are one task too; a work's launch ("phát động trong tuần đầu tháng 5,
// tổng kết, trao giải trước …") is the start of the work the sentence names, one piece with its end.
import { datesInSteps } from "../domain/deadline.ts";
import { periodOfReport } from "../domain/report-scope.ts";
import { movedTimeAt } from "../domain/time-moves.ts";
import { SENTENCE_END } from "./clause.ts";
import { asksTwoReports } from "./period-reports.ts";

const DRAFT = /(?<!\p{L})dự thảo(?!\p{L})/iu;
const DONE = /(?<!\p{L})đã\s+(?:hoàn thành|thực hiện|tổ chức|ban hành|triển khai|tham mưu|xong)(?!\p{L})/iu;
const CLAUSE_END = new RegExp(`;\\s*|${SENTENCE_END.source}`, "gu");
const JOIN = /,\s*|\s+và\s+/gu;
// "…, chậm nhất ngày 15/7, không để kéo dài sang quý III": what the work must not let happen qualifies it, no work.
const CAUTION = /^(?:không|tránh)(?!\p{L})/iu;
// "Giai đoạn 1", "bước thứ hai": a numbered phase or step of one work.
const PHASE =
  /(?<![\p{L}\d])(?:giai đoạn|bước)\s+(?:\d{1,2}|[IVX]+|thứ\s+(?:nhất|hai|ba|tư|năm|\d{1,2}))(?![\p{L}\d])/giu;
// "điều chỉnh thời hạn …", "gia hạn …", "… từ ngày 30/9 thành ngày 31/10", "… từ tháng 9 sang tháng 10": one day put
// in place of another dates one work, never two (the day after the turn, `movedTimeAt`).
const MOVED_DAY = /(?<!\p{L})(?:điều chỉnh|gia hạn|lùi)\s+(?:thời hạn|hạn|thời gian hoàn thành)(?!\p{L})/iu;
// "phát động trong tuần đầu tháng 5": a launch with no object of its own, the time words only between it and its
// deadline, starts the work the sentence names.
const LAUNCH = /(?<!\p{L})(?:phát động|khai mạc|khởi động|bắt đầu|ra quân)(?:\s+\p{L}+){0,2}\s*$/iu;

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
  if (datesInSteps(text) || DRAFT.test(text) || MOVED_DAY.test(text) || movedTimeAt(text) !== null) return null;
  if (new Set([...text.matchAll(PHASE)].map((m) => m[0].toLowerCase())).size > 1) return null;
  const pieces: string[] = [];
  let undated = "";
  let end = 0;
  const clauses: string[] = [];
  for (const m of text.matchAll(CLAUSE_END)) {
    clauses.push(text.slice(end, m.index + m[0].length));
    end = m.index + m[0].length;
  }
  clauses.push(text.slice(end));
  // "… tổng hợp báo cáo kết quả quý I/2025; gửi Sở Nội vụ trước ngày 10/4": a clause whose only time is the period its
  // report is of names the report, dated by the time another clause sends it (report-scope.ts).
  const wordings = clauses.map((clause) => (DONE.test(clause) ? null : wordingOf(clause)));
  const reportOnly = wordings.map((w, i) => w !== null && periodOfReport(clauses[i]!, clauses[i]!.indexOf(w)));
  const sent = wordings.some((w, i) => w !== null && !reportOnly[i]);
  for (const [i, clause] of clauses.entries()) {
    // "Sở A đã hoàn thành … (ngày …); tiếp theo, …": work reported done is no piece, only what the next one follows.
    const wording = sent && reportOnly[i] ? null : wordings[i]!;
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
  const trimmed = withLaunchesJoined(pieces.map((p) => p.replace(/[\s;,.]+$/u, "").trim()).filter(Boolean), wordingOf);
  return trimmed.length > 1 ? trimmed : null;
}

/** The pieces with each that only launches the work joined to the piece after it, which ends that work. */
function withLaunchesJoined(pieces: string[], wordingOf: (text: string) => string | null): string[] {
  const joined: string[] = [];
  let launch = "";
  for (const [i, piece] of pieces.entries()) {
    const text = launch ? `${launch}, ${piece}` : piece;
    const wording = wordingOf(piece);
    const at = wording ? piece.lastIndexOf(wording) : -1;
    launch = i < pieces.length - 1 && at > 0 && LAUNCH.test(piece.slice(0, at)) ? text : "";
    if (!launch) joined.push(text);
  }
  return joined;
}
