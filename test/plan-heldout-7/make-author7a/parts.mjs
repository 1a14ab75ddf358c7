// author7a's Decree 30 parts shared by 02-04: the header block and the "Nơi nhận" / signature block,
// each a borderless two-column table as Word users lay them out.
import { P, T } from "./lib.mjs";

export const c = (text, o = {}) => ({ paras: [P(text, { center: true, noIndent: true, ...o })] });
export const l = (text, o = {}) => ({ paras: [P(text, { left: true, noIndent: true, ...o })] });

/** organ: [upper line, own name]; number: "Số: …"; placeDate: "<place>, ngày …". */
export function headerBlock(organ, number, placeDate, widths = [3700, 5371]) {
  return T(
    widths,
    [
      [c(organ[0]), c("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true })],
      [c(organ[1], { bold: true }), c("Độc lập - Tự do - Hạnh phúc", { bold: true })],
      [c(number), c(placeDate, { italic: true })],
    ],
    { layout: true },
  );
}

export function signature(recipients, signLines) {
  return T(
    [4300, 4771],
    [
      [
        {
          paras: [
            P("Nơi nhận:", { bold: true, italic: true, noIndent: true, left: true, size: 24 }),
            ...recipients.map((r) => P(r, { noIndent: true, left: true, size: 22 })),
          ],
        },
        { paras: signLines.map((s) => P(s, { center: true, bold: true, noIndent: true })) },
      ],
    ],
    { layout: true },
  );
}
