// Word FOOTNOTES and a first section of another orientation over the kit's two-list build, which buildTwo does not
// pass (authors 46b and 48a each wrote this; folded in after set 48). A footnote is the marker ⟦fn:N⟧ in a text: both
// Word files get a real footnote (word/footnotes.xml, a superscript w:footnoteReference); plan.txt shows "[^N]" at the
// mark and the notes after the text as "[^N]: …", as a copy of a Word file with footnotes is written in this corpus.
// A {t:"sect"} block ends a portrait body; the last section takes `landscape`.
import fs from "node:fs";
import path from "node:path";
import { ownLists } from "./two.mjs";
import { toDocx, toText, pdf } from "./lib.mjs";
import { writeExpected } from "./answers.mjs";

const FN = /⟦fn:(\d+)⟧/g;
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";

/** Word parts for footnotes `notes` ({N: text}): the kit's toDocx `extra`. */
function footExtra(notes) {
  const note = ([n, text]) => `<w:footnote w:id="${n}"><w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="both"/>` +
    '</w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r>' +
    `<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> ${esc(text)}</w:t></w:r></w:p></w:footnote>`;
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + `<w:footnotes ${W}>` +
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>' +
    "</w:footnote>" + Object.entries(notes).map(note).join("") + "</w:footnotes>";
  // The marker sits inside a w:t of the kit's run: close it, write the reference run, reopen a run like it.
  const mark = '</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="26"/></w:rPr>' +
    '<w:footnoteReference w:id="$1"/></w:r><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">';
  return {
    types: `<Override PartName="/word/footnotes.xml" ContentType="${CT}"/>`,
    rels: `<Relationship Id="rId9" Type="${REL}" Target="footnotes.xml"/>`,
    parts: { "word/footnotes.xml": xml },
    transform: (body) => body.replace(FN, mark),
  };
}

/** The typed blocks with footnote markers as plan.txt writes them ("[^N]"), in paragraphs and table cells. */
function marked(blocks) {
  const fix = (s) => (typeof s === "string" ? s.replace(FN, "[^$1]") : s);
  const cell = (c) => (typeof c === "string" ? fix(c) : { ...c, text: fix(c.text) });
  return blocks.map((b) => (b.t === "table" ? { ...b, rows: b.rows.map((r) => r.map(cell)) } :
    b.text ? { ...b, text: fix(b.text) } : b));
}

/** plan.txt + plan-typed.docx from `typed`, plan-auto.docx + plan.pdf from `auto`, expected.json; footnotes. */
export async function buildNoted(dir, { typed, auto = typed, expected, landscape = false, notes = {} }) {
  fs.mkdirSync(dir, { recursive: true });
  const has = Object.keys(notes).length > 0;
  const tail = has ? "\n" + Object.entries(notes).map(([n, t]) => `[^${n}]: ${t}`).join("\n") + "\n" : "";
  fs.writeFileSync(path.join(dir, "plan.txt"), (toText(marked(typed)).replace(/\n+$/, "\n") + tail).normalize("NFC"));
  const extra = has ? footExtra(notes) : {};
  await toDocx(typed, path.join(dir, "plan-typed.docx"), { auto: false, landscape, extra });
  await toDocx(auto, path.join(dir, "plan-auto.docx"), { auto: true, landscape, extra });
  await ownLists(path.join(dir, "plan-auto.docx"));
  pdf(dir, "libreoffice", auto);
  writeExpected(dir, expected);
}
