// author38b (08): the kit's content model written as a Word 2003 XML Document (WordprocessingML 2003, "Save as XML"
// in Word 2003/2007), as offices still keep under a .doc name: <?mso-application progid="Word.Document"?>,
// w:wordDocument (namespace …/office/word/2003/wordml), o:DocumentProperties, w:fonts, w:lists (w:listDef levels,
// w:list w:ilfo → w:ilst), w:styles, w:docPr, w:body/wx:sect. List paragraphs carry w:listPr (w:ilvl, w:ilfo) with
// Word's cached number in wx:t; tables w:gridSpan and w:vmerge; "\n" in a text is a w:br inside the paragraph.
import { clean } from "../../plan-corpus/author-kit/lib.mjs";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
// Word 2003 number formats (w:nfc): 0 decimal, 1 upper roman, 4 lower letter, 23 bullet
const KINDS = { roman: [1, "%1.", 0, 567], decimal: [0, "%1.", 0, 567], cell: [0, "%1", 0, 0],
  dash: [23, "-", 0, 567] };
const ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

export function toWordml2003(blocks, { author, created, title, company }) {
  const defs = Object.keys(KINDS);
  const lists = new Map();
  const counters = new Map();
  const listOf = (l) => {
    const k = `${l.kind}#${l.inst}`;
    if (!lists.has(k)) lists.set(k, { ilfo: lists.size + 1, def: defs.indexOf(l.kind) });
    counters.set(k, (counters.get(k) ?? 0) + 1);
    const n = counters.get(k);
    const [nfc, text] = KINDS[l.kind];
    const shown = nfc === 1 ? ROMAN[n] : nfc === 23 ? "-" : String(n);
    return { ilfo: lists.get(k).ilfo, wx: text.replace("%1", shown) };
  };
  const run = (text, { bold, italic, size = 26 }) => String(text).normalize("NFC").split("\n").map((t, i) =>
    `<w:r><w:rPr>${bold ? "<w:b/>" : ""}${italic ? "<w:i/>" : ""}<w:sz w:val="${size}"/><w:sz-cs w:val="${size}"/>` +
    `</w:rPr>${i ? "<w:br/>" : ""}<w:t>${esc(t)}</w:t></w:r>`).join("");
  const para = (b, cell = false) => {
    const lp = b.list ? listOf(b.list) : null;
    const jc = b.align ? `<w:jc w:val="${b.align === "justify" ? "both" : b.align}"/>` : "";
    const ind = b.indent === false || cell || b.align === "center" ? "" : '<w:ind w:first-line="567"/>';
    const listPr = lp ? `<w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="${lp.ilfo}"/><wx:t wx:val="${lp.wx}"/>` +
      '<wx:font wx:val="Times New Roman"/></w:listPr>' : "";
    const typed = b.num && !lp ? b.num + " " : "";
    const size = cell ? 24 : 26;
    return `<w:p><w:pPr>${listPr}<w:spacing w:before="0" w:after="${cell ? 0 : 100}"/>${lp ? "" : ind}${jc}</w:pPr>` +
      `${run(typed + clean(b.text ?? ""), { ...b, size })}</w:p>`;
  };
  const table = (b) => {
    const borders = b.borders === false ? "" : "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH",
      "insideV"].map((s) => `<w:${s} w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="000000"/>`)
      .join("") + "</w:tblBorders>";
    const rows = b.rows.map((row, ri) => {
      let col = 0;
      const hdr = ri < (b.header ?? 0);
      const cells = row.map((raw) => {
        const c = typeof raw === "string" ? { text: raw } : raw;
        const span = c.span ?? 1;
        const w = b.widths.slice(col, col + span).reduce((a, x) => a + x, 0);
        col += span;
        const pr = `<w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}` +
          (c.vm === "restart" ? '<w:vmerge w:val="restart"/>' : c.vm === "continue" ? "<w:vmerge/>" : "") +
          (c.vm ? '<w:vAlign w:val="center"/>' : "");
        const paras = c.paras ? c.paras.map((q) => para({ bold: c.bold ?? hdr, ...q }, true)) :
          [para({ text: c.list ? "" : c.vm === "continue" ? "" : c.text, list: c.list, bold: c.bold ?? hdr,
            italic: c.italic, align: c.align ?? (hdr ? "center" : undefined) }, true)];
        return `<w:tc><w:tcPr>${pr}</w:tcPr>${paras.join("")}</w:tc>`;
      }).join("");
      return `<w:tr>${hdr ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${cells}</w:tr>`;
    }).join("");
    return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>${borders}<w:tblLayout ` +
      'w:type="Fixed"/><w:tblLook w:val="01E0"/></w:tblPr><w:tblGrid>' +
      b.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("") + `</w:tblGrid>${rows}</w:tbl><w:p/>`;
  };
  const body = blocks.map((b) => (b.t === "table" ? table(b) : b.t === "br" ?
    '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' : b.t === "p" ? para(b) : "")).join("\n");
  const listDefs = defs.map((k, i) => {
    const [nfc, text, , first] = KINDS[k];
    return `<w:listDef w:listDefId="${i}"><w:lsid w:val="${(0x2f1a3c00 + i * 0x1111).toString(16).toUpperCase()}"/>` +
      '<w:plt w:val="SingleLevel"/><w:tmpl w:val="0409000F"/><w:lvl w:ilvl="0"><w:start w:val="1"/>' +
      `<w:nfc w:val="${nfc}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="${k === "cell" ? "center" : "left"}"/>` +
      `<w:pPr><w:ind w:left="0" w:first-line="${first}"/></w:pPr>${nfc === 23 ? '<w:rPr><w:rFonts ' +
        'w:ascii="Times New Roman" w:h-ansi="Times New Roman"/></w:rPr>' : ""}</w:lvl></w:listDef>`;
  }).join("");
  const listLinks = [...lists.values()].map((l) => `<w:list w:ilfo="${l.ilfo}"><w:ilst w:val="${l.def}"/></w:list>`)
    .join("");
  const TNR = '<w:font w:name="Times New Roman"><w:panose-1 w:val="02020603050405020304"/><w:charset w:val="00"/>' +
    '<w:family w:val="Roman"/><w:pitch w:val="variable"/><w:sig w:usb-0="E0002AFF" w:usb-1="C0007841" ' +
    'w:usb-2="00000009" w:usb-3="00000000" w:csb-0="000001FF" w:csb-1="00000000"/></w:font>';
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<?mso-application progid="Word.Document"?>\r\n' +
    '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" ' +
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" ' +
    'xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" ' +
    'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" ' +
    'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" ' +
    'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" ' +
    'w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" xml:space="preserve">' +
    `<w:ignoreElements w:val="http://schemas.microsoft.com/office/word/2003/wordml/sp2"/>` +
    `<o:DocumentProperties><o:Title>${esc(title)}</o:Title><o:Author>${esc(author)}</o:Author><o:LastAuthor>` +
    `${esc(author)}</o:LastAuthor><o:Revision>3</o:Revision><o:TotalTime>94</o:TotalTime><o:Created>${created}` +
    `</o:Created><o:LastSaved>${created}</o:LastSaved><o:Pages>3</o:Pages><o:Company>${esc(company)}</o:Company>` +
    "<o:Version>11.9999</o:Version></o:DocumentProperties>" +
    '<w:fonts><w:defaultFonts w:ascii="Times New Roman" w:fareast="Times New Roman" w:h-ansi="Times New Roman" ' +
    `w:cs="Times New Roman"/>${TNR}</w:fonts><w:lists>${listDefs}${listLinks}</w:lists>` +
    '<w:styles><w:versionOfBuiltInStylenames w:val="4"/><w:latentStyles w:defLockedState="off" ' +
    'w:latentStyleCount="156"/><w:style w:type="paragraph" w:default="on" w:styleId="Normal"><w:name ' +
    'w:val="Normal"/><w:rPr><wx:font wx:val="Times New Roman"/><w:sz w:val="26"/><w:sz-cs w:val="26"/><w:lang ' +
    'w:val="EN-US" w:fareast="EN-US" w:bidi="AR-SA"/></w:rPr></w:style><w:style w:type="character" ' +
    'w:default="on" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:semiHidden/>' +
    '</w:style><w:style w:type="table" w:default="on" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
    '<wx:uiName wx:val="Table Normal"/><w:semiHidden/><w:rPr><wx:font wx:val="Times New Roman"/></w:rPr><w:tblPr>' +
    '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="list" w:default="on" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>' +
    '</w:styles><w:docPr><w:view w:val="print"/><w:zoom w:percent="100"/><w:doNotEmbedSystemFonts/>' +
    '<w:defaultTabStop w:val="720"/><w:punctuationKerning/><w:characterSpacingControl w:val="DontCompress"/>' +
    '<w:optimizeForBrowser/><w:validateAgainstSchema/><w:saveInvalidXML w:val="off"/><w:ignoreMixedContent ' +
    'w:val="off"/><w:alwaysShowPlaceholderText w:val="off"/><w:compat><w:breakWrappedTables/><w:snapToGridInCell/>' +
    "<w:wrapTextWithPunct/><w:useAsianBreakRules/><w:dontGrowAutofit/></w:compat></w:docPr>" +
    `<w:body><wx:sect>\n${body}\n<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" ` +
    'w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/><w:cols w:space="720"/>' +
    "</w:sectPr></wx:sect></w:body></w:wordDocument>\r\n";
}
