// Gives corpus documents the formats offices also send, made by LibreOffice from each document's plan-auto.docx
// (automatic numbering and merged cells, the hardest of its Word files) or, for a workbook, its plan.xlsx:
//   npx tsx scripts/plan-corpus/office-copies.ts DIR… [--doc] [--odt] [--rtf] [--xls] [--ods]
// where DIR is a document's folder or a set's folder (every document in it). plan.doc is Word 97-2003's binary file,
// which many offices still save; plan.odt is OpenDocument, LibreOffice's own; plan.rtf is Rich Text, what WordPad and
// document-management systems send; plan.xls is Excel 97-2003's workbook, plan.ods Calc's. Without a flag, .doc and
// .odt (.rtf, .xls and .ods only when asked). CI has no LibreOffice: the files made are committed.
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { convertWithLibreOffice } from "./libreoffice.ts";

const TARGETS = {
  doc: ["doc:MS Word 97", "plan.doc", "plan-auto.docx"],
  odt: ["odt", "plan.odt", "plan-auto.docx"],
  rtf: ["rtf:Rich Text Format", "plan.rtf", "plan-auto.docx"],
  xls: ["xls:MS Excel 97", "plan.xls", "plan.xlsx"],
  ods: ["ods", "plan.ods", "plan.xlsx"],
} as const;
/** Made when no flag names the formats. */
const DEFAULT_KINDS: (keyof typeof TARGETS)[] = ["doc", "odt"];

/** The sources under a path: the folder's own `source` file when it has one, else its folders' that do. */
function documents(dir: string, source: string): string[] {
  if (existsSync(join(dir, source))) return [join(dir, source)];
  return readdirSync(dir)
    .map((name) => join(dir, name, source))
    .filter((path) => existsSync(path) && statSync(path).isFile());
}

const args = process.argv.slice(2);
const flags = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).filter((kind) => args.includes(`--${kind}`));
const dirs = args.filter((arg) => !arg.startsWith("--"));
for (const kind of flags.length ? flags : DEFAULT_KINDS) {
  const [target, name, source] = TARGETS[kind];
  const sources = dirs.flatMap((dir) => documents(dir, source));
  if (!sources.length) {
    console.error(`office-copies.ts: no ${source} under ${dirs.join(" ")} for ${name}`);
    process.exit(2);
  }
  convertWithLibreOffice(sources, target, (path, file) => writeFileSync(join(path, "..", name), file));
  console.log(`${sources.length} × ${name}`);
}
