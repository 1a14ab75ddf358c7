// The number and title a task table's row is cited by, and how deep that number stands: a section (I, A, "Lĩnh vực
// 2"), then 1, then 1.1. The walk over the rows (`task-table.ts`) opens and closes rows by these levels.
import { sectionHead } from "./section-lines.ts";
import { isSection } from "./section-refs.ts";

/**
 * A group the plan names with its number, in a row of its own ("Lĩnh vực 2: Cải cách thủ tục hành
 * chính", "Nhóm III - …", "Phần 1. …"): one or two words, the first capitalised, then the number.
 */
const GROUP_REF = String.raw`\p{Lu}\p{Ll}*(?: \p{Ll}+)? (?:\d+|[IVXLC]+)`;
const GROUP_LABEL = new RegExp(String.raw`^(${GROUP_REF})\s*[:.–-]\s*(\S.*)$`, "u");

/**
 * Sections are Roman of any size (I … XL, L, XC), parts lettered A, B, … or named groups ("Lĩnh vực 2"); then 1,
 * then 1.1, past 99 as well.
 */
export function refLevel(ref: string): number {
  if (isSection(ref) || new RegExp(`^${GROUP_REF}$`, "u").test(ref)) return 0;
  return ref.split(".").length;
}

/**
 * A task cell may give its title, then the parts of the task as a list in the cell ("Tổ chức hội
 * nghị: - Mời …; - Tổng hợp …"): the parts are no tasks, the title is the line before them.
 */
const titleOf = (cell: string) => /^(.+?):\s+[-+•]\s/u.exec(cell)?.[1] ?? cell;

/**
 * A section row merged across the table holds its number and its title in one cell ("II. CÔNG TÁC
 * KIỂM TRA", "B. TRIỂN KHAI CHIẾN DỊCH", all in the TT column): the number is its ref, the words its title.
 */
export function refAndTitle(refCell: string, taskCell: string): { ref: string; title: string } {
  const section = sectionHead(refCell);
  if (section) return { ref: section.ref, title: taskCell || section.title };
  // A row with no number that names its group is a section, not the task above going on.
  const group = GROUP_LABEL.exec(refCell ? "" : taskCell);
  if (group) return { ref: group[1]!, title: group[2]! };
  // "2." is 2; a step written "Bước 3" in its number cell (under "Bước" or "STT") is 3, as the plan cites it.
  return { ref: refCell.replace(/^bước\s+(?=\d)/iu, "").replace(/\.$/, ""), title: titleOf(taskCell) };
}
