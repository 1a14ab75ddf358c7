// Generates the plan corpus from its sources:
//   npx tsx scripts/plan-corpus/build.ts [ID…] [--no-pdf]
// For each scripts/plan-corpus/sources/ID.txt (all of them without IDs): test/plan-corpus/ID/
// plan.txt, plan-typed.docx, plan-auto.docx, plan.xlsx (when a table is marked for it) and
// plan.pdf (LibreOffice, from plan-auto.docx); for each seed in fixtures/plans/ a Word version
// as offices type it in test/plan-corpus/seeds/<seed>/plan-auto.docx. Then checks every
// expected.json against its plan and the calendar. CI has no LibreOffice: the generated files
// are committed.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { Packer } from "docx";
import { projectRoot } from "../../src/paths.ts";
import { checkExpected } from "./check-expected.ts";
import { convertWithLibreOffice } from "./libreoffice.ts";
import { renderText } from "./render-text.ts";
import { wordDocument, type WordMode } from "./render-word.ts";
import { renderXlsx } from "./render-xlsx.ts";
import { parseSource, type Source } from "./source.ts";
import { finishWord } from "./word-xml.ts";

const SOURCES = join(projectRoot, "scripts", "plan-corpus", "sources");
const CORPUS = join(projectRoot, "test", "plan-corpus");
const SEEDS = join(projectRoot, "fixtures", "plans");

async function word(source: Source, mode: WordMode, seed: string): Promise<Buffer> {
  const raw = await Packer.toBuffer(wordDocument(source, mode));
  return finishWord(raw, { seed: `${seed}/${mode}`, date: source.settings.date ?? "2025-01-01" });
}

async function buildDocument(id: string): Promise<string> {
  const source = parseSource(readFileSync(join(SOURCES, `${id}.txt`), "utf8"));
  const dir = join(CORPUS, id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "plan.txt"), renderText(source));
  writeFileSync(join(dir, "plan-typed.docx"), await word(source, "typed", id));
  const auto = join(dir, "plan-auto.docx");
  writeFileSync(auto, await word(source, "auto", id));
  const xlsx = await renderXlsx(source);
  if (xlsx) writeFileSync(join(dir, "plan.xlsx"), xlsx);
  return auto;
}

async function buildSeed(file: string): Promise<void> {
  const name = basename(file, ".txt");
  const source = parseSource(readFileSync(join(SEEDS, file), "utf8"));
  const dir = join(CORPUS, "seeds", name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "plan-auto.docx"), await word(headerBlock(source), "auto", name));
}

/** A seed's "Số: …" and "<place>, ngày …" lines move into the borderless header table. */
function headerBlock(source: Source): Source {
  const top = source.blocks.slice(0, 4);
  const number = top.findIndex((b) => b.type === "para" && /^Số:/.test(b.raw));
  const place = top.findIndex((b) => b.type === "para" && /^[\p{Lu}][\p{L} ]+, ngày/u.test(b.raw));
  if (number < 0 || place < 0) return source;
  const cells = [source.blocks[number], source.blocks[place]].map((b) => (b!.type === "para" ? [b!] : []));
  const rest = source.blocks.filter((_, i) => i !== number && i !== place);
  return { ...source, blocks: [{ type: "layout", kind: "header", rows: [cells] }, ...rest] };
}

/**
 * The export's time stamp and random file id, made the same on every build (same lengths, so
 * the cross-reference offsets stay right): regenerating a PDF then changes nothing.
 */
function stablePdf(pdf: Buffer, id: string): Buffer {
  const hex = createHash("md5").update(id).digest("hex").toUpperCase();
  const text = pdf
    .toString("latin1")
    .replace(/\/CreationDate\(D:\d{14}/g, "/CreationDate(D:20250101080000")
    .replace(/\/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]/g, (ids) => ids.replace(/[0-9A-F]{32}/g, hex))
    .replace(/\/DocChecksum \/[0-9A-F]{32}/g, `/DocChecksum /${hex}`);
  return Buffer.from(text, "latin1");
}

/** plan-auto.docx → plan.pdf with LibreOffice. */
function exportPdfs(autos: string[]): void {
  convertWithLibreOffice(autos, "pdf", (path, pdf) =>
    writeFileSync(join(path, "..", "plan.pdf"), stablePdf(pdf, basename(join(path, "..")))),
  );
}

const args = process.argv.slice(2);
const ids = args.filter((a) => !a.startsWith("--"));
const all = readdirSync(SOURCES)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => basename(f, ".txt"))
  .sort();
const chosen = ids.length ? ids : all;
const unknown = chosen.filter((id) => !all.includes(id));
if (unknown.length) {
  console.error(`no source for ${unknown.join(", ")} in ${SOURCES}`);
  process.exit(2);
}
const autos: string[] = [];
for (const id of chosen) autos.push(await buildDocument(id));
if (!ids.length) for (const seed of readdirSync(SEEDS).filter((f) => f.endsWith(".txt"))) await buildSeed(seed);
if (!args.includes("--no-pdf")) exportPdfs(autos);
let problems = 0;
for (const id of chosen) {
  for (const problem of checkExpected(join(CORPUS, id))) {
    problems++;
    console.error(`${id}: ${problem}`);
  }
}
console.log(
  `built ${chosen.length} document(s)${ids.length ? "" : " and the seeds' Word versions"}; ${problems} problem(s) in expected.json`,
);
process.exitCode = problems ? 1 : 0;
