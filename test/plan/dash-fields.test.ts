// An office's own plan whose tasks are lines of fields set off by dashes, "work – who – when", its rooms named by short
// forms defined once in brackets ("Phòng Tổng hợp (Phòng TH)").
import { describe, expect, it } from "vitest";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";
import { dashFieldLines } from "../support/large-inputs.ts";
import { definedByKind } from "../../src/plan/kind-code.ts";

describe("lines of fields set off by dashes", () => {
  it("reads the work, the lead with its partners, and the time; a time in words leaves the task undated", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "Các phòng của Văn phòng viết tắt: Phòng Quản trị - Tài vụ (Phòng QT-TV); Trung tâm Hội nghị (Trung tâm HN).",
        "A. Công tác nội bộ",
        "1. Sửa đổi quy chế chi tiêu nội bộ – Phòng QT-TV; phối hợp: Sở Tài chính – Tháng 5/2024.",
        "2. Kiểm kê tài sản – Trung tâm HN – 30/6/2024.",
        "B. Phục vụ hội nghị",
        "3. Bảo đảm hội trường – Trung tâm HN – Thường xuyên.",
        "4. Tổng kết năm – Phòng QT-TV; phối hợp: Sở Nội vụ, Sở Y tế – Trước 10/12/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-31", ["?Phòng Quản trị - Tài vụ"], ["Sở Tài chính"]],
      ["2", "2024-06-30", ["?Trung tâm Hội nghị"], []],
      ["4", "2024-12-09", ["?Phòng Quản trị - Tài vụ"], ["Sở Nội vụ", "Sở Y tế"]],
    ]);
    expect(plan.tasks.find((t) => t.ref === "1")!.title).toBe("Sửa đổi quy chế chi tiêu nội bộ");
    expect(unresolvedNames(plan)).toEqual(expect.arrayContaining(["Phòng Quản trị - Tài vụ", "Trung tâm Hội nghị"]));
  });

  it("defines a short form only when its code spells the words after the kind", () => {
    expect(definedByKind("gồm Phòng Tổng hợp (Phòng TH) và Ban Quản lý dự án (Ban QLDA)")).toEqual([
      ["Phòng TH", "Phòng Tổng hợp"],
      ["Ban QLDA", "Ban Quản lý dự án"],
    ]);
    expect(definedByKind("Phòng Tổng hợp (Phòng KT)")).toEqual([]);
    expect(definedByKind("Sở Y tế (Phòng TH)")).toEqual([]);
  });

  it("reads 1,300 such lines (100 KB), and a sentence of dashes with no units as before", () => {
    const read = tasks(parse(dashFieldLines(1300)));
    expect(read).toHaveLength(1301);
    expect(read[1299]).toEqual(["II.1300", "2024-09-30", ["?Phòng Tổng hợp"], ["Sở Y tế"]]);
    expect(read[1300]![1]).toBe("2024-11-14");
  });
});
