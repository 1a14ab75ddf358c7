// The authors' kit: one content model -> plan.txt, docx (typed, auto), HTML, plan.pdf, expected.json, shared
// by the held-out sets' authors from set 34 on (sets 15-33 each copied the last author's lib.mjs; this is the
// union of author33a's and author33b's, so a new author imports it instead of copying it).
// An author's own additions live in the author's folder (a wrapper, a document's extra.transform), never here
// while another author may be using it. LibreOffice and Chromium profiles are named after the generator's folder.
// Blocks: {t:"p", text, num, list:{kind,inst}, bold, italic, align, indent:false}
//         {t:"table", widths:[dxa], rows:[[cell]], header:n, borders:false, box: true (inside a VML text box)};
//         cell = string | {text, span, bold, vm: "restart" | "continue", rows (rowspan, HTML only),
//                          list:{kind:"cell",inst} (auto docx: the number comes from numbering.xml, text is dropped)}
//         {t:"sect", landscape, cols, type} (author25b): ends a Word section here (sectPr in an empty paragraph);
//         the last section takes build's landscape/cols. Paragraph {tabs:[{pos,val,leader}]}: "\t" in its text
//         becomes a Word tab (plan.txt keeps the tab; HTML draws a dotted leader).
// author28b additions:
//   cell {paras: [{num, text, list, bold, italic}]}: a cell of several paragraphs, each with its own typed number
//     (plan-typed) or Word list (plan-auto); the same list inst across rows runs on, one inst per row restarts;
//   cell {table: {widths, rows, header, plain}}: a table NESTED inside the cell, after the cell's text (plan.txt:
//     its rows follow the outer row, each line starting with a tab);
//   cell {shade: "D9D9D9"}: cell shading (w:shd; HTML background);
//   table {plain: true}: a task table with no borders at all (columns aligned only by position), text left.
//   List kinds whose name starts "c-" sit in a cell: number left, no first-line indent.
// author30b additions:
//   strike marker ⟪old→new⟫ in any text: Word draws "old" struck through (w:strike) then " new"; HTML
//     "<s>old</s> new"; plan.txt "old (đã điều chỉnh: new)" as a copy of a struck-through cell is written.
//   List kinds "c-letter" (a), b) in a cell) and "c-dec" (1. in a cell, one inst running on across rows).
// author30b additions (a Word file converted from a PDF, 05):
//   paragraph {frame: {x, y, w, h}}: a positioned frame (w:framePr, anchored to the page, exact height) holding
//     one printed line; {size} (half-points) and {after} (spacing after, twips) override the defaults;
//   block {t: "br"}: a paragraph holding a page break (plan.txt and HTML skip it);
//   table row markers: a cell {grid: "before" | "after", n, w} is no cell but the row's w:gridBefore / w:gridAfter
//     (n grid columns, w twips left empty), as converters write rows that do not start or end at the grid's edge;
//   list kinds starting "s-": the number followed by a space (w:suff), no indent (a number inside a framed line);
//   textWidth(text, size, bold): an estimate of a line's width in points (Times New Roman), wrap(text, widthPt, size,
//     bold, firstWidthPt): greedy word wrap on that estimate.
// author32b additions: extra.numbering (a whole numbering.xml body, replacing the generated one, for list
//   styles with numStyleLink / styleLink, 06); extra.styles may be a function of auto; paragraph {styleNum: true}
//   (auto docx: the typed number is dropped, the paragraph's style carries the number) and {numId, ilvl} (auto
//   docx: a direct numPr into the document's own numbering).
// author32b additions: extra.strict (05): the package written as Word's "Strict Open XML Document" (ISO/IEC
//   29500 Strict): w:, r: and relationship types in the purl.oclc.org namespaces, w:conformance="strict", jc
//   left/right -> start/end, ind left -> start; content types as Word writes them for Strict (the same names).
//   strictify(xml) is exported. Table {float: {x, y}} (07): a floating table (w:tblpPr anchored to the page at
//   tblpX/tblpY twips, or {v: "text", h: "margin"}, no gap to the text, tblOverlap never); block
//   {t: "br", before: true}: an empty paragraph starting a new page (w:pageBreakBefore), a float's anchor.
// author33b additions: cell {dir: "btLr"} (05): the cell's text written bottom to top (w:textDirection, centred;
//   HTML writing-mode), table {headHeight} (twips): the header rows at least that high (w:trHeight).
//   08 turns its own markers into tracked changes (w:ins/w:del) and comments with extra.transform.
// author33a additions: a paragraph's numSep (the typed number's separator, e.g. a tab), tight (no blank line
//   after the paragraph in plan.txt), list kinds starting "t-" (no indent), extra.pkgRels (package
//   relationships, e.g. docProps/core.xml).
// Inline markers ⟦…⟧ in a text are dropped from plan.txt and HTML; a document's own `transform` turns them into
// Word XML (hyperlinks, content controls, comments, fields).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import JSZip from "jszip";
import { writeExpected } from "./answers.mjs";

