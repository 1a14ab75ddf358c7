// A deadline named as the last day allowed ("hạn cuối", "hạn cuối cùng") or as the year's end ("vào cuối năm").
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";

const due = (wording: string) => {
  const read = parseDeadline(wording);
  return read.ok ? read.deadline.due : null;
};

describe("the last day allowed, named so", () => {
  it.each([
    ["Hạn cuối: ngày 20/5/2025", "2025-05-20"],
    ["hạn cuối 20/5/2025", "2025-05-20"],
    ["Hạn cuối cùng: 03/11/2025", "2025-11-03"],
  ])("%s is that day", (wording, day) => expect(due(wording)).toBe(day));

  it("dates a sentence, after a semicolon or with no punctuation before it", () => {
    expect(findDeadlineWording("Sở Y tế rà soát danh mục thuốc; hạn cuối: ngày 20/5/2025.")).toBe(
      "hạn cuối: ngày 20/5/2025",
    );
    expect(findDeadlineWording("Sở Tài chính tổng hợp dự toán, gửi Bộ Tài chính hạn cuối cùng 03/11/2025.")).toBe(
      "hạn cuối cùng 03/11/2025",
    );
  });

  it("is no deadline when no day follows ('hạn cuối của hồ sơ')", () => {
    expect(findDeadlineWording("Hướng dẫn người dân về hạn cuối của hồ sơ đăng ký.")).toBeNull();
  });
});

describe("the end of a year", () => {
  it.each([
    ["Cuối năm 2025", "2025-12-31"],
    ["vào cuối năm 2025", "2025-12-31"],
  ])("%s is its last day", (wording, day) => expect(due(wording)).toBe(day));

  it("dates a sentence saying when a target is to be met ('vào cuối năm')", () => {
    expect(findDeadlineWording("Tỷ lệ hồ sơ trực tuyến đạt 80%, chỉ tiêu phải đạt vào cuối năm 2025.")).toBe(
      "vào cuối năm 2025",
    );
  });

  it("but a year-end meeting named within a task is what the task is, not when it is due", () => {
    expect(findDeadlineWording("Chuẩn bị nội dung hội nghị tổng kết cuối năm 2025 của ngành.")).toBeNull();
  });
});
