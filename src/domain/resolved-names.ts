// A name as the resolver gives it back (a unit of the directory, or a name kept as written), and the list of them it
// returns: each unit once, with the old names a successor was written as.
import { fold } from "./text.ts";
import type { UnitKind } from "./units.ts";

export interface ResolvedName {
  name: string;
  kind: UnitKind;
  resolved: boolean;
  /**
   * When the plan names a unit of an earlier directory and `name` is its successor: that unit as the plan
   * writes it, its full name in brackets when written otherwise ("Sở TT&TT (Sở Thông tin và Truyền thông)"),
   * so that the admin told of the successor finds the name in the plan.
   */
  succeededFrom?: string;
  /** A group narrowed by what follows it ("các đơn vị được kiểm tra"): some of its members, for the admin to name. */
  narrowed?: true;
}

/** A unit's name as a plan writes it, with its full name when that differs. */
export function asWritten(name: string, written: string): string {
  return fold(written) === fold(name) ? name : `${written} (${name})`;
}

/** Each unit once; a successor named by several old names it took over keeps them all, for the admin's warning. */
export function dedupe(names: ResolvedName[]): ResolvedName[] {
  const seen = new Map<string, ResolvedName>();
  for (const n of names) {
    const first = seen.get(n.name);
    if (!first) seen.set(n.name, n);
    else if (first.succeededFrom && n.succeededFrom && !first.succeededFrom.includes(n.succeededFrom))
      seen.set(n.name, { ...first, succeededFrom: `${first.succeededFrom}; ${n.succeededFrom}` });
  }
  return [...seen.values()];
}