// Profiles and scratch files per generator folder, so two authors' LibreOffice runs never share a profile.
const WHO = path.basename(path.dirname(path.resolve(process.argv[1] ?? "kit")));

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const KINDS = { roman: ["upperRoman", "%1."], decimal: ["decimal", "%1."], letter: ["lowerLetter", "%1)"],
  dash: ["bullet", "-"], plus: ["bullet", "+"], cell: ["decimal", "%1"], sub: ["decimal", "%1."],
  rcell: ["upperRoman", "%1"], two: ["decimal", "2.%1."], buoc: ["decimal", "Bước %1:"],
  "c-letter": ["lowerLetter", "%1)"], "c-dec": ["decimal", "%1."] };
// author25b: a document may add its own list kinds: addKind(name, [fmt, text, font]) for one level, or
// addKind(name, {levels: [[fmt, text, font], …]}) for a multi-level list (paragraph list {kind, inst, lvl}).
// A font (e.g. "Wingdings", "Symbol") is set on the number's run in numbering.xml; a typed paragraph may name
// the font of its typed mark with numFont.
export function addKind(name, def) {
  KINDS[name] = def;
  KN.push(name);
}
const levelsOf = (k) => (Array.isArray(KINDS[k]) ? [KINDS[k]] : KINDS[k].levels);
const STRIKE = /⟪([^→⟫]*)→([^⟫]*)⟫/g;
export const clean = (s) => String(s).replace(/⟦[^⟧]*⟧/g, "").replace(STRIKE, "$1 (đã điều chỉnh: $2)");
const cleanHtml = (s) => esc(String(s).replace(/⟦[^⟧]*⟧/g, "")).replace(STRIKE, "<s>$1</s> $2");
const KN = Object.keys(KINDS);
const NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"';
const cellOf = (c) => (typeof c === "string" ? { text: c } : c);
const isGrid = (c) => typeof c === "object" && c.grid !== undefined;
const realCells = (row) => row.filter((c) => !isGrid(c));
const cellText = (c) => (c.paras ? c.paras.map((q) => (q.num ? q.num + " " : "") + q.text).join("\n") : c.text ?? "");

export function toText(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.t === "table") {
      for (const row0 of b.rows) {
        const row = realCells(row0);
        out.push(row.map((c) => (cellOf(c).vm === "continue" ? "" : clean(cellText(cellOf(c))))).join("\t"));
        for (const c of row.map(cellOf).filter((x) => x.table && x.vm !== "continue")) {
          for (const r of c.table.rows) out.push("\t" + r.map((x) => clean(cellText(cellOf(x)))).join("\t"));
        }
      }
    } else if (b.t === "sect" || b.t === "br") continue;
    else out.push((b.num ? b.num + (b.numSep ?? " ") : "") + clean(b.text));
    if (!b.tight) out.push("");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").normalize("NFC");
}

function run(text, o) {
  const { bold, italic, strike, size = 26 } = o;
  if (!strike && String(text).includes("⟪")) {
    return String(text).split(/(⟪[^⟫]*⟫)/).map((part) => {
      const m = /^⟪([^→⟫]*)→([^⟫]*)⟫$/.exec(part);
      return m ? run(m[1], { ...o, strike: true }) + run(" " + m[2], o) : part ? run(part, o) : "";
    }).join("");
  }
  const rPr = `<w:rPr>${bold ? "<w:b/>" : ""}${italic ? "<w:i/>" : ""}${strike ? "<w:strike/>" : ""}` +
    `<w:sz w:val="${size}"/></w:rPr>`;
  return String(text).normalize("NFC").split("\n").map((t, i) =>
    `<w:r>${rPr}${i ? "<w:br/>" : ""}` + t.split("\t").map((u, j) => (j ? "<w:tab/>" : "") +
      `<w:t xml:space="preserve">${esc(u)}</w:t>`).join("") + "</w:r>").join("");
}

