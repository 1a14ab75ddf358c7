// Gives corpus documents the formats offices also send, made by LibreOffice from each document's plan-auto.docx
// (automatic numbering and merged cells, the hardest of its Word files):
//   npx tsx scripts/plan-corpus/office-copies.ts DIR… [--doc] [--odt] [--rtf]
// where DIR is a document's folder or a set's folder (every document in it). plan.doc is Word 97-2003's binary file,
// which many offices still save; plan.odt is OpenDocument, LibreOffice's own; plan.rtf is Rich Text, what WordPad and
// document-management systems send. Without a flag, .doc and .odt (.rtf only when asked). CI has no LibreOffice: the
// files made are committed.
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { convertWithLibreOffice } from "./libreoffice.ts";

const TARGETS = {
  doc: ["doc:MS Word 97", "plan.doc"],
  odt: ["odt", "plan.odt"],
  rtf: ["rtf:Rich Text Format", "plan.rtf"],
} as const;
/** Made when no flag names the formats. */
const DEFAULT_KINDS: (keyof typeof TARGETS)[] = ["doc", "odt"];

/** The documents under a path: the folder itself when it holds plan-auto.docx, else its folders that do. */
function documents(dir: string): string[] {
  if (existsSync(join(dir, "plan-auto.docx"))) return [join(dir, "plan-auto.docx")];
  return readdirSync(dir)
    .map((name) => join(dir, name, "plan-auto.docx"))
    .filter((path) => existsSync(path) && statSync(path).isFile());
}

const args = process.argv.slice(2);
const flags = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).filter((kind) => args.includes(`--${kind}`));
const autos = args.filter((arg) => !arg.startsWith("--")).flatMap(documents);
if (!autos.length) {
  console.error("usage: office-copies.ts DIR… [--doc] [--odt] [--rtf] (no plan-auto.docx found)");
  process.exit(2);
}
for (const kind of flags.length ? flags : DEFAULT_KINDS) {
  const [target, name] = TARGETS[kind];
  convertWithLibreOffice(autos, target, (path, file) => writeFileSync(join(path, "..", name), file));
  console.log(`${autos.length} × ${name}`);
}
