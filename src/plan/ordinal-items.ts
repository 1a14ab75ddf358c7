// Requests counted in words rather than figures, each a paragraph of its own:
//   Thứ nhất, Sở A chủ trì … trước ngày …
//   Thứ hai, Sở B rà soát …
// or "Một là, …", "Hai là, …". The count is the paragraph's number, as "(1)", "(2)" would be: one level under the
// heading above it, or the document's own items when nothing heads them (a dispatch's requests).
// "Thứ Hai", "Thứ Năm" … are weekdays too: a weekday is followed by its day ("Thứ Hai, ngày 04/5", "Thứ Hai 04/5"),
// an ordinal by the words it counts.

const UNITS = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
// "thứ nhất", "thứ tư" are the ordinals of one and four; "mười một" … "mười chín" (with "mười lăm", "mười bốn"/"mười
// tư") count past ten.
const ORDINAL_UNITS: Record<string, number> = {
  nhất: 1,
  tư: 4,
  ...Object.fromEntries(UNITS.slice(1).map((w, i) => [w, i + 2])),
};
const TEEN_UNITS: Record<string, number> = { ...ORDINAL_UNITS, nhất: 0, một: 1, mốt: 1, lăm: 5 };

const WORD = String.raw`[\p{L}]+`;
// The count, then a comma or colon, then the words it counts: never a day ("ngày …") or a figure.
const ORDINAL = new RegExp(
  String.raw`^(?:thứ\s+(${WORD}(?:\s+${WORD})?)|(${WORD}(?:\s+${WORD})?)\s+là)\s*[,:]\s*(?!ngày\b|\d)(\S.*|[^\S\n\r\u2028\u2029])$`,
  "iu",
);

/** The value of a count in words: "nhất" (after "thứ") or "một" 1, "tư"/"bốn" 4, "mười" 10, "mười lăm" 15; or null. */
function countValue(words: string, ordinal: boolean): number | null {
  const [first, second] = words.toLowerCase().split(/\s+/u);
  if (first === "mười") return second === undefined ? 10 : TEEN_UNITS[second] ? TEEN_UNITS[second] + 10 : null;
  if (second !== undefined) return null;
  return ordinal ? (ORDINAL_UNITS[first!] ?? null) : UNITS.includes(first!) ? UNITS.indexOf(first!) + 1 : null;
}

/** A paragraph opening with a count in words ("Thứ ba, …", "Hai là, …"): its number and the words after it. */
export function ordinalItem(text: string): { value: number; rest: string } | null {
  const match = ORDINAL.exec(text);
  if (!match) return null;
  const value = match[1] !== undefined ? countValue(match[1], true) : countValue(match[2]!, false);
  return value === null ? null : { value, rest: match[3]! };
}
