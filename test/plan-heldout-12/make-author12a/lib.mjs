// author12a: one content model -> plan.txt, plan-typed.docx, plan-auto.docx, HTML, plan.pdf, expected.json.
// Adapted from make-author11a/lib.mjs: adds lists inside table cells (a Word list per cell, restarting),
// vertically merged cells (w:vMerge / rowspan), section breaks that change the page orientation, page breaks,
// and repeated header rows over rows that may break across pages.
// Blocks: {t:"p", text, num, list:{kind,inst}, bold, italic, align, indent:false, size}
//         {t:"table", widths:[dxa], rows:[[cell]], header:n, borders:false, size}
//         {t:"sect", landscape}  -- ends the section before it (its orientation);
//                                   the last section: build(…, {landscape})
//         {t:"pagebreak"}
// cell = string | {text, span, bold, italic, align, vm:"restart"|"cont", items:[{num, text, list:{kind,inst}}]}
//   `items` are the cell's paragraphs after `text` (a numbered list typed or numbered by Word).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import JSZip from "jszip";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const KINDS = { roman: ["upperRoman", "%1."], decimal: ["decimal", "%1."], letter: ["lowerLetter", "%1)"],
  dash: ["bullet", "-"], plus: ["bullet", "+"], paren: ["decimal", "(%1)"], romanbare: ["upperRoman", "%1"] };
const KN = Object.keys(KINDS);
const cellOf = (c) => (typeof c === "string" ? { text: c } : c);
const cellLines = (c) => [
  ...(c.text !== undefined && c.text !== "" ? String(c.text).split("\n") : []),
  ...(c.items ?? []).map((it) => (it.num ? it.num + " " : "") + it.text),
];

export function toText(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.t === "sect" || b.t === "pagebreak") continue;
    if (b.t === "table") {
      for (const row of b.rows) out.push(row.map((c) => (cellOf(c).vm === "cont" ? "" : cellLines(cellOf(c)).join("\n")))
        .join("\t"));
    } else out.push((b.num ? b.num + " " : "") + b.text);
    out.push("");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").normalize("NFC");
}

function run(text, { bold, italic, size = 26 }) {
  const rPr = `<w:rPr>${bold ? "<w:b/>" : ""}${italic ? "<w:i/>" : ""}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  return String(text).normalize("NFC").split("\n").map((t, i) =>
    `<w:r>${rPr}${i ? "<w:br/>" : ""}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`).join("");
}

function para(b, ctx, cell = false) {
  const numId = ctx.auto && b.list ? ctx.numIdOf(b.list) : null;
  const jc = b.align ? `<w:jc w:val="${b.align === "justify" ? "both" : b.align}"/>` : "";
  const ind = b.indent === false || cell ? "" : '<w:ind w:firstLine="567"/>';
  const num = numId ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>` : "";
  const size = b.size ?? (cell ? 24 : 26);
  const typed = b.num && !numId ? run(b.num + " ", { ...b, size }) : "";
  const keep = b.keepNext ? "<w:keepNext/>" : "";
  return `<w:p><w:pPr>${keep}${num}<w:spacing w:before="0" w:after="${cell ? 40 : 100}"/>${ind}${jc}</w:pPr>${typed}` +
    `${run(b.text, { ...b, size })}</w:p>`;
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
      const size = b.size ?? 24;
      const paras = [];
      if (c.vm === "cont") paras.push("<w:p/>");
      else {
        if (c.text !== undefined && (c.text !== "" || !c.items))
          for (const t of String(c.text).split("\n"))
            paras.push(para({ text: t, bold: c.bold ?? hdr, italic: c.italic, size,
              align: c.align ?? (hdr ? "center" : undefined) }, ctx, true));
        for (const it of c.items ?? []) paras.push(para({ ...it, size, align: it.align ?? "both" }, ctx, true));
      }
      return `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${gs}${vm}</w:tcPr>${paras.join("")}</w:tc>`;
    }).join("");
    return `<w:tr>${hdr ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${cells}</w:tr>`;
  }).join("");
  const grid = b.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="${b.widths.reduce((a, w) => a + w, 0)}" w:type="dxa"/><w:jc w:val="center"/>` +
    `${bd}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>` +
    `</w:tblCellMar></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl><w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>`;
}

function sectPr(landscape) {
  const pg = landscape ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' : '<w:pgSz w:w="11906" w:h="16838"/>';
  const mar = landscape ? 'w:top="1134" w:right="851" w:bottom="1134" w:left="851"' :
    'w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"';
  return `<w:sectPr>${pg}<w:pgMar ${mar} w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
}