function symRun(t, font, { bold }) {
  return `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}" w:hint="default"/>` +
    `${bold ? "<w:b/>" : ""}<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
}

function para(b, ctx, cell = false) {
  const numId = ctx.auto && b.list ? ctx.numIdOf(b.list) : null;
  const jc = b.align ? `<w:jc w:val="${b.align === "justify" ? "both" : b.align}"/>` : "";
  const ind = b.indent === false || cell || b.frame ? "" : '<w:ind w:firstLine="567"/>';
  const f = b.frame;
  const frame = f ? `<w:framePr w:w="${f.w}" w:h="${f.h}" w:hRule="exact" w:hSpace="0" w:wrap="around" ` +
    `w:vAnchor="page" w:hAnchor="page" w:x="${f.x}" w:y="${f.y}"/>` : "";
  const direct = ctx.auto && b.numId ? `<w:numPr><w:ilvl w:val="${b.ilvl ?? 0}"/><w:numId w:val="${b.numId}"/>` +
    "</w:numPr>" : "";
  const num = direct || (numId ? `<w:numPr><w:ilvl w:val="${b.list.lvl ?? 0}"/><w:numId w:val="${numId}"/></w:numPr>` : "");
  const typed = b.num && !numId && !(ctx.auto && (b.numId || b.styleNum)) ? (b.numFont ? symRun(b.num, b.numFont, b) + run(" ", b) : run(b.num + (b.numSep ?? " "), b)) : "";
  const st = b.style ? `<w:pStyle w:val="${b.style}"/>` : "";
  const tabs = b.tabs ? "<w:tabs>" + b.tabs.map((t) => `<w:tab w:val="${t.val ?? "left"}" ` +
    `${t.leader ? `w:leader="${t.leader}" ` : ""}w:pos="${t.pos}"/>`).join("") + "</w:tabs>" : "";
  const after = b.after ?? (cell || f ? 0 : 100);
  return `<w:p><w:pPr>${st}${frame}${num}${tabs}<w:spacing w:after="${after}"/>${ind}${jc}</w:pPr>${typed}` +
    `${run(b.text, { ...b, size: b.size ?? (cell ? 24 : 26) })}</w:p>`;
}

function table(b, ctx) {
  const none = "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((x) => `<w:${x} w:val="nil"/>`).join("") + "</w:tblBorders>";
  const bd = b.plain ? none : b.borders === false ? "" : "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join("") + "</w:tblBorders>";
  const rows = b.rows.map((row0, ri) => {
    const gb = row0.find((c) => isGrid(c) && c.grid === "before");
    const ga = row0.find((c) => isGrid(c) && c.grid === "after");
    const row = realCells(row0);
    let col = gb ? gb.n : 0;
    const cells = row.map((raw) => {
      const c = cellOf(raw);
      const span = c.span ?? 1;
      const w = b.widths.slice(col, col + span).reduce((a, x) => a + x, 0);
      col += span;
      const gs = (span > 1 ? `<w:gridSpan w:val="${span}"/>` : "") +
        (c.vm === "restart" ? '<w:vMerge w:val="restart"/>' : c.vm === "continue" ? "<w:vMerge/>" : "") +
        (c.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shade}"/>` : "") +
        (c.dir ? `<w:textDirection w:val="${c.dir}"/>` : "") + (c.dir ? '<w:vAlign w:val="center"/>' : "");
      const hdr = ri < (b.header ?? 0);
      const listed = c.list && ctx.auto;
      const paras = c.paras ? c.paras.map((q) => para({ bold: c.bold ?? hdr, italic: c.italic, ...q,
        indent: false }, ctx, true)) : String(listed ? "" : c.text).split("\n").map((t) =>
        para({ text: t, list: c.list, bold: c.bold ?? hdr, italic: c.italic,
          align: c.align ?? (hdr ? "center" : undefined) }, ctx, true));
      const nested = c.table ? table({ ...c.table, nested: true }, ctx) : "";
      return `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${gs}</w:tcPr>${paras.join("")}${nested}</w:tc>`;
    }).join("");
    const trPr = (gb ? `<w:gridBefore w:val="${gb.n}"/>` : "") + (ga ? `<w:gridAfter w:val="${ga.n}"/>` : "") +
      (gb ? `<w:wBefore w:w="${gb.w}" w:type="dxa"/>` : "") + (ga ? `<w:wAfter w:w="${ga.w}" w:type="dxa"/>` : "") +
      (ri < (b.header ?? 0) && b.headHeight ? `<w:trHeight w:val="${b.headHeight}" w:hRule="atLeast"/>` : "") +
      (ri < (b.header ?? 0) ? "<w:tblHeader/>" : "");
    return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ""}${cells}</w:tr>`;
  }).join("");
  const grid = b.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const tw = b.widths.reduce((a, w) => a + w, 0);
  // author32b (07): a floating table, placed on the page (w:tblpPr), never overlapping another float.
  const fl = b.float ? `<w:tblpPr w:leftFromText="0" w:rightFromText="0" w:topFromText="0" w:bottomFromText="0" ` +
    `w:vertAnchor="${b.float.v ?? "page"}" w:horzAnchor="${b.float.h ?? "page"}" w:tblpX="${b.float.x}" w:tblpY="${b.float.y}"/>` +
    '<w:tblOverlap w:val="never"/>' : "";
  const tbl = `<w:tbl><w:tblPr>${fl}<w:tblW w:w="${tw}" w:type="dxa"/>${b.float ? "" : '<w:jc w:val="center"/>'}` +
    `${bd}<w:tblLayout w:type="fixed"/>${b.plain ? '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="113" ' +
      'w:type="dxa"/></w:tblCellMar>' : ""}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
  if (b.nested) return tbl + '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>';
  if (!b.box) return tbl + "<w:p/>";
  const wpt = Math.round(tw / 20) + 12;
  return `<w:p><w:r><w:pict><v:shape id="box${ctx.boxes = (ctx.boxes ?? 0) + 1}" type="#_x0000_t202" ` +
    `style="width:${wpt}pt;height:${b.boxHeight ?? 160}pt" strokeweight="1pt"><v:textbox inset="4pt,4pt,4pt,4pt">` +
    `<w:txbxContent>${b.caption ? para({ text: b.caption, bold: true, align: "center" }, ctx, true) : ""}${tbl}` +
    "<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p><w:p/>";
}

