// A table of targets may set out how far each must have come by a few days, a column each, the year's target beside:
//   STT | Nhiệm vụ, chỉ tiêu | Chỉ tiêu năm 2026 | Lộ trình thực hiện (lũy kế)
//       |                   |                   | Đến 31/3/2026 | Đến 30/6/2026 | Đến 30/9/2026 | Đến 15/12/2026
//   1   | Số hóa hồ sơ …    | 100%              | 60%           | 100%          | 100%          | 100%
// Each figure is what must be reached by its column's day, counted from the start: the work is done when the target
// is reached, so the row is due at the first day whose figure reaches it; the days after keep what was reached. With
// no target beside, the figure the roadmap ends on is the target. Words written instead of figures ("Quý III/2026",
// "Thường xuyên", merged across the days) are the row's time as a time cell's would be.
// Figures already reached ("Kết quả đến 30/6") tell a state, no time: such columns are none of these.
import { cellFigure, firstFigure, type Figure } from "../domain/figures.ts";
import { parseDeadline } from "../domain/deadline.ts";
import { fold } from "../domain/text.ts";
import { groupTitleOver } from "./text-header.ts";

/** A column titled by the day figures are counted up to, folded: "Đến 31/3/2026", "Đến hết ngày 30/6/2026". */
const CUT_OFF = /^(?:tinh )?den (?:het )?(?:ngay )?\d{1,2}[\s/.-]\d{1,2}[\s/.-]\d{4}$/;
/** A title saying its figures were reached already, or are estimates of it. */
const REACHED = /\b(?:ket qua|da (?:dat|thuc hien)|uoc (?:dat|thuc hien)|thuc te|tinh hinh)\b/;
/** The target's column: "Chỉ tiêu năm 2026", "Mục tiêu", "Kế hoạch năm". */
const TARGET = /^(?:chi tieu|muc tieu|ke hoach nam)\b/;

export interface CutOffColumns {
  /** Column index → its title, which reads as the day it counts to ("Đến 30/6/2026"). */
  days: Map<number, string>;
  /** The year's target beside them, if a column says it. */
  target: number | undefined;
}

/** Whether a header's label is a day figures are counted up to. */
export const namesCutOff = (label: string): boolean => CUT_OFF.test(fold(label));

/** The cut-off columns of a header, two or more in its last row, and the target's column; null if none. */
export function cutOffColumns(headers: readonly string[][]): CutOffColumns | null {
  const last = headers.at(-1)!;
  const above = headers.at(-2);
  const days = new Map<number, string>();
  last.forEach((label, i) => {
    const title = above ? fold(groupTitleOver([...above], [...last], i)) : "";
    if (namesCutOff(label) && !REACHED.test(title) && parseDeadline(label).ok) days.set(i, label.trim());
  });
  if (days.size < 2) return null;
  const target = headers[0]!.findIndex((label, i) => !days.has(i) && TARGET.test(fold(label)));
  return { days, target: target < 0 ? undefined : target };
}

/** Whether `figure` reaches `target`: a share compared with a share, a count with a count. */
const reaches = (figure: Figure, target: Figure) => figure.percent === target.percent && figure.value >= target.value;

/** The row's target: its target cell's figure when it is of the roadmap's kind, else the roadmap's last figure. */
function targetOf(cells: readonly string[], column: number | undefined, figures: Figure[]): Figure {
  const written = column === undefined ? null : firstFigure(cells[column] ?? "");
  const last = figures.at(-1)!;
  return written && written.percent === last.percent ? written : last;
}

/** The row's time: the day of the first figure reaching its target, else its words under the days; empty if none. */
export function cutOffTime(cells: readonly string[], columns: CutOffColumns): string {
  const filled = [...columns.days].flatMap(([i, day]) =>
    (cells[i] ?? "").trim() ? [{ day, cell: cells[i]!.trim(), figure: cellFigure(cells[i]!) }] : [],
  );
  const figures = filled.flatMap(({ figure }) => (figure ? [figure] : []));
  if (figures.length === 0) return filled.find(({ cell }) => !/^[-–—]$/.test(cell))?.cell ?? "";
  const target = targetOf(cells, columns.target, figures);
  return (filled.find(({ figure }) => figure && reaches(figure, target)) ?? filled.findLast((f) => f.figure))!.day;
}
