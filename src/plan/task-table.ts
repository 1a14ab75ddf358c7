// Task tables ("Biểu phân công nhiệm vụ"): TT | Nhiệm vụ | Thời gian | Chủ trì | Phối hợp,
// with headers on one or two rows (merged "Trách nhiệm thực hiện" over Chủ trì / Phối
// hợp), repeated on each page, and refs in levels: I, then 1, then 1.1.
import { isRecurring } from "../domain/deadline.ts";
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { countsFromEvent } from "../domain/relative-deadline.ts";
import type { ResolvedName } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";
import { readClause, saysRoles } from "./clause.ts";
import type { Block } from "./document.ts";
import type { ParsedDeadline, TaskDraft } from "./parsed-plan.ts";
import { besideLead } from "./partners.ts";
import { markerOf, partsRenumber } from "./numbering.ts";
import { groupAfter, quarterTitle, withPartRefs, type TablePart } from "./part-refs.ts";
import { formTitle } from "./form-number.ts";
import { endsBody } from "./closing-order.ts";
import { datingItem, detailedItem, type DatingItem } from "./item-table.ts";
import { announcingItem, withAnnouncedItems } from "./announced-rows.ts";
import { periodMatrixHeader } from "./period-matrix.ts";
import { isGroupHeading, isGroupRow } from "./group-heading.ts";
import { isTotalRow } from "./total-row.ts";
import { describesRowAbove } from "./describing-rows.ts";
import { bodiesOfPeople, bodiesOfTeams } from "./people.ts";
import { isSectionLine, sectionHead } from "./section-lines.ts";
import { alignGroupTitles } from "./text-header.ts";
import { isSection, withSectionRefs } from "./section-refs.ts";
import { bracketTime, duringSection } from "./section-time.ts";
import { deadlineOf, isBlankTime, namedUnits, unitsOf, type TaskContext } from "./task-context.ts";
import { cellsWording, keepsDeadline, noteMovingTime } from "./time-columns.ts";
import { quarterTime, quarterTimes } from "./quarter-columns.ts";
import { leadDeadlineTasks } from "./lead-deadlines.ts";
import { dayInRow, headingMonth, rowMonth, timeInMonth, type RowMonth } from "./month-column.ts";
import { tableMonth } from "./month-tabs.ts";
import { monthNumbered, monthTasks, monthWordings, type MonthNumbers } from "./month-numbers.ts";
import { markedUnits } from "./unit-columns.ts";
import { weekTime } from "./week-columns.ts";
import { groupTime } from "./deadline-groups.ts";
import { ownedLead, tableCaption, tableOwner, type TableOwner } from "./table-owner.ts";
import { partnersInTask } from "./task-partners.ts";
import { cellUnits } from "./cell-unit-lines.ts";
import { withCommonDeadline } from "./common-deadline.ts";
import { unitRowTasks } from "./unit-row-tasks.ts";
import { leadAndTime } from "./lead-time-column.ts";
import { cellListTasks } from "./cell-list-tasks.ts";
import { mayHaveSubRows, subRow, subRowLead } from "./sub-rows.ts";
import { partCells, partTask } from "./nested-rows.ts";
import { withMarkedLeads } from "./marked-lead.ts";
import { firstListedLead, saysFirstListedLeads } from "./first-listed-lead.ts";
import { groupLead, unitHeadingLead } from "./group-lead.ts";
import { visitTitle } from "./visit-title.ts";
import { titledByContent, unnumberedByContent } from "./content-columns.ts";
import { carriesOn, numberedTaskCell, numberedUnitCell, unnumberedRowRef } from "./unnumbered-rows.ts";
import { withPartnerWords, withSlashPartners } from "./partner-words.ts";
import { DittoColumns } from "./ditto-cells.ts";
import { sameDeadlineAs } from "./same-deadline.ts";
import { COLUMN_NAMES, headerRows, numbersColumns, roleColumns, type Columns, type Role } from "./table-header.ts";
import { tableLayout, type TableLayout } from "./table-layout.ts";
import { doneBeforePlan } from "./done-rows.ts";
import { repealedRow, struckRow } from "./repeal.ts";
import { targetTasks } from "./target-columns.ts";
import { isPartnerHeader, withPartnerTables } from "./partner-table.ts";

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
 * The cells a row with no time column may be dated in: those beside the task (a target, a unit of measure, a note),
 * never the task's own words, whose parts may each have a day, nor the cells naming who does it.
 */
