// A Công văn addressed to one body ("Kính gửi: Sở Nội vụ tỉnh Lai Châu.") asks that body for what it lists
// ("đề nghị Quý cơ quan … 1. Rà soát …"): a task whose words name no one to do it is the addressee's. A letter to
// several bodies or to groups ("Kính gửi: Các sở, ban, ngành; UBND các huyện") leaves such a task to the admin.
import type { UnitResolver, ResolvedName } from "../domain/resolve-units.ts";
import type { Block } from "./document.ts";
import type { TaskDraft } from "./parsed-plan.ts";

/** The opening holds the address: the header and the lines under it. */
const OPENING_BLOCKS = 20;
export const ADDRESS = /^\s*kính gửi\s*:\s*/iu;

/** The one unit the letter is addressed to, when it is addressed to exactly one the directory knows. */
export function addresseeOf(blocks: readonly Block[], resolver: UnitResolver): ResolvedName | null {
  const line = blocks.slice(0, OPENING_BLOCKS).find((b) => b.type === "text" && ADDRESS.test(b.text));
  if (line?.type !== "text") return null;
  const names = resolver.resolveList(line.text.replace(ADDRESS, "").replace(/[.;,]\s*$/u, ""));
  // A group is read as its members: more than one name.
  return names.length === 1 && names[0]!.resolved ? names[0]! : null;
}

/** Tasks with no lead given to the letter's addressee. */
export function withAddressee(drafts: TaskDraft[], addressee: ResolvedName | null): TaskDraft[] {
  if (!addressee) return drafts;
  return drafts.map((d) =>
    d.lead.length > 0
      ? d
      : { ...d, lead: [addressee], coordinators: d.coordinators.filter((c) => c.name !== addressee.name) },
  );
}
