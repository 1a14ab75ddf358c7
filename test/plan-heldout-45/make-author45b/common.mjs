// Helpers shared by author45b's generators (set 45, documents 05-08): paragraphs and headings in the kit's content
// model, a build that writes plan.txt and plan-typed.docx from one block list and plan-auto.docx and plan.pdf from
// another (a table whose cells the typed file repeats and the Word file merges), and `ownLists`, as author44b found:
// every Word list of plan-auto.docx gets its own abstractNum and no w:lvlOverride/w:startOverride, so LibreOffice's
// .doc copy keeps the list numbers ("a) b) c)", not "a) a) b)").
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { writeExpected } from "../../plan-corpus/author-kit/answers.mjs";
import { toDocx, toText, pdf } from "../../plan-corpus/author-kit/lib.mjs";

/** A justified body paragraph. */
export const P = (text, o = {}) => ({ t: "p", align: "justify", text, ...o });
/** A bold heading with its typed number. */
export const H = (num, text, o = {}) => ({ t: "p", num, text, bold: true, indent: false, ...o });
/** Numbered list items of one kind and one list instance. */
export const item = (kind, inst, o = {}) => (num, text) => P(text, { num, list: { kind, inst }, ...o });

/** Each w:num of a docx pointed at its own copy of its abstractNum, without overrides. */
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
export async function buildTwo(dir, { typed, auto = typed, expected, printer = "libreoffice", landscape }) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "plan.txt"), toText(typed).normalize("NFC"));
  await toDocx(typed, path.join(dir, "plan-typed.docx"), { auto: false, landscape });
  await toDocx(auto, path.join(dir, "plan-auto.docx"), { auto: true, landscape });
  await ownLists(path.join(dir, "plan-auto.docx"));
  pdf(dir, printer, auto);
  writeExpected(dir, expected);
}

/** A table column merged vertically (Word) over runs of equal values; the typed file repeats each value. */
export function runs(values, merged) {
  return values.map((v, i) => (merged ? { text: v, vm: i > 0 && values[i - 1] === v ? "continue" : "restart" } : v));
}
