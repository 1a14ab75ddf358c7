// A plan that names its units by short forms of its own spells them out once, in a list:
//   Viết tắt: VP Sở - Văn phòng Sở; P.KT - Phòng Kinh tế; UBND các xã, TT - UBND các xã, thị trấn.
//   Chữ viết tắt: SNV: Sở Nội vụ; SBN - các sở, ban, ngành tỉnh; KHCN là Sở Khoa học và Công nghệ.
// Those short forms are the plan's words, known to no directory: a name is read through the list first,
// so "P.KT" is the "Phòng Kinh tế" the list spells out, resolved or reported under that name, and a
// matrix whose unit columns are headed "SNV" | "VP" | "SBN" reads each as the unit it stands for. A plan may also
// define a short form in its text, in brackets after the name it stands for: "Liên đoàn Lao động (LĐLĐ) tỉnh", or
// "Phòng Tổng hợp (Phòng TH)" (kind-code.ts).
import { phraseWords, type UnitResolver } from "../domain/resolve-units.ts";
import { spellingFirst } from "./spelling-first.ts";
import { definedByKind } from "./kind-code.ts";
import { planShortForms } from "./plan-short-forms.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";

/** "Viết tắt", "Chữ viết tắt", "Các từ viết tắt", "Ký hiệu viết tắt", "Ghi chú viết tắt", before a colon. */
const LIST_LABEL = /^(?:ghi chu )?(?:cac )?(?:(?:chu|tu|ky hieu) )?viet tat$/;
// "SNV: Sở Nội vụ", "KHCN - Sở …", "SNV-Sở Nội vụ": a short form of capitals, then what it stands for.
const CAPITALS = /^([\p{Lu}&][\p{Lu}\p{Nd}&.-]{0,11})\s*(?:[-–—:=]|là)\s*(\S.*)$/u;
// "VP Sở - Văn phòng Sở", "UBND các xã, TT = UBND các xã, thị trấn": any words, a spaced dash, "=" or "là".
const SPACED = /^(.|.*?\S)\s+(?:[-–—=]|là)\s+(\S.*)$/u;

/** A unit's name or a group of units ("các sở, ban, ngành tỉnh"), never a word ("chủ trì", "cơ sở dữ liệu"). */
const namesUnits = (full: string): boolean => /^\p{Lu}/u.test(full) || /^(?:cac|nhung) /.test(fold(full));

function entryOf(item: string): [string, string] | null {
  const entry = CAPITALS.exec(item) ?? SPACED.exec(item);
  if (!entry) return null;
  return [entry[1]!.trim(), entry[2]!.trim()];
}

// "Liên đoàn Lao động (LĐLĐ) tỉnh": a short form in brackets right after the words whose initials it spells.
const DEFINED_INLINE = /\((\p{Lu}{2,8})\)/gu;

/**
 * The names a paragraph defines by their initials in brackets, each with its full name: a name (its first word
 * capitalised) whose words, one per letter, open with the short form's letters. A short form the resolver already
 * reads as those words (UBND) is left as written.
 */
function definedInline(text: string): [string, string][] {
  const found: [string, string][] = [];
  for (const m of text.matchAll(DEFINED_INLINE)) {
    const short = m[1]!;
    const words = text
      .slice(0, m.index)
      .trim()
      .split(/\s+/)
      .slice(-[...short].length);
    const full = words.join(" ");
    const spells = words.length === [...short].length && words.every((w, i) => fold(w)[0] === fold([...short][i]!));
    if (spells && /^\p{Lu}/u.test(full) && phraseWords(full).join(" ") !== phraseWords(short).join(" "))
      found.push([short, full]);
  }
  return found;
}

// A note under a table ("Ghi chú: ĐVCT - Đơn vị chủ trì; SNV: Sở Nội vụ. Nhiệm vụ không ghi …") is a legend when it
// opens with two or more short forms of capitals, each with what it stands for; then a sentence may follow it.
const NOTE_LABEL = /^ghi chu$/;
const SENTENCE_AFTER = /\.\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})/u;

