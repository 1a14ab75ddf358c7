// author41a: an .xlsx package as Google Sheets' "Download > Microsoft Excel" writes it, by hand with JSZip, from
// the sheet model of sheet.mjs (one sheet). What marks it as Google's: every text a shared string (sharedStrings.xml
// with count/uniqueCount), its own styles.xml (Arial 10 "10.0", numFmt 164 for dates, xf attributes in
// alphabetical order, alignment readingOrder="0"), no theme, no docProps, the sheet at rId3 (styles rId1, shared
// strings rId2), numbers written as doubles ("1.0"), checkboxes as boolean cells (t="b", 1/0), a frozen header
// (pane ySplit), sheetFormatPr defaultColWidth 12.63 / defaultRowHeight 15.75, list validations with the items
// inline (formula1 "a,b,c").
// cell.s names a style: title, head, italic, th, text, num, date, bool (default: plain).
import JSZip from "jszip";
import { layout } from "../../plan-corpus/author-kit/sheet.mjs";

const STYLES = ["plain", "title", "head", "italic", "th", "text", "num", "date", "bool"];
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac"';
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const colName = (n) => (n > 26 ? String.fromCharCode(64 + Math.floor((n - 1) / 26)) : "") +
  String.fromCharCode(65 + ((n - 1) % 26));
const serial = (d) => Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
const dbl = (n) => (Number.isInteger(n) ? `${n}.0` : String(n));

const font = (o = {}) => `<font>${o.b ? "<b/>" : ""}${o.i ? "<i/>" : ""}<sz val="${o.sz ?? "10.0"}"/>` +
  '<color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>';
const BLACK = '<color rgb="FF000000"/>';
const BORDER = `<border><left style="thin">${BLACK}</left><right style="thin">${BLACK}</right><top style="thin">` +
  `${BLACK}</top><bottom style="thin">${BLACK}</bottom></border>`;
function xf({ font: f = 0, fill = 0, border = 0, fmt = 0, h, v = "bottom", wrap = 0 }) {
  const apply = [fmt ? ' applyNumberFormat="1"' : "", border ? ' applyBorder="1"' : "", ' applyFont="1"',
    fill ? ' applyFill="1"' : "", ' applyAlignment="1"'].join("");
  return `<xf borderId="${border}" fillId="${fill}" fontId="${f}" numFmtId="${fmt}" xfId="0"${apply}>` +
    `<alignment${h ? ` horizontal="${h}"` : ""} readingOrder="0" shrinkToFit="0" vertical="${v}" ` +
    `wrapText="${wrap}"/></xf>`;
}
const CELLXFS = [
  xf({}),
  xf({ font: 1, h: "center", v: "center" }),
  xf({ font: 2, h: "center", v: "center", wrap: 1 }),
  xf({ font: 3, h: "center", v: "center" }),
  xf({ font: 1, fill: 2, border: 1, h: "center", v: "center", wrap: 1 }),
  xf({ border: 1, v: "top", wrap: 1 }),
  xf({ border: 1, h: "center", v: "top" }),
  xf({ border: 1, fmt: 164, h: "center", v: "top" }),
  xf({ border: 1, h: "center", v: "center" }),
];
// LibreOffice shows a boolean cell as 1 / 0 unless it is the row's last cell; the copy printed to plan.pdf gives the
// checkbox cells a format that shows them as the sheet does (TRUE / FALSE).
const PRINTED_BOOL = xf({ border: 1, fmt: 165, h: "center", v: "center" });
const stylesXml = (printed) => XML + `<styleSheet xmlns="${MAIN}" ${MC}><numFmts count="${printed ? 2 : 1}">` +
  '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>' +
  (printed ? '<numFmt numFmtId="165" formatCode="&quot;TRUE&quot;;&quot;TRUE&quot;;&quot;FALSE&quot;"/>' : "") +
  '</numFmts><fonts count="4">' + font() + font({ b: 1 }) + font({ b: 1, sz: "12.0" }) +
  font({ i: 1 }) + '</fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill ' +
  'patternType="lightGray"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9EAD3"/><bgColor ' +
  'rgb="FFD9EAD3"/></patternFill></fill></fills><borders count="2"><border/>' + BORDER + "</borders>" +
  '<cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" applyFont="1"/>' +
  `</cellStyleXfs><cellXfs count="${CELLXFS.length}">${(printed ? [...CELLXFS.slice(0, -1), PRINTED_BOOL] : CELLXFS)
    .join("")}</cellXfs><cellStyles count="1">` +
  '<cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>';

/**
 * The package's bytes. sheet: {name, widths, rows, freeze (rows above the pane), lists: [{cells, items}],
 * landscape}. Returns a Buffer. printed: the copy for LibreOffice's print (booleans formatted TRUE / FALSE).
 */
