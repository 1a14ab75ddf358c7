// A plan that names its units by short forms of its own spells them out once, in a list:
//   Viết tắt: VP Sở - Văn phòng Sở; P.KT - Phòng Kinh tế; UBND các xã, TT - UBND các xã, thị trấn.
// Those short forms are the plan's words, known to no directory: a name is read through the list first,
// so "P.KT" is the "Phòng Kinh tế" the list spells out, resolved or reported under that name.
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";

/** "Viết tắt:", "Chữ viết tắt:", "Các từ viết tắt:", "Ghi chú viết tắt:" opening the list's paragraph. */
const LIST_OPENING = /^(?:ghi chu\s*[:,-]?\s*)?(?:cac\s+)?(?:(?:chu|tu)\s+)?viet tat\s*:/;
// "VP Sở - Văn phòng Sở", "STC = Sở Tài chính": the short form, a spaced dash or "=", the full name.
const ENTRY = /^(.+?)\s+(?:[-–—]|=)\s+(.+)$/u;

/** The short forms of names a plan's list of abbreviations spells out, each with its full name. */
export function readAbbreviations(blocks: readonly Block[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const block of blocks) {
    if (block.type !== "text" || !LIST_OPENING.test(fold(block.text, ":"))) continue;
    const list = block.text.slice(block.text.indexOf(":") + 1);
    for (const item of list.split(";")) {
      const entry = ENTRY.exec(item.trim().replace(/\.$/, ""));
      // Only names: "CT - chủ trì", "CSDL - cơ sở dữ liệu" shorten words, which no unit is called.
      if (entry && /^\p{Lu}/u.test(entry[2]!) && entry[1]!.length < entry[2]!.length) found.set(entry[1]!, entry[2]!);
    }
  }
  return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * `text` with each short form written out: a whole word or words only ("P.KT", not the "KT" of "P.KT"),
 * longest first, and never where the full name is already written ("Các phòng, đơn vị thuộc Sở" stands for
 * itself when "Các phòng" is short for it).
 */
export function spellOut(text: string, abbreviations: ReadonlyMap<string, string>): string {
  if (abbreviations.size === 0) return text;
  const shorts = [...abbreviations.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\d.&])(?:${shorts.map(escape).join("|")})(?![\\p{L}\\d&]|\\.\\p{L})`, "gu");
  return text.replace(pattern, (short, at: number) => {
    const full = abbreviations.get(short)!;
    return text.startsWith(full, at) ? short : full;
  });
}

/** A resolver that reads every name through the plan's own abbreviations before the directory. */
export function withAbbreviations(resolver: UnitResolver, abbreviations: ReadonlyMap<string, string>): UnitResolver {
  if (abbreviations.size === 0) return resolver;
  const read = (text: string) => spellOut(text, abbreviations);
  return {
    resolveList: (text: string): ResolvedName[] => resolver.resolveList(read(text)),
    leadingUnits: (text: string): ResolvedName[] => resolver.leadingUnits(read(text)),
    find: (name: string) => resolver.find(read(name)),
    directory: resolver.directory,
  };
}
