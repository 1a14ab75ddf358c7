// A plan numbering its tasks "(1)", "(2)" … once for the whole document, on across the headings grouping them, and
// naming no unit beside them: a later part gives each unit its tasks by those numbers ("chủ trì nhiệm vụ (2), (4)").
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";
import { runningTaskNumbers } from "../support/large-inputs.ts";
import { parensRunOn } from "../../src/plan/running-parens.ts";

const BODY = [
  "II. NHIỆM VỤ",
  "1. Hoàn thiện thể chế",
  "(1) Rà soát quy chế phối hợp giữa các cơ quan; trước ngày 30/4/2024.",
  "(2) Xây dựng bộ tiêu chí đánh giá; trong quý III/2024.",
  "2. Hiện đại hóa nền hành chính",
  "(3) Nâng cấp phần mềm một cửa điện tử; tháng 8/2024.",
  "(4) Tập huấn kỹ năng số cho công chức; tháng 10/2024.",
  "III. TỔ CHỨC THỰC HIỆN",
  "1. Sở Nội vụ: chủ trì nhiệm vụ (1), (2) và (4); phối hợp với Sở Y tế thực hiện nhiệm vụ (3).",
  "2. Sở Y tế: chủ trì nhiệm vụ (3).",
  "3. Các sở, ban, ngành tỉnh; UBND các huyện, thành phố: phối hợp thực hiện nhiệm vụ (2), (4); gửi báo cáo kết quả về Sở Nội vụ trước ngày 30/11/2024.",
];

describe("tasks numbered (n) on across their headings, handed out by number", () => {
  it("cites each task by its number alone and gives it the units the later part names", () => {
    const read = tasks(parse(BODY.join("\n")));
    const byRef = new Map(read.map((t) => [t[0], t]));
    expect([...byRef.keys()]).toEqual(["1", "2", "3", "4", "III.3"]);
    expect(byRef.get("1")).toEqual(["1", "2024-04-29", ["Sở Nội vụ"], []]);
    expect(byRef.get("3")).toEqual(["3", "2024-08-31", ["Sở Y tế"], ["Sở Nội vụ"]]);
    // Whole kinds before the colon, parted by a semicolon, are all partners of the cited tasks …
    const partners = byRef.get("4")![3] as string[];
    expect(partners).toContain("Sở Tư pháp");
    expect(partners).toContain("UBND huyện Đại Từ");
    // … and all lead the duty the line gives itself.
    const own = byRef.get("III.3")!;
    expect(own[1]).toBe("2024-11-29");
    expect(own[2]).toContain("Sở Tư pháp");
    expect(own[2]).toContain("UBND huyện Đại Từ");
    expect(own[3]).toEqual([]);
  });

  it("keeps numbers that restart under each heading, or stand under one heading only, under that heading", () => {
    expect(parensRunOn(["1. A", "(1) a", "(2) b", "2. B", "(1) c"])).toBe(false);
    expect(parensRunOn(["1. A", "(1) a", "(2) b", "(3) c"])).toBe(false);
    expect(parensRunOn(["1. A", "(1) a", "a) x", "(2) b", "2. B", "(3) c"])).toBe(true);
    const restarting = tasks(
      parse(
        [
          "II. NHIỆM VỤ",
          "1. Nhóm A",
          "(1) Sở Y tế rà soát, trước ngày 30/4/2024.",
          "2. Nhóm B",
          "(1) Sở Y tế kiểm tra, tháng 9/2024.",
        ].join("\n"),
      ),
    );
    expect(restarting.map((t) => t[0])).toEqual(["II.1.(1)", "II.2.(1)"]);
  });

  it("hands out nine hundred running numbers (three figures at most, as a bracketed number is)", () => {
    const read = tasks(parse(runningTaskNumbers(900)));
    expect(read).toHaveLength(900);
    expect(read[890]).toEqual(["891", "2024-10-14", ["Sở Y tế"], []]);
    expect(read[892]).toEqual(["893", "2024-10-14", ["Sở Nội vụ"], ["Sở Y tế"]]);
  });
});
