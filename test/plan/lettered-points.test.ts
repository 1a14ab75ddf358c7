// A task table's cell lists the row's work as lettered points on lines of their own, under a heading line or none,
// and the time cell letters the points' times line by line: each point is a task of the row, due at its own line.
import { describe, expect, it } from "vitest";
import { letteredPoints, letteredTimes } from "../../src/plan/lettered-points.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { letteredRows } from "../support/large-inputs.ts";

const HEADER = "STT\tCông việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn";

describe("a task cell of lettered points", () => {
  it("makes each point a task due at its own line of the time cell, with the row's units", () => {
    const plan = parse(
      [
        HEADER,
        "1\tKiện toàn bộ máy hành chính:",
        "a) Sắp xếp các phòng chuyên môn theo hướng dẫn mới;",
        "b) Ban hành quy chế làm việc của đơn vị;",
        "c) Đánh giá kết quả sau một năm.\tSở Nội vụ\tSở Tư pháp\ta) Trước 20/4/2024",
        "b) Quý III/2024",
        "c) Hằng năm",
        "2\tTập huấn cán bộ:",
        "a) Mở lớp cho cấp huyện;",
        "b) Mở lớp cho cấp xã.\tSở Y tế\tSở Tài chính\tTháng 10/2024",
        "3\tTổng kết năm\tSở Nội vụ\t\tTrước 10/12/2024",
        "",
        "Các đơn vị báo cáo kết quả.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1.a", "2024-04-19", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["1.b", "2024-09-30", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      // "Hằng năm" is work that goes on: no day.
      ["1.c", null, ["Sở Nội vụ"], ["Sở Tư pháp"]],
      // One time for all the points dates each.
      ["2.a", "2024-10-31", ["Sở Y tế"], ["Sở Tài chính"]],
      ["2.b", "2024-10-31", ["Sở Y tế"], ["Sở Tài chính"]],
      ["3", "2024-12-09", ["Sở Nội vụ"], []],
    ]);
    const heading = plan.tasks.find((t) => t.ref === "1");
    expect([heading?.kind, heading?.title]).toEqual(["heading", "Kiện toàn bộ máy hành chính"]);
    expect(plan.tasks.find((t) => t.ref === "1.b")?.title).toBe("Ban hành quy chế làm việc của đơn vị");
  });

  it("reads points with no heading line, as a Word cell joins its paragraphs", () => {
    const plan = parse(
      [
        HEADER,
        "1\ta) Lập dự thảo đề án, lấy ý kiến các ngành; b) Trình ban hành đề án.\tSở Xây dựng\t\ta) Tháng 5/2024 b) Chậm nhất ngày 30/6/2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1.a", "2024-05-31", ["Sở Xây dựng"], []],
      ["1.b", "2024-06-30", ["Sở Xây dựng"], []],
    ]);
  });

  it("leaves a cell whose letters open no list, or break their order, one task", () => {
    expect(letteredPoints("Thực hiện theo điểm a) khoản 2 và điểm b) khoản 3")).toBeNull();
    expect(letteredPoints("Rà soát: a) Việc một; c) Việc ba")).toBeNull();
    expect(letteredPoints("a) Việc duy nhất")).toBeNull();
    expect(letteredTimes("Quý II/2024")).toBeNull();
    expect(letteredPoints("Nội dung: a) Một; b) Hai; d) không phải điểm")?.points.map((p) => p.letter)).toEqual([
      "a",
      "b",
    ]);
  });

  it("takes a time line of the next letter into a text row's last cell, never another letter", () => {
    const read = readTextPlan(
      [HEADER, "1\tViệc A\tSở Y tế\t\ta) Quý I/2024", "b) Quý II/2024", "d) Một đoạn khác"].join("\n"),
    );
    if (!read.ok) throw new Error(read.error.code);
    expect(read.document.blocks.map((b) => (b.type === "row" ? b.cells.at(-1) : b.text))).toEqual([
      "Thời hạn",
      "a) Quý I/2024 b) Quý II/2024",
      "d) Một đoạn khác",
    ]);
  });

  it("reads thousands of such rows", () => {
    const plan = parse(letteredRows(3000));
    expect(tasks(plan)).toHaveLength(6000);
  });
});
