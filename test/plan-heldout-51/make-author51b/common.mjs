// Helpers shared by author51b's generators (set 51, documents 05-08), on the authors' kit: paragraphs, list-item
// makers, the kit's two-list build (author-kit/two.mjs) and its paged build (author-kit/paged.mjs).
export { P, H, lister, dash, plus, buildTwo as buildDoc } from "../../plan-corpus/author-kit/two.mjs";
export { buildPaged } from "../../plan-corpus/author-kit/paged.mjs";
export { task } from "../../plan-corpus/author-kit/lib.mjs";
export { head, sign } from "../../plan-corpus/author-kit/head.mjs";

/** A table's TT cell: typed in the typed file, a Word list number (kind "cell", inst) in the automatic one. */
export const tt = (auto, n, inst = "tt") =>
  ({ text: String(n), align: "center", ...(auto ? { list: { kind: "cell", inst } } : {}) });
/** A group row of a task table: its label and its title spanned over the other columns. */
export const group = (label, title, span) =>
  [{ text: label, bold: true, align: "center" }, { text: title, bold: true, span }];
