// A section's opening sentence that ends on a colon and names who does what follows ("Các sở, ban, ngành thực hiện
// các nhiệm vụ sau:") leads the items under it that name no one.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const leadOf = (plan: ReturnType<typeof parse>, ref: string) =>
  plan.tasks.find((t) => t.ref === ref)?.lead.map((u) => u.name) ?? null;

describe("a section's lead-in naming the doers of its items", () => {
  it("gives the units of a lettered part's lead-in to its numbered items with no subject", () => {
    const plan = parse(
      [
        "A. NHIỆM VỤ CHUNG",
        "Sở Tư pháp, Sở Tài chính thực hiện các nhiệm vụ sau:",
        "1. Rà soát các văn bản quy phạm pháp luật thuộc lĩnh vực quản lý, gửi kết quả trước ngày 30/4/2024.",
        "2. Tự kiểm tra công tác cải cách hành chính tại cơ quan; hoàn thành trong quý III/2024.",
        "B. NHIỆM VỤ CỤ THỂ",
        "1. Sở Y tế",
        "a) Khảo sát sự hài lòng của người bệnh, hoàn thành trước ngày 15/10/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["A.1", "2024-04-29", ["Sở Tư pháp", "Sở Tài chính"], []],
      ["A.2", "2024-09-30", ["Sở Tư pháp", "Sở Tài chính"], []],
      ["B.1.a", "2024-10-14", ["Sở Y tế"], []],
    ]);
  });

  it("reads a Roman section's lead-in with its lead and partners, worded otherwise", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ, GIẢI PHÁP",
        "Sở Nội vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông triển khai những nội dung sau đây:",
        "a) Xây dựng phần mềm quản lý hồ sơ cán bộ, công chức; hoàn thành trong tháng 6/2024.",
        "b) Tập huấn cho công chức cấp xã sử dụng phần mềm, xong trước ngày 31/8/2024.",
        "c) Sở Y tế cập nhật dữ liệu ngành y tế vào phần mềm trong tháng 9/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.a", "2024-06-30", ["Sở Nội vụ"], ["Sở Thông tin và Truyền thông"]],
      ["II.b", "2024-08-30", ["Sở Nội vụ"], ["Sở Thông tin và Truyền thông"]],
      // An item naming its own subject keeps it, and helps no one named above.
      ["II.c", "2024-09-30", ["Sở Y tế"], []],
    ]);
  });

  it("reads a lead-in addressing the doers ('Yêu cầu …:') over bullets", () => {
    const plan = parse(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "Yêu cầu Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh khẩn trương thực hiện:",
        "1. Rà soát lực lượng, phương tiện ứng phó thiên tai; báo cáo UBND tỉnh trước ngày 15/5/2024.",
      ].join("\n"),
    );
    expect(leadOf(plan, "III.1")).toEqual(["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]);
  });

  it("leaves a lead-in naming no doer, or a sentence closing on no colon, to give no units", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "Để thực hiện các mục tiêu trên, cần tập trung vào các nhiệm vụ sau:",
        "1. Rà soát quy trình nội bộ, hoàn thành trước ngày 30/6/2024.",
        "III. GIẢI PHÁP",
        "Sở Tư pháp thường xuyên theo dõi việc thực hiện Kế hoạch.",
        "1. Tổng hợp kết quả, hoàn thành trước ngày 30/9/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-06-29", [], []],
      ["III.1", "2024-09-29", [], []],
    ]);
  });

  it("reads 2,000 items under one lead-in", () => {
    const lines = ["A. NHIỆM VỤ CHUNG", "Sở Tư pháp, Sở Tài chính thực hiện các nhiệm vụ sau:"];
    for (let k = 1; k <= 2000; k++) lines.push(`${k}. Rà soát hồ sơ số ${k}, hoàn thành trước ngày 30/6/2024.`);
    // Blank lines between, as typed: lines of one width with none would read as one paragraph wrapped (text-wrap.ts).
    const read = tasks(parse(lines.join("\n\n")));
    expect(read.length).toBe(2000);
    expect(read.every(([, due, lead]) => due === "2024-06-29" && (lead as string[]).length === 2)).toBe(true);
  });
});
