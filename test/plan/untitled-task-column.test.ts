// A task table whose task column says what its rows are ("Sáng kiến", "Tên đề án"), not "Nhiệm vụ".
import { describe, expect, it } from "vitest";
import { untitledTaskColumn } from "../../src/plan/untitled-task-column.ts";
import { parse, table, tasks } from "../support/text-plans.ts";

describe("a task column titled by what its rows are", () => {
  it("is read by the table's shape: a number, who and when beside it", () => {
    const plan = parse(
      table([
        [
          "STT",
          "Sáng kiến cải cách",
          "Huyện, thành phố thực hiện",
          "Cơ quan hướng dẫn, phối hợp",
          "Thời gian hoàn thành",
        ],
        ["1", "Một cửa không chờ tại trụ sở", "Huyện Đại Từ", "Sở Nội vụ", "Tháng 9/2024"],
        ["2", "Chợ không dùng tiền mặt", "Thành phố Sông Công", "Sở Công Thương", "Quý IV/2024"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-09-30", ["UBND huyện Đại Từ"], ["Sở Nội vụ"]],
      ["2", "2024-12-31", ["UBND thành phố Sông Công"], ["Sở Công Thương"]],
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["Một cửa không chờ tại trụ sở", "Chợ không dùng tiền mặt"]);
  });

  it("is the one naming the rows ('Tên …') when another column says neither who nor when", () => {
    const plan = parse(
      table([
        ["TT", "Cấp trình", "Tên đề án", "Cơ quan chủ trì", "Thời gian trình", "Ghi chú"],
        ["1", "UBND tỉnh", "Đề án sắp xếp các đơn vị sự nghiệp", "Sở Nội vụ", "Tháng 6/2024", ""],
      ]),
    );
    expect(plan.tasks.map((t) => [t.ref, t.title, t.deadline?.due])).toEqual([
      ["1", "Đề án sắp xếp các đơn vị sự nghiệp", "2024-06-30"],
    ]);
  });
});

describe("a table naming no who or no when", () => {
  const names = { who: (l: string) => /chu tri|phoi hop/.test(l), when: (l: string) => /thoi gian/.test(l) };
  it("has no task column", () => {
    expect(untitledTaskColumn(["STT", "Họ và tên", "Chức vụ", "Đơn vị công tác"], names)).toBeNull();
    expect(untitledTaskColumn(["STT", "Nội dung chi", "Kinh phí", "Thời gian"], names)).toBeNull();
  });
  it("nor one with two columns that each might be it", () => {
    expect(untitledTaskColumn(["STT", "Lĩnh vực", "Mô hình", "Cơ quan chủ trì", "Thời gian"], names)).toBeNull();
  });
});
