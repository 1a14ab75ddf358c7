// A workbook copied as text sheet by sheet writes each sheet under a line with its tab's name ("PL nhiem vu",
// "Phụ lục II", "Sheet1"), a short line with no tab, at the text's top or after the empty line parting two sheets. The
// lines under it are still the sheet's range, every one as wide as the others: the copy reads as the workbook does,
// a line whose one filled cell is the first a paragraph (the notes under the table), the tab's name as a tab's.
import { describe, expect, it } from "vitest";
import { LAI_CHAU_2025 } from "../../src/domain/directories/lai-chau.ts";
import { blockText } from "../../src/plan/document.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { row as shown } from "../support/text-plans.ts";

/** Cells padded with tabs to five columns, as Excel copies a range five columns wide. */
const line = (...cells: string[]) => [...cells, ...Array.from({ length: 5 - cells.length }, () => "")].join("\t");
const HEADER = line("STT", "Nội dung", "Đơn vị thực hiện", "Sản phẩm", "Thời hạn");

const SHEET = [
  line("PHỤ LỤC"),
  line("(Kèm theo Kế hoạch số 21/KH-UBND ngày 12/01/2026 của UBND tỉnh Lai Châu)"),
  HEADER,
  line("1", "Rà soát thủ tục hành chính", '"Sở Tư pháp;\nSở Nội vụ"', "Báo cáo", "31/03/2026"),
  line("2", "Khảo sát sự hài lòng", "Sở Nội vụ", "Báo cáo", "15/10/2026"),
  line("Ghi chú: đơn vị được ghi đầu tiên là đơn vị chủ trì, các đơn vị còn lại phối hợp."),
  line("Các nhiệm vụ định kỳ tổng hợp trong báo cáo gửi Sở Nội vụ."),
];

function read(text: string) {
  const result = readTextPlan(text);
  if (!result.ok) throw new Error(result.error.code);
  return result.document;
}

function tasksOf(text: string) {
  const parsed = parsePlan(read(text), LAI_CHAU_2025, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan.tasks.map(shown);
}

describe("a workbook copied as text under its tabs' names", () => {
  it("reads the notes under the table as paragraphs, no task, and the tab's name as a tab", () => {
    const text = ["PL nhiem vu", ...SHEET].join("\r\n");
    const texts = read(text).blocks.filter((b) => b.type === "text");
    expect(texts[0]).toEqual({ type: "text", text: "PL nhiem vu", tab: true });
    expect(texts.map(blockText).slice(-2)).toEqual([
      "Ghi chú: đơn vị được ghi đầu tiên là đơn vị chủ trì, các đơn vị còn lại phối hợp.",
      "Các nhiệm vụ định kỳ tổng hợp trong báo cáo gửi Sở Nội vụ.",
    ]);
    expect(tasksOf(text)).toEqual([
      ["1", "2026-03-31", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["2", "2026-10-15", ["Sở Nội vụ"], []],
    ]);
  });

  it("reads a second sheet under its own tab's name, after an empty line, narrower or not", () => {
    const second = ["", "Phụ lục II", "BIỂU BÁO CÁO\t\t", "STT\tBáo cáo\tHạn gửi", "1\tBáo cáo quý I\t10/03/2026"];
    const texts = read(["Phụ lục I", ...SHEET, ...second].join("\n")).blocks.filter((b) => b.type === "text");
    expect(texts.filter((b) => b.type === "text" && b.tab).map(blockText)).toEqual(["Phụ lục I", "Phụ lục II"]);
    expect(texts.map(blockText)).toContain("BIỂU BÁO CÁO");
  });

  it("gives a tab naming a unit as a tab, as the workbook readers do", () => {
    const rows = [
      line("STT", "Nội dung", "Sản phẩm", "Thời hạn", "Ghi chú"),
      line("1", "Rà soát văn bản", "Báo cáo", "30/04/2026"),
    ];
    const unit = ["Sở Tư pháp", line("PHỤ LỤC"), ...rows].join("\n");
    expect(read(unit).blocks[0]).toEqual({ type: "text", text: "Sở Tư pháp", tab: true });
  });

  it("leaves a title in capitals over a table as the paragraph it is", () => {
    const word = ["KẾ HOẠCH", HEADER, line("GHI CHÚ"), line("1", "Họp", "Sở Nội vụ", "", "30/06/2026")].join("\n");
    expect(read(word).blocks.map((b) => b.type)).toEqual(["text", "row", "row", "row"]);
  });

  it("reads 5,000 sheets copied one after another, each under its tab's name given as a tab", () => {
    const sheets = Array.from({ length: 5000 }, (_, k) => [`Sheet${k + 1}`, line(String(k), "Việc", "Sở Nội vụ")]);
    const blocks = read(sheets.map((s) => s.join("\n")).join("\n\n")).blocks;
    expect(blocks).toHaveLength(10_000);
    expect(blocks.filter((b) => b.type === "text")).toEqual(
      sheets.map(([name]) => ({ type: "text", text: name, tab: true })),
    );
    expect(blocks.filter((b) => b.type === "row")).toHaveLength(5000);
  });
});
