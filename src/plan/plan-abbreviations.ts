// A plan whose tables head columns with short forms spells them out once, before the table: "Chữ viết
// tắt: SNV - Sở Nội vụ; VP - Văn phòng UBND tỉnh; SBN - các sở, ban, ngành tỉnh." A careful reader reads
// each short form as the plan defines it, whatever the directories call the unit.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";

const LIST_LABEL = /^(?:chu |cac chu |ky hieu )?viet tat$/;
// "SNV - Sở Nội vụ", "KHCN: Sở Khoa học và Công nghệ": a short form of capitals, then what it stands for.
const ENTRY = /^\s*([\p{Lu}&][\p{Lu}\p{Nd}&.-]{0,11})\s*(?:[-–:=]|là)\s+(\S.*?)\s*$/u;

/** Each short form the plan defines (its key as written) → the words it stands for. */
export function planAbbreviations(blocks: readonly Block[]): Map<string, string> {
  const defined = new Map<string, string>();
  for (const block of blocks) {
    if (block.type !== "text") continue;
    const colon = block.text.indexOf(":");
    if (colon < 0 || !LIST_LABEL.test(fold(block.text.slice(0, colon)))) continue;
    for (const part of block.text
      .slice(colon + 1)
      .replace(/\.\s*$/, "")
      .split(";")) {
      const m = ENTRY.exec(part);
      if (m) defined.set(m[1]!, m[2]!);
    }
  }
  return defined;
}
