// One content model -> plan.txt, plan-typed.docx, plan-auto.docx, HTML (for Chromium / WeasyPrint) and PDF.
// Blocks: {t:"p", text | spans:[{text,bold,italic}], num:"1.", list:{kind,inst}, bold, italic, align, indent}
//         {t:"table", widths:[dxa], rows:[[cell]], header:n, borders:false}; cell = string | {paras, span, vMerge}
//         {t:"landscape"} starts a landscape section; {t:"portrait"} back.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import JSZip from "jszip";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const KINDS = {
  roman: ["upperRoman", "%1."],
  decimal: ["decimal", "%1."],
  letter: ["lowerLetter", "%1)"],
  dash: ["bullet", "-"],
  cell: ["decimal", "%1"],
};
const KIND_NAMES = Object.keys(KINDS);

const spansOf = (b) => b.spans ?? [{ text: b.text ?? "" }];
const plain = (b) => spansOf(b).map((s) => s.text).join("");
const cellOf = (c) => (c === null || c === undefined || typeof c === "string" ? { text: c ?? "" } : c);
const cellParas = (c) => c.paras ?? [{ text: c.text ?? "" }];

/** Plain text as Word's "Plain Text" save writes it: table row = one line, cells by TAB. */
export function toText(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.t === "table") {
      for (const row of b.rows) {
        const cells = row.filter((c) => !cellOf(c).skip).map((c) => {
          const cc = cellOf(c);
          if (cc.vMerge === "continue") return "";
          return cellParas(cc).map((p) => (p.num ? p.num + " " : "") + plain(p)).join("\n");
        });
        out.push(cells.join("\t"));
      }
      out.push("");
    } else if (b.t === "p") {
      out.push((b.num ? b.num + (b.sep ?? " ") : "") + plain(b));
      out.push("");
    }
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").normalize("NFC");
}

