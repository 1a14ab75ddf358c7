// "Trong năm 2023, các sở, ngành và UBND cấp huyện hoàn thành việc sắp xếp …": a year opening a sentence before a
// comma is the time of the whole sentence, as "Trong tháng 9/2023, …" is; inside a sentence ("báo cáo kết quả trong
// năm 2026 của …") it still says what the work is about.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const plan = (...items: string[]) =>
  tasks(parse(["III. NHIỆM VỤ", "4. Về tổ chức bộ máy", ...items].join("\n"), { issued: "2023-06-14" }));

describe("a year opening a sentence", () => {
  it("dates the work of the subject after its comma", () => {
    expect(plan("b) Trong năm 2023, Sở Tài chính hoàn thành việc sắp xếp đơn vị sự nghiệp công lập.")).toEqual([
      ["III.4.b", "2023-12-31", ["Sở Tài chính"], []],
    ]);
    expect(plan("a) trong năm 2024, Sở Y tế, Sở Tư pháp rà soát quy trình nội bộ.")).toEqual([
      ["III.4.a", "2024-12-31", ["Sở Y tế", "Sở Tư pháp"], []],
    ]);
  });

  it("but a year inside the sentence does not", () => {
    const read = plan(
      "a) Sở Tài chính báo cáo kết quả trong năm 2023 của các cơ quan, đơn vị, gửi Sở Nội vụ.",
      "b) Sở Nội vụ thẩm định danh mục vị trí việc làm chậm nhất ngày 30/10/2023.",
    );
    expect(read.map((t) => t[0])).toEqual(["III.4.b"]);
  });

  it("yielding to a day written later in the sentence", () => {
    expect(plan("a) Trong năm 2024, Sở Y tế rà soát quy trình nội bộ, hoàn thành trước ngày 30/6/2024.")).toEqual([
      ["III.4.a", "2024-06-29", [], []],
    ]);
    expect(
      plan(
        "a) Trong năm 2024, Sở Y tế rà soát quy trình nội bộ; Sở Tư pháp báo cáo kết quả chậm nhất ngày 15/10/2024.",
      ),
    ).toEqual([
      ["III.4.a.1", "2024-12-31", ["Sở Y tế"], []],
      ["III.4.a.2", "2024-10-15", ["Sở Tư pháp"], []],
    ]);
  });

  it("reads a long list of such items", () => {
    const items = Array.from({ length: 2_000 }, (_, i) => `- Trong năm 2024, Sở Y tế rà soát quy trình số ${i}.`);
    expect(plan("a) Các nội dung sau:", ...items).length).toBe(2_000);
  });
});
