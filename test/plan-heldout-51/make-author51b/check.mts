// Checks author51b's answers: each expected.json parses (readExpected) and checkExpected finds no slip.
import { readExpected } from "../../plan-corpus/expected.ts";
import { checkExpected } from "../../../scripts/plan-corpus/check-expected.ts";

for (const dir of process.argv.slice(2)) {
  const e = readExpected(dir);
  console.log(dir.split("/").filter(Boolean).pop()?.slice(0, 2), e.tasks.length, "tasks", JSON.stringify(checkExpected(dir)));
}
console.log("ok");
