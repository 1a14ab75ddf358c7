// A task table's header: which rows above its body are titles, and what each column holds (the row's
// number, the task, its time, who leads, who helps), on one row or two ("Trách nhiệm thực hiện" merged
// over "Chủ trì" | "Phối hợp"). `task-table.ts` reads the body by these columns.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { quarterOf } from "./quarter-columns.ts";
import { monthOf, weekOf } from "./week-columns.ts";
import { namesUnitColumns } from "./unit-columns.ts";
import { untitledTaskColumn } from "./untitled-task-column.ts";
import { SPAN_START, TIME_LABEL, deadlineColumn, movedTimeColumns, supersededColumn } from "./time-columns.ts";
import { groupTitleOver } from "./text-header.ts";
import { yearUnderTime } from "./year-columns.ts";
import { namesCutOff } from "./cut-off-columns.ts";
import { MONTH_LABEL } from "./month-column.ts";
import { MONTHS_TIME_TITLE } from "./month-numbers.ts";
import { namesTarget } from "./target-columns.ts";
import { NUMBER_TITLE } from "./number-column.ts";
import { datingItem } from "./item-table.ts";
import { numberedUnitCell } from "./unnumbered-rows.ts";
import { sectionHead } from "./section-lines.ts";
import type { Columns, Role } from "./columns.ts";

export type { Columns, Role } from "./columns.ts";

// A table of reports due ("Danh mục báo cáo": Tên báo cáo | Cơ quan báo cáo | Nơi nhận | Thời hạn
// gửi) is a task table too: each report is a task, the body that reports ("Cơ quan báo cáo", "Đơn
// vị gửi báo cáo") leads it, and the body that receives it ("Cơ quan nhận báo cáo", "Nơi nhận báo
// cáo") is a recipient, never a unit of the task. A schedule of reports names each by its kind ("Loại báo cáo").
// An inspection schedule ("Lịch kiểm tra": Đơn vị được kiểm tra | Thời gian | Trưởng đoàn | Thành viên tham gia)
// is one too: each visit to the unit inspected, supervised or surveyed is a task, titled by that unit; the
// team's head ("Trưởng đoàn") leads it and the bodies taking part ("tham gia") coordinate.
// A list of legal documents to draft ("Tên văn bản" | Cơ quan chủ trì soạn thảo | Thời gian trình) is one too: each
// document is a task of the body drafting it, due when that body submits it.
// An emulation council's table of award forms ("Hình thức khen thưởng" | Cơ quan, đơn vị trình | Thời hạn gửi hồ
// sơ) is one too: each form is the task of sending its dossiers, for the bodies that submit them ("trình"), by its day.
export const VISITED = /duoc (kiem tra|giam sat|khao sat)/;
// "Phương án bố trí, xử lý" beside the asset it disposes of (a plan for surplus offices) says the work to do.
// "Số nhiệm vụ" counts tasks (a summary of tasks per unit over the units' own tables): no task column.
const TASK_COLUMN = new RegExp(
  `(?<!\\bso (?:luong )?)nhiem vu|noi dung|phuong an (?:bo tri|xu ly|sap xep)|(ten|loai) bao cao|ten van ban|hinh thuc khen thuong|\\bchi tieu\\b(?! mau)|${VISITED.source}`,
);
// Units visited with rounds and times alone ("Đợt | Đơn vị được kiểm tra | Thời gian") are the rounds of the task
// whose cell holds them; a schedule of visits names who visits.
// "Thành phần Đoàn (kiểm tra)", "Thành phần Tổ công tác": a team's makeup, its head's body leading (`people.ts`).
const TEAM_MAKEUP = String.raw`thanh phan (?:doan(?! vien)|to (?:cong tac|kiem tra))\b`;
const VISITORS = new RegExp(String.raw`truong doan|thanh vien|tham gia|chu tri|phoi hop|${TEAM_MAKEUP}`);
// "Cơ quan thực hiện", "Đơn vị gửi báo cáo", "Cơ quan, tổ chức giao nộp" (an archives transfer list): the body
// doing the act the column names, as against the one receiving it ("Cơ quan nhận báo cáo").
const DOERS = String.raw`(co quan|don vi)( (to chuc|co quan|don vi))? (thuc hien|(gui )?bao cao|(giao )?nop|trinh)`;
// "Xã, thị trấn thực hiện", "Địa phương thực hiện": the kind of unit that does each row's work.
const UNITS_DOING = String.raw`^(?:(?:xa|phuong|thi tran|huyen|thanh pho|dia phuong|co quan|don vi)(?:,\s*|\s+))+thuc hien$`;
// "Cơ quan, đơn vị" alone heads the column of who does the row's work.
const UNITS_ALONE = String.raw`^(co quan|don vi)( (co quan|don vi))?$`;
const UNITS_TITLE = new RegExp(UNITS_ALONE);
// A document system's task export titles the lead "Đơn vị xử lý chính" ("Xử lý chính", "Cơ quan xử lý"): the body
// handling the task, as against "Đơn vị phối hợp (xử lý)" beside it.
// The whole title only: "Cơ quan xử lý vi phạm" is what a row is about, no lead.
const HANDLES = String.raw`^(?:(?:co quan|don vi|bo phan) )?xu ly(?: chinh)?$`;
// A table of classes, conferences or events titles its lead by who organises each ("Đơn vị tổ chức", "Cơ quan, đơn vị
// tổ chức lớp"); the whole title only, never "Cơ quan, tổ chức có liên quan" (bodies concerned).
const ORGANISES = String.raw`^(?:co quan|don vi)(?: (?:co quan|don vi))? to chuc(?: (?:lop(?: hoc)?|hoi nghi|hoi thao|su kien|hoat dong|thuc hien))?$`;
// Who leads: the column titled so, units alone, an inspection team's head or makeup, the body handling a task or
// organising it.
const LEAD_TITLE = new RegExp(
  String.raw`chu tri|${DOERS}|trach nhiem|truong doan|${TEAM_MAKEUP}|${UNITS_ALONE}|${UNITS_DOING}|${HANDLES}|${ORGANISES}`,
);

