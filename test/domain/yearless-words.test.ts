// An office writing to its own units may give every deadline in words and leave the year to the plan: a quarter's
// number in lower case, the year's first or last quarter or month, the last day of a span, a week of a month, and a
// meeting's expected opening day.
import { describe, expect, it } from "vitest";
import { findYearlessDay, parseInPlanYear } from "../../src/domain/plan-year.ts";
import { withNumberWords } from "../../src/domain/number-words.ts";

const dueOf = (sentence: string, issued = "2025-02-14") => {
  const wording = findYearlessDay(sentence);
  const read = wording === null ? null : parseInPlanYear(wording, issued);
  return read?.ok ? read.deadline.due : null;
};

describe("deadlines in words with no year", () => {
  it.each([
    ["Phòng A rà soát hồ sơ tồn đọng, xong trong quý ba.", "2025-09-30"],
    ["Phòng B lập danh sách các hộ kinh doanh, hoàn thành trong quý đầu năm.", "2025-03-31"],
    ["Văn phòng tổng hợp, báo cáo kết quả trong tháng cuối năm.", "2025-12-31"],
    ["Các đội bố trí người trực từ ngày mồng một tháng Ba cho đến hết ngày ba mươi tháng Tư.", "2025-04-30"],
    ["Phòng C tổ chức hội nghị vào tuần thứ ba của tháng Năm.", "2025-05-21"],
    [
      "Phòng D gửi số liệu trước kỳ họp cuối năm của HĐND tỉnh (dự kiến khai mạc ngày mười tháng Mười hai).",
      "2025-12-09",
    ],
  ])("%s is due on %s", (sentence, due) => {
    expect(dueOf(sentence)).toBe(due);
  });

  it("leaves periods of more than one month or quarter, and the day figures are counted to, undated", () => {
    expect(withNumberWords("6 tháng đầu năm")).toBe("6 tháng đầu năm");
    expect(withNumberWords("dồn khối lượng vào những tháng cuối năm")).toBe("dồn khối lượng vào những tháng cuối năm");
    expect(dueOf("Báo cáo số liệu tính đến ngày ba mươi tháng Sáu.")).toBeNull();
  });
});
