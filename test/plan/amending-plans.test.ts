// A plan amending an earlier one: its appendix lists the tasks changed (part A) and added (part B) with the
// old and the new deadline; its prose repeals some tasks with their old dates.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const table = (rows: string[][]) => rows.map((cells) => cells.join("\t")).join("\n");
const HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn cũ", "Thời hạn mới"];

describe("an appendix of tasks changed and added", () => {
  it("numbers the rows of each lettered part under its letter", () => {
    const plan = parse(
      table([
        HEADER,
        ["A", "NHIỆM VỤ ĐIỀU CHỈNH"],
        ["1", "Ban hành quy chế phối hợp", "Sở Tư pháp", "Tháng 3/2024", "Tháng 5/2024"],
        ["B", "NHIỆM VỤ MỚI"],
        ["1", "Số hóa sổ hộ tịch", "Sở Tư pháp", "-", "Ngày 20/9/2024"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["A.1", "2024-05-31", ["Sở Tư pháp"], []],
      ["B.1", "2024-09-20", ["Sở Tư pháp"], []],
    ]);
  });

  it("drops a row whose note repeals it, whatever time stands in it or above it", () => {
    const plan = parse(
      table([
        [...HEADER, "Ghi chú"],
        ["1", "Ban hành quy chế phối hợp", "Sở Tư pháp", "Tháng 3/2024", "Tháng 5/2024", "Điều chỉnh"],
        ["2", "Rà soát thủ tục nội bộ", "Sở Y tế", "Quý III/2024", "", "Bãi bỏ (đã thực hiện xong)"],
        ["3", "Số hóa sổ hộ tịch", "Sở Tư pháp", "", "Tháng 10/2024", "Hủy bỏ, đơn giản hóa thủ tục"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-31", ["Sở Tư pháp"], []],
      ["3", "2024-10-31", ["Sở Tư pháp"], []],
    ]);
  });

  it("reads the old column, as corrected where it stands, where the new one is left empty", () => {
    const plan = parse(
      table([
        HEADER,
        ["1", "Ban hành quy chế phối hợp", "Sở Tư pháp", "Quý II/2024", "Tháng 8/2024"],
        ["2", "Rà soát thủ tục", "Sở Y tế", "Tháng 4/2024 (điều chỉnh thành Tháng 7/2024)", ""],
        ["3", "Số hóa hồ sơ", "Sở Tư pháp", "Trước 20/5/2024 (đã điều chỉnh: Trước 10/9/2024)", ""],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-08-31", ["Sở Tư pháp"], []],
      ["2", "2024-07-31", ["Sở Y tế"], []],
      ["3", "2024-09-09", ["Sở Tư pháp"], []],
    ]);
  });

  it("keeps the old deadline where the new column says it stays", () => {
    const plan = parse(
      table([
        HEADER,
        ["1", "Ban hành quy chế phối hợp", "Sở Tư pháp", "Quý II/2024", "Giữ nguyên"],
        ["2", "Rà soát thủ tục", "Sở Y tế", "Tháng 4/2024", "Không thay đổi"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-30", ["Sở Tư pháp"], []],
      ["2", "2024-04-30", ["Sở Y tế"], []],
    ]);
  });
});

describe("an item repealing tasks", () => {
  it("is no task, whatever dates of the repealed tasks it names", () => {
    const plan = parse(
      [
        "I. NỘI DUNG ĐIỀU CHỈNH",
        "1. Bãi bỏ nhiệm vụ số 4 (tổ chức hội thi cấp huyện, tháng 8/2024) do không còn phù hợp.",
        "2. Sở Tư pháp tổ chức hội thi cấp tỉnh trước ngày 15/10/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["I.2", "2024-10-14", ["Sở Tư pháp"], []]]);
  });
});
