// An item's deadline in a dash of its own that names what is due by then ("- Báo cáo kết quả …: trước ngày …"), and a
// heading dated by such a line over the one paragraph saying who does its work.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const title = (plan: ReturnType<typeof parse>, ref: string) => plan.tasks.find((t) => t.ref === ref)?.title ?? "";

describe("a result's dash dating the item above it", () => {
  it("reads the one dash naming a result and its time as the undated item's deadline, not a sub-task", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Công tác kiểm tra",
        "a) Sở Tư pháp theo dõi, kiểm tra việc thi hành các quyết định xử phạt vi phạm hành chính.",
        "- Báo cáo kết quả kiểm tra với Chủ tịch UBND tỉnh: trước ngày 15/11/2024.",
        "b) Sở Y tế rà soát hồ sơ sức khỏe điện tử của người dân.",
        "+ Nộp báo cáo về Sở Nội vụ: chậm nhất ngày 20/6/2024.",
        "2. Sở Xây dựng đánh giá hiện trạng nhà ở công vụ.",
        "- Gửi kết quả về UBND tỉnh: cuối tháng 8/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.a", "2024-11-14", ["Sở Tư pháp"], []],
      ["II.1.b", "2024-06-20", ["Sở Y tế"], []],
      ["II.2", "2024-08-31", ["Sở Xây dựng"], []],
    ]);
    expect(title(plan, "II.1.a")).toContain("theo dõi, kiểm tra việc thi hành");
  });

  it("keeps two dated dashes as two steps, and a dash naming work and its own unit as a sub-task", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "a) Sở Xây dựng khảo sát hiện trạng hạ tầng dữ liệu về nhà ở.",
        "- Báo cáo sơ bộ: trước ngày 30/6/2024.",
        "- Báo cáo chính thức: trước ngày 30/11/2024.",
        "b) Sở Tài chính tổng hợp nhu cầu kinh phí.",
        "- Tập huấn cho cán bộ cấp xã: Sở Nội vụ chủ trì, trước ngày 30/7/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.a.1", "2024-06-29", ["Sở Xây dựng"], []],
      ["II.a.2", "2024-11-29", ["Sở Xây dựng"], []],
      ["II.b.1", "2024-07-29", ["Sở Nội vụ"], []],
    ]);
  });

  it("reads a heading dated by its own line over one paragraph with a subject as that paragraph's task", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Ứng dụng công nghệ thông tin",
        "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính hướng dẫn các xã cập nhật cơ sở dữ liệu cán bộ, công chức.",
        "- Hoàn thành việc cấp tài khoản cho 100% xã: cuối tháng 4/2024.",
        "2. Hệ thống thông tin báo cáo",
        "Sở Công Thương chủ trì, phối hợp với Sở Tài chính kết nối hệ thống thông tin báo cáo của ngành.",
        "- Thời gian hoàn thành: cuối tháng 5/2024.",
        // Dated by its own words, an item keeps them: the paragraph after it closes the letter.
        "3. Tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 10/12/2024.",
        "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-04-30", ["Sở Nội vụ"], ["Sở Tài chính"]],
      ["II.2", "2024-05-31", ["Sở Công Thương"], ["Sở Tài chính"]],
      ["II.3", "2024-12-09", [], []],
    ]);
    expect(title(plan, "II.1")).toContain("hướng dẫn các xã cập nhật cơ sở dữ liệu");
    expect(title(plan, "II.2")).toContain("kết nối hệ thống thông tin báo cáo");
  });

  it("reads 500 items each dated by its result's dash", () => {
    const lines = ["II. NHIỆM VỤ"];
    for (let k = 1; k <= 500; k++)
      lines.push(`${k}. Sở Y tế rà soát hồ sơ số ${k}.`, `- Báo cáo kết quả: trước ngày 15/11/2024.`);
    const read = tasks(parse(lines.join("\n")));
    expect(read.length).toBe(500);
    expect(read.every(([ref, due]) => !String(ref).includes(".1.") && due === "2024-11-14")).toBe(true);
  });
});
