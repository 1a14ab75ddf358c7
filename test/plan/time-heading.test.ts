// A timeline's period headed by its time alone ("3. Quý III/2024:") over one paragraph: the paragraph is the period's
// work, dated by the heading (or by its own nearer day), led by its own subject.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const title = (plan: ReturnType<typeof parse>, ref: string) => plan.tasks.find((t) => t.ref === ref)?.title ?? "";

describe("a heading that only says when over one paragraph", () => {
  it("reads the undated paragraph under a time heading as the period's task, beside periods of lettered items", () => {
    const plan = parse(
      [
        "IV. LỘ TRÌNH THỰC HIỆN",
        "1. Tháng 3/2024:",
        "a) Sở Nội vụ tổ chức hội nghị triển khai kế hoạch.",
        "b) Sở Tư pháp rà soát văn bản, gửi Sở Nội vụ trước ngày 25/3/2024.",
        "2. Quý III/2024",
        "Sở Tài chính hướng dẫn các xã công khai dự toán ngân sách theo mẫu thống nhất.",
        "3. Từ tháng 10 đến tháng 11/2024:",
        "Sở Nội vụ chủ trì, phối hợp với Sở Y tế khảo sát ý kiến người dân tại 20 xã.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["IV.1.a", "2024-03-31", ["Sở Nội vụ"], []],
      ["IV.1.b", "2024-03-24", ["Sở Tư pháp"], []],
      ["IV.2", "2024-09-30", ["Sở Tài chính"], []],
      ["IV.3", "2024-11-30", ["Sở Nội vụ"], ["Sở Y tế"]],
    ]);
    expect(title(plan, "IV.2")).toContain("hướng dẫn các xã công khai dự toán");
    expect(title(plan, "IV.3")).toContain("khảo sát ý kiến người dân");
  });

  it("titles a period by its paragraph with no subject, and by a stage's paragraph", () => {
    const plan = parse(
      [
        "III. TIẾN ĐỘ",
        "1. Tháng 12/2024:",
        "Tổng kết, đánh giá kết quả thực hiện kế hoạch, đề xuất nhiệm vụ năm sau.",
        "2. Giai đoạn 2 (từ tháng 7 đến tháng 9/2024):",
        "Sở Công Thương kiểm tra thị trường hàng hóa tại các chợ đầu mối.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["III.1", "2024-12-31", [], []],
      ["III.2", "2024-09-30", ["Sở Công Thương"], []],
    ]);
    expect(title(plan, "III.1")).toContain("Tổng kết, đánh giá kết quả");
    expect(title(plan, "III.2")).toContain("kiểm tra thị trường hàng hóa");
  });

  it("reads each of several undated paragraphs with a subject of its own as a task of the period", () => {
    const plan = parse(
      [
        "IV. LỘ TRÌNH",
        "1. Quý III/2024:",
        "Sở Nội vụ chủ trì tổ chức hội nghị sơ kết.",
        "Sở Tư pháp kiểm tra việc thực hiện.",
        "2. Giai đoạn 2 (từ tháng 10 đến tháng 11/2024):",
        "Sở Y tế chủ trì, phối hợp với Sở Tài chính khảo sát các cơ sở y tế.",
        "Sở Tư pháp rà soát văn bản.",
        "Sở Công Thương kiểm tra thị trường.",
        "3. Tháng 12/2024:",
        "Sở Y tế tổng kết.",
      ].join("\n\n"),
    );
    expect(tasks(plan)).toEqual([
      ["IV.1.1", "2024-09-30", ["Sở Nội vụ"], []],
      ["IV.1.2", "2024-09-30", ["Sở Tư pháp"], []],
      ["IV.2.1", "2024-11-30", ["Sở Y tế"], ["Sở Tài chính"]],
      ["IV.2.2", "2024-11-30", ["Sở Tư pháp"], []],
      ["IV.2.3", "2024-11-30", ["Sở Công Thương"], []],
      ["IV.3", "2024-12-31", ["Sở Y tế"], []],
    ]);
    expect(title(plan, "IV.1.1")).toContain("tổ chức hội nghị sơ kết");
    expect(title(plan, "IV.1.2")).toContain("kiểm tra việc thực hiện");
  });

  it("keeps a dated paragraph under its period, as the period's task by its own day", () => {
    const plan = parse(
      [
        "IV. LỘ TRÌNH",
        "1. Quý I/2024:",
        "a) Sở Nội vụ ban hành hướng dẫn, hoàn thành trước ngày 20/3/2024.",
        "2. Quý II/2024:",
        "Sở Y tế rà soát hồ sơ sức khỏe điện tử, hoàn thành trước ngày 15/5/2024.",
        "3. Quý III/2024:",
        "a) Sở Tư pháp kiểm tra việc thực hiện.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["IV.1.a", "2024-03-19", ["Sở Nội vụ"], []],
      ["IV.2", "2024-05-14", ["Sở Y tế"], []],
      ["IV.3.a", "2024-09-30", ["Sở Tư pháp"], []],
    ]);
  });

  it("leaves an item dated by its own words and work over a paragraph as two pieces", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 10/12/2024.",
        "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-12-09", [], []]]);
    expect(title(plan, "II.1")).toContain("Tổng hợp kết quả thực hiện");
  });

  it("reads 2,000 periods each over its paragraph", () => {
    const lines = ["IV. LỘ TRÌNH THỰC HIỆN"];
    for (let k = 1; k <= 2000; k++)
      lines.push(`${k}. Tháng ${(k % 12) + 1}/2024:`, `Sở Y tế rà soát hồ sơ đợt ${k} tại các trạm y tế xã.`);
    const read = tasks(parse(lines.join("\n\n")));
    expect(read.length).toBe(2000);
    expect(read.every(([ref, due, lead]) => /^IV\.\d+$/.test(String(ref)) && due && String(lead) === "Sở Y tế")).toBe(
      true,
    );
  });
});
