// The numbers plans put before their sections, headings and items, of any depth: parts lettered
// in capitals ("A.", "B.", "C."), Roman sections of any size (I … XL, L, XC …), arabic headings
// ("1.", "12.3.", past 99), items "1)" and "(1)", letter items ("a)", "đ)", "aa)" after "z)"), bullets ("-", "+", "•",
// symbol fonts' squares, checks and arrows), parts named in words ("Phần thứ hai", "Chương III") and paragraphs
// counted in words ("Thứ nhất, …").
import { formatNumber } from "./docx/numbering.ts";
import { ordinalItem } from "./ordinal-items.ts";

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const WELL_FORMED_ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** The value of an upper-case Roman numeral written by the rules (IIII, VX are not), or null. */
export function romanValue(text: string): number | null {
  if (!text || !WELL_FORMED_ROMAN.test(text)) return null;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const here = ROMAN_VALUES[text[i]!]!;
    const next = ROMAN_VALUES[text[i + 1] ?? ""] ?? 0;
    value += here < next ? -here : here;
  }
  return value;
}

/**
 * Whether `text` numbers a Roman section. A lone L, C, D or M is also a capital letter ("C.
 * Tổ chức thực hiện"), so it counts only right after the section it follows (XLIX, then L).
 */
export function isRomanSection(text: string, previous: number | null): boolean {
  const value = romanValue(text);
  if (value === null) return false;
  return /[IVX]/.test(text) || text.length > 1 || value === (previous ?? 0) + 1;
}

export type Marker =
  | { kind: "part"; ref: string; rest: string }
  | { kind: "paren"; ref: string; rest: string }
  | { kind: "roman"; ref: string; value: number; rest: string }
  | { kind: "article"; ref: string; rest: string }
  /** `label`: the word a labelled item's number stands behind ("Nhiệm vụ" of "Nhiệm vụ 3:"), as written. */
  | { kind: "number"; ref: string; rest: string; label?: string }
  | { kind: "letter"; ref: string; rest: string }
  | { kind: "bullet"; mark: string; rest: string };

// Each `(\S.*|[^\S\n\r\u2028\u2029])$` below is the `(.+)$` it replaced, read in one pass: the rest from its first
// non-space, or the last space alone when only spaces follow (`\s*(.+)$` backtracked over a hostile run of spaces).
// A party committee's documents number "I-" and "1-" where others write "I." and "1." (the hyphen before a
// capitalised title, so "2- 3 ngày" is no heading).
const ROMAN = /^([IVXLCDM]+)(?:\.\s*|-\s+(?=\p{Lu}))(\S.*|[^\S\n\r\u2028\u2029])$/u;
// "Mục I. MỤC ĐÍCH, YÊU CẦU", "MỤC II: NHIỆM VỤ": the word names the Roman section it stands before, which is cited as
// any "II." is ("II.1"); "Mục 2." (arabic) numbers articles of the plan's own (ARTICLE).
const NAMED_ROMAN = /^(?:Mục|MỤC)\s+([IVXLCDM]+)\s*(?:[.:]|\s[-–](?=\s))\s*(\S.*|[^\S\n\r\u2028\u2029])$/u;
// "A. MỤC ĐÍCH, YÊU CẦU", "B. Nhiệm vụ": a capital letter before a capitalised title.
const PART = /^([A-Z])\.\s+(\p{Lu}.*)$/u;
// "1. Sở Nội vụ", "2.3. …", and "2.3 …" without the last dot when it has levels.
const NUMBER = /^(\d{1,4}(?:\.\d{1,4})*)(\.?|-(?=\s+\p{Lu}))\s+(\S.*|[^\S\n\r\u2028\u2029])$/u;
// Vietnamese letter items: a) b) c) d) đ) e) g) …, then aa) bb) … or ab) past the alphabet;
// some offices write "a." and "b.". Items numbered in small Roman figures run i. ii. iii. iv. …: the first two are
// letters' shapes already, and "iii.", "viii." number items at the same level.
// The offices numbering "1/" letter "a/", "b/" (one letter, before a space and a word: "m/ s" would be a unit).
const LETTER = /^([a-zđ]{1,2}|[ivx]{3,5})(?:\)\s*|\.\s+)(\S.*|[^\S\n\r\u2028\u2029])$/u;
const SLASH_LETTER = /^([a-zđ])\/\s+(?=[^\d\s])(\S.*)$/u;
// Any symbol's glyph before a space is a bullet, never a word: squares, checks, diamonds, Symbol's and Wingdings'
// private-use codes (U+F0B7, U+F0A7, U+F0FC) as a typed copy keeps them, and the arrow that opens a line telling more
// of the item above ("→ Chủ trì: …").
const BULLET = /^([-–—•·+*●○▪]|[\p{So}\p{Co}→⇒](?=\s))\s*(\S.*|[^\S\n\r\u2028\u2029])$/u;
// "(1)", "(2)" under a heading: items one level below its numbers, cited as written ("Mục 2.(3)").
const PAREN = /^(\(\d{1,3}\))\s*(\S.*|[^\S\n\r\u2028\u2029])$/u;
// "1)", "2)": an item numbered as "1." is; some offices write "1/", "2/" (the slash before a space and a word, so a
// date "1/2025" or "3/ 2025" is no number).
const CLOSED = /^(\d{1,3})(?:\)\s+|\/\s+(?=[^\d\s]))(\S.*|[^\S\n\r\u2028\u2029])$/u;
// "Phần thứ hai", "PHẦN I", "Chương III", alone on their line (the title under them) or before their title: parts of a
// plan named in words, each a level above its sections.
const WORD_PART =
  /^((?:phần\s+thứ\s+(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)|phần\s+(?:[IVX]{1,5}|\d{1,2})|chương\s+(?:[IVXL]{1,6}|\d{1,3})))(?:\s*[.:–-]\s*(\S.*))?$/iu;
