// Helpers shared by author41b's generators: paragraphs, day arithmetic (calendar and working days on the kit's
// calendar), and a check that every hand-worked date in a generator equals the computed one.
import { effective } from "../../plan-corpus/author-kit/lib.mjs";

export const P = (text, o = {}) => ({ t: "p", align: "justify", text, ...o });
export const H = (num, text, o = {}) => ({ t: "p", num, text, bold: true, indent: false, ...o });

const day = (iso) => new Date(iso + "T00:00:00Z");
const iso = (d) => d.toISOString().slice(0, 10);

/** `n` calendar days after `from` (the day after `from` is day 1). */
export function addDays(from, n) {
  const d = day(from);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** `n` working days after `from`: weekends and the kit's public holidays are skipped. */
export function addWorkdays(from, n) {
  let d = from;
  for (let k = 0; k < n; ) {
    d = addDays(d, 1);
    if (effective(d) === d) k++;
  }
  return d;
}

/** Throws when a hand-worked date differs from the computed one (the style field states the hand-worked dates). */
export function same(label, hand, computed) {
  if (hand !== computed) throw new Error(`${label}: worked out ${hand}, computed ${computed}`);
  return hand;
}

/** dd/mm/yyyy of an ISO day. */
export const vn = (s) => `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
