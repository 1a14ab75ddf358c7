// A decision handing out targets ("giao chỉ tiêu") sets them in a table of figures per unit with the time to reach
// them, and no column saying what is done: each unit's row is its task, led by the unit, titled by the targets the
// table's title names with the row's own figures, due by its time; group rows number the units anew under them.
// A table of figures with no time (a report's counts) or of samples (quotas) gives no task.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { withUnitTargets } from "../../src/plan/unit-targets.ts";
import type { Block } from "../../src/plan/document.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { parse, tasks } from "../support/text-plans.ts";

const decision = (table: string[]) =>
  parse(
    [
      "QUYẾT ĐỊNH:",
      "Điều 1. Giao chỉ tiêu năm 2026 cho các cơ quan, đơn vị (chi tiết tại Phụ lục kèm theo).",
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
      ...table,
    ].join("\n"),
    { directory: THAI_NGUYEN_2025, issued: "2026-02-10" },
  );

describe("a table of targets per unit with the time to reach them", () => {
  it("reads each unit's row as its task, numbered within its group, due by its time", () => {
    const plan = decision([
      "PHỤ LỤC",
      "CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026",
      "(Kèm theo Quyết định số 310/QĐ-UBND ngày 10/02/2026 của UBND tỉnh)",
      "STT\tCơ quan, đơn vị\tVăn bản ký số (%)\tHồ sơ xử lý trên môi trường mạng (%)\tThời hạn hoàn thành",
      "I\tCÁC SỞ, BAN, NGÀNH",
      "1\tSở Y tế\t100\t95\tTrước ngày 30/6/2026",
      "2\tSở Tư pháp\t98\t90\tTrước ngày 30/6/2026",
      "II\tCÁC CƠ QUAN NGÀNH DỌC",
      "1\tCông an tỉnh\t100\t-\tQuý III/2026",
    ]);
    expect(tasks(plan)).toEqual([
      ["I.1", "2026-06-29", ["Sở Y tế"], []],
      ["I.2", "2026-06-29", ["Sở Tư pháp"], []],
      ["II.1", "2026-09-30", ["Công an tỉnh"], []],
    ]);
    const titles = plan.tasks.filter((t) => t.kind === "task").map((t) => t.title);
    expect(titles[0]).toBe("Chỉ tiêu chuyển đổi số năm 2026: Văn bản ký số 100%; Hồ sơ xử lý trên môi trường mạng 95%");
    // A unit given no figure in a column ("-") is given no target there.
    expect(titles[2]).toBe("Chỉ tiêu chuyển đổi số năm 2026: Văn bản ký số 100%");
  });

  it("reads other titles and figures alike: 'TT | Đơn vị | Tỷ lệ … | Thời gian', '≥ 90%', one numbering", () => {
    const plan = decision([
      "Phụ lục II: Giao chỉ tiêu thanh toán trực tuyến năm 2026",
      "TT\tĐơn vị\tTỷ lệ thanh toán trực tuyến\tSố hồ sơ số hóa (hồ sơ)\tThời gian hoàn thành",
      "1\tUBND xã Phú Lương\t≥ 90%\t1.250\tTháng 10/2026",
      "2\tSở Xây dựng\t85%\t300\tQuý IV/2026",
    ]);
    expect(tasks(plan)).toEqual([
      ["1", "2026-10-31", ["?UBND xã Phú Lương"], []],
      ["2", "2026-12-31", ["Sở Xây dựng"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "1")?.title).toBe(
      "Giao chỉ tiêu thanh toán trực tuyến năm 2026: Tỷ lệ thanh toán trực tuyến ≥ 90%; Số hồ sơ số hóa 1.250 hồ sơ",
    );
  });

  it("reads a workbook's targets sheet, a note column kept beside the targets", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Chỉ tiêu");
    sheet.addRow(["UBND TỈNH THÁI NGUYÊN"]);
    sheet.addRow(["Số: 45/QĐ-UBND", "", "Thái Nguyên, ngày 05 tháng 3 năm 2026"]);
    sheet.addRow(["BẢNG GIAO CHỈ TIÊU DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2026"]);
    sheet.addRow([
      "STT",
      "Cơ quan, đơn vị",
      "Hồ sơ trực tuyến (%)",
      "Thanh toán trực tuyến (%)",
      "Thời hạn",
      "Ghi chú",
    ]);
    sheet.addRow([1, "Sở Nội vụ", 90, 80, "31/10/2026", ""]);
    sheet.addRow([2, "Sở Tài chính", 95, 85, "30/11/2026", "Cả hai chỉ tiêu"]);
    const parsed = await parsePlanBuffer(Buffer.from(await book.xlsx.writeBuffer()), {
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(tasks(parsed.value)).toEqual([
      ["1", "2026-10-31", ["Sở Nội vụ"], []],
      ["2", "2026-11-30", ["Sở Tài chính"], []],
    ]);
    expect(parsed.value.tasks[0]?.title).toBe(
      "Bảng giao chỉ tiêu dịch vụ công trực tuyến năm 2026: Hồ sơ trực tuyến 90%; Thanh toán trực tuyến 80%",
    );
  });

  it("gives no task from figures with no time to reach them, nor from samples per unit", () => {
    const table = (header: string, rows: string[]): Block[] => [
      { type: "row", cells: header.split("|") },
      ...rows.map((r): Block => ({ type: "row", cells: r.split("|") })),
    ];
    const counts = table("STT|Cơ quan, đơn vị|Hồ sơ tiếp nhận|Hồ sơ đúng hạn", ["1|Sở Y tế|120|118"]);
    const samples = table("STT|Đơn vị|Số mẫu chính thức|Số mẫu dự phòng|Thời hạn gửi", ["1|Sở Y tế|20|5|15/3/2026"]);
    const words = table("STT|Cơ quan, đơn vị|Kết quả|Thời hạn", ["1|Sở Y tế|Đạt yêu cầu|Quý I/2026"]);
    for (const blocks of [counts, samples, words]) expect(withUnitTargets(blocks)).toEqual(blocks);
  });

  it("reads a workbook's summary sheet of counts per unit as no targets: its tasks are the list sheet's, numbered from 1", async () => {
    const book = new ExcelJS.Workbook();
    const cover = book.addWorksheet("Trang bìa");
    cover.addRow(["UBND TỈNH THÁI NGUYÊN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    cover.addRow(["Số: 77/KH-UBND", "", "Thái Nguyên, ngày 12 tháng 3 năm 2026"]);
    cover.addRow(["KẾ HOẠCH"]);
    cover.addRow(["Cải cách thủ tục hành chính năm 2026"]);
    cover.addRow(["Nhiệm vụ cụ thể tại Biểu 2; số nhiệm vụ của mỗi cơ quan tại Biểu 1."]);
    const counts = book.addWorksheet("Thống kê");
    counts.addRow(["Biểu 1"]);
    counts.addRow(["THỐNG KÊ NHIỆM VỤ THEO ĐƠN VỊ"]);
    counts.addRow(["STT", "Đơn vị chủ trì", "Số nhiệm vụ", "Có thời hạn", "Thường xuyên"]);
    counts.addRow([1, "Sở Xây dựng", 2, 1, 1]);
    counts.addRow([2, "Sở Công Thương", 1, 1, 0]);
    counts.addRow([]);
    counts.addRow(["STT", "Thời hạn hoàn thành", "Số nhiệm vụ"]);
    counts.addRow([1, "Quý II/2026", 1]);
    counts.addRow([2, "Quý IV/2026", 1]);
    const list = book.addWorksheet("Danh mục");
    list.addRow(["Biểu 2"]);
    list.addRow(["DANH MỤC NHIỆM VỤ"]);
    list.addRow(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]);
    list.addRow([1, "Rà soát quy trình cấp phép xây dựng", "Sở Xây dựng", "Sở Tư pháp", "30/6/2026"]);
    list.addRow([2, "Hướng dẫn cấp phép xây dựng trực tuyến", "Sở Xây dựng", "", "Thường xuyên"]);
    list.addRow([3, "Công khai thủ tục cấp giấy phép kinh doanh", "Sở Công Thương", "", "15/12/2026"]);
    const parsed = await parsePlanBuffer(Buffer.from(await book.xlsx.writeBuffer()), {
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.plan.number).toBe("77/KH-UBND");
    expect(tasks(parsed.value)).toEqual([
      ["1", "2026-06-30", ["Sở Xây dựng"], ["Sở Tư pháp"]],
      ["2", null, ["Sở Xây dựng"], []],
      ["3", "2026-12-15", ["Sở Công Thương"], []],
    ]);
    expect(parsed.value.tasks.map((t) => t.title)).not.toContain(expect.stringContaining("Số nhiệm vụ"));
  });

  it("reads a long summary of counts under a time column of figures as no targets, in bounds", () => {
    const header: Block = { type: "row", cells: ["STT", "Đơn vị", "Số nhiệm vụ", "Có thời hạn"] };
    const rows = Array.from({ length: 1500 }, (_, k): Block => ({
      type: "row",
      cells: [String(k + 1), "Sở Y tế", String(k % 7), k % 3 ? String(k % 5) : ""],
    }));
    const start = performance.now();
    expect(withUnitTargets([header, ...rows])).toEqual([header, ...rows]);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it("reads a long table and a huge figure cell in bounds", () => {
    const header: Block = { type: "row", cells: ["STT", "Cơ quan, đơn vị", "Tỷ lệ (%)", "Thời hạn hoàn thành"] };
    const rows = Array.from({ length: 4000 }, (_, k): Block => ({
      type: "row",
      cells: [String(k + 1), "Sở Y tế", "95", "Quý IV/2026"],
    }));
    const huge: Block = { type: "row", cells: ["4001", "Sở Y tế", "9".repeat(100_000), "Quý IV/2026"] };
    const title: Block = { type: "text", text: "CHỈ TIÊU ".repeat(12_000) };
    const start = performance.now();
    const read = withUnitTargets([title, header, ...rows]);
    expect(read).toHaveLength(4002);
    expect(withUnitTargets([title, header, ...rows, huge])).toHaveLength(4003);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
