// A table with a column of doers and none of partners may still name partners, in the words of the task itself:
// "Thẩm định, phê duyệt quyết toán (phối hợp với Sở Tài chính)", "Đối chiếu số liệu, phối hợp với Kho bạc Nhà nước
// tỉnh", "Chủ trì, phối hợp với Sở Tài chính thẩm định …". The row's doer leads and those partners help, as in a
// sentence "X chủ trì, phối hợp với Y …" (clause.ts); the task's words stay as written.
import type { ResolvedName } from "../domain/resolve-units.ts";
import { readClause } from "./clause.ts";
import type { TaskContext } from "./task-context.ts";

// "(phối hợp với Y)": an aside in brackets, which a clause leaves out, here says who helps.
const BRACKETED = /\(\s*(phối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)\s[^()]+)\)/giu;
// "(Phối hợp: Y; Z)", "(Đơn vị phối hợp: Y)": the partners listed in brackets after their label, often on a line of
// their own under the task: a list of names alone, each a partner.
const LABELLED = /\(\s*(?:(?:cơ quan|đơn vị)\s+)?phối hợp\s*:(?:\s*(?=[^\s()])|\s*(?=\s\)))([^()]+)\)/giu;

/** The names the labelled lists of `task` give, and its words without those lists. */
function labelledPartners(ctx: TaskContext, task: string): { listed: ResolvedName[]; rest: string } {
  const listed = [...task.matchAll(LABELLED)].flatMap((m) => readClause(ctx.resolver, m[1]!).lead);
  return { listed, rest: listed.length ? task.replace(LABELLED, " ") : task };
}

/** The partners a task's own words name with "phối hợp với/cùng", none when they name none. */
export function partnersInTask(ctx: TaskContext, ref: string, task: string): ResolvedName[] {
  if (!/phối hợp/iu.test(task)) return [];
  const { listed, rest } = labelledPartners(ctx, task);
  const said = /phối hợp/iu.test(rest) ? readClause(ctx.resolver, rest.replace(BRACKETED, "; $1;")).coordinators : [];
  const partners = [...listed, ...said];
  for (const name of partners) {
    if (!name.resolved) ctx.warnings.push({ code: "unresolved-unit", args: { ref, name: name.name } });
  }
  return partners;
}
