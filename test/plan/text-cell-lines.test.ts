// A table copied as text whose units cell holds one unit a line: the cell's lines cut its row, the middle ones
// alone on their lines and the last one with the rest of the row. Read as one row, as the Word file is.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a text table's cell of several lines", () => {
  it("joins the lines of the cut cell and the rest of its row into one row", () => {
    const plan = parse(
      [
        "STT\tNhiệm vụ\tCơ quan chủ trì\tThời hạn\tGhi chú",
        "1\tKiểm tra hồ sơ đất đai\tSở Tư pháp",
        "Sở Y tế",
        "Công an tỉnh\tQuý II/2024\tBáo cáo",
        "2\tTập huấn nghiệp vụ\tSở Nội vụ",
        "Sở Y tế\tTháng 9/2024\t",
        "3\tTổng kết\tSở Nội vụ\tTháng 12/2024\t",
        "",
        "Các đơn vị triển khai thực hiện.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-30", ["Sở Tư pháp", "Sở Y tế", "Công an tỉnh"], []],
      ["2", "2024-09-30", ["Sở Nội vụ", "Sở Y tế"], []],
      ["3", "2024-12-31", ["Sở Nội vụ"], []],
    ]);
  });
});
