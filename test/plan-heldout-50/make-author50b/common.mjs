// Helpers shared by author50b's generators (set 50, documents 05-08), on the authors' kit: the two-list build
// (author-kit/two.mjs, which takes the PDF maker), paragraphs and list-item makers.
import { P } from "../../plan-corpus/author-kit/two.mjs";

export { P, H, buildTwo as buildDoc } from "../../plan-corpus/author-kit/two.mjs";
export { task } from "../../plan-corpus/author-kit/lib.mjs";
export { head, sign } from "../../plan-corpus/author-kit/head.mjs";

/** A maker of numbered paragraphs of one Word list (kind, inst): item(num, text). */
export const lister = (kind, inst, o = {}) => (num, text, o2 = {}) =>
  P(text, { num, list: { kind, inst }, ...o, ...o2 });

/** A dash paragraph ("- …"), a Word bullet list in plan-auto.docx. */
export const dash = (text, o = {}) => P(text, { num: "-", list: { kind: "dash", inst: "dash" }, ...o });
