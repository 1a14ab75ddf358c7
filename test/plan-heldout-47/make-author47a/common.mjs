// Helpers shared by author47a's generators (set 47, documents 01-04): the authors' kit's paragraphs, headings and
// two-list build (author-kit/two.mjs), re-exported so each generator imports from one place.
export { P, H, L, ownLists, buildTwo } from "../../plan-corpus/author-kit/two.mjs";
