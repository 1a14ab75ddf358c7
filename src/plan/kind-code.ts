// Offices shorten the names of their own rooms by keeping the kind of unit and spelling the rest by initials, and
// define each once, in brackets after the full name: "Phòng Hành chính - Tổ chức (Phòng HC-TC)", "Phòng Tổng hợp
// (Phòng TH)", "Trung tâm Công báo - Tin học (Trung tâm CB-TH)". Such a bracket is a short form when its first words
// are the kind the full name opens with and its code's letters are the initials of the full name's words after the
// kind, one a word, in order (dashes between words skipped, as the code's own hyphens are).
import { fold } from "../domain/text.ts";

// "(Phòng HC-TC)", "(Trung tâm CB-TH)", "(Ban QLDA)": a capitalised kind of one or two words, then a code of capitals.
const KIND_CODE = /\((\p{Lu}\p{Ll}*(?:\s\p{Ll}+)?)\s+(\p{Lu}[\p{Lu}&-]{0,11})\)/gu;
// A dash standing alone between words of a name ("Hành chính - Tổ chức").
const LONE_DASH = /^[-–—]$/u;

/** The full name the words before a bracket end with, for a kind and a code's initials; null when they do not. */
function fullName(before: string, kind: string, initials: string[]): string | null {
  const words = before.trimEnd().split(/\s+/u);
  const kindWords = kind.split(/\s+/u);
  let taken = 0;
  let at = words.length;
  while (at > 0 && taken < initials.length) {
    const word = words[--at]!;
    if (LONE_DASH.test(word)) continue;
    if (fold(word)[0] !== fold(initials[initials.length - 1 - taken]!)) return null;
    taken++;
  }
  const start = at - kindWords.length;
  if (taken < initials.length || start < 0) return null;
  if (words.slice(start, at).join(" ") !== kindWords.join(" ")) return null;
  return words.slice(start).join(" ");
}

/** The short forms a paragraph defines as a kind of unit and its initials, each with its full name. */
export function definedByKind(text: string): [string, string][] {
  const found: [string, string][] = [];
  for (const m of text.matchAll(KIND_CODE)) {
    const [, kind, code] = m;
    const initials = [...code!.replace(/[-&]/g, "")];
    const full = initials.length >= 2 || code!.length >= 2 ? fullName(text.slice(0, m.index), kind!, initials) : null;
    if (full) found.push([`${kind} ${code}`, full]);
  }
  return found;
}
