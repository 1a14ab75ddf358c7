// A part that gives each thing it deals with (a fund, a programme, a project) its own small table under a numbered
// heading, each table numbering its rows from 1: a row is cited by the part, the heading's number and its own.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

const header = ["STT", "Công việc", "Đơn vị thực hiện", "Thời hạn"];

describe("small tables each under a numbered heading", () => {
  it("cite their rows through the heading's number when each numbers from 1", () => {
    const plan = parse(
      [
        "II. CÁC CHƯƠNG TRÌNH MỤC TIÊU",
        "1. Chương trình nước sạch nông thôn (sau đây gọi là Chương trình NS)",
        table([header, ["1", "Rà soát danh mục công trình", "Sở Xây dựng", "Tháng 5/2024"]]),
        table([["2", "Nghiệm thu công trình", "Sở Y tế", "Tháng 9/2024"]]),
        "2. Chương trình giảm nghèo bền vững",
        table([header, ["1", "Tổng hợp số hộ nghèo", "Sở Lao động - Thương binh và Xã hội", "Tháng 6/2024"]]),
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t.slice(0, 3))).toEqual([
      ["II.1.1", "2024-05-31", ["Sở Xây dựng"]],
      ["II.1.2", "2024-09-30", ["Sở Y tế"]],
      ["II.2.1", "2024-06-30", ["Sở Lao động - Thương binh và Xã hội"]],
    ]);
  });
});
