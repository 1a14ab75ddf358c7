// An item may say the work once and then only who does it by when, point by point: "2. Các đơn vị có tham luận gửi
// bài tham luận về Sở Nội vụ, cụ thể: a) Sở A, Sở B: chậm nhất ngày D; b) UBND xã C: chậm nhất ngày E." Each point
// names units only; its task is the item's work, which the point's title takes, as /tasks must show the work.
import { predicateOf, unitsNamedOnly } from "./clause.ts";
import type { UnitResolver } from "../domain/resolve-units.ts";

// "…, cụ thể:", "…, cụ thể như sau:", a bare colon: the words opening the points, no part of the work.
const OPENS_POINTS = /(?:[,;]?(?:\s*(?:cụ thể|như sau|gồm|theo đó))+)?\s*:\s*$/iu;

/**
 * The work of the item above for a point whose title names units only; null when the point says its own work or
 * the item says none. An item opening with its verb ("Gửi báo cáo về Sở Nội vụ, cụ thể:") is all work. A bracket
 * in the item's subject ("(chủ đề tại Chương trình …)") holds no verb of it.
 */
export function pointWork(resolver: UnitResolver, title: string, above: string | undefined): string | null {
  // Only an item that opens its points with a colon hands them its work.
  if (!above || !/:\s*$/.test(above) || unitsNamedOnly(resolver, title).length === 0) return null;
  const masked = above.replace(/\([^()]*\)/g, (m) => "_".repeat(m.length));
  const predicate = predicateOf(masked);
  if (!predicate) return null;
  const work = above
    .slice(above.length - predicate.length)
    .replace(OPENS_POINTS, "")
    .trim();
  return work ? work.charAt(0).toUpperCase() + work.slice(1) : null;
}
