// A task table with no column of units (one made in Excel: STT | Nội dung | Sản phẩm | Thời hạn) says who does each
// task on lines of the task's own cell, under its words: "Chủ trì: …" leads, "Phối hợp: …" helps. Those lines are no
// part of the title, and each row's units are its own, never the row above's.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { cellUnits } from "../../src/plan/cell-unit-lines.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { paragraph, rawDocx, run, table } from "../support/ooxml.ts";
import { row as shown } from "../support/text-plans.ts";

/** A cell's lines as Excel's paste into Word writes them: one paragraph, a line break between lines. */
const lines = (...texts: string[]) => paragraph(texts.map((t) => run(t)).join("<w:r><w:br/></w:r>"));

/** The columns of a table with none for its units. */
const NO_UNITS = {};

const HEADER = ["STT", "Nội dung thực hiện", "Sản phẩm", "Thời hạn hoàn thành"];

async function plan(rows: string[][]) {
  const body =
    paragraph("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN") +
    paragraph("Số: 19/KH-UBND") +
    paragraph("Thái Nguyên, ngày 23 tháng 01 năm 2026") +
    paragraph("KẾ HOẠCH") +
    table([
      { cells: HEADER, header: true },
      ...rows.map(([ref, task, product, time]) => [ref!, task!, product!, time!]),
    ]);
  const read = readDocxPlan(await rawDocx({ body }));
  if (!read.ok) throw new Error(read.error.code);
  const parsed = parsePlan(read.document, THAI_NGUYEN_2025, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan.tasks.filter((t) => t.kind === "task");
}

describe("a task cell naming its units on lines under its words", () => {
  it("gives the title before the labels, the lead and the partners after them", () => {
    expect(
      cellUnits("Quán triệt kết quả Chỉ số PAPI Chủ trì: Sở Nội vụ Phối hợp: Sở Tư pháp; Công an tỉnh", NO_UNITS),
    ).toEqual({
      title: "Quán triệt kết quả Chỉ số PAPI",
      lead: "Sở Nội vụ",
      coordinators: "Sở Tư pháp; Công an tỉnh",
    });
    expect(cellUnits("Tổng hợp, báo cáo kết quả (gửi UBND tỉnh) Chủ trì: Sở Nội vụ", NO_UNITS)).toEqual({
      title: "Tổng hợp, báo cáo kết quả (gửi UBND tỉnh)",
      lead: "Sở Nội vụ",
      coordinators: "",
    });
  });

  it("is no such cell without a lead's label, with other labels after it, or beside a column of units", () => {
    expect(cellUnits("Quán triệt kết quả Chủ trì: Sở Nội vụ", { lead: 3 })).toBeNull();
    expect(cellUnits("Quán triệt kết quả Chỉ số PAPI", NO_UNITS)).toBeNull();
    expect(cellUnits("Quán triệt kết quả Phối hợp: Sở Tư pháp", NO_UNITS)).toBeNull();
    expect(cellUnits("Quán triệt kết quả Chủ trì: Sở Nội vụ Thời hạn: 30/6/2026", NO_UNITS)).toBeNull();
    // "Giao Sở Y tế chủ trì: …": the role in the task's own words, in lower case, is no label line.
    expect(cellUnits("Giao Sở Y tế chủ trì: khảo sát trạm y tế xã", NO_UNITS)).toBeNull();
  });

  it("reads each row's units from its own cell, in a Word table pasted from Excel", async () => {
    const tasks = await plan([
      [
        "1",
        lines("Quán triệt kết quả Chỉ số PAPI năm 2025", "Chủ trì: Sở Nội vụ", "Phối hợp: Sở Tư pháp"),
        "Hội nghị",
        "Trước 15/3/2026",
      ],
      [
        "2",
        lines(
          "Hướng dẫn người dân sử dụng VNeID",
          "Chủ trì: Công an tỉnh",
          "Phối hợp: Sở Khoa học và Công nghệ; Sở Y tế",
        ),
        "Báo cáo",
        "30/6/2026",
      ],
      ["3", lines("Tổng hợp, báo cáo kết quả", "(gửi UBND tỉnh)", "Chủ trì: Sở Nội vụ"), "Báo cáo", "10/12/2026"],
    ]);
    expect(tasks.map(shown)).toEqual([
      ["1", "2026-03-14", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2", "2026-06-30", ["Công an tỉnh"], ["Sở Khoa học và Công nghệ", "Sở Y tế"]],
      ["3", "2026-12-10", ["Sở Nội vụ"], []],
    ]);
    expect(tasks.map((t) => t.title)).toEqual([
      "Quán triệt kết quả Chỉ số PAPI năm 2025",
      "Hướng dẫn người dân sử dụng VNeID",
      "Tổng hợp, báo cáo kết quả (gửi UBND tỉnh)",
    ]);
  });

  it("reads thousands of such rows", async () => {
    const units = ["Sở Nội vụ", "Sở Tư pháp", "Công an tỉnh", "Sở Y tế"];
    const tasks = await plan(
      Array.from({ length: 2000 }, (_, k) => [
        String(k + 1),
        lines(`Rà soát hồ sơ nhóm ${k + 1}`, `Chủ trì: ${units[k % 4]}`, `Phối hợp: ${units[(k + 1) % 4]}`),
        "Báo cáo",
        "30/6/2026",
      ]),
    );
    expect(tasks).toHaveLength(2000);
    expect(tasks.slice(-2).map(shown)).toEqual([
      ["1999", "2026-06-30", ["Công an tỉnh"], ["Sở Y tế"]],
      ["2000", "2026-06-30", ["Sở Y tế"], ["Sở Nội vụ"]],
    ]);
    expect(tasks.at(-1)!.title).toBe("Rà soát hồ sơ nhóm 2000");
  });
});
