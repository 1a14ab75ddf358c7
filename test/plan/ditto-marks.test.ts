// "Nt", "-nt-", "Như trên" in a task table's cell: the same column of the task row above, a chain of them too;
// "Như mục 2": the same column of the row numbered 2.
import { describe, expect, it } from "vitest";
import { DittoColumns, isDitto, pointedRow } from "../../src/plan/ditto-cells.ts";
import { parse, table, tasks } from "../support/text-plans.ts";

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

  it("copy, by 'Như mục n', the same column of the row numbered n, a pointer to a pointer too", () => {
    const plan = parse(
      table([
        ["STT", "Nội dung", "Kết quả", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"],
        ["1", "Xây dựng tài liệu hỏi đáp về dịch vụ công", "Tài liệu", "Tháng 4/2024", "Sở Tư pháp", ""],
        ["2", "Phát hành bản tin chuyển đổi số", "Bản tin", "Quý III/2024", "Sở Nội vụ", "Sở Y tế"],
        ["3", "Tọa đàm về chính quyền số", "Tọa đàm", "Như mục 1", "Sở Nội vụ", "Như mục 2"],
        ["4.", "Đăng tải bản tin trên trang điện tử", "Tin bài", "Như mục 3", "Sở Y tế", ""],
        ["5", "Phát hành tờ rơi", "Tờ rơi", "Như STT 2 nêu trên", "Sở Tư pháp", ""],
        ["6", "Treo băng rôn", "Băng rôn", "Như mục 9", "Sở Tư pháp", ""],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-04-30", ["Sở Tư pháp"], []],
      ["2", "2024-09-30", ["Sở Nội vụ"], ["Sở Y tế"]],
      ["3", "2024-04-30", ["Sở Nội vụ"], ["Sở Y tế"]],
      ["4", "2024-04-30", ["Sở Y tế"], []],
      ["5", "2024-09-30", ["Sở Tư pháp"], []],
      ["6", null, ["Sở Tư pháp"], []],
    ]);
    expect(pointedRow("Như mục 2")).toBe("2");
    expect(pointedRow("như tại mục II.3.")).toBe("ii.3");
    for (const words of ["Như mục tiêu đề ra", "Theo mục 2", "Như mục 2, bổ sung nội dung về đất đai"])
      expect(pointedRow(words)).toBeNull();
  });

  it("read 20,000 rows each pointing at the row before it", () => {
    const columns = new DittoColumns();
    const read: string[] = [];
    for (let k = 1; k <= 20_000; k++) {
      const cells = columns.fill([String(k), `Việc ${k}`, k === 1 ? "Quý II/2024" : `Như mục ${k - 1}`], 0);
      columns.remember(cells, 0);
      read.push(cells[2]!);
    }
    expect(read).toHaveLength(20_000);
    expect(new Set(read)).toEqual(new Set(["Quý II/2024"]));
  });
});
