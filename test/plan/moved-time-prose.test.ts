// A sentence of an amending plan moving a deadline names the old time and the new one ("… từ ngày 31/5 thành trước
// ngày 16/8", "… tháng 9 được lùi sang tháng 11"): the task is due by the new time, one task, never two.
import { describe, expect, it } from "vitest";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";
import { parse, tasks } from "../support/text-plans.ts";

const items = (lines: string[]) =>
  ["III. ĐIỀU CHỈNH THỜI HẠN", ...lines.map((line, i) => `${i + 1}. ${line}`)].join("\n\n");

describe("a sentence moving a deadline", () => {
  it("dates each task by the time after the turn, however the move is said", () => {
    const plan = parse(
      items([
        "Nhiệm vụ cập nhật cơ sở dữ liệu cán bộ: giao Sở Nội vụ chủ trì; điều chỉnh thời hạn từ ngày 31/5/2024 thành trước ngày 16/8/2024.",
        "Sở Tư pháp rà soát quy chế phối hợp; thời gian thực hiện được điều chỉnh từ quý II/2024 thành quý III/2024.",
        "Sở Y tế khảo sát sự hài lòng của người bệnh, thời hạn 30/6/2024 được lùi sang 15/9/2024.",
        "Sở Tài chính tổng hợp dự toán, thời gian hoàn thành từ tháng 7/2024 điều chỉnh thành tháng 10/2024.",
        "Sở Thông tin và Truyền thông nâng cấp cổng thông tin, thời hạn quý III/2024, nay điều chỉnh thành quý IV/2024.",
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["III.1", "2024-08-15", ["Sở Nội vụ"], []],
      ["III.2", "2024-09-30", ["Sở Tư pháp"], []],
      ["III.3", "2024-09-15", ["Sở Y tế"], []],
      ["III.4", "2024-10-31", ["Sở Tài chính"], []],
      ["III.5", "2024-12-31", ["Sở Thông tin và Truyền thông"], []],
    ]);
  });

  it("leaves a time followed by other work ('…, sang năm …', 'thành lập …') or a year's money moved as it is", () => {
    expect(findDeadlineWording("giải ngân vốn năm 2023 được kéo dài sang năm 2024, chậm nhất ngày 30/6/2024")).toBe(
      "chậm nhất ngày 30/6/2024",
    );
    expect(findDeadlineWording("hoàn thành trước ngày 30/6/2024, sang năm 2025 tiếp tục duy trì")).toMatch(
      /^trước ngày 30\/6\/2024/,
    );
    expect(findDeadlineWording("Sở Nội vụ hoàn thành trước ngày 30/6/2024 thành lập tổ công tác")).toMatch(
      /^trước ngày 30\/6\/2024/,
    );
  });

  it("reads 2,000 moved items", () => {
    const lines = Array.from(
      { length: 2000 },
      (_, i) =>
        `Sở Nội vụ thực hiện nhiệm vụ số ${i + 1}, điều chỉnh thời gian hoàn thành từ ngày 31/5/2024 thành trước ngày 16/8/2024.`,
    );
    const read = tasks(parse(items(lines)));
    expect(read).toHaveLength(2000);
    expect(new Set(read.map(([, due]) => due))).toEqual(new Set(["2024-08-15"]));
  });
});

describe("review of set 46: a move said otherwise, a year money goes into", () => {
  it("dates a task by the time a move says with 'là', 'lại thành' or 'đến'", () => {
    const plan = parse(
      items([
        "Sở Nội vụ tổng hợp báo cáo, thời hạn hoàn thành ngày 30/11/2024 được điều chỉnh là ngày 20/12/2024.",
        "Sở Tư pháp rà soát văn bản, thời hạn tháng 9/2024 được điều chỉnh lại thành tháng 11/2024.",
        "Sở Y tế khảo sát người bệnh, thời hạn ngày 30/9/2024 lùi đến ngày 31/10/2024.",
        "Sở Tài chính lập dự toán, thời gian từ quý III/2024 gia hạn tới quý IV/2024.",
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["III.1", "2024-12-20", ["Sở Nội vụ"], []],
      ["III.2", "2024-11-30", ["Sở Tư pháp"], []],
      ["III.3", "2024-10-31", ["Sở Y tế"], []],
      ["III.4", "2024-12-31", ["Sở Tài chính"], []],
    ]);
  });

  it("keeps a range's end and a day named 'là' with no move as they were", () => {
    expect(findDeadlineWording("Sở Nội vụ kiểm tra từ ngày 01/10/2024 đến ngày 30/10/2024")).toMatch(/30\/10\/2024$/);
    expect(findDeadlineWording("hoàn thành trước ngày 30/6/2024 là thời điểm tổng kết")).toMatch(
      /^trước ngày 30\/6\/2024/,
    );
  });

  it("reads a bare year after 'sang' as where something goes when a day follows it", () => {
    const plan = parse(
      items([
        "Sở Tài chính chủ trì chuyển nguồn kinh phí còn dư đến ngày 31/12/2024 sang năm 2025, hoàn thành trước ngày 15/01/2025.",
        "Kho bạc Nhà nước tỉnh chuyển số dư tạm ứng đến hết ngày 31/12/2024 sang năm 2025 trong tháng 01/2025.",
        "Sở Nội vụ chuyển hồ sơ còn tồn tại ngày 30/11/2024 sang năm 2025, chậm nhất ngày 10/01/2025.",
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["III.1", "2025-01-14", ["Sở Tài chính"], []],
      ["III.2", "2025-01-31", ["Kho bạc Nhà nước tỉnh"], []],
      ["III.3", "2025-01-10", ["Sở Nội vụ"], []],
    ]);
  });

  it("still moves a deadline into a year when the year is the new time", () => {
    expect(findDeadlineWording("Sở Y tế xây dựng đề án, thời hạn quý IV/2024 được lùi sang năm 2025.")).toBe(
      "năm 2025",
    );
  });
});

describe("review of set 46: long items repeating a time and a turn", () => {
  it("reads 20 items of 10,000 characters, each due by its last day", () => {
    const item = "từ ngày 30/11/2024 thành ".repeat(400) + "hoàn thành trước ngày 30/9/2024.";
    const read = tasks(
      parse(["I. NHIỆM VỤ", ...Array.from({ length: 20 }, (_, i) => `${i + 1}. Sở Nội vụ ${item}`)].join("\n\n")),
    );
    expect(read).toEqual(Array.from({ length: 20 }, (_, i) => [`I.${i + 1}`, "2024-09-29", ["Sở Nội vụ"], []]));
  });
});
