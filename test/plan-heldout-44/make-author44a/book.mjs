// author44a's helpers over the authors' kit sheet model: cells, title rows, notes under a table, and the workbook
// written as the office saves it (plan.xlsx), its clipboard copy (plan.txt: each sheet's tab name on a line of its
// own, then its cells), LibreOffice's print and .xls/.ods copies.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { effective } from "../../plan-corpus/author-kit/lib.mjs";
import { clipboard, printAndCopy, ready, toWorksheet } from "../../plan-corpus/author-kit/sheet.mjs";

export const C = (v, o = {}) => ({ v, ...o });
export const H = { bold: true, align: "center", valign: "middle" };
/** A title row merged over `n` columns. */
export const title = (text, n, o = {}) => ({ cells: [C(text, { ...H, across: n - 1, ...o })], box: false });
/** A note row under the table, no border, merged over `n` columns. */
export const note = (text, n, o = {}) => ({ cells: [C(text, { across: n - 1, ...o })], box: false });
export const blank = () => ({ cells: [], box: false });

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const dm = (iso) => `${+iso.slice(8, 10)}/${+iso.slice(5, 7)}`;
/** "label ['written'] d/m Wkd [-> d/m]" for the style line (written left out for a real date cell). */
export function when(label, written, due) {
  const wd = DAYS[new Date(due + "T00:00:00Z").getUTCDay()];
  const eff = effective(due);
  return `${label} ${written ? `'${written}' ` : ""}${dm(due)} ${wd}${eff === due ? "" : ` -> ${dm(eff)}`}`;
}

/** Writes plan.xlsx, plan.txt, plan.pdf, plan.xls and plan.ods into `dir`. */
export async function saveBook(dir, sheets, { creator, created, modified, size = 12 }) {
  ready(dir);
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = new Date(created);
  wb.modified = new Date(modified);
  for (const sh of sheets) toWorksheet(wb, sh, { size });
  await wb.xlsx.writeFile(path.join(dir, "plan.xlsx"));
  const text = sheets.map((sh) => `${sh.name}\r\n${clipboard(sh)}`).join("\r\n");
  fs.writeFileSync(path.join(dir, "plan.txt"), text.normalize("NFC"));
  printAndCopy(dir);
}
