// A plan's note setting the day within a period for the tasks timed by that period ("Nhiệm vụ có thời gian thực hiện
// theo quý: … hoàn thành chậm nhất ngày 20 của tháng cuối quý"): a task timed by one quarter (or month) alone is due
// on that day of it, not on the period's last; any other time stays as written, and the note is no task.
import { describe, expect, it } from "vitest";
import { parse, table } from "../support/text-plans.ts";

const HEADER = ["STT", "Thời gian", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"];
const ROWS = [
  ["1", "Trước 15/3/2024", "Tổ chức hội nghị triển khai nhiệm vụ", "Sở Nội vụ", "", ""],
  ["2", "Quý II/2024", "Kiểm tra công tác cải cách hành chính tại các cơ quan", "Sở Nội vụ", "Sở Tư pháp", ""],
  ["3", "Tháng 5/2024", "Lập danh sách mẫu điều tra xã hội học", "Sở Nội vụ", "", ""],
  ["4", "Từ tháng 7 đến tháng 9/2024", "Tổ chức điều tra xã hội học", "Sở Nội vụ", "", ""],
  ["5", "cuối quý III/2024", "Tự kiểm tra việc thực hiện quy chế văn hóa công sở", "Sở Tư pháp", "", ""],
  ["6", "Quý IV năm 2024", "Báo cáo kết quả thực hiện Kế hoạch", "Sở Nội vụ", "", ""],
];
const QUARTERS =
  "- Nhiệm vụ có thời gian thực hiện theo quý: các cơ quan, đơn vị hoàn thành chậm nhất ngày 20 của tháng cuối quý.";

const tablePlan = (notes: string[]) =>
  parse(["II. NHIỆM VỤ", table([HEADER, ...ROWS]), "Ghi chú:", ...notes].join("\n"), { issued: "2024-02-02" });
const dues = (p: ReturnType<typeof parse>) =>
  p.tasks.filter((t) => t.kind === "task").map((t) => [t.ref, t.deadline?.due ?? null]);

describe("a note setting the day within a period for the tasks timed by it", () => {
  it("dates a row timed by one quarter alone on that day of the quarter, and no other row", () => {
    // Typed under the table, or in its first column as a sheet holds it.
    for (const note of [QUARTERS, `${QUARTERS}\t\t\t\t\t`])
      expect(dues(tablePlan([note]))).toEqual([
        ["1", "2024-03-14"],
        ["2", "2024-06-20"],
        ["3", "2024-05-31"],
        ["4", "2024-09-30"],
        ["5", "2024-09-30"],
        ["6", "2024-12-20"],
      ]);
  });

  it("says 'trước ngày 20' for the day before it, and months for the tasks timed by a month", () => {
    const notes = [
      "- Các nhiệm vụ thực hiện theo quý hoàn thành trước ngày 20 của tháng cuối quý;",
      "- Đối với nhiệm vụ có thời hạn theo tháng: hoàn thành trước ngày 25 hằng tháng.",
    ];
    expect(dues(tablePlan(notes))).toEqual([
      ["1", "2024-03-14"],
      ["2", "2024-06-19"],
      ["3", "2024-05-24"],
      ["4", "2024-09-30"],
      ["5", "2024-09-30"],
      ["6", "2024-12-19"],
    ]);
  });

  it("reads the same note in a prose plan, where it is no task", () => {
    const p = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ chủ trì kiểm tra công tác cải cách hành chính tại các cơ quan. Thời gian: Quý III/2024.",
        "2. Sở Tư pháp rà soát văn bản quy phạm pháp luật, hoàn thành trong tháng 6/2024.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các nhiệm vụ thực hiện theo quý hoàn thành trước ngày 20 của tháng cuối quý.",
      ].join("\n"),
      { issued: "2024-02-02" },
    );
    expect(dues(p)).toEqual([
      ["II.1", "2024-09-19"],
      ["II.2", "2024-06-30"],
    ]);
  });

  it("is no note when the work recurs every quarter: a report due each quarter sets no day for the others", () => {
    const recurring = "- Báo cáo định kỳ hằng quý gửi Sở Nội vụ trước ngày 20 của tháng cuối quý.";
    const plain = "- Nhiệm vụ có thời gian thực hiện theo quý: các cơ quan, đơn vị chủ động triển khai.";
    for (const note of [recurring, plain]) expect(dues(tablePlan([note]))[1]).toEqual(["2", "2024-06-30"]);
  });

  it("is no note when its subject names one piece of work or a unit doing it, bulleted or numbered", () => {
    const day = "trước ngày 20 của tháng cuối quý.";
    for (const note of [
      `- Nhiệm vụ báo cáo theo quý: Sở Nội vụ tổng hợp, báo cáo UBND tỉnh ${day}`,
      `2. Nhiệm vụ báo cáo theo quý: Sở Nội vụ tổng hợp, báo cáo UBND tỉnh ${day}`,
      `- Công việc kiểm tra trong quý: các cơ quan, đơn vị hoàn thành ${day}`,
      `- Nhiệm vụ có thời gian thực hiện theo quý: Văn phòng UBND tỉnh tổng hợp, báo cáo Chủ tịch UBND tỉnh ${day}`,
    ])
      expect(dues(tablePlan([note]))[1]).toEqual(["2", "2024-06-30"]);
  });

  it("reads a numbered note as a bulleted one, and every period a line sets a day in", () => {
    const numbered =
      "2. Nhiệm vụ có thời gian thực hiện theo quý: các cơ quan, đơn vị hoàn thành trước ngày 20 của tháng cuối quý.";
    expect(dues(tablePlan([numbered]))[1]).toEqual(["2", "2024-06-19"]);
    for (const both of [
      "- Nhiệm vụ thực hiện theo quý hoàn thành trước ngày 20 của tháng cuối quý, nhiệm vụ theo tháng hoàn thành trước ngày 25 hằng tháng.",
      "- Các nhiệm vụ có thời hạn theo quý: hoàn thành trước ngày 20 của tháng cuối quý; theo tháng: trước ngày 25 hằng tháng.",
    ])
      expect(dues(tablePlan([both])).slice(1, 3)).toEqual([
        ["2", "2024-06-19"],
        ["3", "2024-05-24"],
      ]);
  });

  it("reads a table of 2,000 quarterly rows under a long note", () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [
      String(i + 1),
      `Quý ${["I", "II", "III", "IV"][i % 4]}/2024`,
      `Nhiệm vụ ${i + 1}`,
      "Sở Nội vụ",
      "",
      "",
    ]);
    const note = `${QUARTERS.slice(0, -1)}${", kèm theo báo cáo".repeat(800)}.`;
    const p = parse(["II. NHIỆM VỤ", table([HEADER, ...rows]), "Ghi chú:", note].join("\n"), { issued: "2024-02-02" });
    expect(p.tasks).toHaveLength(2000);
    expect(p.tasks.slice(0, 4).map((t) => t.deadline?.due)).toEqual([
      "2024-03-20",
      "2024-06-20",
      "2024-09-20",
      "2024-12-20",
    ]);
  });
});
