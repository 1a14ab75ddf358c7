// Which of a task table's time columns holds the deadline. A letter urging overdue tasks lists, beside
// each task, the deadline the earlier plan set ("Thời hạn theo Kế hoạch"), how far it has come by a day
// ("Tiến độ đến 30/6") and the deadline it now sets ("Thời hạn hoàn thành (mới)"): the one in force is
// the new one; the old one was missed, and the progress column tells a state, not a time. And which other cell of
// a row may give it: a section row's, a note in a table with no time column, a note moving the row's time.

import { parseDeadline } from "../domain/deadline.ts";
import { datesDocument, findDeadlineWording } from "../domain/deadline-wording.ts";
import type { IsoDate } from "../domain/dates.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import { fold } from "../domain/text.ts";
import { MOVE, MOVE_FOLDED, saysTimeKept } from "../domain/time-moves.ts";
import type { Columns } from "./columns.ts";

/**
 * "Hạn cũ" | "Hạn mới", "Hạn theo Kế hoạch" | "Hạn điều chỉnh", "Hạn đã giao", "Hạn gia hạn": the short "Hạn" told
 * as the old time or the new one, in a table moving deadlines (never "Hạn mức", "Hạn chế": a limit).
 */
const OLD_OR_NEW = String.raw`^han (?:moi|cu|ban dau|sau|truoc|theo|(?:da |duoc )?giao|de nghi|de xuat|${MOVE_FOLDED})\b`;

/** "Kết thúc", "Đến ngày", "Đến": the whole title of a span's last column, the deadline beside its start. */
const SPAN_END = String.raw`^(?:ket thuc|den(?: ngay)?)$`;
/** "Bắt đầu", "Từ ngày", "Từ": a span's first column, when work starts, never its deadline. */
export const SPAN_START = /\bbat dau\b|^tu(?: ngay)?$/;

/**
 * A folded column label naming a time: "Thời gian (hoàn thành)", "Thời hạn", "Tiến độ", and the
 * short "Hạn hoàn thành", "Hạn chót", "Hạn nộp", "Hạn xử lý" or a bare "Hạn" many offices head the column with;
 * a table exported from a task-management system names its deadline "Ngày kết thúc" (beside "Ngày bắt đầu"), and a
 * span's end alone ("Kết thúc", "Đến ngày", under a merged "Thời gian" or not) is when the work is due (`SPAN_END`).
 */
export const TIME_LABEL = new RegExp(
  String.raw`thoi gian|thoi han|tien do|\bhan (hoan thanh|chot|nop|gui|thuc hien|xu ly)\b|^han$|\bngay (ket thuc|hoan thanh)\b|${OLD_OR_NEW}|${SPAN_END}`,
);

// The words saying a time was changed are one vocabulary wherever it is said (`MOVE`, `src/domain/time-moves.ts`): a
// time column's label ("Thời hạn điều chỉnh"), a note beside the row ("Lùi thời hạn sang …"), a time corrected in its
// own cell ("(đã sửa: …)", `corrected-times.ts`), a sentence moving one.

// "Thời hạn trước điều chỉnh", "Thời gian chưa gia hạn": the time as it stood before the move, the move word naming
// what came after it.
const BEFORE_MOVE = String.raw`\b(?:truoc|chua)(?: khi)? (?:duoc )?${MOVE_FOLDED}\b`;
// Folded labels (see fold): a deadline set anew, moved or proposed now.
const REVISED = new RegExp(String.raw`\b(?:moi|de nghi|de xuat|${MOVE_FOLDED})\b`);
// The deadline an earlier plan or decision gave, now superseded.
const ORIGINAL = new RegExp(
  String.raw`\btheo (ke hoach|kh|quyet dinh|qd|van ban)\b|\b(cu|ban dau|truoc day)\b|\b(da|duoc) giao\b|${BEFORE_MOVE}`,
);
const BEFORE = new RegExp(BEFORE_MOVE);
const revised = (label: string) => REVISED.test(label) && !BEFORE.test(label);
// "Gia hạn đến", "Lùi đến", "Điều chỉnh thành", "Đề nghị điều chỉnh": a column titled by the move alone.
const MOVE_TITLE = new RegExp(
  String.raw`^(?:(?:de nghi|de xuat) )?(?:(?:duoc|da) )?${MOVE_FOLDED}(?: lai)?(?: (?:den|thanh|sang|toi))?$`,
);
// How far the work had come by a day: a state, never a deadline.
const STATUS = /\b(tien do|ket qua|tinh hinh)( thuc hien)? (tinh )?den\b/;
// The period a report covers ("Kỳ báo cáo (thời gian chốt số liệu)": from the 15th of one month to the 14th of the
// next) tells what its figures count, never when it is sent; so does the span of years records cover ("Thời gian
// (của) tài liệu": 1997 - 2015) in a list of archives to transfer.
const PERIOD = /\bky bao cao\b|\bchot so lieu\b|\bthoi gian (cua )?tai lieu\b/;

