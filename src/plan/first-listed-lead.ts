// A units cell that lists names only ("Sở A  Sở B  Các sở, ban, ngành") under a legend of the plan's own
// ("đơn vị ghi đầu tiên là đơn vị chủ trì; các đơn vị còn lại là đơn vị phối hợp"): the first unit written leads,
// the others coordinate. Without such a legend a list of names in one column names co-leads.
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";

/** A plan's legend saying the unit written first in a cell leads ("ghi đầu tiên là đơn vị chủ trì"). */
const FIRST_LISTED_LEADS = /\b(ghi|neu|xep|dung) (dau tien|truoc tien|dau)\b[^.;]{0,30}\bchu tri\b/;

export const saysFirstListedLeads = (text: string): boolean => FIRST_LISTED_LEADS.test(fold(text));

/** Whether two readings name the same units in the same order, a unit named twice counted once. */
function sameNames(a: ResolvedName[], b: ResolvedName[]): boolean {
  const names = [...new Set(a.map((n) => n.name))];
  return names.length === b.length && names.every((n, i) => n === b[i]!.name);
}

/**
 * Where the first unit's name ends: the first word boundary before which whole units are named and after which
 * the rest reads as it does in the whole cell; else, the first name being one the directory lacks (and so
 * running on into the next), the first boundary after which only known units follow. A cell joined from its
 * lines keeps no mark between names.
 */
function firstNameEnd(resolver: UnitResolver, words: string[], all: ResolvedName[]): number {
  const splits = words.slice(1).map((_, i) => ({
    at: i + 1,
    head: resolver.resolveList(words.slice(0, i + 1).join(" ")),
    rest: resolver.resolveList(words.slice(i + 1).join(" ")),
  }));
  const known = (names: ResolvedName[]) => names.length > 0 && names.every((n) => n.resolved);
  const whole = splits.find(({ head, rest }) => known(head) && rest.length > 0 && sameNames([...head, ...rest], all));
  // A cell of known units has no unknown name to run on ("Văn phòng" | "UBND tỉnh" is one known name).
  const afterUnknown = known(all)
    ? undefined
    : splits.find(({ head, rest }) => head.length > 0 && !known(head) && known(rest));
  // Names the directory lacks, each read whole ("Trung tâm … tỉnh" | "UBND các xã"): the first ends where the first
  // name the whole cell reads does.
  const firstOfAll = splits.find(
    ({ head, rest }) => head.length === 1 && rest.length > 0 && sameNames([...head, ...rest], all),
  );
  return (whole ?? afterUnknown ?? firstOfAll)?.at ?? words.length;
}

/** The lead (the units of the first name written) and the coordinators (the rest) of a cell of names. */
export function firstListedLead(
  resolver: UnitResolver,
  cell: string,
): { lead: ResolvedName[]; coordinators: ResolvedName[] } {
  const all = resolver.resolveList(cell);
  const words = cell.split(/\s+/).filter(Boolean);
  const end = firstNameEnd(resolver, words, all);
  const lead = resolver.resolveList(words.slice(0, end).join(" "));
  const coordinators = resolver
    .resolveList(words.slice(end).join(" "))
    .filter((c) => !lead.some((l) => l.name === c.name));
  return { lead, coordinators };
}
