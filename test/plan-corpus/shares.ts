// A corpus measured as a whole: every document in every format it comes in, the seeds'
// Word versions against their text, the table of shares, and the floors the ratchet test
// holds them to (test/plan-corpus/floor.json).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/paths.ts";
import { corpusDocuments } from "./expected.ts";
import { FORMATS, compareSeed, documentFormats, measureDocument, type Format, type Measure } from "./harness.ts";

export const CORPUS = join(projectRoot, "test", "plan-corpus");
/**
 * The held-out sets (README "A held-out set" and the paragraphs after it): plans written by authors who had not read
 * the readers, each measured before the readers saw it (first measure in its measured-before.txt); the first in
 * test/plan-heldout, the n-th in test/plan-heldout-n.
 */
export const HELD_OUT_SETS = 53;
export const heldOut = (n: number) => join(projectRoot, "test", n === 1 ? "plan-heldout" : `plan-heldout-${n}`);
export const HELD_OUT = heldOut(1);
/** The corpora of the repository, each with its floors in its own floor.json. */
export const RATCHETED = [CORPUS, ...Array.from({ length: HELD_OUT_SETS }, (_, index) => heldOut(index + 1))];
const floorFile = (root: string) => join(root, "floor.json");
const SEED_TEXTS = join(projectRoot, "fixtures", "plans");

export async function measureCorpus(root: string): Promise<Measure[]> {
  const out: Measure[] = [];
  for (const dir of corpusDocuments(root)) {
    for (const format of documentFormats(dir)) out.push(await measureDocument(dir, format));
  }
  return out;
}

/** Each seed of fixtures/plans/ that has a Word version under <root>/seeds/, as "seeds/<name>". */
export async function measureSeeds(root: string): Promise<Measure[]> {
  const seeds = join(root, "seeds");
  if (!existsSync(seeds)) return [];
  const out: Measure[] = [];
  for (const name of readdirSync(seeds).sort()) {
    const text = join(SEED_TEXTS, `${name}.txt`);
    const word = join(seeds, name, FORMATS.auto);
    if (existsSync(text) && existsSync(word)) out.push({ ...(await compareSeed(text, word)), id: `seeds/${name}` });
  }
  return out;
}

const percent = (right: number, total: number) => (total ? `${Math.floor((right / total) * 100)}%` : "—");

/** Documents down, formats across, each cell the share of facts read right; totals last. */
export function sharesTable(measures: Measure[]): string {
  const formats = (Object.keys(FORMATS) as Format[]).filter((f) => measures.some((m) => m.format === f));
  const ids = [...new Set(measures.map((m) => m.id))];
  const width = Math.max(8, ...ids.map((id) => id.length));
  const sum = (list: Measure[]) =>
    percent(
      list.reduce((a, m) => a + m.right, 0),
      list.reduce((a, m) => a + m.total, 0),
    );
  const line = (label: string, cells: string[]) =>
    `${label.padEnd(width)}  ${cells.map((c) => c.padStart(6)).join("")}`;
  const rows = ids.map((id) => {
    const own = measures.filter((m) => m.id === id);
    return line(id, [
      ...formats.map((f) => (own.find((m) => m.format === f) ? sum(own.filter((m) => m.format === f)) : "—")),
      sum(own),
    ]);
  });
  const overall = line("overall", [...formats.map((f) => sum(measures.filter((m) => m.format === f))), sum(measures)]);
  return [line("document", [...formats, "all"]), ...rows, overall].join("\n");
}

/**
 * What the import summary's list of dated lines no task was read from (src/plan/unplaced.ts) shows an admin of the
 * tasks missed: of the expected tasks not found or misdated, how many such a line shows, and how many lines listed
 * show no expected task.
 */
export function listedSummary(measures: Measure[]): string {
  const total = (pick: (listed: Measure["listed"]) => number) => measures.reduce((a, m) => a + pick(m.listed), 0);
  const [missed, shown, lines, unmatched] = [
    total((l) => l.missed),
    total((l) => l.shown),
    total((l) => l.lines),
    total((l) => l.unmatched),
  ];
  return (
    `tasks missed or misdated: ${missed}; shown in the import summary's dated lines no task was read from: ` +
    `${shown} (${percent(shown, missed)}); lines listed: ${lines}, showing no expected task: ${unmatched}`
  );
}

/** Every wrong fact, for the engineer who wants to know why a share is low. */
export function missedFacts(measures: Measure[]): string {
  const out: string[] = [];
  for (const m of measures.filter((m) => m.right < m.total)) {
    out.push(`\n${m.id} [${m.format}] ${m.right}/${m.total}${m.error ? ` — not read: ${m.error}` : ""}`);
    for (const fact of m.facts.filter((f) => !f.right))
      out.push(`  ${fact.key}: expected ${fact.expected ?? "?"}; read ${fact.found ?? "?"}`);
  }
  return out.join("\n");
}

export type Floors = Record<string, Partial<Record<Format, number>>>;

export function readFloors(root: string): Floors {
  const file = floorFile(root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Floors) : {};
}

/** The share written as a floor: rounded down, so that the same reading always passes. */
export const floorOf = (m: Measure) => Math.floor(m.share * 10_000) / 10_000;

/** Raises the floors to the shares measured (never lowers one); returns what rose. */
export function raiseFloors(root: string, measures: Measure[]): string[] {
  const floors = readFloors(root);
  const raised: string[] = [];
  for (const m of measures) {
    const entry = (floors[m.id] ??= {});
    const before = entry[m.format];
    if (before === undefined || floorOf(m) > before) {
      entry[m.format] = floorOf(m);
      raised.push(`${m.id} [${m.format}] ${before ?? "none"} → ${floorOf(m)}`);
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(floors)
      .sort()
      .map((id) => [id, floors[id]]),
  );
  writeFileSync(floorFile(root), `${JSON.stringify(sorted, null, 2)}\n`);
  return raised;
}
