// A plan typed as a form: the whole body one table "Số TT | Nội dung", the left column only numbering (sections,
// items anew in each), the right one holding the prose with its points and dashes as paragraphs of the cell.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { cellParagraphs, withFormBody } from "../../src/plan/form-body.ts";
import { parse, tasks } from "../support/text-plans.ts";

const ROWS: [string, string][] = [
  ["I", "MỤC TIÊU"],
  ["1", "Nâng cao chất lượng phục vụ người dân."],
  ["II", "NHIỆM VỤ"],
  [
    "1",
    "Chuyển đổi số a) Sở Tư pháp số hóa sổ hộ tịch, hoàn thành trong tháng 8/2027. b) Sở Y tế cập nhật hồ sơ sức khỏe điện tử; thời gian: quý IV/2027.",
  ],
  [
    "2",
    "Đào tạo a) Tập huấn cán bộ: - Sở Nội vụ: mở lớp kỹ năng số, chậm nhất ngày 30/9/2027. - Các huyện: cử học viên (thường xuyên).",
  ],
  ["III", "TỔ CHỨC THỰC HIỆN"],
  ["1", "Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 10/12/2027."],
];

const form = (rows: [string, string][]) => ["Số TT\tNội dung", ...rows.map((r) => r.join("\t"))].join("\n");

describe("a plan whose body is one table numbered in its left column", () => {
  it("reads the table as its prose: sections, items and the points inside the cells", () => {
    expect(tasks(parse(form(ROWS)))).toEqual([
      ["II.1.a", "2027-08-31", ["Sở Tư pháp"], []],
      ["II.1.b", "2027-12-31", ["Sở Y tế"], []],
      ["II.2.a.1", "2027-09-30", ["Sở Nội vụ"], []],
      ["III.1", "2027-12-09", ["Sở Nội vụ"], []],
    ]);
  });

  it("cuts a cell's paragraphs where a point or a dash opens after a sentence or the title, not inside one", () => {
    expect(cellParagraphs("Kiểm tra a) Thanh tra - Kiểm tra cấp huyện. b) Sở X - Sở Y: xong trong năm")).toEqual([
      "Kiểm tra",
      "a) Thanh tra - Kiểm tra cấp huyện.",
      "b) Sở X - Sở Y: xong trong năm",
    ]);
  });

  it("takes Word's 'e)' after 'd)' as the fifth point, as a typed 'đ)' is", () => {
    const cell =
      "Hoàn thiện thể chế a) Sở A trình. b) Sở B ban hành. c) Sở C. d) Sở D. e) Sở E rà soát, trước ngày 30/6.";
    expect(cellParagraphs(cell)).toEqual([
      "Hoàn thiện thể chế",
      "a) Sở A trình.",
      "b) Sở B ban hành.",
      "c) Sở C.",
      "d) Sở D.",
      "e) Sở E rà soát, trước ngày 30/6.",
    ]);
  });

  it("reads a cell of a hundred thousand characters, marks in it that open no point, in one pass", () => {
    // Each "x) Y" below opens no point (a wrong letter after no sentence's end): looking at the whole cell before
    // every mark took seconds, growing with the square of the cell.
    const cell = `Tiêu đề ${"nội dung x) Y ".repeat(7_000)}`;
    expect(cellParagraphs(cell)).toEqual([cell.trim()]);
  }, 5_000);

  it("leaves a two-column list with no sections a table", () => {
    const rows: Block[] = [
      { type: "row", cells: ["STT", "Tên đơn vị"] },
      { type: "row", cells: ["1", "Sở Tư pháp"] },
      { type: "row", cells: ["2", "Sở Y tế"] },
    ];
    expect(withFormBody(rows)).toEqual(rows);
  });
});