// A decision's articles ("Điều 2. Tổ chức thực hiện") number the clauses under them as sections do: a decision
// approving a numbered list keeps its own "1.", "2." apart from the list's ("Điều 2.2", not a second "2").
// A plan's "Mục 1.", "Mục 2." (numbers of its own, unique in the document) stand as articles do: "Mục 2.(3)".
const ARTICLE = /^((?:Điều|ĐIỀU|Mục|MỤC)\s+\d{1,3})\s*[.:]\s*(\S.*|[^\S\n\r\u2028\u2029])$/u;
// A number behind a word that names what it numbers ("Nhiệm vụ 1:", "Nội dung 2.", a procedure's "Bước 3:", a plan
// run in stages or rounds, "Giai đoạn 2: Tập huấn (tháng 3/2026)", "Đợt 1:") is that number: the stages are a level
// of the outline as "1.", "2." would be. A stage's number is small: "Giai đoạn 2026:" names a year. A plan listing its
// work as activities writes "Hoạt động 4:", and some write "Nhiệm vụ số 5:".
const LABELLED =
  /^(nhiệm vụ|nội dung|công việc|hoạt động|bước|(?:giai đoạn|đợt)(?=\s+\d{1,2}\b))\s+(?:số\s+)?(\d{1,4})\s*[:.]\s*(\S.*|[^\S\n\r\u2028\u2029])$/iu;

/** The letter a part after `previous` takes: "A" first, then the next one ("B" after "A"). */
function nextPart(previous: string | null): string {
  return previous?.length === 1 ? String.fromCharCode(previous.charCodeAt(0) + 1) : "A";
}

/**
 * The numbering a paragraph starts with, or null for a paragraph of plain text. A capital letter numbers a part
 * only in its turn ("A." first, "B." after "A."), so an initial ("H. Quang") is no part.
 */
