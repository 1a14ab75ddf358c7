// A task table heading its columns with short forms that only a note under it spells out is read as the note spells
// it; a group row naming its lead in a bracket gives that lead to the tasks under it that name none.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

const HEADER = ["STT", "Nội dung", "CQCT", "CQPH", "TH"];
const NOTE = "Ghi chú: CQCT: cơ quan chủ trì; CQPH: cơ quan phối hợp; TH: thời hạn; SYT: Sở Y tế; SCT: Sở Công Thương.";

describe("a header of short forms a note spells out", () => {
  // The partners before the lead: only the note tells which is which.
  const rows = [
    ["STT", "Nội dung", "TH", "CQPH", "CQCT"],
    ["1", "Kiểm tra an toàn thực phẩm tại chợ đầu mối", "Tháng 8/2024", "SCT", "SYT"],
    ["2", "Rà soát mạng lưới chợ nông thôn", "Trước 15/10/2024", "SYT; Sở Tài chính", "SCT"],
  ];

  it("reads each column as the note says, the plan's own initials as the units they stand for", () => {
    expect(tasks(parse(`${table(rows)}\n${NOTE}`))).toEqual([
      ["1", "2024-08-31", ["Sở Y tế"], ["Sở Công Thương"]],
      ["2", "2024-10-14", ["Sở Công Thương"], ["Sở Y tế", "Sở Tài chính"]],
    ]);
  });
});

describe("a group row naming its lead in a bracket", () => {
  const rows = [
    HEADER,
    ["I", "QUẢN LÝ THỊ TRƯỜNG (CQCT: Sở Công Thương)"],
    ["1", "Kiểm tra hàng giả tại các chợ", "", "Công an tỉnh", "Quý III/2024"],
    ["2", "Tập huấn cho tiểu thương", "Sở Y tế", "Sở Công Thương", "Tháng 9/2024"],
    ["3", "Tổng kết công tác quản lý thị trường", "", "Sở Tài chính", "Tháng 11/2024"],
    ["II", "AN TOÀN THỰC PHẨM"],
    ["1", "Lấy mẫu kiểm nghiệm thực phẩm", "Sở Y tế", "", "Tháng 6/2024"],
    ["2", "Công bố kết quả kiểm nghiệm", "", "", "Tháng 7/2024"],
  ];

  it("gives the group's lead to its tasks with a blank lead cell; a task naming its own keeps it", () => {
    expect(tasks(parse(`${table(rows)}\n${NOTE}`))).toEqual([
      ["I.1", "2024-09-30", ["Sở Công Thương"], ["Công an tỉnh"]],
      ["I.2", "2024-09-30", ["Sở Y tế"], ["Sở Công Thương"]],
      // The group's lead, not the row above's.
      ["I.3", "2024-11-30", ["Sở Công Thương"], ["Sở Tài chính"]],
      ["II.1", "2024-06-30", ["Sở Y tế"], []],
      // A group naming no lead: the blank cell is the row above's, as a table copied to text writes it.
      ["II.2", "2024-07-31", ["Sở Y tế"], []],
    ]);
  });

  it("titles the group without its bracket", () => {
    const group = parse(`${table(rows)}\n${NOTE}`).tasks.find((t) => t.ref === "I");
    expect(group?.title).toBe("QUẢN LÝ THỊ TRƯỜNG");
  });
});