const ROLE_PATTERNS: [Role, RegExp][] = [
  ["ref", NUMBER_TITLE],
  // "Mã nhiệm vụ" beside "Tên nhiệm vụ" (a task-management system's export) holds a code, not the task.
  ["task", new RegExp(`^(?!ma )(?:.*(?:${TASK_COLUMN.source}))`)],
  // "Thời gian bắt đầu" beside "Thời gian hoàn thành" is when work starts, never the deadline. "Tháng trình" holds the
  // month a draft is submitted in (`month-numbers.ts`). "Ngày" alone may be the day the row's work is due (`DAY_ONLY`).
  ["deadline", new RegExp(`^(?!.*bat dau)(?:.*(?:${TIME_LABEL.source}))|${MONTHS_TIME_TITLE.source}|^ngay$`)],
  ["lead", LEAD_TITLE],
  // "Cơ quan cử thành viên", "Thành viên đoàn", "Thành viên": the bodies sending members to a team help its lead.
  ["coordinators", /phoi hop|tham gia|\bcu thanh vien|^thanh vien(?: doan)?$/],
  ["month", MONTH_LABEL],
  ["start", SPAN_START],
];

const NAMES_WHO_OR_WHEN = new RegExp(
  String.raw`chu tri|phoi hop|${DOERS}|trach nhiem|truong doan|${TEAM_MAKEUP}|${UNITS_DOING}|${HANDLES}|${ORGANISES}|${TIME_LABEL.source}`,
);
// "(STT |) Đơn vị | Nhiệm vụ được giao", nothing else: units alone beside their duties ("nhiệm vụ", not "nội dung" nor
// "chỉ tiêu", which a table of figures by unit heads too) name who does each row's work, as "Chủ trì" does.
const unitsBesideDuties = (cells: string[]) => {
  const titles = cells.map((c) => fold(c)).filter((c) => c && !NUMBER_TITLE.test(c));
  return titles.length === 2 && UNITS_TITLE.test(titles[0]!) && /^nhiem vu\b/.test(titles[1]!);
};
const role = (label: string) => ROLE_PATTERNS.find(([, p]) => p.test(fold(label)))?.[0];
/** What a column titled `label` holds in a task table: the row's number, the task, who or when. */
export const columnRole = role;
/** Whether words title a column of a task table: the task, its number, who or when. */
export const namesColumn = (label: string): boolean => role(label) !== undefined;
export const COLUMN_NAMES = { task: (label: string) => role(label) === "task", any: namesColumn };
// A task column titled by what its rows are ("Mô hình điểm"), beside who and when (`untitled-task-column.ts`).
const untitledTask = (cells: string[], datedAbove = false) =>
  untitledTaskColumn(
    cells,
    { who: (c) => ["lead", "coordinators"].includes(role(c) ?? ""), when: (c) => role(c) === "deadline" },
    datedAbove,
  );

