// Helpers shared by author43a's generators: paragraphs and headings in the kit's content model, the Căn cứ lines,
// and a build whose plan.txt and plan-typed.docx carry a vertically merged cell's text in every row it spans (as a
// clerk retyping the table writes it) while plan-auto.docx (and the PDF, LibreOffice's print of it, and the office
// copies made from it) keeps Word's merged cell.
import fs from "node:fs";
import path from "node:path";
import { writeExpected } from "../../plan-corpus/author-kit/answers.mjs";
import { toDocx, toText, pdf } from "../../plan-corpus/author-kit/lib.mjs";

export const P = (text, o = {}) => ({ t: "p", align: "justify", text, ...o });
export const H = (num, text, o = {}) => ({ t: "p", num, text, bold: true, indent: false, ...o });
export const CC = (text) => P(text, { italic: true });

/** A numbered paragraph: typed number `num`, Word list {kind, inst} in plan-auto.docx. */
export const N = (num, kind, inst, text, o = {}) => P(text, { num, list: { kind, inst }, ...o });

const cellsOf = (blocks, fn) => blocks.map((b) => (b.t !== "table" ? b : {
  ...b, rows: b.rows.map((row) => row.map((c) => (typeof c === "object" && c.vm ? fn(c) : c))),
}));

/** Merged cells written out: every row its own copy of the text, no w:vMerge. */
export const flat = (blocks) => cellsOf(blocks, ({ vm: _vm, ...c }) => c);
/** Merged cells as Word keeps them: the text in the first row, the rows below continue the merge, empty. */
export const merged = (blocks) => cellsOf(blocks, (c) => (c.vm === "continue" ? { ...c, text: "" } : c));

/** The kit's build with merged cells only in plan-auto.docx (and so in the PDF and the LibreOffice copies). */
export async function buildMerged(dir, { blocks, expected, landscape }) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "plan.txt"), toText(flat(blocks)).normalize("NFC"));
  await toDocx(flat(blocks), path.join(dir, "plan-typed.docx"), { auto: false, landscape });
  await toDocx(merged(blocks), path.join(dir, "plan-auto.docx"), { auto: true, landscape });
  pdf(dir, "libreoffice", blocks);
  writeExpected(dir, expected);
}
