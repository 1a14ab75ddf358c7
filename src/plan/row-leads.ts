// Who leads a task table's row and who works with it: its marks under units as columns, its units' cells (in words
// or names alone), the group row or heading over it, the table's owner, the title row over a sub-row, and partners
// its task's words name.
import type { ResolvedName } from "../domain/resolve-units.ts";
import { besideLead } from "./partners.ts";
import { bodiesOfPeople, bodiesOfTeams } from "./people.ts";
import { namedUnits } from "./task-context.ts";
import { markedUnits } from "./unit-columns.ts";
import { ownedLead, ownedPartners } from "./table-owner.ts";
import { partnersInTask } from "./task-partners.ts";
import { subRowLead } from "./sub-rows.ts";
import { withSlashPartners } from "./slash-roles.ts";
import { phraseUnits } from "./phrase-units.ts";
import type { TableLayout } from "./table-layout.ts";
import type { Open } from "./open-rows.ts";
import type { RowCells } from "./row-cells.ts";
import type { TableWalk } from "./table-walk.ts";

export interface RowLeads {
  lead: ResolvedName[];
  coordinators: ResolvedName[];
  /** Every partner the row names, the lead among them too. */
  partners: ResolvedName[];
  /** The units the row marks, in a matrix of units as columns. */
  marks: { lead: string[]; coordinators: string[] } | null;
  /** The lead of the group row or heading over the row, which its blank lead cell takes. */
  groupsLead: ResolvedName[] | undefined;
}

/** The row's units as its cells name them: marks, a sentence or a cell of names in words, or a column per role. */
function rowUnits(walk: TableWalk, layout: TableLayout, row: RowCells, ref: string, sentence: boolean) {
  const { ctx } = walk;
  const { columns, unitMarks } = layout;
  const { cell } = row;
  const marks = unitMarks && markedUnits(row.cells, unitMarks, layout.otherUnits, layout.groups?.note);
  // A team named with its agency ("Đoàn số 1 (Sở Nội vụ chủ trì)") is that agency, in a sentence too (`people.ts`).
  // "Sở A/ Sở B" under a title "Chủ trì/phối hợp" is a way of writing partners too (`slash-roles.ts`).
  const units = marks
    ? namedUnits(ctx, ref, marks.lead, marks.coordinators)
    : (columns.coordinators === undefined && !row.labelled) || sentence
      ? phraseUnits(ctx, ref, withSlashPartners(bodiesOfTeams(cell("lead")), layout.leadTitle), walk.firstLeads)
      : namedUnits(ctx, ref, [bodiesOfPeople(cell("lead"))], [bodiesOfPeople(cell("coordinators"))]);
  return { marks, units };
}

/**
 * Who leads row `ref` and who works with it; `sub`: a sub-row under the title row `parent` ("a)", sub-rows.ts);
 * `sentence`: its lead's cell says who leads, who helps and when.
 */
export function rowLeads(
  walk: TableWalk,
  layout: TableLayout,
  row: RowCells,
  { ref, sub, parent, sentence }: { ref: string; sub: boolean; parent: Open | undefined; sentence: boolean },
): RowLeads {
  const { ctx, owner } = walk;
  const { cell } = row;
  const { marks, units } = rowUnits(walk, layout, row, ref, sentence);
  const heading = walk.headingLead.length ? walk.headingLead : undefined;
  const over = !marks && !cell("lead") ? walk.stack.findLast((o) => o.lead) : undefined;
  const groupsLead = !marks && !cell("lead") ? (over?.lead ?? heading) : undefined;
  // Both unit cells blank under a row that names its units: those cells are merged down from it, partners too.
  const overPartners = over && !cell("coordinators") ? (over.coordinators ?? []) : [];
  const rowLead =
    owner && !row.labelled ? ownedLead(ctx, ref, owner, row.cells, groupsLead) : (groupsLead ?? units.lead);
  const rowsLead = sub
    ? subRowLead(rowLead, cell("lead"), walk.tasks.findLast((t) => t.ref === parent?.ref)?.lead)
    : rowLead;
  // No column of partners: the task's own words may name them ("…, phối hợp với Sở X", `task-partners.ts`).
  const helpers = layout.columns.coordinators === undefined && !marks ? partnersInTask(ctx, ref, cell("task")) : [];
  // A table with no unit column: the partners its introduction and the row's note name (`table-owner.ts`).
  const owned = owner && !row.labelled ? ownedPartners(ctx, ref, owner, row.cells) : [];
  // "Sở Nội vụ" leads and "các sở, ban, ngành" coordinate: the lead is not also a coordinator (partners.ts).
  const partners = [...units.coordinators, ...owned, ...helpers, ...overPartners];
  return { ...besideLead(rowsLead, partners), partners, marks, groupsLead };
}
