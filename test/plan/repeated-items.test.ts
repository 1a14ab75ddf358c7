// An appendix table naming each row's own work, lead and time, one column citing the body's point it comes from:
// its rows are the tasks, and the body's points it cites (dated or not, with units or not) are no tasks again.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const BODY = [
  "II. NHIỆM VỤ",
  "1. Hạ tầng số",
  "a) Nâng cấp mạng truyền số liệu chuyên dùng tới các xã.",
  "b) Giao Sở Tài chính chủ trì bố trí kinh phí duy trì hạ tầng, hoàn thành trước ngày 15/8/2025; lập dự toán năm sau, xong trong quý IV/2025.",
  "2. Chuyển đổi số y tế",
  "d) Giao Sở Y tế chủ trì triển khai khám chữa bệnh từ xa, hoàn thành trong tháng 11/2025.",
  "đ) Giao Sở Y tế chủ trì số hóa hồ sơ bệnh án, hoàn thành trong tháng 10/2025.",
  "III. TỔ CHỨC THỰC HIỆN",
  "1. Sở Nội vụ tổng hợp, báo cáo kết quả trước ngày 05/12/2025.",
];
const APPENDIX = [
  "PHỤ LỤC",
  "STT\tNhiệm vụ\tNội dung tại Kế hoạch\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn",
  "1\tNâng cấp mạng truyền số liệu chuyên dùng cấp xã\tĐiểm a khoản 1 Mục II\tSở Khoa học và Công nghệ\tSở Tài chính\tTháng 6/2025",
  "2\tBố trí kinh phí duy trì hạ tầng\tĐiểm b khoản 1 Mục II\tSở Tài chính\t\tTrước 15/8/2025",
  "3\tLập dự toán kinh phí năm sau\tĐiểm b khoản 1 Mục II (tiếp)\tSở Tài chính\t\tQuý IV/2025",
  "4\tSố hóa hồ sơ bệnh án\tĐiểm đ khoản 2 Mục II\tSở Y tế\t\tTháng 10/2025",
];

describe("an appendix listing the tasks the body's points say", () => {
  it("reads each task once, from the appendix's row, and keeps the body's points it does not cite", () => {
    const plan = parse([...BODY, ...APPENDIX].join("\n"));
    expect(tasks(plan)).toEqual([
      ["1", "2025-06-30", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"]],
      ["2", "2025-08-14", ["Sở Tài chính"], []],
      ["3", "2025-12-31", ["Sở Tài chính"], []],
      ["4", "2025-10-31", ["Sở Y tế"], []],
      ["II.2.d", "2025-11-30", ["Sở Y tế"], []],
      ["III.1", "2025-12-04", ["Sở Nội vụ"], []],
    ]);
  });

  it("stays fast over a long appendix of such rows", () => {
    const rows = Array.from(
      { length: 1500 },
      (_, i) => `${i + 1}\tRà soát thủ tục nhóm ${i + 1}\tKhoản ${(i % 900) + 1} Mục II\tSở Tư pháp\t\tTháng 6/2025`,
    );
    const body = Array.from({ length: 900 }, (_, i) => `${i + 1}. Rà soát thủ tục nhóm ${i + 1}.`);
    const text = ["II. NHIỆM VỤ", ...body, "PHỤ LỤC", APPENDIX[1], ...rows].join("\n");
    expect(text.length).toBeGreaterThan(100_000);
    const started = performance.now();
    const plan = parse(text);
    expect(tasks(plan)).toHaveLength(1500);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
