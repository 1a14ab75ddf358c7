// Deadlines counted from the day the plan takes effect ("kể từ ngày Kế hoạch có hiệu lực"): its own date, or the day
// its clause of entry into force names; and a prose item counting from a row of the plan's table by its number.
import { describe, expect, it } from "vitest";
import { readInForce } from "../../src/domain/in-force.ts";
import { findRelativeDeadline } from "../../src/domain/relative-deadline.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("a deadline counted from the plan's entry into force", () => {
  it("is counted from the plan's own date when it takes effect on signing, or says nothing of it", () => {
    const plan = parse(
      [
        "I. HIỆU LỰC",
        "Kế hoạch này có hiệu lực kể từ ngày ký.",
        "II. NHIỆM VỤ",
        "1. Sở Tư pháp rà soát thủ tục hành chính sau 30 ngày kể từ ngày Kế hoạch có hiệu lực.",
        "2. Sở Nội vụ tổng hợp kết quả trong thời hạn 10 ngày kể từ ngày có hiệu lực của Kế hoạch này.",
      ].join("\n"),
      { issued: "2026-02-05" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2026-03-07", ["Sở Tư pháp"], []],
      ["II.2", "2026-02-15", ["Sở Nội vụ"], []],
    ]);
    const silent = parse("II. NHIỆM VỤ\n1. Sở Y tế báo cáo trong vòng 20 ngày kể từ khi Kế hoạch có hiệu lực.", {
      issued: "2024-05-02",
    });
    expect(tasks(silent)).toEqual([["II.1", "2024-05-22", ["Sở Y tế"], []]]);
  });

  it("is counted from the day the clause of entry into force names, not from another law's", () => {
    const plan = parse(
      [
        "I. PHẠM VI",
        "Luật Thanh tra có hiệu lực từ ngày 01/7/2025. Kế hoạch này có hiệu lực thi hành từ ngày 01/4/2025.",
        "II. NHIỆM VỤ",
        "1. Sở Tư pháp ban hành hướng dẫn trong vòng 20 ngày kể từ ngày Kế hoạch này có hiệu lực.",
      ].join("\n"),
      { issued: "2025-03-10" },
    );
    expect(tasks(plan)).toEqual([["II.1", "2025-04-21", ["Sở Tư pháp"], []]]);
  });

  it("a clause saying when the document takes effect is itself no task", () => {
    const plan = parse(
      [
        "Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.",
        "I. NHIỆM VỤ",
        "1. Sở Nội vụ xây dựng bộ công cụ kiểm tra trong 15 ngày kể từ ngày Quyết định có hiệu lực.",
      ].join("\n"),
      { issued: "2025-06-02" },
    );
    // In force on 12/6/2025; fifteen days on is 27/6.
    expect(tasks(plan)).toEqual([["I.1", "2025-06-27", ["Sở Nội vụ"], []]]);
    expect(findRelativeDeadline("Kế hoạch này có hiệu lực thi hành sau 15 ngày kể từ ngày ký.")).toBeNull();
  });

  it("a prose item counting from 'nhiệm vụ N' takes the table's row N when its own section has none", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "TT\tNội dung\tCơ quan chủ trì\tThời hạn",
        "1\tBan hành hướng dẫn\tSở Tư pháp\tTrong 10 ngày kể từ ngày ký ban hành Kế hoạch",
        "2\tTập huấn cán bộ\tSở Nội vụ\tTrong 05 ngày làm việc kể từ ngày hoàn thành nhiệm vụ 1",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Y tế báo cáo kết quả trong vòng 30 ngày kể từ ngày hoàn thành nhiệm vụ 2.",
        "2. Sở Tài chính tổng hợp trong 05 ngày làm việc kể từ ngày hết thời hạn tại khoản 1 Mục này.",
      ].join("\n"),
      { issued: "2024-10-01" },
    );
    // 1: Fri 11/10; 2: five working days, Fri 18/10; III.1: 17/11 (a Sunday, due as written); III.2: Fri 22/11.
    expect(tasks(plan)).toEqual([
      ["1", "2024-10-11", ["Sở Tư pháp"], []],
      ["2", "2024-10-18", ["Sở Nội vụ"], []],
      ["III.1", "2024-11-17", ["Sở Y tế"], []],
      ["III.2", "2024-11-22", ["Sở Tài chính"], []],
    ]);
  });
});

describe("the day a plan takes effect", () => {
  it.each([
    ["Kế hoạch này có hiệu lực kể từ ngày ký ban hành.", "2026-02-05"],
    ["Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 3 năm 2026.", "2026-03-15"],
    ["Kế hoạch này chính thức có hiệu lực từ ngày 01/3.", "2026-03-01"],
    ["Chương trình này có hiệu lực sau 10 ngày kể từ ngày ký.", "2026-02-15"],
    ["Nghị định số 30/2020/NĐ-CP có hiệu lực từ ngày 05/3/2020.", null],
  ])("%j: %s", (line, day) => {
    expect(readInForce([line], "2026-02-05")).toBe(day);
  });

  it("finds the clause after many lines saying nothing of it", () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `${i}. Sở Nội vụ có hiệu lực quản lý nhà nước về công vụ.`);
    expect(readInForce([...lines, "Kế hoạch này có hiệu lực từ ngày 20/4/2026."], "2026-02-05")).toBe("2026-04-20");
    expect(readInForce(lines, "2026-02-05")).toBeNull();
  });
});
