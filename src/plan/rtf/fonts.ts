// The font table (\fonttbl): each font's number, the code page its character set says (\fcharset, \cpg) and its
// name, which tells a legacy Vietnamese font (.VnTime, VNI-Times) whose text is decoded by it
// (formats/vietnamese-fonts.ts), as the .docx and .doc readers decode such runs.
import { legacyFont, type LegacyFont } from "../../formats/vietnamese-fonts.ts";
import { charsetCodePage, type CodePage } from "./code-page.ts";
import type { Group } from "./tree.ts";

export interface Font {
  page: CodePage | null;
  legacy: LegacyFont | null;
}

/** The fonts by number; a table written without groups (\f0 … ;\f1 … ;) is read as well. */
export function readFonts(table: Group): Map<number, Font> {
  const fonts = new Map<number, Font>();
  let current: { id: number; page: CodePage | null; name: string; named: boolean } | null = null;
  const end = () => {
    if (current) fonts.set(current.id, { page: current.page, legacy: legacyFont(current.name) });
    current = null;
  };
  const walk = (group: Group) => {
    for (const item of group.items) {
      if ("group" in item) {
        if (item.group.starred) continue;
        walk(item.group);
        end();
      } else if ("word" in item) {
        if (item.word === "f" && item.param !== null) {
          end();
          current = { id: item.param, page: null, name: "", named: false };
        } else if (current && item.word === "fcharset" && item.param !== null)
          current.page = charsetCodePage(item.param) ?? current.page;
        else if (current && item.word === "cpg" && item.param !== null && item.param > 0) current.page = item.param;
      } else if (current && !current.named) {
        if (item.byte === 0x3b) current.named = true;
        else if (current.name.length < 64) current.name += String.fromCharCode(item.byte);
      }
    }
  };
  walk(table);
  end();
  return fonts;
}
