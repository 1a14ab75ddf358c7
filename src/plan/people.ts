// A cell may name people instead of bodies: a team's head by post ("Đồng chí Phó Giám đốc Sở Nội vụ",
// "Lãnh đạo Văn phòng UBND tỉnh") or staff of an office with their body in brackets ("công chức Phòng
// Pháp chế (Sở Tư pháp)"). Who does the work is then the body they belong to.
import { withoutHeadPosts } from "./head-post.ts";

// "Lãnh đạo Sở X": the body's leadership; a post ("Đồng chí Phó Giám đốc Sở X", "Đ/c Chánh Thanh tra tỉnh") is
// read as a head's post (head-post.ts).
const LEADERSHIP = /^\s*(?:(?:đồng chí|đ\/c)\s+)?lãnh đạo\s+(?=\p{Lu})/iu;
// "công chức Phòng X (Sở Y)": staff named by their office, their body in the brackets.
const STAFF = /(^|[;,]\s*)(?:công chức|cán bộ|viên chức|chuyên viên)\s[^;,()]*\(([^()]+)\)/giu;

// A schedule names the team visiting rather than a body: by its kind and number ("Đoàn số 1", "Tổ công tác số 2",
// "Đoàn 1", "Đoàn kiểm tra liên ngành") and the agency leading it, in a bracket ("(Sở Nội vụ chủ trì)", "(do Văn
// phòng UBND tỉnh chủ trì)", "(Trưởng đoàn: Lãnh đạo Sở Nội vụ)"), after "của" or "do" ("Đoàn kiểm tra của Sở Nội
// vụ"), or after its head's label ("Đoàn 1 - Trưởng đoàn: Lãnh đạo Sở Nội vụ"). The team is that agency's. A body
// whose name opens with the word ("Đoàn Thanh niên") is none: only a team's own words may follow the kind.
const TEAM = String.raw`(?:[Đđ]oàn|[Tt]ổ|[Đđ]ội)(?:\s+(?:công tác|kiểm tra|giám sát|khảo sát|thanh tra|liên ngành))*(?:\s+(?:số\s+)?(?:\d{1,2}|[IVX]{1,4})(?![\p{L}\d]))?`;
const HEAD_LABEL = String.raw`(?:[Tt]rưởng đoàn|[Tt]ổ trưởng|[Đđ]ội trưởng)\s*:\s*`;
const TEAM_OF = new RegExp(
  String.raw`(^|[;\n]\s*)${TEAM}(?:\s*\(\s*(?:do\s+)?(\p{Lu}[^()]*?)\s+chủ trì\s*\)|\s*\(\s*${HEAD_LABEL}([^()]+)\)|\s*[-–:]\s*${HEAD_LABEL}|\s+(?:của|do)\s+(?=\p{Lu}))`,
  "gu",
);

/** The cell with every team named with its agency replaced by that agency. */
export const bodiesOfTeams = (cell: string): string =>
  cell.replace(TEAM_OF, (_, before: string, chair?: string, head?: string) => `${before}${chair ?? head ?? ""}`);

/** The cell with every person named by post or as staff, or team named with its agency, replaced by their body. */
export function bodiesOfPeople(cell: string): string {
  return withoutHeadPosts(bodiesOfTeams(cell).replace(LEADERSHIP, "")).replace(STAFF, "$1$2");
}
