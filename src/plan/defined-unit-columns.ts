// A checklist matrix heads one column per unit with the short form its plan defines above the table
// ("SNV" | "VP" | "SBN" | "XP", "Chữ viết tắt: SNV - Sở Nội vụ; …"), marks who leads and who helps in
// each row, and names any unit it has no column for in a last "Đơn vị khác" column, each with its role
// in brackets: "Bưu điện tỉnh (PH)". The header is one row, with no title over the units to say who.
import { fold } from "../domain/text.ts";

/** Column → the unit its short form stands for, when at least two labels are short forms the plan defines. */
export function definedUnitColumns(header: string[], defined: ReadonlyMap<string, string>): Map<number, string> | null {
  const units = new Map<number, string>();
  header.forEach((label, i) => {
    const unit = defined.get(label.trim());
    if (unit) units.set(i, unit);
  });
  return units.size >= 2 ? units : null;
}

/** The column of the units the matrix has no column for: "Đơn vị khác", "Cơ quan khác", "Các đơn vị khác". */
export function otherUnitsColumn(header: string[]): number | undefined {
  const i = header.findIndex((label) => /^(cac )?(co quan|don vi)( \S+)? khac$/.test(fold(label)));
  return i < 0 ? undefined : i;
}

const ROLE_TAG = /\s*\((ct|chu tri|ph|phoi hop)\)\s*$/;

/** "X (CT); Y (PH)": the names by the role each is tagged with; a name with no tag helps. */
export function taggedUnits(cell: string): { lead: string[]; coordinators: string[] } {
  const roles = { lead: [] as string[], coordinators: [] as string[] };
  for (const part of cell.split(";")) {
    const name = part.trim();
    if (!name) continue;
    const tag = /\(([^()]*)\)\s*$/u.exec(name);
    const role = tag && ROLE_TAG.exec(`(${fold(tag[1]!)})`)?.[1];
    const bare = role ? name.slice(0, tag!.index).trim() : name;
    (role === "ct" || role === "chu tri" ? roles.lead : roles.coordinators).push(bare);
  }
  return roles;
}

// A note beside the marks naming a unit with its role: "Phối hợp Bưu điện tỉnh", "Chủ trì: Công an tỉnh".
const ROLE_NOTE = /^(chủ trì|phối hợp)(?:\s+với)?(?:\s+(?::\s+)?|:\s+)(\p{Lu}.*?)[.;]?$/iu;

/** The units a note names by their role; none when it says something else ("Trước 15/3/2025"). */
export function roleNote(cell: string): { lead: string[]; coordinators: string[] } {
  const m = ROLE_NOTE.exec(cell.trim());
  if (!m) return { lead: [], coordinators: [] };
  const lead = /^ch/iu.test(m[1]!);
  return { lead: lead ? [m[2]!] : [], coordinators: lead ? [] : [m[2]!] };
}