export function sectPr({ landscape = false, cols = 1, type, extra = {} } = {}) {
  const pg = landscape ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' : '<w:pgSz w:w="11906" w:h="16838"/>';
  const mar = landscape ? 'w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"' :
    'w:top="1134" w:right="1134" w:bottom="1134" w:left="1418"';
  return `<w:sectPr>${extra.sect ?? ""}${type ? `<w:type w:val="${type}"/>` : ""}${pg}<w:pgMar ${mar} ` +
    `w:header="567" w:footer="567" w:gutter="0"/><w:cols w:num="${cols}" w:space="567"${cols > 1 ? ' w:sep="0"' : ""}/>` +
    `${extra.sectTail ?? ""}</w:sectPr>`;
}

export async function toDocx(blocks, file, { auto, landscape = false, cols = 1, lastType, extra = {} }) {
  const insts = [];
  const seen = new Map();
  const ctx = { auto, numIdOf(l) {
    const k = l.kind + "#" + l.inst;
    if (!seen.has(k)) { insts.push(l); seen.set(k, insts.length); }
    return seen.get(k);
  } };
  const body0 = blocks.map((b) => (b.t === "table" ? table(b, ctx) : b.t === "sect" ?
    `<w:p><w:pPr>${sectPr(b)}</w:pPr></w:p>` : b.t === "br" ? (b.before ? '<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:after="0"/></w:pPr></w:p>' :
      '<w:p><w:r><w:br w:type="page"/></w:r></w:p>') :
      para(b, ctx))).join("");
  const body = extra.transform ? extra.transform(body0) : body0;
  const sect = sectPr({ landscape, cols, type: lastType, extra });
  const x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const lvl = (k, [fmt, text, font], i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>` +
    `${k === "buoc" || k.startsWith("s-") ? '<w:suff w:val="space"/>' : ""}<w:lvlText w:val="${text}"/>` +
    `<w:lvlJc w:val="${k.endsWith("cell") ? "center" : "left"}"/><w:pPr><w:ind w:left="0" ` +
    `w:firstLine="${k.endsWith("cell") || k.startsWith("c-") || k.startsWith("s-") || k.startsWith("t-") ? 0 : 567 + 283 * i}"/></w:pPr>` +
    (font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr>` : "") + "</w:lvl>";
  const abs = KN.map((k, i) => `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType ` +
    `w:val="${levelsOf(k).length > 1 ? "multilevel" : "singleLevel"}"/>` +
    levelsOf(k).map((l, j) => lvl(k, l, j)).join("") + "</w:abstractNum>").join("");
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
    `<Override PartName="/word/numbering.xml" ContentType="${ct}numbering+xml"/>${extra.types ?? ""}</Types>`);
  const rels = (r) => `${x}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r}` +
    "</Relationships>";
  zip.file("_rels/.rels", rels(`<Relationship Id="rId1" Type="${rel}officeDocument" Target="word/document.xml"/>${extra.pkgRels ?? ""}`));
  zip.file("word/_rels/document.xml.rels", rels(`<Relationship Id="rId1" Type="${rel}styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${rel}numbering" Target="numbering.xml"/>${extra.rels ?? ""}`));
  for (const [name, xml] of Object.entries(extra.parts ?? {})) zip.file(name, xml);
  zip.file("word/document.xml", `${x}<w:document ${W} ${NS}><w:body>${body}${sect}</w:body></w:document>`);
  zip.file("word/styles.xml", `${x}<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts ` +
    'w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/>' +
    '<w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults>' + ((typeof extra.styles === "function" ? extra.styles(auto) : extra.styles) ?? "") + "</w:styles>");
  zip.file("word/numbering.xml", `${x}<w:numbering ${W}>${extra.numbering ?? abs + nums}</w:numbering>`);
  if (extra.strict) {
    for (const name of Object.keys(zip.files)) {
      if (name.endsWith(".xml") || name.endsWith(".rels")) zip.file(name, strictify(await zip.file(name).async("string")));
    }
  }
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

