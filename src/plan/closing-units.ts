// A task may close with a bracket that names its units and nothing else:
//   "a) Rà soát …, hoàn thành trước ngày 31/3/2024 (Sở Tư pháp; các sở, ban, ngành)."
// As plans write it (and state it, when they do: "cơ quan ghi trước dấu chấm phẩy là cơ quan chủ trì"), the names
// before the semicolon lead and those after it coordinate; a bracket with no semicolon names leads only (or, under
// the plan's legend "ghi đầu tiên là chủ trì", its first name leads). A bracket holding anything but names (a date,
// a note, "(sửa đổi)", a legal reference) is no one's, and so is one that qualifies the name just before it ("gửi
// Sở Nội vụ (Phòng Cải cách hành chính)"). With no semicolon to give it the shape, a bracket of names the directory
// wholly lacks ("(Đoàn số 2)") is an aside too. A semicolon between whole groups only ("(các sở, ban, ngành; UBND
// các xã, phường)") parts the kinds of units addressed, all of whom do the work each for itself: none of a whole kind
// helps another whole kind, so all lead.
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";
import { unitsNamedOnly, type ClauseUnits } from "./clause.ts";
import { firstListedLead } from "./first-listed-lead.ts";
import { wholeGroups } from "./whole-groups.ts";

// A closing bracket, no bracket inside it.
const CLOSING_BRACKET = /\(([^()]+)\)[\s.;]*$/u;
// The longest name a qualified unit before a bracket is looked for in, in words.
const NAME_WORDS = 10;

export interface ClosingUnits {
  /** Where the bracket opens: the title and its time end there. */
  at: number;
  units: ClauseUnits;
}

/** The units of a piece that names units and nothing else, or null. */
function namesOnly(resolver: UnitResolver, piece: string): ResolvedName[] | null {
  const names = unitsNamedOnly(resolver, piece);
  return names.length > 0 ? names : null;
}

/** Whether the text before a bracket ends with a unit's name, which the bracket then qualifies. */
function endsWithUnit(resolver: UnitResolver, before: string): boolean {
  const words = before.replace(/[\s,;:]+$/u, "").split(/\s+/u);
  for (let n = 1; n <= Math.min(NAME_WORDS, words.length); n++)
    if (resolver.find(words.slice(-n).join(" "))) return true;
  return false;
}

function unique(names: ResolvedName[], without: ResolvedName[] = []): ResolvedName[] {
  return names.filter(
    (u, i, all) => all.findIndex((o) => o.name === u.name) === i && !without.some((o) => o.name === u.name),
  );
}

/** The units a task's closing bracket names, or null when it names none or holds anything else. */
export function closingUnits(resolver: UnitResolver, text: string, firstListedLeads = false): ClosingUnits | null {
  const m = CLOSING_BRACKET.exec(text);
  if (!m) return null;
  const written = m[1]!.split(";");
  const pieces = written.map((p) => namesOnly(resolver, p.trim()));
  if (pieces.some((p) => p === null)) return null;
  const named = pieces as ResolvedName[][];
  const before = text.slice(0, m.index);
  if (named.length === 1) {
    // Without the semicolon's shape, names the directory wholly lacks ("(Đoàn số 2, Đoàn số 3)") are an aside.
    if (!named[0]!.some((n) => n.resolved)) return null;
    if (endsWithUnit(resolver, before)) return null;
    const units = firstListedLeads ? firstListedLead(resolver, m[1]!) : { lead: unique(named[0]!), coordinators: [] };
    return { at: m.index, units };
  }
  if (named.every((names, i) => wholeGroups(written[i]!, names)))
    return { at: m.index, units: { lead: unique(named.flat()), coordinators: [] } };
  const lead = unique(named[0]!);
  return { at: m.index, units: { lead, coordinators: unique(named.slice(1).flat(), lead) } };
}
