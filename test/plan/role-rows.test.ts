// A table of one row per task and unit, a role column saying whether the unit leads or helps: one task per code.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";
import { withRoleRows } from "../../src/plan/role-rows.ts";
import type { Block } from "../../src/plan/document.ts";
import { roleRows } from "../support/large-inputs.ts";

const EXPORT = (table: string[]) =>
  [
    "PHẦN MỀM QUẢN LÝ NHIỆM VỤ - UBND TỈNH BẮC KẠN",
    "Văn bản giao nhiệm vụ: Kế hoạch số 88/KH-UBND ngày 10/3/2025 của UBND tỉnh Bắc Kạn về cải cách hành chính",
    "Ngày xuất: 02/04/2025",
    ...table,
  ].join("\n");
const cellsOf = (blocks: Block[]) => blocks.map((b) => (b.type === "row" ? b.cells : b.text));

describe("rows by task and unit", () => {
  it("gather a task's rows by its code: leads from 'Chủ trì' rows, partners from 'Phối hợp' rows", () => {
    const plan = parse(
      EXPORT([
        "Mã công việc\tTên nhiệm vụ\tCơ quan\tVai trò\tHạn xử lý",
        "CV-07\tRà soát thủ tục hành chính nội bộ\tSở Nội vụ\tPhối hợp\t30/06/2025",
        "CV-03\tCập nhật cơ sở dữ liệu cán bộ\tSở Nội vụ\tChủ trì\t15/05/2025",
        "CV-07\tRà soát thủ tục hành chính nội bộ\tSở Tư pháp\tChủ trì\t30/06/2025",
        "CV-03\tCập nhật cơ sở dữ liệu cán bộ\tSở Y tế\tChủ trì\t15/05/2025",
        "CV-07\tRà soát thủ tục hành chính nội bộ\tVăn phòng UBND tỉnh\tPhối hợp\t30/06/2025",
        "CV-10\tTổng kết công tác năm 2025\tVăn phòng UBND tỉnh\tChủ trì\t20/12/2025",
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["CV-03", "2025-05-15", ["Sở Nội vụ", "Sở Y tế"], []],
      ["CV-07", "2025-06-30", ["Sở Tư pháp"], ["Sở Nội vụ", "Văn phòng UBND tỉnh"]],
      ["CV-10", "2025-12-20", ["Văn phòng UBND tỉnh"], []],
    ]);
  });

  it("gather by title where no code names the task, counting tasks where a row number counts rows", () => {
    const blocks: Block[] = [
      { type: "row", cells: ["STT", "Nội dung", "Đơn vị", "Vai trò", "Thời hạn"] },
      { type: "row", cells: ["1", "Tập huấn", "Sở Y tế", "Phối hợp", "Quý II"] },
      { type: "row", cells: ["2", "Tập huấn", "Sở Nội vụ", "Chủ trì", "Quý II"] },
      { type: "row", cells: ["3", "Kiểm tra", "Sở Nội vụ", "CT", "Quý III"] },
    ];
    expect(cellsOf(withRoleRows(blocks))).toEqual([
      ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"],
      ["1", "Tập huấn", "Sở Nội vụ", "Sở Y tế", "Quý II"],
      ["2", "Kiểm tra", "Sở Nội vụ", "", "Quý III"],
    ]);
  });

  it("keep apart the same words due at two times, and read 'Tham gia' as helping", () => {
    const blocks: Block[] = [
      { type: "row", cells: ["STT", "Nội dung", "Đơn vị", "Vai trò", "Thời hạn"] },
      { type: "row", cells: ["1", "Báo cáo sơ kết", "Sở Nội vụ", "Chủ trì", "30/6/2025"] },
      { type: "row", cells: ["2", "Báo cáo sơ kết", "Sở Nội vụ", "Chủ trì", "31/12/2025"] },
      { type: "row", cells: ["3", "Báo cáo sơ kết", "Sở Tư pháp", "Tham gia", "31/12/2025"] },
    ];
    expect(cellsOf(withRoleRows(blocks)).slice(1)).toEqual([
      ["1", "Báo cáo sơ kết", "Sở Nội vụ", "", "30/6/2025"],
      ["2", "Báo cáo sơ kết", "Sở Nội vụ", "Sở Tư pháp", "31/12/2025"],
    ]);
  });

  it("leave a table whose role cells say something else, and a code shared by tasks of different words", () => {
    const other: Block[] = [
      { type: "row", cells: ["Mã", "Nội dung", "Đơn vị", "Vai trò", "Thời hạn"] },
      { type: "row", cells: ["A", "Tập huấn", "Sở Y tế", "Thành viên", "Quý II"] },
      { type: "row", cells: ["B", "Kiểm tra", "Sở Nội vụ", "Chủ trì", "Quý III"] },
    ];
    expect(withRoleRows(other)).toBe(other);
    const shared: Block[] = [
      { type: "row", cells: ["Mã", "Nội dung", "Đơn vị", "Vai trò", "Thời hạn"] },
      { type: "row", cells: ["2", "Kiểm đếm (Dự án 1)", "Sở Y tế", "Chủ trì", "Quý II"] },
      { type: "row", cells: ["2", "Kiểm đếm (Dự án 2)", "Sở Nội vụ", "Chủ trì", "Quý III"] },
    ];
    expect(cellsOf(withRoleRows(shared)).slice(1)).toEqual([
      ["2", "Kiểm đếm (Dự án 1)", "Sở Y tế", "", "Quý II"],
      ["2", "Kiểm đếm (Dự án 2)", "Sở Nội vụ", "", "Quý III"],
    ]);
  });

  it("gather a large export into one row per task", () => {
    const out = withRoleRows(roleRows(10000));
    expect(out).toHaveLength(10001);
    expect(cellsOf(out)[10000]).toEqual(["NV-10000", "Việc số 10000", "Sở Nội vụ", "Sở Tư pháp", "31/12/2025"]);
  });
});
