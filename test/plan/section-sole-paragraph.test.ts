// A Roman section of plain paragraphs, one of which orders one dated task ("Công an xã rà soát …, hoàn thành
// trước …") among sentences that only exhort: the task is the section's, cited by its numeral.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("the one dated paragraph under a Roman section of plain paragraphs", () => {
  it("is the section's task, numbered by it", () => {
    const plan = parse(
      [
        "I. NHIỆM VỤ",
        "1. Sở Tư pháp rà soát văn bản, hoàn thành trước ngày 20/5/2027.",
        "II. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan, đơn vị nghiêm túc triển khai. Sở Y tế cập nhật số liệu tiêm chủng, hoàn thành trước ngày 15/6/2027.",
        "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["I.1", "2027-05-19", ["Sở Tư pháp"], []],
      ["II", "2027-06-14", ["Sở Y tế"], []],
    ]);
  });
});

describe("the warnings about a sole dated paragraph under a Roman section", () => {
  it("name it as it is cited, by the section's numeral", () => {
    const plan = parse(
      ["III. TỔ CHỨC THỰC HIỆN", "Giao Ban Quản lý chợ Nậm Tăm tổng hợp kết quả, báo cáo trước ngày 30/5/2026."].join(
        "\n\n",
      ),
      { issued: "2026-03-12" },
    );
    expect(plan.tasks.map((t) => t.ref)).toEqual(["III"]);
    expect(plan.warnings.filter((w) => w.code === "unresolved-unit").map((w) => w.args.ref)).toEqual(["III"]);
  });
});
