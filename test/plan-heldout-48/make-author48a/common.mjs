// Helpers shared by author48a's generators (set 48, documents 01-04), on the authors' kit: the kit's paragraphs and
// headings, list-item makers, and `buildDoc`, the kit's two-list build with Word FOOTNOTES and a first section of
// another orientation (author-kit/notes.mjs, which this author and author46b each first wrote here).
export { P, H, L, lister, dash } from "../../plan-corpus/author-kit/two.mjs";
export { buildNoted as buildDoc } from "../../plan-corpus/author-kit/notes.mjs";