// "2", "2.1.", "b", "c)": a number cell numbering a task row; a header's says "STT", "TT" or nothing.
const ROW_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[a-zđ][).]?)$/u;

/** Whether a row is one section's, its number and title in its one filled cell ("II. …", "B. …"). */
function sectionRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim());
  return filled.length === 1 && sectionHead(filled[0]!.trim()) !== null;
}

/**
 * A header names its columns: the task's, and who or when, in its first row or in the label rows
 * under it ("Tổ chức thực hiện" over "Phân công" | "Thời gian" over "Cơ quan chủ trì" | … | "Thời
 * gian hoàn thành"). A row numbered in its first cell is a task, even when its words say "nhiệm vụ"
 * and "chủ trì" ("Rà soát các nhiệm vụ …" | "Sở Nội vụ chủ trì"), and so is one lettered there ("b" | "Giao chỉ tiêu
 * …"), a sub-row under a numbered one. Returns the header's rows.
 */
export function headerRows(blocks: Block[], at: number): string[][] {
  const first = blocks[at];
  // "5. Sở Giáo dục và Đào tạo | … Lồng ghép nội dung …": a row numbered in its units' cell is a task row too.
  if (first?.type !== "row" || ROW_NUMBER.test(first.cells[0] ?? "") || numberedUnitCell(first.cells[0] ?? ""))
    return [];
  // A section row merged across the table ("III. LĨNH VỰC ĐẤT ĐAI (nhiệm vụ không ghi thời hạn … Quý IV/2025)"): its
  // note may speak of tasks and deadlines, yet it names no columns.
  if (sectionRow(first.cells)) return [];
  const titled = first.cells.some((c) => TASK_COLUMN.test(fold(c)));
  // An item over the table giving its time ("… chậm nhất là ngày 25/4/2025:") stands for a time column.
  if (!titled && untitledTask(first.cells, datingItem(blocks, at, null) !== null) === null) return [];
  const rows = [first.cells];
  for (let next = blocks[at + rows.length]; rows.length < 3; next = blocks[at + rows.length]) {
    if (next?.type !== "row" || !isSubHeader(next.cells, rows.at(-1)!)) break;
    rows.push(next.cells);
  }
  const names = (pattern: RegExp) => rows.some((cells) => cells.some((c) => pattern.test(fold(c))));
  const visits = titled && !first.cells.some((c) => TASK_COLUMN.test(fold(c)) && !VISITED.test(fold(c)));
  // Unit columns under deadline titles ("Hoàn thành trước 31/3/2025") name who and when by themselves.
  const unitsUnder = rows.some((cells, k) => k > 0 && namesUnitColumns(cells, rows[k - 1]!));
  const named = names(NAMES_WHO_OR_WHEN) || unitsUnder || unitsBesideDuties(first.cells);
  return named && (!visits || names(VISITORS)) ? rows : [];
}

/**
 * Whether rows open with a task table's header: a table inside another's cell whose rows are tasks
 * (docx/table.ts), not a list the task's cell holds (rounds and the units they visit).
 */
export const opensTaskTable = (blocks: Block[]): boolean => headerRows(blocks, 0).length > 0;

/**
 * A lower row of a header names columns ("Chủ trì", "Thời gian") and holds labels only: each cell
 * empty, the label above it (merged down), or a few words with no number; its number cell says no
 * number. A task row whose units cell says "X chủ trì, phối hợp Y" is no header.
 */
