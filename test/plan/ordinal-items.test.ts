// Requests counted in words, each its own paragraph ("Thứ nhất, …", "Hai là, …"): items as "(1)", "(2)" are, in a
// dispatch with no heading over them and under a plan's numbered heading alike; a weekday opening a line is no count.
import { describe, expect, it } from "vitest";
import { markerOf } from "../../src/plan/numbering.ts";
import { ordinalItem } from "../../src/plan/ordinal-items.ts";
import { parse, tasks, THAI_NGUYEN_DISTRICTS } from "../support/text-plans.ts";

describe("paragraphs counted in words", () => {
  it("reads the count and the words after it", () => {
    expect(ordinalItem("Thứ nhất, Sở Y tế kiểm tra.")).toEqual({ value: 1, rest: "Sở Y tế kiểm tra." });
    expect(ordinalItem("Thứ tư: các sở rà soát")).toMatchObject({ value: 4 });
    expect(ordinalItem("Thứ mười hai, Sở Tư pháp")).toMatchObject({ value: 12 });
    expect(ordinalItem("Thứ mười lăm, Sở Tư pháp")).toMatchObject({ value: 15 });
    expect(ordinalItem("Một là, tăng cường kỷ luật")).toMatchObject({ value: 1, rest: "tăng cường kỷ luật" });
    expect(ordinalItem("Bốn là, Sở Xây dựng")).toMatchObject({ value: 4 });
    expect(markerOf("Thứ ba, Sở Nội vụ tổng hợp", null)).toEqual({
      kind: "paren",
      ref: "(3)",
      rest: "Sở Nội vụ tổng hợp",
    });
  });

  it("reads no count in a weekday, a word that counts nothing or a sentence", () => {
    expect(ordinalItem("Thứ Hai, ngày 04/5/2026: họp giao ban")).toBeNull();
    expect(ordinalItem("Thứ bảy, 09/5/2026 làm bù")).toBeNull();
    expect(ordinalItem("Thứ trưởng, Bộ Nội vụ")).toBeNull();
    expect(ordinalItem("Điều quan trọng là, các sở")).toBeNull();
    expect(ordinalItem("Thứ nhất Sở Y tế kiểm tra")).toBeNull();
    expect(ordinalItem("Thứ hai mươi, Sở Y tế")).toBeNull();
  });

  it("reads a dispatch's counted requests as its tasks, dash points under one as its own", () => {
    const plan = parse(
      [
        "Chủ tịch UBND tỉnh yêu cầu các cơ quan thực hiện nghiêm một số nội dung sau:",
        "Thứ nhất, Sở Y tế chủ trì, phối hợp với Sở Tư pháp rà soát thủ tục hành chính trước ngày 20/4/2024.",
        "Thứ hai, giao Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh chậm nhất ngày 10/5/2024.",
        "Thứ ba, Báo Thái Nguyên thường xuyên đưa tin về kết quả thực hiện.",
        "Thứ tư, UBND các huyện, thành phố:",
        "- Niêm yết thủ tục hành chính tại bộ phận một cửa trong tháng 4/2024.",
        "- Báo cáo kết quả về Sở Nội vụ trước ngày 15/6/2024.",
        "Năm là, Sở Tài chính bố trí kinh phí trước ngày 30/5/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["(1)", "2024-04-19", ["Sở Y tế"], ["Sở Tư pháp"]],
      ["(2)", "2024-05-10", ["Sở Nội vụ"], []],
      ["(4).1", "2024-04-30", THAI_NGUYEN_DISTRICTS, []],
      ["(4).2", "2024-06-14", THAI_NGUYEN_DISTRICTS, []],
      ["(5)", "2024-05-29", ["Sở Tài chính"], []],
    ]);
  });

  it("nests counted paragraphs under the plan's numbered heading above them", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ",
        "Thứ nhất, tổ chức tập huấn nghiệp vụ trước ngày 30/6/2024.",
        "Thứ hai, kiểm tra công tác cải cách hành chính trong quý III/2024.",
        "2. Sở Tư pháp rà soát văn bản quy phạm pháp luật trước ngày 31/10/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.(1)", "2024-06-29", ["Sở Nội vụ"], []],
      ["II.1.(2)", "2024-09-30", ["Sở Nội vụ"], []],
      ["II.2", "2024-10-30", ["Sở Tư pháp"], []],
    ]);
  });

  it("reads 100 KB of counted paragraphs within bounds", () => {
    const words = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín"];
    const lines = Array.from(
      { length: 1200 },
      (_, k) => `Thứ ${words[k % 9]}, Sở Y tế kiểm tra hồ sơ trước ngày 20/4/2024.`,
    );
    // A blank line between paragraphs, as offices type them: lines of one length would read as one wrapped paragraph.
    expect(lines.join("\n\n").length).toBeGreaterThan(60_000);
    const hostile = `Thứ ${"mười ".repeat(20_000)}, Sở Y tế`;
    const started = performance.now();
    expect(ordinalItem(hostile)).toBeNull();
    expect(tasks(parse(lines.join("\n\n")))).toHaveLength(1200);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
