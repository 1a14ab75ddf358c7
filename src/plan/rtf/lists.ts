// Word's automatic numbering in RTF: the list table (\listtable: each \list by its \listid, nine \listlevel or one
// with \listsimple, each level's format \levelnfc, start \levelstartat, label text \leveltext with the levels'
// numbers at the places \levelnumbers lists) and the list override table (\listoverridetable: each \ls number a
// paragraph names, the list it uses, a level restarted by \listoverridestartat). Read into the lists the .docx
// engine counts (docx/numbering.ts's countedNumbering), so a paragraph's label ("I.", "1.2.", "a)") is the one its
// .docx gives, typed as the .docx reader types it.
import {
  type AbstractList,
  countedNumbering,
  LABEL_CHARS,
  NFC_FORMATS,
  type Level,
  LEVELS,
  type Num,
  type Numbering,
} from "../docx/numbering.ts";
import { type Group, groups, param } from "./tree.ts";

/** A destination's bytes and \u characters as one string of char codes (\leveltext, \levelnumbers). */
function chars(group: Group | undefined): number[] {
  const out: number[] = [];
  let skip = 0;
  for (const item of group?.items ?? []) {
    if ("group" in item) continue;
    if ("byte" in item) {
      if (skip > 0) skip--;
      else out.push(item.byte);
    } else if (item.word === "u" && item.param !== null) {
      out.push(item.param < 0 ? item.param + 0x10000 : item.param);
      skip = 1;
    }
  }
  return out;
}

const named = (group: Group, word: string) =>
  groups(group).find((g) => g.items.some((item) => "word" in item && item.word === word));

function readLevel(group: Group): Level {
  const text = chars(named(group, "leveltext"));
  const places = new Set(chars(named(group, "levelnumbers")).filter((c) => c !== 0x3b));
  const length = Math.min(text[0] ?? 0, text.length - 1, LABEL_CHARS);
  let label = "";
  for (let k = 1; k <= length; k++) {
    const code = text[k]!;
    label += places.has(k) && code < LEVELS ? `%${code + 1}` : String.fromCharCode(code);
  }
  const nfc = param(group, "levelnfc") ?? param(group, "levelnfcn") ?? 0;
  const legal = param(group, "levellegal");
  return {
    start: param(group, "levelstartat") ?? 1,
    format: NFC_FORMATS[nfc ?? 0] ?? "decimal",
    text: label,
    legal: legal !== undefined && legal !== 0,
    ...(param(group, "levelnorestart") === 1 && { restart: 0 }),
  };
}

function levelsOf(group: Group): Map<number, Level> {
  const levels = new Map<number, Level>();
  const found = groups(group).filter((g) => g.items.some((item) => "word" in item && item.word === "listlevel"));
  found.slice(0, LEVELS).forEach((level, i) => levels.set(i, readLevel(level)));
  return levels;
}

/** The numbering of the file's lists; null when it has no list table. */
export function readLists(listTable: Group | null, overrideTable: Group | null): Numbering | null {
  if (!listTable) return null;
  const lists = new Map<string, AbstractList>();
  for (const list of groups(listTable)) {
    const id = param(list, "listid");
    if (id !== undefined && id !== null) lists.set(String(id), { levels: levelsOf(list) });
  }
  const nums = new Map<string, Num>();
  for (const override of overrideTable ? groups(overrideTable) : []) {
    const ls = param(override, "ls");
    const listId = param(override, "listid");
    if (ls === undefined || ls === null || listId === undefined || listId === null) continue;
    const num: Num = { abstractId: String(listId), starts: new Map(), levels: new Map() };
    groups(override)
      .filter((g) => g.items.some((item) => "word" in item && item.word === "lfolevel"))
      .slice(0, LEVELS)
      .forEach((lfo, i) => {
        const level = named(lfo, "listlevel");
        if (param(lfo, "listoverrideformat") !== undefined && level) num.levels.set(i, readLevel(level));
        const start = param(lfo, "levelstartat") ?? (level && param(level, "levelstartat"));
        if (param(lfo, "listoverridestartat") !== undefined && start !== undefined && start !== null)
          num.starts.set(i, start);
      });
    nums.set(String(ls), num);
  }
  return countedNumbering(lists, nums, () => undefined);
}
