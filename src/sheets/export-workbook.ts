// The consolidated workbook the plan asks the Department to compile: a status sheet
// (units by tasks, coloured by status, with dates), the scores, and per list template
// every unit's accepted rows in the appendix's column order, with the unit named.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { formatVietnamese, isIsoDate, type IsoDate } from "../domain/dates.ts";
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
  /** Which rules the scores follow ("Theo: <decision> (áp dụng từ …)"), said under them. */
  rules: string;
  lists: {
    template: TemplateId;
    rows: { unit: string; section: string; values: Partial<Record<ColumnKey, string>> }[];
  }[];
}

// Dates are written as Excel dates (a serial day shown dd/mm/yyyy), so that the survey team can
// sort and filter them; a UTC midnight keeps the day whatever the reader's time zone.
const DATE_FORMAT = "dd/mm/yyyy";
const excelDate = (day: IsoDate): Date => new Date(`${day}T00:00:00Z`);

const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

// exceljs gives every cell a style object of its own and, when writing, renders each one to
// XML to find its twin; a style object seen before is looked up by identity instead. So the
// status cells share one style per colour, and plain cells one empty style: at 10,000 units
// this halves the time the workbook takes to write.
const STATUS_STYLES = Object.fromEntries(
  Object.entries(STATE_COLOURS).map(([tally, colour]) => [
    tally,
    { fill: fill(argb(colour)), font: { color: { argb: tally === "pending" ? "FF000000" : "FFFFFFFF" } } },
  ]),
) as Record<DutyTally, Partial<ExcelJS.Style>>;

/**
 * Shared by the cells and rows written without a style of their own; never changed (a change
 * would restyle them all).
 */
const PLAIN: Partial<ExcelJS.Style> = {};

/** A data row whose cells share their column's style (a column with no style: PLAIN). */
function plainRow(
  sheet: ExcelJS.Worksheet,
  values: (string | number | Date)[],
  styles: Partial<ExcelJS.Style>[] = [],
): ExcelJS.Row {
  const row = sheet.addRow(values);
  // A row has a style of its own too (untyped in exceljs), which would be rendered for each row.
  (row as ExcelJS.Row & { style: Partial<ExcelJS.Style> }).style = PLAIN;
  row.eachCell((cell, column) => (cell.style = styles[column - 1] ?? PLAIN));
  return row;
}

function header(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  row.eachCell((cell) => (cell.fill = fill("FFDDE4EE")));
}

/** A status cell's text: the state, the day, the role, the evidence document. */
function statusText(status: StatusCell, t: Translate): string {
  const when = status.date ? ` ${formatVietnamese(status.date)}` : "";
  const document = status.evidence ? ` · ${t("export-evidence", status.evidence)}` : "";
  return `${t(`tstate-short-${status.kind}`)}${when} (${t(`role-short-${status.role}`)})${document}`;
}

/**
 * statusText, each text built once: a province's status cells repeat a few hundred texts, and
 * the same string given again is found at once among the workbook's shared strings.
 */
function statusTexts(t: Translate): (status: StatusCell) => string {
  const texts = new Map<string, string>();
  return (status) => {
    if (status.evidence) return statusText(status, t);
    const key = `${status.kind} ${status.role} ${status.date ?? ""}`;
    let known = texts.get(key);
    if (known === undefined) texts.set(key, (known = statusText(status, t)));
    return known;
  };
}

function statusSheet(workbook: ExcelJS.Workbook, data: ExportData, t: Translate): void {
  const text = statusTexts(t);
  const sheet = workbook.addWorksheet(t("export-sheet-status"), { views: [{ state: "frozen", xSplit: 1, ySplit: 2 }] });
  // The columns are written before the first row, so their widths come first.
  data.tasks.forEach((_, i) => (sheet.getColumn(i + 2).width = 18));
  sheet.getColumn(1).width = 40;
  sheet.addRow([t("export-unit"), ...data.tasks.map((task) => task.ref)]);
  sheet.addRow([
    t("export-deadline"),
    ...data.tasks.map((task) => (task.effectiveDue ? excelDate(task.effectiveDue) : "")),
  ]);
  header(sheet.getRow(1));
  header(sheet.getRow(2));
  sheet.getRow(2).numFmt = DATE_FORMAT;
  for (const unit of data.units) {
    const row = plainRow(sheet, [unit.name]);
    data.tasks.forEach((task, i) => {
      const status = unit.cells.get(task.ref);
      if (!status) return;
      const cell = row.getCell(i + 2);
      cell.value = text(status);
      cell.style = STATUS_STYLES[status.tally];
    });
    row.commit();
  }
  sheet.commit();
}

function scoreSheet(workbook: ExcelJS.Workbook, data: ExportData, t: Translate): void {
  const sheet = workbook.addWorksheet(t("export-sheet-scores"));
  sheet.getColumn(2).width = 40;
  sheet.addRow([t("export-rank"), t("export-unit"), t("export-points"), t("export-max"), t("export-percent")]);
  header(sheet.getRow(1));
  const styles = [PLAIN, PLAIN, PLAIN, PLAIN, { numFmt: "0%" }];
  data.scores.forEach((s, i) => {
    // A unit with nothing due yet is ranked last, with no share.
    plainRow(
      sheet,
      [i + 1, s.unit, s.points, s.max, s.max ? s.points / s.max : t("progress-nothing-due")],
      styles,
    ).commit();
  });
  sheet.addRow([]);
  sheet.addRow([data.rules]).font = { italic: true };
  sheet.commit();
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
  // The columns are written before the first row, their widths and formats with them.
  sheet.getColumn(2).width = 34;
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 3);
    column.width = c.key === "male" || c.key === "female" ? 7 : 24;
    if (c.key === "phone") column.numFmt = "@";
    if (c.rule === "date") column.numFmt = DATE_FORMAT;
  });
  sheet.addRow([t("export-stt"), t("export-unit"), ...columns.map((c) => c.header), t("export-section")]);
  header(sheet.getRow(1));
  // Phone numbers stay text: "0912…" must not lose its 0. One style object per kind of column.
  const phone = { numFmt: "@" };
  const day = { numFmt: DATE_FORMAT };
  const styles = [PLAIN, PLAIN, ...columns.map((c) => (c.key === "phone" ? phone : c.rule === "date" ? day : PLAIN))];
  list.rows.forEach((r, i) => {
    const marks = genderMarks(r.values);
    const values = columns.map((c) => {
      if (c.key === "male") return marks.male;
      if (c.key === "female") return marks.female;
      const value = r.values[c.key] ?? "";
      return c.rule === "date" && isIsoDate(value) ? excelDate(value) : value;
    });
    plainRow(sheet, [i + 1, r.unit, ...values, t(`export-section-${r.section}`)], styles).commit();
  });
  sheet.commit();
}

/**
 * Written as a stream: each row is rendered to XML as soon as it is complete and then let go,
 * so a 10,000-unit province never holds its whole workbook as cell objects; Node's zlib
 * compresses it.
 */
export async function writeExport(data: ExportData, t: Translate): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.title = data.title;
  statusSheet(workbook, data, t);
  scoreSheet(workbook, data, t);
  for (const list of data.lists) listSheet(workbook, list, t);
  await workbook.commit();
  return Buffer.concat(chunks);
}
