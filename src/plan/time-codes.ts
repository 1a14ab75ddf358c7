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
// A legend may spell out the letters of its codes instead ("Ghi chú: T: tháng; Q: quý."): a letter spelled as a
// period's word stands for that word wherever a cell sticks it to a number, "6T đầu năm" being "6 tháng đầu năm" and
// "T6/2024" "tháng 6/2024"; a cell is read so only where it reads no time as written, and reads one so.
import { isRecurring } from "../domain/deadline.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import { fold } from "../domain/text.ts";
import { legendLines, readLegend } from "./abbreviations.ts";
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

/** The words of periods a legend may give a letter of codes: "T: tháng", "Q: quý", "N: năm", "Tu: tuần". */
const PERIOD_WORDS = new Set(["thang", "quy", "nam", "tuan"]);

/** A letter of codes and the period's word it stands for. */
interface PeriodLetter {
  after: RegExp;
  before: RegExp;
  word: string;
}

/** The letters the plan's legends spell as a period's word ("T: tháng"), and where a cell sticks each to a number. */
function periodLetters(blocks: readonly Block[]): PeriodLetter[] {
  const letters: PeriodLetter[] = [];
  // A text copy of a sheet keeps its note as a row of one filled cell, the first.
  const lines = blocks.map((block): Block => {
    const sole = block.type === "row" && block.cells[0] && block.cells.slice(1).every((cell) => !cell.trim());
    return sole ? { type: "text", text: block.cells[0]! } : block;
  });
  for (const [short, full] of readLegend(lines)) {
    const word = full.trim().toLowerCase();
    if (!/^\p{Lu}\p{Ll}?$/u.test(short) || !PERIOD_WORDS.has(fold(word))) continue;
    letters.push({
      // "6T", "06T": a count of the period; "T6", "T06/2024": the period's number.
      after: new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})${short}(?![\p{L}\d])`, "gu"),
      before: new RegExp(String.raw`(?<![\p{L}\d/])${short}(\d{1,2})(?!\d)`, "gu"),
      word,
    });
  }
  return letters.slice(0, MAX_CODES);
}

/** A cell reading no time as written, read with the legend's letters spelled out where that reads one. */
function spelledLetters(cell: string, letters: readonly PeriodLetter[]): string {
  if (letters.length === 0 || cell.length > 40) return cell;
  let spelt = cell;
  for (const { after, before, word } of letters)
    spelt = spelt.replace(after, `$1 ${word}`).replace(before, `${word} $1`);
  if (spelt === cell || parseInPlanYear(cell, SOME_DAY).ok) return cell;
  return parseInPlanYear(spelt, SOME_DAY).ok ? spelt : cell;
}

/**
 * The blocks with each table cell written in a code of time that a legend of lines spells out read as it spells it,
 * and the legend's lines gone. A legend none of whose items is a time (units, columns) stays as it is. A cell sticking
 * a letter the legend spells as a period's word to a number is read with the word (`spelledLetters`).
 */
export function withTimeCodes(blocks: readonly Block[]): Block[] {
  // Items of one shape are one code; a table's codes are a handful, and each cell is tried against them all.
  const codes = new Map<string, TimeCode>();
  const legends = legendLines(blocks).filter((legend) => {
    const read = legend.items.slice(0, MAX_CODES).map(([short, full]) => timeCode(short, full));
    for (const code of read) if (code) codes.set(code.pattern.source, code);
    return read.some(Boolean);
  });
  const letters = periodLetters(blocks);
  if (legends.length === 0 && letters.length === 0) return [...blocks];
  const dropped = new Set(legends.flatMap((legend) => blocks.slice(legend.start, legend.end)));
  const known = [...codes.values()].slice(0, MAX_CODES);
  return blocks.filter((block) => !dropped.has(block)).map((block) => spelledRow(block, known, letters));
}

/** A row with its cells in codes spelled out, keeping the words it was written with; any other block as it is. */
function spelledRow(block: Block, codes: readonly TimeCode[], letters: readonly PeriodLetter[]): Block {
  if (block.type !== "row") return block;
  const cells = block.cells.map((cell) => spelledLetters(spelledCell(cell, codes), letters));
  return cells.every((cell, i) => cell === block.cells[i]) ? block : { ...block, cells, written: writtenText(block) };
}