function isSubHeader(cells: string[], above: string[]): boolean {
  // Quarter columns ("Quý I" … "Quý IV") under a time title, weeks under their months, years under a time title
  // ("Năm 2025" | "Năm 2026", `year-columns.ts`) or the days a roadmap's figures are due by ("Đến 30/6/2026",
  // `cut-off-columns.ts`) name when.
  const period = (c: string, i: number) =>
    quarterOf(c) !== null ||
    weekOf(c) !== null ||
    monthOf(c) !== null ||
    yearUnderTime(cells, above, i) !== null ||
    namesCutOff(c);
  // A numbered thing the work is done for ("Dự án 1") under a time title labels a column too (`target-columns.ts`).
  const label = (c: string, i: number) =>
    !c || c === above[i] || period(c, i) || namesTarget(c) || (c.split(/\s+/).length <= 6 && !/\d/.test(c));
  const named = cells.some((c, i) => c !== above[i] && (NAMES_WHO_OR_WHEN.test(fold(c)) || period(c, i)));
  // Units as columns ("Sở Nội vụ" | "Sở Tư pháp" | …) under "Cơ quan, đơn vị thực hiện" name who.
  return (
    (named || namesUnitColumns(cells, above) || splitsTitle(cells, above)) &&
    (!cells[0] || cells[0] === above[0]) &&
    cells.every(label)
  );
}

/**
 * A title merged across columns ("Quy mô" over "Số lớp" | "Số học viên"), copied as text, is written once: the row
 * above is shorter than the one under it, which labels two columns or more and whatever it labels is the header's
 * too, though no who or when (`src/plan/text-header.ts` lines the title up over them). A PDF's grid gives the title
 * to its first column and leaves the others empty: a label under an empty title, beside a label under the title
 * that spans it ("Thời gian hoàn thành" over "Dương lịch" | "Âm lịch"), splits it too.
 */
const splitsTitle = (cells: string[], above: string[]): boolean =>
  (cells.length > above.length && cells.filter((c) => c.trim()).length >= 2) ||
  cells.some((c, i) => i > 0 && !!c && !above[i] && !!above[i - 1] && !!cells[i - 1] && cells[i - 1] !== above[i - 1]);

/** The rows of a table's body, up to the text after it. */
export function bodyRows(blocks: Block[], from: number): string[][] {
  const end = blocks.findIndex((b, k) => k >= from && b.type !== "row");
  return blocks.slice(from, end < 0 ? undefined : end).flatMap((b) => (b.type === "row" ? [b.cells] : []));
}

/** A column's number in a row numbering them: "3" or "(3)". */
const COLUMN_NUMBER = /^\(?(\d{1,3})\)?$/;

/**
 * A row numbering the columns under the header ("(1)", "(2)", … or 1, 2, …) is no task. Its numbers run on from 1
 * across the cells, at least three; a cell may hold a run of them where two columns are read as one ("(5) (6)" once
 * "Ngày" | "Tháng" are one deadline, `date-part-columns.ts`), and the cells past the last number may be blank (a text
 * copy's trailing tab).
 */
export function numbersColumns(cells: string[]): boolean {
  let end = cells.length;
  while (end > 0 && !cells[end - 1]!.trim()) end--;
  let next = 1;
  for (const cell of cells.slice(0, end)) {
    for (const part of cell.trim().split(/\s+/)) {
      if (Number(COLUMN_NUMBER.exec(part)?.[1]) !== next) return false;
      next++;
    }
  }
  return next > 3;
}

// "Ngày" alone is the day the row's work is due only on a sheet a month names, which writes there the day of its month
// (`month-tabs.ts`), and only when no other column says when: beside "Thời hạn" ("Văn bản | Ngày | … | Thời hạn"), or
// under no month, it is the day of something else (the document the row carries out).
const DAY_ONLY = /^ngay$/;
function dayColumnDates(times: { column: number; label: string }[], monthNamed: boolean) {
  const others = times.filter((t) => !DAY_ONLY.test(t.label));
  return monthNamed && others.length === 0 ? times : others;
}

