// "a) Sở A, Trung tâm B: chậm nhất ngày …": names alone before a colon are who does the item, each of them, the
// last one too when the directory lacks it (the colon ends its name). "Viễn thông X", the telecom group's unit in a
// province, is a body named by its place, as "Bưu điện tỉnh" and "Điện lực X" are.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("units before a colon", () => {
  const plan = parse(
    [
      "1. Các cơ quan có báo cáo chuyên đề gửi bài về Sở Nội vụ, cụ thể:",
      "a) Sở Tư pháp, Trung tâm Dịch vụ việc làm tỉnh: chậm nhất ngày 16/4/2024;",
      "b) Trung tâm Dịch vụ việc làm tỉnh, Sở Tư pháp: chậm nhất ngày 17/4/2024.",
      "2. Viễn thông Thái Nguyên bảo đảm đường truyền cho Hội nghị, xong trong ngày 20/4/2024.",
    ].join("\n"),
  );
  const task = (ref: string) => tasks(plan).find((t) => t[0] === ref);

  it("lead the item, a name the directory lacks kept for the admin wherever it stands", () => {
    expect(task("1.a")).toEqual(["1.a", "2024-04-16", ["Sở Tư pháp", "?Trung tâm Dịch vụ việc làm tỉnh"], []]);
    expect(task("1.b")).toEqual(["1.b", "2024-04-17", ["?Trung tâm Dịch vụ việc làm tỉnh", "Sở Tư pháp"], []]);
  });

  it("'Viễn thông' and its place is a body that leads", () => {
    expect(task("2")).toEqual(["2", "2024-04-20", ["?Viễn thông Thái Nguyên"], []]);
  });
});
