// 08's Word XML as Google Docs writes a .docx (File > Download > Microsoft Word): every run with explicit fonts and
// sizes (w:rFonts, w:sz, w:szCs, w:rtl 0), every paragraph with explicit spacing (before 0, line 276 auto) and
// indentation, booleans as w:val="1", table and cell widths as decimals ("9354.0"), tblLook 0600, no w:rsid; styles
// Normal, Heading1, Heading2, Title, Subtitle; one multi-level list ("%1." / "%1.%2." / "●" / "○" / …) and a
// second plain decimal list, each with its own abstractNum as Google writes them.
const FONT = "Times New Roman";
const RFONTS = `<w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`;

function runProps(inner) {
  const sz = /<w:sz w:val="(\d+)"\/>/.exec(inner)?.[1] ?? "26";
  return `<w:rPr>${RFONTS}${inner.includes("<w:b/>") ? '<w:b w:val="1"/>' : ""}` +
    `${inner.includes("<w:i/>") ? '<w:i w:val="1"/>' : ""}${inner.includes("<w:strike/>") ? '<w:strike w:val="1"/>' : ""}` +
    `<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:rtl w:val="0"/></w:rPr>`;
}

function paraProps(inner) {
  const style = /<w:pStyle w:val="[^"]+"\/>/.exec(inner)?.[0] ?? "";
  const numPr = /<w:numPr>.*?<\/w:numPr>/.exec(inner)?.[0] ?? "";
  const ilvl = Number(/<w:ilvl w:val="(\d)"\/>/.exec(numPr)?.[1] ?? 0);
  const after = /<w:spacing w:after="(\d+)"\/>/.exec(inner)?.[1] ?? "0";
  const jc = /<w:jc w:val="[^"]+"\/>/.exec(inner)?.[0] ?? "";
  const first = inner.includes("w:firstLine=") ? 567 : 0;
  const ind = numPr ? `<w:ind w:left="${720 * (ilvl + 1)}" w:hanging="360"/>` :
    `<w:ind w:left="0" w:right="0" w:firstLine="${first}"/>`;
  const keep = style ? '<w:keepNext w:val="0"/><w:keepLines w:val="0"/>' : "";
  return `<w:pPr>${style}${keep}${numPr}<w:spacing w:after="${after}" w:before="0" w:line="276" ` +
    `w:lineRule="auto"/>${ind}${jc}</w:pPr>`;
}

/** The kit's body XML rewritten as Google Docs writes it. */
export function googleBody(xml) {
  return xml
    .replace(/<w:rPr>(.*?)<\/w:rPr>/g, (_, inner) => runProps(inner))
    .replace(/<w:pPr>(.*?)<\/w:pPr>/g, (_, inner) => paraProps(inner))
    .replace(/<w:p\/>/g, `<w:p>${paraProps("")}</w:p>`)
    .replace(/<w:(tblW|tcW) w:w="(\d+)" w:type="dxa"\/>/g, '<w:$1 w:w="$2.0" w:type="dxa"/>')
    .replace(/<w:jc w:val="center"\/><w:tblBorders>/g, '<w:jc w:val="left"/><w:tblBorders>')
    .replace(/<\/w:tblPr>/g, '<w:tblLook w:val="0600"/></w:tblPr>');
}

const style = (id, name, ppr, rpr, type = "paragraph") =>
  `<w:style w:type="${type}" w:styleId="${id}"${id === "Normal" ? ' w:default="1"' : ""}><w:name w:val="${name}"/>` +
  `${id !== "Normal" && type === "paragraph" ? '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>' : ""}` +
  `<w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;

export const googleStyles = style("Normal", "normal", '<w:spacing w:after="0" w:before="0" w:line="276" ' +
  'w:lineRule="auto"/>', `${RFONTS}<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi"/>`) +
  style("Heading1", "heading 1", '<w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="120" ' +
    'w:before="240" w:line="276" w:lineRule="auto"/><w:outlineLvl w:val="0"/>', `${RFONTS}<w:b w:val="1"/>` +
    '<w:sz w:val="26"/><w:szCs w:val="26"/>') +
  style("Heading2", "heading 2", '<w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="80" ' +
    'w:before="120" w:line="276" w:lineRule="auto"/><w:outlineLvl w:val="1"/>', `${RFONTS}<w:b w:val="1"/>` +
    '<w:sz w:val="26"/><w:szCs w:val="26"/>') +
  style("Title", "Title", '<w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="60" w:before="0"/>',
    `${RFONTS}<w:sz w:val="52"/><w:szCs w:val="52"/>`) +
  style("Subtitle", "Subtitle", '<w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="320" ' +
    'w:before="0"/>', `${RFONTS}<w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/>`) +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr>' +
  '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="100" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>' +
  '<w:bottom w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>';

// Google's levels: the text, the format, the indent; levels 4-8 repeat the bullets as Google's defaults do.
const LEVELS = [["decimal", "%1."], ["decimal", "%1.%2."], ["bullet", "●"], ["bullet", "○"], ["bullet", "■"],
  ["bullet", "●"], ["bullet", "○"], ["bullet", "■"], ["bullet", "●"]];
// Google's default numbered list: 1. a. i. repeating.
const PLAIN = ["decimal", "lowerLetter", "lowerRoman", "decimal", "lowerLetter", "lowerRoman", "decimal", "lowerLetter",
  "lowerRoman"];
const lvl = (i, fmt, text) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>` +
  `<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (i + 1)}" w:hanging="360"/>` +
  `</w:pPr><w:rPr>${fmt === "bullet" ? "" : RFONTS}<w:u w:val="none"/></w:rPr></w:lvl>`;
export const googleNumbering =
  '<w:abstractNum w:abstractNumId="1">' + LEVELS.map(([f, t], i) => lvl(i, f, t)).join("") + "</w:abstractNum>" +
  '<w:abstractNum w:abstractNumId="2">' + PLAIN.map((f, i) => lvl(i, f, `%${i + 1}.`)).join("") + "</w:abstractNum>" +
  '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>';
