// "Chỉ đạo X …" with no subject, under a heading naming whose duties follow, is that side's task: it directs X, and
// answers for the work ("1. UBND các huyện" over "- Chỉ đạo UBND các xã niêm yết …": the districts lead). But no one
// reports to themselves: "c) Chỉ đạo UBND các xã, phường tạo điều kiện …, báo cáo kết quả về UBND tỉnh (qua Sở Nội
// vụ)" under "1. Trách nhiệm của UBND tỉnh" has the communes do the work and report it to the side that directs them,
// so the units it directs lead.
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";

const DIRECTS = /^chỉ đạo\s+(\S.*|[^\S\n\r\u2028\u2029])$/iu;
// "báo cáo kết quả về UBND tỉnh", "gửi UBND tỉnh", "báo cáo UBND tỉnh": the recipient after the verb.
const REPORTS_TO = /\b(?:báo cáo|gửi)(?:\s+kết quả)?(?:\s+(?:về|cho|lên))?\s+(\p{Lu}.*)$/u;

/**
 * The units a sentence with no subject directs, when it has them report to every one of `heading`'s units, the
 * side whose duty it would otherwise be; else empty.
 */
export function directedReporters(resolver: UnitResolver, text: string, heading: ResolvedName[]): ResolvedName[] {
  const directed = DIRECTS.exec(text.trim())?.[1];
  if (!directed || heading.length === 0) return [];
  const recipient = REPORTS_TO.exec(directed.replace(/\([^()]*\)/g, " "))?.[1];
  if (!recipient) return [];
  const recipients = resolver.leadingUnits(recipient).map((u) => u.name);
  if (!heading.every((u) => recipients.includes(u.name))) return [];
  return resolver.leadingUnits(directed);
}
