// A Gantt chart whose bars are coloured cells with no text: a textless filled cell reads as a mark ("x"), in a
// workbook (cell fills) and in a Word table (cell shading, RTF backgrounds), unless the colour only styles the row.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { fillMarks, isWeekdayRow, paints, weekdayOf } from "../../src/plan/fill-marks.ts";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { readXlsxPlan } from "../../src/plan/read-xlsx.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { blocksOf, rawDocx, table } from "../support/ooxml.ts";
import { rtf, u } from "./rtf/rtf-file.ts";

const texts = (rows: Record<number, string[]>) => new Map(Object.entries(rows).map(([r, c]) => [Number(r), c]));
const anywhere = () => true;

describe("fill marks", () => {
  it("marks a textless filled cell, not one coloured as its row's text, nor one a merge covers", () => {
    const fills = [
      { row: 2, column: 3, colour: "blue" },
      { row: 2, column: 4, colour: "blue" },
      { row: 1, column: 1, colour: "grey" },
      { row: 1, column: 2, colour: "grey" },
      { row: 3, column: 4, colour: "blue" },
    ];
    const merges = [{ top: 3, left: 3, bottom: 3, right: 4 }];
    const has = texts({ 2: ["1"], 1: ["STT"], 3: ["", "", "Quý I-II"] });
    expect(fillMarks(fills, merges, has, anywhere)).toEqual([
      { row: 2, column: 3 },
      { row: 2, column: 4 },
    ]);
  });

  it("marks every column a filled textless merge spans: one bar over several periods", () => {
    const merges = [{ top: 5, left: 2, bottom: 5, right: 4 }];
    expect(fillMarks([{ row: 5, column: 2, colour: "orange" }], merges, texts({ 5: ["1"] }), anywhere)).toEqual([
      { row: 5, column: 2 },
      { row: 5, column: 3 },
      { row: 5, column: 4 },
    ]);
  });

  it("takes white, automatic and transparent for no colour", () => {
    expect(["FFFFFFFF", "#ffffff", "auto", "transparent", undefined].map(paints)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(paints("#5b9bd5")).toBe(true);
  });

  it("reads a workbook's quarter bars, a shaded header and a banded row marking nothing", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Tiến độ");
    const solid = (argb: string) => ({ type: "pattern" as const, pattern: "solid" as const, fgColor: { argb } });
    const header = sheet.addRow(["TT", "Công việc", "Đơn vị thực hiện", "Quý I", "Quý II", "Quý III", "Quý IV", ""]);
    header.eachCell({ includeEmpty: true }, (c) => (c.fill = solid("FFD9D9D9")));
    const banded = sheet.addRow(["A", "NHÓM CÔNG VIỆC", "", "", "", "", ""]);
    for (let c = 1; c <= 7; c++) banded.getCell(c).fill = solid("FFEEEEEE");
    const task = sheet.addRow([1, "Lập hồ sơ", "Sở Xây dựng", "", "", "", ""]);
    task.getCell(5).fill = solid("FF70AD47");
    task.getCell(6).fill = solid("FF70AD47");
    const rows = blocksOf(readXlsxPlan(Buffer.from(await book.xlsx.writeBuffer())));
    expect(rows).toEqual([
      ["TT", "Công việc", "Đơn vị thực hiện", "Quý I", "Quý II", "Quý III", "Quý IV"],
      ["A", "NHÓM CÔNG VIỆC"],
      ["1", "Lập hồ sơ", "Sở Xây dựng", "", "x", "x"],
    ]);
  });

  it("marks no highlighted cell outside a period's column, nor a shaded separator row", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Phân công");
    const solid = (argb: string) => ({ type: "pattern" as const, pattern: "solid" as const, fgColor: { argb } });
    sheet.addRow(["STT", "Nhiệm vụ", "Sở Tài chính", "UBND huyện", "T5", "T6", "Ghi chú"]);
    const task = sheet.addRow([1, "Rà soát thủ tục", "CT", "", "", "", ""]);
    for (const c of [4, 6, 7]) task.getCell(c).fill = solid("FFFFFF00");
    const separator = sheet.addRow(["", "", "", "", "", "", ""]);
    for (let c = 1; c <= 7; c++) separator.getCell(c).fill = solid("FFBFBFBF");
    sheet.addRow([2, "Báo cáo", "CT", "", "", "", ""]);
    const rows = blocksOf(readXlsxPlan(Buffer.from(await book.xlsx.writeBuffer())));
    expect(rows).toEqual([
      ["STT", "Nhiệm vụ", "Sở Tài chính", "UBND huyện", "T5", "T6", "Ghi chú"],
      ["1", "Rà soát thủ tục", "CT", "", "", "x"],
      ["2", "Báo cáo", "CT"],
    ]);
  });

  it("marks a Word table's shaded cell under a week, not one under a unit nor a note", async () => {
    const shd = { content: "", tcPr: `<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>` };
    const body = table([
      ["STT", "Nội dung", "Sở Y tế", "Tuần 1", "Tuần 2", "Ghi chú"],
      ["1", "Khảo sát", shd, "", shd, shd],
    ]);
    const rows = blocksOf(readDocxPlan(await rawDocx({ body })));
    expect(rows.at(-1)).toEqual(["1", "Khảo sát", "", "", "x", ""]);
  });

  it("reads a Word table's shaded cells as marks, but not a row shaded throughout", async () => {
    const shd = (fill: string) => ({ content: "", tcPr: `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` });
    const body = table([
      ["STT", "Nội dung", "Chủ trì", "T1", "T2", "T3"],
      [{ ...shd("DDDDDD"), content: "I" }, { ...shd("DDDDDD"), content: "Nhóm" }, shd("DDDDDD"), "", "", ""],
      ["1", "Khảo sát", "Sở Y tế", shd("C5E0B3"), shd("C5E0B3"), ""],
    ]);
    const rows = blocksOf(readDocxPlan(await rawDocx({ body })));
    expect(rows.slice(-2)).toEqual([
      ["I", "Nhóm", "", "", "", ""],
      ["1", "Khảo sát", "Sở Y tế", "x", "x", ""],
    ]);
  });

  it("reads an RTF row's cell backgrounds (\\clcbpat) as marks", async () => {
    const cells = [1000, 4000, 5000, 6000, 7000];
    const row = (texts: string[], shaded: number[]) =>
      String.raw`\trowd` +
      cells.map((x, i) => `${shaded.includes(i) ? String.raw`\clcbpat2` : ""}\\cellx${x}`).join("") +
      texts.map((t) => String.raw`\pard\intbl ${u(t)}\cell`).join("") +
      String.raw`\row`;
    const body =
      String.raw`{\colortbl;\red0\green0\blue0;\red91\green155\blue213;}` +
      row(["STT", "Nội dung", "Quý I", "Quý II", "Quý III"], []) +
      row(["1", "Kiểm tra", "", "", ""], [3, 4]);
    const read = await readPlan(rtf(body));
    if (!read.ok) throw new Error(read.error.code);
    const last = read.document.blocks.at(-1)!;
    expect(last.type === "row" && last.cells).toEqual(["1", "Kiểm tra", "", "x", "x"]);
  });

  it("reads an RTF background that the colour table makes white as no mark, nor a workbook's indexed white", async () => {
    const row = (texts: string[], shaded: number) =>
      String.raw`\trowd` +
      [1000, 4000, 5000, 6000].map((x, i) => `${i >= 2 ? `\\clcbpat${shaded}` : ""}\\cellx${x}`).join("") +
      texts.map((t) => String.raw`\pard\intbl ${u(t)}\cell`).join("") +
      String.raw`\row`;
    const body =
      String.raw`{\colortbl;\red255\green255\blue255;\red91\green155\blue213;}` +
      row(["STT", "Nội dung", "T1", "T2"], 0) +
      row(["1", "Kiểm tra", "", ""], 1) +
      row(["2", "Tổng hợp", "", ""], 2);
    const read = await readPlan(rtf(body));
    if (!read.ok) throw new Error(read.error.code);
    const rows = read.document.blocks.flatMap((b) => (b.type === "row" ? [b.cells] : []));
    expect(rows.slice(-2)).toEqual([
      ["1", "Kiểm tra", "", ""],
      ["2", "Tổng hợp", "x", "x"],
    ]);
    expect(["indexed1", "indexed9", "indexed10"].map(paints)).toEqual([false, false, true]);
  });

  it("reads a large sheet of fills whole", () => {
    const fills = Array.from({ length: 55_000 }, (_, i) => ({
      row: Math.floor(i / 11) + 1,
      column: (i % 11) + 2,
      colour: "c",
    }));
    const rows = texts(Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [i + 1, [`${i + 1}`]])));
    const marks = fillMarks(fills, [{ top: 1, left: 2, bottom: 1, right: 12 }], rows, anywhere);
    expect(marks.length).toBe(55_000);
  });
});

// One weekday rule for a calendar's weekday row and for the weekday MS Project writes before a date.
describe("a weekday label", () => {
  it("names its day, Sunday 0, in Vietnamese and English, short or whole", () => {
    const read = (labels: string[]) => labels.map(weekdayOf);
    expect(read(["t2", "th 3", "thu 4", "thu nam", "thu sau.", "t7", "cn", "chu nhat"])).toEqual([
      1, 2, 3, 4, 5, 6, 0, 0,
    ]);
    expect(read(["mon", "tue", "wed", "thu", "fri", "sat", "sun", "thursday", "saturday"])).toEqual([
      1, 2, 3, 4, 5, 6, 0, 4, 6,
    ]);
    expect(read(["t8", "thu", "ngay", "tuesdays", "monsday"])).toEqual([null, 4, null, null, null]);
  });

  it("tells a calendar's weekday row, Vietnamese or English", () => {
    expect(isWeekdayRow(["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"])).toBe(true);
    expect(isWeekdayRow(["T2", "T3", "T4", "T5", "T6", "T7", "CN"])).toBe(true);
    expect(isWeekdayRow(["T1", "T2", "T3", "T4"])).toBe(false);
  });
});
