// A table announced with a colon by a numbered item of a letter whose other items are tasks by their own numbers:
// its rows, numbered anew, are cited through the item ("4.1"), never as second tasks "1", "2" beside the items.
import { describe, expect, it } from "vitest";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { docxFromText } from "../support/documents.ts";
import { parse, tasks } from "../support/text-plans.ts";

const HEADER = ["TT", "Đơn vị", "Công việc còn chậm", "Thời hạn mới"].join("\t");
const ROWS = [
  ["1", "UBND huyện Đại Từ", "Rà soát quy trình nội bộ giải quyết hồ sơ đất đai", "Trước 20/5/2024"].join("\t"),
  ["2", "UBND huyện Phú Bình", "Cập nhật số liệu hồ sơ trực tuyến lên hệ thống", "31/5/2024"].join("\t"),
  ["3", "UBND huyện Võ Nhai", "Hoàn thiện Bộ phận Một cửa cấp huyện", "Tháng 6/2024"].join("\t"),
];
const ITEMS = [
  "1. Sở Tư pháp hoàn thiện dự thảo quy chế phối hợp, trình UBND tỉnh trước ngày 10/5/2024.",
  "2. Đề nghị Sở Y tế công khai thủ tục hành chính lĩnh vực dược, xong trong tháng 5/2024.",
  "3. Chậm nhất ngày 25/5/2024, Sở Xây dựng ban hành quy trình nội bộ cấp giấy phép.",
];
const refs = (plan: ParsedPlan) => tasks(plan).map((t) => String(t[0]));

describe("rows of a table an item of the list announces", () => {
  it("are cited through the item when the items before it give tasks their numbers", () => {
    const plan = parse([...ITEMS, "4. Đối với UBND các huyện (chi tiết theo bảng sau):", HEADER, ...ROWS].join("\n"));
    expect(refs(plan)).toEqual(["4.1", "4.2", "4.3", "1", "2", "3"]);
    expect(tasks(plan)).toContainEqual(["4.1", "2024-05-19", ["UBND huyện Đại Từ"], []]);
    expect(plan.warnings.filter((w) => w.code === "duplicate-ref")).toEqual([]);
  });

  it("are so when the dated items come after the table", () => {
    const after = ITEMS.map((item, i) => item.replace(/^\d\./, `${i + 2}.`));
    const plan = parse(["1. Các huyện còn chậm các việc sau:", HEADER, ...ROWS, ...after].join("\n"));
    expect(refs(plan)).toEqual(["1.1", "1.2", "1.3", "2", "3", "4"]);
  });

  it("keep their own numbers under a Roman section, whose items it cites (II.1)", () => {
    const body = ["II. NHIỆM VỤ CỤ THỂ", ...ITEMS.slice(0, 2), "3. Giao UBND các huyện thực hiện các việc sau:"];
    expect(refs(parse([...body, HEADER, ...ROWS].join("\n")))).toEqual(["1", "2", "3", "II.1", "II.2"]);
  });

  it("keep their own numbers when the items around them are headings or undated", () => {
    const body = [
      "1. Thủ trưởng các sở, ngành:",
      "a) Rà soát thủ tục hành chính thuộc thẩm quyền, xong trước ngày 15/5/2024.",
      "2. Giao các cơ quan thực hiện các nhiệm vụ sau:",
      HEADER,
      ...ROWS,
      "3. Sở Nội vụ theo dõi, đôn đốc việc thực hiện.",
    ];
    expect(refs(parse(body.join("\n")))).toEqual(["1", "2", "3", "1.a"]);
  });

  it("reads a Word letter so", async () => {
    const text = [
      "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
      "Số: 12/UBND-KSTT",
      "Thái Nguyên, ngày 05 tháng 03 năm 2024",
      "CÔNG VĂN",
      ...ITEMS,
      "4. Đối với UBND các huyện (chi tiết tại bảng dưới đây):",
      HEADER,
      ...ROWS,
      "Nơi nhận:",
    ].join("\n");
    const word = await parsePlanBuffer(await docxFromText(text), {
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (!word.ok) throw new Error("the Word file should read");
    expect(refs(word.value)).toEqual(["4.1", "4.2", "4.3", "1", "2", "3"]);
  });

  it("reads a letter of thousands of rows under its announcing items", () => {
    const rows = Array.from({ length: 60 }, (_, k) => ROWS[k % 3]!.replace(/^\d+/, String(k + 1)));
    const body: string[] = [];
    for (let i = 1; i <= 99; i++)
      body.push(...(i % 3 === 0 ? [`${i}. Đối với UBND các huyện:`, HEADER, ...rows] : [`${i}.${ITEMS[0]!.slice(2)}`]));
    const plan = parse(body.join("\n"));
    expect(refs(plan).filter((ref) => /^\d+\.\d+$/.test(ref))).toHaveLength(33 * 60);
    expect(plan.warnings.filter((w) => w.code === "duplicate-ref")).toEqual([]);
  });
});
