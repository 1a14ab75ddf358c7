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

// "kiểm kê" (take stock) and "chấm" (mark, grade) in lower case after a body's name are what it does; after a team's
// kind they name the team ("Tổ kiểm kê", "Hội đồng chấm thi"), as "kiểm tra" does ("Đoàn kiểm tra").
describe("inspecting verbs after a name the directory lacks", () => {
  const plan = parse(
    [
      "1. Trung tâm Lưu trữ lịch sử tỉnh:",
      "a) Phối hợp với Công an phường kiểm kê tài liệu tồn đọng trước ngày 20/5/2024.",
      "2. Ban Giám khảo Cuộc thi chấm bài dự thi vòng sơ khảo, xong trước ngày 15/6/2024.",
      "3. Hội đồng chấm thi tỉnh tổng hợp kết quả trong tháng 7/2024.",
    ].join("\n"),
  );
  const task = (ref: string) => tasks(plan).find((t) => t[0] === ref);

  it("end the partner's name before the work", () => {
    expect(task("1.a")?.[3]).toEqual(["?Công an phường"]);
  });

  it("end the lead's name before the work", () => {
    expect(task("2")?.[2]).toEqual(["?Ban Giám khảo Cuộc thi"]);
  });

  it("stay in a team's name after its kind", () => {
    expect(task("3")?.[2]).toEqual(["?Hội đồng chấm thi tỉnh"]);
  });
});