export function markerOf(
  text: string,
  previousRoman: number | null,
  previousPart: string | null = null,
): Marker | null {
  const roman = text.match(ROMAN) ?? text.match(NAMED_ROMAN);
  if (roman && isRomanSection(roman[1]!, previousRoman))
    return { kind: "roman", ref: roman[1]!, value: romanValue(roman[1]!)!, rest: roman[2]! };
  const named = text.match(WORD_PART);
  if (named) return { kind: "part", ref: named[1]!.replace(/\s+/g, " "), rest: named[2] ?? "" };
  const article = text.match(ARTICLE);
  if (article) return { kind: "article", ref: article[1]!.replace(/\s+/, " "), rest: article[2]! };
  const part = text.match(PART);
  if (part && part[1] === nextPart(previousPart)) return { kind: "part", ref: part[1]!, rest: part[2]! };
  const labelled = text.match(LABELLED);
  if (labelled)
    return { kind: "number", ref: labelled[2]!, rest: labelled[3]!, label: labelled[1]!.replace(/\s+/g, " ") };
  const paren = text.match(PAREN);
  if (paren) return { kind: "paren", ref: paren[1]!, rest: paren[2]! };
  // "Thứ hai, …", "Hai là, …": a count in words numbers its paragraph as "(2)" does (ordinal-items.ts).
  const ordinal = ordinalItem(text);
  if (ordinal) return { kind: "paren", ref: `(${ordinal.value})`, rest: ordinal.rest };
  const closed = text.match(CLOSED);
  if (closed) return { kind: "number", ref: closed[1]!, rest: closed[2]! };
  const number = text.match(NUMBER);
  if (number && (number[2] || number[1]!.includes("."))) return { kind: "number", ref: number[1]!, rest: number[3]! };
  const letter = text.match(LETTER) ?? text.match(SLASH_LETTER);
  if (letter && (letter[1]!.length < 3 || romanValue(letter[1]!.toUpperCase()) !== null))
    return { kind: "letter", ref: letter[1]!, rest: letter[2]! };
  const bullet = text.match(BULLET);
  if (bullet) return { kind: "bullet", mark: bullet[1]!, rest: bullet[2]! };
  return null;
}

/** Whether a paragraph opens with a section's, heading's or item's number ("III.", "2.1.", "Bước 2:", "b)"). */
export function opensNumbered(text: string): boolean {
  const marker = markerOf(text, null);
  return marker !== null && marker.kind !== "bullet";
}

/**
 * Whether a plan in lettered parts numbers its headings anew in each ("B. … 1. … 2." then "C. … 1.", or Roman
 * sections "A. … I. … II." then "B. … I."): then only the part's letter tells them apart, and it is part of their
 * refs ("B.1", "C.1", "B.I.1"). `kinds` narrows the headings counted: ["roman"] asks whether the Roman sections
 * repeat, whatever the numbers do.
 */
export function partsRenumber(texts: readonly string[], kinds: readonly string[] = ["number", "roman"]): boolean {
  let roman: number | null = null;
  let part: string | null = null;
  const earlier = new Set<string>();
  const current = new Set<string>();
  for (const text of texts) {
    const marker = markerOf(text, roman, part);
    if (marker?.kind === "roman") roman = marker.value;
    if (marker?.kind === "part") {
      part = marker.ref;
      for (const n of current) earlier.add(n);
      current.clear();
    }
    if ((marker?.kind !== "number" && marker?.kind !== "roman") || !kinds.includes(marker.kind) || !part) continue;
    const top = marker.ref.split(".")[0]!;
    if (earlier.has(top)) return true;
    current.add(top);
  }
  return false;
}

/** "8" → "9", "2.3" → "2.4", a section's "III" → "IV"; a ref not ending in a number gets a first sub-number. */
export function nextRef(ref: string): string {
  // A part's capital ("C") is no section numeral.
  const section = /^[IVX]+$/.test(ref) ? romanValue(ref) : null;
  if (section !== null) return formatNumber(section + 1, "upperRoman");
  const last = /(\d+)$/.exec(ref);
  return last ? `${ref.slice(0, last.index)}${Number(last[1]) + 1}` : `${ref}${ref ? "." : ""}1`;
}
