// A pivot table in tabular form, pasted as values and printed with no gridlines: no number column, the row fields'
// labels (unit, task, time, partners) and the value field's count last. A unit is written on its group's first row
// only, so most rows open with a blank first cell; the count, which never wraps, stands on each row's first line.
import { describe, expect, it } from "vitest";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";
import { page, rows, run } from "../support/pdf-pages.ts";

const header = (y: number, count = "Số lượng") => [
  run("Đơn vị chủ trì", 30, y, 70),
  run("Nhiệm vụ", 180, y, 45),
  run("Thời hạn", 470, y, 40),
  run("Đơn vị phối hợp", 570, y, 75),
  run(count, 760, y, 40),
];
// A row: its cells' first lines, the count right-aligned at the sheet's edge.
const line = (y: number, unit: string, task: string, time: string, partners: string, count = "1") => [
  ...(unit ? [run(unit, 30, y, unit.length * 4.5)] : []),
  run(task, 180, y, Math.min(task.length * 4.5, 280)),
  ...(time ? [run(time, 470, y, time.length * 4.5)] : []),
  ...(partners ? [run(partners, 570, y, Math.min(partners.length * 4.5, 180))] : []),
  run(count, 812 - 5 * count.length, y, 5 * count.length),
];

describe("a pivot table in tabular form printed with no gridlines", () => {
  const blocks = layoutBlocks([
    page([
      run("BIỂU TỔNG HỢP NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ", 300, 40, 220),
      ...header(70),
      ...line(
        90,
        "Sở Nội vụ",
        "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính",
        "15/03/2024",
        "Thanh tra tỉnh",
      ),
      ...line(104, "", "Khảo sát sự hài lòng của người dân", "Quý III/2024", "Bưu điện tỉnh; UBND các"),
      run("huyện, thành phố", 570, 114, 75),
      ...line(130, "", "Tập huấn nghiệp vụ cho công chức", "(trống)", "Văn phòng UBND tỉnh"),
      ...line(144, "Tổng Sở Nội vụ", "", "", "", "2"),
      ...line(158, "Sở Tư pháp", "Rà soát văn bản quy phạm pháp luật", "Tháng 5/2024", "(trống)"),
    ]),
    page([
      ...line(40, "", "Tổ chức hưởng ứng Ngày Pháp luật Việt Nam", "Trước 09/11/2024", "Báo Bắc Kạn"),
      ...line(54, "Tổng Sở Tư pháp", "", "", "", "2"),
      ...line(68, "Tổng cộng", "", "", "", "5"),
    ]),
  ]);

  it("opens a row at each count, a wrapped cell going on with its row, on the next page too", () => {
    expect(rows(blocks)).toEqual([
      ["Đơn vị chủ trì", "Nhiệm vụ", "Thời hạn", "Đơn vị phối hợp", "Số lượng"],
      ["Sở Nội vụ", "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính", "15/03/2024", "Thanh tra tỉnh", "1"],
      ["", "Khảo sát sự hài lòng của người dân", "Quý III/2024", "Bưu điện tỉnh; UBND các huyện, thành phố", "1"],
      ["", "Tập huấn nghiệp vụ cho công chức", "(trống)", "Văn phòng UBND tỉnh", "1"],
      ["Tổng Sở Nội vụ", "", "", "", "2"],
      ["Sở Tư pháp", "Rà soát văn bản quy phạm pháp luật", "Tháng 5/2024", "(trống)", "1"],
      ["", "Tổ chức hưởng ứng Ngày Pháp luật Việt Nam", "Trước 09/11/2024", "Báo Bắc Kạn", "1"],
      ["Tổng Sở Tư pháp", "", "", "", "2"],
      ["Tổng cộng", "", "", "", "5"],
    ]);
  });

  it("reads the value field named as Excel names it in English too", () => {
    const read = layoutBlocks([
      page([...header(70, "Count of Nhiệm vụ"), ...line(90, "Sở Y tế", "Tiêm chủng mở rộng", "Quý II/2024", "")]),
    ]);
    expect(rows(read)).toEqual([
      ["Đơn vị chủ trì", "Nhiệm vụ", "Thời hạn", "Đơn vị phối hợp", "Count of Nhiệm vụ"],
      ["Sở Y tế", "Tiêm chủng mở rộng", "Quý II/2024", "", "1"],
    ]);
  });

  it("reads a value label wrapped in its cell, and labels set close together, as one header row", () => {
    const read = layoutBlocks([
      page([
        run("Đơn vị chủ trì", 30, 70, 70),
        run("Nội dung nhiệm vụ", 180, 70, 85),
        run("Thời gian hoàn thành", 460, 70, 95),
        run("Đơn vị phối hợp", 562, 70, 75),
        run("Count of", 760, 70, 35),
        run("Nội dung", 760, 81, 40),
        run("nhiệm vụ", 760, 92, 40),
        ...line(116, "Sở Y tế", "Tiêm chủng mở rộng", "Quý II/2024", "Sở Tài chính"),
      ]),
    ]);
    expect(rows(read)).toEqual([
      ["Đơn vị chủ trì", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "Đơn vị phối hợp", "Count of Nội dung nhiệm vụ"],
      ["Sở Y tế", "Tiêm chủng mở rộng", "Quý II/2024", "Sở Tài chính", "1"],
    ]);
  });

  it("leaves such labels with no count closing them as text", () => {
    const read = layoutBlocks([
      page([...header(70, "Ghi chú"), ...line(90, "Sở Y tế", "Tiêm chủng mở rộng", "Quý II/2024", "", "x")]),
    ]);
    expect(rows(read)).toEqual([]);
  });

  it("reads 4,000 rows over 100 pages", () => {
    const pages = Array.from({ length: 100 }, (_, p) =>
      page([
        ...(p === 0 ? header(30) : []),
        ...Array.from({ length: 40 }, (_, i) =>
          line(50 + i * 13, i === 0 ? `Đơn vị ${p + 1}` : "", `Nhiệm vụ số ${p * 40 + i + 1}`, "Quý IV/2024", ""),
        ).flat(),
      ]),
    );
    const read = rows(layoutBlocks(pages));
    expect(read).toHaveLength(4001);
    expect(read.at(-1)).toEqual(["", "Nhiệm vụ số 4000", "Quý IV/2024", "", "1"]);
    expect(read.filter((cells) => cells.length !== 5)).toEqual([]);
  });
});
