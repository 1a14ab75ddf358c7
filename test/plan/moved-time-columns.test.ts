// A table moving deadlines sets the time an earlier plan gave beside the time it gives now, under titles each office
// words its own way ("Hạn cũ" | "Hạn mới", "Thời hạn trước điều chỉnh" | "Thời hạn sau điều chỉnh", "Thời gian theo
// Kế hoạch" | "Gia hạn đến"): the new time dates the task, the old one was given up.
import { describe, expect, it } from "vitest";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { xlsxFromText } from "../support/documents.ts";
import { parse, table, tasks } from "../support/text-plans.ts";

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

describe("a tracking sheet's extension column beside the plan's plain time column", () => {
  const sheet = (newTitle: string, rows: string[][]) =>
    tasks(
      parse(table([["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn", newTitle, "Lý do"], ...rows]), {
        issued: "2027-05-12",
      }),
    );

  it.each(["Gia hạn đến", "Gia hạn", "Lùi đến", "Kéo dài tới"])(
    "dates an extended row by its new day and every other row by the plan's: %s",
    (newTitle) => {
      expect(
        sheet(newTitle, [
          ["1", "Chuẩn hóa dữ liệu hộ tịch", "Sở Tư pháp", "31/3/2027", "20/6/2027", "Chờ phần mềm mới"],
          ["2", "Kiểm tra công vụ tại các xã", "Sở Nội vụ", "Quý II/2027", "", ""],
          [
            "3",
            "Tổng kết mô hình một cửa",
            "Sở Nội vụ",
            "Tháng 4/2027",
            "Tháng 9/2027",
            "Theo Văn bản số 77/UBND ngày 02/4/2027",
          ],
        ]),
      ).toEqual([
        ["1", "2027-06-20", ["Sở Tư pháp"], []],
        ["2", "2027-06-30", ["Sở Nội vụ"], []],
        ["3", "2027-09-30", ["Sở Nội vụ"], []],
      ]);
    },
  );

  it("keeps the plan's time where a column of revised times is left blank", () => {
    expect(
      sheet("Thời hạn điều chỉnh", [
        ["1", "Chuẩn hóa dữ liệu hộ tịch", "Sở Tư pháp", "31/3/2027", "", ""],
        ["2", "Kiểm tra công vụ tại các xã", "Sở Nội vụ", "Quý II/2027", "Quý III/2027", ""],
      ]),
    ).toEqual([
      ["1", "2027-03-31", ["Sở Tư pháp"], []],
      ["2", "2027-09-30", ["Sở Nội vụ"], []],
    ]);
  });

  it("reads a move that may be of content as no time beside a plain time column", () => {
    expect(
      sheet("Điều chỉnh thành", [
        ["1", "Chuẩn hóa dữ liệu hộ tịch", "Sở Tư pháp", "31/3/2027", "Chuẩn hóa dữ liệu chứng thực", ""],
      ]),
    ).toEqual([["1", "2027-03-31", ["Sở Tư pháp"], []]]);
  });

  it("reads 1,500 tracked rows, every other one extended", () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [
      String(i + 1),
      `Công việc số ${i + 1}`,
      "Sở Nội vụ",
      "30/4/2027",
      i % 2 ? "" : "Tháng 8/2027",
      "",
    ]);
    const read = sheet("Gia hạn đến", rows);
    expect(read).toHaveLength(1500);
    expect(read.map(([, due]) => due)).toEqual(rows.map((r) => (r[4] ? "2027-08-31" : "2027-04-30")));
  });
});