const besideTask = (cells: string[], columns: Columns): string[] =>
  cells.filter(
    (_, i) =>
      i !== columns.task && ![...roleColumns(columns, "lead"), ...roleColumns(columns, "coordinators")].includes(i),
  );

/** A cell that says the work goes on, or is due some days after an event the plan may not date. */
const saysNoOneDay = (cell: string) => isRecurring(cell) || countsFromEvent(cell);

/**
 * A task cell may give its title, then the parts of the task as a list in the cell ("Tổ chức hội
 * nghị: - Mời …; - Tổng hợp …"): the parts are no tasks, the title is the line before them.
 */
const titleOf = (cell: string) => /^(.+?):\s+[-+•]\s/u.exec(cell)?.[1] ?? cell;

/**
 * A section row merged across the table holds its number and its title in one cell ("II. CÔNG TÁC
 * KIỂM TRA", "B. TRIỂN KHAI CHIẾN DỊCH", all in the TT column): the number is its ref, the words its title.
 */
function refAndTitle(refCell: string, taskCell: string): { ref: string; title: string } {
  const section = sectionHead(refCell);
  if (section) return { ref: section.ref, title: taskCell || section.title };
  // A row with no number that names its group is a section, not the task above going on.
  const group = GROUP_LABEL.exec(refCell ? "" : taskCell);
  if (group) return { ref: group[1]!, title: group[2]! };
  // "2." is 2; a step written "Bước 3" in its number cell (under "Bước" or "STT") is 3, as the plan cites it.
  return { ref: refCell.replace(/^bước\s+(?=\d)/iu, "").replace(/\.$/, ""), title: titleOf(taskCell) };
}

interface Open {
  ref: string;
  level: number;
  deadline: ParsedDeadline | null;
  /** The lead a group row names for its tasks (`src/plan/group-lead.ts`). */
  lead?: ResolvedName[];
  /** The row's title: a row under it may point at the period it names (`src/plan/section-time.ts`). */
  title?: string;
}

/** The deadline of the nearest enclosing row that has one, marked with where it comes from. */
function inherited(stack: Open[]): ParsedDeadline | null {
  const from = stack.findLast((o) => o.deadline);
  return from?.deadline ? { ...from.deadline, inheritedFrom: from.deadline.inheritedFrom ?? from.ref } : null;
}

const LISTED_UNIT = /(^|[\s;,]+)\d{1,2}[.)]\s+(?=\p{Lu})/gu;

/**
 * One column for who does it ("Trách nhiệm thực hiện", no "Phối hợp" column beside it) says who
 * leads and who coordinates in words: "Sở X chủ trì, phối hợp Sở Y", "UBND các huyện chỉ đạo UBND
 * cấp xã thực hiện". Read as a sentence; a cell of names alone names the leads.
 */
function phraseUnits(
  ctx: TaskContext,
  ref: string,
  cell: string,
  firstLeads: boolean,
): { lead: ResolvedName[]; coordinators: ResolvedName[] } {
  // "1. X (chủ trì); 2. Y; 3. Z": units listed as numbered items, the numbers separating them as the semicolons do.
  // "X cùng: Y" names X's partners after "cùng" (`src/plan/partner-words.ts`).
  // Under a note that "(*)" marks the lead, the marked units lead and the others coordinate (`marked-lead.ts`).
  const marked = ctx.markedLeads ? withMarkedLeads(cell) : cell;
  const text = withPartnerWords(marked.replace(LISTED_UNIT, (_, before: string) => (before ? "; " : "")));
  // Names alone, no role said: under the plan's legend the first written leads (`src/plan/first-listed-lead.ts`).
  const namesAlone = firstLeads && !saysRoles(text);
  const clause = namesAlone ? firstListedLead(ctx.resolver, text) : readClause(ctx.resolver, text);
  const read = clause.lead.length > 0 ? clause : null;
  // "Thủ trưởng các đơn vị dự toán": a head's post names the body, as in a column of leads alone.
  if (!read) return { lead: unitsOf(ctx, ref, bodiesOfPeople(text)), coordinators: [] };
  for (const name of [...read.lead, ...read.coordinators]) {
    if (!name.resolved) ctx.warnings.push({ code: "unresolved-unit", args: { ref, name: name.name } });
  }
  return read;
}

