// A plan heads each unit's duties with the unit ("2. Sở Y tế"), lettering them a), b) where it has several and
// writing a single duty as one dash: that dash is the unit's one task, cited by the heading's number.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a unit's heading over one dash", () => {
  it("is one task numbered by the heading, beside headings that letter several", () => {
    const plan = parse(
      [
        "II. TRÁCH NHIỆM CỦA CÁC ĐƠN VỊ",
        "1. Sở Y tế",
        "a) Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể, xong trước ngày 15/4/2024.",
        "b) Tổng hợp, báo cáo kết quả kiểm tra, hạn cuối ngày 10/5/2024.",
        "2. Sở Tư pháp",
        "- Phối hợp với Sở Nội vụ rà soát văn bản quy phạm pháp luật, không muộn hơn ngày 20/6/2024.",
        "3. Công an tỉnh",
        "- Kiểm tra an ninh mạng tại các cơ quan nhà nước, hoàn thành chậm nhất vào ngày 31/7/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.a", "2024-04-14", ["Sở Y tế"], []],
      ["II.1.b", "2024-05-10", ["Sở Y tế"], []],
      ["II.2", "2024-06-20", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["II.3", "2024-07-31", ["Công an tỉnh"], []],
    ]);
    const titles = plan.tasks.filter((t) => t.kind === "task").map((t) => t.title);
    expect(titles[2]).toBe("Phối hợp với Sở Nội vụ rà soát văn bản quy phạm pháp luật");
  });

  it("keeps two dashes under the heading a list", () => {
    const plan = parse(
      [
        "1. Sở Tư pháp",
        "- Rà soát văn bản quy phạm pháp luật, xong trước ngày 20/3/2024.",
        "- Tập huấn cho công chức tư pháp cấp xã trước ngày 20/5/2024.",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["1.1", "1.2"]);
  });

  it("reads 10,000 unit headings, each over one dash, as 10,000 tasks", () => {
    const units = ["Sở Y tế", "Sở Tư pháp", "Công an tỉnh", "Sở Nội vụ"];
    const romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
    const sections = [...romans, ...romans.map((r) => `X${r}`)];
    const lines: string[] = [];
    for (const section of sections) {
      lines.push(`${section}. NHIỆM VỤ NHÓM ${section}`);
      for (let i = 1; i <= 500; i++)
        lines.push(`${i}. ${units[i % 4]}`, `- Rà soát hồ sơ đợt kiểm tra số ${i}, xong trước ngày 20/6/2024.`);
    }
    const read = tasks(parse(lines.join("\n")));
    expect(read).toHaveLength(10_000);
    expect(read[0]).toEqual(["I.1", "2024-06-19", ["Sở Tư pháp"], []]);
    expect(read.at(-1)).toEqual(["XX.500", "2024-06-19", ["Sở Y tế"], []]);
    expect(read.filter((t) => String(t[0]).split(".").length !== 2)).toEqual([]);
  });
});
