// A plan signed with the government CA and published as a PDF carries the signature's stamp drawn over its header
// (or its signature): a box of small lines "Ký bởi: …", "Email: …", "Cơ quan: …", "Thời gian ký: dd.mm.yyyy …".
// Those lines share baselines with the motto and the place and date line; they go, so the header reads as typed.
import { describe, expect, it } from "vitest";
import type { TextRun } from "../../src/plan/pdf/geometry.ts";
import { buildLines, lineText } from "../../src/plan/pdf/lines.ts";
import { withoutSignatureStamps } from "../../src/plan/pdf/signature-stamp.ts";

const run = (text: string, x: number, y: number, size = 13): TextRun => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  size,
  font: size < 10 ? "stamp" : "body",
});
const lines = (runs: TextRun[]) => buildLines(runs, 0).map(lineText);

describe("a signature stamp drawn over the header", () => {
  const header = [
    run("SỞ TƯ PHÁP", 90, 70),
    run("Độc lập - Tự do - Hạnh phúc", 300, 88),
    run("Số: 45/KH-STP", 100, 110),
    run("Điện Biên, ngày 02 tháng 3 năm 2027", 290, 110.4),
  ];
  // Its lines in a smaller type at one left edge, a letter of a fallback font cut out of a word ("C", "ơ", "quan").
  const stamp = [
    run("Người ký: Sở Tư pháp tỉnh Điện Biên", 340, 72, 8),
    run("Email: stp@dienbien.gov.vn", 340, 81.5, 8),
    run("C", 340, 91, 8),
    run("ơ", 344, 91, 8),
    run("quan: Tỉnh Điện Biên", 350, 91, 8),
    run("Thời gian ký: 02.03.2027 09:12:40 +07:00", 340, 110.5, 8),
  ];

  it("goes, and the header's lines read as typed", () => {
    const kept = withoutSignatureStamps([...header, ...stamp]);
    expect(kept).toEqual(header);
    expect(lines(kept)).toContain("Số: 45/KH-STP Điện Biên, ngày 02 tháng 3 năm 2027");
  });

  it("is a stamp only with its labelled lines down to the signing time", () => {
    const said = [run("Ký bởi: đại diện hai bên", 100, 300), run("Email: lienhe@example.vn", 100, 316)];
    expect(withoutSignatureStamps([...header, ...said])).toHaveLength(header.length + said.length);
  });
});
