// A sentence citing other documents by number and day beside its deadline: the cited day dates the document, never
// the work ("… xong trong quý II/2026, theo Chỉ thị số 08/CT-UBND ngày 14/11/2025 …"); and a sentence opening with
// the document it carries out ("Thực hiện Nghị quyết số …, Sở X …", "Triển khai …, UBND huyện Y …") names its doer
// after the comma, as one opening "Căn cứ …," does.
import { describe, expect, it } from "vitest";
import { withoutCitedDays } from "../../src/domain/cited-documents.ts";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { parse, tasks } from "../support/text-plans.ts";

const due = (wording: string) => {
  const read = parseDeadline(wording);
  return read.ok ? read.deadline.due : null;
};

describe("cited documents' days", () => {
  it("are no deadline of the work beside them", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Văn hóa, Thể thao và Du lịch kiểm kê di tích cấp tỉnh, xong trong quý II/2026, theo Chỉ thị số 08/CT-UBND ngày 14/11/2025 của UBND tỉnh.",
        "2. Thực hiện Nghị quyết số 21/NQ-HĐND ngày 09/12/2025 của HĐND tỉnh, Sở Giáo dục và Đào tạo rà soát mạng lưới trường học, chậm nhất ngày 15/5/2026.",
        "3. Triển khai Kết luận của Chủ tịch UBND tỉnh, Sở Y tế phối hợp với Sở Tài chính mua sắm trang thiết bị, hoàn thành trong tháng 8/2026.",
        "4. Sở Tư pháp tổng kết công tác hòa giải trong tháng 10/2026 (Công văn số 77/STP-PBGDPL, ngày 03 tháng 01 năm 2026 của Sở).",
        // Carrying out work, not a document: the work itself, its doer given later.
        "5. Triển khai thí điểm mô hình chợ 4.0 (thanh toán số, camera giám sát). Giao Sở Công Thương chủ trì thực hiện; hoàn thành trước 15/11/2026.",
      ].join("\n"),
      { issued: "2026-01-20" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2026-06-30", ["Sở Văn hóa, Thể thao và Du lịch"], []],
      ["II.2", "2026-05-15", ["Sở Giáo dục và Đào tạo"], []],
      ["II.3", "2026-08-31", ["Sở Y tế"], ["Sở Tài chính"]],
      ["II.4", "2026-10-31", ["Sở Tư pháp"], []],
      ["II.5", "2026-11-14", ["Sở Công Thương"], []],
    ]);
  });

  it("leave the time beside them, and no time when they are all the wording says", () => {
    expect(due("trong quý III/2026, theo Kế hoạch số 12/KH-UBND ngày 05/3/2026")).toBe("2026-09-30");
    expect(due("Theo Kế hoạch số 12/KH-UBND ngày 05/3/2026")).toBeNull();
    expect(withoutCitedDays("xong ngày 20/4/2026 theo Quyết định số 5/QĐ-UBND ngày 02/01/2026")).toBe(
      "xong ngày 20/4/2026 theo Quyết định số 5/QĐ-UBND ",
    );
  });

  it("reads 100 KB of citations in bounds", () => {
    const start = performance.now();
    const cited = "theo Công văn số 12/UBND-KT ngày 03/02/2026, ".repeat(2_200);
    expect(due(`trong tháng 9/2026, ${cited}`)).toBe("2026-09-30");
    expect(withoutCitedDays(cited).length).toBeLessThan(cited.length);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
