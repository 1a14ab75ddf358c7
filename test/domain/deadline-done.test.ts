// A time cell that reports the work as done ("Đã tổ chức …") dates when it was done: nothing is due.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";

describe("work reported as done where a deadline goes", () => {
  it.each(["Đã tổ chức từ 18 - 20/01/2024", "Đã hoàn thành tháng 3/2024", "đã thực hiện ngày 05/02/2024"])(
    "%s has no deadline",
    (wording) => {
      const parsed = parseDeadline(wording);
      expect(!parsed.ok && parsed.code).toBe("no-date");
    },
  );

  it("leaves a deadline that says when to finish alone", () => {
    const parsed = parseDeadline("Hoàn thành trước 20/3/2024");
    expect(parsed.ok && parsed.deadline.due).toBe("2024-03-19");
  });
});
