// A deadline written as a span of months is due at the end of its last month.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";

describe("a span of months", () => {
  it.each([
    ["Tháng 3-4/2025", "2025-04-30"],
    ["tháng 01 - 02/2028", "2028-02-29"],
    ["Thời gian hoàn thành: Tháng 9-10 năm 2026", "2026-10-31"],
  ])("%s is due on %s", (wording, due) => {
    const parsed = parseDeadline(wording);
    expect(parsed.ok && [parsed.deadline.due, parsed.deadline.kind]).toEqual([due, "month"]);
  });

  it("reports a span ending in a month that does not exist", () => {
    const parsed = parseDeadline("Tháng 12-13/2025");
    expect(!parsed.ok && parsed.code).toBe("invalid-date");
  });
});

describe("a span whose parts each name their month or quarter", () => {
  it.each([
    ["tháng 2/2027 - tháng 5/2027", "2027-05-31", "month"],
    ["Từ tháng 01/2028 đến tháng 3/2028", "2028-03-31", "month"],
    ["Quý I/2027 - Quý III/2027", "2027-09-30", "quarter"],
    ["Quý III - Quý IV/2025", "2025-12-31", "quarter"],
  ])("%s ends with its last part, on %s", (wording, due, kind) => {
    const parsed = parseDeadline(wording);
    expect(parsed.ok && [parsed.deadline.due, parsed.deadline.kind]).toEqual([due, kind]);
  });
});

describe("a span from a month to the end of a year", () => {
  it("ends with its year", () => {
    const wording = findDeadlineWording(
      "Đài Phát thanh đăng tin về cải cách hành chính, từ tháng 3/2027 đến hết năm 2027.",
    );
    expect(wording).toBe("từ tháng 3/2027 đến hết năm 2027");
    expect(parseDeadline(wording!)).toMatchObject({ ok: true, deadline: { due: "2027-12-31", kind: "year" } });
  });

  it("still reads a month things start from, with no end of a span after it, as no deadline", () => {
    expect(findDeadlineWording("Sở Y tế theo dõi các trạm y tế từ tháng 3/2027 đến nay.")).toBeNull();
  });
});

describe("a span of months inside a sentence", () => {
  it("is found with spaces around its dash", () => {
    const wording = findDeadlineWording("Sở Y tế kiểm tra các trạm y tế xã, thực hiện trong tháng 7 - 8/2027.");
    expect(wording).toBe("tháng 7 - 8/2027");
    expect(parseDeadline(wording!)).toMatchObject({ ok: true, deadline: { due: "2027-08-31" } });
  });
});

describe("a span of days within one month", () => {
  it.each([
    ["Từ ngày 07 - 11/9/2026", "2026-09-11"],
    ["ngày 3-4/12/2027", "2027-12-04"],
    ["Tổ chức trong các ngày 26 - 28/3/2026", "2026-03-28"],
  ])("%s is due on its last day, %s", (wording, due) => {
    const parsed = parseDeadline(wording);
    expect(parsed.ok && parsed.deadline.due).toBe(due);
  });

  it.each([
    ["Từ 03-05/11/2027", "2027-11-05"],
    ["17 - 19/3/2027", "2027-03-19"],
  ])("%s, with no 'ngày', is due on its last day, %s", (wording, due) => {
    const parsed = parseDeadline(wording);
    expect(parsed.ok && parsed.deadline.due).toBe(due);
  });

  it("reads a span from a day to a time with no date as no deadline", () => {
    expect(parseDeadline("từ ngày 01/7/2026 đến thời điểm báo cáo")).toMatchObject({ ok: false, code: "no-date" });
    expect(findDeadlineWording("Phạm vi khảo sát: các hồ sơ tiếp nhận từ ngày 15/3/2027 đến nay.")).toBeNull();
  });

  it("still reads a day that only begins the work as no deadline", () => {
    expect(parseDeadline("Từ ngày 07/9/2026")).toMatchObject({ ok: false, code: "no-date" });
  });
});

