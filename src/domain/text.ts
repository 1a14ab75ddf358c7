// Text normalisation for matching Vietnamese names and wording written by hand.

const SPACES = /[\s\u00a0]+/g;
// Characters a web page or a word processor leaves in copied text that show nothing: a soft hyphen
// ("Công ngh\u00adệ"), zero-width spaces and joiners ("20/\u200b3/2026"), a word joiner, a byte-order mark.
// They stand inside words and dates, so they are taken out, not read as spaces.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// White space other than single spaces between words, or an invisible character: most cells have none.
const UNTIDY = new RegExp(String.raw`[^\S ]|${INVISIBLE.source}| {2}|^ | $`);

/** Unicode NFC with invisible characters taken out and runs of white space (including non-breaking) collapsed. */
export function clean(text: string): string {
  const nfc = text.normalize("NFC");
  return UNTIDY.test(nfc) ? nfc.replace(INVISIBLE, "").replace(SPACES, " ").trim() : nfc;
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
  return text
    .normalize("NFD")
    .replace(/\p{M}|\p{Cf}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(other, " ")
    .trim();
}

/** Folded words of a text. */
export function foldWords(text: string): string[] {
  const folded = fold(text);
  return folded ? folded.split(" ") : [];
}

// Markup that text extraction leaves in a plan (Markdown from Word converters, HTML
// from web pages), read in one pass over the line, so that nothing of it hides a number,
// a date or a name: "Số *2756*/QĐ-UBND" reads "Số 2756/QĐ-UBND".
const HTML_TAGS = new Set(
  "a b big br code del div em font i ins mark p s small span strike strong sub sup tt u".split(" "),
);
const SPACE_TAGS = new Set(["br", "p", "div"]);
const PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const FOOTNOTE_MARK = /^\s*\[?\d{1,3}\]?\s*$/;

/** An HTML tag at `at` ("<b>", "</sup>", "<span class=…>"): its name and where it ends. */
function htmlTag(text: string, at: number): { name: string; closing: boolean; end: number } | null {
  const m = /^<(\/?)([a-z][a-z0-9]*)\b[^<>]{0,200}>/i.exec(text.slice(at, at + 220));
  if (!m || !HTML_TAGS.has(m[2]!.toLowerCase())) return null;
  return { name: m[2]!.toLowerCase(), closing: m[1] === "/", end: at + m[0].length };
}

/** Where the markup starting at `at` ends and what it reads as, or null when `at` is text. */
function markupAt(text: string, at: number): { end: number; reads: string } | null {
  const ch = text[at]!;
  if (ch === "\\" && PUNCTUATION.test(text[at + 1] ?? "")) return { end: at + 2, reads: text[at + 1]! };
  if (ch === "<") {
    const tag = htmlTag(text, at);
    if (!tag) return null;
    if (tag.name === "sup" && !tag.closing) {
      // A footnote's mark in superscript goes with its tags: "31/01/2020<sup>2</sup>".
      const close = text.slice(tag.end, tag.end + 12).search(/<\/sup>/i);
      if (close >= 0 && FOOTNOTE_MARK.test(text.slice(tag.end, tag.end + close)))
        return { end: tag.end + close + 6, reads: "" };
    }
    return { end: tag.end, reads: SPACE_TAGS.has(tag.name) ? " " : "" };
  }
  if (ch === "[") {
    // A footnote reference: "[^2]", or "[2]" stuck to the word it notes.
    const m = /^\[\^?\d{1,3}\](?!\()/.exec(text.slice(at, at + 8));
    if (m && (m[0][1] === "^" || /\S/.test(text[at - 1] ?? " "))) return { end: at + m[0].length, reads: "" };
    return null;
  }
  if (ch !== "*" && ch !== "_") return null;
  let end = at;
  while (text[end] === ch) end++;
  // Marks that are no emphasis are read whole: "(**)" kept as one sign, never its first "*" kept and the rest dropped.
  const kept = { end, reads: text.slice(at, end) };
  // A sign in brackets ("Sở Nội vụ (*)", a note's "(**)") marks a word as a note explains; it emphasises nothing.
  if (text[at - 1] === "(" && text[end] === ")") return kept;
  // Emphasis marks touch a word on one side at least; "5 * 3" and a "* " bullet stay, and so does a note's mark
  // ending a cell ("Quý III/2024 **").
  const opens = /\S/.test(text[end] ?? " ");
  const closes = /\S/.test(text[at - 1] ?? " ");
  const emphasis = ch === "*" || end - at > 1 ? opens || closes : opens !== closes;
  return emphasis ? { end, reads: "" } : kept;
}

/** Strips the Markdown and HTML decoration plan texts carry (# headings, **bold**, *2756*, \., <b>, <sup>2</sup>). */
export function stripMarkup(text: string): string {
  // A footnote's text ("[^2]: Ban hành kèm theo …") is no part of the plan's body.
  if (/^\s*\[\^[^\]\s]{1,10}\]:/.test(text)) return "";
  const heading = /^\s{0,3}#{1,6}(?=\s|$)/.exec(text);
  let out = "";
  for (let at = heading ? heading[0].length : 0; at < text.length;) {
    const markup = markupAt(text, at);
    if (markup) {
      out += markup.reads;
      at = markup.end;
    } else out += text[at++];
  }
  return heading ? out.replace(/\s#+\s*$/, "") : out;
}
