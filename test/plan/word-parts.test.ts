// Plans written in parts named in words ("Phần thứ hai", title on the line below), "Mục 1." headings under them, items
// "(1)", "(2)" numbered anew in each Mục, each followed by an arrow line of labels telling its units and time.
import { describe, expect, it } from "vitest";
import { markerOf } from "../../src/plan/numbering.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("parts named in words, Mục headings and (n) items", () => {
  it("reads the numbering words", () => {
    expect(markerOf("Phần thứ tư", null)).toEqual({ kind: "part", ref: "Phần thứ tư", rest: "" });
    expect(markerOf("CHƯƠNG II: QUY ĐỊNH CỤ THỂ", null)).toMatchObject({ kind: "part", ref: "CHƯƠNG II" });
    expect(markerOf("Mục 3. Cải cách tài chính công", null)).toMatchObject({ kind: "article", ref: "Mục 3" });
    expect(markerOf("(12) Rà soát quy chế", null)).toMatchObject({ kind: "paren", ref: "(12)" });
    expect(markerOf("4) Kiểm tra hồ sơ", null)).toMatchObject({ kind: "number", ref: "4" });
    // A word part only stands alone or before its title: "Phần thứ hai của báo cáo" is a sentence.
    expect(markerOf("Phần thứ hai của báo cáo nêu rõ", null)).toBeNull();
  });

  it("cites an item by its Mục and number, and a part's items by the part when parts number anew", () => {
    const plan = parse(
      [
        "Phần thứ nhất",
        "MỤC ĐÍCH, YÊU CẦU",
        "1. Bảo đảm các nhiệm vụ được giao có đơn vị chủ trì, thời hạn hoàn thành trước ngày 31/12/2024.",
        "Phần thứ hai",
        "NHIỆM VỤ TRỌNG TÂM",
        "Mục 1. Y tế cơ sở",
        "(1) Kiện toàn mạng lưới y tế thôn bản.",
        "→ Chủ trì: Sở Y tế; phối hợp: Sở Nội vụ. Thời hạn: trước ngày 30/6/2024.",
        "(2) Tập huấn cộng tác viên dân số.",
        "→ Đơn vị thực hiện: Sở Y tế. Thời hạn: thường xuyên.",
        "Mục 2. Giáo dục",
        "(1) Sửa chữa phòng học xuống cấp.",
        "→ Chủ trì: Sở Giáo dục và Đào tạo; phối hợp: Sở Tài chính. Thời hạn: Quý III/2024.",
        "Phần thứ ba",
        "TỔ CHỨC THỰC HIỆN",
        "1. Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["Mục 1.(1)", "2024-06-29", ["Sở Y tế"], ["Sở Nội vụ"]],
      ["Mục 2.(1)", "2024-09-30", ["Sở Giáo dục và Đào tạo"], ["Sở Tài chính"]],
      ["Phần thứ ba.1", "2024-12-14", ["Sở Nội vụ"], []],
    ]);
  });

  it("nests (n) items under the numbered heading above them", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Chuyển đổi số",
        "(1) Số hóa hồ sơ lưu trữ, Sở Nội vụ thực hiện, hoàn thành trước ngày 30/9/2024.",
        "(2) Sở Y tế triển khai bệnh án điện tử trong tháng 11/2024.",
        "2. Sở Tư pháp rà soát văn bản quy phạm pháp luật trước ngày 31/10/2024.",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["II.1.(1)", "II.1.(2)", "II.2"]);
  });
});
