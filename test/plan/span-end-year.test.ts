// A span is due at its end. An office often writes the year once: on the start ("từ tháng 4/2027 đến tháng 11"), the
// end taking it (or the next, when the end comes before the start), or on the end only. Spans of days are written
// with a dash ("ngày 3-7/9/2027"), the year left to the plan; a span running backward under one year ("tháng
// 9-8/2027") is a slip no reader can mend, read as no day for the admin to set, never as either month's end.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";
import { parseInPlanYear } from "../../src/domain/plan-year.ts";
import { translator } from "../../src/i18n/index.ts";
import { warningText } from "../../src/i18n/format.ts";
import { parse, tasks } from "../support/text-plans.ts";

const due = (wording: string, issued: string | null = null) => {
  const read = issued ? parseInPlanYear(wording, issued) : parseDeadline(wording);
  return read.ok ? read.deadline.due : read.code === "invalid-date" ? read.why.fault : null;
};

describe("a span whose end leaves out the start's year", () => {
  it("is due at the end in the start's year", () => {
    expect(due("Từ tháng 4/2027 đến tháng 11")).toBe("2027-11-30");
    expect(due("từ tháng 02/2027 - tháng 6")).toBe("2027-06-30");
    expect(due("Quý I/2027 đến quý III")).toBe("2027-09-30");
    expect(due("từ ngày 10/4/2027 đến ngày 25/5")).toBe("2027-05-25");
    expect(due("Từ tháng 6/2027 đến hết năm")).toBe("2027-12-31");
  });

  it("or in the next year when the end comes before the start", () => {
    expect(due("từ tháng 11/2026 đến tháng 01")).toBe("2027-01-31");
    expect(due("Từ quý IV/2026 đến quý I")).toBe("2027-03-31");
    expect(due("từ 15/12/2026 đến 20/01")).toBe("2027-01-20");
  });

  it("and at the end whose year the start takes, as before", () => {
    expect(due("từ ngày 01/4 đến ngày 31/5/2027")).toBe("2027-05-31");
    expect(due("Quý I đến quý III/2027")).toBe("2027-09-30");
  });

  it("runs to the year's end, however the year's end is said and whatever the sentence says after it", () => {
    expect(due("từ tháng 6/2027 đến cuối năm")).toBe("2027-12-31");
    expect(due("Từ tháng 6/2027 đến hết năm, định kỳ báo cáo hằng quý")).toBe("2027-12-31");
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Xây dựng kiểm tra trật tự xây dựng từ tháng 5/2027 đến hết năm.",
        "2. Sở Y tế giám sát an toàn thực phẩm từ tháng 6/2027 đến cuối năm, báo cáo kết quả hằng quý.",
      ].join("\n"),
      { issued: "2027-03-01" },
    );
    expect(tasks(plan).map(([ref, d]) => [ref, d])).toEqual([
      ["II.1", "2027-12-31"],
      ["II.2", "2027-12-31"],
    ]);
  });

  it("leaves a start with no end, or an end with no time, undated", () => {
    expect(due("từ tháng 9/2027 đến hết năm học")).toBeNull();
    expect(due("Từ tháng 4/2027")).toBeNull();
    expect(due("Từ tháng 4/2027 đến nay")).toBeNull();
    expect(due("từ ngày 01/4/2027 đến khi hoàn thành")).toBeNull();
  });

  it("dates a task table's row by the span's end", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "STT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện",
        "1\tRà soát thủ tục hành chính nội bộ\tSở Tư pháp\tTừ tháng 4/2027 đến tháng 11",
        "2\tKiểm tra công tác văn thư, lưu trữ\tSở Nội vụ\ttừ tháng 11/2026 - tháng 01",
      ].join("\n"),
      { issued: "2026-10-02" },
    );
    expect(tasks(plan).map(([, d]) => d)).toEqual(["2027-11-30", "2027-01-31"]);
  });
});

describe("a span of days written with a dash", () => {
  it("is due at its last day, the year the plan's when left out", () => {
    expect(due("Từ ngày 03 - 07/9/2027")).toBe("2027-09-07");
    expect(due("từ ngày 3 - ngày 7/9/2027")).toBe("2027-09-07");
    expect(due("Từ ngày 03 - 07/09", "2027-02-01")).toBe("2027-09-07");
    expect(due("trong các ngày 4-5/11", "2027-02-01")).toBe("2027-11-05");
    expect(due("ngày 1-2/12", "2027-02-01")).toBe("2027-12-02");
  });

  it("never reads a span of days as a day of a year in two figures", () => {
    expect(due("các ngày 4-5/11")).toBeNull();
    expect(due("ngày 12-18/06")).toBeNull();
    expect(due("ngày 4-5-2027")).toBe("2027-05-04");
  });

  it("dates a sentence, 'ngày' written or not, the month in figures or words", () => {
    expect(findDeadlineWording("Sở Y tế tổ chức tập huấn từ 03 - 07/9/2027 tại trung tâm tỉnh.")).toMatch(/^từ 03/);
    const words = findDeadlineWording("Hội thi tổ chức ngày 3 - 7 tháng 9 năm 2027 tại nhà văn hóa.")!;
    expect(due(words)).toBe("2027-09-07");
  });
});

describe("a span running backward under one year", () => {
  it("is no day, the slip said, rather than either end", () => {
    expect(due("tháng 9-8/2027")).toBe("backward-span");
    expect(due("Tháng 9 - 8", "2027-02-01")).toBeNull();
    expect(due("Quý IV-III/2027")).toBe("backward-span");
    expect(due("ngày 17-12/5/2027")).toBe("backward-span");
  });

  it("tells the admin the task's span runs backward, not that its day does not exist", () => {
    const plan = parse(
      "II. NHIỆM VỤ\n1. Sở Nội vụ tổ chức tập huấn văn thư, lưu trữ; thời gian: tháng 8-7/2024.\n2. Sở Tư pháp rà soát văn bản quy phạm pháp luật, trước ngày 30/9/2024.",
    );
    const warning = plan.warnings.find((w) => w.args.ref === "II.1")!;
    expect(warning.code).toBe("backward-deadline");
    expect(warningText(translator("vi"), warning)).toBe(
      'Nhiệm vụ II.1: thời hạn "tháng 8-7/2024" ghi ngược (phần đầu sau phần cuối), nên chưa tính được hạn; hãy sửa lại khoảng thời gian.',
    );
  });

  it("while a span across the year's turn or two months keeps its end", () => {
    expect(due("Từ tháng 10 đến tháng 3/2027")).toBe("2027-03-31");
    expect(due("tháng 9/2026 - tháng 5/2027")).toBe("2027-05-31");
    expect(due("Từ 27/4 - 03/5/2027")).toBe("2027-05-03");
    expect(due("tháng 8-9/2027")).toBe("2027-09-30");
    expect(due("Tháng 10, 11/2027")).toBe("2027-11-30");
  });
});

describe("hostile spans", () => {
  it("reads 100 KB of them in bounds", () => {
    const start = performance.now();
    const ends = "đến tháng 11 ".repeat(8_000);
    expect(due(`Từ tháng 4/2027 ${ends}`.trim())).toBe("2027-11-30");
    expect(due(`Từ ngày ${"3 - ".repeat(25_000)}7/9`)).toBeNull();
    expect(due(`tháng ${"9-".repeat(25_000)}8/2027`)).not.toBe("x");
    expect(findDeadlineWording(`Tập huấn ${"từ 03 - 07/9 ".repeat(8_000)}tại tỉnh.`)).toBeNull();
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
