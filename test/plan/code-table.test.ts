// A plan whose unit cells hold codes ("SNV", "VPUB; UBH") picked from a dropdown explains them in a table of its own
// ("Mã | Tên đơn vị", on a second sheet or under the task table): each code is the unit the table names.
import { describe, expect, it } from "vitest";
import { readCodeTables } from "../../src/plan/code-table.ts";
import type { Block } from "../../src/plan/document.ts";
import { names, parse, tasks } from "../support/text-plans.ts";

const row = (...cells: string[]): Block => ({ type: "row", cells });
const text = (t: string): Block => ({ type: "text", text: t });

describe("a table of unit codes", () => {
  it("gives each code its unit, a number column beside them, and leaves the plan without its rows", () => {
    const read = readCodeTables([
      text("Bảng mã"),
      row("STT", "Ký hiệu", "Tên cơ quan, đơn vị"),
      row("1", "SYT", "Sở Y tế"),
      row("2", "UBH", "UBND các huyện, thành phố"),
      row("3", "SBN", "Các sở, ban, ngành tỉnh"),
      text("Nơi nhận:"),
    ]);
    expect([...read.codes]).toEqual([
      ["SYT", "Sở Y tế"],
      ["UBH", "UBND các huyện, thành phố"],
      ["SBN", "Các sở, ban, ngành tỉnh"],
    ]);
    expect(read.blocks).toEqual([text("Bảng mã"), text("Nơi nhận:")]);
  });

  it("is no table whose rows are not codes with names, nor a header alone", () => {
    const blocks = [row("Mã", "Tên đơn vị"), row("việc chung", "làm theo kế hoạch"), row("Ký hiệu", "Ý nghĩa")];
    expect(readCodeTables(blocks)).toEqual({ codes: new Map(), blocks });
    const tasksTable = [row("STT", "Nội dung", "Chủ trì", "Thời hạn"), row("1", "SYT", "Sở Y tế", "30/6/2025")];
    expect(readCodeTables(tasksTable).codes.size).toBe(0);
  });

  it("reads the task table's codes as the units the table under it names", () => {
    const plan = parse(
      [
        "STT\tNội dung\tChủ trì\tPhối hợp\tThời hạn",
        "1\tTuyên truyền cải cách hành chính\tVPUB\tĐPT, BĐ\t31/05/2024",
        "2\tKiểm tra công tác nội vụ\tSNV\tCA; VPUB\t30/06/2024",
        "Ghi chú:",
        "Chữ viết tắt\tTên đầy đủ",
        "VPUB\tVăn phòng UBND tỉnh",
        "ĐPT\tĐài Phát thanh và Truyền hình Thái Nguyên",
        "BĐ\tBưu điện tỉnh",
        "SNV\tSở Nội vụ",
        "CA\tCông an tỉnh",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-31", ["Văn phòng UBND tỉnh"], ["Đài Phát thanh - Truyền hình tỉnh", "Bưu điện tỉnh"]],
      ["2", "2024-06-30", ["Sở Nội vụ"], ["Công an tỉnh", "Văn phòng UBND tỉnh"]],
    ]);
  });

  it("takes a group's code written with a comma whole, before the code inside it", () => {
    // An office shortens "UBND các huyện, thành phố" to "Huyện, TP" while "TP" alone is the city's council: the cell
    // "Huyện, TP" is the group, never "Huyện" and the city.
    const read = readCodeTables([
      row("TT", "Ký hiệu", "Tên cơ quan, đơn vị"),
      row("1", "SYT", "Sở Y tế"),
      row("2", "TP", "UBND thành phố Thái Nguyên"),
      row("3", "Huyện, TP", "UBND các huyện, thành phố"),
    ]);
    expect(read.codes.get("Huyện, TP")).toBe("UBND các huyện, thành phố");
    const plan = parse(
      [
        "STT\tNội dung\tChủ trì\tPhối hợp\tThời hạn",
        "1\tKiểm tra an toàn thực phẩm\tSYT\tHuyện, TP\t30/06/2024",
        "Ký hiệu\tTên cơ quan, đơn vị",
        "SYT\tSở Y tế",
        "TP\tUBND thành phố Thái Nguyên",
        "Huyện, TP\tUBND các huyện, thành phố",
      ].join("\n"),
    );
    const [task] = plan.tasks.filter((t) => t.kind === "task");
    expect(names(task!.coordinators)).toEqual(
      names(
        parse("1. Phối hợp với UBND các huyện, thành phố kiểm tra an toàn thực phẩm trước ngày 30/6/2024.").tasks[0]!
          .coordinators,
      ),
    );
    expect(task!.coordinators.every((u) => u.resolved && u.kind === "district")).toBe(true);
  });

  it("reads a table of many codes written with commas whole", () => {
    const codes = Array.from(
      { length: 4_000 },
      (_, i) => `Nhóm ${i}, TP\t${i === 3_999 ? "Sở Y tế tỉnh Thái Nguyên" : `Các đơn vị nhóm ${i}`}`,
    );
    const plan = parse(
      [
        "STT\tNội dung\tChủ trì\tPhối hợp\tThời hạn",
        "1\tKiểm tra an toàn thực phẩm\tNhóm 3999, TP\tNhóm 7, TP\t30/06/2024",
        "Ký hiệu\tTên cơ quan, đơn vị",
        ...codes,
      ].join("\n"),
    );
    expect(codes.join("\n").length).toBeGreaterThan(100_000);
    expect(tasks(plan)).toEqual([["1", "2024-06-30", ["Sở Y tế"], ["?Các đơn vị nhóm 7"]]]);
  });

  it("reads a table of many codes whole", () => {
    const codes = Array.from({ length: 10_000 }, (_, i) => `DV${i}\t${i === 9_999 ? "Sở Y tế" : `Đơn vị số ${i}`}`);
    const plan = parse(
      [
        "STT\tNội dung\tChủ trì\tPhối hợp\tThời hạn",
        "1\tKiểm tra an toàn thực phẩm\tDV9999\tDV0; DV1234\t30/06/2024",
        "DANH MỤC MÃ ĐƠN VỊ",
        "Mã\tTên đơn vị",
        ...codes,
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", "2024-06-30", ["Sở Y tế"], ["?Đơn vị số 0", "?Đơn vị số 1234"]]]);
  });
});
