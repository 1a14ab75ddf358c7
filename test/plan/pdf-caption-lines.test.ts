// A PDF of a task list set at tab stops with no table, under one caption line naming its columns ("TT  Nội dung ⇥
// Đơn vị thực hiện ⇥ Thời gian"), group lines between the items: the page keeps only where each piece starts. Each
// item reads as a text copy's does: its units lead and partner, its time dates it, its number keeps its section's ref.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { captionedList } from "../../src/plan/pdf/caption-lines.ts";
import type { Line } from "../../src/plan/pdf/lines.ts";
import { paragraphsOf } from "../../src/plan/pdf/paragraphs.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { row as shown } from "../support/text-plans.ts";

const margins = { left: 57, right: 780, limit: 780, pitch: 1.3 };
let y = 100;
/** A line of pieces, each given as its text and where it starts (8 points a letter wide, as a 13 pt face). */
function line(...pieces: [string, number][]): Line {
  y += 17;
  const set = pieces.map(([text, x]) => ({ text, x, right: x + 6 * text.length, size: 13, font: "" }));
  return { pieces: set, x: set[0]!.x, right: set.at(-1)!.right, y, size: 13, page: 0 };
}

const caption = (first: string) => line([first, 57], ["Đơn vị thực hiện", 442], ["Thời gian", 682]);
const LIST = [
  line(["Cải cách thể chế", 91]),
  line(["1. Rà soát văn bản về đầu tư công", 57], ["Sở Tư pháp; phối hợp: Sở Y tế", 442], ["Quý II/2024", 682]),
  line(["2. Cập nhật dữ liệu hộ tịch", 57], ["Sở Y tế chủ trì, phối hợp Công an tỉnh", 442], ["Trước 20/9/2024", 682]),
  line(["Truyền thông", 91]),
  line(["3. Phát hành tờ gấp", 57], ["Công an tỉnh", 442], ["Tháng 10/2024", 682]),
];

function tasksOf(lines: Line[]) {
  const texts = paragraphsOf(lines, () => margins).map((p) => p.text);
  const head = [
    "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
    "Số: 12/KH-UBND",
    "Thái Nguyên, ngày 05 tháng 3 năm 2024",
    "KẾ HOẠCH",
  ];
  const blocks = [...head, ...texts, "Nơi nhận:"].map((text) => ({ type: "text" as const, text }));
  const parsed = parsePlan({ blocks }, THAI_NGUYEN, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan.tasks.filter((t) => t.kind === "task").map(shown);
}

describe("a PDF's tab-aligned task lines under a caption line", () => {
  it("reads each item's units and time, its number keeping its section's ref past the group lines", () => {
    const heading = line(["II. NHIỆM VỤ CỤ THỂ", 57]);
    const after = line(["III. TỔ CHỨC THỰC HIỆN", 99]);
    const body = line(["1. Sở Nội vụ tổng hợp, báo cáo kết quả.", 99]);
    expect(tasksOf([heading, caption("TT Nội dung công việc"), ...LIST, after, body])).toEqual([
      ["II.1", "2024-06-30", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["II.2", "2024-09-19", ["Sở Y tế"], ["Công an tỉnh"]],
      ["II.3", "2024-10-31", ["Công an tỉnh"], []],
    ]);
  });

  it("reads a caption whose number column's label stands apart, and stops at the body after the list", () => {
    const apart = line(["STT", 57], ["Nội dung", 91], ["Cơ quan thực hiện", 442], ["Thời hạn", 682]);
    const after = line(["III. TỔ CHỨC THỰC HIỆN", 99]);
    const read = captionedList([apart, ...LIST, after], 0);
    expect(read?.end).toBe(LIST.length + 1);
    expect(read?.items.slice(0, 4)).toEqual([
      "Cải cách thể chế",
      "1. Rà soát văn bản về đầu tư công",
      "Cơ quan thực hiện: Sở Tư pháp; phối hợp: Sở Y tế",
      "Thời hạn: Quý II/2024",
    ]);
  });

  it("leaves a caption over an item's words wrapped onto a second line, and a 'Ghi chú' column, as they were", () => {
    const wrapped = [LIST[1]!, line(["công và xây dựng", 91])];
    expect(captionedList([caption("TT Nội dung công việc"), ...wrapped], 0)).toBeNull();
    const notes = line(["TT Nội dung", 57], ["Ghi chú", 442], ["Thời gian", 682]);
    expect(captionedList([notes, ...LIST], 0)).toBeNull();
  });

  it("reads 100 KB of such lines, and of captions over no list, within bounds", () => {
    const many = Array.from({ length: 1500 }, (_, k) =>
      line([`${(k % 900) + 1}. Rà soát văn bản số ${k}`, 57], ["Sở Tư pháp", 442], ["Quý II/2024", 682]),
    );
    const captions = Array.from({ length: 1500 }, () => caption("TT Nội dung công việc"));
    const started = Date.now();
    expect(captionedList([caption("TT Nội dung công việc"), ...many], 0)?.items).toHaveLength(4500);
    expect(paragraphsOf(captions, () => margins).length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
