// A joint plan of two bodies ("Kế hoạch phối hợp giữa Sở Nội vụ và Sở Tư pháp …", its title opening "Giữa Sở A và Sở
// B …") calls them together by their number and kind: "hai Sở", "Hai bên", "hai cơ quan", "cả hai ngành". Those words
// are the two parties, who both do what they are given ("Hai Sở cử …", "3. Nội dung hai Sở cùng thực hiện" over its
// points), as if each were named.
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";
import type { Block } from "./document.ts";
import { spellingFirst } from "./spelling-first.ts";

// The opening blocks a title stands in (header, kind, title, first paragraph).
const OPENING_BLOCKS = 14;
// "Giữa Sở A và Sở B …", "… phối hợp giữa A với B": the parties follow "giữa".
const BETWEEN = /(?:^|\sphối hợp\s)giữa\s+(\S.{0,300})/iu;
// The two parties called together: "hai Sở", "Hai bên", "cả hai cơ quan", "hai đơn vị", "hai ngành".
const BOTH = /(?<![\p{L}\d])(?:[Cc]ả\s+)?[Hh]ai\s+(?:Sở|sở|bên|cơ quan|đơn vị|ngành)(?![\p{L}\d])/gu;

/** The two bodies a joint plan's title says it is between, or null when it names no two such bodies. */
export function jointParties(blocks: readonly Block[], resolver: UnitResolver): ResolvedName[] | null {
  for (const block of blocks.slice(0, OPENING_BLOCKS)) {
    if (block.type !== "text") continue;
    const after = BETWEEN.exec(block.text.normalize("NFC").trim())?.[1];
    if (!after) continue;
    const parties = resolver.leadingUnits(after.replace(/\s+với\s+/u, " và "));
    return parties.length === 2 && parties.every((p) => p.resolved) ? parties : null;
  }
  return null;
}

/** A resolver reading "hai Sở", "hai bên" as the plan's two parties. */
export function withJointParties(resolver: UnitResolver, parties: ResolvedName[] | null): UnitResolver {
  if (!parties) return resolver;
  const both = parties.map((p) => p.name).join(", ");
  return spellingFirst(resolver, (text) => text.replace(BOTH, both));
}
