// One column for who does it ("Trách nhiệm thực hiện", no "Phối hợp" column beside it) says who leads and who
// coordinates in words: "Sở X chủ trì, phối hợp Sở Y", "UBND các huyện chỉ đạo UBND cấp xã thực hiện". The cell is
// read as a sentence; a cell of names alone names the leads.
import type { ResolvedName } from "../domain/resolve-units.ts";
import { readClause, saysRoles } from "./clause.ts";
import { withPartnerWords } from "./partner-words.ts";
import { bodiesOfPeople } from "./people.ts";
import { unitsOf, type TaskContext } from "./task-context.ts";
import { withMarkedLeads } from "./marked-lead.ts";
import { firstListedLead } from "./first-listed-lead.ts";

const LISTED_UNIT = /(^|[\s;,]+)\d{1,2}[.)]\s+(?=\p{Lu})/gu;

/** The lead and coordinators the units cell `cell` of row `ref` names; `firstLeads`: the plan's legend says the first
 * of names alone leads. */
export function phraseUnits(
  ctx: TaskContext,
  ref: string,
  cell: string,
  firstLeads: boolean,
): { lead: ResolvedName[]; coordinators: ResolvedName[] } {
  // "1. X (chủ trì); 2. Y; 3. Z": units listed as numbered items, the numbers separating them as the semicolons do.
  // "X cùng: Y" names X's partners after "cùng" (`src/plan/partner-words.ts`).
  // Under a note that "(*)" marks the lead, the marked units lead and the others coordinate (`marked-lead.ts`).
  const marked = ctx.markedLeads ? withMarkedLeads(cell) : cell;
  const text = withPartnerWords(marked.replace(LISTED_UNIT, (_, before: string) => (before ? "; " : "")));
  // Names alone, no role said: under the plan's legend the first written leads (`src/plan/first-listed-lead.ts`).
  const namesAlone = firstLeads && !saysRoles(text);
  const clause = namesAlone ? firstListedLead(ctx.resolver, text) : readClause(ctx.resolver, text);
  const read = clause.lead.length > 0 ? clause : null;
  // "Thủ trưởng các đơn vị dự toán": a head's post names the body, as in a column of leads alone.
  if (!read) return { lead: unitsOf(ctx, ref, bodiesOfPeople(text)), coordinators: [] };
  for (const name of [...read.lead, ...read.coordinators]) {
    if (!name.resolved) ctx.warnings.push({ code: "unresolved-unit", args: { ref, name: name.name } });
  }
  return read;
}
