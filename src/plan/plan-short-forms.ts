// A plan may name its units once, in full, and call them by a short form of its own after:
//   Sở Nội vụ - cơ quan thường trực … (sau đây gọi tắt là Cơ quan thường trực); Văn phòng UBND tỉnh (sau đây gọi tắt
//   là Văn phòng); các sở, ban, ngành tỉnh (sau đây gọi chung là các cơ quan cấp tỉnh); Quỹ Phát triển đất tỉnh (sau
//   đây gọi là Quỹ PTĐ).
// Such a short form, of words ("Văn phòng", "các cơ quan cấp tỉnh") or with a code ("Quỹ PTĐ"), names no unit outside
// the plan: wherever the plan uses it, it stands for the unit named in full, which is resolved through the directory
// or reported under that full name. One convention for every short form the plan defines, whatever it looks like, so
// an admin sees the unit once under one name. (Initials in brackets, "Liên đoàn Lao động (LĐLĐ) tỉnh", a "(sau đây
// viết tắt là Phòng PC06)" after a name within a longer clause, and legends are read in abbreviations.ts.)
import { BODY_HEAD, OTHER_BODY_HEAD } from "../domain/unit-tokens.ts";
import { fold } from "../domain/text.ts";

// "(sau đây gọi tắt là X)", "(sau đây gọi là X)", "(gọi tắt là X)", "(sau đây gọi chung là X)", "(viết tắt là X)".
// (The short form is trimmed once found: one space is matched before it, so that nothing else may take its spaces.)
const DEFINED = /\((?:\s*sau\s+đây)?\s*(?:gọi\s+(?:tắt|chung)\s+là|gọi\s+là|viết\s+tắt\s+là)\s([^()]{2,60})\)/giu;
// "Trong Kế hoạch này, …", "Tại văn bản này, …": words opening the sentence, not the unit's name.
const LEAD_IN = /^(?:trong|tại|ở)\s[^,;]{1,40}?\snày\s*,\s*/iu;
// "Sở Nội vụ - cơ quan thường trực giúp UBND tỉnh …": what the unit is, said after a spaced dash, is not its name.
const APPOSITION = /\s[-–—]\s/u;

// "Hội thi …", "Hội nghị …" open with a body's word ("Hội") but name an event (sau đây gọi tắt là Hội thi).
// "Tổ chức …" opens with "Tổ" but says what is done (the directory's reader tells them apart so too).
const EVENT = /^(?:hoi (?:thi|nghi|dien|thao|cho|trai)|to chuc)\b/;

// "Quỹ Phát triển đất tỉnh (sau đây gọi là Quỹ PTĐ)": a state fund is a body of its own (a director, its accounts)
// that a plan gives work to once it has named it. Not among unit-tokens' heads, where "Quỹ" more often names money
// ("trích Quỹ Phòng, chống thiên tai"); a definition naming it in full, then a short form, names the body. Matched
// with its marks: folded, "Quy chế …", "Quy định …" would open so too.
const FUND = /^Quỹ\s/iu;

/**
 * Whether a full name names a unit or a group of units: opens with a body's word ("Sở", "Trung tâm", "Quỹ") or
 * "các", never an event's.
 */
const namesUnit = (full: string): boolean => {
  const folded = fold(full);
  if (EVENT.test(folded)) return false;
  return BODY_HEAD.test(folded) || OTHER_BODY_HEAD.test(folded) || FUND.test(full) || /^(?:cac|nhung) /.test(folded);
};

// How far back a unit's full name may start: its clause opens within this reach, or the bracket defines no unit's name.
const NAME_REACH = 160;

/**
 * The full name a definition at `at` stands after: back to its clause's start or the last definition's bracket; null
 * when that lies beyond a name's reach (the bracket ends a long sentence: "UBND tỉnh ban hành Kế hoạch … (sau đây gọi
 * là Kế hoạch)").
 */
function fullNameBefore(text: string, at: number): string | null {
  const from = Math.max(0, at - NAME_REACH);
  const before = text.slice(from, at);
  const stop = Math.max(...[";", ".", ":", ")", "\n"].map((mark) => before.lastIndexOf(mark)));
  if (stop < 0 && from > 0) return null;
  const clause = before
    .slice(stop + 1)
    .replace(/^[\s,]+/, "")
    .replace(LEAD_IN, "")
    .replace(/^(?:và|cùng)\s+/iu, "");
  return clause.split(APPOSITION, 1)[0]!.trim();
}

// "Căn cứ Quyết định số … về việc thành lập Ban Chỉ đạo … tỉnh X (sau đây gọi tắt là BCĐ tỉnh)": the clause cites the
// decision that set the body up, and the body's full name is what the decision established or reorganised.
const ESTABLISHED = /(?:thành lập|kiện toàn|củng cố)\s+(?=\p{Lu})/gu;

/** The name a clause citing a body's founding decision names after "thành lập", or null. */
function establishedIn(clause: string): string | null {
  const last = [...clause.matchAll(ESTABLISHED)].at(-1);
  return last ? clause.slice(last.index + last[0].length).trim() : null;
}

/**
 * The short forms a paragraph defines for units, each with the full name it stands for; one opening in lower case
 * ("các cơ quan cấp tỉnh") is also read capitalised, as a sentence opens with it.
 */
export function planShortForms(text: string): [string, string][] {
  const found: [string, string][] = [];
  for (const m of text.matchAll(DEFINED)) {
    const short = m[1]!.trim();
    if (!/^\p{L}/u.test(short)) continue;
    const clause = fullNameBefore(text, m.index);
    const full = clause !== null && !namesUnit(clause) ? establishedIn(clause) : clause;
    if (full === null || !namesUnit(full) || fold(full) === fold(short)) continue;
    found.push([short, full]);
    if (/^\p{Ll}/u.test(short)) found.push([short[0]!.toUpperCase() + short.slice(1), full]);
  }
  return found;
}
