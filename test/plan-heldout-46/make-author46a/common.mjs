// Helpers shared by author46a's generators (set 46, documents 01-04): the kit's paragraphs, headings and two-list
// build (test/plan-corpus/author-kit/two.mjs), a Roman section heading and a dash bullet of one Word list each, and
// a day's weekday for the answers' style text.
import { H, L } from "../../plan-corpus/author-kit/two.mjs";

export { P, H, L, buildTwo } from "../../plan-corpus/author-kit/two.mjs";

/** A Roman section heading (one Word list per document). */
export const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
/** A "-" bullet of the Word list `inst`. */
export const D = (text, inst = "d", o = {}) => L("-", text, "dash", inst, o);
/** A bold numbered heading of the Word list `inst` (decimal). */
export const N = (n, text, inst, o = {}) => L(`${n}.`, text, "decimal", inst, { bold: true, ...o });
