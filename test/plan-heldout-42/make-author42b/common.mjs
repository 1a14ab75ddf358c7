// Helpers shared by author42b's generators: paragraphs and headings in the kit's content model, dd/mm/yyyy of
// an ISO day, and a build that gives plan-typed.docx and plan-auto.docx different Word transforms (08).
import fs from "node:fs";
import path from "node:path";
import { writeExpected } from "../../plan-corpus/author-kit/answers.mjs";
import { toDocx, toText, pdf } from "../../plan-corpus/author-kit/lib.mjs";

export const P = (text, o = {}) => ({ t: "p", align: "justify", text, ...o });
export const H = (num, text, o = {}) => ({ t: "p", num, text, bold: true, indent: false, ...o });

/** dd/mm/yyyy of an ISO day. */
export const vn = (s) => `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;

/**
 * The kit's build, with one Word extra per file: `typed` for plan-typed.docx, `auto` for plan-auto.docx (each may
 * carry its own transform of the ⟦…⟧ markers); plan.pdf is LibreOffice's print of plan-auto.docx, or what `print`
 * (an async function of the PDF's path) writes.
 */
export async function buildSplit(dir, { blocks, expected, typed, auto, print }) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "plan.txt"), toText(blocks).normalize("NFC"));
  await toDocx(blocks, path.join(dir, "plan-typed.docx"), { auto: false, extra: typed });
  await toDocx(blocks, path.join(dir, "plan-auto.docx"), { auto: true, extra: auto });
  if (print) await print(path.join(dir, "plan.pdf"));
  else pdf(dir, "libreoffice", blocks);
  writeExpected(dir, expected);
}
