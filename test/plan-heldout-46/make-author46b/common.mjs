// Helpers shared by author46b's generators (set 46, documents 05-08), on the authors' kit: list items, a column merged
// over runs of equal values, and `buildDoc`, the kit's two-list build with Word FOOTNOTES and a first section of
// another orientation (author-kit/notes.mjs, which this author and author48a each first wrote here).
import { P } from "../../plan-corpus/author-kit/two.mjs";

export { P, H, L } from "../../plan-corpus/author-kit/two.mjs";

/** Numbered list items of one kind and one list instance. */
export const item = (kind, inst, o = {}) => (num, text) => P(text, { num, list: { kind, inst }, ...o });

/** A table column merged vertically (Word) over runs of equal values; the typed file repeats each value. */
export function runs(values, merged) {
  return values.map((v, i) => (merged ? { text: v, vm: i > 0 && values[i - 1] === v ? "continue" : "restart" } : v));
}

export { buildNoted as buildDoc } from "../../plan-corpus/author-kit/notes.mjs";
