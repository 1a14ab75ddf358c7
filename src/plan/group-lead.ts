// A group row may say who leads its tasks, in a bracket after its title: "I | CẢI CÁCH THỂ CHẾ (Chủ trì: Sở Tư pháp)",
// "II | … (Văn phòng UBND tỉnh chủ trì)". A task under it whose lead cell is blank is the group's, as the plan's note
// says ("Nhiệm vụ không ghi đơn vị chủ trì do đơn vị chủ trì của nhóm thực hiện"): not the row above's, as a blank
// cell of a table copied to text is elsewhere. A task naming its own lead keeps it.
// A table with no lead column may instead group its rows under the units they are given to, a group row whose title
// is a unit's name and nothing more ("I | SỞ NỘI VỤ", "VI | UBND CÁC HUYỆN, THÀNH PHỐ"): that unit leads them, as a
// caption naming the unit over a table of its own does (`table-owner.ts`). So may a heading in capitals with no number,
// merged across such a table ("SỞ TÀI CHÍNH" over the rows given to it, numbered on through the table): its unit leads
// the rows under it up to the next heading, which names another unit, or none ("NHÓM NHIỆM VỤ KHÁC").
import type { ResolvedName } from "../domain/resolve-units.ts";
import { readClause, unitsNamedOnly } from "./clause.ts";
import { closingAssignment } from "./closing-assignment.ts";
import type { TaskContext } from "./task-context.ts";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A group row's title without its bracket, and the lead the bracket names (empty when it names none). The bracket may
 * label the lead with the lead column's own title, however short ("(ĐVCT: Sở Tư pháp)" under a column "ĐVCT").
 * `noLeadColumn`: the table has none, so a title that only names units names the lead.
 */
export function groupLead(
  ctx: TaskContext,
  ref: string,
  title: string,
  { leadTitle = "", noLeadColumn = false }: { leadTitle?: string; noLeadColumn?: boolean } = {},
): { title: string; lead: ResolvedName[] } {
  const labelled = leadTitle.trim()
    ? title.replace(new RegExp(`\\(\\s*${escape(leadTitle.trim())}\\s*:`, "u"), "(Chủ trì:")
    : title;
  const assigned = closingAssignment(labelled);
  const bracketed = assigned ? readClause(ctx.resolver, assigned.units).lead : [];
  const lead = bracketed.length === 0 && noLeadColumn ? unitsNamedOnly(ctx.resolver, title) : bracketed;
  for (const name of lead)
    if (!name.resolved) ctx.warnings.push({ code: "unresolved-unit", args: { ref, name: name.name } });
  return bracketed.length > 0 ? { title: title.slice(0, assigned!.at).trim(), lead } : { title, lead };
}

/**
 * The units a group heading with no number names and nothing more ("CÔNG AN TỈNH", "UBND CẤP XÃ"), over the rows of a
 * table with no lead column: those rows' lead (`ownedLead` warns of one unresolved, by row). Empty when it names
 * something else.
 */
export const unitHeadingLead = (ctx: TaskContext, heading: string): ResolvedName[] =>
  unitsNamedOnly(ctx.resolver, heading.trim());
