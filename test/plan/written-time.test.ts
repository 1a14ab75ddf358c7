// A task that says its time in words ("thường xuyên", "hằng năm") under a heading that gives a deadline.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("an item whose own time is no date, under a dated heading", () => {
  it("takes no deadline from the heading, whether its sentence or a line below it says the time", () => {
    const plan = parse(
      [
        "III. NHIỆM VỤ",
        "1. Bước 1: Khởi động (hoàn thành trước ngày 31/5/2024)",
        "a) Sở Tư pháp biên soạn sổ tay hướng dẫn thủ tục cho người dân.",
        "b) Sở Y tế cập nhật thông tin trên cổng điện tử của ngành, thời hạn: thường xuyên.",
        "c) Sở Nội vụ rà soát vị trí việc làm tại các đơn vị sự nghiệp.",
        "Thời gian thực hiện: Hằng năm.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["III.1.a", "2024-05-30", ["Sở Tư pháp"], []]]);
  });
});

describe("a sentence opening with how often it recurs", () => {
  it("is titled by what is done, not by its recurrence or its day, and dated by the first term it names", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Y tế: rà soát danh mục thuốc thiết yếu, xong trước 30/4; Hằng quý, vào ngày 05 tháng đầu quý, gửi Sở Tài chính số liệu chi trả khám chữa bệnh (lần đầu: trước ngày 05/4/2024).",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.1", "2024-04-29", ["Sở Y tế"], []],
      ["II.1.2", "2024-04-04", ["Sở Y tế"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "II.1.2")?.title).toBe("gửi Sở Tài chính số liệu chi trả khám chữa bệnh");
  });
});
