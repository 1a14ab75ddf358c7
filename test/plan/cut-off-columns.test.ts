// A roadmap of figures to reach by a few days, a column each: a row is due at the first day its figure reaches the
// target beside it (or the figure the roadmap ends on); words written instead of figures are its time.
import { describe, expect, it } from "vitest";
import { cellFigure, firstFigure } from "../../src/domain/figures.ts";
import { cutOffColumns, cutOffTime, type CutOffColumns } from "../../src/plan/cut-off-columns.ts";
import { parse, table, tasks } from "../support/text-plans.ts";

const header = (over: string) => [
  ["TT", "Nội dung", "Mục tiêu năm 2030", over, "", "", "Đơn vị chủ trì"],
  ["", "", "", "Đến hết ngày 30/4/2030", "Đến 31/8/2030", "Đến 20/11/2030", ""],
];

describe("figures as tables write them", () => {
  it("read thousands in either habit and decimals with a comma", () => {
    expect(cellFigure("2.500")).toEqual({ value: 2500, percent: false });
    expect(cellFigure("2,500")).toEqual({ value: 2500, percent: false });
    expect(cellFigure("12,5%")).toEqual({ value: 12.5, percent: true });
    expect(cellFigure("-")).toBeNull();
    expect(firstFigure("Ít nhất 80% hộ gia đình")).toEqual({ value: 80, percent: true });
  });
});

describe("cut-off columns of a roadmap", () => {
  it("date a row at the first day its figure reaches the target", () => {
    const grid = [
      ...header("Tiến độ (cộng dồn)"),
      ["1", "Cấp căn cước điện tử cho người dân", "Ít nhất 80%", "50%", "80%", "90%", "Công an tỉnh"],
      ["2", "Đo đạc bản đồ địa chính các xã", "2.500 ha", "800", "1,600", "2,500", "Sở Tài chính"],
      ["3", "Mở tài khoản thanh toán cho người hưởng trợ cấp", "100%", "-", "100%", "100%", "Sở Y tế"],
      ["4", "Tập huấn kỹ năng số cho cán bộ", "", "Trước ngày 10/10/2030", "", "", "Sở Nội vụ"],
    ];
    expect(tasks(parse(table(grid), { issued: "2030-02-01" }))).toEqual([
      ["1", "2030-08-31", ["Công an tỉnh"], []],
      ["2", "2030-11-20", ["Sở Tài chính"], []],
      ["3", "2030-08-31", ["Sở Y tế"], []],
      ["4", "2030-10-09", ["Sở Nội vụ"], []],
    ]);
  });

  it("take the figure the roadmap ends on when no target is beside, and read results reached as no times", () => {
    const days = new Map([
      [1, "Đến 30/4/2030"],
      [2, "Đến 31/8/2030"],
      [3, "Đến 20/11/2030"],
    ]);
    const columns: CutOffColumns = { days, target: undefined };
    expect(cutOffTime(["x", "40%", "70%", "70%"], columns)).toBe("Đến 31/8/2030");
    expect(cutOffColumns(header("Tiến độ thực hiện"))?.target).toBe(2);
    expect(cutOffColumns(header("Kết quả thực hiện"))).toBeNull();
  });

  it("reads long roadmap cells in bounds", () => {
    const days = new Map(Array.from({ length: 40 }, (_, k) => [k + 1, `Đến ${(k % 28) + 1}/5/2030`] as const));
    const start = performance.now();
    const cells = ["x", ...Array.from({ length: 40 }, () => `${"1.".repeat(1_300)}5%`)];
    expect(cutOffTime(cells, { days, target: 0 })).toBe(cells[1]);
    expect(cutOffTime(["x", ...Array.from({ length: 40 }, (_, k) => `${k},000`)], { days, target: 0 })).toBe(
      "Đến 12/5/2030",
    );
    expect(firstFigure(`${"9,".repeat(50_000)}`)).toBeNull();
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