export function strictify(xml) {
  return xml
    .replace(/http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main/g,
      "http://purl.oclc.org/ooxml/wordprocessingml/main")
    .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g,
      "http://purl.oclc.org/ooxml/officeDocument/relationships")
    .replace(/<w:document /, '<w:document w:conformance="strict" ')
    .replace(/<w:(jc|lvlJc) w:val="left"\/>/g, '<w:$1 w:val="start"/>')
    .replace(/<w:(jc|lvlJc) w:val="right"\/>/g, '<w:$1 w:val="end"/>')
    .replace(/<w:ind w:left="/g, '<w:ind w:start="');
}

export function toHtml(blocks, css = "") {
  const tabbed = (b) => `<p class="tabbed ${b.bold ? "b" : ""}">` + clean(b.text).split("\t").map((u, i, a) =>
    `<span class="${i === a.length - 1 && i ? "tl" : i ? "tm" : "t0"}">${esc(u)}</span>`).join("") + "</p>";
  const p = (b) => `<p class="${[b.align ?? "", b.bold ? "b" : "", b.italic ? "i" : ""].join(" ")}">` +
    `${b.num ? esc(b.num) + " " : ""}${cleanHtml(b.text).replace(/\n/g, "<br>")}</p>`;
  let secN = 0;
  const tableHtml = (b) => `<table class="${b.plain ? "pl" : b.borders === false ? "nb" : "bd"}">` +
    b.rows.map((row, ri) => "<tr>" + realCells(row).filter((raw) => cellOf(raw).vm !== "continue").map((raw) => {
      const c = cellOf(raw);
      const tag = ri < (b.header ?? 0) ? "th" : "td";
      const at = `${c.span ? ` colspan="${c.span}"` : ""}${c.rows ? ` rowspan="${c.rows}"` : ""}` +
        `${c.shade ? ` style="background:#${c.shade}"` : ""}${c.dir ? ' style="writing-mode:vertical-rl;transform:rotate(180deg);height:26mm"' : ""}` +
        `${c.bold ? ' class="b"' : ""}`;
      return `<${tag}${at}>${cleanHtml(cellText(c)).replace(/\n/g, "<br>")}${c.table ? tableHtml(c.table) : ""}</${tag}>`;
    }).join("") + "</tr>").join("") + "</table>";
  const body = '<div class="sec sec-0">' + blocks.filter((b) => b.t !== "br").map((b) => (b.t === "sect" ? `</div><div class="sec sec-${++secN}">` :
    b.t !== "table" ? (b.tabs ? tabbed(b) : p(b)) : tableHtml(b))).join("\n") + "</div>";
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
body{font-family:"Liberation Serif","DejaVu Serif",serif;font-size:13pt;line-height:1.3}
p{margin:0 0 6pt;text-indent:1cm;text-align:justify}.center{text-align:center;text-indent:0}
.right{text-align:right}p.tabbed{display:flex;text-indent:0}p.tabbed .t0{flex:none}
p.tabbed .tm{flex:1;border-bottom:1px dotted #000;margin:0 4pt 4pt}p.tabbed .tl{flex:none}.b{font-weight:bold}.i{font-style:italic}
table{border-collapse:collapse;width:100%;margin:6pt 0}table.bd td,table.bd th{border:1px solid #000;padding:3pt;
vertical-align:top;font-size:11.5pt}table.nb td{text-align:center;vertical-align:top}
table.pl td,table.pl th{border:none;padding:2pt 6pt 2pt 0;vertical-align:top;text-align:left;font-size:11.5pt}${css}</style></head>
<body>${body}</body></html>`.normalize("NFC");
}

export function pdf(dir, printer, blocks, css) {
  const out = path.join(dir, "plan.pdf");
  if (typeof printer === "function") return printer(out);
  if (printer === "libreoffice" || printer === "ghostscript") {
    const tmp = fs.mkdtempSync(`/tmp/${WHO}-`);
    execFileSync("soffice", [`-env:UserInstallation=file:///tmp/${WHO}-lo`, "--headless",
      "--convert-to", "pdf", "--outdir", tmp, path.join(dir, "plan-auto.docx")], { stdio: "ignore" });
    if (printer === "libreoffice") fs.copyFileSync(path.join(tmp, "plan-auto.pdf"), out);
    // The LibreOffice PDF distilled again by Ghostscript (pdfwrite), as a virtual PDF printer does.
    else execFileSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
      "-dPDFSETTINGS=/printer", "-o", out, path.join(tmp, "plan-auto.pdf")], { stdio: "ignore" });
    return;
  }
  const html = path.join("/tmp", `${WHO}-${path.basename(dir)}.html`);
  fs.writeFileSync(html, toHtml(blocks, css));
  if (printer === "chromium") {
    execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
      `--user-data-dir=/tmp/${WHO}-chrome`,
      `--print-to-pdf=${out}`, "file://" + html], { stdio: "ignore" });
  } else execFileSync("weasyprint", [html, out], { stdio: "ignore" });
}

