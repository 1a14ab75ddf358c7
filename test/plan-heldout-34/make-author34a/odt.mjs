// author34a: a LibreOffice Writer document (.odt) written from the kit's blocks, as Writer saves one: headings as
// text:h numbered by the document's text:outline-style (level 1 "I.", level 2 "1." restarting under each level 1),
// list items as text:list with a numbered or bulleted list style (the typed numbers are dropped: Writer draws them),
// tables with number-columns-spanned / number-rows-spanned and table:covered-table-cell, page A4.
// Block extras read here: {h: 1 | 2} a heading of that outline level; {list: {kind: "letter" | "dash"}} a list item.
import fs from "node:fs";
import JSZip from "jszip";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").normalize("NFC");
const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ' +
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'office:version="1.3"';
const X = '<?xml version="1.0" encoding="UTF-8"?>';
const FONTS = '<office:font-face-decls><style:font-face style:name="Times New Roman" ' +
  "svg:font-family=\"'Times New Roman'\" style:font-family-generic=\"roman\" style:font-pitch=\"variable\"/>" +
  "</office:font-face-decls>";

const pStyle = (name, { align = "justify", bold, italic, indent, size, after = "0.1cm" } = {}) =>
  `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard">` +
  `<style:paragraph-properties fo:text-align="${align}" fo:margin-bottom="${after}"` +
  `${indent ? ' fo:text-indent="1cm"' : ""}/><style:text-properties${bold ? ' fo:font-weight="bold"' : ""}` +
  `${italic ? ' fo:font-style="italic"' : ""}${size ? ` fo:font-size="${size}pt"` : ""}/></style:style>`;
const P_STYLES = { J: { indent: true }, C: { align: "center" }, CB: { align: "center", bold: true },
  CI: { align: "center", italic: true }, L: { align: "start" }, T: { align: "start", size: 12, after: "0cm" },
  TC: { align: "center", size: 12, after: "0cm" }, TB: { align: "center", size: 12, bold: true, after: "0cm" },
  HC: { align: "center", size: 12.5, after: "0cm" }, HCB: { align: "center", size: 12.5, bold: true, after: "0cm" },
  HCI: { align: "center", size: 13, italic: true, after: "0cm" }, LI: { indent: false } };

function styleOf(b) {
  if (b.align === "center") return b.bold ? "CB" : b.italic ? "CI" : "C";
  return b.indent === false ? "L" : "J";
}

function cellParas(c, hdr, plain) {
  const st = (q) => (plain ? (q.bold ? "HCB" : q.italic ? "HCI" : q.align === "left" ? "L" : "HC") :
    hdr || q.bold ? "TB" : q.align === "center" ? "TC" : "T");
  if (c.paras) return c.paras.map((q) => `<text:p text:style-name="${st({ ...c, ...q })}">${esc(q.text)}</text:p>`).join("");
  return String(c.text ?? "").split("\n").map((t) => `<text:p text:style-name="${st(c)}">` +
    `${esc(t)}</text:p>`).join("");
}

function tableXml(b, k) {
  const name = `Table${k}`;
  const cols = b.widths.map((w, i) => `<style:style style:name="${name}.C${i}" style:family="table-column">` +
    `<style:table-column-properties style:column-width="${(w / 567).toFixed(3)}cm"/></style:style>`).join("");
  const tw = b.widths.reduce((a, w) => a + w, 0);
  const auto = `<style:style style:name="${name}" style:family="table"><style:table-properties ` +
    `style:width="${(tw / 567).toFixed(3)}cm" table:align="center"/></style:style>${cols}`;
  const plain = b.borders === false;
  const rows = b.rows.map((row, ri) => {
    const hdr = ri < (b.header ?? 0);
    const cells = [];
    for (const raw of row) {
      const c = typeof raw === "string" ? { text: raw } : raw;
      if (c.vm === "continue") { cells.push("<table:covered-table-cell/>"); continue; }
      let down = 1;
      if (c.vm === "restart") {
        const col = row.indexOf(raw);
        for (let r = ri + 1; r < b.rows.length; r++) {
          const below = b.rows[r][col];
          if (typeof below === "object" && below.vm === "continue") down++;
          else break;
        }
      }
      const span = c.span ?? 1;
      cells.push(`<table:table-cell table:style-name="${plain ? "CellNB" : "Cell"}" office:value-type="string"` +
        `${span > 1 ? ` table:number-columns-spanned="${span}"` : ""}` +
        `${down > 1 ? ` table:number-rows-spanned="${down}"` : ""}>${cellParas(c, hdr, plain)}</table:table-cell>` +
        "<table:covered-table-cell/>".repeat(span - 1));
    }
    return `<table:table-row>${cells.join("")}</table:table-row>`;
  });
  const head = b.header ? `<table:table-header-rows>${rows.slice(0, b.header).join("")}</table:table-header-rows>` : "";
  const xml = `<table:table table:name="${name}" table:style-name="${name}">` +
    b.widths.map((w, i) => `<table:table-column table:style-name="${name}.C${i}"/>`).join("") +
    head + rows.slice(b.header ?? 0).join("") + "</table:table>";
  return { auto, xml };
}

