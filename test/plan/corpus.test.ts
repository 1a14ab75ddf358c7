// The ratchet of the plan corpus (test/plan-corpus, README "Measuring on a corpus").
//
// The goal is 100% everywhere: every fact of every document read right in every format
// (text, typed Word, Word with automatic numbering, PDF, Excel), and the seeds in Word
// giving what their text gives. Until then, test/plan-corpus/floor.json holds the share
// each document and format reached; this test fails when a share falls below its floor,
// so that main stays green while the readers improve and never goes back. After an
// improvement, `npm run corpus -- --raise-floors` writes the new shares as floors.
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { checkExpected } from "../../scripts/plan-corpus/check-expected.ts";
import { corpusDocuments } from "../plan-corpus/expected.ts";
import { heldOutSuite, holdsItsFloor } from "../plan-corpus/ratchet.ts";
import { CORPUS, HELD_OUT, measureCorpus, measureSeeds, readFloors, sharesTable } from "../plan-corpus/shares.ts";

const floors = readFloors(CORPUS);

describe("the plan corpus", async () => {
  const documents = await measureCorpus(CORPUS);
  console.log(`Plan corpus, share of facts read right (goal: 100%):\n${sharesTable(documents)}`);

  it("has at least 12 documents, each in text, both Word files and PDF", () => {
    const dirs = corpusDocuments(CORPUS);
    expect(dirs.length).toBeGreaterThanOrEqual(12);
    for (const dir of dirs) {
      const formats = documents.filter((m) => m.id === basename(dir)).map((m) => m.format);
      expect(formats).toEqual(expect.arrayContaining(["txt", "typed", "auto", "pdf"]));
    }
  });

  it.each(corpusDocuments(CORPUS).map((dir) => [basename(dir), dir]))(
    "%s: expected.json agrees with its plan and the calendar",
    (_, dir) => {
      expect(checkExpected(dir)).toEqual([]);
    },
  );

  it.each(documents.map((m) => [`${m.id} [${m.format}]`, m] as const))(
    "%s reads at least as well as its floor",
    (_, measure) => {
      holdsItsFloor(measure, floors);
    },
  );
});

describe("the seeds in Word as offices type them", async () => {
  const seeds = await measureSeeds(CORPUS);
  console.log(`Seeds in Word against their text (goal: 100%):\n${sharesTable(seeds)}`);

  it("has a Word version of every seed", () => {
    expect(seeds.map((m) => m.id)).toEqual([
      "seeds/plan-bac-kan-2023-par-index",
      "seeds/plan-thai-nguyen-2019-par-index",
      "seeds/plan-thai-nguyen-2024-sipas-par-index",
    ]);
  });

  it.each(seeds.map((m) => [m.id, m] as const))(
    "%s gives the text version's tasks and quotas at least as well as its floor",
    (_, measure) => {
      holdsItsFloor(measure, floors);
    },
  );
});

heldOutSuite("The held-out set", HELD_OUT, 8);
