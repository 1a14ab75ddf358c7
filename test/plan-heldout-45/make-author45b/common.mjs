// Helpers shared by author45b's generators (set 45, documents 05-08): paragraphs and headings in the kit's content
// model, a build that writes plan.txt and plan-typed.docx from one block list and plan-auto.docx and plan.pdf from
// another (a table whose cells the typed file repeats and the Word file merges), and `ownLists`, as author44b found:
// every Word list of plan-auto.docx gets its own abstractNum and no w:lvlOverride/w:startOverride, so LibreOffice's
// .doc copy keeps the list numbers ("a) b) c)", not "a) a) b)").
// (Folded into the authors' kit after set 45: author-kit/two.mjs; this file re-exports it.)
import { P } from "../../plan-corpus/author-kit/two.mjs";

export { P, H, ownLists, buildTwo } from "../../plan-corpus/author-kit/two.mjs";

/** Numbered list items of one kind and one list instance. */
export const item = (kind, inst, o = {}) => (num, text) => P(text, { num, list: { kind, inst }, ...o });

/** A table column merged vertically (Word) over runs of equal values; the typed file repeats each value. */
export function runs(values, merged) {
  return values.map((v, i) => (merged ? { text: v, vm: i > 0 && values[i - 1] === v ? "continue" : "restart" } : v));
}
