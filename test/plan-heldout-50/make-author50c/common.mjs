// author50c's helpers over the authors' kit (test/plan-corpus/author-kit/book.mjs, sheet.mjs): cells, title and note
// rows and the print come from the kit; here a date shown by any day-month-year number format an office sets
// ("d/m/yyyy", "dd.mm.yyyy", "dd/mm/yy", "mm/yyyy", "dd/mm", "hh:mm dd/mm/yyyy",
// "\"Ngày \"dd\" tháng \"mm\" năm \"yyyy"), and `saveBook50`: the
// kit's saveBook with Excel's copy showing those formats, and a sheet's `hidden: true` (a tab the office hid: saved
// hidden, neither copied nor printed).
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { layout, cellOf, printAndCopy, ready, toWorksheet } from "../../plan-corpus/author-kit/sheet.mjs";
export { C, H, title, note, blank, when, unitsOf } from "../../plan-corpus/author-kit/book.mjs";
export { task, effective } from "../../plan-corpus/author-kit/lib.mjs";
export { writeExpected, D } from "../../plan-corpus/author-kit/sheet.mjs";

const pad = (n) => String(n).padStart(2, "0");

/** A Date as an Excel day-month-year format shows it (tokens dd d mm m yyyy yy, "quoted" text, other marks kept). */
export function fmtDate(d, fmt = "dd/mm/yyyy") {
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

const shown = (c) => (c.v instanceof Date ? fmtDate(c.v, c.fmt) : String(c.v ?? ""));

/** Excel's copy of a sheet (tab-separated, CRLF, cells with a line break or quote quoted). */
export function copy(sheet) {
  const n = sheet.widths.length;
  const out = layout(sheet).map((placed) => {
    const vals = Array(n).fill("");
    for (const c of placed) vals[c.col - 1] = shown(cellOf(c));
    return vals.map((v) => (/[\n"\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join("\t");
  });
  return (out.join("\r\n") + "\r\n").normalize("NFC");
}

/** plan.xlsx, plan.txt (each visible sheet's tab name, then its copy), plan.pdf, plan.xls, plan.ods. */
export async function saveBook50(dir, sheets, { creator, created, modified, size = 12, active = 0 }) {
  ready(dir);
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = new Date(created);
  wb.modified = new Date(modified);
  for (const sh of sheets) {
    const ws = toWorksheet(wb, sh, { size });
    if (sh.hidden) ws.state = "hidden";
    sh.setup?.(ws, wb);
  }
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: "visible" }];
  await wb.xlsx.writeFile(path.join(dir, "plan.xlsx"));
  const text = sheets.filter((sh) => !sh.hidden).map((sh) => `${sh.name}\r\n${copy(sh)}`).join("\r\n");
  fs.writeFileSync(path.join(dir, "plan.txt"), text.normalize("NFC"));
  printAndCopy(dir);
}

/** The ISO day that ends month `m` of year `y`. */
export const monthEnd = (y, m) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
export const iso = (d) => d.toISOString().slice(0, 10);
