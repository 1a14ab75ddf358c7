// A group row may say who leads its tasks, in a bracket after its title: "I | CẢI CÁCH THỂ CHẾ (Chủ trì: Sở Tư pháp)",
// "II | … (Văn phòng UBND tỉnh chủ trì)". A task under it whose lead cell is blank is the group's, as the plan's note
// says ("Nhiệm vụ không ghi đơn vị chủ trì do đơn vị chủ trì của nhóm thực hiện"): not the row above's, as a blank
// cell of a table copied to text is elsewhere. A task naming its own lead keeps it.
import type { ResolvedName } from "../domain/resolve-units.ts";
import { readClause } from "./clause.ts";
import { closingAssignment } from "./closing-assignment.ts";
import type { TaskContext } from "./task-context.ts";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A group row's title without its bracket, and the lead the bracket names (empty when it names none). The bracket may
 * label the lead with the lead column's own title, however short ("(ĐVCT: Sở Tư pháp)" under a column "ĐVCT").
 */
export function groupLead(
  ctx: TaskContext,
  ref: string,
  title: string,
  leadTitle = "",
): { title: string; lead: ResolvedName[] } {
  const labelled = leadTitle.trim()
    ? title.replace(new RegExp(`\\(\\s*${escape(leadTitle.trim())}\\s*:`, "u"), "(Chủ trì:")
    : title;
  const assigned = closingAssignment(labelled);
  const lead = assigned ? readClause(ctx.resolver, assigned.units).lead : [];
  for (const name of lead)
    if (!name.resolved) ctx.warnings.push({ code: "unresolved-unit", args: { ref, name: name.name } });
  return lead.length > 0 ? { title: title.slice(0, assigned!.at).trim(), lead } : { title, lead };
}
