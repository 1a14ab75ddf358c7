// "Nt", "-nt-", "Như trên" in a task table's cell: the same column of the task row above, a chain of them too.
import { describe, expect, it } from "vitest";
import { isDitto } from "../../src/plan/ditto-cells.ts";
import { parse, tasks } from "../support/text-plans.ts";

const table = (rows: string[][]) => rows.map((cells) => cells.join("\t")).join("\n");

describe("ditto marks in a task table", () => {
  it("copy the unit or time of the task row above, through a chain and past a group row", () => {
    const plan = parse(
      table([
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["I", "CÔNG TÁC VĂN BẢN"],
        ["1", "Rà soát quy chế phối hợp liên ngành", "Sở Tư pháp", "Sở Nội vụ", "Tháng 4/2024"],
        ["2", "Sửa đổi quy chế phối hợp liên ngành", "Nt", "-nt-", "Quý II/2024"],
        ["3", "Công bố quy chế đã sửa đổi", "nt", "Văn phòng UBND tỉnh", "Như trên"],
        ["II", "CÔNG TÁC KIỂM TRA"],
        ["4", "Kiểm tra việc thực hiện quy chế", "Nt", "Nt", "Trước 20/10/2024"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-04-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["2", "2024-06-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["3", "2024-06-30", ["Sở Tư pháp"], ["Văn phòng UBND tỉnh"]],
      ["4", "2024-10-19", ["Sở Tư pháp"], ["Văn phòng UBND tỉnh"]],
    ]);
  });

  it("copy a time that names no day, so the row below is recurring too", () => {
    const plan = parse(
      table([
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Tiếp nhận, trả lời kiến nghị của người dân", "Sở Tài chính", "Sở Nội vụ", "Thường xuyên"],
        ["2", "Cập nhật thông tin trên Cổng thông tin điện tử", "Sở Nội vụ", "Nt", "-nt-"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", null, ["Sở Tài chính"], ["Sở Nội vụ"]],
      ["2", null, ["Sở Nội vụ"], []],
    ]);
  });

  it("are the marks alone, not words that hold them", () => {
    for (const mark of ["Nt", "nt", "-nt-", "- Nt -", "Như trên", "như trên.", "〃", '"', "-//-"]) {
      expect(isDitto(mark)).toBe(true);
    }
    for (const words of ["Sở Nội vụ", "NTM", "Như trên đã nêu, Sở Tư pháp", "-", ""])
      expect(isDitto(words)).toBe(false);
  });
});
