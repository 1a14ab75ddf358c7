// The content model shared by author11b's documents: a list of blocks written four ways
// (plan.txt, plan-typed.docx, plan-auto.docx, and HTML for the printers that take HTML).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, copyFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeDocx } from "./ooxml.mjs";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const SET = join(HERE, "..");

/** The Decree 30/2020 header block: issuer | motto, number | place and date (a borderless table). */
export function headerBlock({ issuerTop, issuer, number, place }) {
  const left = [issuerTop, issuer].filter(Boolean);
  return [
    {
      t: "table",
      borders: false,
      widths: [3300, 5800],
      rows: [
        [
          { paras: left.map((text, i) => ({ text, bold: i === left.length - 1 })), align: "center" },
          {
            paras: [
              { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true },
              { text: "Độc lập - Tự do - Hạnh phúc", bold: true },
            ],
            align: "center",
          },
        ],
        [
          { text: number, align: "center" },
          { text: place, italic: true, align: "center" },
        ],
      ],
    },
  ];
}

/** "Nơi nhận" | signature, a borderless table. */
export function signBlock({ recipients, signer }) {
  return {
    t: "table",
    borders: false,
    widths: [4500, 4600],
    rows: [
      [
        { paras: [{ text: "Nơi nhận:", bold: true, italic: true }, ...recipients.map((r) => ({ text: r, size: 22 }))] },
        { paras: signer.map((s) => ({ text: s, bold: true })), align: "center" },
      ],
    ],
  };
}

function cellText(cell) {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (cell.vMerge === "continue") return "";
  const paras = cell.paras ?? [{ text: cell.text ?? "" }];
  return paras.map((p) => (p.label ? p.label + (p.labelSep ?? " ") : "") + (p.spans ? p.spans.map((s) => (s.del ? "" : s.text)).join("") : p.text ?? "")).join("\n");
}

function paraText(b) {
  const text = b.spans ? b.spans.map((s) => (s.del ? "" : s.text)).join("") : (b.text ?? "");
  return (b.label ? b.label + (b.labelSep ?? " ") : "") + text;
}

/** Plain text as Word's "Plain Text" save writes it: a paragraph a line, a table row a line of cells with tabs. */
export function toText(blocks) {
  const lines = [];
  const notes = [];
  for (const b of blocks) {
    if (b.t === "section" || b.t === "pagebreak") continue;
    if (b.t === "table") {
      for (const row of b.rows) lines.push(row.filter((c) => !(c && c.skip)).map(cellText).join("\t"));
      lines.push("");
      continue;
    }
    let line = paraText(b);
    if (b.footnote) {
      notes.push(b.footnote);
      line += `[${notes.length}]`;
    }
    lines.push(line, "");
  }
  if (notes.length) {
    lines.push("________________", "");
    notes.forEach((n, i) => lines.push(`[${i + 1}] ${n}`, ""));
  }
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").normalize("NFC");
}

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function htmlPara(b, tag = "p") {
  const style = [
    b.align ? `text-align:${b.align}` : "",
    b.bold ? "font-weight:bold" : "",
    b.italic ? "font-style:italic" : "",
    b.indent ? "text-indent:1.25cm" : "",
  ]
    .filter(Boolean)
    .join(";");
  const text = b.spans
    ? b.spans.filter((s) => !s.del).map((s) => (s.bold ? `<b>${esc(s.text)}</b>` : s.italic ? `<i>${esc(s.text)}</i>` : esc(s.text))).join("")
    : esc(b.text ?? "");
  const label = b.label ? esc(b.label + (b.labelSep ?? " ")) : "";
  return `<${tag}${style ? ` style="${style}"` : ""}>${label}${text.replace(/\n/g, "<br>")}</${tag}>`;
}

