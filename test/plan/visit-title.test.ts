// An inspection schedule that writes what each visit looks at beside the unit visited: the task is that act at
// that unit on that content, not the unit's name.
import { describe, expect, it } from "vitest";
import { parse, table } from "../support/text-plans.ts";

describe("a visit's content column", () => {
  it("titles each visit by the act, the unit and its content", () => {
    const plan = parse(
      table([
        ["TT", "Cơ sở được giám sát", "Nội dung giám sát", "Thời gian", "Chủ trì", "Phối hợp"],
        [
          "1",
          "Trường THPT Mường Nhé",
          "Việc thu, chi các khoản ngoài học phí",
          "Tháng 9/2025",
          "Sở Tài chính",
          "Sở Giáo dục",
        ],
        ["2", "Bệnh viện huyện Sìn Hồ", "Đấu thầu thuốc", "Quý IV/2025", "Sở Tài chính", ""],
      ]),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "Giám sát Trường THPT Mường Nhé: Việc thu, chi các khoản ngoài học phí",
      "Giám sát Bệnh viện huyện Sìn Hồ: Đấu thầu thuốc",
    ]);
  });

  it("keeps the unit alone as the title when the schedule says no content", () => {
    const plan = parse(
      table([
        ["TT", "Đơn vị được kiểm tra", "Thời gian", "Trưởng đoàn", "Thành viên tham gia"],
        ["1", "Sở Công Thương", "Tháng 6/2025", "Lãnh đạo Sở Nội vụ", "Thanh tra tỉnh"],
      ]),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(["Sở Công Thương"]);
  });
});