/** The entries of a legend: a labelled list's items, or a note's while they are short forms of capitals. */
function legendItems(text: string): [string, string][] {
  const colon = text.indexOf(":");
  const label = colon < 0 ? "" : fold(text.slice(0, colon));
  const note = NOTE_LABEL.test(label);
  if (!note && !LIST_LABEL.test(label)) return [];
  const list = text
    .slice(colon + 1)
    .split(SENTENCE_AFTER)[0]!
    .replace(/\.\s*$/, "");
  const items = list.split(";").map((item) => item.trim());
  if (!note) return items.map(entryOf).filter((entry) => entry !== null);
  const entries = items.map((item) => CAPITALS.exec(item)).filter((m) => m !== null);
  return entries.length >= 2 && CAPITALS.test(items[0]!) ? entries.map((m) => [m[1]!.trim(), m[2]!.trim()]) : [];
}

// A legend may also stand as a label line of its own and a line per short form under it, as a table's codes of time
// are spelled out under it: "(*) Ghi chú các ký hiệu thời hạn:" over "- T3/2026: hoàn thành trong tháng 3 năm 2026;",
// "- TX: thực hiện thường xuyên trong năm." The label names signs or short forms ("ký hiệu", "chữ viết tắt"); each
// item is a short form of a few characters, a colon, a spaced dash, "=" or "là", and what it stands for.
const LINES_LABEL =
  /^(?:(?:ghi chu|chu thich|chu giai|giai thich)\s+)?(?:cac\s+)?(?:(?:chu|tu)\s+)?(?:ky hieu|viet tat)\b[^:]{0,40}:$/;
const LINE_ITEM =
  /^(?:[-–+•]\s*)?([^\s:;=–—-][^:;=]{0,19}?)\s*(?::|\s[-–—=]\s|\slà\s)\s*(\S(?:.*[^\s;.,])?)[\s;.,]*$/su;

/** A legend of lines: the blocks it spans (its label's and its items'), and its items. */
export interface LegendLines {
  start: number;
  end: number;
  items: [string, string][];
}

/** The legends a plan writes as a label line with its items under it, one a line. */
export function legendLines(blocks: readonly Block[]): LegendLines[] {
  const found: LegendLines[] = [];
  for (let at = 0; at < blocks.length; at++) {
    const label = blocks[at]!;
    if (label.type !== "text" || label.text.length > 80 || !LINES_LABEL.test(fold(label.text.trim(), ":"))) continue;
    const items: [string, string][] = [];
    let end = at + 1;
    for (let block = blocks[end]; block?.type === "text"; block = blocks[++end]) {
      const item = LINE_ITEM.exec(block.text.trim());
      if (!item) break;
      items.push([item[1]!.trim(), item[2]!]);
    }
    if (items.length > 0) found.push({ start: at, end, items });
    at = end - 1;
  }
  return found;
}

/**
 * Every short form a plan's legends spell out, with what it stands for: names of units, and words too ("ĐVCT:
 * đơn vị chủ trì", "TGHT - Thời gian hoàn thành"), which a table may head its columns with.
 */
export function readLegend(blocks: readonly Block[]): Map<string, string> {
  const found = new Map<string, string>();
  const entries = [
    ...blocks.flatMap((block) => (block.type === "text" ? legendItems(block.text) : [])),
    ...legendLines(blocks).flatMap((legend) => legend.items),
  ];
  for (const [short, full] of entries) if (short.length < full.length) found.set(short, full);
  return found;
}

