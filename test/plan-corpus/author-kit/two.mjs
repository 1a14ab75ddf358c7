// A build with two block lists, folded in after set 45: authors 44b, 45a and 45b each copied it. The typed file
// (plan.txt, plan-typed.docx) repeats what the Word file (plan-auto.docx, plan.pdf) merges, and every Word list of
// plan-auto.docx gets its own abstractNum with no w:lvlOverride/w:startOverride: with the kit's overrides,
// LibreOffice's .doc copy restarts the second item of each list ("a) a) b)").
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { writeExpected } from "./answers.mjs";
import { toDocx, toText, pdf } from "./lib.mjs";

/** A justified body paragraph. */
export const P = (text, o = {}) => ({ t: "p", align: "justify", text, ...o });
/** A bold heading with its typed number, no first-line indent. */
export const H = (num, text, o = {}) => ({ t: "p", num, text, bold: true, indent: false, ...o });
/** A numbered paragraph of one Word list (kind, inst). */
export const L = (num, text, kind, inst, o = {}) => P(text, { num, list: { kind, inst }, ...o });

/** A maker of numbered paragraphs of one Word list (kind, inst): item(num, text) (authors 48a to 50b each wrote it). */
export const lister = (kind, inst, o = {}) => (num, text, o2 = {}) =>
  P(text, { num, list: { kind, inst }, ...o, ...o2 });
/** A dash paragraph ("- …"), a Word bullet list in plan-auto.docx. */
export const dash = (text, o = {}) => P(text, { num: "-", list: { kind: "dash", inst: "dash" }, ...o });
/** A plus paragraph ("+ …"), a Word bullet list in plan-auto.docx. */
export const plus = (text, o = {}) => P(text, { num: "+", list: { kind: "plus", inst: "plus" }, ...o });

/** Each w:num of a docx pointed at its own copy of its abstractNum, without overrides (lists start at 1). */
export async function ownLists(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("word/numbering.xml").async("string");
  const abs = new Map(
    [...xml.matchAll(/<w:abstractNum w:abstractNumId="(\d+)">[\s\S]*?<\/w:abstractNum>/g)].map((m) => [m[1], m[0]]),
  );
  const nums = [...xml.matchAll(/<w:num w:numId="(\d+)"><w:abstractNumId w:val="(\d+)"\/>[\s\S]*?<\/w:num>/g)];
  const own = nums.map(([, , a], i) => abs.get(a).replace(/w:abstractNumId="\d+"/, `w:abstractNumId="${i}"`));
  const refs = nums.map(([, id], i) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${i}"/></w:num>`);
  const body = own.join("") + refs.join("");
  zip.file("word/numbering.xml", xml.replace(/(<w:numbering [^>]*>)[\s\S]*(<\/w:numbering>)/, `$1${body}$2`));
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

/** plan.txt and plan-typed.docx from `typed`, plan-auto.docx and plan.pdf from `auto`, then expected.json. */
export async function buildTwo(dir, { typed, auto = typed, expected, printer = "libreoffice", landscape }) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "plan.txt"), toText(typed).normalize("NFC"));
  await toDocx(typed, path.join(dir, "plan-typed.docx"), { auto: false, landscape });
  await toDocx(auto, path.join(dir, "plan-auto.docx"), { auto: true, landscape });
  await ownLists(path.join(dir, "plan-auto.docx"));
  pdf(dir, printer, auto);
  writeExpected(dir, expected);
}
