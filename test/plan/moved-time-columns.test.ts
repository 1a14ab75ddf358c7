// A table moving deadlines sets the time an earlier plan gave beside the time it gives now, under titles each office
// words its own way ("Hạn cũ" | "Hạn mới", "Thời hạn trước điều chỉnh" | "Thời hạn sau điều chỉnh", "Thời gian theo
// Kế hoạch" | "Gia hạn đến"): the new time dates the task, the old one was given up.
import { describe, expect, it } from "vitest";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { xlsxFromText } from "../support/documents.ts";
import { parse, tasks } from "../support/text-plans.ts";

const table = (rows: string[][]) => rows.map((cells) => cells.join("\t")).join("\n");
const rows = (oldTitle: string, newTitle: string) => [
  ["STT", "Nội dung công việc", oldTitle, newTitle, "Đơn vị chủ trì"],
  ["1", "Cập nhật cơ sở dữ liệu cán bộ", "31/5/2024", "16/8/2024", "Sở Nội vụ"],
  ["2", "Đánh giá quy chế văn hóa công vụ", "Quý II/2024", "Quý III/2024", "Sở Tư pháp"],
];
const dues = (oldTitle: string, newTitle: string) =>
  tasks(parse(["II. ĐIỀU CHỈNH THỜI HẠN", table(rows(oldTitle, newTitle))].join("\n"))).map(([ref, due]) => [ref, due]);
const NEW = [
  ["1", "2024-08-16"],
  ["2", "2024-09-30"],
];

describe("a table of deadlines moved, the old time beside the new", () => {
  it.each([
    ["Hạn cũ", "Hạn mới"],
    ["Hạn đã giao", "Hạn điều chỉnh"],
    ["Hạn theo KH", "Hạn gia hạn"],
    ["Thời hạn trước điều chỉnh", "Thời hạn sau điều chỉnh"],
    ["Thời gian trước khi gia hạn", "Thời gian sau khi gia hạn"],
    ["Thời hạn chưa điều chỉnh", "Thời hạn đã điều chỉnh"],
    ["Thời hạn ban đầu", "Gia hạn đến"],
    ["Thời gian hoàn thành theo Kế hoạch", "Điều chỉnh thành"],
    ["Hạn cũ", "Lùi đến"],
  ])("dates each task by the new time: %s | %s", (oldTitle, newTitle) => {
    expect(dues(oldTitle, newTitle)).toEqual(NEW);
  });

  it("reads the new time from a workbook too", async () => {
    const text = [
      "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
      "Số: 12/KH-UBND",
      "Thái Nguyên, ngày 05 tháng 3 năm 2024",
      "KẾ HOẠCH",
      table(rows("Hạn cũ", "Hạn mới")),
    ].join("\n");
    const read = await parsePlanBuffer(await xlsxFromText(text), {
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (!read.ok) throw new Error("should read");
    expect(read.value.tasks.filter((t) => t.kind === "task").map((t) => [t.ref, t.deadline?.due])).toEqual(NEW);
  });

  it("reads a move-only title as no time where no old time stands beside it", () => {
    const plan = parse(
      table([
        ["STT", "Nội dung", "Thời hạn", "Điều chỉnh", "Đơn vị chủ trì"],
        ["1", "Cập nhật cơ sở dữ liệu cán bộ", "31/5/2024", "Bổ sung 02 chỉ tiêu", "Sở Nội vụ"],
      ]),
    );
    expect(tasks(plan)).toEqual([["1", "2024-05-31", ["Sở Nội vụ"], []]]);
  });

  it("reads 3,000 moved rows", () => {
    const body = Array.from({ length: 3000 }, (_, i) => [
      String(i + 1),
      `Nhiệm vụ số ${i + 1}`,
      "31/5/2024",
      "Tháng 9/2024",
      "Sở Nội vụ",
    ]);
    const read = tasks(parse(table([["STT", "Nhiệm vụ", "Hạn cũ", "Gia hạn đến", "Cơ quan chủ trì"], ...body])));
    expect(read).toHaveLength(3000);
    expect(new Set(read.map(([, due]) => due))).toEqual(new Set(["2024-09-30"]));
  });
});

describe("review of set 46: a new time's cell saying the time is not moved", () => {
  it.each([
    ["Hạn cũ", "Hạn mới", "Không điều chỉnh"],
    ["Thời hạn đã giao", "Gia hạn đến", "Không gia hạn"],
    ["Hạn theo Kế hoạch", "Hạn điều chỉnh", "Không thay đổi thời hạn"],
    ["Thời hạn ban đầu", "Lùi đến", "Như kế hoạch"],
    ["Hạn cũ", "Hạn mới", "Giữ nguyên thời hạn."],
  ])("keeps the old time: %s | %s with %s", (oldTitle, newTitle, kept) => {
    const plan = parse(
      table([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", oldTitle, newTitle],
        ["1", "Tập huấn nghiệp vụ", "Sở Nội vụ", "Tháng 5/2024", "Tháng 8/2024"],
        ["2", "Chuyển đổi số", "Sở Y tế", "30/6/2024", kept],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-08-31", ["Sở Nội vụ"], []],
      ["2", "2024-06-30", ["Sở Y tế"], []],
    ]);
  });
});
