// A task's fields set out in a borderless two-column table under its heading ("Đơn vị thực hiện: | …",
// "Thời gian: | …"): label lines of the heading above, in text, Word and PDF alike.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import type { Line } from "../../src/plan/pdf/lines.ts";
import { paragraphsOf } from "../../src/plan/pdf/paragraphs.ts";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { blocksOf, paragraph, rawDocx, table } from "../support/ooxml.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("a heading over a table of its fields, in text (cells after tabs)", () => {
  it("is a task titled by the heading, its units and time from the table's rows", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Số hóa sổ hộ tịch lưu trữ tại cấp xã",
        "Đơn vị thực hiện:\tSở Tư pháp chủ trì; Sở Nội vụ phối hợp.",
        "Thời gian:\tQuý III/2024.",
        "2. Tập huấn kỹ năng số cho công chức một cửa",
        "Nội dung gồm khai thác cơ sở dữ liệu và ký số.",
        "Đơn vị thực hiện:\tSở Nội vụ.",
        "Thời gian:\tTrước ngày 15/11/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-09-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["II.2", "2024-11-14", ["Sở Nội vụ"], []],
    ]);
    expect(plan.tasks.filter((t) => t.kind === "task").map((t) => t.title)).toEqual([
      "Số hóa sổ hộ tịch lưu trữ tại cấp xã",
      "Tập huấn kỹ năng số cho công chức một cửa",
    ]);
  });
});

describe("a label alone on its line, its value on the line below", () => {
  it("takes that line as its value, as a table's cells read one after the other give them", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Số hóa sổ hộ tịch lưu trữ tại cấp xã",
        "Đơn vị thực hiện:",
        "Sở Tư pháp chủ trì; Sở Nội vụ phối hợp.",
        "Thời gian:",
        "Quý III/2024.",
        "2. Tập huấn kỹ năng số cho công chức một cửa",
        "Thời gian:",
        "Trước ngày 15/11/2024.",
        "Sở Nội vụ chủ trì tổ chức các lớp tập huấn.",
      ].join("\n"),
    );
    // The paragraph after item 2's time says who does it: its lead ("result-dash", a heading dated by a line).
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-09-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["II.2", "2024-11-14", ["Sở Nội vụ"], []],
    ]);
  });
});

describe("a borderless Word table of a task's fields", () => {
  const heading = table(
    [
      ["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Số: 40/KH-UBND", "Thái Nguyên, ngày 05 tháng 3 năm 2024"],
    ],
    { borders: false },
  );
  const fields = (unit: string, time: string) =>
    table(
      [
        ["Đơn vị thực hiện:", unit],
        ["Thời gian:", time],
      ],
      { borders: false },
    );
  const body = [
    heading,
    paragraph("KẾ HOẠCH"),
    paragraph("II. NHIỆM VỤ"),
    paragraph("1. Số hóa sổ hộ tịch lưu trữ tại cấp xã"),
    fields("Sở Tư pháp chủ trì; Sở Nội vụ phối hợp.", "Quý III/2024."),
    paragraph("2. Tập huấn kỹ năng số cho công chức một cửa"),
    fields("Sở Nội vụ.", "Trước ngày 15/11/2024."),
  ].join("");

  it("keeps each label beside its value, as a row, not the page's layout read cell after cell", async () => {
    const blocks = blocksOf(readDocxPlan(await rawDocx({ body })));
    expect(blocks.slice(-5)).toEqual([
      ["Đơn vị thực hiện:", "Sở Tư pháp chủ trì; Sở Nội vụ phối hợp."],
      ["Thời gian:", "Quý III/2024."],
      "2. Tập huấn kỹ năng số cho công chức một cửa",
      ["Đơn vị thực hiện:", "Sở Nội vụ."],
      ["Thời gian:", "Trước ngày 15/11/2024."],
    ]);
  });

  it("gives the heading above its units and time", async () => {
    const read = readDocxPlan(await rawDocx({ body }));
    if (!read.ok) throw new Error(read.error.code);
    const parsed = parsePlan(read.document, THAI_NGUYEN, shippedCalendar);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(tasks(parsed.plan)).toEqual([
      ["II.1", "2024-09-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["II.2", "2024-11-14", ["Sở Nội vụ"], []],
    ]);
  });
});

describe("a borderless table of a task's fields printed to PDF", () => {
  const piece = (text: string, x: number) => ({ text, x, right: x + text.length * 5.5, size: 12, font: "" });
  const at = (y: number, ...pieces: ReturnType<typeof piece>[]): Line => ({
    pieces,
    x: pieces[0]!.x,
    right: pieces.at(-1)!.right,
    y,
    size: 12,
    page: 0,
  });
  const margins = { left: 57, right: 560, limit: 560, pitch: 1.2 };

  it("reads each label with the value beside and under it, not the labels' column then the values'", () => {
    const lines = [
      at(100, piece("Đơn vị thực hiện:", 57), piece("Sở Tư pháp chủ trì; Sở Nội vụ, Sở Tài chính,", 200)),
      at(114.4, piece("UBND các huyện phối hợp.", 200)),
      at(128.8, piece("Thời gian:", 57), piece("Quý III/2024.", 200)),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "Đơn vị thực hiện: Sở Tư pháp chủ trì; Sở Nội vụ, Sở Tài chính, UBND các huyện phối hợp.",
      "Thời gian: Quý III/2024.",
    ]);
  });

  it("still reads columns of anything else (a header beside the motto) column by column", () => {
    const lines = [
      at(100, piece("ỦY BAN NHÂN DÂN", 70), piece("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 260)),
      at(114.4, piece("TỈNH THÁI NGUYÊN", 70), piece("Độc lập - Tự do - Hạnh phúc", 280)),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
    ]);
  });
});
