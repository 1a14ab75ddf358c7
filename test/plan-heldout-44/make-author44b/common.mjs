// Helpers shared by author44b's generators: paragraphs and headings in the kit's content model, and a build that
// writes plan-typed.docx (and plan.txt) from one block list and plan-auto.docx (and plan.pdf) from another, for a
// table that the typed file repeats cell by cell and the Word file merges (08).
// plan-auto.docx gets one abstractNum per list (no w:lvlOverride/w:startOverride): the kit's overrides came back
// from LibreOffice's .doc copy with every list's second item restarting at 1 or a) (sets 42 and 43 show it too).
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { writeExpected } from "../../plan-corpus/author-kit/answers.mjs";
import { toDocx, toText, pdf } from "../../plan-corpus/author-kit/lib.mjs";

export const P = (text, o = {}) => ({ t: "p", align: "justify", text, ...o });
export const H = (num, text, o = {}) => ({ t: "p", num, text, bold: true, indent: false, ...o });

/** Each w:num of a docx pointed at its own copy of its abstractNum, without overrides (lists start at 1). */
export async function ownLists(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("word/numbering.xml").async("string");
  const abs = new Map([...xml.matchAll(/<w:abstractNum w:abstractNumId="(\d+)">[\s\S]*?<\/w:abstractNum>/g)]
    .map((m) => [m[1], m[0]]));
  const nums = [...xml.matchAll(/<w:num w:numId="(\d+)"><w:abstractNumId w:val="(\d+)"\/>[\s\S]*?<\/w:num>/g)];
  const own = nums.map(([, , a], i) => abs.get(a).replace(/w:abstractNumId="\d+"/, `w:abstractNumId="${i}"`));
  const body = own.join("") + nums.map(([, id], i) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${i}"/></w:num>`)
    .join("");
  zip.file("word/numbering.xml", xml.replace(/(<w:numbering [^>]*>)[\s\S]*(<\/w:numbering>)/, `$1${body}$2`));
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

/** The kit's build with two block lists: `typed` (plan.txt, plan-typed.docx) and `auto` (plan-auto.docx, PDF). */
export async function buildTwo(dir, { typed, auto = typed, expected, printer = "libreoffice" }) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "plan.txt"), toText(typed).normalize("NFC"));
  await toDocx(typed, path.join(dir, "plan-typed.docx"), { auto: false });
  await toDocx(auto, path.join(dir, "plan-auto.docx"), { auto: true });
  await ownLists(path.join(dir, "plan-auto.docx"));
  pdf(dir, printer, auto);
  writeExpected(dir, expected);
}
