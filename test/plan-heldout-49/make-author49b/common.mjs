// Helpers shared by author49b's generators (set 49, documents 05-08), on the authors' kit: its paragraphs, list-item
// maker and `buildPaged` (author-kit/paged.mjs, the two-list build with page headers and footers, first written here),
// and dash and plus items whose Word list is named per call.
import { P } from "../../plan-corpus/author-kit/two.mjs";

export { P, H, L, lister } from "../../plan-corpus/author-kit/two.mjs";
export { buildPaged } from "../../plan-corpus/author-kit/paged.mjs";

/** A dash paragraph ("- …"), a Word bullet list in plan-auto.docx (one list per inst). */
export const dash = (text, inst = "dash", o = {}) => P(text, { num: "-", list: { kind: "dash", inst }, ...o });
/** A plus paragraph ("+ …"). */
export const plus = (text, inst = "plus", o = {}) => P(text, { num: "+", list: { kind: "plus", inst }, ...o });
