// An emulation council's guidance lists the award forms with who submits their dossiers and by when: each form is a
// task of the submitting bodies, due on its day; the number of sets is neither who nor when.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a table of award forms with dossier deadlines", () => {
  it("reads each form as a task of the bodies that submit it", () => {
    const plan = parse(
      [
        "II. THỜI HẠN GỬI HỒ SƠ",
        "STT\tHình thức khen thưởng\tCơ quan, đơn vị trình\tSố bộ hồ sơ\tThời hạn gửi hồ sơ",
        "1\tBằng khen của Thủ tướng Chính phủ\tSở Y tế\t03 bộ\tTrước ngày 10/4/2024",
        '2\tDanh hiệu "Chiến sĩ thi đua cấp tỉnh"\tSở Tư pháp; Sở Tài chính\t02 bộ\tTrong tháng 5/2024',
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-04-09", ["Sở Y tế"], []],
      ["2", "2024-05-31", ["Sở Tư pháp", "Sở Tài chính"], []],
    ]);
    expect(plan.tasks[0]!.title).toBe("Bằng khen của Thủ tướng Chính phủ");
  });
});
