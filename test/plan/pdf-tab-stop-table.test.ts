// A Word task list laid out at tab stops (no table) printed to PDF: labels left-aligned at the stops, the STT label
// close to the next, rows' pieces at the same stops, long cells wrapped onto lines under their column, a dot leader
// printed in one run with the first letters at the next stop, a group's heading in capitals running across columns.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import type { PageContent, TextRun } from "../../src/plan/pdf/geometry.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";
import { withoutLeaders } from "../../src/plan/pdf/leaders.ts";

const SIZE = 12;
const run = (text: string, x: number, y: number): TextRun => ({
  text,
  x,
  y,
  width: text.length * 6,
  size: SIZE,
  font: "Times",
});
const page = (runs: TextRun[]): PageContent => ({ width: 842, height: 595, runs, rules: [] });
const rows = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "row" ? [b.cells] : []));

// Stops: the number at 60, the task at 84 (the "STT" label ends at 78), the lead at 400, the partners at 540, the
// time at 680.
const STOPS = [60, 84, 400, 540, 680];
const line = (y: number, cells: string[]) => cells.flatMap((text, i) => (text ? [run(text, STOPS[i]!, y)] : []));
const header = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"];

describe("a tab-stop list printed to PDF", () => {
  const heading = "XÂY DỰNG CHÍNH QUYỀN SỐ VÀ CẢI CÁCH HÀNH CHÍNH CÁC CẤP";
  const blocks = layoutBlocks([
    page([
      run("II. NHIỆM VỤ CỤ THỂ", 60, 40),
      ...line(60, header),
      // The group's heading, drawn in pieces that touch, runs on over the lead column's stop.
      run("I.", 60, 76),
      run(heading.slice(0, 30), 84, 76),
      run(heading.slice(30), 84 + 30 * 6, 76),
      ...line(92, ["1", "Xây dựng kho dữ liệu dùng chung", "Sở Khoa học và", "Các sở, ngành", "Trước ngày"]),
      ...line(106, ["", "của tỉnh", "Công nghệ", "", "30/6/2025"]),
      // Row 2: a dot leader from the task's end to the lead's stop, its last dots and the lead's first letters one run.
      run("2", 60, 122),
      run("Tập huấn kỹ năng số", 84, 122),
      run("..........................................", 84 + 19 * 6, 122),
      run("..Sở", 400 - 2 * 3, 122),
      run("Nội vụ", 400 + 22, 122),
      run("Quý III/2025", 680, 122),
      ...line(136, ["", "cho cán bộ xã"]),
      run("III. TỔ CHỨC THỰC HIỆN", 60, 170),
    ]),
  ]);

  it("reads the rows in the columns the header's labels start, the group's heading whole", () => {
    expect(rows(blocks)).toEqual([
      header,
      ["I.", heading, "", "", ""],
      [
        "1",
        "Xây dựng kho dữ liệu dùng chung của tỉnh",
        "Sở Khoa học và Công nghệ",
        "Các sở, ngành",
        "Trước ngày 30/6/2025",
      ],
      ["2", "Tập huấn kỹ năng số cho cán bộ xã", "Sở Nội vụ", "", "Quý III/2025"],
    ]);
  });

  it("reads items numbered with periods at the stops as a list, as Word's and the text's are read", () => {
    const list = layoutBlocks([
      page([
        ...line(60, header),
        ...line(76, ["1.", "Rà soát quy trình nội bộ", "Văn phòng UBND tỉnh", "", "31/3/2026"]),
        ...line(90, ["", "Phối hợp: các sở, ngành."]),
        ...line(106, ["2.", "Công bố danh mục thủ tục", "Sở Nội vụ", "", "Tháng 4/2026"]),
        ...line(120, ["", "Phối hợp: Công an tỉnh."]),
      ]),
    ]);
    expect(rows(list)).toEqual([]);
    expect(list.map((b) => (b.type === "text" ? b.text : "")).join("\n")).toContain("Phối hợp: Công an tỉnh.");
  });

  it("leaves a group's heading over a header of its own to the next table, as its title", () => {
    const two = layoutBlocks([
      page([
        run("I.", 60, 40),
        run("QUY HOẠCH HẠ TẦNG", 84, 40),
        ...line(60, header),
        ...line(76, ["1", "Rà soát các điểm du lịch", "Sở Xây dựng", "Sở Tài chính", "Tháng 4/2026"]),
        ...line(92, ["2", "Nâng cấp đường vào bản", "Sở Xây dựng", "", "Quý III/2026"]),
        run("II.", 60, 112),
        run("XÚC TIẾN, QUẢNG BÁ", 84, 112),
        ...line(132, header),
        ...line(148, ["1", "Dựng bản đồ số du lịch", "Sở Nội vụ", "", "Tháng 6/2026"]),
        ...line(164, ["2", "Tổ chức hội chợ du lịch", "Sở Nội vụ", "Sở Tài chính", "Tháng 9/2026"]),
      ]),
    ]);
    expect(two.map((b) => (b.type === "row" ? b.cells[0] : b.text))).toEqual([
      "I. QUY HOẠCH HẠ TẦNG",
      "STT",
      "1",
      "2",
      "II. XÚC TIẾN, QUẢNG BÁ",
      "STT",
      "1",
      "2",
    ]);
  });

  it("takes a leader's dots out of the runs, its text starting at the stop", () => {
    const out = withoutLeaders([run("thuế,", 300, 10), run(".", 330, 10), run(".Kho", 336, 10), run("bạc", 366, 10)]);
    expect(out.map((r) => r.text)).toEqual(["thuế,", "Kho", "bạc"]);
    expect(out[1]!.x).toBe(339);
    // A sentence's period and a blank to fill in ("ngày ..... tháng") stay.
    const kept = [run("xong.", 300, 30), run(".....", 340, 30), run("tháng", 380, 30)];
    expect(withoutLeaders(kept)).toEqual(kept);
  });

  it("reads a page of twenty thousand leaders, each to its text", () => {
    const runs = Array.from({ length: 20000 }, (_, i) => [
      run("việc", 84, 20 * i),
      run("......", 120, 20 * i),
      run(".Sở", 156, 20 * i),
    ]).flat();
    const out = withoutLeaders(runs);
    expect(out).toHaveLength(40000);
    expect(out[1]!.text).toBe("Sở");
  });
});
