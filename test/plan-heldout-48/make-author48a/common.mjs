// Helpers shared by author48a's generators (set 48, documents 01-04), on the authors' kit (two.mjs, lib.mjs,
// answers.mjs): the kit's paragraphs and headings, list-item makers, and `buildDoc`, the kit's two-list build
// (plan.txt and plan-typed.docx from the typed list, plan-auto.docx and plan.pdf from the Word one, every Word list
// its own numbering definition) with what buildTwo does not pass: Word FOOTNOTES and a first section of another
// orientation (a {t:"sect"} block ends the portrait body; the last section, the appendix, is landscape).
// A footnote is the marker ⟦fn:N⟧ in a paragraph's text: both Word files get a real footnote (word/footnotes.xml and
// a superscript w:footnoteReference); plan.txt shows "[^N]" at the mark and the notes after the text as "[^N]: …".
import fs from "node:fs";
import path from "node:path";
import { P, ownLists } from "../../plan-corpus/author-kit/two.mjs";
import { toDocx, toText, pdf } from "../../plan-corpus/author-kit/lib.mjs";
import { writeExpected } from "../../plan-corpus/author-kit/answers.mjs";

export { P, H, L } from "../../plan-corpus/author-kit/two.mjs";

/** A maker of numbered paragraphs of one Word list (kind, inst): item(num, text). */
export const lister = (kind, inst, o = {}) => (num, text, o2 = {}) =>
  P(text, { num, list: { kind, inst }, ...o, ...o2 });

/** A dash paragraph ("- …"), a Word bullet list in plan-auto.docx. */
export const dash = (text, o = {}) => P(text, { num: "-", list: { kind: "dash", inst: "dash" }, ...o });

const FN = /⟦fn:(\d+)⟧/g;
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";

/** The kit's toDocx `extra` for footnotes `notes` ({N: text}). */
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

/** The typed blocks with footnote markers as plan.txt writes them ("[^N]"). */
function marked(blocks) {
  const fix = (s) => (typeof s === "string" ? s.replace(FN, "[^$1]") : s);
  return blocks.map((b) => (b.t === "p" ? { ...b, text: fix(b.text) } : b));
}

/** plan.txt + plan-typed.docx from `typed`, plan-auto.docx + plan.pdf from `auto`, expected.json. */
export async function buildDoc(dir, { typed, auto = typed, expected, landscape = false, notes = {} }) {
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
