// Helpers shared by author44b's generators: paragraphs and headings in the kit's content model, and a build that
// writes plan-typed.docx (and plan.txt) from one block list and plan-auto.docx (and plan.pdf) from another, for a
// table that the typed file repeats cell by cell and the Word file merges (08).
// plan-auto.docx gets one abstractNum per list (no w:lvlOverride/w:startOverride): the kit's overrides came back
// from LibreOffice's .doc copy with every list's second item restarting at 1 or a) (sets 42 and 43 show it too).
// (Folded into the authors' kit after set 45: author-kit/two.mjs; this file re-exports it.)
export { P, H, ownLists, buildTwo } from "../../plan-corpus/author-kit/two.mjs";
