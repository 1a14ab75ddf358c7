// WordprocessingML written by hand from a block model (see model.mjs), zipped with the repository's jszip.
// auto = true: list labels come from numbering.xml; auto = false: the labels are typed in the text.
import JSZip from "jszip";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

// One abstract numbering per list kind; each list instance of the model gets its own w:num restarting at 1.
const KINDS = {
  roman: { fmt: "upperRoman", text: "%1.", ind: 0, hanging: 0, first: 709 },
  decimal: { fmt: "decimal", text: "%1.", ind: 0, hanging: 0, first: 709 },
  letter: { fmt: "lowerLetter", text: "%1)", ind: 0, hanging: 0, first: 709 },
  dash: { fmt: "bullet", text: "-", ind: 0, hanging: 0, first: 709 },
  plus: { fmt: "bullet", text: "+", ind: 0, hanging: 0, first: 709 },
  cell: { fmt: "decimal", text: "%1", ind: 0, hanging: 0, first: 0 },
};
const KIND_NAMES = Object.keys(KINDS);

function runs(text, { bold, italic, size, underline } = {}) {
  const parts = String(text).split("\n");
  const rPr =
    "<w:rPr>" +
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>' +
    (bold ? "<w:b/>" : "") +
    (italic ? "<w:i/>" : "") +
    (underline ? '<w:u w:val="single"/>' : "") +
    `<w:sz w:val="${size ?? 26}"/><w:szCs w:val="${size ?? 26}"/></w:rPr>`;
  return parts
    .map((p, i) => `<w:r>${rPr}${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${esc(p)}</w:t></w:r>`)
    .join("");
}

/** A span, possibly a tracked deletion/insertion ({del|ins, author, date}) and/or carrying a comment. */
function spanXml(s, fmt, ctx) {
  const r = runs(s.text, { ...fmt, ...s });
  let out = r;
  const mark = (tag) => `<w:${tag} w:id="${ctx.rev++}" w:author="${esc(s.author ?? "")}" w:date="${s.date ?? ""}">`;
  if (s.del) out = mark("del") + r.replace(/<w:t /g, "<w:delText ").replace(/<\/w:t>/g, "</w:delText>") + "</w:del>";
  else if (s.ins) out = mark("ins") + r + "</w:ins>";
  if (s.comment) {
    const id = ctx.comments.length;
    ctx.comments.push(s.comment);
    out = `<w:commentRangeStart w:id="${id}"/>${out}<w:commentRangeEnd w:id="${id}"/>` +
      `<w:r><w:commentReference w:id="${id}"/></w:r>`;
  }
  return out;
}

function commentsXml(list) {
  const items = list.map((c, i) => `<w:comment w:id="${i}" w:author="${esc(c.author)}" w:date="${c.date}" ` +
    `w:initials="${esc(c.initials ?? "")}"><w:p>${runs(c.text, { size: 20 })}</w:p></w:comment>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${items}</w:comments>`;
}

/** A paragraph: {text, label, list:{kind, inst}, bold, italic, align, size, indent, spans:[{text,bold,italic}]} */
function para(b, ctx) {
  const numId = b.list && ctx.auto ? ctx.numIdOf(b.list) : null;
  const align = b.align ? `<w:jc w:val="${b.align === "justify" ? "both" : b.align}"/>` : "";
  const ind = numId
    ? `<w:ind w:firstLine="${b.cellList ? 0 : 709}"/>`
    : b.indent === false
      ? ""
      : `<w:ind w:firstLine="${b.indent ?? 0}"/>`;
  const space = `<w:spacing w:before="${b.before ?? 0}" w:after="${b.after ?? 60}"/>`;
  const num = numId ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>` : "";
  const keep = b.keepNext ? "<w:keepNext/>" : "";
  const fmt = { bold: b.bold, italic: b.italic, size: b.size };
  let body = "";
  if (b.label && !(numId && b.list)) body += runs(b.label + (b.labelSep ?? " "), fmt);
  if (b.spans) body += b.spans.map((s) => spanXml(s, fmt, ctx)).join("");
  else body += runs(b.text ?? "", fmt);
  if (b.footnote && ctx.footnotes) {
    ctx.footnotes.push(b.footnote);
    const id = ctx.footnotes.length;
    body += `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
  }
  return `<w:p><w:pPr>${keep}${num}${space}${ind}${align}</w:pPr>${body}</w:p>`;
}

