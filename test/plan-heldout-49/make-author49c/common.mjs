// author49c's helpers over the authors' kit workbook helpers (test/plan-corpus/author-kit/book.mjs): cells, title
// and note rows, the style's date lines and the workbook's save come from the kit; here an Excel serial day, the
// last day of a month, a unit list written one way and answered another, and plan.txt rewritten for filtered rows.
import fs from "node:fs";
import path from "node:path";
export { C, H, title, note, blank, when, saveBook } from "../../plan-corpus/author-kit/book.mjs";
export { task } from "../../plan-corpus/author-kit/lib.mjs";
export { writeExpected, D, clipboard } from "../../plan-corpus/author-kit/sheet.mjs";

/** The ISO day that ends month `m` of year `y`. */
export const monthEnd = (y, m) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);

/** Excel's serial number of an ISO day (1900 date system). */
export const serial = (iso) => (Date.parse(iso + "T00:00:00Z") - Date.UTC(1899, 11, 30)) / 86400000;

/** The answer's units for written names: `map` turns a written name into its answer names (kept as written else). */
export const answer = (names, map) => [...new Set(names.flatMap((n) => map[n] ?? [n]))];

/** plan.txt as Excel copies a sheet whose filter hides rows: the hidden (filtered) rows left out. */
export function rewriteText(dir, sheets, clip) {
  const parts = sheets.map((sh) => {
    const lines = clip(sh).split("\r\n");
    const keep = lines.filter((_, i) => !(sh.filtered ?? []).includes(i + 1));
    return `${sh.name}\r\n${keep.join("\r\n")}`;
  });
  fs.writeFileSync(path.join(dir, "plan.txt"), parts.join("\r\n").normalize("NFC"));
}

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { clipboard as clip, printAndCopy, toWorksheet } from "../../plan-corpus/author-kit/sheet.mjs";
/** The kit's saveBook, with `patch(files)` editing the saved package's XML (a map of part name to text) before the
 * print and the copies, and plan.txt leaving out each sheet's `filtered` rows (1-based), as Excel copies a filter. */
export async function saveBookPatched(dir, sheets, { creator, created, modified, size = 12 }, patch) {
  fs.mkdirSync(dir, { recursive: true });
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = new Date(created);
  wb.modified = new Date(modified);
  for (const sh of sheets) sh.setup?.(toWorksheet(wb, sh, { size }), wb);
  const file = path.join(dir, "plan.xlsx");
  await wb.xlsx.writeFile(file);
  if (patch) {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const files = {};
    for (const name of Object.keys(zip.files)) if (/\.xml$|\.rels$/.test(name)) files[name] = await zip.file(name).async("string");
    patch(files);
    for (const [name, text] of Object.entries(files)) zip.file(name, text);
    fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  }
  rewriteText(dir, sheets, clip);
  printAndCopy(dir);
}
