// A table short of room may write its times in codes of its own and spell them out in a legend under it:
//   TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn (*)      … | T3/2026 | … | Tuần 2/T4 | … | 6T đầu năm | … | TX
//   (*) Ghi chú các ký hiệu thời hạn:
//   - Tuần 2/T4: hoàn thành trong tuần thứ hai của tháng 4 năm 2026 (Tuần 3/T8, Tuần 1/T12 tương tự);
//   - TX: thực hiện thường xuyên trong năm.
// A cell holding such a code is read as the legend spells it: the rule a user is shown comes from the plan, not
// from a guess at what "N2026" or "6T" means. One item stands for its kind ("tương tự"): where its spelling repeats
// a number of the code, as digits, an ordinal ("thứ hai") or a Roman quarter ("quý II"), another code of the same
// shape puts its own number there ("Tuần 3/T8" is "tuần thứ 3 của tháng 8 năm 2026"). A code's number the
// spelling does not repeat ("6" of "6T đầu năm" spelled "sáu tháng") is part of the code, read only as written.
// The legend explains the table, it assigns nothing: its lines are no tasks and leave the plan.
import { isRecurring } from "../domain/deadline.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import { legendLines } from "./abbreviations.ts";
import { writtenText, type Block } from "./document.ts";

/** A code's shape, the whole of a cell, and what a cell of that shape stands for. */
interface TimeCode {
  pattern: RegExp;
  spell: (numbers: string[]) => string;
}

const ORDINALS: Record<string, number> = { nhất: 1, hai: 2, ba: 3, tư: 4, năm: 5 };
const ROMANS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
// Where a spelling may write a number: digits, an ordinal after "thứ", a quarter's Roman numeral.
const NUMBER_AT =
  /(?<![\p{L}\d])(?:\d{1,4}(?!\d)|(?<=thứ\s+)(?:nhất|hai|ba|tư|năm)(?!\p{L})|(?<=quý\s+)(?:IV|I{1,3})\b)/giu;

const valueOf = (written: string): number =>
  ORDINALS[written.toLowerCase()] ?? ROMANS[written.toUpperCase()] ?? Number(written);

/** `n` written as the spelling wrote the number it stands in for: in digits, as an ordinal or a Roman numeral. */
function asWritten(n: number, written: string): string {
  const form = /^\d/.test(written) ? null : written.toLowerCase() in ORDINALS ? ORDINALS : ROMANS;
  const word = form && Object.keys(form).find((key) => form[key] === n);
  return word ?? String(n);
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// A code's letters as written, any case; spaces (and around a slash) as a copy may or may not keep them.
const literal = (text: string) =>
  escape(text)
    .replace(/\s*\/\s*/g, String.raw`\s*/\s*`)
    .replace(/\s+/g, String.raw`\s*`);

/** Any year tells a time from other words: a legend may leave the plan's year out ("tuần thứ hai tháng 4"). */
const SOME_DAY = "2000-01-01";

/** What an item spells out, its brackets ("(T5/2026 … tương tự)") and closing marks left off. */
const spelling = (full: string): string =>
  full
    .replace(/\([^()]*\)/g, " ")
    .replace(/[\s;.,]+$/, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The code a legend's item defines, when what it spells out is a time (a day, a period, or "thường xuyên"): its
 * numbers repeated in the spelling vary, the others stay as written. Null for any other item.
 */
export function timeCode(short: string, full: string): TimeCode | null {
  const spelt = spelling(full);
  if (!/[\p{Lu}\d]/u.test(short) || !(parseInPlanYear(spelt, SOME_DAY).ok || isRecurring(spelt))) return null;
  const places = [...spelt.matchAll(NUMBER_AT)];
  const used = new Set<number>();
  // Each number of the code and the place of the spelling that repeats it, if one does.
  const parts = short.trim().split(/(\d{1,4})/);
  const slots: (number | null)[] = parts.map((part, i) => {
    if (i % 2 === 0) return null;
    const at = places.findIndex((p, j) => !used.has(j) && valueOf(p[0]) === Number(part));
    if (at >= 0) used.add(at);
    return at >= 0 ? at : null;
  });
  const varies = slots.some((slot) => slot !== null);
  const pattern = new RegExp(
    `^${parts.map((part, i) => (i % 2 === 0 ? literal(part) : slots[i] !== null ? String.raw`(\d{1,4})` : part)).join("")}$`,
    "iu",
  );
  const spell = (numbers: string[]): string => {
    if (!varies) return spelt;
    const by = new Map<number, string>();
    let n = 0;
    slots.forEach((slot) => slot !== null && by.set(slot, asWritten(Number(numbers[n++]), places[slot]![0])));
    let out = "";
    let from = 0;
    places.forEach((place, j) => {
      if (!by.has(j)) return;
      out += spelt.slice(from, place.index) + by.get(j)!;
      from = place.index + place[0].length;
    });
    return out + spelt.slice(from);
  };
  return { pattern, spell };
}

/** The items of a legend read as codes of time, and the codes kept: a table's codes are a handful. */
const MAX_CODES = 30;

/** What `cell` stands for by one of `codes`, or the cell as written. */
function spelledCell(cell: string, codes: readonly TimeCode[]): string {
  const text = cell.trim();
  if (text.length > 40) return cell;
  for (const code of codes) {
    const m = code.pattern.exec(text);
    if (m) return code.spell(m.slice(1));
  }
  return cell;
}

/**
 * The blocks with each table cell written in a code of time that a legend of lines spells out read as it spells it,
 * and the legend's lines gone. A legend none of whose items is a time (units, columns) stays as it is.
 */
export function withTimeCodes(blocks: readonly Block[]): Block[] {
  // Items of one shape are one code; a table's codes are a handful, and each cell is tried against them all.
  const codes = new Map<string, TimeCode>();
  const legends = legendLines(blocks).filter((legend) => {
    const read = legend.items.slice(0, MAX_CODES).map(([short, full]) => timeCode(short, full));
    for (const code of read) if (code) codes.set(code.pattern.source, code);
    return read.some(Boolean);
  });
  if (legends.length === 0) return [...blocks];
  const dropped = new Set(legends.flatMap((legend) => blocks.slice(legend.start, legend.end)));
  const known = [...codes.values()].slice(0, MAX_CODES);
  return blocks.filter((block) => !dropped.has(block)).map((block) => spelledRow(block, known));
}

/** A row with its cells in codes spelled out, keeping the words it was written with; any other block as it is. */
function spelledRow(block: Block, codes: readonly TimeCode[]): Block {
  if (block.type !== "row") return block;
  const cells = block.cells.map((cell) => spelledCell(cell, codes));
  return cells.every((cell, i) => cell === block.cells[i]) ? block : { ...block, cells, written: writtenText(block) };
}
