// Text runs to lines in a PDF: letters and marks put together as they are read.
import { describe, expect, it } from "vitest";
import type { TextRun } from "../../src/plan/pdf/geometry.ts";
import { withoutFootnotes } from "../../src/plan/pdf/furniture.ts";
import { buildLines, lineText } from "../../src/plan/pdf/lines.ts";

const run = (text: string, x: number, width: number): TextRun => ({ text, x, y: 100, width, size: 12, font: "f" });

describe("a letter drawn as its base and a combining mark", () => {
  it("reads as the one precomposed letter, whichever of the two the page draws first", () => {
    const runs = [run("UBND t", 0, 40), run("\u0309", 40, 0), run("i", 40, 3.3), run("nh", 43.3, 12)];
    const text = lineText(buildLines(runs, 0)[0]!);
    expect(text).toBe("UBND tỉnh");
    expect(text).toBe("UBND tỉnh".normalize("NFC"));
  });
});

describe("a list label drawn against its text, wider than its tab stop", () => {
  it("reads with a space after the number, Roman or Arabic, and a lone capital C stays a name's initial", () => {
    const texts = [
      [run("IV.Sở Xây dựng chủ trì", 0, 120)],
      [run("12.Ban Quản lý dự án", 0, 110)],
      [run("C.Mác bàn về nhà nước", 0, 110)],
    ].map((runs) => lineText(buildLines(runs, 0)[0]!));
    expect(texts).toEqual(["IV. Sở Xây dựng chủ trì", "12. Ban Quản lý dự án", "C.Mác bàn về nhà nước"]);
  });
});

describe("a list number LibreOffice recounted while showing tracked changes", () => {
  it("reads as the number in brackets, the one the Word file gives, and other brackets stay", () => {
    const texts = [
      [run("3.1.[3.2.]", 0, 50), run("Sở Y tế rà soát", 60, 80)],
      [run("[3.1.] Sở Tư pháp thẩm định", 0, 140)],
      [run("[1] Theo Nghị định số 61/2018/NĐ-CP", 0, 180)],
    ].map((runs) => lineText(buildLines(runs, 0)[0]!));
    expect(texts).toEqual(["3.2. Sở Y tế rà soát", "3.1. Sở Tư pháp thẩm định", "[1] Theo Nghị định số 61/2018/NĐ-CP"]);
  });
});

describe("a list laid out with tab stops, drawn with no table lines", () => {
  const at = (text: string, x: number, width: number, y: number): TextRun => ({ ...run(text, x, width), y });
  // Stops at 300 (unit) and 420 (time): most rows leave a column gap before them, a long text not.
  const rows = [
    [at("1. Lập sổ theo dõi", 60, 110, 100), at("Sở Y tế", 300, 45, 100), at("Quý II/2025", 420, 65, 100)],
    [at("2. Rà soát danh mục hồ sơ cấp", 60, 232, 114), at("Sở Nội vụ", 300, 55, 114), at("30/6/2025", 420, 55, 114)],
    [at("3. Tập huấn", 60, 70, 128), at("Ban Quản lý dự án tỉnh", 300, 112, 128), at("Tháng 8/2025", 420, 70, 128)],
  ];

  it("reads a text at a stop as its own piece, however near the text before it ends", () => {
    const lines = buildLines(rows.flat(), 0);
    expect(lines.map((l) => l.pieces.map((p) => p.text))).toEqual([
      ["1. Lập sổ theo dõi", "Sở Y tế", "Quý II/2025"],
      ["2. Rà soát danh mục hồ sơ cấp", "Sở Nội vụ", "30/6/2025"],
      ["3. Tập huấn", "Ban Quản lý dự án tỉnh", "Tháng 8/2025"],
    ]);
  });

  it("still reads as one text a word that starts at a stop a word space after the word before it", () => {
    const prose = [at("Các sở, ngành rà soát hồ sơ", 60, 237, 142), at("và báo cáo kết quả.", 300, 100, 142)];
    const lines = buildLines([...rows.flat(), ...prose], 0);
    expect(lineText(lines.at(-1)!)).toBe("Các sở, ngành rà soát hồ sơ và báo cáo kết quả.");
    expect(lines.at(-1)!.pieces).toHaveLength(1);
  });
});

