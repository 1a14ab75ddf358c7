// A word broken at a soft hyphen. Text copied from a web page keeps the soft hyphens (U+00AD) the page
// carried inside names and dates ("Sở Tư\u00adpháp", "15/\u00ad3/2024"); a printer that breaks a line there
// shows a hyphen at the line's end, and the text layer gives the soft hyphen and that hyphen both
// ("15/\u00ad\u2010" | "3/2024"), or the hyphen alone: a browser prints the break as U+2010 HYPHEN, a character
// no one types (a typed hyphen is U+002D, a dash U+2013), and the text layer may drop the soft hyphen itself
// ("15/\u2010" | "3/2024"). The hyphen is no character of the text and the word goes on unspaced, but for a
// soft hyphen a copy left before a space ("Môi\u00ad trường"): a Vietnamese word is one syllable, one run of
// vowels, so two letters' runs on either side of the break ("Môi" | "trường") are two words, spaced.
import { fold } from "../../domain/text.ts";

/** A line's end at a soft hyphen, with the hyphen a printer showed for the break, if any; or that hyphen alone. */
const SOFT_BREAK = /(?:\u00ad\s*(?:[-\u2010\u2011]\s*)?|(?<=\S)\u2010\s*)$/u;

/** Whether a line ends where a word was broken at its soft hyphen. */
export const endsAtSoftHyphen = (text: string): boolean => SOFT_BREAK.test(text);

/** The line's text with the break's shown hyphen taken off. */
export const withoutSoftBreak = (text: string): string => text.replace(SOFT_BREAK, "");

/** Whether the text before a soft-hyphen break and the line after it are one word: not two syllables. */
export function oneWordAcross(before: string, after: string): boolean {
  const end = before.match(/\p{L}+$/u)?.[0];
  const start = after.match(/^\p{L}+/u)?.[0];
  if (!end || !start) return true;
  return (fold(end + start).match(/[aeiouy]+/g) ?? []).length <= 1;
}

/** Lines joined with spaces, but a word broken at a soft hyphen joined whole. */
export function joinAtSoftHyphens(texts: readonly string[]): string {
  const parts: string[] = [];
  // The line before, when it ended at a soft hyphen (its shown hyphen taken off).
  let broken: string | null = null;
  for (const text of texts) {
    if (parts.length > 0) parts.push(broken !== null && oneWordAcross(broken, text) ? "" : " ");
    const kept = withoutSoftBreak(text);
    parts.push(kept);
    broken = kept === text ? null : kept;
  }
  return parts.join("");
}
