// A units column of names only, under the plan's legend that the unit written first leads: the first name
// (a single unit or a whole group) leads, the others coordinate. Without the legend the names are co-leads.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const LEGEND = "Ghi chú: đơn vị ghi đầu tiên là đơn vị chủ trì, các đơn vị còn lại phối hợp.";

const table = [
  ["STT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"],
  ["1", "Cập nhật cơ sở dữ liệu giá đất", "Sở Tài chính Sở Xây dựng Sở Tư pháp", "Tháng 7/2024"],
  ["2", "Tập huấn nghiệp vụ kế toán", "Các sở, ban, ngành Sở Tài chính", "Tháng 9/2024"],
  ["3", "Kiểm tra hồ sơ đất đai", "Văn phòng UBND tỉnh Sở Xây dựng", "Tháng 10/2024"],
  ["4", "Tổng hợp báo cáo", "Văn phòng UBND tỉnh", "Tháng 11/2024"],
  [
    "5",
    "Vận hành hệ thống giám sát",
    "Trung tâm Điều hành đô thị thông minh tỉnh UBND các xã, phường",
    "Tháng 12/2024",
  ],
]
  .map((cells) => cells.join("\t"))
  .join("\n");

describe("the unit written first in a cell of names", () => {
  it("leads under a legend saying so, the others coordinating", () => {
    const [first, second, third, fourth, fifth] = tasks(parse(`${LEGEND}\n${table}`));
    expect(first).toEqual(["1", "2024-07-31", ["Sở Tài chính"], ["Sở Xây dựng", "Sở Tư pháp"]]);
    expect(second?.[2]).toContain("Sở Nội vụ");
    expect(second?.[3]).toEqual([]);
    expect(third).toEqual(["3", "2024-10-31", ["Văn phòng UBND tỉnh"], ["Sở Xây dựng"]]);
    expect(fourth).toEqual(["4", "2024-11-30", ["Văn phòng UBND tỉnh"], []]);
    // Two names the directory lacks: the first written still leads.
    expect(fifth).toEqual(["5", "2024-12-31", ["?Trung tâm Điều hành đô thị thông minh tỉnh"], ["?UBND cấp xã"]]);
  });

  it("is one of the leads when the plan gives no legend", () => {
    const [first] = tasks(parse(table));
    expect(first).toEqual(["1", "2024-07-31", ["Sở Tài chính", "Sở Xây dựng", "Sở Tư pháp"], []]);
  });
});
