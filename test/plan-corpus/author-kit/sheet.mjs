// The authors' kit for WORKBOOK documents (folded in after set 42): the sheet model authors 39a-42a each copied and
// extended. author42a added date-time cells (fmt "dd/mm/yyyy hh:mm"); LibreOffice's profile is named after the
// generator's folder, as lib.mjs names its own.
// author41a: author40a's sheet model (test/plan-heldout-40/make-author40a/sheet.mjs, itself author39a's with indent,
// link and color) copied, with a sheet's data validations (sheet.lists: [{cells: "C6:C20", formula, strict}]), its
// paper (sheet.paper: 9 A4 | 8 A3, sheet.portrait), a printed page header (sheet.header, e.g. "&C&A": the tab's
// name), a font size per sheet (sheet.size) and boolean cells (copied as Excel copies them: TRUE / FALSE) added.
// Written with exceljs as Excel saves it, copied as Excel's clipboard copy (plan.txt), printed by LibreOffice
// (plan.pdf) and copied to .xls/.ods by office-copies.ts.
// sheet = {name, widths: [chars], rows: [{cells: [cell], height, bold}], boxFrom (first bordered row, 1-based)}
// cell = string | number | Date | {v, across, down, bold, italic, align, fmt, fill (ARGB), formula, size, indent,
//   link, color}
// A formula cell has v = its cached result (a Date or a number), shown as its number format shows it.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
export { writeExpected } from "./answers.mjs";

// Profiles and scratch files per generator folder, so two authors' LibreOffice runs never share a profile.
const WHO = path.basename(path.dirname(path.resolve(process.argv[1] ?? "kit")));

export const cellOf = (c) => (c !== null && typeof c === "object" && !(c instanceof Date) ? c : { v: c });
const pad = (n) => String(n).padStart(2, "0");
export const D = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
export const isoOf = (d) => d.toISOString().slice(0, 10);

/** A date as its number format shows it: tokens dd d mm m yyyy yy, "hh:mm", "quoted" text, other marks kept (author50c;
 * "dd/mm/yyyy", the US "m/d/yyyy", "mm/yyyy", "dd/mm", "\"Ngày \"dd\" tháng \"mm\" năm \"yyyy"). */
