// Deadlines counted from an event: the plan's own date, or the day another item of the plan gives.
import { describe, expect, it } from "vitest";
import { findRelativeDeadline, referencedRef, relativeDue } from "../../src/domain/relative-deadline.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";

describe("findRelativeDeadline", () => {
  it.each([
    ["Sở Tư pháp thẩm định dự thảo trong vòng 10 ngày kể từ ngày Quyết định này được ký.", 10, 1],
    ["gửi Sở Nội vụ trong thời hạn 20 ngày kể từ ngày ban hành Kế hoạch này.", 20, 1],
    ["Thời hạn: không quá 45 ngày kể từ ngày ký ban hành", 45, 1],
  ])("%j counts %i days from the document's own date", (sentence, count, direction) => {
    expect(findRelativeDeadline(sentence)).toMatchObject({
      count,
      direction,
      workingDays: false,
      anchor: { kind: "issued" },
    });
  });

  it("reads working days and a period that ends before its event", () => {
    expect(findRelativeDeadline("Trong 05 ngày làm việc kể từ ngày ban hành, …")).toMatchObject({
      text: "Trong 05 ngày làm việc kể từ ngày ban hành",
      count: 5,
      workingDays: true,
    });
    expect(
      findRelativeDeadline("nộp hồ sơ chậm nhất 03 ngày trước ngày khai mạc Hội thi nêu tại khoản 4 Mục III."),
    ).toMatchObject({
      text: "chậm nhất 03 ngày trước ngày khai mạc Hội thi nêu tại khoản 4 Mục III",
      direction: -1,
      anchor: { kind: "item", item: { clause: "4", section: "III" } },
    });
  });

  it("a point or clause called 'này' is the task's own", () => {
    expect(findRelativeDeadline("Trong 12 ngày sau buổi tọa đàm quy định tại điểm c khoản này, …")?.anchor).toEqual({
      kind: "item",
      item: { point: "c", clause: undefined, section: undefined },
    });
  });

  it("an event written with its day, first or in brackets, is dated by it", () => {
    expect(
      findRelativeDeadline("nộp bài trong 05 ngày làm việc kể từ ngày 12/10/2026 (ngày phát động)."),
    ).toMatchObject({
      text: "trong 05 ngày làm việc kể từ ngày 12/10/2026 (ngày phát động)",
      count: 5,
      anchor: { kind: "day", text: "ngày 12/10/2026" },
    });
    expect(findRelativeDeadline("chấm bài trong 03 ngày sau ngày hết hạn nộp bài (ngày 19/10)")?.anchor).toEqual({
      kind: "day",
      text: "ngày 19/10",
    });
    // The day of a document the event names is not the event's.
    expect(findRelativeDeadline("trả lời trong 10 ngày kể từ ngày nhận Công văn số 15/STP ngày 02/3/2026.")).toBeNull();
  });

  it("'thời hạn như điểm b' takes another item's day, a law's clause none", () => {
    expect(
      findRelativeDeadline("Các trường học báo cáo về Sở; thời gian thực hiện như khoản 2 Mục này."),
    ).toMatchObject({
      count: 0,
      anchor: { kind: "item", item: { clause: "2" } },
    });
    expect(findRelativeDeadline("thời hạn như khoản 3 Điều 5 Nghị định số 30/2020/NĐ-CP.")).toBeNull();
  });

  it.each([
    "giải quyết trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    "trả lời trong vòng 7 ngày kể từ ngày Công văn số 120/SNV-CCHC được ban hành.",
    "Sở Y tế tổng hợp báo cáo trước ngày 10/10/2026.",
  ])("%j is dated by no event the plan gives a day for", (sentence) => {
    expect(findRelativeDeadline(sentence)).toBeNull();
  });
});

describe("referencedRef and relativeDue", () => {
  it("names the item from the referring one's place", () => {
    expect(referencedRef("III.2.d", { point: "b" })).toBe("III.2.b");
    expect(referencedRef("V.4", { clause: "1" })).toBe("V.1");
    expect(referencedRef("II.6", { clause: "2", section: "I" })).toBe("I.2");
    expect(referencedRef("4.c", { point: "a" })).toBe("4.a");
  });

  it("counts calendar days from the day after the event, or working days", () => {
    const days = findRelativeDeadline("trong vòng 10 ngày kể từ ngày ban hành Kế hoạch")!;
    expect(relativeDue(days, "2026-05-20", shippedCalendar)).toBe("2026-05-30");
    const before = findRelativeDeadline("chậm nhất 05 ngày trước ngày họp nêu tại khoản 1")!;
    expect(relativeDue(before, "2026-10-09", shippedCalendar)).toBe("2026-10-04");
    // From Friday 24/4/2026, with 27/4 (for Hùng Kings' day), 30/4 and 1/5 off: 28/4, 29/4, 4/5, 5/5, 6/5.
    const working = findRelativeDeadline("trong 05 ngày làm việc kể từ ngày ký")!;
    expect(relativeDue(working, "2026-04-24", shippedCalendar)).toBe("2026-05-06");
  });
});
