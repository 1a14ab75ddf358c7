// A piece of work named in quotation marks ('nhiệm vụ "Theo dõi, đánh giá …, hộ kinh doanh"') is one name: the words
// and commas inside it name nobody doing the work; who does it is said around it.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const items = (lines: string[]) => ["II. NHIỆM VỤ", ...lines.map((line, i) => `${i + 1}. ${line}`)].join("\n\n");

describe("a quoted name of the work", () => {
  it("names no unit, the sentence's own units leading and helping", () => {
    const plan = parse(
      items([
        'Nhiệm vụ "Khảo sát, đánh giá mức độ hài lòng của người dân, doanh nghiệp" (mục 2 Phụ lục): giao Sở Nội vụ chủ trì, Sở Tư pháp phối hợp; hoàn thành trước ngày 20/12/2024.',
        "Nhiệm vụ “Hỗ trợ, hướng dẫn doanh nghiệp, hợp tác xã chuyển đổi số”: Sở Thông tin và Truyền thông chủ trì, hoàn thành trong quý IV/2024.",
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-12-19", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["II.2", "2024-12-31", ["Sở Thông tin và Truyền thông"], []],
    ]);
  });

  it("reads 2,000 quoted names", () => {
    const lines = Array.from(
      { length: 2000 },
      (_, i) =>
        `Nhiệm vụ "Khảo sát số ${i + 1}, ${"rà soát, ".repeat(20)}đánh giá mức độ hài lòng của người dân, doanh nghiệp" (mục 2 Phụ lục): giao Sở Nội vụ chủ trì, Sở Tư pháp phối hợp; hoàn thành trong tháng 9/2024.`,
    );
    const read = tasks(parse(items(lines)));
    expect(read).toHaveLength(2000);
    expect(new Set(read.map(([, due, lead]) => `${due} ${JSON.stringify(lead)}`))).toEqual(
      new Set(['2024-09-30 ["Sở Nội vụ"]']),
    );
  });
});
