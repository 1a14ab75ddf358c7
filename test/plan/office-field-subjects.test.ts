// A department's own office named for its field ("Phòng Quản lý xây dựng": the field after a capitalised "Quản lý"),
// and a province's museum or library ("Bảo tàng tỉnh", "Thư viện tỉnh") as the subject of a sentence: each leads
// the work, though no directory lists it.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("subjects named for a field, a museum or a library", () => {
  const plan = parse(
    [
      "1. Phòng Quản lý xây dựng thuộc Sở Xây dựng kiểm tra hồ sơ cấp phép, báo cáo trước ngày 12/6/2024.",
      "2. Soạn thảo tài liệu giới thiệu hiện vật. Bảo tàng tỉnh chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch; xong trong tháng 7/2024.",
      "3. Thư viện tỉnh tổ chức tuần lễ đọc sách trước ngày 20/9/2024.",
      "4. Sở Xây dựng xây dựng quy chế phối hợp trước ngày 30/9/2024.",
    ].join("\n"),
  );

  it("lead the work", () => {
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-11", ["?Phòng Quản lý xây dựng thuộc Sở Xây dựng"], []],
      ["2", "2024-07-31", ["?Bảo tàng tỉnh"], ["Sở Văn hóa, Thể thao và Du lịch"]],
      ["3", "2024-09-19", ["?Thư viện tỉnh"], []],
      // In lower case after a body's name "xây dựng" is still the verb.
      ["4", "2024-09-29", ["Sở Xây dựng"], []],
    ]);
  });
});
