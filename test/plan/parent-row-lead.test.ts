// A table numbered in two levels whose area rows name a lead and a time ("1 | CẢI CÁCH THỂ CHẾ | Sở Tư pháp | |
// Quý I/2026"): a task under the row with a blank lead cell is the area's lead's, as a blank time cell is the area's
// time, and not the lead of the task row above it.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const table = [
  ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
  ["1", "CẢI CÁCH THỂ CHẾ", "Sở Tư pháp", "", "Quý I/2026"],
  ["1.1", "Rà soát văn bản quy phạm pháp luật", "", "Sở Xây dựng", ""],
  ["1.2", "Phổ biến văn bản mới", "Sở Tài chính", "", "Tháng 5/2026"],
  ["1.3", "Kiểm tra việc thi hành pháp luật", "", "", "Tháng 8/2026"],
]
  .map((cells) => cells.join("\t"))
  .join("\n");

describe("a sub-row with a blank lead cell under a row that names its lead", () => {
  it("takes the row's lead, not the sibling's above", () => {
    const read = tasks(parse(table));
    expect(read).toContainEqual(["1.1", "2026-03-31", ["Sở Tư pháp"], ["Sở Xây dựng"]]);
    expect(read).toContainEqual(["1.2", "2026-05-31", ["Sở Tài chính"], []]);
    expect(read).toContainEqual(["1.3", "2026-08-31", ["Sở Tư pháp"], []]);
  });
});