function runs(b, extra = {}) {
  return spansOf(b)
    .map((s) => {
      const bold = s.bold ?? b.bold ?? extra.bold;
      const italic = s.italic ?? b.italic ?? extra.italic;
      const size = b.size ?? extra.size ?? 26;
      const rPr = `<w:rPr>${bold ? "<w:b/>" : ""}${italic ? "<w:i/>" : ""}${s.underline ? '<w:u w:val="single"/>' : ""}` +
        `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
      return String(s.text).split("\n").map((t, i) =>
        `<w:r>${rPr}${i ? "<w:br/>" : ""}<w:t xml:space="preserve">${esc(t.normalize("NFC"))}</w:t></w:r>`).join("");
    })
    .join("");
}

function para(b, ctx, extra = {}) {
  const numId = ctx.auto && b.list ? ctx.numIdOf(b.list) : null;
  const align = b.align ?? extra.align;
  const jc = align ? `<w:jc w:val="${align === "justify" ? "both" : align}"/>` : "";
  const ind = b.indent === false || extra.cell ? "" : `<w:ind w:firstLine="${b.indent ?? 567}"/>`;
  const num = numId ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>` : "";
  const typed = b.num && !numId ? runs({ text: b.num + (b.sep ?? " "), bold: b.bold }, extra) : "";
  const sp = `<w:spacing w:before="${extra.cell ? 0 : (b.before ?? 0)}" w:after="${extra.cell ? 0 : 80}"/>`;
  return `<w:p><w:pPr>${num}${sp}${ind}${jc}</w:pPr>${typed}${runs(b, extra)}</w:p>`;
}

function table(b, ctx) {
  const bd = b.borders === false ? "" : "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join("") + "</w:tblBorders>";
  const total = b.widths.reduce((a, w) => a + w, 0);
  const grid = b.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const rows = b.rows.map((row, ri) => {
    let col = 0;
    const cells = row.map((raw) => {
      const c = cellOf(raw);
      const span = c.span ?? 1;
      const w = b.widths.slice(col, col + span).reduce((a, x) => a + x, 0);
      col += span;
      const gs = span > 1 ? `<w:gridSpan w:val="${span}"/>` : "";
      const vm = c.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : c.vMerge === "continue" ? "<w:vMerge/>" : "";
      const shd = c.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shade}"/>` : "";
      const extra = { cell: true, bold: c.bold ?? (ri < (b.header ?? 0)), align: c.align, size: b.size };
      const paras = c.vMerge === "continue" ? [{ text: "" }] : cellParas(c);
      const inner = paras.map((p) => para(p, ctx, extra)).join("");
      return `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${gs}${vm}${shd}<w:vAlign w:val="center"/></w:tcPr>` +
        `${inner}</w:tc>`;
    }).join("");
    const hdr = ri < (b.header ?? 0) ? "<w:tblHeader/>" : "";
    return `<w:tr><w:trPr>${hdr}</w:trPr>${cells}</w:tr>`;
  }).join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>${bd}` +
    '<w:tblLayout w:type="fixed"/></w:tblPr>' + `<w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl><w:p/>`;
}

function sect(landscape) {
  return landscape
    ? '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="851" ' +
        'w:bottom="1134" w:left="851" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
    : '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" ' +
        'w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';
}

export async function toDocx(blocks, file, { auto }) {
  const insts = [];
  const seen = new Map();
  const ctx = {
    auto,
    numIdOf(list) {
      const key = list.kind + "#" + list.inst;
      if (!seen.has(key)) {
        insts.push(list);
        seen.set(key, insts.length);
      }
      return seen.get(key);
    },
  };
  let body = "";
  let land = false;
  for (const b of blocks) {
    if (b.t === "landscape" || b.t === "portrait") {
      body += `<w:p><w:pPr>${sect(land)}</w:pPr></w:p>`;
      land = b.t === "landscape";
    } else if (b.t === "table") body += table(b, ctx);
    else if (b.t === "p") body += para(b, ctx);
  }
  body += sect(land);
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W} ${R}><w:body>${body}` +
    "</w:body></w:document>";
  const abs = KIND_NAMES.map((k, i) => `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType ` +
    `w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${KINDS[k][0]}"/>` +
    `<w:lvlText w:val="${KINDS[k][1]}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/>` +
    "</w:pPr></w:lvl></w:abstractNum>").join("");
  const nums = insts.map((l, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${KIND_NAMES.indexOf(l.kind)}"/>` +
    `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${l.start ?? 1}"/></w:lvlOverride></w:num>`).join("");
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${abs}${nums}` +
    "</w:numbering>";
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:docDefaults><w:rPrDefault>` +
    '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/>' +
    '<w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" ' +
    'w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>';
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns=' +
    '"http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType=' +
    '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
    'wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/' +
    'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ' +
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>');
  zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns=' +
    '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.' +
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships ' +
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://' +
    'schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship ' +
    'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" ' +
    'Target="numbering.xml"/></Relationships>');
  zip.file("word/document.xml", doc);
  zip.file("word/styles.xml", styles);
  zip.file("word/numbering.xml", numbering);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

/** HTML of the model, for Chromium or WeasyPrint. Numbers typed. */
export function toHtml(blocks, { css = "" } = {}) {
  const spans = (b) => spansOf(b).map((s) => {
    const t = esc(s.text).replace(/\n/g, "<br>");
    return s.bold ? `<b>${t}</b>` : s.italic ? `<i>${t}</i>` : t;
  }).join("");
  const p = (b, tag = "p") => {
    const cls = [b.align ?? "", b.bold ? "b" : "", b.italic ? "i" : "", b.indent === false ? "ni" : ""].join(" ");
    return `<${tag} class="${cls.trim()}">${b.num ? esc(b.num) + (b.sep ?? " ") : ""}${spans(b)}</${tag}>`;
  };
  let html = "";
  for (const b of blocks) {
    if (b.t === "p") html += p(b);
    else if (b.t === "landscape") html += '<div class="land">';
    else if (b.t === "portrait") html += "</div>";
    else if (b.t === "table") {
      const rows = b.rows.map((row, ri) => {
        const cells = row.map((raw, ci) => {
          const c = cellOf(raw);
          if (c.vMerge === "continue") return "";
          let rs = 1;
          if (c.vMerge === "restart") {
            while (b.rows[ri + rs] && cellOf(b.rows[ri + rs][ci])?.vMerge === "continue") rs++;
          }
          const tag = ri < (b.header ?? 0) ? "th" : "td";
          const attrs = (c.span ? ` colspan="${c.span}"` : "") + (rs > 1 ? ` rowspan="${rs}"` : "");
          return `<${tag}${attrs}>${cellParas(c).map((x) => p({ indent: false, ...x }, "div")).join("")}</${tag}>`;
        }).join("");
        return `<tr>${cells}</tr>`;
      }).join("");
      html += `<table class="${b.borders === false ? "nb" : "bd"}">${rows}</table>`;
    }
  }
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>${css}</style></head><body>${html}</body></html>`
    .normalize("NFC");
}

export function sofficePdf(docx, outDir) {
  const prof = "file:///tmp/author10a-lo-profile";
  execFileSync("soffice", [`-env:UserInstallation=${prof}`, "--headless", "--convert-to",
    'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}', "--outdir", outDir, docx],
  { stdio: "ignore" });
  const made = path.join(outDir, path.basename(docx).replace(/\.docx$/, ".pdf"));
  fs.renameSync(made, path.join(outDir, "plan.pdf"));
}

export function chromiumPdf(htmlFile, pdf) {
  execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
    `--print-to-pdf=${pdf}`, "file://" + htmlFile], { stdio: "ignore" });
}

export function weasyPdf(htmlFile, pdf) {
  execFileSync("weasyprint", [htmlFile, pdf], { stdio: "ignore" });
}

export const BASE_CSS = "body{font-family:'Liberation Serif','DejaVu Serif',serif;font-size:13pt;line-height:1.3}" +
  "p{margin:0 0 6px;text-indent:1cm;text-align:justify}p.ni{text-indent:0}.center{text-align:center;text-indent:0}" +
  ".right{text-align:right}.b{font-weight:bold}.i{font-style:italic}table{border-collapse:collapse;width:100%}" +
  "table.bd td,table.bd th{border:1px solid #000;padding:3px;vertical-align:middle;font-size:11.5pt}" +
  "table.nb td{vertical-align:top}table div{text-indent:0}table div.center{text-align:center}";

/** Header block: issuer | motto, number | place-date (borderless table). */
export function headerBlock({ issuerTop, issuer, number, placeDate }) {
  return {
    t: "table", borders: false, widths: [3800, 5600],
    rows: [
      [{ paras: [...(issuerTop ? [{ text: issuerTop, align: "center" }] : []), { text: issuer, bold: true, align: "center" }] },
        { paras: [{ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, align: "center" },
          { text: "Độc lập - Tự do - Hạnh phúc", bold: true, align: "center" }] }],
      [{ paras: [{ text: number, align: "center" }] }, { paras: [{ text: placeDate, italic: true, align: "center" }] }],
    ],
  };
}

export function signBlock(recipients, title, name) {
  return {
    t: "table", borders: false, widths: [4700, 4700],
    rows: [[{ paras: [{ text: "Nơi nhận:", bold: true, italic: true }, ...recipients.map((r) => ({ text: "- " + r }))] },
      { paras: [...title.map((t) => ({ text: t, bold: true, align: "center" })), { text: "\n\n" },
        { text: name, bold: true, align: "center" }] }]],
  };
}

export async function writeAll(dir, blocks, expected, { printer, css = BASE_CSS }) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "plan.txt"), toText(blocks));
  await toDocx(blocks, path.join(dir, "plan-typed.docx"), { auto: false });
  await toDocx(blocks, path.join(dir, "plan-auto.docx"), { auto: true });
  const tmp = fs.mkdtempSync("/tmp/author10a-");
  if (printer === "libreoffice") {
    fs.copyFileSync(path.join(dir, "plan-auto.docx"), path.join(tmp, "plan-auto.docx"));
    sofficePdf(path.join(tmp, "plan-auto.docx"), tmp);
    fs.copyFileSync(path.join(tmp, "plan.pdf"), path.join(dir, "plan.pdf"));
  } else {
    const html = path.join(tmp, "plan.html");
    fs.writeFileSync(html, toHtml(blocks, { css }));
    (printer === "chromium" ? chromiumPdf : weasyPdf)(html, path.join(dir, "plan.pdf"));
  }
  fs.writeFileSync(path.join(dir, "expected.json"), JSON.stringify(expected, null, 2) + "\n");
}
