// A subject ends at its verb: "cam kết" (a body registering what it will do) and "đưa" ("đưa chuyên mục … vào hoạt
// động") are verbs in lower case that no body's name holds, so the name before them is the lead, known or not.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("verbs that end a subject", () => {
  const plan = parse(
    [
      "1. Văn phòng Điều phối nông thôn mới tỉnh đưa chuyên mục hỏi đáp lên Cổng thông tin điện tử tỉnh trước ngày 01/6/2024.",
      "2. Trung tâm Dịch vụ việc làm tỉnh cam kết giải quyết 100% hồ sơ đúng hạn, hoàn thành trong quý III/2024.",
    ].join("\n"),
  );
  it("cut the unit's name before the work", () => {
    expect(tasks(plan).map((t) => [t[0], t[2]])).toEqual([
      ["1", ["?Văn phòng Điều phối nông thôn mới tỉnh"]],
      ["2", ["?Trung tâm Dịch vụ việc làm tỉnh"]],
    ]);
  });
});
