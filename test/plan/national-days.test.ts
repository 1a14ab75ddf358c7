// Work dated by a national day's name: "trước X" is X's eve, "nhân dịp X" / "vào dịp X" the day itself; a day written
// after the name is the one meant, a written year the year, else the first such day not past on the plan's date. A
// day named as the occasion of work dated otherwise, or as what the work is about, dates nothing.
import { describe, expect, it } from "vitest";
import { withNationalDays } from "../../src/domain/national-days.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("deadlines named by national days", () => {
  it("dates prose items by the day each names, in the first year the day is not past", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Y tế",
        "a) Tổ chức khám sàng lọc miễn phí cho người cao tuổi, xong trước Ngày Thầy thuốc Việt Nam.",
        "b) Phối hợp với Sở Tư pháp tổ chức phổ biến Luật Khám bệnh, chữa bệnh nhân dịp Ngày Pháp luật Việt Nam.",
        "2. Sở Giáo dục và Đào tạo",
        "- Khen thưởng giáo viên tiêu biểu vào dịp Ngày Nhà giáo Việt Nam 20/11.",
        "3. Sở Nội vụ",
        "- Hoàn thành trao tặng kỷ niệm chương trước Lễ Quốc khánh (02/9).",
        "4. Sở Văn hóa, Thể thao và Du lịch",
        "- Trang trí cổng chào các tuyến phố chính trước Tết Dương lịch năm 2025.",
        "5. Sở Công Thương",
        "- Bình ổn giá mặt hàng thiết yếu, hoàn thành trước Tết Nguyên đán Ất Tỵ.",
        "6. Sở Tài chính",
        "- Cấp kinh phí tổ chức Lễ dâng hương trước Giỗ Tổ Hùng Vương.",
      ].join("\n"),
      { issued: "2024-06-10" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1.a", "2025-02-26", ["Sở Y tế"], []],
      ["II.1.b", "2024-11-09", ["Sở Y tế"], ["Sở Tư pháp"]],
      ["II.2", "2024-11-20", ["Sở Giáo dục và Đào tạo"], []],
      ["II.3", "2024-09-01", ["Sở Nội vụ"], []],
      ["II.4", "2024-12-31", ["Sở Văn hóa, Thể thao và Du lịch"], []],
      ["II.5", "2025-01-28", ["Sở Công Thương"], []],
      // 10 tháng 3 âm lịch Ất Tỵ is 07/4/2025.
      ["II.6", "2025-04-06", ["Sở Tài chính"], []],
    ]);
  });

  it("reads a table's time cell naming a national day", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "STT\tNội dung\tCơ quan chủ trì\tThời gian",
        "1\tTuyên truyền về an toàn lao động\tSở Nội vụ\tNhân dịp Ngày Quốc tế Lao động 01/5",
        "2\tTổ chức Ngày hội văn hóa các dân tộc\tSở Văn hóa, Thể thao và Du lịch\tTrước Ngày Văn hóa các dân tộc Việt Nam",
      ].join("\n"),
      { issued: "2025-01-15" },
    );
    expect(tasks(plan).map((t) => t[1])).toEqual(["2025-05-01", "2025-04-18"]);
  });

  it("leaves a national day that is only the occasion, the subject, or a Tết of no named year", () => {
    const issued = "2025-03-01";
    for (const text of [
      "Tổ chức gặp mặt trước ngày 10/10, nhân dịp Ngày Doanh nhân Việt Nam (13/10).",
      "Kiểm tra an toàn thực phẩm dịp Tết Trung thu tại các chợ.",
      "Treo băng rôn chào mừng Ngày Giải phóng miền Nam, thống nhất đất nước.",
      "Hoàn thành trước Tết Nguyên đán.",
      "Hoàn thành trước ngày khai mạc Hội chợ.",
    ])
      expect(withNationalDays(text, issued)).toBe(text);
    expect(withNationalDays("xong trước dịp Quốc khánh 2/9/2025", issued)).toBe("xong trước ngày 02/09/2025");
    expect(withNationalDays("Xong trước ngày 15/4; diễu hành nhân dịp Ngày Giải phóng miền Nam.", issued)).toBe(
      "Xong trước ngày 15/4; diễu hành nhân dịp ngày 30/04/2025.",
    );
  });

  it("reads a long plan of such items, each dated", () => {
    const items = Array.from(
      { length: 3000 },
      (_, i) => `- Nhiệm vụ số ${i + 1} hoàn thành trước Ngày Nhà giáo Việt Nam.`,
    );
    const plan = parse(["II. NHIỆM VỤ", "1. Sở Giáo dục và Đào tạo", ...items].join("\n"), { issued: "2024-03-05" });
    const read = tasks(plan);
    expect(read).toHaveLength(3000);
    expect(new Set(read.map((t) => t[1]))).toEqual(new Set(["2024-11-19"]));
  });
});

describe("a long paragraph naming a national day many times", () => {
  it("dates each of its tasks, its one clause read near each day only", () => {
    const paragraph = (unit: string) =>
      `- ${unit} tổ chức các hoạt động ${"trước Quốc khánh, ".repeat(1_100)}tuyên truyền rộng rãi.`;
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Văn hóa, Thể thao và Du lịch",
        paragraph("Sở Văn hóa, Thể thao và Du lịch"),
        "2. Sở Thông tin và Truyền thông",
        paragraph("Sở Thông tin và Truyền thông"),
        "3. Sở Nội vụ",
        paragraph("Sở Nội vụ"),
      ].join("\n"),
      { issued: "2025-03-01" },
    );
    // A unit's heading over one paragraph naming it again is that paragraph's task ("unit-heading-subject-again").
    expect(tasks(plan).map((t) => [t[0], t[1], t[2]])).toEqual([
      ["II.1", "2025-09-01", ["Sở Văn hóa, Thể thao và Du lịch"]],
      ["II.2", "2025-09-01", ["Sở Thông tin và Truyền thông"]],
      ["II.3", "2025-09-01", ["Sở Nội vụ"]],
    ]);
    const text = `Hoàn thành ${"trước Quốc khánh, ".repeat(1_100)}xong.`;
    expect(withNationalDays(text, "2025-03-01")).toBe(`Hoàn thành ${"trước ngày 02/09/2025, ".repeat(1_100)}xong.`);
  });
});
