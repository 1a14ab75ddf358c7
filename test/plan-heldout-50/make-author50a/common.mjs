// Helpers shared by author50a's generators (set 50, documents 01-04), on the authors' kit: paragraphs, list-item
// makers, and the kit's two-list build (author-kit/two.mjs), whose PDF maker each document chooses.
import { P } from "../../plan-corpus/author-kit/two.mjs";

export { P, lister, dash, plus, buildTwo as buildDoc } from "../../plan-corpus/author-kit/two.mjs";

/** An unnumbered label line of a task ("Đơn vị tham mưu: …"), indented, italic label kept in the text. */
export const label = (text, o = {}) => P(text, { tight: true, ...o });
