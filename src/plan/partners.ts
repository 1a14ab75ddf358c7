// The partners of a task beside its lead. A unit both leads and takes part only once, as the lead ("Sở Nội vụ chủ
// trì, phối hợp với các sở, ngành": Sở Nội vụ is no partner of itself). A partner written by the name of a body that
// has since merged into the lead ("Sở Khoa học và Công nghệ chủ trì, phối hợp với … Sở Thông tin và Truyền thông …",
// read after the two merged) is that lead too; the old name it was written by stays with the lead, so the admin is
// still told that the old body's share went to its successor.
import type { ResolvedName } from "../domain/resolve-units.ts";

export interface Roles {
  lead: ResolvedName[];
  coordinators: ResolvedName[];
}

/** The lead, told of the old names its partners were written by, and the partners that are not the lead. */
export function besideLead(lead: ResolvedName[], coordinators: ResolvedName[]): Roles {
  const merged = lead.map((unit) => {
    const old = coordinators
      .filter((c) => c.name === unit.name && c.succeededFrom)
      .map((c) => c.succeededFrom!)
      .filter((name) => !unit.succeededFrom?.includes(name));
    if (old.length === 0) return unit;
    return { ...unit, succeededFrom: [unit.succeededFrom, ...old].filter(Boolean).join("; ") };
  });
  return { lead: merged, coordinators: coordinators.filter((c) => !lead.some((l) => l.name === c.name)) };
}
