// A body that names each task and its units but no time, and an appendix table whose rows cite the body's
// items by number ("III.2.b", "2a", "Nhiệm vụ 1", "Điểm a khoản 2 Mục III") with the time: each cited task
// takes the row's time (and its lead, when the row names one); the rows are no tasks of their own.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const BODY = [
  "III. NHIỆM VỤ CỤ THỂ",
  "1. Rà soát danh mục dịch vụ công trực tuyến toàn trình: Sở Tư pháp chủ trì, phối hợp với Sở Y tế thực hiện.",
  "2. Chuyển đổi số trong ngành y tế",
  "a) Triển khai bệnh án điện tử tại bệnh viện tuyến tỉnh: Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện.",
  "b) Kết nối dữ liệu khám chữa bệnh với cơ sở dữ liệu dân cư.",
  "c) Tập huấn kỹ năng số cho nhân viên y tế: Sở Y tế thực hiện.",
  "IV. TỔ CHỨC THỰC HIỆN",
  "Các cơ quan căn cứ thời hạn tại Phụ lục triển khai thực hiện.",
];

describe("an appendix of times keyed by the body's numbers", () => {
  it("dates the tasks it cites, however it writes their numbers, and names a lead the body left out", () => {
    const appendix = [
      "PHỤ LỤC",
      "TT\tMục tại Kế hoạch\tThời hạn\tĐơn vị chủ trì",
      "1\tĐiểm b khoản 2 Mục III\tTháng 6/2024\tSở Y tế",
      "2\tNhiệm vụ 1; 2a\tTrước 15/9/2024\t",
      "3\tIII.2.c\tThường xuyên\t",
    ];
    const plan = parse([...BODY, ...appendix].join("\n"));
    expect(tasks(plan)).toEqual([
      ["III.1", "2024-09-14", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["III.2.a", "2024-09-14", ["Sở Y tế"], ["Sở Tài chính"]],
      ["III.2.b", "2024-06-30", ["Sở Y tế"], []],
    ]);
  });

  it("leaves a task table that numbers its own rows II.1, II.2 a task table", () => {
    const table = [
      "PHỤ LỤC",
      "TT\tNội dung\tThời hạn\tĐơn vị chủ trì",
      "II.1\tXây dựng kho dữ liệu y tế\tTháng 6/2024\tSở Y tế",
      "II.2\tTập huấn chuyển đổi số\tTháng 9/2024\tSở Tư pháp",
    ];
    const plan = parse(["II. NHIỆM VỤ", "Các sở thực hiện theo Phụ lục.", ...table].join("\n"));
    expect(tasks(plan).map((t) => t.slice(0, 3))).toEqual([
      ["II.1", "2024-06-30", ["Sở Y tế"]],
      ["II.2", "2024-09-30", ["Sở Tư pháp"]],
    ]);
  });

  it("reads a roadmap whose rows list the numbers its column's title says are the tasks of a part", () => {
    const plan = parse(
      [
        "III. NHIỆM VỤ",
        "1. Sở Tư pháp rà soát các thủ tục hành chính của tỉnh.",
        "2. Sở Y tế triển khai bệnh án điện tử tại bệnh viện tuyến tỉnh.",
        "3. Sở Y tế tuyên truyền về chuyển đổi số.",
        "IV. LỘ TRÌNH",
        "STT\tThời hạn\tCác nhiệm vụ (STT tại Mục III)\tGhi chú",
        "1\tQuý III/2024\t1, 2\t",
        "2\tThường xuyên\t3\t",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["III.1", "2024-09-30", ["Sở Tư pháp"], []],
      ["III.2", "2024-09-30", ["Sở Y tế"], []],
    ]);
  });
});