export async function googleXlsx(sheet, when, printed = false) {
  const strings = [];
  const index = new Map();
  const sst = (t) => {
    if (!index.has(t)) index.set(t, strings.push(t) - 1);
    return index.get(t);
  };
  let refs = 0;
  const merges = [];
  const rowsXml = layout(sheet).map((placed, ri) => {
    const r = ri + 1;
    const cells = placed.map((c) => {
      const ref = `${colName(c.col)}${r}`;
      if (c.across || c.down) merges.push(`${ref}:${colName(c.col + (c.across ?? 0))}${r + (c.down ?? 0)}`);
      const s = STYLES.indexOf(c.s ?? (c.v instanceof Date ? "date" : "plain"));
      const sa = s ? ` s="${s}"` : "";
      if (c.v === "" || c.v === null || c.v === undefined) return `<c r="${ref}"${sa}/>`;
      if (typeof c.v === "boolean") return `<c r="${ref}"${sa} t="b"><v>${c.v ? 1 : 0}</v></c>`;
      if (c.v instanceof Date) return `<c r="${ref}"${sa}><v>${dbl(serial(c.v))}</v></c>`;
      if (typeof c.v === "number") return `<c r="${ref}"${sa}><v>${dbl(c.v)}</v></c>`;
      refs++;
      return `<c r="${ref}"${sa} t="s"><v>${sst(String(c.v).normalize("NFC"))}</v></c>`;
    });
    const ht = sheet.rows[ri].height ? ` ht="${sheet.rows[ri].height}" customHeight="1"` : "";
    return `<row r="${r}"${ht}>${cells.join("")}</row>`;
  });
  const f = sheet.freeze;
  const view = f ? `<pane ySplit="${f}.0" topLeftCell="A${f + 1}" activePane="bottomLeft" state="frozen"/>` +
    `<selection activeCell="B${f + 2}" sqref="B${f + 2}" pane="bottomLeft"/>` : "";
  const validations = (sheet.lists ?? []).map((l) => '<dataValidation type="list" allowBlank="1" ' +
    `showErrorMessage="1" sqref="${l.cells}"><formula1>"${esc(l.items.join(","))}"</formula1></dataValidation>`);
  const sheetXml = XML + `<worksheet xmlns="${MAIN}" xmlns:r="${REL}" ${MC}><sheetPr><outlinePr summaryBelow="0" ` +
    `summaryRight="0"/><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0">${view}` +
    '</sheetView></sheetViews><sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/>' +
    "<cols>" + sheet.widths.map((w, i) => `<col customWidth="1" min="${i + 1}" max="${i + 1}" width="${w}"/>`)
    .join("") + `</cols><sheetData>${rowsXml.join("")}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`)
      .join("")}</mergeCells>` : "") +
    (validations.length ? `<dataValidations>${validations.join("")}</dataValidations>` : "") +
    `<pageSetup paperSize="9" orientation="${sheet.landscape ? "landscape" : "portrait"}" fitToHeight="0"/>` +
    "</worksheet>";
  const parts = {
    "[Content_Types].xml": XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default ContentType="application/xml" Extension="xml"/><Default ContentType="application/vnd.' +
      'openxmlformats-package.relationships+xml" Extension="rels"/>' +
      `<Override ContentType="${CT}.worksheet+xml" PartName="/xl/worksheets/sheet1.xml"/>` +
      `<Override ContentType="${CT}.sharedStrings+xml" PartName="/xl/sharedStrings.xml"/>` +
      `<Override ContentType="${CT}.styles+xml" PartName="/xl/styles.xml"/>` +
      `<Override ContentType="${CT}.sheet.main+xml" PartName="/xl/workbook.xml"/></Types>`,
    "_rels/.rels": XML + `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" ` +
      'Target="xl/workbook.xml"/></Relationships>',
    "xl/_rels/workbook.xml.rels": XML + `<Relationships xmlns="${PKG}">` +
      `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/workbook.xml": XML + `<workbook xmlns="${MAIN}" xmlns:r="${REL}" ${MC}><workbookPr/><sheets>` +
      `<sheet state="visible" name="${esc(sheet.name)}" sheetId="1" r:id="rId3"/></sheets><definedNames/>` +
      "<calcPr/></workbook>",
    "xl/styles.xml": stylesXml(printed),
    "xl/sharedStrings.xml": XML + `<sst xmlns="${MAIN}" count="${refs}" uniqueCount="${strings.length}">` +
      strings.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join("") + "</sst>",
    "xl/worksheets/sheet1.xml": sheetXml,
  };
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text, { date: when, createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

