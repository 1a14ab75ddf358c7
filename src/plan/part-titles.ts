// A part named in words stands centred on a line of its own, its title on the next ("Phần thứ hai" over "NHIỆM VỤ CỤ
// THỂ", "Chương II" over "QUY ĐỊNH CỤ THỂ"): the two lines are one heading, the part and its title, as "A. NHIỆM VỤ"
// is one line.
import type { Block } from "./document.ts";
import { markerOf } from "./numbering.ts";

/** "Phần thứ hai" centred on its line, "NHIỆM VỤ CỤ THỂ" on the next: one heading, the part and its title. */
export function withPartTitles(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    const marker = block.type === "text" ? markerOf(block.text.trim(), null) : null;
    if (block.type === "text" && marker?.kind === "part" && !marker.rest && next?.type === "text") {
      if (!markerOf(next.text, null)) {
        out.push({ type: "text", text: `${block.text.trim()}. ${next.text.trim()}` });
        i++;
        continue;
      }
    }
    out.push(block);
  }
  return out;
}
