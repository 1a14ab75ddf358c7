// A party committee's plan numbers its sections "I-" and its headings "1-" where a state office writes "I." and "1.".
import { describe, expect, it } from "vitest";
import { markerOf } from "../../src/plan/numbering.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("numbering with a hyphen", () => {
  it("reads 'II-' and '3-' before a capitalised title as a section and a heading", () => {
    expect(markerOf("II- NHIỆM VỤ VÀ GIẢI PHÁP", 1)).toMatchObject({ kind: "roman", ref: "II", value: 2 });
    expect(markerOf("3- Tăng cường kỷ luật", 2)).toMatchObject({ kind: "number", ref: "3" });
  });

  it("reads no heading in a number and a hyphen before anything but a capitalised word", () => {
    expect(markerOf("2- 3 ngày làm việc", null)).toBeNull();
    expect(markerOf("II-IV của Phụ lục", null)).toBeNull();
  });

  it("gives the items under such headings refs as under 'II.' and '1.'", () => {
    const plan = parse(
      [
        "I- MỤC ĐÍCH, YÊU CẦU",
        "1- Nâng cao nhận thức của cán bộ, đảng viên.",
        "II- NHIỆM VỤ",
        "1- Công tác tuyên truyền",
        "a) Sở Tư pháp biên soạn tài liệu hỏi đáp; hoàn thành trước ngày 20/5/2024.",
        "2- Công tác kiểm tra",
        "a) Sở Nội vụ kiểm tra việc thực hiện; hoàn thành trong tháng 10/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.a", "2024-05-19", ["Sở Tư pháp"], []],
      ["II.2.a", "2024-10-31", ["Sở Nội vụ"], []],
    ]);
  });
});