export async function toDocx(blocks, file, { auto, landscape = false, title = "Kế hoạch" }) {
  const insts = [];
  const seen = new Map();
  const ctx = { auto, numIdOf(l) {
    const k = l.kind + "#" + l.inst;
    if (!seen.has(k)) { insts.push(l); seen.set(k, insts.length); }
    return seen.get(k);
  } };
  const body = blocks.map((b) => {
    if (b.t === "table") return table(b, ctx);
    if (b.t === "sect") return `<w:p><w:pPr>${sectPr(b.landscape)}</w:pPr></w:p>`;
    if (b.t === "pagebreak") return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
    return para(b, ctx);
  }).join("");
  const x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const abs = KN.map((k, i) => `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="singleLevel"/>` +
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${KINDS[k][0]}"/><w:lvlText w:val="${KINDS[k][1]}"/>` +
    '<w:suff w:val="space"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>').join("");
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
    `<Override PartName="/word/numbering.xml" ContentType="${ct}numbering+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    "</Types>");
  const rels = (r) => `${x}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r}` +
    "</Relationships>";
  zip.file("_rels/.rels", rels(`<Relationship Id="rId1" Type="${rel}officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" ' +
    'Target="docProps/core.xml"/>'));
  zip.file("docProps/core.xml", `${x}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/` +
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>' + esc(title) +
    "</dc:title><dc:creator>VanThu</dc:creator></cp:coreProperties>");
  zip.file("word/_rels/document.xml.rels", rels(`<Relationship Id="rId1" Type="${rel}styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${rel}numbering" Target="numbering.xml"/>`));
  zip.file("word/document.xml", `${x}<w:document ${W}><w:body>${body}${sectPr(landscape)}</w:body></w:document>`);
  zip.file("word/styles.xml", `${x}<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts ` +
    'w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/>' +
    '<w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>');
  zip.file("word/numbering.xml", `${x}<w:numbering ${W}>${abs}${nums}</w:numbering>`);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

