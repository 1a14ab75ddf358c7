// An item amending a point of an earlier plan, its new wording quoted under it.
import { describe, expect, it } from "vitest";
import { withQuotedAmendments } from "../../src/plan/quoted-amendment.ts";
import type { Block } from "../../src/plan/document.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { quotedAmendments } from "../support/large-inputs.ts";

const text = (t: string): Block => ({ type: "text", text: t });

describe("a quotation an amending item announces", () => {
  it("is the item's own work, dated and led by its words, its old label no part of this plan", () => {
    const plan = parse(
      [
        "II. NỘI DUNG SỬA ĐỔI",
        "1. Sửa đổi, bổ sung khoản 3 Mục III Kế hoạch số 40/KH-UBND như sau:",
        "“3. Sở Công Thương tổng hợp kết quả kiểm tra thị trường, báo cáo UBND tỉnh trước ngày 15/10/2024.”",
        "III. TỔ CHỨC THỰC HIỆN",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-10-14", ["Sở Công Thương"], []]]);
  });

  it("leaves a quotation no amending item announces, and a paragraph opened by no quotation mark", () => {
    const blocks = [
      text("Lãnh đạo tỉnh nhấn mạnh như sau:"),
      text("“a) Phải làm quyết liệt.”"),
      text("2. Bổ sung điểm c như sau:"),
      text("c) Sở Y tế kiểm tra."),
    ];
    expect(withQuotedAmendments(blocks)).toEqual(blocks);
  });

  it("reads a quotation over several paragraphs, and thousands of items at once", () => {
    const one = [
      text("3. Thay thế điểm a khoản 1 bằng nội dung sau:"),
      text("“a) Sở Tư pháp rà soát văn bản;"),
      text("Sở Nội vụ thẩm định.”;"),
    ];
    expect(withQuotedAmendments(one).map((b) => (b.type === "text" ? b.text : ""))).toEqual([
      "3. Thay thế điểm a khoản 1 bằng nội dung sau:",
      "Sở Tư pháp rà soát văn bản;",
      "Sở Nội vụ thẩm định.;",
    ]);
    expect(withQuotedAmendments(quotedAmendments(5000))).toHaveLength(15000);
  });
});
