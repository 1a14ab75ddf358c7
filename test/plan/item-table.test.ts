// A table right under a numbered item: the parts of that item when the item is a whole sentence saying what is done;
// the plan's own tasks, by their own numbers, when the item only announces the table or titles it.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const TABLE = [
  ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"].join("\t"),
  ["1", "Kiểm tra tại 04 sở", "Sở Nội vụ", "Sở Tư pháp", "Tháng 5/2024"].join("\t"),
  ["2", "Kiểm tra tại 03 huyện", "Sở Nội vụ", "", "Tháng 8/2024"].join("\t"),
];

const refs = (body: string[]) =>
  tasks(parse(body.join("\n")))
    .map((t) => t[0])
    .sort();

describe("a table setting out the parts of the numbered item above it", () => {
  it("cites its rows through the item, the list going on after it", () => {
    const body = [
      "II. NHIỆM VỤ",
      "1. Sở Tư pháp rà soát văn bản trong tháng 3/2024.",
      "2. Tổ chức các đợt kiểm tra theo lịch dưới đây; thành phần Đoàn do Giám đốc Sở Nội vụ quyết định.",
      "LỊCH KIỂM TRA",
      ...TABLE,
      "3. Sở Nội vụ tổng hợp kết quả trong tháng 10/2024.",
    ];
    expect(refs(body)).toEqual(["II.1", "II.2.1", "II.2.2", "II.3"]);
    expect(tasks(parse(body.join("\n")))).toContainEqual(["II.2.1", "2024-05-31", ["Sở Nội vụ"], ["Sở Tư pháp"]]);
  });
});

describe("a table under an item that only announces or titles it", () => {
  it("keeps its rows' own numbers after an announcement ending in a colon", () => {
    expect(refs(["II. NHIỆM VỤ", "2. Giao các cơ quan thực hiện các nhiệm vụ cụ thể sau:", ...TABLE])).toEqual([
      "1",
      "2",
    ]);
  });

  it("keeps them under a title", () => {
    expect(refs(["II. NỘI DUNG", "1. Nội dung phối hợp chung", ...TABLE])).toEqual(["1", "2"]);
  });

  it("keeps them under a numbered heading of the next section, the item above it closing its own", () => {
    const body = [
      "I. MỤC ĐÍCH",
      "1. Bảo đảm việc kiểm tra có trọng tâm, không trùng lặp.",
      "II. LỊCH KIỂM TRA",
      ...TABLE,
    ];
    expect(refs(body)).toEqual(["1", "2"]);
  });

  it("keeps them under an item dated itself, a whole task", () => {
    const body = ["II. NHIỆM VỤ", "2. Sở Tư pháp công khai kết quả, hoàn thành trong tháng 10/2024.", "BIỂU PHÂN CÔNG"];
    expect(refs([...body, ...TABLE])).toEqual(["1", "2", "II.2"]);
  });

  it("keeps them when an earlier item points at the table and the item right above it says something else", () => {
    const body = [
      "II. NHIỆM VỤ",
      "1. Các cơ quan thực hiện nhiệm vụ được giao tại bảng dưới đây.",
      "2. Đơn vị chủ trì chịu trách nhiệm về chất lượng, tiến độ của nhiệm vụ.",
      ...TABLE,
    ];
    expect(refs(body)).toEqual(["1", "2"]);
  });
});
