// Helpers shared by author49a's generators (set 49, documents 01-04), on the authors' kit: paragraphs, list-item
// makers, and the kit's two-list build with footnotes and sections (author-kit/notes.mjs).
export { P, lister, dash, plus } from "../../plan-corpus/author-kit/two.mjs";
export { buildNoted as buildDoc } from "../../plan-corpus/author-kit/notes.mjs";
