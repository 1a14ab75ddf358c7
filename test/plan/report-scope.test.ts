// What a report covers says what is reported, never by when: the span of days its figures cover ("số liệu tính từ
// ngày … đến ngày …", "kỳ số liệu từ … đến …"), the day they are closed at ("chốt số liệu đến hết ngày …") and the
// period the report is of ("báo cáo … quý II/2026") date nothing when the sentence sends the report by a day: the
// report is one task, due on that day, led by the sentence's subject.
import { describe, expect, it } from "vitest";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";
import { findYearlessDay } from "../../src/domain/plan-year.ts";
import { coversFigures, periodOfReport } from "../../src/domain/report-scope.ts";
import { parse, tasks } from "../support/text-plans.ts";

const title = (plan: ReturnType<typeof parse>, ref: string) => plan.tasks.find((t) => t.ref === ref)?.title;

describe("a report's scope", () => {
  it("is one task due on the day the report is sent", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Y tế lập báo cáo công tác dân số quý II/2026, số liệu tính từ ngày 15/3/2026 đến ngày 14/6/2026, gửi Sở Nội vụ trước ngày 20/6/2026.",
        "2. Sở Tư pháp báo cáo kết quả phổ biến pháp luật (kỳ số liệu từ ngày 01/01/2026 đến ngày 31/5/2026), gửi UBND tỉnh chậm nhất ngày 08/6/2026.",
        "3. Sở Công Thương thống kê các cơ sở bán lẻ xăng dầu, chốt số liệu đến hết ngày 31/7/2026, báo cáo Phó Chủ tịch UBND tỉnh chậm nhất ngày 07/8/2026.",
        "4. Ban Dân tộc tỉnh tổng hợp kết quả thực hiện tháng 9/2026 của các huyện, số liệu từ ngày 16/8/2026 đến ngày 15/9/2026; trình UBND tỉnh trước ngày 22/9/2026.",
        "5. Sở Xây dựng tổng hợp báo cáo kết quả quý III/2026; gửi Sở Nội vụ trước ngày 12/10/2026.",
        "6. Sở Giáo dục và Đào tạo lập báo cáo, số liệu tính từ ngày 15/9 đến ngày 14/10, gửi Sở Nội vụ trước ngày 18/10.",
      ].join("\n"),
      { issued: "2026-02-02" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2026-06-19", ["Sở Y tế"], []],
      ["II.2", "2026-06-08", ["Sở Tư pháp"], []],
      ["II.3", "2026-08-07", ["Sở Công Thương"], []],
      ["II.4", "2026-09-21", ["Ban Dân tộc tỉnh"], []],
      ["II.5", "2026-10-11", ["Sở Xây dựng"], []],
      ["II.6", "2026-10-17", ["Sở Giáo dục và Đào tạo"], []],
    ]);
    expect(title(plan, "II.1")).toMatch(/lập báo cáo công tác dân số quý II\/2026, .*gửi Sở Nội vụ$/u);
    expect(title(plan, "II.5")).toMatch(/tổng hợp báo cáo kết quả quý III\/2026; gửi Sở Nội vụ$/u);
  });

  it("dates nothing where it is the only time, and leaves other work's times alone", () => {
    expect(findDeadlineWording("Thu thập số liệu từ ngày 01/3/2026 đến ngày 31/3/2026")).toBeNull();
    expect(findDeadlineWording("Chốt số liệu đến hết ngày 30/6/2026")).toBeNull();
    expect(findYearlessDay("Tổng hợp báo cáo, số liệu tính từ ngày 15/5 đến ngày 14/6")).toBeNull();
    // Two reports, each sent by its own day, stay two; a period with no day after it still dates its work.
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ báo cáo kết quả quý I/2026 trước ngày 10/4/2026; báo cáo kết quả quý II/2026 trước ngày 10/7/2026.",
        "2. Sở Tài chính tổng hợp báo cáo quyết toán quý III/2026.",
        "3. Sở Y tế tập huấn từ ngày 10/5/2026 đến ngày 12/5/2026.",
      ].join("\n"),
      { issued: "2026-02-02" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1.1", "2026-04-09", ["Sở Nội vụ"], []],
      ["II.1.2", "2026-07-09", ["Sở Nội vụ"], []],
      ["II.2", "2026-09-30", ["Sở Tài chính"], []],
      ["II.3", "2026-05-12", ["Sở Y tế"], []],
    ]);
  });

  it("reads 100 KB of report scopes in bounds", () => {
    const start = performance.now();
    const sentence =
      "Sở A lập báo cáo quý I/2026, số liệu từ ngày 15/12/2025 đến ngày 14/3/2026, gửi Sở B trước ngày 18/3/2026. ";
    const wording = findDeadlineWording(sentence.repeat(800)) ?? "";
    expect(wording.slice(0, 40)).toBe("trước ngày 18/3/2026");
    const words = "số liệu kỳ báo cáo tính ".repeat(5_000);
    expect(coversFigures(`${words}từ ngày 01/01/2026`, words.length)).toBe(true);
    expect(periodOfReport(`${"báo cáo ".repeat(12_000)}quý I/2026`, 96_000)).toBe(true);
    const spans = "số liệu từ ngày 15/5 đến ngày 14/6, ".repeat(3_000);
    expect(findYearlessDay(`${spans}trước ngày 18/6`)).toBe("trước ngày 18/6");
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
