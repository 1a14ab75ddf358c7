// A task table row titling lettered sub-rows ("a) …", "b) …") under its merged number, each with its own time.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

const header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];

describe("lettered sub-rows under a numbered title row", () => {
  it("are tasks N.a, N.b with their own times; the title row only groups them", () => {
    const plan = parse(
      table([
        header,
        ["1", "Xây dựng cơ sở dữ liệu cán bộ", "Sở Nội vụ", "", ""],
        ["", "a) Thu thập hồ sơ giấy", "", "Sở Tư pháp", "Trước 30/6/2024"],
        ["", "b) Nhập liệu và đối soát", "", "", "Tháng 9/2024"],
        ["2", "Tập huấn khai thác dữ liệu", "Sở Tư pháp", "Sở Nội vụ", "Tháng 4/2024"],
        ["3", "Kiểm tra việc cập nhật", "", "", ""],
        ["", "a) Tại các sở", "Sở Nội vụ", "", "Tháng 10/2024"],
        ["", "b) Tại các huyện", "Sở Tư pháp", "Sở Nội vụ", "Thường xuyên"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1.a", "2024-06-29", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["1.b", "2024-09-30", ["Sở Nội vụ"], []],
      ["2", "2024-04-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["3.a", "2024-10-31", ["Sở Nội vụ"], []],
      ["3.b", null, ["Sở Tư pháp"], ["Sở Nội vụ"]],
    ]);
    const headings = plan.tasks.filter((t) => t.kind === "heading");
    // A title row's blank cells are its sub-rows' own, never the row above's.
    expect(headings.map((t) => [t.ref, t.deadline?.due ?? null, t.lead.length])).toEqual([
      ["1", null, 1],
      ["3", null, 0],
    ]);
  });

  it("are read so when the merged number is repeated in every row it spans", () => {
    const plan = parse(
      table([
        header,
        ["1", "Xây dựng cơ sở dữ liệu cán bộ", "Sở Nội vụ", "", ""],
        ["1", "a) Thu thập hồ sơ giấy", "Sở Nội vụ", "Sở Tư pháp", "Tháng 6/2024"],
        ["1", "đ) Nhập liệu và đối soát", "Sở Nội vụ", "", "Tháng 9/2024"],
      ]),
    );
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
      ["1.a", "2024-06-30"],
      ["1.đ", "2024-09-30"],
    ]);
  });

  it("are read so when the letter stands alone in the number cell, restarting in every group", () => {
    const plan = parse(
      table([
        header,
        ["1", "Chuẩn bị", "", "", ""],
        ["a", "Lập danh sách cơ sở cần kiểm tra", "Sở Y tế", "Sở Tài chính", "Trước 20/4/2024"],
        ["b)", "Thành lập đoàn kiểm tra", "Sở Y tế", "", "Tháng 5/2024"],
        ["2", "Triển khai", "", "", ""],
        ["a", "Kiểm tra tại các huyện", "Sở Tư pháp", "", "Quý III/2024"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1.a", "2024-04-19", ["Sở Y tế"], ["Sở Tài chính"]],
      ["1.b", "2024-05-31", ["Sở Y tế"], []],
      ["2.a", "2024-09-30", ["Sở Tư pháp"], []],
    ]);
  });

  it("keep a lettered row whose words name columns ('chỉ tiêu', 'chủ trì') a row, never a new header", () => {
    const plan = parse(
      table([
        ["STT", "Nội dung công việc", "Thời gian", "Đơn vị thực hiện"],
        ["1", "Chuẩn bị", "", ""],
        ["a", "Giao chỉ tiêu cho từng huyện", "Trước 15/4/2024", "Sở Nội vụ chủ trì; Sở Tài chính phối hợp"],
        ["b", "Tổng hợp nhu cầu", "Tháng 5/2024", "Sở Tài chính"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1.a", "2024-04-14", ["Sở Nội vụ"], ["Sở Tài chính"]],
      ["1.b", "2024-05-31", ["Sở Tài chính"], []],
    ]);
  });
});
