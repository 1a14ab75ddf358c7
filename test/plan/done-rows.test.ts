// A task table may keep rows whose work was done before the plan was signed, its note saying so ("Đã hoàn thành"):
// the record of the year's work, no task. A row said done but not yet due, and a row only overdue, stay tasks.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const table = [
  ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn", "Ghi chú"],
  ["1", "Chỉnh lý tài liệu tồn đọng của kho lưu trữ", "Sở Nội vụ", "Tháng 02/2024", "Đã hoàn thành"],
  ["2", "Rà soát danh mục hồ sơ các cơ quan", "Sở Tư pháp", "Tháng 02/2024", ""],
  ["3", "Xây dựng kho lưu trữ số", "Sở Tài chính", "Tháng 6/2024", "Đã hoàn thành bước khảo sát"],
  ["4", "Tập huấn công tác văn thư", "Sở Xây dựng", "Tháng 8/2024", "Đang triển khai"],
]
  .map((cells) => cells.join("\t"))
  .join("\n");

describe("a table row noted as done before the plan", () => {
  const refs = tasks(parse(table, { issued: "2024-03-12" })).map((t) => t[0]);

  it("is no task", () => {
    expect(refs).not.toContain("1");
  });

  it("leaves an overdue row with no such note due", () => {
    expect(refs).toContain("2");
  });

  it("leaves a row said done but due after the plan's date a task", () => {
    expect(refs).toContain("3");
    expect(refs).toContain("4");
  });
});

describe("an item of prose saying its work was done before the plan", () => {
  const refs = tasks(
    parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Tài chính bố trí kinh phí cho các phòng họp trực tuyến trước ngày 30/4/2024.",
        "2. Việc lắp đặt thiết bị cho phòng họp trực tuyến của các huyện đã hoàn thành trong tháng 12/2023.",
        "3. Sở Thông tin và Truyền thông đã xong khảo sát trong tháng 01/2024, nay tổ chức tập huấn trước ngày 15/5/2024.",
      ].join("\n"),
      { issued: "2024-03-12" },
    ),
  ).map((t) => t[0]);

  it("is no task, its 'đã' before the time that ends the sentence", () => {
    expect(refs).not.toContain("II.2");
  });

  it("leaves items still to do tasks", () => {
    expect(refs).toEqual(["II.1", "II.3"]);
  });
});