export async function build(dir, { blocks, expected, printer, css, landscape, cols, lastType, txt, extra }) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "plan.txt"), (txt ?? toText(blocks)).normalize("NFC"));
  await toDocx(blocks, path.join(dir, "plan-typed.docx"), { auto: false, landscape, cols, lastType, extra });
  await toDocx(blocks, path.join(dir, "plan-auto.docx"), { auto: true, landscape, cols, lastType, extra });
  pdf(dir, printer, blocks, css);
  writeExpected(dir, expected);
}

// Hand-listed days off (Sat/Sun handled separately). Used only to roll `due` forward.
const OFF = new Set([
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
// Make-up Saturdays (src/domain/holidays-vn.ts "Làm bù"): working days (author48b found the kit rolling them on).
const MAKE_UP = new Set(["2024-05-04", "2025-04-26"]);
export function effective(iso) {
  const d = new Date(iso + "T00:00:00Z");
  for (;;) {
    const s = d.toISOString().slice(0, 10);
    const wd = d.getUTCDay();
    if (MAKE_UP.has(s) || (wd !== 0 && wd !== 6 && !OFF.has(s))) return s;
    d.setUTCDate(d.getUTCDate() + 1);
  }
}
export const task = (ref, title, due, lead, coordinators = [], inherited = false) => ({
  ref, title, due, effectiveDue: effective(due), inherited, lead,
  coordinators: coordinators.filter((c) => !lead.includes(c)),
});

// author30b: a rough width of a printed line in points (Times New Roman / Liberation Serif), for converted layouts.
export function textWidth(text, size = 13, bold = false) {
  let em = 0;
  for (const ch of String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "")) {
    if (ch === " ") em += 0.25;
    else if (/[MWĐD]/.test(ch) || /[A-Z]/.test(ch) && ch !== "I") em += 0.7;
    else if (/[mw]/.test(ch)) em += 0.75;
    else if (/[0-9]/.test(ch)) em += 0.5;
    else if (/[iljtf.,;:()/'\-I]/.test(ch)) em += 0.3;
    else em += 0.48;
  }
  return em * size * (bold ? 1.07 : 1);
}
export function wrap(text, width, size = 13, bold = false, first = width) {
  const lines = [];
  let cur = "";
  for (const word of String(text).split(" ")) {
    const next = cur ? cur + " " + word : word;
    // a dash between words never starts a line (a reader would take it for a bullet)
    if (cur && word !== "-" && textWidth(next, size, bold) > (lines.length ? width : first)) {
      lines.push(cur);
      cur = word;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}
