// Two dates in one sentence of one work: a target reached in stages ("đạt 30% … trước ngày A và 90% … đến hết ngày
// B") is due when its last share is; a draft of something named for its year ("dự thảo báo cáo tổng kết năm 2027,
// gửi … trước ngày A, trình … trước ngày B") has its day at A, not in the year that names it.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";

const found = (sentence: string) => {
  const wording = findDeadlineWording(sentence);
  const parsed = wording === null ? null : parseDeadline(wording);
  return parsed?.ok ? parsed.deadline.due : null;
};

describe("a target reached in stages", () => {
  it("is due with its last share", () => {
    expect(
      found("Các chủ đầu tư thanh toán tối thiểu 30% khối lượng trước ngày 31/5/2027 và 90% đến hết ngày 30/11/2027."),
    ).toBe("2027-11-30");
  });

  it("is due with its day when only one share has one", () => {
    expect(found("Sở Y tế đạt 60% hồ sơ điện tử, bảo đảm 100% trạm y tế kết nối trước ngày 30/9/2027.")).toBe(
      "2027-09-29",
    );
    expect(found("Thu ngân sách đạt 50% dự toán trước ngày 30/6/2027.")).toBe("2027-06-29");
  });
});

describe("a draft named for its year", () => {
  it("is due with the step after the draft's own day", () => {
    expect(
      found(
        "Sở Nội vụ dự thảo báo cáo tổng kết năm 2027, gửi các thành viên Hội đồng trước ngày 05/12/2027, trình UBND tỉnh trước ngày 20/12/2027.",
      ),
    ).toBe("2027-12-19");
  });

  it("still dates a draft by a month of a year", () => {
    expect(found("Hoàn thiện dự thảo trong tháng 5 năm 2027, trình HĐND tỉnh tại kỳ họp tháng 7/2027.")).toBe(
      "2027-07-31",
    );
  });
});
