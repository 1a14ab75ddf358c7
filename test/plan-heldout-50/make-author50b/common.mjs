// Helpers shared by author50b's generators (set 50, documents 05-08), on the authors' kit: the two-list build
// (author-kit/two.mjs, which takes the PDF maker), paragraphs and list-item makers.
export { P, H, lister, dash, buildTwo as buildDoc } from "../../plan-corpus/author-kit/two.mjs";
export { task } from "../../plan-corpus/author-kit/lib.mjs";
export { head, sign } from "../../plan-corpus/author-kit/head.mjs";
