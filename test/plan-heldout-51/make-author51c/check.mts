// Checks this author's answers: each parses with the corpus schema (readExpected) and has no slip checkExpected finds.
import { readExpected } from "../../plan-corpus/expected.ts";
import { checkExpected } from "../../../scripts/plan-corpus/check-expected.ts";
for (const dir of process.argv.slice(2)) {
  const e = readExpected(dir);
  console.log(dir.split("/").filter(Boolean).pop(), e.tasks.length, "tasks, style", e.style.length, "chars",
    JSON.stringify(checkExpected(dir)));
}
console.log("ok");
