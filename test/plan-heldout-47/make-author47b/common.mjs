// author47b's helpers over the authors' kit sheet model (test/plan-corpus/author-kit/sheet.mjs): cells, title and
// note rows, the style's date lines, and the workbook saved as the office saves it (plan.xlsx), its clipboard copy
// (plan.txt: each sheet's tab name on a line, then its cells), LibreOffice's print and the .xls/.ods copies.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { effective } from "../../plan-corpus/author-kit/lib.mjs";
import { clipboard, printAndCopy, ready, toWorksheet } from "../../plan-corpus/author-kit/sheet.mjs";

export const C = (v, o = {}) => ({ v, ...o });
export const H = { bold: true, align: "center", valign: "middle" };
/** A title row merged over `n` columns. */
export const title = (text, n, o = {}) => ({ cells: [C(text, { ...H, across: n - 1, ...o })], box: false });
/** A note row, no border, merged over `n` columns. */
export const note = (text, n, o = {}) => ({ cells: [C(text, { across: n - 1, ...o })], box: false });
export const blank = () => ({ cells: [], box: false });

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const dm = (iso) => `${+iso.slice(8, 10)}/${+iso.slice(5, 7)}`;
/** "label ['written'] d/m Wkd [-> d/m]" for the style paragraph. */
export function when(label, written, due) {
  const wd = DAYS[new Date(due + "T00:00:00Z").getUTCDay()];
  const eff = effective(due);
  return `${label} ${written ? `'${written}' ` : ""}${dm(due)} ${wd}${eff === due ? "" : ` -> ${dm(eff)}`}`;
}

/** Units written in a cell, split on "; " or ", " between names, mapped by `map` (written -> answer name). */
export const unitsOf = (cell, map = {}) => (cell ? cell.split(/;\s*/).map((n) => map[n.trim()] ?? n.trim()) : []);

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