/**
 * A task has a lead and a deadline: a blank cell of a task below its sibling is that cell merged
 * down over both, as a table copied to text (which keeps no merges) shows it. The deadline is
 * taken so only when no heading row gives one; a blank coordinators cell is a task without any
 * (but a visit's, below a blank head of the team: both merged down), and a cell that says something
 * ("Thường xuyên") is never blank. One units cell naming both roles
 * ("X (chủ trì); Y (phối hợp)"), merged down, gives the row below its coordinators too.
 */
function withCellsAbove(
  draft: TaskDraft,
  sibling: TaskDraft | undefined,
  blank: { lead: boolean; coordinators: boolean; deadline: boolean },
): TaskDraft {
  if (!sibling || sibling.parentRef !== draft.parentRef || refLevel(sibling.ref) !== refLevel(draft.ref)) return draft;
  const lead = blank.lead ? sibling.lead : draft.lead;
  const deadline = blank.deadline ? sibling.deadline : draft.deadline;
  const coordinators = blank.coordinators ? sibling.coordinators : draft.coordinators;
  return {
    ...draft,
    lead,
    deadline,
    coordinators: coordinators.filter((c) => !lead.some((l) => l.name === c.name)),
  };
}

/**
 * The item over a table it dates stands over the table's rows, which take its deadline: the one over the table before
 * leaves the stack, so no later table's rows take its day.
 */
function openDatingItem(ctx: TaskContext, stack: Open[], before: Open | null, item: DatingItem | null): Open | null {
  if (before && stack.includes(before)) stack.splice(stack.indexOf(before), 1);
  if (!item) return null;
  const open = { ref: item.ref, level: 0, deadline: deadlineOf(ctx, item.ref, item.wording) };
  stack.push(open);
  return open;
}

