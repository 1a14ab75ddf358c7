// author8a's Word writer for held-out set 8 (documents 01-04): the content model of model.mjs written
// as WordprocessingML by hand and zipped with jszip (taken from the repository's node_modules), so
// that every Word feature the documents need is under control: numbering on the heading STYLES
// (Heading 1/2/3 whose w:style carries w:numPr, paragraphs carry only w:pStyle), bullet lists inside
// table cells, borderless layout tables, vertically merged and spanned cells, repeated header rows,
// sections with their own orientation, running head and PAGE field.
//   typed = true:  plan-typed.docx, every label typed at the start of its paragraph, no w:numPr;
//   typed = false: plan-auto.docx, labels drawn by Word numbering (numbering.xml).
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { cellBlocks, runText } from "./model.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const JSZip = createRequire(join(HERE, "..", "..", "..", "noop.js"))("jszip");

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// ---- runs and paragraphs ---------------------------------------------------------------------
function rPr(o) {
  const parts = [];
  if (o.bold) parts.push("<w:b/><w:bCs/>");
  if (o.italic) parts.push("<w:i/><w:iCs/>");
  if (o.size) parts.push(`<w:sz w:val="${o.size}"/><w:szCs w:val="${o.size}"/>`);
  if (o.underline) parts.push('<w:u w:val="single"/>');
  return parts.length ? `<w:rPr>${parts.join("")}</w:rPr>` : "";
}