export function showDate(d, fmt = "dd/mm/yyyy") {
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  let out = "";
  for (let i = 0; i < fmt.length; ) {
    const rest = fmt.slice(i);
    let t;
    if (rest[0] === '"') {
      const end = fmt.indexOf('"', i + 1);
      out += fmt.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (rest.startsWith("hh:mm")) {
      out += `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
      i += 5;
      continue;
    }
    if ((t = rest.match(/^(yyyy|yy|dd|d|mm|m|\\.)/))) {
      const k = t[1];
      out += k === "yyyy" ? y : k === "yy" ? pad(y % 100) : k === "dd" ? pad(day) : k === "d" ? day
        : k === "mm" ? pad(m) : k === "m" ? m : k.slice(1);
      i += k.length;
      continue;
    }
    out += rest[0];
    i++;
  }
  return out;
}

export const shown = (c) =>
  c.v instanceof Date ? showDate(c.v, c.fmt) : typeof c.v === "boolean" ? (c.v ? "TRUE" : "FALSE") : String(c.v ?? "");

/** Each row's cells with their column (1-based), skipping columns a merge above still covers. */
export function layout(sheet) {
  const covered = new Set();
  return sheet.rows.map((row, ri) => {
    let col = 1;
    const placed = [];
    for (const raw of row.cells) {
      while (covered.has(`${ri}:${col}`)) col++;
      const c = cellOf(raw);
      placed.push({ ...c, col, row: ri + 1 });
      for (let r = 0; r <= (c.down ?? 0); r++) {
        for (let k = 0; k <= (c.across ?? 0); k++) if (r || k) covered.add(`${ri + r}:${col + k}`);
      }
      col += 1 + (c.across ?? 0);
    }
    return placed;
  });
}

/** Excel's copy of a sheet's used range: tab-separated, CRLF rows, a cell with a line break or quote quoted. */
export function clipboard(sheet) {
  const n = sheet.widths.length;
  const out = layout(sheet).map((placed) => {
    const vals = Array(n).fill("");
    for (const c of placed) vals[c.col - 1] = shown(c);
    return vals.map((v) => (/[\n"\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join("\t");
  });
  return (out.join("\r\n") + "\r\n").normalize("NFC");
}

const thin = { style: "thin", color: { argb: "FF000000" } };
function linesOf(c, widths) {
  if (c.down) return 1;
  const w = widths.slice(c.col - 1, c.col + (c.across ?? 0)).reduce((a, x) => a + x, 0) * 1.1 - 2;
  return shown(c).split("\n").reduce((a, l) => a + Math.max(1, Math.ceil(l.length / w)), 0);
}

/** Adds the sheet to an exceljs workbook. */
export function toWorksheet(wb, sheet, { font = "Times New Roman", size = 12, landscape = true } = {}) {
  size = sheet.size ?? size;
  landscape = sheet.portrait ? false : landscape;
  const ws = wb.addWorksheet(sheet.name, { views: [{ showGridLines: sheet.grid ?? false }],
    pageSetup: { paperSize: sheet.paper ?? 9, orientation: landscape ? "landscape" : "portrait", fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } } });
  ws.columns = sheet.widths.map((width) => ({ width }));
  if (sheet.header) ws.headerFooter = { oddHeader: sheet.header };
  layout(sheet).forEach((placed, ri) => {
    const row = ws.getRow(ri + 1);
    const spec = sheet.rows[ri];
    row.height = spec.height ?? (size + 4) * Math.max(1, ...placed.map((c) => linesOf(c, sheet.widths))) + 3;
    for (const c of placed) {
      const cell = row.getCell(c.col);
      const empty = c.v === "" || c.v === undefined || c.v === null;
      const raw = c.v instanceof Date || typeof c.v === "number" || typeof c.v === "boolean";
      const v = raw ? c.v : empty ? null : String(c.v).normalize("NFC");
      cell.value = c.formula ? { formula: c.formula, result: v } : c.link ? { text: v, hyperlink: c.link } : v;
      if (c.v instanceof Date) cell.numFmt = c.fmt ?? "dd/mm/yyyy";
      else if (c.fmt) cell.numFmt = c.fmt;
      cell.font = { name: font, size: c.size ?? size, bold: !!(c.bold ?? spec.bold), italic: !!c.italic,
        ...(c.color || c.link ? { color: { argb: c.color ?? "FF0563C1" } } : {}),
        ...(c.link ? { underline: true } : {}) };
      cell.alignment = { vertical: c.valign ?? "top", horizontal: c.align ?? "left", wrapText: c.wrap ?? true,
        ...(c.indent ? { indent: c.indent } : {}) };
      if (c.fill) {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.fill }, bgColor: { indexed: 64 } };
      }
      if (c.across || c.down) ws.mergeCells(ri + 1, c.col, ri + 1 + (c.down ?? 0), c.col + (c.across ?? 0));
    }
    if (sheet.boxFrom && ri + 1 >= sheet.boxFrom && spec.box !== false) {
      for (const c of placed) {
        for (let r = 0; r <= (c.down ?? 0); r++) {
          for (let k = 0; k <= (c.across ?? 0); k++) {
            ws.getRow(ri + 1 + r).getCell(c.col + k).border = { top: thin, left: thin, bottom: thin, right: thin };
          }
        }
      }
    }
  });
  for (const list of sheet.lists ?? []) {
    ws.dataValidations.add(list.cells, { type: "list", allowBlank: true, formulae: [list.formula],
      showErrorMessage: list.strict !== false, errorStyle: "stop", errorTitle: "Mã đơn vị",
      error: "Chọn mã đơn vị trong danh sách", showInputMessage: true, promptTitle: "Mã đơn vị",
      prompt: "Chọn mã trong sheet Danh mục đơn vị" });
  }
  return ws;
}

/** plan.pdf: LibreOffice's print of plan.xlsx; then plan.xls and plan.ods by office-copies.ts. */
export function printAndCopy(dir) {
  const tmp = fs.mkdtempSync(`/tmp/${WHO}-pdf-`);
  execFileSync("soffice", [`-env:UserInstallation=file:///tmp/${WHO}-lo`, "--headless", "--convert-to", "pdf",
    "--outdir", tmp, path.join(dir, "plan.xlsx")], { stdio: "ignore" });
  fs.copyFileSync(path.join(tmp, "plan.pdf"), path.join(dir, "plan.pdf"));
  execFileSync("npx", ["tsx", "scripts/plan-corpus/office-copies.ts", dir, "--xls", "--ods"], { stdio: "inherit",
    cwd: path.resolve(dir, "../../..") });
}

export function ready(dir) {
  fs.mkdirSync(dir, { recursive: true });
}

export function writeJson(file, data) {
  fs.writeFileSync(file, JSON.stringify(data, null, 2).normalize("NFC") + "\n");
}

export const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
export const dm = (iso) => `${+iso.slice(8, 10)}/${+iso.slice(5, 7)}`;
/** "'written' -> 30/6 Sun -> 1/7" for a task's date reasoning in expected.json's style. */
export function dateLine(label, written, t) {
  const wd = DAYS[new Date(t.due + "T00:00:00Z").getUTCDay()];
  const eff = t.effectiveDue === t.due ? "" : ` -> ${dm(t.effectiveDue)}`;
  return `${label} '${written}' ${dm(t.due)} ${wd}${eff}`;
}
