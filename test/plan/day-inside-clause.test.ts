// "UBND các xã gửi Phòng Nội vụ trước ngày D danh sách …": a day standing inside its clause, between the one addressed
// and the work sent, dates the clause; the task's title is the clause without the day's words, not the words before it.
import { describe, expect, it } from "vitest";
import { dayInsideClause } from "../../src/plan/dated-prose.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { dayInsideLongClause } from "../support/large-inputs.ts";

describe("a day inside its clause", () => {
  const plan = parse(
    [
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Sở Giáo dục và Đào tạo gửi Sở Nội vụ trước ngày 15/4/2024 danh sách giáo viên đủ điều kiện xét thăng hạng, kèm theo hồ sơ.",
      "2. Sở Y tế báo cáo UBND tỉnh chậm nhất ngày 30/5/2024 kết quả kiểm tra an toàn thực phẩm dịp Tết.",
      "3. Sở Công Thương tổ chức 02 lớp tập huấn trong tháng 6/2024 cho cán bộ quản lý thị trường.",
      "4. Sở Tư pháp rà soát văn bản, hoàn thành trước ngày 20/6/2024 báo cáo UBND tỉnh.",
      "5. Sở Xây dựng kiểm tra công trình trước ngày 25/6/2024, báo cáo kết quả về UBND tỉnh.",
    ].join("\n"),
  );
  const read = plan.tasks.filter((t) => t.kind === "task");

  it("titles the task by its clause without the day, the day's own words its deadline", () => {
    expect(tasks(plan).slice(0, 3)).toEqual([
      ["III.1", "2024-04-14", ["Sở Giáo dục và Đào tạo"], []],
      ["III.2", "2024-05-30", ["Sở Y tế"], []],
      ["III.3", "2024-06-30", ["Sở Công Thương"], []],
    ]);
    expect(read[0]?.title).toBe(
      "Sở Giáo dục và Đào tạo gửi Sở Nội vụ danh sách giáo viên đủ điều kiện xét thăng hạng, kèm theo hồ sơ",
    );
    expect(read[0]?.deadline?.text).toBe("trước ngày 15/4/2024");
    expect(read[1]?.title).toBe("Sở Y tế báo cáo UBND tỉnh kết quả kiểm tra an toàn thực phẩm dịp Tết");
    expect(read[1]?.deadline?.text).toBe("chậm nhất ngày 30/5/2024");
    // A month inside the sentence is left where it was: it may name what the work is about.
    expect(read[2]?.title).toBe("Sở Công Thương tổ chức 02 lớp tập huấn");
  });

  it("leaves a day that the words before lead into, or that a comma closes, where it was", () => {
    expect(read[3]?.title).toBe("Sở Tư pháp rà soát văn bản");
    expect(read[4]?.title).toBe("Sở Xây dựng kiểm tra công trình");
    // A purpose after the day is no work sent; a second piece of work, or a second day, is two duties of one sentence.
    const purpose = "Phòng Tư pháp gửi Sở Tư pháp trước ngày 05/7/2024 để tổng hợp chung";
    expect(dayInsideClause(purpose, "trước ngày 05/7/2024 để tổng hợp chung")).toBeNull();
    const second = "Sở Nội vụ rà soát hồ sơ trước ngày 10/6/2024 và trình UBND tỉnh phê duyệt danh sách";
    expect(dayInsideClause(second, "trước ngày 10/6/2024 và trình UBND tỉnh phê duyệt danh sách")).toBeNull();
    const twice = "Sở Nội vụ báo cáo kết quả 6 tháng trước ngày 10/6/2024 kết quả cả năm trước ngày 10/12/2024";
    expect(dayInsideClause(twice, "trước ngày 10/6/2024 kết quả cả năm trước ngày 10/12/2024")).toBeNull();
  });

  it("is found in a long sentence", () => {
    const text = dayInsideLongClause(20_000);
    const wording = text.slice(text.indexOf("trước ngày"));
    const found = dayInsideClause(text, wording);
    expect(found?.wording).toBe("trước ngày 10/8/2026");
    expect(found?.rest.startsWith("Phòng Y tế tổng hợp số liệu")).toBe(true);
    expect(found?.rest).toContain("gửi Sở Y tế báo cáo tình hình");
  });
});
