// A system's export writes its fields' codes under their labels (MA_NV, HAN_XU_LY): each row is a record of its own.
// A task with no deadline has its "Hạn xử lý" empty; it is not dated by the record above it, as a blank cell merged
// down in a hand-made table would be.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { recordRows } from "../../src/plan/document-columns.ts";
import type { Block } from "../../src/plan/document.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { tasks } from "../support/text-plans.ts";

const HEAD = [
  "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
  "Số: 301/KH-UBND",
  "Thái Nguyên, ngày 02 tháng 10 năm 2025",
  "KẾ HOẠCH",
  "Theo dõi nhiệm vụ",
];

function read(codes: string[] | null) {
  const rows = [
    ["TT", "Tên công việc", "Đơn vị chủ trì", "Thời hạn", "Ghi chú"],
    ...(codes ? [codes] : []),
    ["1", "Rà soát quy trình nội bộ", "Sở Tư pháp", "31/10/2025", ""],
    ["2", "Theo dõi, tổng hợp tình hình thực hiện", "Sở Nội vụ", "", "Không thời hạn"],
  ];
  const text = [...HEAD, ...rows.map((r) => r.join("\t"))].join("\n");
  const document = readTextPlan(text);
  if (!document.ok) throw new Error(document.error.code);
  const parsed = parsePlan(document.document, THAI_NGUYEN_2025, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return tasks(parsed.plan).map(([ref, due]) => [ref, due]);
}

describe("an export's rows under a row of field codes", () => {
  it("keep a field left empty empty, where a hand-made table's blank cell is the one above merged down", () => {
    expect(read(["STT", "TEN_CV", "DV_CHU_TRI", "THOI_HAN", "GHI_CHU"])).toEqual([
      ["1", "2025-10-31"],
      ["2", null],
    ]);
    expect(read(null)).toEqual([
      ["1", "2025-10-31"],
      ["2", "2025-10-31"],
    ]);
  });

  it("are told by codes in capitals joined by underscores, not by a row of abbreviations", () => {
    const row = (cells: string[]): Block => ({ type: "row", cells });
    const header = [["STT", "Nội dung", "Chủ trì", "Hạn"]];
    const coded = [row(header[0]!), row(["STT", "NOI_DUNG", "CHU_TRI", "HAN_XL"])];
    expect(recordRows(coded, 0, header)(["1", "a", "b", ""])).toBe(true);
    const abbreviated = [row(header[0]!), row(["TT", "ND", "CT", "PH"])];
    expect(recordRows(abbreviated, 0, header)(["1", "a", "b", ""])).toBe(false);
  });

  it("reads a row of 100 KB of codes within bounds", () => {
    const header = [["STT", "Nội dung", "Chủ trì", "Hạn"]];
    const huge: Block = { type: "row", cells: Array.from({ length: 2_000 }, () => `A_${"B".repeat(50)}_C`) };
    const started = Date.now();
    expect(recordRows([{ type: "row", cells: header[0]! }, huge], 0, header)([])).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
