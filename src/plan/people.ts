// A cell may name people instead of bodies: a team's head by post ("Đồng chí Phó Giám đốc Sở Nội vụ",
// "Lãnh đạo Văn phòng UBND tỉnh") or staff of an office with their body in brackets ("công chức Phòng
// Pháp chế (Sở Tư pháp)"). Who does the work is then the body they belong to.
import { withoutHeadPosts } from "./head-post.ts";

// "Lãnh đạo Sở X": the body's leadership; a post ("Đồng chí Phó Giám đốc Sở X", "Đ/c Chánh Thanh tra tỉnh") is
// read as a head's post (head-post.ts).
const LEADERSHIP = /^\s*(?:(?:đồng chí|đ\/c)\s+)?lãnh đạo\s+(?=\p{Lu})/iu;
// "công chức Phòng X (Sở Y)": staff named by their office, their body in the brackets.
const STAFF = /(^|[;,]\s*)(?:công chức|cán bộ|viên chức|chuyên viên)\s[^;,()]*\(([^()]+)\)/giu;

/** The cell with every person named by post or as staff replaced by the body they belong to. */
export function bodiesOfPeople(cell: string): string {
  return withoutHeadPosts(cell.replace(LEADERSHIP, "")).replace(STAFF, "$1$2");
}
