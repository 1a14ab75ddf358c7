// Markup left in a text plan by whatever extracted it never hides a number, a date or a name.
import { describe, expect, it } from "vitest";
import { clean, fold, stripMarkup } from "../../src/domain/text.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";

describe("stripMarkup", () => {
  it.each([
    ["Quyết định số *2756*/QĐ-UBND ngày 10/12/2018", "Quyết định số 2756/QĐ-UBND ngày 10/12/2018"],
    ["Thời gian xong **trước ngày 30/11/2019**.", "Thời gian xong trước ngày 30/11/2019."],
    ["***Nơi nhận:***", "Nơi nhận:"],
    ["#### **I. MỤC ĐÍCH, YÊU CẦU**", " I. MỤC ĐÍCH, YÊU CẦU"],
    ["## Tiêu đề ##", " Tiêu đề"],
    ["###", ""],
    ["1\\. Giao Sở Nội vụ chủ trì\\:", "1. Giao Sở Nội vụ chủ trì:"],
    ["**\\* Ghi chú:**", "* Ghi chú:"],
    ["\\(Kèm theo Kế hoạch số 98\\/KH\\-UBND\\)", "(Kèm theo Kế hoạch số 98/KH-UBND)"],
    ["<b>TT</b>", "TT"],
    ["gửi UBND tỉnh ( <i>qua Sở Nội vụ</i> )", "gửi UBND tỉnh ( qua Sở Nội vụ )"],
    ["trước ngày 31/01/2020<sup>2</sup>.", "trước ngày 31/01/2020."],
    ["trước ngày 31/01/2020[2].", "trước ngày 31/01/2020."],
    ["xem chú thích[^3] cuối trang", "xem chú thích cuối trang"],
    ["[^3]: Ban hành kèm theo Quyết định số 3526/QĐ-UBND ngày 29/12/2022.", ""],
    ["_Sở Tư pháp_ và __Sở Tài chính__", "Sở Tư pháp và Sở Tài chính"],
  ])("%s reads %s", (marked, plain) => {
    expect(stripMarkup(marked)).toBe(plain);
  });

  it.each([
    ["5 * 3 mẫu"],
    ["* Lưu ý: không đánh số"],
    ["tên_tệp.xlsx"],
    ["<tên cơ quan>"],
    ["danh sách [1] kèm theo"],
    ["Sở Nội vụ (*); Sở Tài chính (*)"],
    ["Hạn: (**)\tCông an tỉnh (***)"],
    // Two or three signs: a second note's mark, in brackets or ending a cell after a space.
    ["(**) Kiểm tra trong quý IV"],
    ["Quý III/2024 **"],
  ])("leaves %s as it is", (text) => {
    expect(stripMarkup(text)).toBe(text);
  });
});

describe("text plans", () => {
  it("read paragraphs and tab-separated rows with their markup stripped", () => {
    const read = readTextPlan("## **KẾ HOẠCH**\n\n<b>TT</b>\t<b>Nhiệm vụ</b>\n1\tTổng hợp *trước ngày 15/11/2025*\n");
    expect(read).toEqual({
      ok: true,
      document: {
        blocks: [
          { type: "text", text: "KẾ HOẠCH" },
          { type: "row", cells: ["TT", "Nhiệm vụ"] },
          { type: "row", cells: ["1", "Tổng hợp trước ngày 15/11/2025"] },
        ],
      },
    });
  });
});

describe("characters a web page leaves in copied text", () => {
  it("takes out soft hyphens and zero-width characters inside words and dates, and folds the word as typed", () => {
    expect(clean("Sở Giáo dục và Đào\u00ad tạo")).toBe("Sở Giáo dục và Đào tạo");
    expect(clean("hạn nộp 05/\u200b11/2027")).toBe("hạn nộp 05/11/2027");
    expect(clean("Ban\u2060 Dân tộc\ufeff")).toBe("Ban Dân tộc");
    expect(fold("Y\u00adtế")).toBe(fold("Ytế"));
  });

  it("reads a unit written with a soft hyphen, and a date holding a zero-width space, in a text plan", () => {
    const plan = parse(
      "II. NHIỆM VỤ\n1. Sở Giáo dục và Đào\u00ad tạo rà soát trường học, xong trước ngày 12/\u200b10/2024.",
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-10-11", ["Sở Giáo dục và Đào tạo"], []]]);
  });
});
