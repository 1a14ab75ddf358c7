// A letter urging overdue work: each task's first time, in brackets and past on the letter's date, is no deadline
// and no words of its title; the task is due when the letter now says, and is titled by its quoted name.
import { describe, expect, it } from "vitest";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { withoutOldTime } from "../../src/plan/old-times.ts";
import { docxFromText } from "../support/documents.ts";
import { parse } from "../support/text-plans.ts";

const ISSUED = "2024-06-10";
const shown = (plan: ParsedPlan) =>
  plan.tasks
    .filter((t) => t.kind === "task")
    .map((t) => [t.ref, t.title, t.deadline?.due ?? null, t.lead.map((u) => u.name)]);

const LETTER = [
  "1. Sở Tư pháp: nhiệm vụ “Rà soát, công bố danh mục văn bản hết hiệu lực năm 2023” (hạn hoàn thành tháng 3/2024) chưa hoàn thành; đề nghị Sở hoàn thành trước ngày 28/6/2024.",
  "2. Đề nghị Sở Y tế hoàn thành trong tháng 7/2024 nhiệm vụ “Công khai thủ tục hành chính lĩnh vực dược trên Cổng thông tin” (Kế hoạch giao hoàn thành trong quý I/2024).",
  "3. Sở Xây dựng còn 02 việc chưa xong:",
  "a) “Ban hành quy trình nội bộ cấp giấy phép xây dựng” (thời hạn 15/4/2024): hoàn thành chậm nhất ngày 05/7/2024;",
  "b) “Cập nhật quy hoạch chung lên Cổng thông tin điện tử” (đã quá hạn từ ngày 31/5/2024): xong trong tháng 7/2024.",
  "4. Sở Công Thương: nhiệm vụ “Đánh giá năng lực cạnh tranh cấp sở, ngành” (thời hạn tháng 4/2024) đến nay chưa hoàn thành, đề nghị Sở khẩn trương thực hiện.",
];
const READ = [
  ["1", "Rà soát, công bố danh mục văn bản hết hiệu lực năm 2023", "2024-06-27", ["Sở Tư pháp"]],
  ["2", "Công khai thủ tục hành chính lĩnh vực dược trên Cổng thông tin", "2024-07-31", ["Sở Y tế"]],
  ["3.a", "Ban hành quy trình nội bộ cấp giấy phép xây dựng", "2024-07-05", ["Sở Xây dựng"]],
  ["3.b", "Cập nhật quy hoạch chung lên Cổng thông tin điện tử", "2024-07-31", ["Sở Xây dựng"]],
];

describe("a letter naming overdue tasks with their old times", () => {
  it("dates each by its new time, titles it by its quoted name, and drops one given no new time", () => {
    expect(shown(parse(LETTER.join("\n"), { issued: ISSUED }))).toEqual(READ);
  });

  it("reads a Word letter so", async () => {
    const text = ["UBND TỈNH THÁI NGUYÊN", "Số: 45/UBND-KSTT", "Thái Nguyên, ngày 10 tháng 6 năm 2024", "CÔNG VĂN"];
    const word = await parsePlanBuffer(await docxFromText([...text, ...LETTER, "Nơi nhận:"].join("\n")), {
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (!word.ok) throw new Error("the Word file should read");
    expect(shown(word.value)).toEqual(READ);
  });

  it("keeps a bracketed time still to come, and a plan cited by its date", () => {
    expect(withoutOldTime("Rà soát quy trình (thời hạn: trước ngày 30/9/2024).", ISSUED)).toBe(
      "Rà soát quy trình (thời hạn: trước ngày 30/9/2024).",
    );
    const cited = "Thực hiện Kế hoạch năm 2024 (Kế hoạch số 12/KH-UBND ngày 16/01/2024) của tỉnh.";
    expect(withoutOldTime(cited, ISSUED)).toBe(cited);
    expect(withoutOldTime('Tổ chức Hội thi "Tìm hiểu pháp luật" (theo Kế hoạch giao trong quý I/2024).', ISSUED)).toBe(
      'Tổ chức Hội thi "Tìm hiểu pháp luật".',
    );
  });

  it("reads a letter of thousands of such paragraphs", () => {
    const body = Array.from({ length: 3000 }, (_, i) => `${(i % 99) + 1}.${LETTER[0]!.slice(2)}`);
    const read = shown(parse(body.join("\n"), { issued: ISSUED }));
    expect(read).toHaveLength(3000);
    expect(read.every(([, title, due]) => due === "2024-06-27" && title === READ[0]![1])).toBe(true);
  });
});

describe("an old time written as the domain reads any time", () => {
  const APRIL = "2026-04-14";
  it("drops a bracketed day written in words, past on the letter's date: the task is due by its new time", () => {
    const body = [
      "1. Sở Nông nghiệp và Môi trường chưa cập nhật bản đồ hiện trạng rừng toàn tỉnh (thời hạn ngày 31 tháng 3 năm 2026), đề nghị Sở hoàn thành trước ngày 20/5/2026.",
    ];
    const [task] = shown(parse(body.join("\n"), { issued: APRIL }));
    expect(task?.[1]).not.toContain("31 tháng 3");
    expect(task?.[2]).toBe("2026-05-19");
  });

  it("drops a month or a half year past on the letter's date, however written", () => {
    const AUGUST = "2026-08-03";
    for (const old of [
      "(hạn hoàn thành: cuối tháng 02/2026)",
      "(thời hạn 6 tháng đầu năm 2026)",
      "(đã quá hạn từ ngày 15/3/2026)",
      "(Kế hoạch giao hoàn thành trong quý II năm 2026)",
    ])
      expect(withoutOldTime(`Số hóa sổ hộ tịch ${old} chưa xong.`, AUGUST)).toBe("Số hóa sổ hộ tịch chưa xong.");
  });

  it("keeps a bracket whose time is still to come, or that gives none", () => {
    for (const kept of [
      "(thời hạn 6 tháng cuối năm 2026)",
      "(hạn hoàn thành: cuối tháng 5/2026)",
      "(theo Kế hoạch được duyệt)",
    ])
      expect(withoutOldTime(`Số hóa sổ hộ tịch ${kept} chưa xong.`, APRIL)).toBe(
        `Số hóa sổ hộ tịch ${kept} chưa xong.`,
      );
  });

  it("reads a paragraph of 10,000 brackets", () => {
    const text = "Rà soát hồ sơ (thời hạn ngày 31 tháng 3 năm 2026) và ".repeat(10_000);
    expect(withoutOldTime(text, APRIL)).toBe("Rà soát hồ sơ và ".repeat(10_000));
  });
});
