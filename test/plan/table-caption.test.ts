// One small table per unit, the unit set in a numbered caption line over its table ("1. Sở Y tế", "2. Đề nghị Hội
// Cựu chiến binh tỉnh"), each numbering its rows from 1 and with no lead column: the caption's unit leads every row
// of its table, and a row is known by its section, its caption's number and its own ("III.2.1").
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const HEADER = ["TT", "Nội dung", "Cơ quan phối hợp", "Thời gian"].join("\t");

describe("tables of one unit each under numbered caption lines", () => {
  const plan = parse(
    [
      "III. PHÂN CÔNG NHIỆM VỤ",
      "1. Sở Y tế",
      HEADER,
      ["1", "Rà soát quy trình khám bệnh bằng căn cước", "Sở Tư pháp", "Tháng 6/2024"].join("\t"),
      ["2", "Công khai giá dịch vụ tại các bệnh viện", "", "Quý III/2024"].join("\t"),
      "2. Đề nghị Hội Cựu chiến binh tỉnh",
      HEADER,
      ["1", "Vận động hội viên tham gia giám sát", "Sở Nội vụ", "Tháng 10/2024"].join("\t"),
    ].join("\n"),
  );

  it("lets the caption's unit lead every row of its table, cited by section, caption and row", () => {
    expect(tasks(plan)).toEqual([
      ["III.1.1", "2024-06-30", ["Sở Y tế"], ["Sở Tư pháp"]],
      ["III.1.2", "2024-09-30", ["Sở Y tế"], []],
      ["III.2.1", "2024-10-31", ["Hội Cựu chiến binh tỉnh"], ["Sở Nội vụ"]],
    ]);
  });
});

describe("a numbered line over a table that says more than a unit's name", () => {
  it("is no caption: its table's rows keep their own numbers and lead", () => {
    const plan = parse(
      [
        "1. Nhiệm vụ về cải cách thủ tục hành chính",
        ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"].join("\t"),
        ["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Tháng 6/2024"].join("\t"),
        "2. Nhiệm vụ về chuyển đổi số",
        ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"].join("\t"),
        ["2", "Số hóa hồ sơ", "Sở Nội vụ", "Tháng 8/2024"].join("\t"),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-30", ["Sở Tư pháp"], []],
      ["2", "2024-08-31", ["Sở Nội vụ"], []],
    ]);
  });
});