export function toHtml(blocks, css = "") {
  const p = (b) => `<p class="${[b.align ?? "", b.bold ? "b" : "", b.italic ? "i" : "", b.num ? "n" : ""].join(" ")}">` +
    `${b.num ? esc(b.num) + " " : ""}${esc(b.text).replace(/\n/g, "<br>")}</p>`;
  const cellHtml = (c) => {
    const head = c.text !== undefined && c.text !== "" ? esc(c.text).replace(/\n/g, "<br>") : "";
    const items = (c.items ?? []).map((it) => `<div class="it">${it.num ? esc(it.num) + " " : ""}${esc(it.text)}</div>`);
    return head + items.join("");
  };
  const tbl = (b) => {
    const rs = b.rows.map((row) => row.map(() => 1));
    // rowspan: count the "cont" cells below each "restart" cell at the same cell index
    b.rows.forEach((row, ri) => row.forEach((raw, ci) => {
      if (cellOf(raw).vm !== "restart") return;
      let k = ri + 1;
      while (k < b.rows.length && cellOf(b.rows[k][ci] ?? "").vm === "cont") k++;
      rs[ri][ci] = k - ri;
    }));
    const total = b.widths.reduce((a, w) => a + w, 0);
    const cols = "<colgroup>" + b.widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(1)}%">`).join("") +
      "</colgroup>";
    return `<table class="${b.borders === false ? "nb" : "bd"}">` + cols + (b.header ? "<thead>" : "") +
      b.rows.map((row, ri) => (ri === b.header ? "<tbody>" : "") + "<tr>" + row.map((raw, ci) => {
        const c = cellOf(raw);
        if (c.vm === "cont") return "";
        const tag = ri < (b.header ?? 0) ? "th" : "td";
        const cls = [c.align ?? "", c.bold ? "b" : "", c.italic ? "i" : ""].join(" ").trim();
        return `<${tag}${c.span ? ` colspan="${c.span}"` : ""}${rs[ri][ci] > 1 ? ` rowspan="${rs[ri][ci]}"` : ""}` +
          `${cls ? ` class="${cls}"` : ""}>${cellHtml(c)}</${tag}>`;
      }).join("") + "</tr>" + (ri === b.header - 1 ? "</thead>" : "")).join("") + (b.header ? "</tbody>" : "") +
      "</table>";
  };
  const body = blocks.map((b) => b.t === "table" ? tbl(b) : b.t === "pagebreak" || b.t === "sect" ?
    '<div style="break-after:page"></div>' : p(b)).join("\n");
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}
body{font-family:"Liberation Serif","DejaVu Serif",serif;font-size:13pt;line-height:1.3}
p{margin:0 0 6pt;text-indent:1cm;text-align:justify}.center{text-align:center;text-indent:0}
.right{text-align:right}.b{font-weight:bold}.i{font-style:italic}.it{margin:0 0 3pt;text-align:justify}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:6pt 0}table.bd td,table.bd th{border:1px solid #000;padding:3pt;
vertical-align:top;font-size:11.5pt}table.bd td.center{text-align:center}table.nb td{text-align:center;vertical-align:top}
thead{display:table-header-group}tr{break-inside:auto}${css}</style></head>
<body>${body}</body></html>`.normalize("NFC");
}

export function pdf(dir, printer, blocks, css) {
  const out = path.join(dir, "plan.pdf");
  if (printer === "libreoffice") {
    const tmp = fs.mkdtempSync("/tmp/author12a-");
    execFileSync("soffice", ["-env:UserInstallation=file:///tmp/author12a-lo-profile", "--headless",
      "--convert-to", "pdf", "--outdir", tmp, path.join(dir, "plan-auto.docx")], { stdio: "ignore" });
    fs.copyFileSync(path.join(tmp, "plan-auto.pdf"), out);
    return;
  }
  const html = path.join("/tmp", `author12a-${path.basename(dir)}.html`);
  fs.writeFileSync(html, toHtml(blocks, css));
  if (printer === "chromium") {
    const prof = fs.mkdtempSync("/tmp/author12a-chromium-");
    execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", `--user-data-dir=${prof}`,
      "--no-pdf-header-footer", `--print-to-pdf=${out}`, "file://" + html], { stdio: "ignore" });
  } else execFileSync("weasyprint", [html, out], { stdio: "ignore" });
}

export async function build(dir, { blocks, expected, printer, css, landscape, title }) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "plan.txt"), toText(blocks));
  await toDocx(blocks, path.join(dir, "plan-typed.docx"), { auto: false, landscape, title });
  await toDocx(blocks, path.join(dir, "plan-auto.docx"), { auto: true, landscape, title });
  pdf(dir, printer, blocks, css);
  fs.writeFileSync(path.join(dir, "expected.json"), JSON.stringify(expected, null, 2).normalize("NFC") + "\n");
}

// Hand-listed days off (Sat/Sun handled separately), as make-author11a/README.md lists them. Used only to roll
// the hand-typed `due` forward; each moved day is also written by hand in the document's style text.
const OFF = new Set([
  "2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14", "2024-04-18", "2024-04-29",
  "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03",
  "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-07", "2025-04-30",
  "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02",
  "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-27", "2026-04-30",
  "2026-05-01", "2026-09-01", "2026-09-02",
]);
export function effective(iso) {
  const d = new Date(iso + "T00:00:00Z");
  for (;;) {
    const s = d.toISOString().slice(0, 10);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6 && !OFF.has(s)) return s;
    d.setUTCDate(d.getUTCDate() + 1);
  }
}
// task(ref, title, due, effectiveDue as worked out by hand, lead, coordinators, inherited): the hand-typed
// effective day is checked against the calendar above and the build stops when they differ.
export const task = (ref, title, due, eff, lead, coordinators = [], inherited = false) => {
  if (effective(due) !== eff) throw new Error(`${ref}: effectiveDue by hand ${eff}, calendar ${effective(due)}`);
  const others = coordinators.filter((c) => !lead.includes(c));
  return { ref, title, due, effectiveDue: eff, inherited, lead, coordinators: others };
};
