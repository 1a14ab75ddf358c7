// How well dondoc reads a corpus of plans:
//   npm run corpus [-- DIR] [--verbose] [--raise-floors]
// DIR (default test/plan-corpus) holds one folder per document in the layout of README
// "Measuring on a corpus". Prints the share of facts read right per document and format;
// --verbose adds every missed fact; --raise-floors writes the shares measured on one of the
// repository's corpora (test/plan-corpus, test/plan-heldout) into its floor.json where they
// beat the floors there.
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import {
  CORPUS,
  RATCHETED,
  measureCorpus,
  listedSummary,
  measureSeeds,
  missedFacts,
  raiseFloors,
  sharesTable,
} from "../../test/plan-corpus/shares.ts";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a.startsWith("--") && a !== "--verbose" && a !== "--raise-floors");
const dirs = args.filter((a) => !a.startsWith("--"));
const root = resolve(dirs[0] ?? CORPUS);
if (unknown.length || dirs.length > 1 || !existsSync(root) || !statSync(root).isDirectory()) {
  console.error("usage: npm run corpus [-- DIR] [--verbose] [--raise-floors]  (DIR: a folder of corpus documents)");
  process.exit(2);
}
let documents, seeds;
try {
  documents = await measureCorpus(root);
  seeds = await measureSeeds(root);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (!documents.length) {
  console.error(`no documents in ${root} (a document is a folder holding expected.json)`);
  process.exit(2);
}
console.log(sharesTable(documents));
if (seeds.length) console.log(`\nThe seeds in Word as offices type them, against their text:\n${sharesTable(seeds)}`);
const measures = [...documents, ...seeds];
console.log(`\n${listedSummary(documents)}`);
if (args.includes("--verbose")) console.log(missedFacts(measures));
if (args.includes("--raise-floors")) {
  if (!RATCHETED.includes(root)) {
    console.error("--raise-floors only applies to the repository's corpora (test/plan-corpus, test/plan-heldout*)");
    process.exit(2);
  }
  const raised = raiseFloors(root, measures);
  console.log(raised.length ? `\nfloors raised:\n${raised.join("\n")}` : "\nno floor to raise");
}