function cellXml(cell, width, ctx, borders) {
  const c = typeof cell === "string" || cell === null || cell === undefined ? { text: cell ?? "" } : cell;
  if (c.skip) return "";
  const span = c.span ? `<w:gridSpan w:val="${c.span}"/>` : "";
  const vm = c.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : c.vMerge === "continue" ? "<w:vMerge/>" : "";
  const shd = c.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shade}"/>` : "";
  const bd = borders ? "" : '<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>' +
    '<w:right w:val="nil"/></w:tcBorders>';
  const va = c.valign ? `<w:vAlign w:val="${c.valign}"/>` : "";
  const paras = c.paras ?? [{ text: c.text ?? "" }];
  const inner = paras
    .map((p) =>
      para({ indent: false, after: 0, align: c.align, bold: c.bold, italic: c.italic, size: c.size, ...p }, ctx),
    )
    .join("");
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}${vm}${bd}${shd}${va}</w:tcPr>${inner}</w:tc>`;
}

/** {t:'table', widths:[dxa], rows:[[cell]], header:n (repeat rows), borders:true, size} */
function table(b, ctx) {
  const borders = b.borders !== false;
  const tb = borders
    ? "<w:tblBorders>" +
      ["top", "left", "bottom", "right", "insideH", "insideV"]
        .map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
        .join("") +
      "</w:tblBorders>"
    : "";
  const total = b.widths.reduce((a, w) => a + w, 0);
  const grid = b.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const rows = b.rows
    .map((row, ri) => {
      let col = 0;
      const cells = row
        .map((cell) => {
          const span = (cell && cell.span) || 1;
          const w = b.widths.slice(col, col + span).reduce((a, x) => a + x, 0);
          col += span;
          return cellXml(cell, w, { ...ctx }, borders);
        })
        .join("");
      const hdr = ri < (b.header ?? 0) ? "<w:tblHeader/>" : "";
      return `<w:tr><w:trPr><w:cantSplit/>${hdr}</w:trPr>${cells}</w:tr>`;
    })
    .join("");
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>${tb}` +
    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>' +
    `</w:tblCellMar></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`
  );
}

function sectPr(landscape, final) {
  const pg = landscape
    ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' +
      '<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="851" w:header="567" w:footer="567" w:gutter="0"/>'
    : '<w:pgSz w:w="11906" w:h="16838"/>' +
      '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>';
  const s = `<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr"/>${pg}</w:sectPr>`;
  return final ? s : `<w:p><w:pPr>${s}</w:pPr></w:p>`;
}

/** Render the model's blocks to document.xml body. Cells may hold numbered lists (cellList). */
function body(blocks, ctx) {
  let out = "";
  let landscape = false;
  for (const b of blocks) {
    if (b.t === "section") {
      out += sectPr(landscape, false);
      landscape = !!b.landscape;
    } else if (b.t === "table") out += table(b, ctx);
    else if (b.t === "pagebreak") out += '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
    else out += para(b, ctx);
  }
  return out + sectPr(landscape, true);
}

function numberingXml(instances) {
  const abs = KIND_NAMES.map((k, i) => {
    const d = KINDS[k];
    return (
      `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="singleLevel"/>` +
      `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${d.fmt}"/><w:lvlText w:val="${d.text}"/>` +
      `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="${d.first}"/></w:pPr>` +
      '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:lvl></w:abstractNum>'
    );
  }).join("");
  const nums = instances
    .map(
      ({ kind, start }, i) =>
        `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${KIND_NAMES.indexOf(kind)}"/>` +
        `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${start ?? 1}"/></w:lvlOverride></w:num>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${abs}${nums}</w:numbering>`;
}

function footnotesXml(notes) {
  const sep =
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>' +
    "</w:footnote>";
  const items = notes
    .map(
      (n, i) =>
        `<w:footnote w:id="${i + 1}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>` +
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>' +
        `${runs(" " + n, { size: 20 })}</w:p></w:footnote>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${W} ${R}>${sep}${items}</w:footnotes>`;
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" ' +
  'w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/>' +
  '<w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" ' +
  'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>' +
  '<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>' +
  "</w:styles>";

function headerXml() {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W} ${R}><w:p><w:pPr><w:pStyle w:val="Header"/>` +
    '<w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">' +
    ' PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>' +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>'
  );
}

/** Write a .docx of the blocks. auto: Word numbering for blocks that carry `list`. */
export async function writeDocx(blocks, { auto, title }) {
  const instances = [];
  const seen = new Map();
  const ctx = {
    auto,
    footnotes: [],
    comments: [],
    rev: 100,
    numIdOf(list) {
      const key = `${list.kind}:${list.inst}`;
      if (!seen.has(key)) {
        instances.push({ kind: list.kind, start: list.start });
        seen.set(key, instances.length);
      }
      return seen.get(key);
    },
  };
  const doc =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W} ${R}><w:body>` +
    body(blocks, ctx) +
    "</w:body></w:document>";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
      'wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
      'wordprocessingml.styles+xml"/>' +
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
      'wordprocessingml.numbering+xml"/>' +
      '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
      'wordprocessingml.footnotes+xml"/>' +
      '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
      'wordprocessingml.header+xml"/>' +
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
      'wordprocessingml.comments+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      "</Types>",
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/' +
      'officeDocument" Target="word/document.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/' +
      'core-properties" Target="docProps/core.xml"/></Relationships>',
  );
  const rel = (id, type, target) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" ` +
    `Target="${target}"/>`;
  zip.file(
    "word/_rels/document.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      rel("rIdS", "styles", "styles.xml") +
      rel("rIdN", "numbering", "numbering.xml") +
      rel("rIdF", "footnotes", "footnotes.xml") +
      rel("rIdHdr", "header", "header1.xml") +
      rel("rIdC", "comments", "comments.xml") +
      "</Relationships>",
  );
  zip.file("word/document.xml", doc);
  zip.file("word/styles.xml", STYLES);
  zip.file("word/numbering.xml", numberingXml(instances));
  zip.file("word/footnotes.xml", footnotesXml(ctx.footnotes));
  zip.file("word/header1.xml", headerXml());
  zip.file("word/comments.xml", commentsXml(ctx.comments));
  zip.file(
    "docProps/core.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.' +
      'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      `<dc:title>${esc(title ?? "")}</dc:title><dc:creator>Văn thư</dc:creator></cp:coreProperties>`,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