export function readTaskTables(blocks: Block[], ctx: TaskContext): TaskDraft[] {
  const tasks: TaskDraft[] = [];
  const stack: Open[] = [];
  // The layout the header of the table being read gives its rows; none between tables.
  let layout: TableLayout | null = null;
  let tableStart = 0;
  let month: RowMonth | null = null;
  // A month or time column titled as months, whose cells may be bare month numbers (`month-numbers.ts`).
  let numbered: MonthNumbers | null = null;
  // Rows dated by month headings: one under a heading of no month has no time, not the one above.
  let monthBlocks = false;
  const tables: TablePart[] = [];
  let part: string | null = null;
  // The Roman group ("Biểu II. …", "II. …") the next table stands under (`src/plan/part-refs.ts`).
  let group: string | null = null;
  // A table with no lead column names its rows' leads in its heading or their notes.
  let owner: TableOwner | null = null;
  // The unit a heading in capitals with no number names, over the rows of such a table under it (`group-lead.ts`).
  let headingLead: ResolvedName[] = [];
  const cellItems = new WeakSet<TaskDraft>();
  const parts = new WeakSet<TaskDraft>();
  // The number of the paragraph a table stands under, and how many rows of a table with no number column were read.
  let item: string | null = null;
  let unnumbered = 0;
  // The table numbers its rows in the task's cell: a row with no number there carries the row above on.
  let selfNumbered = false;
  // The item dating the table being read, standing over its rows in the stack while they are read.
  let datedBy: Open | null = null;
  // The header of a table known by its cells, as written: repeated on a new page, it is no row.
  let ownHeader = "";
  const firstLeads = blocks.some((b) => b.type === "text" && saysFirstListedLeads(b.text));
  // "Nt", "Như trên" in a cell: what the same column of the task row above says (`src/plan/ditto-cells.ts`).
  const dittos = new DittoColumns();
  for (let i = 0; i < blocks.length; i++) {
    const line = blocks[i]!;
    const block: Block =
      line.type === "text" && layout && isSectionLine(line.text, blocks[i + 1]) && !headerRows(blocks, i + 1).length
        ? { type: "row", cells: [line.text] }
        : line;
    // "Sản phẩm: …; Kết quả cần đạt: …" under a task's row, merged across the table or a line of a text copy: the row
    // above's, no task and no end of the table (`src/plan/describing-rows.ts`).
    if (layout && describesRowAbove(blocks, i)) continue;
    // A heading grouping the rows below it ends no table. One over a header of its own ("QUÝ II NĂM 2026" over
    // "STT | Nội dung …" again) titles the next table; a part's heading in capitals ("PHẦN II. NHIỆM VỤ CỤ THỂ") ends
    // the table too: the tables after it stand in that part, their rows cited by it ("II.1", `part-refs.ts`).
    // One naming a month ("THÁNG 01") dates the rows under it as a month column would (`src/plan/month-column.ts`).
    if (
      block.type === "text" &&
      layout &&
      blocks[i + 1]?.type === "row" &&
      isGroupHeading(block.text) &&
      !headerRows(blocks, i + 1).length &&
      markerOf(block.text, null, part)?.kind !== "part"
    ) {
      month = layout.columns.month === undefined ? headingMonth(block.text) : month;
      monthBlocks ||= !!month;
      if (owner) headingLead = unitHeadingLead(ctx, block.text);
      continue;
    }
    if (block.type === "text") {
      const marker = markerOf(block.text, null, part);
      if (marker?.kind === "part") part = marker.ref;
      if (marker && marker.kind !== "bullet") item = marker.ref;
      group = groupAfter(block.text, group);
      layout = null;
      continue;
    }
    const named = alignGroupTitles(headerRows(blocks, i));
    // Titles dondoc does not know: the columns as their cells show them (`src/plan/content-columns.ts`).
    const byContent =
      named.length === 0 && !layout
        ? (titledByContent(blocks, i, COLUMN_NAMES) ?? unnumberedByContent(blocks, i, COLUMN_NAMES))
        : null;
    const headers = byContent ? [byContent] : named;
    // Periods under a title naming the tasks ("Nhiệm vụ, thời gian thực hiện" over "Quý I" … "Quý IV"), a row per
    // unit: a matrix whose cells are the tasks, read by `period-matrix.ts`; its rows are no task table's.
    const matrixHeader = headers.length > 0 && !layout ? periodMatrixHeader(blocks, i, ctx) : 0;
    if (matrixHeader > 0) {
      i += Math.max(headers.length, matrixHeader) - 1;
      continue;
    }
    if (headers.length > 0) {
      i += headers.length - 1;
      // A table's first rows take nothing from the table before it; a header repeated on a new page goes on.
      const opens = !layout;
      const first = i - headers.length + 1;
      if (opens) dittos.reset();
      // A numbered line naming the table's unit ("3. Sở Tư pháp") tells it from the other units' tables.
      const caption = opens ? (tableCaption(ctx.resolver, blocks, first)?.ref ?? null) : null;
      // "4. Tổ chức các đợt kiểm tra … theo lịch tại khung dưới đây." over it: its rows are that item's parts.
      // "3. … chậm nhất là ngày 25/4/2025:" over a table with no time column: its rows share out that item's work.
      const dating = opens ? datingItem(blocks, first, group) : null;
      const item = opens ? (detailedItem(ctx.resolver, blocks, first, group) ?? dating?.ref ?? null) : null;
      // A table titled by its quarter ("QUÝ II NĂM 2026") numbers anew under it (`quarterTitle`, part-refs.ts), and so
      // does one titled by its form's number ("Biểu số 4", `form-number.ts`).
      const titled = opens ? (quarterTitle(blocks, first) ?? formTitle(blocks, first) ?? group) : group;
      // "7. Đối với UBND các xã (chi tiết tại bảng dưới đây):" over it: its parts when its rows crowd the list.
      const announcer = opens && !item ? announcingItem(blocks, first, group) : null;
      if (opens) tables.push({ start: (tableStart = tasks.length), part, group: titled, caption, item, announcer });
      if (opens) datedBy = openDatingItem(ctx, stack, datedBy, dating);
      if (opens) [unnumbered, selfNumbered] = [0, false];
      if (opens) ownHeader = byContent && block.type === "row" ? block.cells.join("\t") : "";
      layout = tableLayout(blocks, i, headers, ctx.abbreviations);
      if (opens)
        owner =
          layout.columns.lead === undefined && !layout.unitMarks
            ? tableOwner(ctx.resolver, blocks, first, headers)
            : null;
      if (opens) numbered = monthNumbered(blocks, first, headers, layout.columns);
      if (opens) headingLead = [];
      // A sheet's month named over its table ("Tháng 3", the tab's line) dates its rows (`month-tabs.ts`).
      month = layout.columns.month === undefined ? tableMonth(blocks, first) : null;
      monthBlocks = !!month;
      continue;
    }
    // "STT | Cơ quan phối hợp" after the table: the partners of its tasks by number, no tasks (`partner-table.ts`).
    if (isPartnerHeader(block.cells)) layout = null;
    if (!layout) continue;
    // "Nơi nhận:" and the signer's lines laid out in the grid under the table (a workbook's sheet) end it: they are
    // no words of its last task.
    if (endsBody(block.cells.find((c) => c.trim()) ?? "")) {
      layout = null;
      continue;
    }
    const { columns, unitMarks, otherUnits, quarters, weeks, groups, visits, leadTitle, visitWork } = layout;
    if (columns.task === undefined || numbersColumns(block.cells)) continue;
    if (ownHeader && block.cells.join("\t") === ownHeader) continue;
    const row = { ...block, cells: dittos.fill(block.cells, columns.ref) };
    if (isGroupRow(row.cells)) {
      month = columns.month === undefined ? headingMonth(row.cells.join(" ")) : month;
      monthBlocks ||= !!month;
      if (owner) headingLead = unitHeadingLead(ctx, row.cells.join(" "));
      continue;
    }
    if (isTotalRow(row.cells)) continue;
    // The rows of a table nested in the task's cell: its parts, "4.a" (`src/plan/nested-rows.ts`).
    const inner = partCells(row.cells);
    const whole = inner && tasks.slice(tableStart).findLast((t) => !parts.has(t));
    if (inner && whole && mayHaveSubRows(whole.ref)) {
      const part = partTask(ctx, whole, inner);
      parts.add(part);
      tasks.push(part);
      continue;
    }
    // "… | Quý III/2024 | | Bãi bỏ (…)" in an amending plan's table: a task no longer done (repeal.ts).
    if (repealedRow(row.cells, columns.task)) continue;
    // "2 | | | |": a row struck through whole, its number alone left (`repeal.ts`); not one whose words the next row,
    // unnumbered, holds (a row split across pages).
    const after = blocks[i + 1];
    const carried = after?.type === "row" && !after.cells[columns.ref ?? -1]?.trim() && !!after.cells[columns.task];
    if (struckRow(row.cells, columns.ref) && !carried) continue;
    const joined = (role: Role) =>
      roleColumns(columns, role)
        .map((c) => row.cells[c] ?? "")
        .filter(Boolean)
        .join("; ");
    // A row's own work, else its group's cell when it has none (a group row over a table of its own); a visit's unit
    // with what it looks at ("Kiểm tra UBND xã A: …", `visit-title.ts`).
    const task = () => joined("task") || (columns.group !== undefined ? (row.cells[columns.group] ?? "") : "");
    // No number column: the units' cell may number the row (`src/plan/unnumbered-rows.ts`). One column may say
    // who leads and by when (`src/plan/lead-time-column.ts`).
    const unitNumber = columns.ref === undefined ? numberedUnitCell(joined("lead")) : null;
    const leadTime = columns.leadTime === undefined ? null : leadAndTime(joined("lead"));
    // No column of units: the task's cell may name them on lines under its words, "Chủ trì: …" and "Phối hợp: …"
    // (`src/plan/cell-unit-lines.ts`).
    const inCell = unitMarks ? null : cellUnits(task(), columns);
    const words = inCell?.title ?? task();
    // Or the task's cell may number it, as a number column would: "1. Rà soát …" is row 1 (`unnumbered-rows.ts`).
    const ownNumber = columns.ref === undefined && !unitNumber ? numberedTaskCell(words) : null;
    selfNumbered ||= !!ownNumber;
    const cellsOwn: Partial<Record<Role, string>> = {
      ...(unitNumber && { ref: unnumberedRowRef(item, unitNumber.n), lead: unitNumber.unit }),
      ...(ownNumber && { ref: ownNumber.ref }),
      ...(leadTime && { lead: leadTime.lead, deadline: leadTime.time }),
      ...(inCell && { lead: inCell.lead, coordinators: inCell.coordinators }),
      ...noteMovingTime(row.cells, layout.notes, ctx.issued),
    };
    const cell = (role: Role) =>
      role === "task" ? visitTitle(visitWork, ownNumber?.title ?? words, row.cells) : (cellsOwn[role] ?? joined(role));
    // A work programme's month column dates the rows of its month (`src/plan/month-column.ts`).
    const months = numbered ? monthWordings(cell(numbered.role), numbered.year) : null;
    const one = months?.length === 1 ? months[0]! : null;
    if (columns.month !== undefined) month = rowMonth(one ?? cell("month"), month);
    // "X chủ trì, phối hợp với Y tổng hợp …, báo cáo trước ngày …" in the lead cell, no partners or time beside it:
    // a sentence that says who leads, who helps and when, read by its grammar.
    const sentence = !cell("coordinators") && !cell("deadline") && /\bchu tri\b/.test(fold(cell("lead")));
    // "Giữ nguyên" in the new deadline's column, or nothing there: the superseded one stays in force, as the row
    // writes it now (an old date struck through beside the new one is gone, `src/plan/docx/body.ts`).
    const kept = keepsDeadline(cell("deadline")) || isBlankTime(cell("deadline")) ? cell("superseded") : "";
    // No time column beside a month column: the row's own words may give its day (`src/plan/month-column.ts`).
    const ownDay = columns.month !== undefined && columns.deadline === undefined;
    const written =
      kept ||
      (numbered?.role === "deadline" && one) ||
      cell("deadline") ||
      (sentence ? (findDeadlineWording(cell("lead"), ctx.issued) ?? "") : "") ||
      (ownDay ? dayInRow(cell("task"), ctx.issued) : "");
    const time = quarters
      ? quarterTime(row.cells, quarters)
      : weeks
        ? weekTime(row.cells, weeks)
        : groups
          ? groupTime(row.cells, groups)
          : timeInMonth(written, month);
    // "a) …" under a numbered title row: a task of its own (`src/plan/sub-rows.ts`).
    const previous = tasks.slice(tableStart).at(-1);
    const titleRef = previous && (mayHaveSubRows(previous.ref) ? previous.ref : previous.parentRef);
    const sub = subRow(cell("ref"), cell("task"), titleRef ?? null);
    const asWritten = sub ?? refAndTitle(cell("ref"), cell("task"));
    if (!asWritten.ref && !asWritten.title) continue;
    // No number column: each row is a task of its own, cited by its place, unless it only carries the task's words
    // on (`src/plan/unnumbered-rows.ts`).
    const ownRow =
      columns.ref === undefined &&
      !selfNumbered &&
      !(tasks.length > tableStart && carriesOn(block.cells, columns.task));
    const read = !asWritten.ref && ownRow ? { ...asWritten, ref: unnumberedRowRef(item, ++unnumbered) } : asWritten;
    const { ref } = read;
    const level = refLevel(ref);
    const fromGroup =
      level === 0 && !cell("lead") ? groupLead(ctx, ref, read.title, { leadTitle, noLeadColumn: !!owner }) : null;
    const title = fromGroup?.title ?? read.title;
    if (!ref && tasks.length > 0) {
      // A row without a number continues the task above it (a cell split across pages).
      tasks.at(-1)!.title += ` ${title}`;
      continue;
    }
    if (level > 0) dittos.remember(row.cells, columns.ref);
    else headingLead = [];
    while (stack.length > 0 && stack.at(-1)!.level >= level) stack.pop();
    const parent = stack.at(-1);
    // No time column: a unit's row whose cell lists its tasks with their own deadlines (`src/plan/unit-row-tasks.ts`);
    // a column of partners beside it makes the row one task of the table's own shape.
    // A month column is the row's time column: its units' cell names who does the row's work, no list of their tasks.
    const byUnit = columns.deadline === undefined && columns.coordinators === undefined && columns.month === undefined;
    const listed = byUnit ? unitRowTasks(ctx, ref, cell("lead"), cell("task")) : null;
    if (listed) {
      tasks.push(...listed);
      stack.push({ ref, level, deadline: null });
      continue;
    }
    const beside =
      level > 0 && columns.deadline === undefined && !unitMarks && !quarters && !weeks
        ? besideTask(row.cells, columns)
        : [];
    // A section's title may close on its time in brackets alone ("B. TRIỂN KHAI (16/3–27/3/2026)", section-time.ts).
    const noted =
      level === 0 ? cellsWording(row.cells) || (row.cells.map(bracketTime).find(Boolean) ?? "") : cellsWording(beside);
    // "Cùng thời hạn với nhiệm vụ 2" beside the task: the deadline of the task it names, as read (same-deadline.ts).
    const sharedWith = level > 0 && !time ? beside.map(sameDeadlineAs).find(Boolean) : null;
    const sharer = sharedWith ? tasks.findLast((t) => t.ref === sharedWith) : undefined;
    const shared = sharer?.deadline ? { ...sharer.deadline } : null;
    if (shared) ctx.dated.set(ref, shared.due);
    const own = sharedWith ? shared : deadlineOf(ctx, ref, time || noted);
    // A time cell that says something other than a date ("Thường xuyên") takes none from its section, unless it says
    // "during" the period the dated section names ("Trong thời gian chiến dịch", `src/plan/section-time.ts`); nor does
    // a note written where a time column would be ("Thường xuyên", "Trong 10 ngày kể từ ngày công bố kết quả thi").
    const during = duringSection(time, stack.findLast((o) => o.deadline)?.title ?? "");
    const undatedNote = beside.some(saysNoOneDay);
    const blankTime = !sharedWith && isBlankTime(time) && !undatedNote;
    const deadline = own ?? (blankTime || during ? inherited(stack) : null);
    const marks = unitMarks && markedUnits(row.cells, unitMarks, otherUnits, groups?.note);
    // A team named with its agency ("Đoàn số 1 (Sở Nội vụ chủ trì)") is that agency, in a sentence too (`people.ts`).
    const units = marks
      ? namedUnits(ctx, ref, marks.lead, marks.coordinators)
      : (columns.coordinators === undefined && !inCell) || sentence
        ? phraseUnits(ctx, ref, withSlashPartners(bodiesOfTeams(cell("lead")), leadTitle), firstLeads)
        : namedUnits(ctx, ref, [bodiesOfPeople(cell("lead"))], [bodiesOfPeople(cell("coordinators"))]);
    const groupsLead =
      !marks && !cell("lead")
        ? (stack.findLast((o) => o.lead)?.lead ?? (headingLead.length ? headingLead : undefined))
        : undefined;
    const rowLead = owner && !inCell ? ownedLead(ctx, ref, owner, row.cells, groupsLead) : (groupsLead ?? units.lead);
    const rowsLead = sub
      ? subRowLead(rowLead, cell("lead"), tasks.findLast((t) => t.ref === parent?.ref)?.lead)
      : rowLead;
    // No column of partners: the task's own words may name them ("…, phối hợp với Sở X", `task-partners.ts`).
    const helpers = columns.coordinators === undefined && !marks ? partnersInTask(ctx, ref, cell("task")) : [];
    // "Sở Nội vụ" leads and "các sở, ban, ngành" coordinate: the lead is not also a coordinator (partners.ts).
    const partners = [...units.coordinators, ...helpers];
    const { lead, coordinators } = besideLead(rowsLead, partners);
    const draft = { ref, parentRef: parent?.ref ?? null, title, deadline, lead, coordinators };
    const blank = {
      // A matrix marks every unit in every row: an unmarked column is no one's, never a merge.
      lead: !marks && !owner && !cell("lead") && !groupsLead,
      coordinators:
        !marks && !cell("lead") && (columns.coordinators === undefined || (visits && !cell("coordinators"))),
      // A month column's rows are dated by their month; a row of no month ("Cả năm") takes no other's time.
      // Marks under quarters or weeks are each row's own: an unmarked row ("Đột xuất") has no time, not the one above;
      // a row that starts on a day of its own and names no end is open, not merged with the end above.
      deadline:
        !time &&
        !deadline &&
        !monthBlocks &&
        columns.month === undefined &&
        !quarters &&
        !weeks &&
        !groups &&
        !undatedNote &&
        !sharedWith &&
        !cell("start") &&
        // A row whose cells end before the time column has no time cell to be merged (a web system's export leaves
        // an empty cell out): it has no time, not the one above.
        !(columns.deadline !== undefined && row.cells.length <= columns.deadline && !cellsOwn.deadline) &&
        // Under the plan's note giving the tasks with no time a day, a blank time cell is left blank on purpose.
        !ctx.commonDeadline,
    };
    // A title row over sub-rows takes no cell of the row above: its blank cells are its sub-rows' own.
    const next = blocks[i + 1];
    const titles =
      next?.type === "row" && !!subRow(next.cells[columns.ref ?? -1] ?? "", next.cells[columns.task] ?? "", ref);
    // The row above, not the items its cell listed, is the one whose cells a blank cell is merged with.
    const above = tasks.slice(tableStart).findLast((t) => !cellItems.has(t));
    // A system's record writing out its document's number is merged with no row: its blank cells are blank.
    const merged = level === 0 || titles || layout.record(row.cells) ? draft : withCellsAbove(draft, above, blank);
    // A task row with no time of its own, none from its section: the day of the plan's note (common-deadline.ts).
    const full = level > 0 && !titles && blankTime ? withCommonDeadline(merged, ctx.commonDeadline) : merged;
    // "6,12" under "Tháng trình": a submission in each month (`src/plan/month-numbers.ts`), as days written under two
    // quarters are (`quarter-columns.ts`); a time cell giving each of the row's leads its day (`lead-deadlines.ts`).
    const periods = quarters ? quarterTimes(row.cells, quarters) : (months ?? []);
    const byLead = () => leadDeadlineTasks(ctx, full, cell("deadline"), partners);
    const dated = level === 0 || titles ? null : periods.length > 1 ? monthTasks(ctx, full, periods) : byLead();
    if (dated) {
      tasks.push(...dated);
      stack.push({ ref, level, deadline: null });
      continue;
    }
    // A time column split by what the work is done for: one task per dated cell (`src/plan/target-columns.ts`).
    if (layout.targets && level > 0 && !titles) {
      tasks.push(...targetTasks(ctx, full, row.cells, layout.targets));
      stack.push({ ref, level, deadline: null });
      continue;
    }
    // A row whose note says its work was done before the plan is the year's record, no task (`src/plan/done-rows.ts`).
    if (level > 0 && !titles && doneBeforePlan(row.cells, columns.task, full.deadline, ctx.issued)) continue;
    // A field's row whose cell lists its tasks numbered anew, or lettered points under a heading line: each a task of
    // the row, a point due at its own line of a lettered time cell (`cell-list-tasks.ts`, `lettered-points.ts`).
    const items = cellListTasks(ctx, full, cell("task"), cell("deadline"));
    items?.slice(1).forEach((item) => cellItems.add(item));
    tasks.push(...(items ?? [full]));
    if (sharedWith && !sharer) (ctx.sharesLater ??= new Map()).set(full, sharedWith);
    // A row over sub-rows that names its lead gives it to a sub-row whose lead cell is blank, as its time cell gives
    // its time: the parent's, before the sibling row's above it.
    const ownLead = fromGroup?.lead.length ? fromGroup.lead : level > 0 && cell("lead") ? full.lead : [];
    stack.push({ ref, level, deadline: full.deadline, lead: ownLead.length ? ownLead : undefined, title });
  }
  const starts = tables.map((t) => t.start);
  const lettered = partsRenumber(blocks.flatMap((b) => (b.type === "text" ? [b.text] : [])));
  const sectioned = withSectionRefs(tasks, starts);
  const announced = withAnnouncedItems(tables, sectioned, blocks);
  return withPartnerTables(withPartRefs(sectioned, announced, lettered), blocks, ctx);
}
