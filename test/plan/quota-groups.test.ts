// A quota table whose units are grouped (the departments, then the districts), each group row
// carrying the group's subtotal, and closed by a total row: every unit's row is a quota, no
// group or total is one.
import { describe, expect, it } from "vitest";
import { parse, table } from "../support/text-plans.ts";

const task = "II. NHIỆM VỤ\n1. Sở Nội vụ chủ trì tổ chức khảo sát, hoàn thành trước ngày 30/9/2024.\nPhụ lục\n";
const quotas = (body: string) => parse(task + body).quotas.map((q) => [q.unit, q.official, q.reserve]);

const header = [
  ["STT", "Cơ quan, đơn vị", "Số phiếu khảo sát", "", "Ghi chú"],
  ["", "", "Chính thức", "Dự phòng", ""],
];

describe("a quota table grouped by level", () => {
  it("skips the group rows numbered I, II and the total, and reads every unit below them", () => {
    const body = table([
      ...header,
      ["I", "KHỐI SỞ, NGÀNH", "35", "7", ""],
      ["1", "Sở Y tế", "20", "4", ""],
      ["2", "Sở Xây dựng", "15", "3", ""],
      ["II", "KHỐI HUYỆN", "12", "0", ""],
      ["3", "Huyện Phú Lương", "12", "0", "Mới sáp nhập"],
      ["", "Tổng cộng", "47", "7", ""],
    ]);
    expect(quotas(body)).toEqual([
      ["Sở Y tế", 20, 4],
      ["Sở Xây dựng", 15, 3],
      ["UBND huyện Phú Lương", 12, 0],
    ]);
  });

  it("skips group rows lettered A, B or written in capitals without a number", () => {
    const body = table([
      ...header,
      ["A.", "Cấp tỉnh", "10", "2", ""],
      ["1", "Sở Tư pháp", "10", "2", ""],
      ["", "CẤP HUYỆN", "8", "1", ""],
      ["2", "Huyện Đại Từ", "8", "1", ""],
      ["", "CỘNG", "18", "3", ""],
      ["3", "Sở Nội vụ", "5", "1", "Sau dòng cộng"],
    ]);
    expect(quotas(body)).toEqual([
      ["Sở Tư pháp", 10, 2],
      ["UBND huyện Đại Từ", 8, 1],
    ]);
  });
});
