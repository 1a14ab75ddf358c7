// Helpers shared by author45a's generators (set 45, documents 01-04): paragraphs and headings in the kit's content
// model, and a build writing plan.txt and plan-typed.docx from one block list, plan-auto.docx and plan.pdf from
// another (the Word file merges cells that the typed file repeats).
// As author44b found, the kit's w:num overrides (startOverride) come back from LibreOffice's .doc copy with the
// second item of each list restarting ("a) a) b)"); so every Word list of plan-auto.docx gets its own abstractNum
// here, with no override.
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { writeExpected } from "../../plan-corpus/author-kit/answers.mjs";
import { toDocx, toText, pdf } from "../../plan-corpus/author-kit/lib.mjs";

/** A justified body paragraph. */
export const P = (text, o = {}) => ({ t: "p", align: "justify", text, ...o });
/** A bold heading, no first-line indent. */
export const H = (num, text, o = {}) => ({ t: "p", num, text, bold: true, indent: false, ...o });
/** A numbered paragraph of one Word list (kind, inst). */
export const L = (num, text, kind, inst, o = {}) => P(text, { num, list: { kind, inst }, ...o });

/** Gives each w:num of the docx its own copy of its abstractNum and drops the overrides. */
export async function ownLists(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("word/numbering.xml").async("string");
  const abs = new Map([...xml.matchAll(/<w:abstractNum w:abstractNumId="(\d+)">[\s\S]*?<\/w:abstractNum>/g)]
    .map((m) => [m[1], m[0]]));
  const nums = [...xml.matchAll(/<w:num w:numId="(\d+)"><w:abstractNumId w:val="(\d+)"\/>[\s\S]*?<\/w:num>/g)];
  const own = nums.map(([, , a], i) => abs.get(a).replace(/w:abstractNumId="\d+"/, `w:abstractNumId="${i}"`));
  const body = own.join("") +
    nums.map(([, id], i) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${i}"/></w:num>`).join("");
  zip.file("word/numbering.xml", xml.replace(/(<w:numbering [^>]*>)[\s\S]*(<\/w:numbering>)/, `$1${body}$2`));
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

/** plan.txt and plan-typed.docx from `typed`, plan-auto.docx and plan.pdf (LibreOffice) from `auto`. */
export async function buildTwo(dir, { typed, auto = typed, expected }) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "plan.txt"), toText(typed).normalize("NFC"));
  await toDocx(typed, path.join(dir, "plan-typed.docx"), { auto: false });
  await toDocx(auto, path.join(dir, "plan-auto.docx"), { auto: true });
  await ownLists(path.join(dir, "plan-auto.docx"));
  pdf(dir, "libreoffice", auto);
  writeExpected(dir, expected);
}
