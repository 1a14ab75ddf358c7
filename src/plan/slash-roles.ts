// One column titled with both roles parted by a slash ("Cơ quan chủ trì/phối hợp", "Chủ trì / Phối hợp") writes its
// cells the same way: "Sở A/ Sở B, Sở C" — who leads before the slash, who works with them after it, as the title
// reads. A cell with no slash names leads only. A slash inside a name ("UBND các huyện/thành phố") is followed by a
// word in lower case, never by a unit's capitalised name, and parts nothing.
import { fold } from "../domain/text.ts";

// A title's words before its slash end naming the lead, those after it name the partners (folded: no slash).
const LEAD_BEFORE = /\bchu tri$/;
const PARTNERS_AFTER = /^(?:(?:co quan|don vi) )?phoi hop\b/;
/** The slash parting the lead from the partners: a capitalised name follows it. */
const ROLES_SLASH = /\s*\/\s*(?=\p{Lu})/u;

/** Whether a units column's title says its cells write the lead, a slash, then the partners. */
export function titlesLeadSlashPartners(title: string): boolean {
  const [before, after, ...more] = title.split("/");
  return after !== undefined && !more.length && LEAD_BEFORE.test(fold(before!)) && PARTNERS_AFTER.test(fold(after));
}

/**
 * The cell "A/ B, C" of a column so titled (`title`) written as "A; phối hợp với B, C" (the grammar of `clause.ts`);
 * any other cell as it is.
 */
export function withSlashPartners(cell: string, title: string): string {
  const at = titlesLeadSlashPartners(title) ? ROLES_SLASH.exec(cell) : null;
  if (!at) return cell;
  const [lead, partners] = [cell.slice(0, at.index).trim(), cell.slice(at.index + at[0].length).trim()];
  return lead && partners ? `${lead}; phối hợp với ${partners}` : cell;
}