describe("a span of days across two months", () => {
  it.each([
    ["Từ 30/3 - 02/4/2027", "2027-04-02"],
    ["Từ 27/10 - 29/10/2027", "2027-10-29"],
  ])("%s is due on its last day, %s", (wording, due) => {
    const parsed = parseDeadline(wording);
    expect(parsed.ok && parsed.deadline.due).toBe(due);
  });
});

describe("work done in rounds", () => {
  it.each([
    ["Đợt 1: tháng 3/2028; Đợt 2: tháng 10/2028", "2028-10-31"],
    ["Đợt I: trước 20/5/2027, Đợt II: trước 20/11/2027", "2027-11-19"],
    ["Hạn: 14/9/2027", "2027-09-14"],
  ])("%s is due on %s, when its last round is", (wording, due) => {
    const parsed = parseDeadline(wording);
    expect(parsed.ok && [parsed.deadline.due, parsed.deadline.text]).toEqual([due, wording]);
  });

  it("is due with the last round a sentence names, not the first", () => {
    const sentence =
      "Phòng Y tế kiểm tra các cơ sở theo ba đợt: Đợt 1 xong trước ngày 10/4/2027; Đợt 2 xong trước ngày 10/8/2027; Đợt 3 xong chậm nhất ngày 05/12/2027.";
    expect(findDeadlineWording(sentence)).toBe("chậm nhất ngày 05/12/2027");
  });

  it("is due with the last of parts counted by ordinals, and one such part alone is no round", () => {
    const sentence =
      "Tổ chức 03 lớp tập huấn: lớp thứ nhất trong tháng 3/2027, lớp thứ hai trong tháng 6/2027; lớp thứ ba trong tháng 9/2027.";
    expect(parseDeadline(findDeadlineWording(sentence)!)).toMatchObject({ deadline: { due: "2027-09-30" } });
    expect(parseDeadline("tháng 5/2027, kiểm tra lần thứ hai")).toMatchObject({ deadline: { due: "2027-05-31" } });
  });
});

describe("a span of days that ends at an hour of its last day", () => {
  it.each([
    ["Từ ngày 02/11/2026 đến 17 giờ 00 ngày 20/11/2026", "2026-11-20"],
    ["từ 05/01/2027 đến 16h30 ngày 15/01/2027", "2027-01-15"],
    ["Từ ngày 01/6/2026 đến 11 giờ 30 phút ngày 05/6/2026", "2026-06-05"],
  ])("%s ends on that day, %s", (wording, due) => {
    const parsed = parseDeadline(wording);
    expect(parsed.ok && [parsed.deadline.due, parsed.deadline.kind]).toEqual([due, "on"]);
  });
});

describe("a span of days or an hour of a day in a sentence", () => {
  it.each([
    [
      "Tổ chức bồi dưỡng giáo viên dạy lớp 5, lớp 9 từ ngày 05–09/8/2027 tại Trường Cao đẳng.",
      "từ ngày 05-09/8/2027",
      "2027-08-09",
    ],
    ["Tổ chức tập huấn trong các ngày 26 - 28/3/2027 tại Hội trường tỉnh.", "các ngày 26 - 28/3/2027", "2027-03-28"],
    ["Tổng hợp kết quả, báo cáo UBND tỉnh trước 17 giờ ngày 30/8/2027.", "trước 17 giờ ngày 30/8/2027", "2027-08-30"],
    ["Gửi số liệu về Sở Y tế trước 9h30 ngày 05/3/2027.", "trước 9h30 ngày 05/3/2027", "2027-03-05"],
  ])("%s dates the work from %s, %s", (sentence, start, due) => {
    const wording = findDeadlineWording(sentence) ?? "";
    expect(wording.startsWith(start)).toBe(true);
    const parsed = parseDeadline(wording);
    expect(parsed.ok && parsed.deadline.due).toBe(due);
  });
});
