// author51c's helpers over the authors' kit (test/plan-corpus/author-kit/book.mjs, sheet.mjs, lib.mjs):
// - cells shown as Excel shows them for the number formats this set's offices used and the kit's `showDate` does not
//   know: a Vietnamese-locale weekday date "[$-42A]dddd, dd/mm/yyyy" ("Thứ Sáu, 15/03/2024", as Excel and LibreOffice
//   show it), a percentage "0%" and a grouped count "#,##0" (the office's Windows set to en-US: "150,000");
// - `saveBook51` = the kit's saveBook, then plan.txt written again with those cells as shown (Excel's copy), and, when
//   asked, the print passed through Ghostscript (pdfwrite), as an office that "prints to PDF" through a PDF printer.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { saveBook } from "../../plan-corpus/author-kit/book.mjs";
import { layout, showDate } from "../../plan-corpus/author-kit/sheet.mjs";
export { C, H, title, note, blank, when, unitsOf } from "../../plan-corpus/author-kit/book.mjs";
export { task, effective } from "../../plan-corpus/author-kit/lib.mjs";
export { writeExpected, D, isoOf } from "../../plan-corpus/author-kit/sheet.mjs";

export const VI_DAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
export const WEEKDAY_FMT = "[$-42A]dddd, dd/mm/yyyy";

/** A cell's text as Excel shows it (the kit's rules, plus weekday dates, percentages and grouped counts). */
export function shown51(c) {
  const v = c.v;
  const fmt = c.fmt ?? "";
  if (v instanceof Date) {
    const f = (c.fmt ?? "dd/mm/yyyy").replace(/\[\$-[0-9A-Fa-f]+\]/, "");
    if (f.includes("dddd")) {
      const [a, b] = f.split("dddd");
      return (a ? showDate(v, a) : "") + VI_DAYS[v.getUTCDay()] + (b ? showDate(v, b) : "");
    }
    return showDate(v, f);
  }
  if (typeof v === "number" && fmt === "0%") return `${Math.round(v * 100)}%`;
  if (typeof v === "number" && fmt === "#,##0") return v.toLocaleString("en-US");
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v ?? "");
}

/** Excel's copy of a sheet's used range (as the kit's `clipboard`, cells shown by `shown51`). */
export function clipboard51(sheet) {
  const n = sheet.widths.length;
  const out = layout(sheet).map((placed) => {
    const vals = Array(n).fill("");
    for (const c of placed) vals[c.col - 1] = shown51(c);
    return vals.map((v) => (/[\n"\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join("\t");
  });
  return (out.join("\r\n") + "\r\n").normalize("NFC");
}

/** The kit's saveBook, then plan.txt as Excel copies these cells, and the print through Ghostscript if `gs`. */
export async function saveBook51(dir, sheets, meta, { patch, gs = false } = {}) {
  await saveBook(dir, sheets, meta, patch);
  const text = sheets.filter((sh) => !sh.hidden).map((sh) => `${sh.name}\r\n${clipboard51(sh)}`).join("\r\n");
  fs.writeFileSync(path.join(dir, "plan.txt"), text.normalize("NFC"));
  if (gs) {
    const pdf = path.join(dir, "plan.pdf");
    const out = path.join(fs.mkdtempSync("/tmp/make-author51c-gs-"), "plan.pdf");
    execFileSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
      "-dPDFSETTINGS=/printer", `-sOutputFile=${out}`, pdf], { stdio: "inherit" });
    fs.copyFileSync(out, pdf);
  }
}

/** The ISO day that ends month `m` of year `y`. */
export const monthEnd = (y, m) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
/** The ISO day before `iso` ("trước ngày X" = X - 1, as the earlier sets read it). */
export const dayBefore = (iso) => {
  const d = new Date(iso + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
