// Helpers shared by author50a's generators (set 50, documents 01-04), on the authors' kit: paragraphs, list-item
// makers, and the kit's two-list build (author-kit/two.mjs), whose PDF maker each document chooses.
import { P } from "../../plan-corpus/author-kit/two.mjs";

export { P, buildTwo as buildDoc } from "../../plan-corpus/author-kit/two.mjs";

/** A maker of numbered paragraphs of one Word list (kind, inst): item(num, text). */
export const lister = (kind, inst, o = {}) => (num, text, o2 = {}) =>
  P(text, { num, list: { kind, inst }, ...o, ...o2 });

/** A dash paragraph ("- …"), a Word bullet list in plan-auto.docx. */
export const dash = (text, o = {}) => P(text, { num: "-", list: { kind: "dash", inst: "dash" }, ...o });
/** A plus paragraph ("+ …"), a Word bullet list in plan-auto.docx. */
export const plus = (text, o = {}) => P(text, { num: "+", list: { kind: "plus", inst: "plus" }, ...o });
/** An unnumbered label line of a task ("Đơn vị tham mưu: …"), indented, italic label kept in the text. */
export const label = (text, o = {}) => P(text, { tight: true, ...o });
