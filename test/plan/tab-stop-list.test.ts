// A task list laid out with tab stops in Word ("1. ⇥ task ⇥ unit ⇥ time", the task's words wrapped by hand onto
// lines of their own, then "Phối hợp: …"): each tab starts a paragraph, so the unit and the time stand alone.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a list laid out with tab stops", () => {
  it("reads the unit alone on its line as the item's lead and the day alone as its deadline", () => {
    const plan = parse(
      [
        "II. PHÂN CÔNG",
        "1. Xây dựng bộ tiêu chí chấm điểm",
        "Sở Tư pháp",
        "15/6/2024",
        "thi đua khối cơ quan",
        "Phối hợp: Sở Y tế, Công an tỉnh.",
        "2. Tổ chức hội nghị tập huấn",
        "Sở Y tế",
        "Quý III/2024",
        "cho cán bộ cơ sở",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-06-15", ["Sở Tư pháp"], ["Sở Y tế", "Công an tỉnh"]],
      ["II.2", "2024-09-30", ["Sở Y tế"], []],
    ]);
  });

  it("leaves an item that writes its own deadline due then, and a unit alone under a section to no item", () => {
    const plan = parse(
      [
        "II. PHÂN CÔNG",
        "Sở Tư pháp",
        "1. Sở Y tế rà soát quy trình tiếp nhận hồ sơ, hoàn thành trước ngày 20/5/2024",
        "30/6/2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-05-19", ["Sở Y tế"], []]]);
  });

  it("reads the same list typed with its tabs as a list, never as a table's rows", () => {
    const plan = parse(
      [
        "II. PHÂN CÔNG",
        "STT\tNội dung công việc\tCơ quan chủ trì\tThời hạn",
        "1.\tLập danh mục hồ sơ điện tử\tSở Tư pháp\tTháng 5/2024",
        "\tcần số hóa của năm trước",
        "\tPhối hợp: Sở Y tế.",
        "2.\tRà soát quy chế\tSở Y tế\t20/6/2024",
        "\tvề văn thư, lưu trữ",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-05-31", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["II.2", "2024-06-20", ["Sở Y tế"], []],
    ]);
  });

  it("keeps a table typed with tabs a table: bare numbers, and a group's row naming it in capitals", () => {
    const plan = parse(
      [
        "II. PHÂN CÔNG",
        "STT\tNội dung công việc\tCơ quan chủ trì\tThời hạn",
        "\tNhóm 1: Thể chế",
        "1\tLập danh mục hồ sơ điện tử\tSở Tư pháp\tTháng 5/2024",
        "2\tRà soát quy chế\tSở Y tế\t20/6/2024",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["1", "2"]);
  });
});
