// Builder for author6a's document 04: Word XML as Microsoft Word writes it (the `docx` npm library),
// with the Word features plans carry in the wild: content controls (w:sdt, inline and around a whole
// paragraph), a simple field with its cached result, a PAGE field in the footer, an external
// hyperlink, non-breaking hyphens (w:noBreakHyphen), soft hyphens (w:softHyphen) and symbol-font
// bullets (w:sym). plan-auto.docx numbers A./1./1.1./1.1.1. with one multi-level Word list,
// plan-typed.docx types the same labels; plan.txt is the text as pasted; plan.pdf is LibreOffice's
// export of plan-auto.docx. Run from a folder where `docx` is installed (it brings jszip).
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileSync, mkdirSync, renameSync } from "node:fs";
import { execFileSync } from "node:child_process";

const require = createRequire(join(process.cwd(), "noop.js"));
const d = require("docx");
const JSZip = require("jszip");

const HERE = dirname(fileURLToPath(import.meta.url));
const TEXT_WIDTH = 9071;
const MARK = "\u00a7"; // "§": marks a run or paragraph to wrap in a content control after packing

// ---- content model ---------------------------------------------------------------------------
// runs: string | {b} | {i} | {nbh:true} | {shy:true} | {sym:"F0A7", font} | {link, text}
//       | {field, text} | {bm: bookmark name, text} | {sdt: alias, text}
// blocks: P(runs, o) | N(label, level, runs, o) | HEAD {left, right} | {kind:"t", widths, rows}
export const P = (runs, o = {}) => ({ kind: "p", runs: [].concat(runs), ...o });
export const N = (label, level, runs, o = {}) => ({ kind: "n", label, level, runs: [].concat(runs), ...o });
export const TWO = (left, right) => ({ kind: "two", left, right });

function runText(r) {
  if (typeof r === "string") return r;
  if (r.nbh) return "-";
  if (r.shy) return "";
  if (r.sym) return "-";
  return r.text ?? r.b ?? r.i ?? "";
}
const paraText = (b) => (b.kind === "n" ? b.label + " " : "") + b.runs.map(runText).join("");

export function toText(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.kind === "two") out.push(...[...b.left, ...b.right].map(paraText).filter((t) => t.trim()));
    else out.push(paraText(b));
  }
  return out.join("\n\n") + "\n";
}

// ---- Word ------------------------------------------------------------------------------------
function wordRuns(runs, o) {
  const base = { bold: o.bold, italics: o.italic };
  return runs.map((r) => {
    if (typeof r === "string") return new d.TextRun({ text: r, ...base });
    if (r.nbh) return new d.TextRun({ children: [new d.NoBreakHyphen()], ...base });
    if (r.shy) return new d.TextRun({ children: [new d.SoftHyphen()], ...base });
    if (r.sym) return new d.SymbolRun({ char: r.sym, symbolfont: r.font ?? "Wingdings" });
    if (r.link)
      return new d.ExternalHyperlink({ link: r.link, children: [new d.TextRun({ text: r.text, style: "Hyperlink" })] });
    if (r.field) return new d.SimpleField(r.field, r.text);
    if (r.bm) return new d.Bookmark({ id: r.bm, children: [new d.TextRun({ text: r.text, ...base })] });
    if (r.sdt) return new d.TextRun({ text: `${MARK}${r.sdt}${MARK}${r.text}${MARK}`, ...base });
    const style = { bold: r.b !== undefined || o.bold, italics: r.i !== undefined || o.italic };
    return new d.TextRun({ text: r.b ?? r.i, ...base, ...style });
  });
}

function wordPara(b, auto) {
  const numbered = b.kind === "n" && auto;
  const runs = b.kind === "n" && !auto ? [b.label + " ", ...b.runs] : b.runs;
  const children = wordRuns(runs, b);
  if (b.block) children.unshift(new d.TextRun({ text: `${MARK}BLOCK${MARK}` }));
  return new d.Paragraph({
    children,
    alignment: b.center ? d.AlignmentType.CENTER : b.left ? d.AlignmentType.LEFT : d.AlignmentType.JUSTIFIED,
    numbering: numbered ? { reference: "kh", level: b.level } : undefined,
    indent: numbered || b.center || b.left ? undefined : { firstLine: 567 },
    spacing: { before: 60, after: 60 },
  });
}

