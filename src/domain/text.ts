// Text normalisation for matching Vietnamese names and wording written by hand.

const SPACES = /[\s\u00a0\u200b]+/g;
// White space other than single spaces between words: most cells have none to collapse.
const UNTIDY = /[^\S ]|\u200b| {2}|^ | $/;

/** Unicode NFC with runs of white space (including non-breaking) collapsed. */
export function clean(text: string): string {
  const nfc = text.normalize("NFC");
  return UNTIDY.test(nfc) ? nfc.replace(SPACES, " ").trim() : nfc;
}

/**
 * A key for comparing words: lower case, no diacritics, đ as d, punctuation (but the
 * characters in `keep`) as spaces.
 * "Sở Văn hóa, Thể thao và Du lịch" and "SO VAN HOA THE THAO VA DU LICH" fold alike.
 */
const separators = new Map<string, RegExp>();

// Lists repeat the same addresses, notes and marks thousands of times: folded once each.
const folded = new Map<string, string>();
const FOLD_CACHE = 50_000;

export function fold(text: string, keep = ""): string {
  if (keep === "") {
    const known = folded.get(text);
    if (known !== undefined) return known;
    if (folded.size >= FOLD_CACHE) folded.clear();
    const value = foldWith(text, "");
    folded.set(text, value);
    return value;
  }
  return foldWith(text, keep);
}

function foldWith(text: string, keep: string): string {
  let other = separators.get(keep);
  if (!other) {
    other = new RegExp(`[^\\p{L}\\p{N}${keep.replace(/[\\\]^-]/g, "\\$&")}]+`, "gu");
    separators.set(keep, other);
  }
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(other, " ").trim();
}

/** Folded words of a text. */
export function foldWords(text: string): string[] {
  const folded = fold(text);
  return folded ? folded.split(" ") : [];
}

/** Strips the Markdown and HTML decoration that plan documents carry (** ## <b> <i>). */
export function stripMarkup(text: string): string {
  return text
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/\*\*|__/g, "")
    .replace(/(^|\s)\*(\S[^*]*?)\*(?=\s|$|[.,;:])/g, "$1$2")
    .replace(/\\([*_#.\\-])/g, "$1");
}
