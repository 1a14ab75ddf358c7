// Work that goes on from a day and names no end ("Thường xuyên từ ngày …", "Bắt đầu từ …") has no deadline: the day
// is when it starts, as a bare "Từ ngày …" is.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";

describe("a day work goes on from", () => {
  it.each(["Thường xuyên từ ngày 15/3/2026", "Bắt đầu từ ngày 02/6/2025", "Thường xuyên, từ tháng 4/2026"])(
    "%s is no deadline",
    (wording) => {
      const parsed = parseDeadline(wording);
      expect(!parsed.ok && parsed.code).toBe("no-date");
    },
  );

  it("while a span it opens is due on its end", () => {
    const parsed = parseDeadline("Thường xuyên từ ngày 15/3/2026 đến ngày 30/4/2026");
    expect(parsed.ok && parsed.deadline.due).toBe("2026-04-30");
  });
});
