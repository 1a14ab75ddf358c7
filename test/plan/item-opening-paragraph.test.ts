// A commune's typed plan: an item named by its topic over dashes, or over a paragraph saying who does the work
// and lettered parts each with its own time.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { readClause } from "../../src/plan/clause.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { itemDashes } from "../support/large-inputs.ts";

const names = (list: { name: string }[]) => list.map((u) => u.name);

describe("an item's opening paragraph and its topic's one dated dash", () => {
  it("reads an adverb opening the predicate, and a later clause arranging what the work needs as help", () => {
    const read = readClause(
      createResolver(THAI_NGUYEN),
      "Tổ tuần tra của phường (gồm cán bộ địa chính và công an) trực tiếp tuần tra tại các thôn; Trưởng các thôn bố trí người dẫn đường.",
    );
    expect(names(read.lead)).toEqual(["Tổ tuần tra của phường"]);
    expect(names(read.coordinators)).toEqual(["Trưởng các thôn"]);
  });

  it("gives the lettered parts the doer and helper of the paragraph opening their item", () => {
    const plan = parse(
      [
        "II. NỘI DUNG",
        "2. Kiểm tra an toàn thực phẩm",
        "Sở Y tế trực tiếp kiểm tra tại các chợ; Sở Nội vụ bố trí cán bộ đi cùng.",
        "a) Kiểm tra các quầy thịt tươi sống:",
        "- Thời gian: Trong tháng 7/2025",
        "b) Kiểm tra các cơ sở bếp ăn tập thể:",
        "- Thời gian: Trước ngày 20/8/2025",
      ].join("\n"),
      { issued: "2025-06-02" },
    );
    expect(tasks(plan)).toEqual([
      ["II.2.a", "2025-07-31", ["Sở Y tế"], ["Sở Nội vụ"]],
      ["II.2.b", "2025-08-19", ["Sở Y tế"], ["Sở Nội vụ"]],
    ]);
  });

  it("cites the one dated dash under an item named by its topic by the item's number", () => {
    const plan = parse(
      [
        "II. NỘI DUNG",
        "3. Thu gom rác thải",
        "- Sở Tư pháp ký hợp đồng thu gom với đơn vị vệ sinh xong trước ngày 15/7/2025.",
        "- Các thôn vận động người dân phân loại rác thường xuyên.",
        "4. Tuyên truyền, phổ biến",
        "- Sở Y tế viết bài trên trang thông tin của xã.",
        "- Sở Nội vụ in tờ rơi, phát đến các hộ.",
      ].join("\n"),
      { issued: "2025-06-02" },
    );
    expect(tasks(plan)).toEqual([["II.3", "2025-07-14", ["Sở Tư pháp"], []]]);
  });

  it("keeps a list of dashes a list when more than one is dated", () => {
    const plan = parse(
      [
        "II. NỘI DUNG",
        "3. Thu gom rác thải",
        "- Sở Tư pháp ký hợp đồng thu gom xong trước ngày 15/7/2025.",
        "- Sở Y tế kiểm tra điểm tập kết rác trong tháng 8/2025.",
      ].join("\n"),
      { issued: "2025-06-02" },
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["II.3.1", "II.3.2"]);
  });

  it("keeps a list of dashes a list when another dash gives a time, even one that is no task's", () => {
    const plan = parse(
      [
        "II. NỘI DUNG",
        "3. Khảo sát hiện trạng",
        "- Phạm vi số liệu: từ ngày 01/01/2024 đến ngày 31/12/2024.",
        "- Sở Tư pháp gửi phiếu khảo sát đến các thôn trước ngày 15/7/2025.",
      ].join("\n"),
      { issued: "2025-06-02" },
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["II.3.1"]);
  });

  it("reads an item of thousands of dashes", () => {
    const plan = parse(itemDashes(3000), { issued: "2025-06-02" });
    expect(tasks(plan)).toEqual([["II.3", "2025-07-14", ["Sở Tư pháp"], []]]);
  });
});
