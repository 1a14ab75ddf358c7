// A numbered item that opens with its time and a colon ("Quý II/2024: Sở Y tế tổ chức …"): the words before the
// colon are its time, the sentence after it its work and subject.
import { describe, expect, it } from "vitest";
import { openingTime } from "../../src/plan/opening-time.ts";
import { parse, tasks } from "../support/text-plans.ts";

const never = () => false;

describe("a time opening an item", () => {
  it("is the words before the colon when they read as a time", () => {
    expect(openingTime("Cuối tháng 5/2024: Kiểm tra, đôn đốc các đơn vị, báo cáo kết quả.", never)).toEqual({
      wording: "Cuối tháng 5/2024",
      rest: "Kiểm tra, đôn đốc các đơn vị, báo cáo kết quả.",
    });
    expect(openingTime("Quý III năm 2024: Sở Y tế tổng kết mô hình.", never)?.wording).toBe("Quý III năm 2024");
  });

  it("is no time when the words before the colon are not one", () => {
    expect(openingTime("Nội dung tháng 5/2024: rà soát hồ sơ.", never)).toBeNull();
    expect(openingTime("Sở Y tế: tổng kết mô hình trước ngày 30/6/2024.", never)).toBeNull();
    expect(openingTime("Tháng 5/2024:", never)).toBeNull();
    expect(openingTime("Trong năm 2024 các đơn vị đã làm tốt việc này; năm tới: tiếp tục rà soát.", never)).toBeNull();
  });

  it("keeps a time in words that dates nothing only when the work after it gives no day of its own", () => {
    expect(openingTime("Sau Tết Nguyên đán: Kiểm tra các công trình.", never)?.wording).toBe("Sau Tết Nguyên đán");
    expect(openingTime("Định kỳ hằng quý: Các sở báo cáo kết quả.", never)?.wording).toBe("Định kỳ hằng quý");
    expect(openingTime("Sau Tết Nguyên đán: Kiểm tra, báo cáo trước ngày 10/3/2024.", () => true)).toBeNull();
    expect(openingTime("Trong quá trình thực hiện: báo cáo khi có vướng mắc.", never)).toBeNull();
  });
});

describe("items opening with their time", () => {
  const plan = parse(
    [
      "II. NHIỆM VỤ",
      "1. Tháng 4/2024: Xây dựng bộ tài liệu hướng dẫn nghiệp vụ, gửi các huyện. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp.",
      "2. Giữa tháng 5/2024: Sở Tài chính thẩm định dự toán kinh phí, trình UBND tỉnh.",
      "3. Trước Tết Nguyên đán Ất Tỵ: Hoàn thành sửa chữa trụ sở, bàn giao đưa vào sử dụng. Giao Sở Xây dựng.",
      "4. Sau Tết Nguyên đán Ất Tỵ: Sở Xây dựng kiểm tra chất lượng công trình.",
    ].join("\n"),
  );

  it("are due by that time, titled by the work after the colon, led by the unit the sentences name", () => {
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-04-30", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["II.2", "2024-05-15", ["Sở Tài chính"], []],
      ["II.3", "2025-01-28", ["Sở Xây dựng"], []],
    ]);
    const titles = plan.tasks.filter((t) => t.kind === "task").map((t) => t.title);
    expect(titles[0]).toMatch(/^Xây dựng bộ tài liệu hướng dẫn nghiệp vụ, gửi các huyện/);
    expect(titles[1]).toMatch(/^Sở Tài chính thẩm định dự toán kinh phí/);
    expect(titles[2]).toMatch(/^Hoàn thành sửa chữa trụ sở/);
  });

  it("warn of a time that gives no day", () => {
    expect(plan.warnings).toContainEqual(
      expect.objectContaining({ code: "deadline-without-date", args: expect.objectContaining({ ref: "II.4" }) }),
    );
  });
});