/**
 * The deadline's column among those whose folded labels name a time: the revised deadline where one is
 * named, else the first that is not the superseded one, else the first; never a progress column, nor a
 * report's period.
 */
export function deadlineColumn(times: { column: number; label: string }[]): number | undefined {
  const deadlines = times.filter((t) => !STATUS.test(t.label) && !PERIOD.test(t.label));
  const chosen =
    deadlines.find((t) => revised(t.label)) ?? deadlines.find((t) => !ORIGINAL.test(t.label)) ?? deadlines[0];
  return chosen?.column;
}

// "Gia hạn đến", "Gia hạn", "Lùi đến", "Kéo dài tới": a move only a time makes (a deadline extended, put off), so
// the column holds the new time beside any time column, a plain "Thời hạn" too; "Điều chỉnh (thành)", "Chuyển sang"
// may move content or a unit, and are read so only beside a column saying its time is the old one.
const TIME_ONLY_MOVE = /^(?:(?:duoc|da) )?(?:gia han(?: (?:den|toi))?|(?:lui|keo dai)(?: lai)? (?:den|toi|sang))$/;

/**
 * Columns titled by the move alone ("Thời hạn theo Kế hoạch" | "Gia hạn đến", "Hạn cũ" | "Điều chỉnh thành", "Thời
 * hạn" | "Gia hạn đến"): beside the old time's column they hold the new time, a time column too. Elsewhere such a
 * title may head anything moved.
 */
export function movedTimeColumns(
  untitled: { column: number; label: string }[],
  times: { column: number; label: string }[],
): { column: number; label: string }[] {
  if (times.length === 0) return [];
  const old = times.some((t) => ORIGINAL.test(t.label));
  return untitled.filter((u) => (old ? MOVE_TITLE : TIME_ONLY_MOVE).test(u.label));
}

/**
 * The superseded deadline's column, when another is chosen: an amending plan's new column may say the
 * old deadline stays ("Giữ nguyên", "Không thay đổi", "Như cũ"), or be left blank where the time did not move, and
 * the old column then dates the task. The old column is the one saying so ("theo Kế hoạch", "cũ"), else, beside a
 * new time's column ("Gia hạn đến", "Thời hạn điều chỉnh"), the plain time column the new one moves ("Thời hạn").
 */
export function supersededColumn(
  times: { column: number; label: string }[],
  chosen: number | undefined,
): number | undefined {
  const others = times.filter((t) => t.column !== chosen);
  const named = others.find((t) => ORIGINAL.test(t.label));
  if (named) return named.column;
  const moved = times.find((t) => t.column === chosen);
  if (!moved || !revised(moved.label)) return undefined;
  return others.find((t) => !revised(t.label) && !STATUS.test(t.label) && !PERIOD.test(t.label))?.column;
}

/** Whether a new deadline's cell says the old one stays (the words of a time not moved, `time-moves.ts`). */
export const keepsDeadline = saysTimeKept;

/**
 * A section row may write its deadline anywhere ("… gửi về Sở Nội vụ trước ngày 10/10/2020"), or as a cell that is
 * a time and nothing else ("2021 - 2023"), which a text copy of a title merged over columns shifts out of its column;
 * and so may a row of a table with no time column: a note under a figure ("100 (trước ngày 31/3/2026)") dates its row.
 */
export function cellsWording(cells: string[]): string {
  for (const cell of cells) {
    // A cell that is its time whole ("QIII/2025"), not a note citing a document by its date.
    const wording = findDeadlineWording(cell) ?? (parseDeadline(cell).ok && !datesDocument(cell) ? cell : null);
    if (wording) return wording;
  }
  return "";
}

