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

  // A word of the done list inside the doer's name ("Ban Tổ chức …", "Sở Giao thông vận tải") is no verb; a body that
  // allowed, guided, approved, funded, delegated, agreed to or commented on the work did not do it; and what follows
  // "nay" (now another does it) is work still due.
  const december = { text: "trong tháng 12/2023", due: "2023-12-31", effectiveDue: "2023-12-31" } as const;
  const done = (text: string) => notedDoneBefore([text], december, "2024-03-05");

  it("reads the verb after the whole name of its doer, never a word inside the name", () => {
    expect(done("Tuyến đường tỉnh 261 đã được Sở Giao thông vận tải thực hiện xong trong tháng 12/2023.")).toBe(true);
    expect(done("Hội nghị đã được Sở Văn hóa, Thể thao và Du lịch tổ chức trong tháng 12/2023.")).toBe(true);
    expect(done("Quy chế đã được Ban Tổ chức Tỉnh ủy xem xét trong tháng 12/2023.")).toBe(false);
    expect(done("Dự thảo đã được Ban Tổ chức Huyện ủy thông qua trong tháng 12/2023.")).toBe(false);
  });

  it("keeps work a body allowed, guided, approved, funded, delegated or commented on, and work now another's", () => {
    for (const verb of [
      "cho phép lùi thời gian",
      "hướng dẫn",
      "phê duyệt và bố trí vốn",
      "ủy quyền",
      "chấp thuận chủ trương",
      "góp ý",
    ]) {
      expect(done(`Việc chỉnh lý hồ sơ đã được UBND tỉnh ${verb} thực hiện trong tháng 12/2023.`)).toBe(false);
    }
    expect(done("Đề án đã được Sở Tư pháp thẩm định trong tháng 12/2023 nay Sở Nội vụ tổ chức lấy ý kiến.")).toBe(
      false,
    );
    expect(
      done("Việc cải tạo nút giao thông đã được UBND huyện giao Ban Quản lý dự án thực hiện trong tháng 12/2023."),
    ).toBe(false);
  });

  it("drops and keeps such items in a plan", () => {
    const read = parse(
      [
        "III. NỘI DUNG",
        "1. Việc lập danh mục hồ sơ đã được UBND tỉnh cho phép lùi thời gian thực hiện trong tháng 12/2023.",
        "2. Quy chế phối hợp đã được Ban Tổ chức Tỉnh ủy góp ý trong tháng 12/2023 nay Sở Nội vụ hoàn thiện trình UBND tỉnh.",
        "3. Việc sửa chữa cầu treo đã được Sở Giao thông vận tải thực hiện xong trong tháng 12/2023.",
      ].join("\n"),
    );
    expect(tasks(read).map((t) => t[0])).toEqual(["III.1", "III.2"]);
  });

  it("reads a 100 KB sentence of passives no done work closes", () => {
    const passives = "đã được Sở Nội vụ xem xét và ".repeat(3500);
    expect(notedDoneBefore([`Hồ sơ ${passives}trình UBND tỉnh`], december, "2024-03-05")).toBe(false);
    expect(notedDoneBefore([`Hồ sơ ${passives}thực hiện xong`], december, "2024-03-05")).toBe(true);
  });
});
