// The ratchet a corpus is held to (README "Measuring on a corpus"): each document and format
// reads at least as well as the floor its corpus's floor.json keeps for it.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readExpected } from "./expected.ts";
import type { Measure } from "./harness.ts";
import { floorOf, measureCorpus, readFloors, sharesTable } from "./shares.ts";

export function holdsItsFloor(measure: Measure, floors: ReturnType<typeof readFloors>): void {
  const floor = floors[measure.id]?.[measure.format];
  expect(floor, `${measure.id} [${measure.format}] has no floor: run npm run corpus -- --raise-floors`).toBeTypeOf(
    "number",
  );
  expect(floorOf(measure), `${measure.id} [${measure.format}] fell below its floor`).toBeGreaterThanOrEqual(floor!);
}

/**
 * A held-out set (plans made by LibreOffice from HTML, answers written before any measure):
 * not put through checkExpected, whose conventions (names as written, titles of four words)
 * are the main corpus's authoring rules; these answers were written by hand by other authors.
 */
export function heldOutSuite(title: string, root: string, documents: number): void {
  describe(title, async () => {
    const measures = await measureCorpus(root);
    const floors = readFloors(root);
    console.log(`${title}, share of facts read right (goal: 100%):\n${sharesTable(measures)}`);

    it(`has ${documents} documents, each in text (unless a copy loses its facts), in Word and PDF or as a workbook`, () => {
      expect(new Set(measures.map((m) => m.id)).size).toBe(documents);
      for (const id of new Set(measures.map((m) => m.id))) {
        const formats = measures.filter((m) => m.id === id).map((m) => m.format);
        if (!readExpected(join(root, id)).noTextCopy) expect(formats, id).toContain("txt");
        expect(formats.some((f) => f === "xlsx" || (f === "pdf" && formats.some((w) => w === "auto" || w === "typed"))), id).toBe(true);
      }
    });

    it.each(measures.map((m) => [`${m.id} [${m.format}]`, m] as const))(
      "%s reads at least as well as its floor",
      (_, measure) => {
        holdsItsFloor(measure, floors);
      },
    );
  });
}
