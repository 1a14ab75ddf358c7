// An item with no subject about sending a report names who sends it by whose report it is.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("'gửi báo cáo … của X' with no subject", () => {
  it("is led by X, the body whose report is sent; a subject, when written, leads instead", () => {
    const plan = parse(
      [
        "II. NỘI DUNG SỬA ĐỔI",
        "1. Lùi thời hạn gửi báo cáo quý II của Sở Y tế, Công an tỉnh về Sở Nội vụ thành trước ngày 20/7/2024.",
        "2. Sở Tư pháp gửi báo cáo của các phòng về Sở Nội vụ trước ngày 25/7/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-07-19", ["Sở Y tế", "Công an tỉnh"], []],
      ["II.2", "2024-07-24", ["Sở Tư pháp"], []],
    ]);
  });
});
