// author13b: one content model -> plan.txt, plan-typed.docx, plan-auto.docx, HTML, plan.pdf, expected.json.
// Copied from make-author12b/lib.mjs (itself from make-author11a); adds lower-roman lists, footnotes,
// vertical merges, sections of either
// orientation, and hand-typed effective due days checked against the day-off calendar below.
// Blocks: {t:"p", text, num, list:{kind,inst,start}, bold, italic, align, indent:false, level}
//         {t:"table", widths:[dxa], rows:[[cell]], header:n, borders:false, size:half-points}
//         cell = string | {text, span, vm:"restart"|"cont", bold, italic, align}
//         {t:"section", landscape:bool}  ends a section (its own orientation), the next one starts.
// Footnotes: "[^n]" inside any text; the notes themselves in build(..., {notes: {n: text}}).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import JSZip from "jszip";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const KINDS = { roman: ["upperRoman", "%1."], decimal: ["decimal", "%1."], letter: ["lowerLetter", "%1)"],
  lroman: ["lowerRoman", "%1."], dash: ["bullet", "-"], plus: ["bullet", "+"] };
const KN = Object.keys(KINDS);
const cellOf = (c) => (typeof c === "string" ? { text: c } : c);
const FN = /\[\^(\d+)\]/g;

export function toText(blocks, notes = {}) {
  const out = [];
  const fn = (s) => String(s).replace(FN, "[$1]");
  for (const b of blocks) {
    if (b.t === "section") continue;
    if (b.t === "table") {
      for (const row of b.rows) out.push(row.map((c) => fn(cellOf(c).vm === "cont" ? "" : cellOf(c).text)
        .replace(/\n/g, " ")).join("\t"));
    } else out.push((b.num ? b.num + " " : "") + fn(b.text));
    out.push("");
  }
  const keys = Object.keys(notes);
  if (keys.length) {
    out.push("__________");
    for (const k of keys) out.push(`[${k}] ${notes[k]}`);
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").normalize("NFC") + "\n";
}

function runs(text, { bold, italic, size = 26 }, ctx) {
  const rPr = `<w:rPr>${bold ? "<w:b/>" : ""}${italic ? "<w:i/>" : ""}<w:sz w:val="${size}"/></w:rPr>`;
  const lines = String(text).normalize("NFC").split("\n");
  return lines.map((line, i) => {
    const parts = line.split(FN); // text, n, text, n, ...
    let x = i ? `<w:r>${rPr}<w:br/></w:r>` : "";
    parts.forEach((part, j) => {
      if (j % 2 === 0) { if (part) x += `<w:r>${rPr}<w:t xml:space="preserve">${esc(part)}</w:t></w:r>`; return; }
      const id = ctx.noteIds.indexOf(part) + 1;
      if (!id) throw new Error("footnote " + part + " has no text");
      x += `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/>` +
        `<w:sz w:val="${size}"/>` +
        `</w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    });
    return x;
  }).join("");
}

function para(b, ctx, cell = false) {
  const numId = ctx.auto && b.list ? ctx.numIdOf(b.list) : null;
  const jc = b.align ? `<w:jc w:val="${b.align === "justify" ? "both" : b.align}"/>` : "";
  const lvlInd = b.level ? 567 * b.level : 0;
  const ind = b.indent === false || cell ? "" : `<w:ind w:left="${lvlInd}" w:firstLine="567"/>`;
  const num = numId ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>` : "";
  const size = b.size ?? (cell ? 24 : 26);
  const typed = b.num && !numId ? runs(b.num + " ", { ...b, size }, ctx) : "";
  return `<w:p><w:pPr>${num}<w:spacing w:after="${cell ? 0 : 100}"/>${ind}${jc}</w:pPr>${typed}` +
    `${runs(b.text, { ...b, size }, ctx)}</w:p>`;
}

function table(b, ctx) {
  const bd = b.borders === false ? "" : "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join("") + "</w:tblBorders>";
  const rows = b.rows.map((row, ri) => {
    let col = 0;
    const hdr = ri < (b.header ?? 0);
    const cells = row.map((raw) => {
      const c = cellOf(raw);
      const span = c.span ?? 1;
      const w = b.widths.slice(col, col + span).reduce((a, x) => a + x, 0);
      col += span;
      const gs = span > 1 ? `<w:gridSpan w:val="${span}"/>` : "";
      const vm = c.vm === "restart" ? '<w:vMerge w:val="restart"/>' : c.vm === "cont" ? "<w:vMerge/>" : "";
      const text = c.vm === "cont" ? "" : String(c.text);
      const paras = text.split("\n").map((t) =>
        para({ text: t, bold: c.bold ?? hdr, italic: c.italic, align: c.align ?? (hdr ? "center" : undefined),
          size: b.size }, ctx, true));
      return `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${gs}${vm}</w:tcPr>${paras.join("")}</w:tc>`;
    }).join("");
    return `<w:tr>${hdr ? "<w:trPr><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>"}${cells}</w:tr>`;
  }).join("");
  const grid = b.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="${b.widths.reduce((a, w) => a + w, 0)}" w:type="dxa"/><w:jc w:val="center"/>` +
    `${bd}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl><w:p/>`;
}

const sectPr = (landscape) => `<w:sectPr>${landscape ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
  : '<w:pgSz w:w="11906" w:h="16838"/>'}<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1418" ` +
  'w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';

export async function toDocx(blocks, file, { auto, landscape = false, notes = {} }) {
  const insts = [];
  const seen = new Map();
  const ctx = { auto, noteIds: Object.keys(notes), numIdOf(l) {
    const k = l.kind + "#" + l.inst;
    if (!seen.has(k)) { insts.push(l); seen.set(k, insts.length); }
    return seen.get(k);
  } };
  const body = blocks.map((b) => (b.t === "table" ? table(b, ctx) : b.t === "section"
    ? `<w:p><w:pPr>${sectPr(b.landscape)}</w:pPr></w:p>` : para(b, ctx))).join("");
  const x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const abs = KN.map((k, i) => `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="singleLevel"/>` +
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${KINDS[k][0]}"/><w:lvlText w:val="${KINDS[k][1]}"/>` +
    (k === "lroman" ? '<w:suff w:val="space"/>' : "") + '<w:lvlJc w:val="left"/><w:pPr>' +
    '<w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl></w:abstractNum>').join("");
  const nums = insts.map((l, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${KN.indexOf(l.kind)}"/>` +
    `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${l.start ?? 1}"/></w:lvlOverride></w:num>`).join("");
  const ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `${x}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/word/document.xml" ContentType="${ct}document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${ct}styles+xml"/>` +
    `<Override PartName="/word/footnotes.xml" ContentType="${ct}footnotes+xml"/>` +
    `<Override PartName="/word/numbering.xml" ContentType="${ct}numbering+xml"/></Types>`);
  const rels = (r) => `${x}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r}` +
    "</Relationships>";
  zip.file("_rels/.rels", rels(`<Relationship Id="rId1" Type="${rel}officeDocument" Target="word/document.xml"/>`));
  zip.file("word/_rels/document.xml.rels", rels(`<Relationship Id="rId1" Type="${rel}styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${rel}numbering" Target="numbering.xml"/>` +
    `<Relationship Id="rId3" Type="${rel}footnotes" Target="footnotes.xml"/>`));
  zip.file("word/document.xml", `${x}<w:document ${W}><w:body>${body}${sectPr(landscape)}</w:body></w:document>`);
  zip.file("word/styles.xml", `${x}<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts ` +
    'w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/>' +
    '<w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>' +
    '<w:pPr><w:spacing w:after="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>' +
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style></w:styles>');
  zip.file("word/numbering.xml", `${x}<w:numbering ${W}>${abs}${nums}</w:numbering>`);
  const fns = ctx.noteIds.map((k, i) => `<w:footnote w:id="${i + 1}"><w:p><w:pPr>` +
    '<w:pStyle w:val="FootnoteText"/></w:pPr>' +
    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>' +
    '<w:footnoteRef/></w:r>' +
    `<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> ${esc(notes[k].normalize("NFC"))}</w:t>` +
    "</w:r></w:p>" +
    "</w:footnote>").join("");
  zip.file("word/footnotes.xml", `${x}<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r>` +
    '<w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>' +
    '<w:continuationSeparator/>' +
    `</w:r></w:p></w:footnote>${fns}</w:footnotes>`);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

export function toHtml(blocks, { css = "", notes = {}, landscape = false } = {}) {
  const fn = (s) => esc(s).replace(FN, '<sup class="fnref">$1</sup>').replace(/\n/g, "<br>");
  const p = (b) => `<p class="${[b.align ?? "", b.bold ? "b" : "", b.italic ? "i" : "", b.level ? "l" + b.level : ""]
    .join(" ")}">${b.num ? esc(b.num) + " " : ""}${fn(b.text)}</p>`;
  const tbl = (b) => {
    // rowspan from vm marks
    const spans = b.rows.map((row) => row.map(() => 1));
    b.rows.forEach((row, ri) => row.forEach((raw, ci) => {
      if (cellOf(raw).vm !== "restart") return;
      let n = 1;
      while (b.rows[ri + n] && cellOf(b.rows[ri + n][ci] ?? "").vm === "cont") n++;
      spans[ri][ci] = n;
    }));
    const head = b.rows.slice(0, b.header ?? 0);
    const rowHtml = (row, ri, tag) => "<tr>" + row.map((raw, ci) => {
      const c = cellOf(raw);
      if (c.vm === "cont") return "";
      const rs = spans[ri][ci] > 1 ? ` rowspan="${spans[ri][ci]}"` : "";
      const cls = [c.bold ? "b" : "", c.italic ? "i" : "", c.align === "left" ? "al" : ""].join(" ").trim();
      const cs = c.span ? ` colspan="${c.span}"` : "";
      return `<${tag}${cs}${rs}${cls ? ` class="${cls}"` : ""}>${fn(c.text)}</${tag}>`;
    }).join("") + "</tr>";
    return `<table class="${b.borders === false ? "nb" : "bd"}">` +
      (head.length ? "<thead>" + head.map((r, i) => rowHtml(r, i, "th")).join("") + "</thead>" : "") +
      "<tbody>" + b.rows.slice(head.length).map((r, i) => rowHtml(r, i + head.length, "td")).join("") +
      "</tbody></table>";
  };
  const secs = [[]];
  const orients = [];
  for (const b of blocks) {
    if (b.t === "section") { orients.push(b.landscape); secs.push([]); } else secs.at(-1).push(b);
  }
  orients.push(landscape);
  const body = secs.map((s, i) => `<div class="${orients[i] ? "land" : "port"}${i ? " brk" : ""}">` +
    s.map((b) => (b.t === "table" ? tbl(b) : p(b))).join("\n") + "</div>").join("\n");
  const keys = Object.keys(notes);
  const foot = keys.length ? '<div class="notes"><hr>' + keys.map((k) => `<p><sup>${k}</sup> ${esc(notes[k])}</p>`)
    .join("") + "</div>" : "";
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page{size:A4;margin:2cm 2cm 2cm 2.5cm}@page land{size:A4 landscape;margin:2cm}
.land{page:land}.brk{break-before:page}
body{font-family:"Liberation Serif","DejaVu Serif",serif;font-size:13pt;line-height:1.3}
p{margin:0 0 6pt;text-indent:1cm;text-align:justify}.center{text-align:center;text-indent:0}
.right{text-align:right}.b{font-weight:bold}.i{font-style:italic}.l1{margin-left:1cm}.l2{margin-left:2cm}
table{border-collapse:collapse;width:100%;margin:6pt 0}table.bd td,table.bd th{border:1px solid #000;padding:3pt;
vertical-align:top;font-size:11.5pt}table.bd td p,table.bd th p{text-indent:0}
table.nb td{text-align:center;vertical-align:top}table.nb td.al{text-align:left}
thead{display:table-header-group}tr{break-inside:avoid}.notes p{font-size:10pt;text-indent:0}
.notes hr{width:30%;margin-left:0}
${css}</style></head>
<body>${body}${foot}</body></html>`.normalize("NFC");
}

export function pdf(dir, printer, blocks, opts) {
  const out = path.join(dir, "plan.pdf");
  if (printer === "libreoffice") {
    const tmp = fs.mkdtempSync("/tmp/author13b-");
    execFileSync("soffice", ["-env:UserInstallation=file:///tmp/author13b-lo-profile", "--headless",
      "--convert-to", "pdf", "--outdir", tmp, path.join(dir, "plan-auto.docx")], { stdio: "ignore" });
    fs.copyFileSync(path.join(tmp, "plan-auto.pdf"), out);
    return;
  }
  const html = path.join("/tmp", `author13b-${path.basename(dir)}.html`);
  fs.writeFileSync(html, toHtml(blocks, opts));
  if (printer === "chromium") {
    execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
      `--user-data-dir=/tmp/author13b-chromium`, `--print-to-pdf=${out}`, "file://" + html], { stdio: "ignore" });
  } else execFileSync("weasyprint", [html, out], { stdio: "ignore" });
}

export async function build(dir, { blocks, expected, printer, css, landscape, notes = {} }) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "plan.txt"), toText(blocks, notes));
  await toDocx(blocks, path.join(dir, "plan-typed.docx"), { auto: false, landscape, notes });
  await toDocx(blocks, path.join(dir, "plan-auto.docx"), { auto: true, landscape, notes });
  pdf(dir, printer, blocks, { css, notes, landscape });
  fs.writeFileSync(path.join(dir, "expected.json"), JSON.stringify(expected, null, 2).normalize("NFC") + "\n");
}

// Days off other than Saturdays and Sundays (official holidays, compensatory and swapped days), 2021-2026.
const OFF = new Set([
  "2021-01-01", "2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16", "2021-04-21", "2021-04-30",
  "2021-05-03", "2021-09-02", "2021-09-03",
  "2022-01-03", "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04", "2022-04-11", "2022-05-02",
  "2022-05-03", "2022-09-01", "2022-09-02",
  "2023-01-02", "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26", "2023-05-01", "2023-05-02",
  "2023-05-03", "2023-09-01", "2023-09-04",
  "2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14", "2024-04-18", "2024-04-29",
  "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03",
  "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-07", "2025-04-30",
  "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02",
  "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-27", "2026-04-30",
  "2026-05-01", "2026-09-01", "2026-09-02",
]);
function effective(iso) {
  const d = new Date(iso + "T00:00:00Z");
  for (;;) {
    const s = d.toISOString().slice(0, 10);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6 && !OFF.has(s)) return s;
    d.setUTCDate(d.getUTCDate() + 1);
  }
}
/** A task as typed by hand: due and effective due both written; the effective one is checked, never computed. */
export const task = (ref, title, due, effectiveDue, lead, coordinators = [], inherited = false) => {
  if (effective(due) !== effectiveDue) throw new Error(`${ref}: effective due of ${due} typed ${effectiveDue}, ` +
    `calendar says ${effective(due)}`);
  const others = coordinators.filter((c) => !lead.includes(c));
  return { ref, title, due, effectiveDue, inherited, lead, coordinators: others };
};
