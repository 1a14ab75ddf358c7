// Helpers shared by author45a's generators (set 45, documents 01-04): paragraphs and headings in the kit's content
// model, and a build writing plan.txt and plan-typed.docx from one block list, plan-auto.docx and plan.pdf from
// another (the Word file merges cells that the typed file repeats).
// As author44b found, the kit's w:num overrides (startOverride) come back from LibreOffice's .doc copy with the
// second item of each list restarting ("a) a) b)"); so every Word list of plan-auto.docx gets its own abstractNum
// here, with no override.
// (Folded into the authors' kit after set 45: author-kit/two.mjs; this file re-exports it.)
export { P, H, L, ownLists, buildTwo } from "../../plan-corpus/author-kit/two.mjs";
