// A row's note that says its time was moved ("Thời gian điều chỉnh theo Công văn …: hoàn thành trước ngày 15/7/2024",
// "Gia hạn đến …", "Lùi thời hạn sang …", "Thời hạn mới: …") gives the row its deadline, not the time cell; the date
// of the document cited for the move is none, and a note saying no move leaves the time cell's time.
import { describe, expect, it } from "vitest";
import { parse, table } from "../support/text-plans.ts";

const HEADER = ["STT", "Thời gian", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"];
const row = (n: number, time: string, note: string) => [String(n), time, `Nhiệm vụ số ${n}`, "Sở Nội vụ", "", note];

const dues = (rows: string[][], header = HEADER) =>
  parse(["II. NHIỆM VỤ", table([header, ...rows])].join("\n"), { issued: "2024-02-02" })
    .tasks.filter((t) => t.kind === "task")
    .map((t) => [t.ref, t.deadline?.due ?? null]);

describe("a note that moves its row's time", () => {
  it("dates the row by the time it moves it to, never by the cited document's date", () => {
    const rows = [
      row(
        1,
        "Tháng 6/2024",
        "Thời gian điều chỉnh theo Công văn số 415/BNV-CCHC ngày 29/01/2024 của Bộ Nội vụ: hoàn thành trước ngày 15/7/2024",
      ),
      row(2, "Quý II/2024", "Gia hạn đến 31/8/2024 theo Văn bản số 12/UBND-NC ngày 03/5/2024"),
      row(3, "Tháng 9/2024", "Lùi thời hạn sang Quý IV/2024"),
      row(4, "30/9/2024", "Thời hạn mới: 15/10/2024"),
      row(5, "Trước 30/4/2024", "Đã điều chỉnh thời gian hoàn thành đến ngày 31/5/2024 (Thông báo số 7/TB-UBND)"),
    ];
    expect(dues(rows)).toEqual([
      ["1", "2024-07-14"],
      ["2", "2024-08-31"],
      ["3", "2024-12-31"],
      ["4", "2024-10-15"],
      ["5", "2024-05-31"],
    ]);
  });

  it("leaves the time cell's time when the note moves nothing, or says it moved with no new time", () => {
    const rows = [
      row(1, "Tháng 5/2024", "Gửi kèm Công văn số 20/SNV-CCHC ngày 10/4/2024"),
      row(2, "Tháng 6/2024", "Điều chỉnh quy chế theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020"),
      row(3, "Tháng 7/2024", "Thời gian đã điều chỉnh theo Kế hoạch số 12/KH-UBND ngày 05/3/2024"),
    ];
    expect(dues(rows)).toEqual([
      ["1", "2024-05-31"],
      ["2", "2024-06-30"],
      ["3", "2024-07-31"],
    ]);
  });

  it("reads 80 rows whose notes run 19,000 characters after the move words", () => {
    const notes = [
      `Gia hạn ${"từ ngày 1/2 ".repeat(1600)}`,
      `Gia hạn đến 31/8/2024 ${"(từ ngày 1/2) ".repeat(1400)}`,
      `Thời hạn điều chỉnh theo Công văn ${"số 1 ngày 1/2 từ ngày 1/2 ".repeat(650)}`,
    ];
    const rows = Array.from({ length: 80 }, (_, i) => row(i + 1, "Tháng 6/2024", notes[i % 3]!));
    const read = dues(rows);
    expect(read).toHaveLength(80);
    expect(read.slice(-3)).toEqual([
      ["78", "2024-06-30"],
      ["79", "2024-06-30"],
      ["80", "2024-08-31"],
    ]);
    expect(new Set(read.map(([, due]) => due))).toEqual(new Set(["2024-06-30", "2024-08-31"]));
  });

  it("reads 1,500 rows with notes of a thousand characters", () => {
    const long = `Thời gian điều chỉnh theo Công văn số 415/BNV-CCHC ngày 29/01/2024${" của Bộ Nội vụ".repeat(60)}`;
    const rows = Array.from({ length: 1500 }, (_, i) =>
      row(i + 1, "Tháng 6/2024", `${long}: hoàn thành trước 15/7/2024`),
    );
    const read = dues(rows);
    expect(read).toHaveLength(1500);
    expect(read[1499]).toEqual(["1500", "2024-07-14"]);
  });
});

describe("one vocabulary of moving a time", () => {
  it("reads a time column's label and a note by the same words", () => {
    const header = [
      "STT",
      "Nội dung công việc",
      "Đơn vị chủ trì",
      "Thời hạn hoàn thành",
      "Thời hạn kéo dài",
      "Ghi chú",
    ];
    const rows = [
      ["1", "Nhiệm vụ số 1", "Sở Nội vụ", "30/6/2024", "31/8/2024", ""],
      ["2", "Nhiệm vụ số 2", "Sở Nội vụ", "30/6/2024", "30/9/2024", "Sửa đổi thời hạn: 15/10/2024"],
    ];
    expect(dues(rows, header)).toEqual([
      ["1", "2024-08-31"],
      ["2", "2024-10-15"],
    ]);
  });
});

describe("a note that names a time but moves no row", () => {
  it("reads only a notes column: a product that is a decision extending something is the work's result", () => {
    const header = ["STT", "Thời gian", "Nội dung công việc", "Đơn vị chủ trì", "Sản phẩm", "Ghi chú"];
    const rows = [
      row(1, "Quý II/2024", "Quyết định gia hạn thời gian thực hiện dự án đến 31/12/2025"),
      row(2, "Tháng 8/2024", "Văn bản điều chỉnh thời hạn thuê đất đến 31/12/2030"),
      row(3, "Quý III/2024", "Thông báo thời hạn mới: 15/10/2024"),
    ].map((cells) => [...cells.slice(0, 4), cells[5]!, ""]);
    expect(dues(rows, header)).toEqual([
      ["1", "2024-06-30"],
      ["2", "2024-08-31"],
      ["3", "2024-09-30"],
    ]);
  });

  it("takes the new time only right after the move words, or after the document cited for the move", () => {
    const rows = [
      row(1, "Tháng 9/2024", "Doanh nghiệp đề nghị gia hạn nộp hồ sơ trước ngày 15/6/2024"),
      row(2, "Tháng 10/2024", "Thời hạn mới của giấy phép: 05 năm kể từ ngày 01/7/2024"),
      row(3, "Tháng 11/2024", "Gia hạn giấy phép cho các cơ sở, hoàn thành trước ngày 20/8/2024"),
      row(4, "Tháng 12/2024", "Đã lùi thời hạn; báo cáo kết quả trước ngày 05/7/2024"),
    ];
    expect(dues(rows)).toEqual([
      ["1", "2024-09-30"],
      ["2", "2024-10-31"],
      ["3", "2024-11-30"],
      ["4", "2024-12-31"],
    ]);
  });

  it("reads a cited document then the new time, with or without a colon", () => {
    const rows = [
      row(1, "Quý II/2024", "Gia hạn theo Văn bản số 12/UBND-NC ngày 03/5/2024 đến 31/8/2024"),
      row(2, "Tháng 6/2024", "Điều chỉnh thời gian tại Thông báo số 7/TB-UBND ngày 10/5/2024: trước 30/7/2024"),
    ];
    expect(dues(rows)).toEqual([
      ["1", "2024-08-31"],
      ["2", "2024-07-29"],
    ]);
  });
});
