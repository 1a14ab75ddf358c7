// Checks a hand-written expected.json for slips, never for the answers themselves: every
// title, unresolved and old name must be in the plan's text, every effective due day must be the
// next working day of its due day (weekends, the holidays of src/domain/holidays-vn.ts and
// make-up Saturdays), refs must be written as the contract says, no lead is also a
// coordinator, and no district is named after the 2025 reorganisation.
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { nextWorkingDay } from "../../src/domain/calendar.ts";
import { isIsoDate } from "../../src/domain/dates.ts";
import { fold, stripMarkup } from "../../src/domain/text.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { readCommunes, readExpected } from "../../test/plan-corpus/expected.ts";
import { GROUP_KINDS } from "../../test/plan-corpus/harness.ts";

const REORGANISED = "2025-07-01";
const COMMUNES_GROUP = "UBND cấp xã";

export function checkExpected(dir: string): string[] {
  if (!existsSync(join(dir, "expected.json"))) return ["no expected.json yet"];
  const problems: string[] = [];
  let expected;
  try {
    expected = readExpected(dir);
    readCommunes(dir);
  } catch (error) {
    return [(error as Error).message];
  }
  const text = fold(stripMarkup(readFileSync(join(dir, "plan.txt"), "utf8").replace(/\*\*|\[\^[^\]]+\]/g, "")));
  const inText = (words: string) => text.includes(fold(words));
  if (expected.id !== basename(dir)) problems.push(`id ${expected.id} is not the folder's name`);
  if (expected.plan.date && !isIsoDate(expected.plan.date)) problems.push(`plan date ${expected.plan.date} is no day`);
  const afterReorganisation = (expected.plan.date ?? "") >= REORGANISED;
  const refs = new Set<string>();
  for (const task of expected.tasks) {
    const label = `task ${task.ref ?? task.title}`;
    if (task.title.trim().split(/\s+/).length < 4) problems.push(`${label}: title shorter than 4 words`);
    if (!inText(task.title)) problems.push(`${label}: title not in plan.txt`);
    if (task.ref !== null && (/[.)\s]$/.test(task.ref) || refs.has(task.ref)))
      problems.push(`${label}: ref written wrongly or twice`);
    if (task.ref) refs.add(task.ref);
    if (!isIsoDate(task.due) || !isIsoDate(task.effectiveDue)) problems.push(`${label}: a date is no day`);
    else if (nextWorkingDay(shippedCalendar, task.due) !== task.effectiveDue) {
      problems.push(
        `${label}: effectiveDue ${task.effectiveDue}, but the next working day from ${task.due} is ${nextWorkingDay(shippedCalendar, task.due)}`,
      );
    }
    for (const name of [...task.lead, ...task.coordinators]) {
      if (name.startsWith("@") && !(name in GROUP_KINDS)) problems.push(`${label}: ${name} is no group token`);
      if (name === "@districts" && afterReorganisation) problems.push(`${label}: no districts after 1 July 2025`);
    }
    if (task.lead.some((name) => task.coordinators.includes(name)))
      problems.push(`${label}: a lead is also a coordinator`);
  }
  for (const name of [...expected.unresolved, ...expected.successors.map((s) => s.written)]) {
    // The communes group's name is the answers' convention, not the plan's words (README, "Unit names").
    if (name !== COMMUNES_GROUP && !inText(name)) problems.push(`${name}: not in plan.txt`);
  }
  return problems;
}
