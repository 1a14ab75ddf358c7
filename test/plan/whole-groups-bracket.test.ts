// A closing bracket parting whole groups by a semicolon, "(các sở, ban, ngành; UBND các huyện, thành phố)", names the
// kinds of units addressed, each doing the work for itself: all lead. A unit before the semicolon still leads the
// groups after it, which help; and a bracket saying who only leaves the day the item's words give.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { closingUnits } from "../../src/plan/closing-units.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("a closing bracket of whole groups", () => {
  const plan = parse(
    [
      "II. NHIỆM VỤ",
      "1. Cử công chức đầu mối theo dõi công tác chuyển đổi số, gửi danh sách trước ngày 15/4/2024 (các sở, ban, ngành; UBND các huyện, thành phố).",
      "2. Tự đánh giá kết quả thực hiện năm 2024 trong tháng 11/2024 (Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND các huyện, thành phố).",
      "3. Hướng dẫn số hóa hồ sơ lưu trữ, hoàn thành trong quý II/2024 (Sở Nội vụ; các sở, ban, ngành).",
      "4. Tập huấn sử dụng chữ ký số, hoàn thành trước ngày 20/5/2024 (Chủ trì: Sở Thông tin và Truyền thông; phối hợp: Bưu điện tỉnh).",
    ].join("\n"),
  );
  const read = (ref: string) => tasks(plan).find((t) => t[0] === ref);

  it("gives every group the lead", () => {
    const [, , lead, coordinators] = read("II.1")!;
    expect(lead).toContain("Sở Tư pháp");
    expect(lead).toContain("UBND huyện Đại Từ");
    expect(coordinators).toEqual([]);
    expect(read("II.2")?.[2]).toContain("UBND thành phố Sông Công");
  });

  it("keeps a unit before the semicolon leading the groups after it", () => {
    const [, , lead, coordinators] = read("II.3")!;
    expect(lead).toEqual(["Sở Nội vụ"]);
    expect(coordinators).toContain("Sở Tư pháp");
  });

  it("keeps the item's own day when its bracket says who only", () => {
    expect(read("II.4")?.slice(1, 3)).toEqual(["2024-05-19", ["Sở Thông tin và Truyền thông"]]);
  });

  it("reads a 100 KB bracket of groups within bounds", () => {
    const groups = Array.from({ length: 4000 }, () => "các sở, ban, ngành").join("; ");
    const started = performance.now();
    const units = closingUnits(createResolver(THAI_NGUYEN), `Rà soát hồ sơ (${groups}).`);
    expect(units?.units.coordinators).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