/** `monthNamed`: a month names the table (`tableMonth`), so a "Ngày" column may hold the day of that month. */
export function mapColumns(
  headers: string[][],
  units: Map<number, string> | null,
  kinds: number[] = [],
  datedAbove = false,
  monthNamed = false,
): Columns {
  const width = Math.max(...headers.map((h) => h.length));
  const columns: Columns = {};
  const times: { column: number; label: string }[] = [];
  const tasks: { column: number; label: string }[] = [];
  const untitled: { column: number; label: string }[] = [];
  const last = headers.at(-1)!;
  const upper = headers
    .slice(0, -1)
    .map((row) => Array.from({ length: width }, (_, i) => groupTitleOver(row, last, i)));
  for (let i = 0; i < width; i++) {
    if (units?.has(i)) continue;
    const text = fold([...upper.map((h) => h[i] ?? ""), last[i] ?? ""].join(" "));
    // The lower row names the column when both do ("Trách nhiệm thực hiện" / "Cơ quan chủ trì").
    const lower = fold(headers.at(-1)?.[i] ?? "");
    const role = ROLE_PATTERNS.find(([, p]) => p.test(lower))?.[0] ?? ROLE_PATTERNS.find(([, p]) => p.test(text))?.[0];
    if (role === undefined) untitled.push({ column: i, label: text });
    if (role === "task") tasks.push({ column: i, label: lower || text });
    if (role === "deadline" && LEAD_TITLE.test(lower || text)) columns.leadTime = i;
    if (role === "deadline") times.push({ column: i, label: text });
    else if (role && columns[role] === undefined) columns[role] = i;
    else if (role && kinds.includes(i)) (columns.more ??= {})[role] = [...(columns.more?.[role] ?? []), i];
  }
  groupColumn(columns, tasks);
  columns.task ??= untitledTask(headers[0]!, datedAbove) ?? undefined;
  // Several time columns: the old deadline, the progress by a day, the new deadline (titled by its move alone too).
  times.push(...movedTimeColumns(untitled, times));
  const dating = dayColumnDates(times, monthNamed);
  columns.deadline = deadlineColumn(dating);
  columns.superseded = supersededColumn(dating, columns.deadline);
  // Who leads is said in the time's column only when no column of its own says it.
  if (columns.leadTime !== columns.deadline || columns.lead !== undefined) delete columns.leadTime;
  else columns.lead = columns.leadTime;
  return columns;
}

// A column of the rows' group ("Nhóm nhiệm vụ", "Tiêu chí, tiêu chí thành phần", "Chỉ tiêu theo Nghị quyết"), merged
// down or repeated, left of one saying each row's own work ("Nhiệm vụ", "Nhiệm vụ, giải pháp"): the work titles the
// row, the group stands in only where the row's own cell is empty (a group row over a table of its own).
// A plan carrying out a higher body's document quotes that document's task left of its own the same way ("Nhiệm vụ
// tại Quyết định số 1523/QĐ-TTg" | "Nhiệm vụ cụ thể của tỉnh", "Nội dung theo Nghị quyết …" | "Nhiệm vụ của sở"): the
// quoted task, with the ministry leading it and its central deadline, is what the row carries out, never its work.
const QUOTED_LABEL = new RegExp(
  String.raw`^(?:nhiem vu|noi dung)(?: (?:duoc giao|de ra))? (?:tai|theo) (?:quyet dinh|nghi quyet|chi thi|ke hoach|chuong trinh|nghi dinh|thong tu|van ban|ket luan)\b`,
);
const GROUP_LABEL = new RegExp(String.raw`^(nhom|tieu chi|chi tieu)\b|${QUOTED_LABEL.source}`);
function groupColumn(columns: Columns, tasks: { column: number; label: string }[]): void {
  const group = tasks[0];
  const own = tasks.find((t) => t.column > (group?.column ?? 0) && !GROUP_LABEL.test(t.label));
  if (!group || !own || !GROUP_LABEL.test(group.label)) return;
  columns.group = group.column;
  columns.task = own.column;
}

/** The columns of a role: its first, then any more of it. */
export const roleColumns = (columns: Columns, role: Role): number[] =>
  columns[role] === undefined ? [] : [columns[role], ...(columns.more?.[role] ?? [])];
