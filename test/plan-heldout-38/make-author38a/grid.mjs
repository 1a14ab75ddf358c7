// author38a: one sheet model for the workbook documents (01, 02): laid out once, written as an Excel re-save
// (exceljs, real cells and merges), as Excel's clipboard copy (plan.txt) and walked by each habit's own writer
// (01: the system's HTML "Excel"; 02: Excel 2003 XML Spreadsheet).
// sheet = {name, widths: [chars], rows: [{cells: [cell], height, bold}]}
// cell = string | Date | {v, across (extra columns merged), down (extra rows merged), bold, italic, align, fmt}
// Cells are placed left to right, skipping the columns a cell above still covers (as HTML's rowspan does).
import fs from "node:fs";

export const cellOf = (c) => (c !== null && typeof c === "object" && !(c instanceof Date) ? c : { v: c });
const pad = (n) => String(n).padStart(2, "0");
export const ddmmyyyy = (d) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
export const shown = (v) => (v instanceof Date ? ddmmyyyy(v) : String(v ?? ""));

/** Each row's cells with their column (1-based) and the columns a merge covers. */
export function layout(sheet) {
  const covered = new Map();
  return sheet.rows.map((row, ri) => {
    let col = 1;
    const placed = [];
    for (const raw of row.cells) {
      while (covered.has(`${ri}:${col}`)) col++;
      const c = cellOf(raw);
      placed.push({ ...c, col, row: ri + 1 });
      for (let r = 0; r <= (c.down ?? 0); r++) {
        for (let k = 0; k <= (c.across ?? 0); k++) if (r || k) covered.set(`${ri + r}:${col + k}`, true);
      }
      col += 1 + (c.across ?? 0);
    }
    return placed;
  });
}

/** Excel's copy of the whole used range: tab-separated, CRLF rows, a cell holding a line break quoted. */
export function clipboard(sheets) {
  const out = [];
  for (const sheet of sheets) {
    const n = sheet.widths.length;
    for (const placed of layout(sheet)) {
      const vals = Array(n).fill("");
      for (const c of placed) vals[c.col - 1] = shown(c.v);
      out.push(vals.map((v) => (/[\n"\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join("\t"));
    }
  }
  return (out.join("\r\n") + "\r\n").normalize("NFC");
}

// how many printed lines a cell takes in its (merged) width: a rough estimate, for the row heights Excel keeps
function linesOf(c, widths) {
  if (c.down) return 1;
  const w = widths.slice(c.col - 1, c.col + (c.across ?? 0)).reduce((a, x) => a + x, 0) * 1.1 - 2;
  return shown(c.v).split("\n").reduce((a, l) => a + Math.max(1, Math.ceil(l.length / w)), 0);
}
const thin = { style: "thin", color: { argb: "FF000000" } };
/** Adds the sheet to an exceljs workbook as Excel saves it after opening the habit's file. */
export function toWorksheet(wb, sheet, { font = "Times New Roman", size = 12, landscape = true, boxFrom = 0 } = {}) {
  const ws = wb.addWorksheet(sheet.name, { views: [{ showGridLines: false }],
    pageSetup: { paperSize: 9, orientation: landscape ? "landscape" : "portrait", fitToPage: true, fitToWidth: 1,
      fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } } });
  ws.columns = sheet.widths.map((width) => ({ width }));
  layout(sheet).forEach((placed, ri) => {
    const row = ws.getRow(ri + 1);
    const spec = sheet.rows[ri];
    row.height = spec.height ?? 16 * Math.max(1, ...placed.map((c) => linesOf(c, sheet.widths))) + 3;
    for (const c of placed) {
      const cell = row.getCell(c.col);
      const v = c.v instanceof Date ? c.v : c.v === "" || c.v === undefined || c.v === null ? null : String(c.v).normalize("NFC");
      cell.value = typeof c.v === "number" ? c.v : v;
      if (c.v instanceof Date) cell.numFmt = c.fmt ?? "dd/mm/yyyy";
      else if (c.fmt) cell.numFmt = c.fmt;
      cell.font = { name: font, size: c.size ?? size, bold: !!(c.bold ?? spec.bold), italic: !!c.italic };
      cell.alignment = { vertical: c.valign ?? "top", horizontal: c.align ?? "left", wrapText: true };
      if (c.across || c.down) ws.mergeCells(ri + 1, c.col, ri + 1 + (c.down ?? 0), c.col + (c.across ?? 0));
    }
    if (ri + 1 >= boxFrom && boxFrom && spec.box !== false) {
      for (const c of placed) {
        for (let r = 0; r <= (c.down ?? 0); r++) {
          for (let k = 0; k <= (c.across ?? 0); k++) {
            ws.getRow(ri + 1 + r).getCell(c.col + k).border = { top: thin, left: thin, bottom: thin, right: thin };
          }
        }
      }
    }
  });
  return ws;
}

export function writeText(file, text) {
  fs.writeFileSync(file, text.normalize("NFC"));
}
