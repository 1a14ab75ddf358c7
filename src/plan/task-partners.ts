// A table with a column of doers and none of partners may still name partners, in the words of the task itself:
// "Thẩm định, phê duyệt quyết toán (phối hợp với Sở Tài chính)", "Đối chiếu số liệu, phối hợp với Kho bạc Nhà nước
// tỉnh", "Chủ trì, phối hợp với Sở Tài chính thẩm định …". The row's doer leads and those partners help, as in a
// sentence "X chủ trì, phối hợp với Y …" (clause.ts); the task's words stay as written.
import type { ResolvedName } from "../domain/resolve-units.ts";
import { readClause } from "./clause.ts";
import type { TaskContext } from "./task-context.ts";

// "(phối hợp với Y)": an aside in brackets, which a clause leaves out, here says who helps.
const BRACKETED = /\(\s*(phối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)\s+[^()]+)\)/giu;

/** The partners a task's own words name with "phối hợp với/cùng", none when they name none. */
export function partnersInTask(ctx: TaskContext, ref: string, task: string): ResolvedName[] {
  if (!/phối hợp/iu.test(task)) return [];
  const partners = readClause(ctx.resolver, task.replace(BRACKETED, "; $1;")).coordinators;
  for (const name of partners) {
    if (!name.resolved) ctx.warnings.push({ code: "unresolved-unit", args: { ref, name: name.name } });
  }
  return partners;
}
