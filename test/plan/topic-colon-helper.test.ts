// "1. Tổ chức Hội nghị sơ kết: Văn phòng UBND tỉnh hỗ trợ bố trí hội trường. Sở Nội vụ chuẩn bị nội dung, …": after a
// topic's colon a helper's verb ("hỗ trợ", "bố trí", "hướng dẫn") names the doer only when no other clause does. When a
// later clause names one by a verb of its own, that one leads and the helper helps, as after any title.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a helper after a topic's colon", () => {
  const plan = parse(
    [
      "II. NHIỆM VỤ",
      "1. Tổ chức Hội nghị sơ kết: Văn phòng UBND tỉnh hỗ trợ bố trí hội trường. Sở Nội vụ chuẩn bị nội dung, hoàn thành trước ngày 30/6/2024.",
      "2. Tập huấn chuyển đổi số: Sở Thông tin và Truyền thông hướng dẫn kỹ thuật; Sở Nội vụ tổ chức lớp tập huấn, hoàn thành trong quý III/2024.",
      "3. Hội nghị tổng kết: Văn phòng UBND tỉnh bố trí hội trường; Sở Tư pháp chủ trì chuẩn bị báo cáo, hoàn thành trong quý IV/2024.",
      "4. Số hóa hồ sơ: Sở Tài chính hỗ trợ kinh phí. Sở Nội vụ thực hiện, hoàn thành trong quý III/2024.",
      "5. Lắp đặt camera: Sở Khoa học và Công nghệ hướng dẫn giải pháp kỹ thuật, phối hợp với Văn phòng UBND tỉnh tổ chức lắp đặt; xong trong quý III/2024.",
    ].join("\n"),
  );

  it("yields the lead to a later clause that names the doer", () => {
    expect(tasks(plan).slice(0, 4)).toEqual([
      ["II.1", "2024-06-29", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"]],
      ["II.2", "2024-09-30", ["Sở Nội vụ"], ["Sở Thông tin và Truyền thông"]],
      ["II.3", "2024-12-31", ["Sở Tư pháp"], ["Văn phòng UBND tỉnh"]],
      ["II.4", "2024-09-30", ["Sở Nội vụ"], ["Sở Tài chính"]],
    ]);
  });

  it("still leads when no other clause names a doer", () => {
    expect(tasks(plan)[4]).toEqual(["II.5", "2024-09-30", ["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh"]]);
  });

  it("reads 1,000 topics whose helper yields to the doer", () => {
    const lines = ["II. NHIỆM VỤ"];
    for (let i = 1; i <= 1000; i++)
      lines.push(
        `${i}. Hội nghị ${i}: Văn phòng UBND tỉnh bố trí hội trường. Sở Nội vụ chuẩn bị nội dung, hoàn thành trong quý III/2024.`,
      );
    const read = tasks(parse(lines.join("\n")));
    expect(read).toHaveLength(1000);
    expect(read.every((t) => (t[2] as string[]).join() === "Sở Nội vụ")).toBe(true);
  });
});