describe("a short rule in the lower half of a page", () => {
  const at = (text: string, y: number, size = 12): TextRun => ({
    text,
    x: 0,
    y,
    width: text.length * 6,
    size,
    font: "f",
  });
  const page = { width: 595, height: 842, runs: [], rules: [] };
  const body = [
    "Sở Y tế chủ trì, phối hợp với Sở Tư pháp rà soát hồ sơ trên",
    "Cổng thông tin điện tử tỉnh; hoàn thành",
  ];

  it("under a line's words underlines them (a link at the line's start): the lines below it stay", () => {
    const lines = buildLines([at(body[0]!, 560), at(body[1]!, 580), at("trong Quý III/2027.", 600)], 0);
    const underline = { x1: 0, y1: 582, x2: 150, y2: 582 };
    expect(withoutFootnotes(lines, [underline], page).map(lineText)).toEqual([...body, "trong Quý III/2027."]);
  });

  it("missing, notes at the page's foot that open with their raised mark are still notes", () => {
    const mark = (text: string, y: number): TextRun => ({ text, x: 0, y, width: 4, size: 8, font: "f" });
    const note = (text: string, y: number): TextRun => ({ ...at(text, y), x: 5 });
    const lines = buildLines(
      [at(body[0]!, 560), at(body[1]!, 580), mark("2", 616), note("Theo Công văn số 12/SYT ngày 05/01/2027.", 620)],
      0,
    );
    lines.push(...buildLines([note("Số liệu tính đến ngày 15/12/2026.", 640)], 0));
    expect(withoutFootnotes(lines, [], page).map(lineText)).toEqual(body);
    const unmarked = buildLines([at(body[0]!, 560), note("Theo Công văn số 12/SYT ngày 05/01/2027.", 620)], 0);
    expect(withoutFootnotes(unmarked, [], page)).toHaveLength(2);
  });

  it("with no text on it, over smaller text, still separates the notes", () => {
    const lines = buildLines([at(body[0]!, 560), at(body[1]!, 580), at("Theo Công văn số 12/SYT.", 620, 10)], 0);
    const separator = { x1: 0, y1: 600, x2: 150, y2: 600 };
    expect(withoutFootnotes(lines, [separator], page).map(lineText)).toEqual(body);
  });
});

describe("an item numbered in brackets, its text at the list's tab stop", () => {
  it("reads as one piece: the number, then its text", () => {
    // Further from its number than a column gap: only the label keeps them one piece.
    const runs = [run("(3)", 0, 14), run("Sở Y tế rà soát danh mục", 50, 120)];
    expect(buildLines(runs, 0)[0]!.pieces.map((p) => p.text)).toEqual(["(3) Sở Y tế rà soát danh mục"]);
  });
});

describe("a part's capital letter, its title at the list's tab stop", () => {
  it("reads as one piece: 'A.', then its title", () => {
    // Word's upper-letter list sets "A." and its title a column gap apart.
    const runs = [run("A.", 0, 12), run("MỤC ĐÍCH, YÊU CẦU", 42, 120)];
    expect(buildLines(runs, 0)[0]!.pieces.map((p) => p.text)).toEqual(["A. MỤC ĐÍCH, YÊU CẦU"]);
  });
});

describe("an endnote's mark raised after a word", () => {
  // Word numbers endnotes i, ii, iii … by default: the mark is a small raised run, as a footnote's figure is.
  const raised = (text: string, x: number): TextRun => ({ text, x, y: 95, width: 5, size: 7, font: "f" });
  it("is kept aside, in lower-case Roman as in figures, and the date it follows reads whole", () => {
    const [line] = buildLines([run("trước ngày 31/01/2025", 0, 110), raised("vi", 110), run(".", 115, 3)], 0);
    expect(lineText(line!)).toBe("trước ngày 31/01/2025.");
    expect(line!.marks?.map((m) => m.text)).toEqual(["vi"]);
  });
  it("leaves a raised word that is no numeral in the text", () => {
    const lines = buildLines([run("Diện tích 20", 0, 70), raised("ha", 70)], 0);
    expect(lines.some((line) => line.marks?.length)).toBe(false);
  });
});
