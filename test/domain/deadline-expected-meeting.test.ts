// Work due before a meeting whose expected day is given in brackets ("trước Hội nghị tổng kết (dự kiến ngày
// 18/12/2025)") is due the day before it, as work due "trước ngày 18/12/2025" is; the bare day is the meeting's.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";
import { meetingSentences } from "../support/large-inputs.ts";

const due = (wording: string) => {
  const parsed = parseDeadline(wording);
  return parsed.ok ? parsed.deadline.due : null;
};

describe("work due before a meeting of an expected day", () => {
  it("is found in a sentence and due the day before the meeting", () => {
    const sentence =
      "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước Hội nghị tổng kết năm của Ban Chỉ đạo (dự kiến ngày 18/12/2025).";
    const wording = findDeadlineWording(sentence);
    expect(wording).toBe("trước Hội nghị tổng kết năm của Ban Chỉ đạo (dự kiến ngày 18/12/2025)");
    expect(due(wording!)).toBe("2025-12-17");
  });

  it("reads a time cell, and a day written in words", () => {
    expect(due("Hoàn thành trước Kỳ họp thứ Mười (dự kiến ngày 09/7/2025)")).toBe("2025-07-08");
    expect(due("trước phiên họp (dự kiến khai mạc ngày mười tháng Bảy năm 2025)")).toBe("2025-07-09");
  });

  it("keeps a day written before the meeting, and a meeting held on its day", () => {
    expect(due("trước ngày 30/6/2025, trước Hội nghị sơ kết (dự kiến ngày 10/7/2025)")).toBe("2025-06-29");
    expect(findDeadlineWording("Trình tại Kỳ họp chuyên đề (dự kiến ngày 20/8/2025).")).toBe("ngày 20/8/2025");
  });

  it("reads 5,000 sentences, and one of 20,000 meetings", () => {
    const { sentences, long } = meetingSentences(5000);
    for (const sentence of sentences) expect(findDeadlineWording(sentence)).not.toBeNull();
    expect(findDeadlineWording(long)).toBe("trước Hội nghị (dự kiến ngày 15/9/2025)");
  }, 30000);
});
