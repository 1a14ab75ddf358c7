// Helpers shared by author53a's generators (set 53, documents 01-04), on the authors' kit: the kit's two-list build
// (author-kit/two.mjs), its paragraph and list-item makers, head.mjs' header block and signature, lib.mjs' task.
export { P, H, lister, dash, plus, buildTwo as buildDoc } from "../../plan-corpus/author-kit/two.mjs";
export { head, sign } from "../../plan-corpus/author-kit/head.mjs";
export { task } from "../../plan-corpus/author-kit/lib.mjs";

/** The folder of a document of this set, from its generator's URL. */
export const dirOf = (id, url) => new URL(`../${id}/`, url).pathname;
