// Importing a plan that is already stored, unchanged, reports no change: for every plan of
// the corpus in every format, so that "--notify" never tells units of a change that is none.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPlan } from "../../src/services/plan-service.ts";
import { freshDatabase, type TestDatabase } from "../support/databases.ts";
import { documentFormats, FORMATS } from "../plan-corpus/harness.ts";

const CORPUS = join(import.meta.dirname, "../plan-corpus");
const folders = (dir: string) =>
  readdirSync(join(CORPUS, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^(\d|plan-)/.test(d.name))
    .map((d) => join(dir, d.name));
// The corpus documents, and the seeds in Word.
const documents = [...folders("."), ...folders("seeds")];

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase("sqlite");
});
afterAll(async () => {
  await db.drop();
});

describe("re-importing an unchanged plan", () => {
  for (const id of documents) {
    for (const format of documentFormats(join(CORPUS, id))) {
      it(`${id} (${format}) reports no change`, async () => {
        const content = readFileSync(join(CORPUS, id, FORMATS[format]));
        const first = await importPlan(db.client, content, `${id}/${format}`);
        expect(first.ok).toBe(true);
        const again = await importPlan(db.client, content, `${id}/${format}`);
        expect(again.ok && again.value.saved.changes).toEqual([]);
      });
    }
  }
});
