// "7. Lắp đặt camera tại Bộ phận Một cửa: Sở X hướng dẫn giải pháp kỹ thuật, phối hợp với Y tổ chức lắp đặt": the work
// as a topic, a colon, then the clause of whoever does it. After the colon that clause names the doer whatever its
// verb ("hướng dẫn", "hỗ trợ" too, which after a semicolon name a helper); one whose subject only takes part
// ("…: Sở X phối hợp") still names no lead.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("the clause after a topic's colon", () => {
  const plan = parse(
    [
      "II. NHIỆM VỤ",
      "1. Lắp đặt camera giám sát tại Bộ phận Một cửa: Sở Khoa học và Công nghệ hướng dẫn giải pháp kỹ thuật, phối hợp với Văn phòng UBND tỉnh tổ chức lắp đặt; xong giữa tháng 8/2026.",
      "2. Hỗ trợ doanh nghiệp chuyển đổi số: Sở Công Thương hỗ trợ các doanh nghiệp, phối hợp với Sở Tài chính bố trí kinh phí; hoàn thành trong quý III/2026.",
      "3. Tập huấn nghiệp vụ; Sở Tư pháp hướng dẫn nội dung; hoàn thành trong quý III/2026.",
    ].join("\n"),
    { issued: "2026-03-05" },
  );

  it("leads the task when its verb guides or supports", () => {
    expect(tasks(plan).slice(0, 2)).toEqual([
      ["II.1", "2026-08-15", ["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh"]],
      ["II.2", "2026-09-30", ["Sở Công Thương"], ["Sở Tài chính"]],
    ]);
  });

  it("but a guide after a semicolon stays a helper", () => {
    expect(tasks(plan)[2]).toEqual(["II.3", "2026-09-30", [], ["Sở Tư pháp"]]);
  });

  it("reads 1,000 topics with their doer after the colon", () => {
    const lines = ["II. NHIỆM VỤ"];
    for (let i = 1; i <= 1000; i++)
      lines.push(
        `${i}. Số hóa hồ sơ nhóm ${i}: Sở Nội vụ hướng dẫn các cơ quan thực hiện; hoàn thành trong quý III/2026.`,
      );
    const read = tasks(parse(lines.join("\n"), { issued: "2026-03-05" }));
    expect(read).toHaveLength(1000);
    expect(read.every((t) => (t[2] as string[]).join() === "Sở Nội vụ")).toBe(true);
  });
});
