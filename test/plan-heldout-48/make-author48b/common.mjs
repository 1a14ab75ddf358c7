// Helpers shared by author48b's generators (set 48, documents 05-08): the authors' kit's paragraphs, headings and
// two-list build (author-kit/two.mjs) re-exported, a Công văn's header (number and "V/v …" under the issuer, no
// title), a centred bold line, a guard on the style's length (expected.json allows 2000 characters), and `job`: the
// kit's task (whose next working day keeps the make-up Saturdays of src/domain/holidays-vn.ts, 26/4/2025 and
// 4/5/2024, since this author found it did not).
import { task } from "../../plan-corpus/author-kit/lib.mjs";

export { P, H, L, ownLists, buildTwo } from "../../plan-corpus/author-kit/two.mjs";
export { head, sign } from "../../plan-corpus/author-kit/head.mjs";

/** A centred bold line with no first-line indent. */
export const C = (text, o = {}) => ({ t: "p", text, bold: true, align: "center", indent: false, ...o });

/** A Công văn's header: issuer, number and "V/v …" on the left, motto and place-date on the right. */
export function cvHead(issuer, number, about, place) {
  return [
    { t: "table", borders: false, widths: [3900, 5500], rows: [
      [{ text: issuer, bold: true, align: "center" },
        { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
      [{ text: number + "\n" + about, align: "center" }, { text: place, italic: true, align: "center" }],
    ] },
  ];
}

/** The style, refused when longer than expected.json allows. */
export function style(text) {
  if (text.length > 2000) throw new Error(`style is ${text.length} characters (2000 at most)`);
  return text;
}

/** The kit's task. */
export const job = task;
