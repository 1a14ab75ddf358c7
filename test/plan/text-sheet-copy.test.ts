// A worksheet copied out of Excel into Notepad keeps every cell of the used range, the empty ones at a row's end too:
// each line holding anything holds as many tabs as the others, the sheet's titles and notes included. It reads as the
// workbook does: a line whose one filled cell is the first is a paragraph, not a row of the table under it.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { blockText } from "../../src/plan/document.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { row as shown } from "../support/text-plans.ts";

/** Cells padded with tabs to six columns, as Excel copies a range six columns wide. */
const line = (...cells: string[]) => [...cells, ...Array.from({ length: 6 - cells.length }, () => "")].join("\t");
const HEADER = line("TT", "Mã", "Nội dung", "Chủ trì", "Phối hợp", "Hạn hoàn thành");

const COPY = [
  line("ỦY BAN NHÂN DÂN", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
  line("TỈNH THÁI NGUYÊN", "", "", "Độc lập - Tự do - Hạnh phúc"),
  line("Số: 77/KH-UBND", "", "", "Thái Nguyên, ngày 02 tháng 02 năm 2026"),
  line("KẾ HOẠCH"),
  line("Thực hiện công tác dân vận chính quyền năm 2026"),
  HEADER,
  line("1", "DV-01", "Tổ chức đối thoại với đoàn viên thanh niên", "Sở Nội vụ", "Tỉnh đoàn", "30/06/2026"),
  line("2", "DV-02", "Sơ kết mô hình dân vận khéo", "Sở Nội vụ", "", "Tháng 9/2026"),
  "",
  line("BIỂU TỔNG HỢP KÈM THEO"),
  line("(Kèm theo Kế hoạch số 77/KH-UBND ngày 02/02/2026)"),
  HEADER,
  line("3", "DV-03", "Tổng kết công tác dân vận năm 2026", "Sở Nội vụ", "Sở Tư pháp", "15/12/2026"),
].join("\r\n");

function read(text: string) {
  const result = readTextPlan(text);
  if (!result.ok) throw new Error(result.error.code);
  return result.document;
}

describe("a worksheet copied as text", () => {
  it("reads its titles as paragraphs and its other lines as rows, as the workbook is read", () => {
    const blocks = read(COPY).blocks;
    expect(blocks.filter((b) => b.type === "text").map(blockText)).toEqual([
      "KẾ HOẠCH",
      "Thực hiện công tác dân vận chính quyền năm 2026",
      "BIỂU TỔNG HỢP KÈM THEO",
      "(Kèm theo Kế hoạch số 77/KH-UBND ngày 02/02/2026)",
    ]);
    expect(blocks.filter((b) => b.type === "row")).toHaveLength(8);
  });

  it("reads no task out of the second sheet's titles", () => {
    const parsed = parsePlan(read(COPY), THAI_NGUYEN_2025, shippedCalendar);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.plan.plan.number).toBe("77/KH-UBND");
    expect(parsed.plan.tasks.map(shown)).toEqual([
      ["1", "2026-06-30", ["Sở Nội vụ"], ["Tỉnh đoàn"]],
      ["2", "2026-09-30", ["Sở Nội vụ"], []],
      ["3", "2026-12-15", ["Sở Nội vụ"], ["Sở Tư pháp"]],
    ]);
  });

  it("leaves a Word table copied as text, between untabbed paragraphs, as it was read", () => {
    const word = ["KẾ HOẠCH", HEADER, line("GHI CHÚ"), line("1", "", "Họp", "Sở Nội vụ", "", "30/06/2026")].join("\n");
    expect(read(word).blocks.map((b) => b.type)).toEqual(["text", "row", "row", "row"]);
  });

  it("reads a copy of 20,000 lines", () => {
    const lines = Array.from({ length: 20_000 }, (_, k) =>
      k % 10 === 0 ? line(`THÁNG ${(k % 12) + 1}`) : line(String(k), "", `Việc ${k}`, "Sở Nội vụ", "", "Ngày 5"),
    );
    const blocks = read(lines.join("\n")).blocks;
    expect(blocks).toHaveLength(20_000);
    expect(blocks.filter((b) => b.type === "text")).toHaveLength(2000);
  });

  it("reads a second sheet narrower than the first, pasted after an empty line, as a sheet too", () => {
    const second = ["", "CÁC ĐƠN VỊ PHỐI HỢP\t", "(Theo số thứ tự của Biểu)\t", "TT\tĐơn vị phối hợp", "1\tTỉnh đoàn"];
    const blocks = read([COPY, ...second].join("\r\n")).blocks;
    expect(
      blocks
        .filter((b) => b.type === "text")
        .map(blockText)
        .slice(-2),
    ).toEqual(["CÁC ĐƠN VỊ PHỐI HỢP", "(Theo số thứ tự của Biểu)"]);
    expect(blocks.at(-1)).toEqual({ type: "row", cells: ["1", "Tỉnh đoàn"] });
  });

  it("is no sheet copy where a narrower line follows with no empty line between", () => {
    const narrow = read([COPY, "CÁC ĐƠN VỊ PHỐI HỢP\t"].join("\r\n")).blocks;
    expect(narrow.filter((b) => b.type === "text").map(blockText)).not.toContain("BIỂU TỔNG HỢP KÈM THEO");
  });

  it("reads two sheets of 10,000 lines each", () => {
    const first = Array.from({ length: 10_000 }, (_, k) =>
      line(String(k + 1), "", `Việc ${k}`, "Sở Nội vụ", "", "Ngày 5"),
    );
    const second = Array.from({ length: 10_000 }, (_, k) => `${k + 1}\tSở Tư pháp`);
    const blocks = read([...first, "", "TT\tĐơn vị phối hợp", ...second].join("\n")).blocks;
    expect(blocks).toHaveLength(20_001);
    expect(blocks.every((b) => b.type === "row")).toBe(true);
  });
});