// A row's note may move the time its time cell gives, as an office does when a ministry's letter changes a
// deadline after the plan was typed: "Thời gian điều chỉnh theo Công văn số 415/BNV-CCHC ngày 29/01/2024 của Bộ Nội
// vụ: hoàn thành trước ngày 15/7/2024", "Gia hạn đến 31/8/2024 theo Văn bản số …", "Lùi thời hạn sang Quý IV/2024",
// "Thời hạn mới: 15/10/2024". The time the note moves it to is the row's; the date of the document cited for the move
// is none. A note that says no move ("Gửi kèm Công văn … ngày 10/4/2024"), or a move and no new time right after it
// (or after the document cited), leaves the time cell's time; so does any other column ("Sản phẩm": "Quyết định gia
// hạn … đến 31/12/2025" is the work's result). (A time corrected in its own cell, "Tháng 9 (đã điều chỉnh: Tháng
// 11)", is corrected-times.ts's.)

const TIME_WORD = String.raw`(?:thời gian|thời hạn|hạn)(?:\s+(?:hoàn thành|thực hiện))?`;
/** "thời gian (đã) điều chỉnh", "lùi thời hạn", "gia hạn", "thời hạn mới": the note says the time moved. */
const MOVED = new RegExp(
  String.raw`(?<!\p{L})(?:${TIME_WORD}\s+(?:(?:được|đã)\s+)?${MOVE}|(?:(?:được|đã)\s+)?${MOVE}\s+${TIME_WORD}|gia hạn|${TIME_WORD}\s+mới)(?!\p{L})`,
  "iu",
);
// How far after the move words (characters) the new time may stand: the clause saying it, or a document cited then it
// ("theo Công văn số 415/BNV-CCHC ngày 29/01/2024 của Bộ Nội vụ: hoàn thành trước ngày 15/7/2024"); a note running on
// past that is no move's clause, and is never read whole for a time.
const REACH = 1000;
/**
 * The document cited for the move before its new time: "theo Công văn số … ngày …: hoàn thành trước …", "tại Thông
 * báo số … đến 31/8/2024"; its date is none of the row's.
 */
const CITED = /^(?:theo|tại|căn cứ)\s[^:;()]*?(?::|(?=\s(?:đến|tới|sang|thành)\s))/iu;
/** Where the clause right after the move ("đến 31/8/2024", ": 15/10/2024") ends: a document cited for it, a bracket. */
const CLAUSE_END = /[,;()]|\s(?:theo|tại|căn cứ)\s/iu;
/**
 * A clause the new time opens ("đến 31/8/2024", "sang Quý IV/2024", ": 15/10/2024", "hoàn thành trước ngày …"): the
 * move words then name what moved ("gia hạn nộp hồ sơ trước ngày …", "thời hạn mới của giấy phép: 05 năm kể từ …")
 * when a time stands further on, and that time is another's.
 */
const OPENS_TIME =
  /^(?::\s*)?(?:là\s+)?(?:(?:hoàn thành|thực hiện)\s+)?(?:đến|tới|sang|thành|trước|trong|vào|chậm nhất|hết|cuối|giữa|đầu|ngày|tháng|quý|năm|\d)(?!\p{L})/iu;

/** The columns headed as a row's notes ("Ghi chú", "Ghi chú/ Lý do", "Chú thích", "Lưu ý") and of no other role. */
export function noteColumns(headers: readonly string[][], columns: Columns): number[] {
  const { more, ...one } = columns;
  const roled = new Set([...Object.values(one), ...Object.values(more ?? {}).flat()]);
  const notes = new Set<number>();
  for (const header of headers)
    header.forEach((label, i) => {
      if (!roled.has(i) && /^(?:ghi chu|chu thich|luu y)\b/.test(fold(label))) notes.add(i);
    });
  return [...notes];
}

/** The time a note says the row's time moved to, as written; null when it says none. */
function movedTo(note: string, issued: IsoDate | null): string | null {
  const text = note.normalize("NFC");
  const moved = MOVED.exec(text);
  if (!moved) return null;
  const end = moved.index + moved[0].length;
  const after = text.slice(end, end + REACH).trimStart();
  const cited = CITED.exec(after);
  const clause = (cited ? after.slice(cited[0].length) : after).split(CLAUSE_END, 1)[0]!.trim();
  return OPENS_TIME.test(clause) && parseInPlanYear(clause, issued).ok ? clause : null;
}

/**
 * The row's deadline cell as its note moves it ("hoàn thành trước ngày 15/7/2024"), to be spread over the cells the
 * row's columns give: nothing when no note moves it.
 */
export function noteMovingTime(cells: readonly string[], notes: readonly number[], issued: IsoDate | null) {
  const moved = notes.map((column) => movedTo(cells[column] ?? "", issued)).find(Boolean);
  return moved ? { deadline: moved } : null;
}