function runXml(r, o) {
  if (r.br) return "<w:r><w:br/></w:r>";
  if (r.tab) return "<w:r><w:tab/></w:r>";
  if (r.page)
    return `<w:r>${rPr(o)}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr(o)}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r>${rPr(o)}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr(o)}<w:t>1</w:t></w:r><w:r>${rPr(o)}<w:fldChar w:fldCharType="end"/></w:r>`;
  const text = runText(r);
  if (!text) return "";
  const own = {
    bold: o.bold || r.b !== undefined || r.bi !== undefined,
    italic: o.italic || r.i !== undefined || r.bi !== undefined,
    underline: r.u !== undefined,
    size: o.size,
  };
  return `<w:r>${rPr(own)}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

const JC = { center: "center", right: "right", left: "left", both: "both" };

function pPr(b, ctx) {
  const parts = [];
  if (b.style) parts.push(`<w:pStyle w:val="${b.style}"/>`);
  if (b.keepNext) parts.push("<w:keepNext/>");
  if (b.pageBreakBefore) parts.push("<w:pageBreakBefore/>");
  const numbered = !ctx.typed && b.num;
  if (numbered) parts.push(`<w:numPr><w:ilvl w:val="${b.num.lvl}"/><w:numId w:val="${ctx.numId(b.num)}"/></w:numPr>`);
  // a paragraph in a numbered heading style taken out of the list, as Word does it (numId 0)
  if (!ctx.typed && b.noNum) parts.push('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>');
  const sp = b.spacing ?? {};
  parts.push(
    `<w:spacing w:before="${sp.before ?? 60}" w:after="${sp.after ?? 60}" w:line="${sp.line ?? 264}" w:lineRule="auto"/>`,
  );
  // a numbered paragraph takes its indent from its level (typed: the same indent, typed label)
  const ind = b.indent ?? (b.num || b.style ? undefined : ctx.inCell ? { first: 0 } : { first: 567 });
  if (ind && !(numbered && !b.indent)) {
    const a = [`w:left="${ind.left ?? 0}"`];
    if (ind.hanging) a.push(`w:hanging="${ind.hanging}"`);
    else a.push(`w:firstLine="${ind.first ?? 0}"`);
    parts.push(`<w:ind ${a.join(" ")}/>`);
  }
  parts.push(`<w:jc w:val="${JC[b.align ?? (ctx.inCell ? "left" : "both")]}"/>`);
  if (b.sectPr) parts.push(b.sectPr);
  const rp = rPr({ bold: b.bold, italic: b.italic, size: b.size ?? ctx.size });
  return `<w:pPr>${parts.join("")}${rp}</w:pPr>`;
}

function paraXml(b, ctx) {
  const o = { bold: b.bold, italic: b.italic, size: b.size ?? ctx.size };
  const drawn = !ctx.typed && (b.num || (ctx.styleNumbers && /^Heading/.test(b.style ?? "")));
  const label = b.label && !drawn ? [b.label + (b.sep ?? " ")] : [];
  const runs = [...label, ...b.runs].map((r) => runXml(typeof r === "string" ? { text: r } : r, o)).join("");
  return `<w:p>${pPr(b, ctx)}${runs}</w:p>`;
}

// ---- tables ----------------------------------------------------------------------------------
const border = (v) =>
  ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((s) => (v ? `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>` : `<w:${s} w:val="nil"/>`))
    .join("");

function tableXml(t, ctx) {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const head =
    `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${t.center ? '<w:jc w:val="center"/>' : ""}` +
    `<w:tblBorders>${border(t.borders !== false)}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>${t.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const rows = t.rows.map((row, ri) => {
    let col = 0;
    const cells = row.map((cell) => {
      const c = typeof cell === "string" ? { text: cell } : cell;
      const span = c.span ?? 1;
      const w = t.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const tcPr =
        `<w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}` +
        (c.vmerge === "restart" ? '<w:vMerge w:val="restart"/>' : c.vmerge === "continue" ? "<w:vMerge/>" : "") +
        (c.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shade}"/>` : "") +
        `<w:vAlign w:val="${t.borders === false ? "top" : (c.valign ?? "center")}"/></w:tcPr>`;
      const inner = { ...ctx, inCell: true, size: t.size ?? ctx.size };
      const blocks = c.vmerge === "continue" ? [{ kind: "p", runs: [] }] : cellBlocks(c);
      const body = blocks
        .map((b) =>
          paraXml({ spacing: { before: 20, after: 20, line: 240 }, bold: c.bold, align: c.align, ...b }, inner),
        )
        .join("");
      return `<w:tc>${tcPr}${body}</w:tc>`;
    });
    const trPr =
      ri < (t.header ?? 0) ? "<w:trPr><w:tblHeader/></w:trPr>" : t.cantSplit ? "<w:trPr><w:cantSplit/></w:trPr>" : "";
    return `<w:tr>${trPr}${cells.join("")}</w:tr>`;
  });
  return `<w:tbl>${head}${rows.join("")}</w:tbl>`;
}

// ---- sections --------------------------------------------------------------------------------
const A4 = { w: 11906, h: 16838 };
function sectPr(s, i) {
  const size = s.landscape
    ? `<w:pgSz w:w="${A4.h}" w:h="${A4.w}" w:orient="landscape"/>`
    : `<w:pgSz w:w="${A4.w}" w:h="${A4.h}"/>`;
  const m = s.landscape
    ? '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
    : '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>';
  const refs =
    (s.head ? `<w:headerReference w:type="default" r:id="rIdH${i}"/>` : "") +
    (s.foot ? `<w:footerReference w:type="default" r:id="rIdF${i}"/>` : "") +
    (s.firstPlain
      ? `<w:headerReference w:type="first" r:id="rIdE${i}"/><w:footerReference w:type="first" r:id="rIdE${i}f"/>`
      : "");
  return `<w:sectPr>${refs}${size}${m}${s.restart ? '<w:pgNumType w:start="1"/>' : ""}${s.firstPlain ? "<w:titlePg/>" : ""}</w:sectPr>`;
}

function blockXml(b, ctx) {
  if (b.kind === "t") return tableXml(b, ctx);
  if (b.kind === "page") return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  return paraXml(b, ctx);
}

// ---- styles and numbering --------------------------------------------------------------------
function stylesXml(model, typed) {
  const headings = (model.headingStyles ?? [])
    .map((h, lvl) => {
      const num =
        !typed && model.styleNumbering
          ? `<w:numPr>${lvl ? `<w:ilvl w:val="${lvl}"/>` : ""}<w:numId w:val="1"/></w:numPr>`
          : "";
      return (
        `<w:style w:type="paragraph" w:styleId="Heading${lvl + 1}"><w:name w:val="heading ${lvl + 1}"/>` +
        `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
        `<w:pPr><w:keepNext/>${num}<w:spacing w:before="120" w:after="60"/>` +
        `<w:ind w:left="0" w:firstLine="567"/><w:jc w:val="both"/><w:outlineLvl w:val="${lvl}"/></w:pPr>` +
        `<w:rPr>${h.bold ? "<w:b/><w:bCs/>" : ""}${h.italic ? "<w:i/><w:iCs/>" : ""}<w:sz w:val="28"/></w:rPr></w:style>`
      );
    })
    .join("");
  return (
    XML +
    `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>` +
    `<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    headings +
    `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
    `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `</w:styles>`
  );
}

function lvlXml(l, i, styleLink) {
  const ind = l.indent ?? { left: 0, first: 567 };
  const indXml = ind.hanging
    ? `w:left="${ind.left}" w:hanging="${ind.hanging}"`
    : `w:left="${ind.left ?? 0}" w:firstLine="${ind.first ?? 0}"`;
  return (
    `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/>` +
    (styleLink ? `<w:pStyle w:val="${styleLink}"/>` : "") +
    `<w:suff w:val="${l.suff ?? "space"}"/><w:lvlText w:val="${esc(l.text)}"/><w:lvlJc w:val="left"/>` +
    `<w:pPr>${l.tab ? `<w:tabs><w:tab w:val="num" w:pos="${l.tab}"/></w:tabs>` : ""}<w:ind ${indXml}/></w:pPr>` +
    `<w:rPr>${l.font ? `<w:rFonts w:ascii="${l.font}" w:hAnsi="${l.font}" w:hint="default"/>` : ""}${l.bold ? "<w:b/><w:bCs/>" : ""}${l.italic ? "<w:i/>" : ""}</w:rPr></w:lvl>`
  );
}

/** numbering.xml: abstract list k+1 per model.lists[k]; w:num 1 is the heading list when styleNumbering. */
function numberingXml(model, nums) {
  const lists = model.lists ?? {};
  const names = Object.keys(lists);
  const abs = names.map((name, k) => {
    const links = name === model.styleNumbering ? (model.headingStyles ?? []).map((_, i) => `Heading${i + 1}`) : [];
    const levels = lists[name].map((l, i) => lvlXml(l, i, links[i])).join("");
    const type = lists[name].length > 1 ? "multilevel" : "singleLevel";
    return `<w:abstractNum w:abstractNumId="${k + 1}"><w:multiLevelType w:val="${type}"/>${levels}</w:abstractNum>`;
  });
  const numXml = nums.map(({ id, list, restart }) => {
    const k = names.indexOf(list) + 1;
    const over = restart
      ? lists[list]
          .map((l, i) => `<w:lvlOverride w:ilvl="${i}"><w:startOverride w:val="${l.start ?? 1}"/></w:lvlOverride>`)
          .join("")
      : "";
    return `<w:num w:numId="${id}"><w:abstractNumId w:val="${k}"/>${over}</w:num>`;
  });
  return XML + `<w:numbering ${W}>${abs.join("")}${numXml.join("")}</w:numbering>`;
}

// ---- package ---------------------------------------------------------------------------------
function hfXml(tag, paras, ctx) {
  return (
    XML +
    `<w:${tag} ${W} ${R}>${paras.map((p) => paraXml({ align: "center", indent: { first: 0 }, size: 24, ...p }, ctx)).join("")}</w:${tag}>`
  );
}

/** The .docx file (a Buffer) of a model: {title, lists, styleNumbering, headingStyles, sections}. */
export async function docxBuffer(model, typed) {
  const nums = [];
  if (model.styleNumbering) nums.push({ id: 1, list: model.styleNumbering, key: "style" });
  const numId = (n) => {
    const key = `${n.list}#${n.inst ?? 0}`;
    let found = nums.find((x) => x.key === key);
    if (!found) {
      found = { id: nums.length + 1, list: n.list, key, restart: (n.inst ?? 0) > 0 };
      nums.push(found);
    }
    return found.id;
  };
  const ctx = { typed, numId, size: undefined, styleNumbers: Boolean(model.styleNumbering) };
  const zip = new JSZip();
  const rels = [];
  const body = model.sections
    .map((s, i) => {
      const last = i === model.sections.length - 1;
      if (s.head) {
        zip.file(`word/header${i}.xml`, hfXml("hdr", s.head, ctx));
        rels.push([`rIdH${i}`, "header", `header${i}.xml`]);
      }
      if (s.foot) {
        zip.file(`word/footer${i}.xml`, hfXml("ftr", s.foot, ctx));
        rels.push([`rIdF${i}`, "footer", `footer${i}.xml`]);
      }
      if (s.firstPlain) {
        zip.file(`word/header${i}e.xml`, hfXml("hdr", [], ctx));
        zip.file(`word/footer${i}e.xml`, hfXml("ftr", [], ctx));
        rels.push([`rIdE${i}`, "header", `header${i}e.xml`], [`rIdE${i}f`, "footer", `footer${i}e.xml`]);
      }
      const blocks = s.blocks.map((b) => blockXml(b, ctx));
      const sp = sectPr(s, i);
      if (last) return blocks.join("") + sp;
      return blocks.join("") + `<w:p><w:pPr>${sp}</w:pPr></w:p>`;
    })
    .join("");
  zip.file("word/document.xml", XML + `<w:document ${W} ${R}><w:body>${body}</w:body></w:document>`);
  zip.file("word/styles.xml", stylesXml(model, typed));
  zip.file("word/numbering.xml", numberingXml(model, typed ? [] : nums));
  zip.file(
    "word/settings.xml",
    XML +
      `<w:settings ${W}><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
  );
  const rel = (id, type, target) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  zip.file(
    "word/_rels/document.xml.rels",
    XML +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      rel("rIdS", "styles", "styles.xml") +
      rel("rIdN", "numbering", "numbering.xml") +
      rel("rIdT", "settings", "settings.xml") +
      rels.map(([id, type, target]) => rel(id, type, target)).join("") +
      `</Relationships>`,
  );
  const ov = (part, type) =>
    `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
  zip.file(
    "[Content_Types].xml",
    XML +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      ov("word/document.xml", "wordprocessingml.document.main+xml") +
      ov("word/styles.xml", "wordprocessingml.styles+xml") +
      ov("word/numbering.xml", "wordprocessingml.numbering+xml") +
      ov("word/settings.xml", "wordprocessingml.settings+xml") +
      rels.map(([, type, target]) => ov(`word/${target}`, `wordprocessingml.${type}+xml`)).join("") +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `</Types>`,
  );
  zip.file(
    "_rels/.rels",
    XML +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `</Relationships>`,
  );
  zip.file(
    "docProps/core.xml",
    XML +
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
      `<dc:title>${esc(model.title ?? "")}</dc:title><dc:creator>${esc(model.creator ?? "Văn thư")}</dc:creator></cp:coreProperties>`,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