export async function writeOdt(file, blocks, { title = "Kế hoạch", creator = "" } = {}) {
  let autos = Object.entries(P_STYLES).map(([k, v]) => pStyle(k, v)).join("") +
    '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" ' +
    'fo:border="0.5pt solid #000000"/></style:style><style:style style:name="CellNB" style:family="table-cell">' +
    '<style:table-cell-properties fo:padding="0.04cm" fo:border="none"/></style:style>';
  const out = [];
  let openList = null;
  let k = 0;
  const close = () => { if (openList) { out.push("</text:list>"); openList = null; } };
  for (const b of blocks) {
    if (b.t === "table") {
      close();
      const t = tableXml(b, ++k);
      autos += t.auto;
      out.push(t.xml);
    } else if (b.t !== "p") continue;
    else if (b.h) {
      close();
      out.push(`<text:h text:style-name="Heading_20_${b.h}" text:outline-level="${b.h}">${esc(b.text)}</text:h>`);
    } else if (b.list && (b.list.kind === "letter" || b.list.kind === "dash")) {
      const ls = b.list.kind === "letter" ? "L1" : "L2";
      if (openList !== ls) { close(); out.push(`<text:list text:style-name="${ls}">`); openList = ls; }
      out.push(`<text:list-item><text:p text:style-name="LI">${esc(b.text)}</text:p></text:list-item>`);
    } else {
      close();
      out.push(`<text:p text:style-name="${styleOf(b)}">${esc(b.text)}</text:p>`);
    }
  }
  close();
  const content = `${X}<office:document-content ${NS}>${FONTS}<office:automatic-styles>${autos}` +
    `</office:automatic-styles><office:body><office:text>${out.join("")}</office:text></office:body>` +
    "</office:document-content>";
  const lvl = (n, fmt, suffix, indent) => `<text:outline-level-style text:level="${n}" style:num-format="${fmt}" ` +
    `style:num-suffix="${suffix}"><style:list-level-properties text:list-level-position-and-space-mode=` +
    `"label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" ` +
    `fo:margin-left="${indent}cm"/></style:list-level-properties></text:outline-level-style>`;
  const listLevel = (inner) => '<style:list-level-properties text:list-level-position-and-space-mode=' +
    '"label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" ' +
    `fo:margin-left="1cm"/></style:list-level-properties>${inner}`;
  const styles = `${X}<office:document-styles ${NS}>${FONTS}<office:styles><style:default-style ` +
    'style:family="paragraph"><style:paragraph-properties fo:line-height="115%"/><style:text-properties ' +
    'style:font-name="Times New Roman" fo:font-size="13pt" fo:language="vi" fo:country="VN"/>' +
    '</style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"/>' +
    [1, 2].map((n) => `<style:style style:name="Heading_20_${n}" style:display-name="Heading ${n}" ` +
      'style:family="paragraph" style:parent-style-name="Standard" style:class="text" ' +
      `style:default-outline-level="${n}"><style:paragraph-properties fo:margin-top="0.2cm" ` +
      'fo:margin-bottom="0.1cm" fo:text-indent="1cm" fo:keep-with-next="always"/><style:text-properties ' +
      'fo:font-size="13pt" fo:font-weight="bold"/></style:style>').join("") +
    `<text:outline-style style:name="Outline">${lvl(1, "I", ".", 0)}${lvl(2, "1", ".", 0)}</text:outline-style>` +
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="a" ' +
    `style:num-suffix=")">${listLevel("")}</text:list-level-style-number></text:list-style>` +
    '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="-">' +
    `${listLevel("")}</text:list-level-style-bullet></text:list-style></office:styles>` +
    '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties ' +
    'fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" ' +
    'fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/></style:page-layout>' +
    '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" ' +
    'style:page-layout-name="pm1"/></office:master-styles></office:document-styles>';
  const meta = `${X}<office:document-meta ${NS}><office:meta><meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 ` +
    `LibreOffice_project/40$Build-2</meta:generator><dc:title>${esc(title)}</dc:title>` +
    `<meta:initial-creator>${esc(creator)}</meta:initial-creator></office:meta></office:document-meta>`;
  const manifest = `${X}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" ` +
    'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" ' +
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
    ["content.xml", "styles.xml", "meta.xml"].map((f) => `<manifest:file-entry manifest:full-path="${f}" ` +
      'manifest:media-type="text/xml"/>').join("") + "</manifest:manifest>";
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.text", { compression: "STORE" });
  zip.file("content.xml", content);
  zip.file("styles.xml", styles);
  zip.file("meta.xml", meta);
  zip.file("META-INF/manifest.xml", manifest);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}
