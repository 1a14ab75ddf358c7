// A plan recalling work already done may say who did it in the passive: "… đã được Sở X phối hợp với Y thực hiện xong
// trong tháng 12/2023", its time before the plan's own date. That is a result, as "… đã hoàn thành …" is, not a task.
// Work that was given ("đã được UBND tỉnh giao thực hiện trong tháng 12/2023") is carried over, still due; and a
// day on or after the plan's date is work ahead.
import { describe, expect, it } from "vitest";
import { notedDoneBefore } from "../../src/plan/done-rows.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("work a plan says others have done", () => {
  const plan = parse(
    [
      "III. NỘI DUNG",
      "1. Khảo sát mức độ hài lòng của người dân đã được Sở Nội vụ phối hợp với Cục Thống kê tỉnh thực hiện xong trong tháng 12/2023.",
      "2. Việc số hóa hồ sơ đã được Văn phòng UBND tỉnh tổ chức trong tháng 01/2024.",
      "3. Việc chỉnh lý tài liệu đã được UBND tỉnh giao thực hiện trong tháng 12/2023, Sở Nội vụ tiếp tục thực hiện.",
      "4. Hội nghị tổng kết đã được Sở Nội vụ tổ chức trong tháng 4/2024.",
    ].join("\n"),
  );
  const refs = tasks(plan).map((t) => t[0]);

  it("drops work done before the plan by the body it names", () => {
    expect(refs).not.toContain("III.1");
    expect(refs).not.toContain("III.2");
  });

  it("keeps work given but not said done, and work dated after the plan", () => {
    expect(refs).toContain("III.3");
    expect(refs).toContain("III.4");
  });

  it("reads a 100 KB sentence of passives no done work closes", () => {
    const december = { text: "trong tháng 12/2023", due: "2023-12-31", effectiveDue: "2023-12-31" } as const;
    const passives = "đã được Sở Nội vụ xem xét và ".repeat(3500);
    expect(notedDoneBefore([`Hồ sơ ${passives}trình UBND tỉnh`], december, "2024-03-05")).toBe(false);
    expect(notedDoneBefore([`Hồ sơ ${passives}thực hiện xong`], december, "2024-03-05")).toBe(true);
  });
});
