// A plan scheduled in MS Project and its task sheet pasted into the plan (Project's columns: outline levels, durations,
// start and finish, predecessors, resource names) is read as a task table: each task due on its Finish, its first
// resource leading, the others partners; the project and its phases, which only sum the rows under them, no tasks.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { withProjectTables } from "../../src/plan/project-table.ts";
import { parse, tasks } from "../support/text-plans.ts";

const row = (...cells: string[]): Block => ({ type: "row", cells });
const cellsOf = (blocks: Block[]) => blocks.map((b) => (b.type === "row" ? b.cells : b.text));

describe("an MS Project sheet in a plan", () => {
  it("reads a Vietnamese Project sheet: Finish due, first resource leads, deeper levels make a summary", () => {
    const plan = parse(
      [
        "Mã\tCấp\tTên Tác vụ\tThời lượng\tBắt đầu\tKết thúc\tTác vụ trước\tTài nguyên",
        "1\t1\tChuẩn bị tổ chức Hội chợ\t12 ngày\tT4 01/05/24\tT5 16/05/24\t\t",
        "2\t2\tXây dựng phương án tổ chức\t4 ngày\tT4 01/05/24\tCN 05/05/24\t\tSở Công Thương;Sở Tài chính;Công an tỉnh",
        "3\t2\tMời doanh nghiệp tham gia\t0 ngày\tT5 16/05/24\tT5 16/05/24\t2\tSở Công Thương",
        "4\t1\tKhai mạc Hội chợ\t1 ngày\tT6 24/05/24\tT6 24/05/24\t3\tUBND thành phố Thái Nguyên",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["2", "2024-05-05", ["Sở Công Thương"], ["Sở Tài chính", "Công an tỉnh"]],
      ["3", "2024-05-16", ["Sở Công Thương"], []],
      ["4", "2024-05-24", ["UBND thành phố Thái Nguyên"], []],
    ]);
  });

  it("reads English Project's month-first dates by the weekday before them, and its resources joined by a comma", () => {
    const plan = parse(
      [
        "ID\tTask Name\tDuration\tStart\tFinish\tPredecessors\tResource Names",
        "1\tPhase 1\t9 days\tMon 4/1/24\tThu 4/11/24\t\t",
        "2\tSurvey the one-stop desks\t4 days\tMon 4/1/24\tThu 4/4/24\t\tSở Nội vụ,Sở Tài chính[50%]",
        "3\tTrain officers\t5 days\tFri 4/5/24\tThu 4/11/24\t2\tUBND các xã, phường",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["2", "2024-04-04", ["Sở Nội vụ"], ["Sở Tài chính"]],
      ["3", "2024-04-11", ["?UBND cấp xã"], []],
    ]);
  });

  it("tells summaries by WBS numbers, and numbers the tasks by them when there is no ID", () => {
    const blocks = [
      row("WBS", "Task Name", "Duration", "Start", "Finish", "Resource Names"),
      row("1", "Giai đoạn 1", "10 ngày", "02/09/2024", "13/09/2024", ""),
      row("1.1", "Lập danh mục", "10 ngày", "02/09/2024", "13/09/2024", "Sở Nội vụ"),
      row("2", "Tổng kết", "1 ngày", "30/09/2024", "30/09/2024", "Sở Nội vụ"),
    ];
    expect(cellsOf(withProjectTables(blocks)).slice(1)).toEqual([
      ["1.1", "Lập danh mục", "Sở Nội vụ", "", "13/09/2024"],
      ["2", "Tổng kết", "Sở Nội vụ", "", "30/09/2024"],
    ]);
  });

  it("reads a row with no resource as a task when the rows after it end before it does", () => {
    // A phase ends when the last task under it ends; a task of its own may simply have no resource yet.
    const plan = parse(
      [
        "ID\tTên công việc\tThời lượng\tBắt đầu\tKết thúc\tCông việc trước\tTên tài nguyên",
        "1\tKhảo sát địa điểm\t22 ngày\tT2 02/03/26\tT3 31/03/26\t\t",
        "2\tLập dự toán\t5 ngày\tT2 02/03/26\tT6 06/03/26\t\tSở Tài chính",
        "3\tMời doanh nghiệp\t5 ngày\tT2 09/03/26\tT6 13/03/26\t2\tSở Công Thương",
        "4\tGiai đoạn 2\t5 ngày\tT2 06/04/26\tT6 10/04/26\t\t",
        "5\tTổ chức hội chợ\t3 ngày\tT2 06/04/26\tT4 08/04/26\t3\tSở Công Thương",
        "6\tTổng kết\t1 ngày\tT6 10/04/26\tT6 10/04/26\t5\tSở Công Thương",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2026-03-31", [], []],
      ["2", "2026-03-06", ["Sở Tài chính"], []],
      ["3", "2026-03-13", ["Sở Công Thương"], []],
      ["5", "2026-04-08", ["Sở Công Thương"], []],
      ["6", "2026-04-10", ["Sở Công Thương"], []],
    ]);
  });

  it("leaves a plan's own table with start and end columns as it is", () => {
    const blocks = [
      row("TT", "Nội dung công việc", "Bắt đầu", "Kết thúc", "Đơn vị chủ trì"),
      row("1", "Tổ chức hội nghị", "01/03/2024", "15/03/2024", "Sở Nội vụ"),
    ];
    expect(withProjectTables(blocks)).toEqual(blocks);
  });

  it("reads 20,000 rows with no resource and no levels, each starting and ending with the next", () => {
    const blocks: Block[] = [row("ID", "Tên công việc", "Thời lượng", "Bắt đầu", "Kết thúc", "Tên tài nguyên")];
    for (let i = 0; i < 20_000; i++) blocks.push(row(`${i}`, `Việc ${i}`, "5 ngày", "T2 02/03/26", "T6 06/03/26", ""));
    expect(cellsOf(withProjectTables(blocks)).slice(1)).toEqual([["19999", "Việc 19999", "", "", "06/03/2026"]]);
  });

  it("reads a sheet of 20,000 tasks under 2,000 phases", () => {
    const blocks: Block[] = [row("ID", "Outline Level", "Tên công việc", "Thời lượng", "Kết thúc", "Tên tài nguyên")];
    for (let phase = 0; phase < 2_000; phase++) {
      blocks.push(row(`${phase * 11}`, "1", `Giai đoạn ${phase}`, "10 ngày", "T6 27/03/26", ""));
      for (let task = 1; task <= 10; task++)
        blocks.push(row(`${phase * 11 + task}`, "2", `Việc ${task}`, "1 ngày", "T6 27/03/26", "Sở Y tế;Sở Nội vụ"));
    }
    const out = withProjectTables(blocks);
    expect(out).toHaveLength(20_001);
    expect(cellsOf(out)[20_000]).toEqual(["21999", "Việc 10", "Sở Y tế", "Sở Nội vụ", "27/03/2026"]);
  });
});
