// The consolidated workbook the plan asks the Department to compile: a status sheet
// (units by tasks, coloured by status, with dates), the scores, and per list template
// every unit's accepted rows in the appendix's column order, with the unit named.
import ExcelJS from "exceljs";
import { formatVietnamese, type IsoDate } from "../domain/dates.ts";
import { STATE_COLOURS } from "../charts/progress-chart.ts";
import { TEMPLATES, type ColumnKey, type TemplateId } from "../domain/list-templates.ts";
import type { DutyTally } from "../domain/progress.ts";
import type { StateKind } from "../domain/task-state.ts";
import { fold } from "../domain/text.ts";
import type { Translate } from "../i18n/index.ts";

export interface StatusCell {
  /** Colour: done, overdue or pending. */
  tally: DutyTally;
  /** Label: the task's one state. */
  kind: StateKind;
  role: "lead" | "coordinator";
  /** The day it was done or first sent, else its deadline. */
  date: IsoDate | null;
  /** A report task's current evidence document: its file name, and whether it was returned. */
  evidence?: { file: string; status: string };
}

export interface ExportData {
  title: string;
  tasks: { ref: string; title: string; effectiveDue: IsoDate | null }[];
  units: { name: string; cells: Map<string, StatusCell> }[];
  scores: { unit: string; points: number; max: number }[];
  lists: {
    template: TemplateId;
    rows: { unit: string; section: string; values: Partial<Record<ColumnKey, string>> }[];
  }[];
}

const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

function header(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  row.eachCell((cell) => (cell.fill = fill("FFDDE4EE")));
}

function statusSheet(workbook: ExcelJS.Workbook, data: ExportData, t: Translate): void {
  const sheet = workbook.addWorksheet(t("export-sheet-status"), { views: [{ state: "frozen", xSplit: 1, ySplit: 2 }] });
  sheet.addRow([t("export-unit"), ...data.tasks.map((task) => task.ref)]);
  sheet.addRow([
    t("export-deadline"),
    ...data.tasks.map((task) => (task.effectiveDue ? formatVietnamese(task.effectiveDue) : "")),
  ]);
  header(sheet.getRow(1));
  header(sheet.getRow(2));
  data.tasks.forEach((_, i) => (sheet.getColumn(i + 2).width = 18));
  sheet.getColumn(1).width = 40;
  for (const unit of data.units) {
    const row = sheet.addRow([unit.name]);
    data.tasks.forEach((task, i) => {
      const status = unit.cells.get(task.ref);
      if (!status) return;
      const cell = row.getCell(i + 2);
      const when = status.date ? ` ${formatVietnamese(status.date)}` : "";
      const document = status.evidence ? ` · ${t("export-evidence", status.evidence)}` : "";
      cell.value = `${t(`tstate-short-${status.kind}`)}${when} (${t(`role-short-${status.role}`)})${document}`;
      cell.fill = fill(argb(STATE_COLOURS[status.tally]));
      cell.font = { color: { argb: status.tally === "pending" ? "FF000000" : "FFFFFFFF" } };
    });
  }
}

function scoreSheet(workbook: ExcelJS.Workbook, data: ExportData, t: Translate): void {
  const sheet = workbook.addWorksheet(t("export-sheet-scores"));
  sheet.addRow([t("export-rank"), t("export-unit"), t("export-points"), t("export-max"), t("export-percent")]);
  header(sheet.getRow(1));
  data.scores.forEach((s, i) => {
    // A unit with nothing due yet is ranked last, with no share.
    const row = sheet.addRow([i + 1, s.unit, s.points, s.max, s.max ? s.points / s.max : t("progress-nothing-due")]);
    row.getCell(5).numFmt = "0%";
  });
  sheet.getColumn(2).width = 40;
}

/** Nam / Nữ marks whether the unit's file had two marked columns or one "Giới tính" column. */
function genderMarks(values: Partial<Record<ColumnKey, string>>): { male: string; female: string } {
  const single = fold(values.gender ?? "");
  return { male: values.male || (single === "nam" ? "x" : ""), female: values.female || (single === "nu" ? "x" : "") };
}

function listSheet(workbook: ExcelJS.Workbook, list: ExportData["lists"][number], t: Translate): void {
  const template = TEMPLATES[list.template];
  const columns = template.columns.filter((c) => c.key !== "stt" && c.key !== "gender");
  const sheet = workbook.addWorksheet(t("export-sheet-list", { template: list.template }), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.addRow([t("export-stt"), t("export-unit"), ...columns.map((c) => c.header), t("export-section")]);
  header(sheet.getRow(1));
  list.rows.forEach((r, i) => {
    const marks = genderMarks(r.values);
    const values = columns.map((c) =>
      c.key === "male" ? marks.male : c.key === "female" ? marks.female : (r.values[c.key] ?? ""),
    );
    sheet.addRow([i + 1, r.unit, ...values, t(`export-section-${r.section}`)]);
  });
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 3);
    column.width = c.key === "male" || c.key === "female" ? 7 : 24;
    if (c.key === "phone") column.numFmt = "@";
  });
  sheet.getColumn(2).width = 34;
}

export async function writeExport(data: ExportData, t: Translate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = data.title;
  statusSheet(workbook, data, t);
  scoreSheet(workbook, data, t);
  for (const list of data.lists) listSheet(workbook, list, t);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
