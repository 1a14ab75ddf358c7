// A plan whose points name no one and whose last part hands them out by number ("Sở A chủ trì thực hiện điểm 1, 3
// mục II, phối hợp với Sở B"): each cited point takes who leads and who helps as that part's sentence says.
import { describe, expect, it } from "vitest";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";
import { assignedPoints } from "../support/large-inputs.ts";

const POINTS = [
  "II. NHIỆM VỤ VÀ GIẢI PHÁP",
  "1. Tổng kết công tác cải cách hành chính năm 2024. Hoàn thành trước ngày 15/11/2024.",
  "2. Xây dựng bộ chỉ số đánh giá chuyển đổi số cấp xã, xong trong quý III/2024.",
  "3. Tập huấn nghiệp vụ cho công chức bộ phận một cửa. Thời gian: tháng 8/2024.",
  "4. Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở. Thời gian: tháng 10/2024.",
  "5. Tuyên truyền về chuyển đổi số trên báo chí. Thời gian: tháng 6/2024.",
];

describe("points handed out by number in a later part", () => {
  it("gives each cited point its lead and partners, however the sentence lists and places them", () => {
    const plan = parse(
      [
        ...POINTS,
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nội vụ chủ trì thực hiện các nhiệm vụ 1, 3 tại mục II, phối hợp với Sở Tư pháp.",
        "2. Sở Y tế chủ trì thực hiện điểm 2 (phối hợp: Sở Tài chính) và điểm 4; Ban Dân vận Tỉnh ủy phối hợp.",
        "3. Công an tỉnh phối hợp với Sở Tài chính thực hiện điểm 5; theo dõi, đôn đốc việc thực hiện Kế hoạch.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-11-14", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["II.2", "2024-09-30", ["Sở Y tế"], ["Sở Tài chính"]],
      ["II.3", "2024-08-31", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["II.4", "2024-10-31", ["Sở Y tế"], ["?Ban Dân vận Tỉnh ủy"]],
      // Who a helper works with leads, when no sentence names a lead.
      ["II.5", "2024-06-30", ["Sở Tài chính"], ["Công an tỉnh"]],
    ]);
    expect(unresolvedNames(plan)).toContain("Ban Dân vận Tỉnh ủy");
  });

  it("reads a range, lettered points and a dotted ref, and a sentence's subject over its later clauses", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Chuyển đổi số",
        "a) Số hóa hồ sơ hộ tịch, hoàn thành trước ngày 30/9/2024.",
        "b) Kết nối cơ sở dữ liệu dân cư, xong trong tháng 10/2024.",
        "2. Rà soát thủ tục hành chính, trước ngày 31/7/2024.",
        "3. Đánh giá chỉ số hài lòng, trong tháng 11/2024.",
        "4. Báo cáo kết quả, trong tháng 12/2024.",
        "III. PHÂN CÔNG",
        "Công an tỉnh chủ trì thực hiện các điểm a, b khoản 1 mục II; Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ thực hiện nội dung tại mục II.2. Sở Y tế chủ trì từ điểm 3 đến điểm 4; phối hợp thực hiện điểm 2.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.a", "2024-09-29", ["Công an tỉnh"], []],
      ["II.1.b", "2024-10-31", ["Công an tỉnh"], []],
      ["II.2", "2024-07-30", ["Sở Tư pháp"], ["Sở Nội vụ", "Sở Y tế"]],
      ["II.3", "2024-11-30", ["Sở Y tế"], []],
      ["II.4", "2024-12-31", ["Sở Y tế"], []],
    ]);
  });

  it("never takes a point of another document, nor the part's own items, for the plan's points", () => {
    const plan = parse(
      [
        ...POINTS.slice(0, 4),
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Y tế chủ trì thực hiện nhiệm vụ 1 tại Quyết định số 15/QĐ-TTg.",
        "2. Sở Tài chính chủ trì thực hiện điểm 1 mục III.",
        "3. Sở Tư pháp chủ trì thực hiện khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP.",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t.slice(0, 3))).toEqual([
      ["II.1", "2024-11-14", []],
      ["II.2", "2024-09-30", []],
      ["II.3", "2024-08-31", []],
    ]);
  });

  it("hands out nine hundred points", () => {
    const read = tasks(parse(assignedPoints(900)));
    expect(read).toHaveLength(900);
    expect(read[899]).toEqual(["II.900", "2024-10-14", ["Sở Y tế"], ["Sở Nội vụ"]]);
  });
});
