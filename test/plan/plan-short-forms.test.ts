// A plan naming its units once in full, "(sau đây gọi tắt là …)", then only by those short forms: each short form
// stands for its unit wherever the plan uses it.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { planShortForms } from "../../src/plan/plan-short-forms.ts";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";

const DEFINITIONS =
  "2. Trong văn bản này, Sở Tài chính - cơ quan đầu mối tham mưu về giá (sau đây gọi tắt là Cơ quan đầu mối); Văn phòng Ủy ban nhân dân tỉnh (gọi tắt là Văn phòng); Trung tâm Lưu trữ số tỉnh (sau đây gọi là Trung tâm); các sở, ban, ngành tỉnh (sau đây gọi chung là các cơ quan chuyên môn).";

describe("short forms of words a plan defines for its units", () => {
  it("reads each back to its full name, leaving what the unit is said to be after a dash", () => {
    expect(planShortForms(DEFINITIONS)).toEqual([
      ["Cơ quan đầu mối", "Sở Tài chính"],
      ["Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh"],
      ["Trung tâm", "Trung tâm Lưu trữ số tỉnh"],
      ["các cơ quan chuyên môn", "các sở, ban, ngành tỉnh"],
      ["Các cơ quan chuyên môn", "các sở, ban, ngành tỉnh"],
    ]);
  });

  it("reads a short form with a code of its own back to its full name as well", () => {
    expect(planShortForms("1. Quỹ Bảo trì đường bộ tỉnh (sau đây gọi là Quỹ BTĐB)")).toEqual([
      ["Quỹ BTĐB", "Quỹ Bảo trì đường bộ tỉnh"],
    ]);
    expect(planShortForms("Trung tâm Khí tượng thủy văn tỉnh (sau đây gọi tắt là Trung tâm KTTV) theo dõi.")).toEqual([
      ["Trung tâm KTTV", "Trung tâm Khí tượng thủy văn tỉnh"],
    ]);
  });

  it("reads the body a cited decision set up back to its full name", () => {
    const basis =
      "Căn cứ Quyết định số 77/QĐ-UBND ngày 02/3/2027 của UBND tỉnh về việc thành lập Ban Chỉ đạo Tổng điều tra " +
      "dân số tỉnh (sau đây gọi tắt là BCĐ tỉnh); Quyết định số 80/QĐ-UBND về việc kiện toàn Hội đồng Thẩm định " +
      "giá đất tỉnh (sau đây gọi là Hội đồng);";
    expect(planShortForms(basis)).toEqual([
      ["BCĐ tỉnh", "Ban Chỉ đạo Tổng điều tra dân số tỉnh"],
      ["Hội đồng", "Hội đồng Thẩm định giá đất tỉnh"],
    ]);
    expect(planShortForms("Căn cứ Quyết định số 12/QĐ-UBND về việc thành lập đoàn (sau đây gọi là Đoàn)")).toEqual([]);
  });

  it("leaves an event and a name of no unit", () => {
    // "Quy chế" folds as "Quỹ" does, but names a rule, not a fund.
    expect(
      planShortForms("1. Quy chế này quy định việc phối hợp giữa Ủy ban nhân dân tỉnh (sau đây gọi là UBND tỉnh)"),
    ).toEqual([]);
    expect(planShortForms("Hội thi Tin học trẻ lần thứ V (sau đây gọi tắt là Hội thi)")).toEqual([]);
    expect(planShortForms("Đề án phát triển du lịch của tỉnh (sau đây gọi tắt là Đề án)")).toEqual([]);
    const issuing =
      "Căn cứ Kế hoạch số 7/KH-BVHTTDL ngày 15/01/2025 của Bộ Văn hóa, Thể thao và Du lịch về tổ chức Hội khỏe Phù Đổng các cấp năm 2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức Hội khỏe Phù Đổng tỉnh lần thứ XI (sau đây gọi là Hội khỏe) như sau:";
    expect(planShortForms(issuing)).toEqual([]);
  });

  it("names the units of the tasks that use them, resolved or reported under the full name", () => {
    const plan = parse(
      [
        "I. QUY ƯỚC",
        DEFINITIONS,
        "II. NHIỆM VỤ",
        "1. Cơ quan đầu mối phối hợp với Văn phòng xây dựng bảng giá đất, hoàn thành trước ngày 30/6/2026.",
        "2. Trung tâm chủ trì số hóa hồ sơ lưu trữ, hoàn thành trong quý III/2026.",
        "3. Các cơ quan chuyên môn rà soát danh mục thủ tục, xong trước ngày 15/5/2026.",
        "4. Văn phòng Sở Tài chính lưu hồ sơ, hoàn thành trước ngày 20/5/2026.",
      ].join("\n"),
      { directory: THAI_NGUYEN_2025, issued: "2026-03-02" },
    );
    const read = tasks(plan);
    expect(read[0]).toEqual(["II.1", "2026-06-29", ["Sở Tài chính"], ["Văn phòng UBND tỉnh"]]);
    expect(read[1]).toEqual(["II.2", "2026-09-30", ["?Trung tâm Lưu trữ số tỉnh"], []]);
    expect(read[2]![2]).toContain("Sở Nội vụ");
    // "Văn phòng" opening a longer name is that name, not the short form.
    expect(read[3]![2]).not.toContain("Văn phòng UBND tỉnh");
    expect(unresolvedNames(plan)).toContain("Trung tâm Lưu trữ số tỉnh");
  });

  it("names a unit called by a short form with a code under its full name, as its other short forms", () => {
    const plan = parse(
      [
        "I. QUỸ",
        "1. Quỹ Hỗ trợ phát triển hợp tác xã tỉnh (sau đây gọi là Quỹ HTPT HTX)",
        "STT\tCông việc\tĐơn vị thực hiện\tThời hạn",
        "1\tLập báo cáo tài chính năm\tQuỹ HTPT HTX\tTrước ngày 31/3/2026",
        "2\tKiểm tra quyết toán, phối hợp với Quỹ HTPT HTX\tSở Tài chính\tTháng 6/2026",
      ].join("\n"),
      { directory: THAI_NGUYEN_2025, issued: "2026-03-02" },
    );
    const read = tasks(plan);
    expect(read.map(([, , lead, coordinators]) => [lead, coordinators])).toEqual([
      [["?Quỹ Hỗ trợ phát triển hợp tác xã tỉnh"], []],
      [["Sở Tài chính"], ["?Quỹ Hỗ trợ phát triển hợp tác xã tỉnh"]],
    ]);
    expect(unresolvedNames(plan)).toContain("Quỹ Hỗ trợ phát triển hợp tác xã tỉnh");
    expect(unresolvedNames(plan)).not.toContain("Quỹ HTPT HTX");
  });

  it("reads 100 KB of short forms with codes, defined and used, in bounded time", () => {
    const lines = ["I. QUỸ"];
    for (let i = 1; i <= 1_000; i++)
      lines.push(
        `${i}. Quỹ Hỗ trợ số ${i} tỉnh (sau đây gọi là Quỹ HT${i}); Quỹ HT${i} lập báo cáo, xong trước ngày 30/6/2026.`,
      );
    const body = lines.join("\n");
    expect(body.length).toBeGreaterThan(100_000);
    expect(planShortForms(body)).toHaveLength(1_000);
    expect(planShortForms(body)[999]).toEqual(["Quỹ HT1000", "Quỹ Hỗ trợ số 1000 tỉnh"]);
  }, 120_000);

  it("reads 100 KB of definitions and uses in bounded time", () => {
    const lines = ["I. QUY ƯỚC", DEFINITIONS, "II. NHIỆM VỤ"];
    for (let i = 1; i <= 1_100; i++)
      lines.push(`${i}. Cơ quan đầu mối phối hợp với Trung tâm, Văn phòng kiểm tra hồ sơ, xong trước ngày 30/6/2026.`);
    const body = lines.join("\n");
    expect(body.length).toBeGreaterThan(100_000);
    const read = tasks(parse(body, { directory: THAI_NGUYEN_2025, issued: "2026-03-02" }));
    expect(read).toHaveLength(1_100);
    expect(read.every(([, , lead]) => (lead as string[])[0] === "Sở Tài chính")).toBe(true);
  }, 120_000);
});