/** HTML of the blocks (for WeasyPrint / Chromium); css is the document's own. */
export function toHtml(blocks, css) {
  let out = "";
  for (const b of blocks) {
    if (b.t === "section") {
      out += `<div class="${b.landscape ? "landscape" : "portrait"}">`;
      continue;
    }
    if (b.t === "pagebreak") {
      out += '<div style="break-after:page"></div>';
      continue;
    }
    if (b.t === "table") {
      const cls = b.borders === false ? "plain" : "grid";
      out += `<table class="${cls} ${b.cls ?? ""}">`;
      const total = b.widths.reduce((a, w) => a + w, 0);
      out += "<colgroup>" + b.widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(2)}%">`).join("") + "</colgroup>";
      b.rows.forEach((row, ri) => {
        out += ri < (b.header ?? 0) ? '<tr class="head">' : "<tr>";
        for (const cell of row) {
          const c = typeof cell === "string" || !cell ? { text: cell ?? "" } : cell;
          if (c.skip || c.vMerge === "continue") continue;
          const attrs = (c.span ? ` colspan="${c.span}"` : "") + (c.rowspan ? ` rowspan="${c.rowspan}"` : "");
          const style = [c.shade ? `background:#${c.shade}` : "", c.align ? `text-align:${c.align}` : ""].filter(Boolean).join(";");
          const paras = c.paras ?? [{ text: c.text ?? "" }];
          const inner = paras.map((p) => htmlPara({ bold: c.bold, italic: c.italic, ...p }, "div")).join("");
          out += `<td${attrs}${style ? ` style="${style}"` : ""}>${inner}</td>`;
        }
        out += "</tr>";
      });
      out += "</table>";
      continue;
    }
    let p = htmlPara(b);
    if (b.footnote) {
      p = p.replace(/<\/p>$/, `<span class="fn">${esc(b.footnote)}</span></p>`);
    }
    out += p;
  }
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>${css}</style></head><body>${out}</body></html>`;
}

/** Number cells of a table row's vertical merges: rowspan for HTML from the vMerge marks. */
export function fillRowspans(rows) {
  for (let r = 0; r < rows.length; r++) {
    rows[r].forEach((cell, ci) => {
      if (cell && typeof cell === "object" && cell.vMerge === "restart") {
        let n = 1;
        while (rows[r + n] && rows[r + n][ci] && rows[r + n][ci].vMerge === "continue") n += 1;
        cell.rowspan = n;
      }
    });
  }
  return rows;
}

/** Write plan.txt and the two Word files of a document; returns the folder. */
export async function writeWordAndText(slug, blocks, title) {
  const dir = join(SET, slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "plan.txt"), toText(blocks));
  writeFileSync(join(dir, "plan-typed.docx"), await writeDocx(blocks, { auto: false, title }));
  writeFileSync(join(dir, "plan-auto.docx"), await writeDocx(blocks, { auto: true, title }));
  return dir;
}

/** plan.pdf from plan-auto.docx by LibreOffice, with author11b's own profile. */
export function libreOfficePdf(dir) {
  const tmp = `/tmp/author11b-lo-out-${process.pid}`;
  mkdirSync(tmp, { recursive: true });
  execFileSync("soffice", [
    "-env:UserInstallation=file:///tmp/author11b-lo-profile",
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    tmp,
    join(dir, "plan-auto.docx"),
  ]);
  copyFileSync(join(tmp, "plan-auto.pdf"), join(dir, "plan.pdf"));
  rmSync(tmp, { recursive: true, force: true });
}

/** plan.pdf from the model's HTML by WeasyPrint. */
export function weasyPrintPdf(dir, html) {
  const src = `/tmp/author11b-${process.pid}.html`;
  writeFileSync(src, html);
  execFileSync("weasyprint", [src, join(dir, "plan.pdf")], { stdio: ["ignore", "ignore", "inherit"] });
  rmSync(src, { force: true });
}

/** A hand-written expected task (due / effectiveDue typed by hand, never computed). */
export const T = (ref, title, due, effectiveDue, lead, coordinators = [], inherited = false) => ({
  ref, title, due, effectiveDue, inherited, lead, coordinators,
});

/** Write expected.json of a document. */
export function writeExpected(dir, id, { style, province, plan, tasks, unresolved = [], successors = [] }) {
  const body = { id, style, province, plan, tasks, quotas: [], unresolved, successors };
  writeFileSync(join(dir, "expected.json"), JSON.stringify(body, null, 2) + "\n");
}
