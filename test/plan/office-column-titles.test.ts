// Offices title a task table's columns in their own words: the number column "Bước" (a table of steps), "Các bước",
// "Thứ tự", "Số thứ tự"; who leads "Đơn vị tổ chức" (the body organising a class, a conference), "Cơ quan tổ chức".
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { columnRole } from "../../src/plan/table-header.ts";
import { parse, table, tasks } from "../support/text-plans.ts";

const read = (rows: string[][]) =>
  parse(`III. CÁC BƯỚC TRIỂN KHAI\n${table(rows)}\nIV. TỔ CHỨC THỰC HIỆN`, {
    directory: THAI_NGUYEN_2025,
    issued: "2025-08-14",
  });

describe("a table of steps numbered in a 'Bước' column", () => {
  it("cites each step by its number, under phase rows whose time a step with none takes", () => {
    const plan = read([
      ["Bước", "Nội dung công việc", "Thời gian", "Chủ trì", "Phối hợp"],
      ["I", "Giai đoạn 1: Chuẩn bị", "Trước ngày 10/9/2025", "", ""],
      ["1", "Ban hành Quyết định thành lập Tổ thẩm định", "", "Sở Nội vụ", "Văn phòng UBND tỉnh"],
      ["2", "Tổ chức hội nghị hướng dẫn", "Ngày 28/8/2025", "Sở Nội vụ", "Sở Tư pháp"],
      ["II", "Giai đoạn 2: Thẩm định", "", "", ""],
      ["3", "Thẩm định kết quả tự đánh giá", "Trước ngày 20/11/2025", "Sở Nội vụ", ""],
    ]);
    expect(tasks(plan)).toEqual([
      ["1", "2025-09-09", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"]],
      ["2", "2025-08-28", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["3", "2025-11-19", ["Sở Nội vụ"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "1")?.deadline?.inheritedFrom).toBeTruthy();
  });

  it("reads 'Các bước', 'Thứ tự' and 'Số thứ tự' as the number column too, never as the task's", () => {
    for (const title of ["Các bước", "Thứ tự", "Số thứ tự", "Trình tự"]) expect(columnRole(title)).toBe("ref");
    const plan = read([
      ["Các bước", "Nội dung", "Thời hạn", "Cơ quan chủ trì"],
      ["1", "Xây dựng dự thảo", "Tháng 9/2025", "Sở Tư pháp"],
      ["2", "Lấy ý kiến góp ý", "Tháng 10/2025", "Sở Tư pháp"],
    ]);
    expect(tasks(plan).map((t) => t[0])).toEqual(["1", "2"]);
  });

  it("cites a step written 'Bước 3' in its number cell by its number, as the plan cites it", () => {
    const plan = read([
      ["Bước", "Nội dung công việc", "Thời gian", "Chủ trì"],
      ["Bước 1", "Ban hành quyết định", "Tháng 9/2025", "Sở Nội vụ"],
      ["Bước 2", "Tổ chức hội nghị", "Tháng 10/2025", "Sở Tư pháp"],
    ]);
    expect(tasks(plan).map((t) => t[0])).toEqual(["1", "2"]);
  });

  it("never takes a column of the steps' words ('Các bước thực hiện', 'Trình tự thủ tục') for the number's", () => {
    expect(columnRole("Các bước thực hiện")).not.toBe("ref");
    expect(columnRole("Trình tự thủ tục")).not.toBe("ref");
  });
});

describe("a course table whose organiser leads", () => {
  const courses = (organiser: string, name = "Tên lớp bồi dưỡng") => [
    ["STT", name, "Đối tượng", "Số người", "Thời gian", organiser],
    ["A. CÁC LỚP CẤP TỈNH"],
    ["1", "Văn hóa công vụ", "Công chức", "120", "Từ ngày 08/6 đến ngày 10/6/2026", "Sở Nội vụ"],
    ["B. CÁC LỚP CẤP XÃ"],
    ["2", "Kỹ năng số", "Cán bộ xã", "276", "Tuần thứ 2 của tháng 9/2026", "Sở Khoa học và Công nghệ"],
    ["3", "Quản lý ngân sách xã", "Công chức xã", "92", "Ngày 15 - 16/10/2026", "Sở Tài chính, phối hợp Sở Nội vụ"],
  ];

  it("reads each course as a task titled by its name, due by its time, led by the unit organising it", () => {
    const plan = read(courses("Đơn vị tổ chức"));
    expect(tasks(plan)).toEqual([
      ["1", "2026-06-10", ["Sở Nội vụ"], []],
      ["2", "2026-09-14", ["Sở Khoa học và Công nghệ"], []],
      ["3", "2026-10-16", ["Sở Tài chính"], ["Sở Nội vụ"]],
    ]);
    expect(plan.tasks.find((t) => t.ref === "2")?.title).toBe("Kỹ năng số");
  });

  it("reads the organiser however the office titles it, and the course column by its name", () => {
    for (const title of ["Cơ quan tổ chức", "Cơ quan, đơn vị tổ chức", "Đơn vị tổ chức lớp", "Đơn vị chủ trì tổ chức"])
      expect(columnRole(title)).toBe("lead");
    expect(columnRole("Đơn vị phối hợp tổ chức")).toBe("coordinators");
    const plan = read(courses("Cơ quan tổ chức", "Tên hội nghị/lớp/hoạt động"));
    expect(tasks(plan).map((t) => t[0])).toEqual(["1", "2", "3"]);
  });

  it("reads thousands of steps", () => {
    const steps = Array.from({ length: 2000 }, (_, k) => [
      String(k + 1),
      `Bước công việc số ${k + 1}`,
      "Tháng 12/2025",
      "Sở Nội vụ",
      "",
    ]);
    const plan = read([["Bước", "Nội dung công việc", "Thời gian", "Chủ trì", "Phối hợp"], ...steps]);
    expect(tasks(plan)).toHaveLength(2000);
    expect(tasks(plan).at(-1)).toEqual(["2000", "2025-12-31", ["Sở Nội vụ"], []]);
  });
});
