// Word's automatic numbering in a .doc ([MS-DOC] PlfLst, PlfLfo): a list (LST, by its lsid) has
// one or nine levels (LVL: start, number format, the label's text with the levels' numbers in
// it); a paragraph points to a list override (LFO, sprmPIlfo, 1-based) at a level (sprmPIlvl),
// and the override may restart a level or redefine it. Read into the lists docx/numbering.ts
// counts, so a .doc's labels are those of the same plan saved as .docx. Every count is bounded by
// the table holding it; a level cut short ends the reading of lists (none is numbered).
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

const LSTF = 28;
const LFO = 16;

class Cut extends Error {}

/** A level at `at`: the level and where the next begins. */
function readLevel(table: Buffer, at: number): { level: Level; next: number } {
  if (at + 30 > table.length) throw new Cut();
  const flags = table[at + 5]!;
  const placeholders = new Set(
    Array.from({ length: LEVELS }, (_, k) => table[at + 6 + k]!).filter((position) => position > 0),
  );
  const chars = at + 28 + table[at + 25]! + table[at + 24]!;
  if (chars + 2 > table.length) throw new Cut();
  const count = table.readUInt16LE(chars);
  const next = chars + 2 + count * 2;
  if (next > table.length) throw new Cut();
  // The label's text holds each level's number as the level's index, at the positions rgbxchNums lists.
  let text = "";
  for (let k = 0; k < Math.min(count, LABEL_CHARS); k++) {
    const code = table.readUInt16LE(chars + 2 + k * 2);
    text += placeholders.has(k + 1) && code < LEVELS ? `%${code + 1}` : String.fromCharCode(code);
  }
  const format = NFC_FORMATS[table[at + 4]!] ?? "decimal";
  const level: Level = {
    start: table.readInt32LE(at),
    format,
    text,
    legal: (flags & 0x04) !== 0,
    ...((flags & 0x08) !== 0 && { restart: table[at + 26]! }),
  };
  return { level, next };
}

function readLists(table: Buffer, plfLst: Buffer, levelsAt: number): Map<string, AbstractList> {
  const lists = new Map<string, AbstractList>();
  if (plfLst.length < 2) return lists;
  const count = Math.min(plfLst.readInt16LE(0), Math.floor((plfLst.length - 2) / LSTF));
  let at = levelsAt;
  try {
    for (let i = 0; i < count; i++) {
      const lstf = 2 + i * LSTF;
      const simple = (plfLst[lstf + 26]! & 0x01) !== 0;
      const levels = new Map<number, Level>();
      for (let l = 0; l < (simple ? 1 : LEVELS); l++) {
        const { level, next } = readLevel(table, at);
        levels.set(l, level);
        at = next;
      }
      lists.set(String(plfLst.readInt32LE(lstf)), { levels });
    }
  } catch (error) {
    if (!(error instanceof Cut)) throw error;
  }
  return lists;
}

function readOverrides(table: Buffer, plfLfo: Buffer, dataAt: number): Map<string, Num> {
  const nums = new Map<string, Num>();
  if (plfLfo.length < 4) return nums;
  const count = Math.min(plfLfo.readInt32LE(0), Math.floor((plfLfo.length - 4) / LFO));
  let at = dataAt;
  try {
    for (let i = 0; i < count; i++) {
      const lfo = 4 + i * LFO;
      const num: Num = { abstractId: String(plfLfo.readInt32LE(lfo)), starts: new Map(), levels: new Map() };
      nums.set(String(i + 1), num);
      const overrides = plfLfo[lfo + 12]!;
      // Each list override's data: a CP, then its levels' overrides.
      at += 4;
      for (let k = 0; k < overrides; k++) {
        if (at + 8 > table.length) throw new Cut();
        const start = table.readInt32LE(at);
        const flags = table.readUInt32LE(at + 4);
        at += 8;
        const ilvl = flags & 0x0f;
        if (flags & 0x10 && ilvl < LEVELS) num.starts.set(ilvl, start);
        if (flags & 0x20) {
          const { level, next } = readLevel(table, at);
          if (ilvl < LEVELS) num.levels.set(ilvl, level);
          at = next;
        }
      }
    }
  } catch (error) {
    if (!(error instanceof Cut)) throw error;
  }
  return nums;
}

