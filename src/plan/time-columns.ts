// Which of a task table's time columns holds the deadline. A letter urging overdue tasks lists, beside
// each task, the deadline the earlier plan set ("Thời hạn theo Kế hoạch"), how far it has come by a day
// ("Tiến độ đến 30/6") and the deadline it now sets ("Thời hạn hoàn thành (mới)"): the one in force is
// the new one; the old one was missed, and the progress column tells a state, not a time.

/**
 * A folded column label naming a time: "Thời gian (hoàn thành)", "Thời hạn", "Tiến độ", and the
 * short "Hạn hoàn thành", "Hạn chót", "Hạn nộp", "Hạn xử lý" or a bare "Hạn" many offices head the column with;
 * a table exported from a task-management system names its deadline "Ngày kết thúc" (beside "Ngày bắt đầu").
 */
export const TIME_LABEL =
  /thoi gian|thoi han|tien do|\bhan (hoan thanh|chot|nop|gui|thuc hien|xu ly)\b|^han$|\bngay (ket thuc|hoan thanh)\b/;

import { fold } from "../domain/text.ts";

// Folded labels (see fold): a deadline set anew, extended or proposed now.
const REVISED = /\b(moi|dieu chinh|gia han|de nghi)\b/;
// The deadline an earlier plan or decision gave, now superseded.
const ORIGINAL = /\btheo (ke hoach|kh|quyet dinh|qd|van ban)\b|\b(cu|ban dau|truoc day)\b|\b(da|duoc) giao\b/;
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
    deadlines.find((t) => REVISED.test(t.label)) ?? deadlines.find((t) => !ORIGINAL.test(t.label)) ?? deadlines[0];
  return chosen?.column;
}

/**
 * The superseded deadline's column, when another is chosen: an amending plan's new column may say the
 * old deadline stays ("Giữ nguyên", "Không thay đổi", "Như cũ") and the old column then dates the task.
 */
export function supersededColumn(
  times: { column: number; label: string }[],
  chosen: number | undefined,
): number | undefined {
  return times.find((t) => t.column !== chosen && ORIGINAL.test(t.label))?.column;
}

/** Whether a new deadline's cell says the old one stays. */
export const keepsDeadline = (cell: string): boolean => /^(giu nguyen|khong (thay )?doi|nhu cu)\.?$/.test(fold(cell));
