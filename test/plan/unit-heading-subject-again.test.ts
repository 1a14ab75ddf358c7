// "2. Phòng Tổ chức, biên chế và tổ chức phi chính phủ; Phòng Công chức, viên chức" over one paragraph whose subject
// names the same units again ("Phòng … và Phòng … rà soát …"): one task cited by the heading, led by those units
// (a name holding a comma, or "tổ chức" as the kind of body it deals with, is one name), never an unled heading and a
// task under it. A paragraph whose subject names other units stays a task of its own under the heading.
import { describe, expect, it } from "vitest";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("a heading naming units over a paragraph naming them again", () => {
  const plan = parse(
    [
      "II. NHIỆM VỤ",
      "1. Phòng Tổ chức, biên chế và tổ chức phi chính phủ; Phòng Công chức, viên chức",
      "Phòng Tổ chức, biên chế và tổ chức phi chính phủ và Phòng Công chức, viên chức rà soát số liệu biên chế; gửi Phòng Cải cách hành chính trước ngày 05/12/2025.",
      "2. Sở Tư pháp, Sở Tài chính",
      "Sở Tư pháp, Sở Tài chính rà soát quy định về phí, lệ phí, báo cáo UBND tỉnh trước ngày 15/11/2025.",
      "3. Sở Tư pháp",
      "Sở Tư pháp và Sở Nội vụ kiểm tra việc thực hiện, báo cáo trước ngày 20/11/2025.",
    ].join("\n"),
    { issued: "2025-09-05" },
  );

  it("is one task led by the heading's units, each unknown name reported", () => {
    expect(tasks(plan)).toEqual([
      ["II.1", "2025-12-04", ["?Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "?Phòng Công chức, viên chức"], []],
      ["II.2", "2025-11-14", ["Sở Tư pháp", "Sở Tài chính"], []],
      ["II.3.1", "2025-11-19", ["Sở Tư pháp", "Sở Nội vụ"], []],
    ]);
    expect(unresolvedNames(plan)).toEqual(
      expect.arrayContaining(["Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "Phòng Công chức, viên chức"]),
    );
  });

  it("reads 1,000 such headings as 1,000 tasks", () => {
    const lines = ["II. NHIỆM VỤ"];
    for (let i = 1; i <= 1000; i++)
      lines.push(
        `${i}. Sở Tư pháp, Sở Tài chính`,
        `Sở Tư pháp, Sở Tài chính rà soát hồ sơ số ${i} trong tháng 11/2025.`,
      );
    const read = tasks(parse(lines.join("\n"), { issued: "2025-09-05" }));
    expect(read).toHaveLength(1000);
    expect(read.every((t) => String(t[0]).split(".").length === 2)).toBe(true);
  });
});
