// A plan may say its work twice: in the body, as points ("b) Giao Công an tỉnh …", or undated, unit-less "b) Tái cấu
// trúc quy trình …"), and in an appendix table listing each task with its lead and time, one column citing the point
// it comes from ("Điểm b khoản 2", keyed-table.ts). The appendix's rows are the tasks then; a point they cite is the
// same work said again, no task of its own, and so is what stands under it: its items, and the plain paragraph after
// it up to the next number (a closing order the reader set beside it). A heading whose every item is cited goes too:
// it only grouped them.
import type { Node } from "./prose-node.ts";

/** The nodes left once the items `repeated` cites (by ref) are taken out with all they hold. */
export function withoutRepeated(nodes: readonly Node[], repeated: ReadonlySet<string>): Node[] {
  if (repeated.size === 0) return [...nodes];
  const kept: Node[] = [];
  let dropping = false;
  for (const node of nodes) {
    // An unnumbered paragraph runs on from the item above it: it goes with it.
    if (node.ref === null && node.kind === "paragraph" && dropping) continue;
    dropping = node.ref !== null && repeated.has(node.ref);
    if (dropping) continue;
    const children = withoutRepeated(node.children, repeated);
    const emptied = node.children.length > 0 && children.length === 0;
    dropping = emptied;
    if (!emptied) kept.push(children.length === node.children.length ? node : { ...node, children });
  }
  return kept;
}