function wordTwo(b, auto) {
  const none = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const cell = (paras) => new d.TableCell({ children: paras.map((p) => wordPara(p, auto)) });
  return new d.Table({
    width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: [3800, 5271],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [new d.TableRow({ children: [cell(b.left), cell(b.right)] })],
  });
}

const LEVELS = [
  [d.LevelFormat.UPPER_LETTER, "%1."],
  [d.LevelFormat.DECIMAL, "%2."],
  [d.LevelFormat.DECIMAL, "%2.%3."],
  [d.LevelFormat.DECIMAL, "%2.%3.%4."],
];

function wordDoc(blocks, auto) {
  const footer = new d.Footer({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        children: [new d.TextRun({ children: [d.PageNumber.CURRENT] })],
      }),
    ],
  });
  return new d.Document({
    creator: "Văn phòng UBND tỉnh Lai Châu",
    styles: { default: { document: { run: { font: "Times New Roman", size: 28 } } } },
    numbering: {
      config: [
        {
          reference: "kh",
          levels: LEVELS.map(([format, text], level) => ({
            level,
            format,
            text,
            isLegalNumberingStyle: level > 1,
            suffix: d.LevelSuffix.SPACE,
            alignment: d.AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 0, firstLine: 567 } }, run: level < 2 ? { bold: true } : undefined },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } },
        },
        footers: { default: footer },
        children: blocks.map((b) => (b.kind === "two" ? wordTwo(b, auto) : wordPara(b, auto))),
      },
    ],
  });
}

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Wraps the marked runs and paragraphs in content controls, as Word writes them. */
async function contentControls(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  let xml = await zip.file("word/document.xml").async("string");
  let id = 101;
  const run = new RegExp(`<w:r>((?:(?!</w:r>).)*?)<w:t xml:space="preserve">${MARK}([^${MARK}]+)${MARK}([^${MARK}]*)${MARK}</w:t></w:r>`, "g");
  xml = xml.replace(run, (_, rPr, alias, text) => {
    const pr = `<w:sdtPr><w:alias w:val="${alias}"/><w:tag w:val="${alias}"/><w:id w:val="${id++}"/><w:text/></w:sdtPr>`;
    return `<w:sdt>${pr}<w:sdtContent><w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r></w:sdtContent></w:sdt>`;
  });
  const block = new RegExp(`<w:p>((?:(?!<w:p>).)*?)<w:r><w:t xml:space="preserve">${esc(MARK)}BLOCK${esc(MARK)}</w:t></w:r>(.*?)</w:p>`, "g");
  xml = xml.replace(block, (_, before, after) => {
    const pr = `<w:sdtPr><w:alias w:val="Nhiệm vụ"/><w:tag w:val="nhiem-vu"/><w:id w:val="${id++}"/></w:sdtPr>`;
    return `<w:sdt>${pr}<w:sdtContent><w:p>${before}${after}</w:p></w:sdtContent></w:sdt>`;
  });
  if (xml.includes(MARK)) throw new Error("a content-control mark was left in document.xml");
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Writes plan-auto.docx, plan-typed.docx, plan.txt and plan.pdf (LibreOffice) into ../<folder>. */
export async function writeAll(folder, blocks) {
  const dir = join(HERE, "..", folder);
  mkdirSync(dir, { recursive: true });
  for (const [name, auto] of [["plan-auto.docx", true], ["plan-typed.docx", false]])
    writeFileSync(join(dir, name), await contentControls(await d.Packer.toBuffer(wordDoc(blocks, auto))));
  writeFileSync(join(dir, "plan.txt"), toText(blocks));
  const profile = "-env:UserInstallation=file:///tmp/lo-author6a";
  execFileSync("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "plan-auto.docx")], {
    stdio: "ignore",
  });
  renameSync(join(dir, "plan-auto.pdf"), join(dir, "plan.pdf"));
}
