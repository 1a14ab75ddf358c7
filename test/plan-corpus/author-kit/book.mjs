// The workbook helpers over the sheet model (sheet.mjs), folded in after set 47: authors 46c and 47b each copied
// author44a's book.mjs. Cells, title and note rows, the style's date lines, and the workbook written as the office
// saves it (plan.xlsx), its clipboard copy (plan.txt: each sheet's tab name on a line, then its cells), LibreOffice's
// print and the .xls/.ods copies. A sheet may carry `setup(ws)` (author46c): what the office set on the sheet after
// typing it (an autofilter, frozen header rows, print titles), applied to the exceljs worksheet before it is saved.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
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

/** Writes plan.xlsx, plan.txt, plan.pdf, plan.xls and plan.ods into `dir`. `patch(files)` (author49c) edits the
 * saved package's XML parts (a map of part name to text) before the print and the copies, for what exceljs cannot
 * write (a filter's settings); a sheet's `filtered` rows (1-based) are left out of plan.txt, as Excel copies a
 * filtered range. A sheet may be `hidden` (author50c: a tab the office hid, saved hidden, neither copied nor printed);
 * `active` sets the tab the workbook opens on. */
export async function saveBook(dir, sheets, { creator, created, modified, size = 12, active }, patch) {
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
  if (active !== undefined)
    wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: "visible" }];
  const file = path.join(dir, "plan.xlsx");
  await wb.xlsx.writeFile(file);
  if (patch) await patchPackage(file, patch);
  const text = sheets.filter((sh) => !sh.hidden).map((sh) => `${sh.name}\r\n${copied(sh)}`).join("\r\n");
  fs.writeFileSync(path.join(dir, "plan.txt"), text.normalize("NFC"));
  printAndCopy(dir);
}

/** Excel's copy of a sheet: its rows but those a filter hides. */
const copied = (sh) =>
  clipboard(sh)
    .split("\r\n")
    .filter((_, i) => !(sh.filtered ?? []).includes(i + 1))
    .join("\r\n");

async function patchPackage(file, patch) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const files = {};
  for (const name of Object.keys(zip.files)) if (/\.xml$|\.rels$/.test(name)) files[name] = await zip.file(name).async("string");
  patch(files);
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
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
