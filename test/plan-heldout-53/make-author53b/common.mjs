// Helpers shared by author53b's generators (set 53, documents 05-08), on the authors' kit: paragraphs, list-item
// makers, the kit's two-list build (author-kit/two.mjs), head.mjs' header block and signature, lib.mjs' task.
export { P, H, lister, dash, plus, buildTwo as buildDoc } from "../../plan-corpus/author-kit/two.mjs";
export { task, addKind } from "../../plan-corpus/author-kit/lib.mjs";
export { head, sign } from "../../plan-corpus/author-kit/head.mjs";

/** The folder of a document of this set, from its generator's URL. */
export const dirOf = (id, url) => new URL(`../${id}/`, url).pathname;

/** A table's STT cell: typed in the typed file, a Word list number (kind, inst, lvl) in the automatic one. */
export const tt = (auto, n, inst = "tt", kind = "cell", lvl = 0) =>
  ({ text: String(n), align: "center", ...(auto ? { list: { kind, inst, lvl } } : {}) });

/** A group row of a task table: its label and its title spanned over the other columns. */
export const group = (label, title, span) =>
  [{ text: label, bold: true, align: "center" }, { text: title, bold: true, span }];

/** A centred paragraph, no indent (titles of an appendix). */
export const C = (text, o = {}) => ({ t: "p", text, align: "center", indent: false, ...o });

/** A task with its reading written in its own style field ("'trước ngày 30/5/2026' 29/5 (Fri)"). */
export const read = (style, t) => ({ ...t, style });
