// The two-list build with Word page furniture, folded in after set 50: author49b wrote it for documents 05-08
// (`buildPaged`). The kit's two-list build (two.mjs) passes no `extra` to toDocx; this one adds Word HEADER and FOOTER
// parts: the page number at the top centre from page 2 on (Decree 30/2020: w:titlePg with an empty first-page header,
// a PAGE field), and an optional running footer (a line of text or the file's name as typed), as offices' Word files
// carry them. plan.txt has none of the page furniture (a copy of the text as typed). The PDF printer is passed through.
import fs from "node:fs";
import path from "node:path";
import { writeExpected } from "./answers.mjs";
import { toDocx, toText, pdf } from "./lib.mjs";
import { ownLists } from "./two.mjs";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const field = (instr, shown, rPr, lock = false) => `<w:r>${rPr}<w:fldChar w:fldCharType="begin"${lock ? ' w:fldLock="true"' : ""}/></w:r>` +
  `<w:r>${rPr}<w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
  `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr}<w:t>${esc(shown)}</w:t></w:r>` +
  `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`;

/**
 * Word parts for the page furniture: `page` puts a centred PAGE field at the top of every page but the first;
 * `footer` is {text} (a plain running line) or {filename: "shown name"} (the file's path as the clerk put it in the
 * footer, 8 pt: typed, not a FILENAME field, which LibreOffice's print would fill with this machine's path), on every
 * page (`footerFirst: true`) or from page 2. `headerText` adds a running line in the header (right), from page 2.
 */
export function furniture({ page = true, footer, footerFirst = true, headerText } = {}) {
  const parts = {};
  let rels = "", types = "", refs = "";
  const add = (kind, id, xml, type) => {
    const name = `${kind}${id}.xml`;
    parts[`word/${name}`] = x + xml;
    rels += `<Relationship Id="rIdH${id}" Type="${REL}${kind}" Target="${name}"/>`;
    types += `<Override PartName="/word/${name}" ContentType="${CT}${kind}+xml"/>`;
    refs += `<w:${kind}Reference w:type="${type}" r:id="rIdH${id}"/>`;
  };
  const sz = (n, it = false) => `<w:rPr>${it ? "<w:i/>" : ""}<w:sz w:val="${n}"/></w:rPr>`;
  const pageP = page ? `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${field("PAGE", "2", sz(26))}</w:p>` : "";
  const runHead = headerText ? `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/>` +
    `</w:pBdr><w:jc w:val="right"/></w:pPr><w:r>${sz(20, true)}<w:t xml:space="preserve">${esc(headerText)}</w:t></w:r></w:p>` : "";
  add("header", 1, `<w:hdr ${W}>${pageP}${runHead}${pageP || runHead ? "" : "<w:p/>"}</w:hdr>`, "default");
  add("header", 2, `<w:hdr ${W}><w:p/></w:hdr>`, "first");
  if (footer) {
    const body = footer.filename ? `<w:r>${sz(16)}<w:t xml:space="preserve">${esc(footer.filename)}</w:t></w:r>` :
      `<w:r>${sz(18, true)}<w:t xml:space="preserve">${esc(footer.text)}</w:t></w:r>`;
    const fp = `<w:p><w:pPr><w:jc w:val="${footer.align ?? "left"}"/></w:pPr>${body}</w:p>`;
    add("footer", 3, `<w:ftr ${W}>${fp}</w:ftr>`, "default");
    add("footer", 4, `<w:ftr ${W}>${footerFirst ? fp : "<w:p/>"}</w:ftr>`, "first");
  }
  return { parts, rels, types, sect: refs, sectTail: "<w:titlePg/>" };
}

/** plan.txt + plan-typed.docx from `typed`, plan-auto.docx + plan.pdf from `auto`, expected.json; page furniture. */
export async function buildPaged(dir, { typed, auto = typed, expected, printer = "libreoffice", css, page = {} }) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "plan.txt"), toText(typed).normalize("NFC"));
  const extra = furniture(page);
  await toDocx(typed, path.join(dir, "plan-typed.docx"), { auto: false, extra });
  await toDocx(auto, path.join(dir, "plan-auto.docx"), { auto: true, extra });
  await ownLists(path.join(dir, "plan-auto.docx"));
  pdf(dir, printer, auto, css);
  writeExpected(dir, expected);
}