// "Phòng Cảnh sát quản lý hành chính về trật tự xã hội (sau đây viết tắt là Phòng PC06)": a short form named in
// words, after the full name, the kind of unit it names (its first word) and a code ("PC06", "BCĐ") of its own. The
// full name runs back to that kind's word, so it may stand within a longer clause ("- Phòng …", "Giao Đội … thực
// hiện"). A short form defined by "gọi (tắt/chung) là" after a name opening its clause is plan-short-forms.ts's.
const DEFINED_AFTER =
  /\(\s*sau đây viết tắt là\s(?:\s*(?=[^\s()][^()]{0,38}?[^\s()]\s*\))|\s*(?=\s[^\s()]\s*\))|\s*(?=\s\s\)))([^()]{2,40}?)\s*\)/giu;
const CODE = /^\d*\p{Lu}[\p{Lu}\d]*$/u;
const CLAUSE_START = /^.*[.;:,–—(]\s|^[-–+•]\s/su;

/**
 * The names a paragraph defines by "(sau đây viết tắt là X)", each with its full name: the short form's first word
 * a capitalised kind of unit ("Phòng", "Ban") and a later word a code; the full name runs back from the bracket to
 * that kind's word, within the clause.
 */
function definedAfter(text: string): [string, string][] {
  const found: [string, string][] = [];
  for (const m of text.matchAll(DEFINED_AFTER)) {
    const short = m[1]!.trim();
    const [kind, ...rest] = short.split(/\s+/);
    if (!kind || !/^\p{Lu}\p{Ll}/u.test(kind) || !rest.some((word) => word.length > 1 && CODE.test(word))) continue;
    const clause = text.slice(0, m.index).replace(CLAUSE_START, "").trimEnd();
    const at = clause.lastIndexOf(`${kind} `);
    const full = at < 0 ? "" : clause.slice(at);
    if (full.length > short.length && (at === 0 || /\s$/.test(clause.slice(0, at)))) found.push([short, full]);
  }
  return found;
}

/** The short forms of names a plan's list of abbreviations, or its text in brackets, spells out, with full names. */
export function readAbbreviations(blocks: readonly Block[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const block of blocks) {
    if (block.type !== "text") continue;
    const defined = [definedInline, definedAfter, planShortForms, definedByKind].flatMap((read) => read(block.text));
    for (const entry of defined) if (!found.has(entry[0])) found.set(...entry);
  }
  for (const [short, full] of readLegend(blocks)) if (namesUnits(full)) found.set(short, full);
  return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// A PDF's text may run a short form's words together ("UBND H" as "UBNDH"): its spaces may be missing.
const shortPattern = (short: string) => escape(short).replace(/\s+/g, "\\s*");

/**
 * `text` with each short form written out: a whole word or words only ("P.KT", not the "KT" of "P.KT"),
 * longest first, and never where the full name is already written ("Các phòng, đơn vị thuộc Sở" stands for
 * itself when "Các phòng" is short for it).
 */
export function spellOut(text: string, abbreviations: ReadonlyMap<string, string>): string {
  if (abbreviations.size === 0) return text;
  const shorts = [...abbreviations.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\d.&])(?:${shorts.map(shortPattern).join("|")})(?![\\p{L}\\d&]|\\.\\p{L})`,
    "gu",
  );
  const spaceless = new Map([...abbreviations].map(([short, full]) => [short.replace(/\s+/g, ""), full]));
  return text.replace(pattern, (written, at: number) => {
    const full = abbreviations.get(written) ?? spaceless.get(written.replace(/\s+/g, ""))!;
    // A short form of words ("Văn phòng", "Trung tâm") before a capitalised word opens a longer name ("Văn phòng Sở").
    const opensName = /\p{Ll}/u.test(written) && /^\s+\p{Lu}/u.test(text.slice(at + written.length));
    return text.startsWith(full, at) || opensName ? written : full;
  });
}

/** A resolver that reads every name through the plan's own abbreviations before the directory. */
export function withAbbreviations(resolver: UnitResolver, abbreviations: ReadonlyMap<string, string>): UnitResolver {
  if (abbreviations.size === 0) return resolver;
  return spellingFirst(resolver, (text) => spellOut(text, abbreviations));
}
