// author40b (08): a LibreOffice Writer FLAT ODF text (.fodt): one XML file, <office:document
// office:mimetype="application/vnd.oasis.opendocument.text">, meta, fonts, styles (Heading 1/2 numbered by the
// outline style text:outline-style: I., II. / 1., 2.), automatic styles and the body inline. Body items:
// {h: level, text} a heading numbered by the outline (no number in its text); {p: text, center, bold, italic};
// {bullets: [text]} a text:list of "-" items; {table: {cols: [cm], rows: [[cell]], header: 1, plain}} where a cell is
// a string or {text, rows (table:number-rows-spanned), covered: true}; text may hold the change marker
// ⟪old→new⟫, written as a tracked deletion of old and insertion of new (text:tracked-changes).
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" ' +
  'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"';

export function toFodt(items, { author, date, changeBy, changeAt, title }) {
  const changes = [];
  const inline = (s) => esc(String(s).normalize("NFC")).replace(/⟪([^→⟫]*)→([^⟫]*)⟫/g, (_, old, neu) => {
    const d = `ct${changes.length + 1}`, i = `ct${changes.length + 2}`;
    const info = `<office:change-info><dc:creator>${esc(changeBy)}</dc:creator><dc:date>${changeAt}</dc:date>` +
      "</office:change-info>";
    changes.push(`<text:changed-region xml:id="${d}" text:id="${d}"><text:deletion>${info}<text:p ` +
      `text:style-name="Table_20_Contents">${old}</text:p></text:deletion></text:changed-region>`,
    `<text:changed-region xml:id="${i}" text:id="${i}"><text:insertion>${info}</text:insertion></text:changed-region>`);
    return `<text:change text:change-id="${d}"/><text:change-start text:change-id="${i}"/>${neu}` +
      `<text:change-end text:change-id="${i}"/>`;
  }).replace(/\n/g, "<text:line-break/>");
  let tn = 0;
  const body = items.map((it) => {
    if (it.h) return `<text:h text:style-name="Heading_20_${it.h}" text:outline-level="${it.h}">${inline(it.text)}</text:h>`;
    if (it.bullets) return '<text:list text:style-name="L1">' + it.bullets.map((b) =>
      `<text:list-item><text:p text:style-name="P_list">${inline(b)}</text:p></text:list-item>`).join("") + "</text:list>";
    if (it.table) {
      const t = it.table, name = `Table${++tn}`, cell = t.plain ? "CellPlain" : "CellBox";
      const cols = t.cols.map((_, k) => `<table:table-column table:style-name="${name}.C${k}"/>`).join("");
      const rows = t.rows.map((r, ri) => "<table:table-row>" + r.map((c0) => {
        const c = typeof c0 === "string" ? { text: c0 } : c0;
        if (c.covered) return "<table:covered-table-cell/>";
        const ps = ri < (t.header ?? 0) ? "Table_20_Heading" : c.center ? "P_center" : "Table_20_Contents";
        return `<table:table-cell table:style-name="${cell}"${c.rows ? ` table:number-rows-spanned="${c.rows}"` : ""} ` +
          `office:value-type="string">` + String(c.text).split("\n").map((l) =>
          `<text:p text:style-name="${c.bold ? "P_bold_center" : ps}">${inline(l)}</text:p>`).join("") +
          "</table:table-cell>";
      }).join("") + "</table:table-row>").join("");
      const auto = `<style:style style:name="${name}" style:family="table"><style:table-properties ` +
        `style:width="${t.cols.reduce((a, x) => a + x, 0).toFixed(2)}cm" table:align="center"/></style:style>` +
        t.cols.map((w, k) => `<style:style style:name="${name}.C${k}" style:family="table-column">` +
          `<style:table-column-properties style:column-width="${w}cm"/></style:style>`).join("");
      it.auto = auto;
      return `<table:table table:name="${name}" table:style-name="${name}">${cols}${rows}</table:table>`;
    }
    const st = it.center ? (it.bold ? "P_bold_center" : it.italic ? "P_italic_center" : "P_center") :
      it.bold ? "P_bold" : "Text_20_body";
    return `<text:p text:style-name="${st}">${inline(it.p)}</text:p>`;
  }).join("");
  const autos = items.filter((it) => it.auto).map((it) => it.auto).join("");
  const pstyle = (name, p = "", t = "", parent = "Standard") => `<style:style style:name="${name}" ` +
    `style:family="paragraph" style:parent-style-name="${parent}"><style:paragraph-properties ${p}/>` +
    `<style:text-properties ${t}/></style:style>`;
  const lvl = (n, fmt, suffix) => `<text:outline-level-style text:level="${n}" style:num-format="${fmt}" ` +
    `style:num-suffix="${suffix}"><style:list-level-properties text:list-level-position-and-space-mode=` +
    '"label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" ' +
    'fo:margin-left="0cm"/></style:list-level-properties></text:outline-level-style>';
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">` +
    `<office:meta><meta:initial-creator>${esc(author)}</meta:initial-creator><meta:creation-date>${date}` +
    `</meta:creation-date><dc:title>${esc(title)}</dc:title><dc:creator>${esc(changeBy)}</dc:creator><dc:date>` +
    `${changeAt}</dc:date><meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525` +
    "a17fb7a176ed8e6a3e2aa1</meta:generator></office:meta>" +
    '<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" ' +
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" style:font-family-generic="roman"/>' +
    "</office:font-face-decls><office:styles>" +
    '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" ' +
    'fo:font-size="13pt" fo:language="vi" fo:country="VN"/></style:default-style>' +
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>' +
    pstyle("Text_20_body", 'fo:margin-bottom="0.16cm" fo:text-align="justify" fo:text-indent="1cm"') +
    pstyle("Heading", 'fo:margin-top="0.2cm" fo:margin-bottom="0.16cm" fo:keep-with-next="always"', 'fo:font-weight="bold"') +
    `<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" ` +
    'style:parent-style-name="Heading" style:default-outline-level="1"><style:paragraph-properties ' +
    'fo:text-indent="1cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>' +
    `<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" ` +
    'style:parent-style-name="Heading" style:default-outline-level="2"><style:paragraph-properties ' +
    'fo:text-indent="1cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>' +
    pstyle("Table_20_Contents", "", 'fo:font-size="12pt"') +
    pstyle("Table_20_Heading", 'fo:text-align="center"', 'fo:font-size="12pt" fo:font-weight="bold"', "Table_20_Contents") +
    `<text:outline-style style:name="Outline">${lvl(1, "I", ".")}${lvl(2, "1", ".")}</text:outline-style>` +
    "</office:styles><office:automatic-styles>" +
    pstyle("P_center", 'fo:text-align="center"') + pstyle("P_bold", "", 'fo:font-weight="bold"') +
    pstyle("P_bold_center", 'fo:text-align="center"', 'fo:font-weight="bold"') +
    pstyle("P_italic_center", 'fo:text-align="center"', 'fo:font-style="italic"') +
    pstyle("P_list", 'fo:text-align="justify"', "", "Text_20_body") +
    '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="-">' +
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">' +
    '<style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="1cm"/>' +
    "</style:list-level-properties></text:list-level-style-bullet></text:list-style>" +
    '<style:style style:name="CellBox" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" ' +
    'fo:border="0.5pt solid #000000"/></style:style><style:style style:name="CellPlain" style:family="table-cell">' +
    '<style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>' + autos +
    '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" ' +
    'fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/>' +
    "</style:page-layout></office:automatic-styles><office:master-styles><style:master-page " +
    'style:name="Standard" style:page-layout-name="pm1"/></office:master-styles><office:body><office:text>' +
    `<text:tracked-changes text:track-changes="true">${changes.join("")}</text:tracked-changes>${body}` +
    "</office:text></office:body></office:document>\n";
}