/**
 * The lists of a .doc, counted. `plfLst` and `plfLfo` are the tables; their levels and override
 * data follow them in the table stream, at `levelsAt` and `overridesAt`.
 */
export function readDocNumbering(
  table: Buffer,
  plfLst: Buffer,
  levelsAt: number,
  plfLfo: Buffer,
  overridesAt: number,
): Numbering {
  const lists = readLists(table, plfLst, levelsAt);
  const nums = readOverrides(table, plfLfo, overridesAt);
  return splitListsJoined(
    countedNumbering(lists, nums, () => undefined),
    lists,
    nums,
  );
}

/**
 * A list restarted at a paragraph, as LibreOffice saves it as .doc: the restarting paragraph gets a copy of the list
 * (an identical LST defined after it) and the paragraphs after it stay in the original list, which a .doc counts on
 * its own, from its start again ("I. MỤC ĐÍCH" in the copy, then "I. NHIỆM VỤ", "II. TỔ CHỨC" in the original, where
 * the author's document read I., II., III.). So a list whose first paragraph comes after a later-defined copy of it
 * has numbered just one paragraph goes on counting from that copy. A list Word restarts is no such case: its
 * paragraphs all move to the new list, and the original, used before the copy, keeps its own count.
 */
/** How many lists of one shape begun last are looked at for the copy. */
const RECENT = 16;

function splitListsJoined(
  counted: Numbering,
  lists: ReadonlyMap<string, AbstractList>,
  nums: ReadonlyMap<string, Num>,
): Numbering {
  const order = new Map([...lists.keys()].map((id, i) => [id, i]));
  const shape = new Map([...lists].map(([id, list]) => [id, JSON.stringify([...list.levels])]));
  const numOf = new Map<string, string>();
  for (const [numId, num] of nums) if (!numOf.has(num.abstractId)) numOf.set(num.abstractId, numId);
  /** Paragraphs numbered in each list, and the lists of each shape in the order they began. */
  const numbered = new Map<string, number>();
  const begun = new Map<string, string[]>();
  /** The num each num is counted as: itself, or the copy its list goes on from. */
  const countedAs = new Map<string, string>();
  // The copy, the latest begun of the list's shape that is defined after it and has numbered one paragraph, among the
  // last few begun: LibreOffice begins it just before the original's first paragraph.
  const copyBefore = (lsid: string): string | undefined => {
    const recent = (begun.get(shape.get(lsid) ?? "") ?? []).slice(-RECENT);
    const copy = recent.findLast(
      (other) => (order.get(other) ?? -1) > (order.get(lsid) ?? Infinity) && numbered.get(other) === 1,
    );
    return copy === undefined ? undefined : numOf.get(copy);
  };
  return {
    label(numId, ilvl, style) {
      let target = countedAs.get(numId);
      if (target === undefined) {
        const lsid = nums.get(numId)?.abstractId;
        target = lsid !== undefined && !numbered.has(lsid) ? (copyBefore(lsid) ?? numId) : numId;
        countedAs.set(numId, target);
      }
      const lsid = nums.get(target)?.abstractId;
      if (lsid !== undefined) {
        if (!numbered.has(lsid)) {
          const same = begun.get(shape.get(lsid) ?? "") ?? [];
          begun.set(shape.get(lsid) ?? "", [...same.slice(-RECENT), lsid]);
        }
        numbered.set(lsid, (numbered.get(lsid) ?? 0) + 1);
      }
      return counted.label(target, ilvl, style);
    },
  };
}
