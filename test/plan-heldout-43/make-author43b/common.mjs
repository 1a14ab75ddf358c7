// Helpers shared by author43b's generators: paragraphs, headings and letter items in the kit's content model, and
// the Decree 30 header of a Công văn (the "V/v …" summary under its number, left column).
export const P = (text, o = {}) => ({ t: "p", align: "justify", text, ...o });
export const H = (num, text, o = {}) => ({ t: "p", num, text, bold: true, indent: false, ...o });
/** A Vietnamese letter item a), b), c), d), đ), e) (Word's lowerLetter list in plan-auto.docx). */
export const L = (n, text, inst, o = {}) => P(text, { num: `${"abcdđeg"[n]})`, list: { kind: "letter", inst }, ...o });
/** A numbered paragraph 1., 2., … (Word's decimal list in plan-auto.docx). */
export const N = (n, text, inst, o = {}) => P(text, { num: `${n}.`, list: { kind: "decimal", inst }, ...o });

/** The header block of a Công văn: issuer, number and "V/v …" left; motto and place, date right. */
export function cvHead(issuer, number, about, place) {
  return [{ t: "table", borders: false, widths: [3900, 5500], rows: [
    [{ text: issuer, bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: `${number}\n${about}`, align: "center" }, { text: place, italic: true, align: "center" }],
  ] }];
}
