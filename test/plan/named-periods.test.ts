// A plan that dates its own periods once ("Đợt 1 | Từ … đến …") and then gives work by naming them: work "trong
// Đợt 1" or "theo tiến độ Đợt 2" is due when that period ends, work "trước khi bắt đầu Đợt 2" the day before it
// starts; the table of periods names no one and holds no task.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a plan's own named periods", () => {
  it("date the work that names them, and their table is no task table", () => {
    const plan = parse(
      [
        "I. LỘ TRÌNH",
        "Đợt\tThời gian\tNội dung\tĐịa bàn",
        "Đợt 1\tTừ 01/6/2024 đến 31/7/2024\tKiểm kê tài liệu lưu trữ\tCấp tỉnh",
        "Đợt 2\tTừ 01/9/2024 đến 31/10/2024\tChỉnh lý tài liệu\tCác huyện",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nội vụ ban hành hướng dẫn kiểm kê tài liệu; hoàn thành trong Đợt 1.",
        "2. Sở Tài chính bố trí kinh phí chỉnh lý, xong trước khi bắt đầu Đợt 2.",
        "3. UBND thành phố Sông Công chỉnh lý tài liệu theo tiến độ Đợt 2.",
        "4. Sở Tư pháp thẩm định quy chế trong Đợt 3.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-07-31", ["Sở Nội vụ"], []],
      ["II.2", "2024-08-31", ["Sở Tài chính"], []],
      ["II.3", "2024-10-31", ["UBND thành phố Sông Công"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "II.1")?.title).toBe("Sở Nội vụ ban hành hướng dẫn kiểm kê tài liệu");
  });

  it("in a text copy, are named on the line above each row", () => {
    const plan = parse(
      [
        "I. TIẾN ĐỘ",
        "Giai đoạn\tThời gian\tNội dung chủ yếu",
        "Giai đoạn 1",
        "(Chuẩn bị)\tTừ 01/4/2024 đến 30/4/2024\tBan hành hướng dẫn",
        "Giai đoạn 2",
        "(Tổng kết)\tTrước ngày 20/12/2024\tSơ kết, đánh giá",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh trong Giai đoạn 2.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-12-19", ["Sở Nội vụ"], []]]);
  });

  it("leave a table that says who does the work a table of tasks", () => {
    const plan = parse(
      [
        "Giai đoạn\tNội dung\tCơ quan chủ trì\tThời gian",
        "Giai đoạn 1\tKiểm kê tài liệu\tSở Nội vụ\tTrước ngày 30/6/2024",
        "Giai đoạn 2\tChỉnh lý tài liệu\tSở Tư pháp\tTrước ngày 30/9/2024",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[2])).toEqual([["Sở Nội vụ"], ["Sở Tư pháp"]]);
  });
});
