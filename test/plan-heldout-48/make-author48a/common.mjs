// Helpers shared by author48a's generators (set 48, documents 01-04), on the authors' kit: the kit's paragraphs and
// headings, list-item makers, and `buildDoc`, the kit's two-list build with Word FOOTNOTES and a first section of
// another orientation (author-kit/notes.mjs, which this author and author46b each first wrote here).
import { P } from "../../plan-corpus/author-kit/two.mjs";

export { P, H, L } from "../../plan-corpus/author-kit/two.mjs";

/** A maker of numbered paragraphs of one Word list (kind, inst): item(num, text). */
export const lister = (kind, inst, o = {}) => (num, text, o2 = {}) =>
  P(text, { num, list: { kind, inst }, ...o, ...o2 });

/** A dash paragraph ("- …"), a Word bullet list in plan-auto.docx. */
export const dash = (text, o = {}) => P(text, { num: "-", list: { kind: "dash", inst: "dash" }, ...o });

export { buildNoted as buildDoc } from "../../plan-corpus/author-kit/notes.mjs";
