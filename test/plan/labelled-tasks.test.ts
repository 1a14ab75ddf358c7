// Tasks written as labelled paragraphs ("Nhiệm vụ N: <name>. <who does it, and when>."): the day they are due
// may leave out its year, which is the plan's; the units the directory lacks end where their verb starts.
import { describe, expect, it } from "vitest";
import { findYearlessDay } from "../../src/domain/plan-year.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("a day without its year in a sentence", () => {
  it("is due in the plan's year", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "Nhiệm vụ 1: Rà soát quy chế làm việc. Sở Tư pháp chủ trì, hoàn thành trước 25/4.",
        "Nhiệm vụ 2: Tập huấn nghiệp vụ. Sở Y tế tổ chức lớp tập huấn, báo cáo chậm nhất ngày 10/9.",
      ].join("\n"),
      { issued: "2027-01-12" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2027-04-24", ["Sở Tư pháp"], []],
      ["II.2", "2027-09-10", ["Sở Y tế"], []],
    ]);
  });

  it("names no one day when its clause repeats, nor when a year follows it", () => {
    expect(findYearlessDay("Sở Tài chính tổng hợp, định kỳ hằng quý trước 20/3, 20/6.")).toBeNull();
    expect(findYearlessDay("Sở Y tế báo cáo trước 15/10/2027.")).toBeNull();
    expect(findYearlessDay("Sở Y tế tổng hợp, gửi Sở Nội vụ trước ngày 05/8.")).toBe("trước ngày 05/8");
  });

  it("names no one day when the repeat follows the day ('trước ngày 20 tháng 11 hằng năm')", () => {
    expect(findYearlessDay("Các đơn vị gửi báo cáo trước ngày 20 tháng 11 hằng năm để tổng hợp.")).toBeNull();
    expect(findYearlessDay("Các đơn vị gửi báo cáo trước 05/11 mỗi năm.")).toBeNull();
    expect(findYearlessDay("Các đơn vị gửi báo cáo trước 05/11, hằng năm tổng kết.")).toBe("trước 05/11");
  });
});

describe("units the directory lacks, in the sentence after the task's name", () => {
  it("end at the verb after them ('niêm yết', 'thu thập')", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "Nhiệm vụ 1: Công khai quy trình. Sở Tư pháp chủ trì, phối hợp với Trạm Y tế xã niêm yết biểu mẫu trước 30/5.",
        "Nhiệm vụ 2: Đánh giá kết quả. Sở Y tế chủ trì, phối hợp với Đội Quản lý thị trường thu thập số liệu trước 20/6.",
      ].join("\n"),
      { issued: "2027-01-12" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2027-05-29", ["Sở Tư pháp"], ["?Trạm Y tế xã"]],
      ["II.2", "2027-06-19", ["Sở Y tế"], ["?Đội Quản lý thị trường"]],
    ]);
  });
});

describe("an item, then a paragraph 'Giao: who; thời hạn: when'", () => {
  it("gives the item its units and deadline, the item keeping its title", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Tập huấn kỹ năng cho công chức một cửa.",
        "Giao: Sở Y tế (chủ trì), Tỉnh đoàn; thời hạn: trước ngày 20/5/2027.",
        "2. Khảo sát ý kiến người dân.",
        "Giao: Sở Tư pháp phối hợp Hội Liên hiệp Phụ nữ tỉnh; thời hạn: ngày 15/6/2027.",
        "3. Công khai danh mục thủ tục.",
        "Giao: Sở Nội vụ; thời hạn: Quý III/2027.",
      ].join("\n"),
      { issued: "2027-01-12" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2027-05-19", ["Sở Y tế"], ["Tỉnh đoàn"]],
      ["II.2", "2027-06-15", ["Sở Tư pháp"], ["Hội Liên hiệp Phụ nữ tỉnh"]],
      ["II.3", "2027-09-30", ["Sở Nội vụ"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "II.1")?.title).toBe("Tập huấn kỹ năng cho công chức một cửa");
  });

  it("reads names before '(theo lĩnh vực)' as sharing the lead, those after as partners", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Công khai thông tin quy hoạch.",
        "Giao: Sở Tài chính, Sở Xây dựng (theo lĩnh vực), Tỉnh đoàn; thời hạn: tháng 6/2027.",
        "2. Rà soát văn bản.",
        "Giao: Sở Tư pháp chủ trì, phối hợp với Sở Y tế (theo chức năng, nhiệm vụ); thời hạn: tháng 7/2027.",
      ].join("\n"),
      { issued: "2027-01-12" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2027-06-30", ["Sở Tài chính", "Sở Xây dựng"], ["Tỉnh đoàn"]],
      ["II.2", "2027-07-31", ["Sở Tư pháp"], ["Sở Y tế"]],
    ]);
  });

  it("reads a value going on with a verb by its grammar, and names alone by the plan's legend when it has one", () => {
    const items = [
      "II. NHIỆM VỤ",
      "1. Rà soát thủ tục nội bộ, hoàn thành trong tháng 6/2027.",
      "Giao: các sở, ban, ngành căn cứ chức năng, nhiệm vụ triển khai thực hiện.",
      "2. Tập huấn cán bộ một cửa.",
      "Giao: Sở Y tế, Sở Tư pháp; thời hạn: tháng 8/2027.",
    ];
    const plain = parse(items.join("\n"), { issued: "2027-01-12" });
    expect(plain.warnings.filter((w) => w.code === "unresolved-unit")).toEqual([]);
    expect(tasks(plain)[0]?.[2]).toContain("Sở Nội vụ");
    expect(tasks(plain)[1]).toEqual(["II.2", "2027-08-31", ["Sở Y tế", "Sở Tư pháp"], []]);
    const legend = "Cơ quan được ghi đầu tiên là cơ quan chủ trì, các cơ quan còn lại phối hợp.";
    const withLegend = parse([legend, ...items].join("\n"), { issued: "2027-01-12" });
    expect(tasks(withLegend)[1]).toEqual(["II.2", "2027-08-31", ["Sở Y tế"], ["Sở Tư pháp"]]);
  });
});
