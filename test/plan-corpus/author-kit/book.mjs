// The workbook helpers over the sheet model (sheet.mjs), folded in after set 47: authors 46c and 47b each copied
// author44a's book.mjs. Cells, title and note rows, the style's date lines, and the workbook written as the office
// saves it (plan.xlsx), its clipboard copy (plan.txt: each sheet's tab name on a line, then its cells), LibreOffice's
// print and the .xls/.ods copies. A sheet may carry `setup(ws)` (author46c): what the office set on the sheet after
// typing it (an autofilter, frozen header rows, print titles), applied to the exceljs worksheet before it is saved.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { effective } from "./lib.mjs";
import { clipboard, DAYS, dm, printAndCopy, ready, toWorksheet } from "./sheet.mjs";

export const C = (v, o = {}) => ({ v, ...o });
export const H = { bold: true, align: "center", valign: "middle" };
/** A title row merged over `n` columns, no border. */
export const title = (text, n, o = {}) => ({ cells: [C(text, { ...H, across: n - 1, ...o })], box: false });
/** A note row under the table merged over `n` columns, no border. */
export const note = (text, n, o = {}) => ({ cells: [C(text, { across: n - 1, ...o })], box: false });
export const blank = () => ({ cells: [], box: false });

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
  for (const sh of sheets) {
    const ws = toWorksheet(wb, sh, { size });
    sh.setup?.(ws);
  }
  await wb.xlsx.writeFile(path.join(dir, "plan.xlsx"));
  const text = sheets.map((sh) => `${sh.name}\r\n${clipboard(sh)}`).join("\r\n");
  fs.writeFileSync(path.join(dir, "plan.txt"), text.normalize("NFC"));
  printAndCopy(dir);
}

/** The answer's units for a cell of names separated by ";" (and/or line breaks); `map` turns written names. */
export function unitsOf(cell, map = {}) {
  if (!cell) return [];
  return cell
    .split(/;\s*/u)
    .map((n) => n.trim())
    .filter(Boolean)
    .flatMap((n) => map[n] ?? [n]);
}
