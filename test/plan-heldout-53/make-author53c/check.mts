// Checks author53c's answers: each parses with the corpus schema, and check-expected finds no slip.
import { readExpected } from "../../plan-corpus/expected.ts";
import { checkExpected } from "../../../scripts/plan-corpus/check-expected.ts";
for (const dir of process.argv.slice(2)) {
  readExpected(dir);
  console.log(dir.split("/").filter(Boolean).at(-1), JSON.stringify(checkExpected(dir)));
}
console.log("ok");
