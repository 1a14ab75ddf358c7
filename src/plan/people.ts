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
const HEAD = String.raw`(?:[Tt]rưởng đoàn|[Tt]ổ trưởng|[Đđ]ội trưởng)\s*:\s*`;
const HEAD_LABEL = new RegExp(`^${HEAD}`, "u");
const TEAM_OF = new RegExp(
  String.raw`(^|[;\n]\s*)${TEAM}(?:\s*\(([^()]*)\)|\s*[-–:]\s*${HEAD}|\s+(?:của|do)\s+(?=\p{Lu}))`,
  "gu",
);
const CHAIR = " chủ trì";

/** The agency a team's bracket names as leading it ("do X chủ trì", "Trưởng đoàn: X"), or null. */
function bracketAgency(inside: string): string | null {
  const text = inside.trim();
  const headed = text.replace(HEAD_LABEL, "");
  const chair = text.endsWith(CHAIR) ? text.slice(0, -CHAIR.length).replace(/^do\s+/u, "") : "";
  const agency = headed === text ? chair : headed;
  // "(Tổ trưởng: Phó Giám đốc Sở)", "(Tổ trưởng: Chánh Văn phòng)": a post in a body named only by its kind names
  // no agency; the team stays as written.
  const body = withoutHeadPosts(agency.replace(LEADERSHIP, "")).trim();
  return /^\p{Lu}/u.test(agency) && !BARE_KIND.test(body) ? agency : null;
}
const BARE_KIND = /^(?:sở|văn phòng|phòng|ban|ubnd|ủy ban nhân dân|cục|chi cục|trung tâm)?$/iu;

// A team's makeup may fill the cell: its label, its head by post with the head's mark in brackets, then the bodies
// sending representatives ("Đoàn số 1: Lãnh đạo Sở Nội vụ (Trưởng đoàn); đại diện Văn phòng UBND tỉnh, Sở Tư pháp").
// The head's body leads the visit and the bodies represented take part: the cell is written as one naming its lead
// ("Sở Nội vụ (chủ trì); Văn phòng UBND tỉnh, Sở Tư pháp"). Without the mark a label and its colon stay as written.
const HEAD_MARK = /\s*\(\s*(?:trưởng đoàn|tổ trưởng|đội trưởng)\s*\)/iu;
const TEAM_LABEL = new RegExp(String.raw`^\s*${TEAM}\s*:\s*`, "u");
const HEAD_LEADERSHIP = /(^|[;,]\s*)(?:(?:đồng chí|đ\/c)\s+)?lãnh đạo\s+(?=\p{Lu})/giu;
// "đại diện Sở X", "thành viên: đại diện lãnh đạo Sở X", "Thành viên gồm Sở X": who the members come from.
const MEMBERS_LABEL =
  /(^|[;,]\s*)(?:thành viên(?:\s+gồm)?\s*(?::\s*)?)?(?:(?:các\s+)?đại diện(?:\s+(?:của|lãnh đạo))?\s+)?(?=\p{Lu}|các\s)/giu;

/** A team's makeup written as a cell naming its lead and partners; any other cell as it is. */
function withTeamMakeup(cell: string): string {
  if (!HEAD_MARK.test(cell)) return cell;
  const marked = cell.replace(TEAM_LABEL, "").replace(HEAD_MARK, " (chủ trì)");
  return withoutHeadPosts(marked.replace(HEAD_LEADERSHIP, "$1").replace(MEMBERS_LABEL, "$1"));
}

/** The cell with every team named with its agency replaced by that agency; a bracket naming none stays. */
export const bodiesOfTeams = (cell: string): string =>
  withTeamMakeup(cell).replace(TEAM_OF, (team: string, before: string, inside?: string) => {
    const agency = inside === undefined ? "" : bracketAgency(inside);
    return agency === null ? team : `${before}${agency}`;
  });

/** The cell with every person named by post or as staff, or team named with its agency, replaced by their body. */
export function bodiesOfPeople(cell: string): string {
  return withoutHeadPosts(bodiesOfTeams(cell).replace(LEADERSHIP, "")).replace(STAFF, "$1$2");
}
