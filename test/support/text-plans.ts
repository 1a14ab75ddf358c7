// A short plan of Thái Nguyên as an office types it, read as the CLI reads text, and its tasks
// shown as a user sees them: ref, due day, lead, coordinators (a name the directory lacks marked "?").
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import type { Directory } from "../../src/domain/units.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import type { ParsedPlan, ParsedTask } from "../../src/plan/parsed-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";

export { table } from "./text-table.ts";

/** The plan read against `directory` (Thái Nguyên's before 2025 unless told), issued on `issued` (YYYY-MM-DD). */
export function parse(body: string, options: { directory?: Directory; issued?: string } = {}): ParsedPlan {
  const [year, month, day] = (options.issued ?? "2024-03-05").split("-");
  const text = `ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN\nSố: 12/KH-UBND\nThái Nguyên, ngày ${day} tháng ${month} năm ${year}\nKẾ HOẠCH\n${body}\nNơi nhận:\n- Như trên;`;
  const read = readTextPlan(text);
  if (!read.ok) throw new Error(read.error.code);
  const parsed = parsePlan(read.document, options.directory ?? THAI_NGUYEN, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan;
}

export const names = (units: { name: string; resolved: boolean }[]) =>
  units.map((u) => (u.resolved ? u.name : `?${u.name}`));
export const row = (t: ParsedTask) => [t.ref, t.deadline?.due ?? null, names(t.lead), names(t.coordinators)];
export const tasks = (plan: ParsedPlan) => plan.tasks.filter((t) => t.kind === "task").map(row);
export const unresolvedNames = (plan: ParsedPlan) =>
  plan.warnings.filter((w) => w.code === "unresolved-unit").map((w) => w.args.name);

/** The districts of Thái Nguyên before July 2025, as a plan's "UBND các huyện, thành phố" names them. */
export const THAI_NGUYEN_DISTRICTS = [
  "UBND thành phố Thái Nguyên",
  "UBND thành phố Sông Công",
  "UBND thành phố Phổ Yên",
  "UBND huyện Đại Từ",
  "UBND huyện Định Hóa",
  "UBND huyện Đồng Hỷ",
  "UBND huyện Phú Bình",
  "UBND huyện Phú Lương",
  "UBND huyện Võ Nhai",
];
