// A plan's table of contents ("MỤC LỤC") repeats its headings with their pages: no section and no task of its own,
// in text (a tab before the page), Word (the page in a paragraph of its own) or PDF (a dot leader).
import { describe, expect, it } from "vitest";
import { isContentsEntry, withoutContents } from "../../src/plan/contents.ts";
import type { Block } from "../../src/plan/document.ts";
import { parse, tasks } from "../support/text-plans.ts";

const text = (t: string): Block => ({ type: "text", text: t });

describe("a table of contents", () => {
  it("is skipped in text, and the plan's own headings number its tasks", () => {
    const plan = parse(
      [
        "MỤC LỤC",
        "I. MỤC ĐÍCH, YÊU CẦU\t2",
        "II. NHIỆM VỤ\t2",
        "1. Cải cách thể chế\t3",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Bảo đảm tiến độ.",
        "II. NHIỆM VỤ",
        "1. Cải cách thể chế",
        "a) Sở Tư pháp rà soát văn bản quy phạm pháp luật, hoàn thành trước ngày 15/6/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.1.a", "2024-06-14", ["Sở Tư pháp"], []]]);
  });

  it("is its entries with dot leaders, or a heading and its page, up to the first other paragraph", () => {
    const blocks = [
      text("MỤC LỤC"),
      text("I. MỤC ĐÍCH...........2"),
      text("II. NHIỆM VỤ"),
      text("3"),
      { type: "row", cells: ["1. Cải cách thể chế", "4"] } as Block,
      text("I. MỤC ĐÍCH"),
      text("Nội dung 2"),
    ];
    expect(withoutContents(blocks)).toEqual([text("MỤC LỤC"), text("I. MỤC ĐÍCH"), text("Nội dung 2")]);
    expect(withoutContents([text("I. MỤC ĐÍCH"), text("2")])).toEqual([text("I. MỤC ĐÍCH"), text("2")]);
  });

  it("tells an entry by its leader, not by dots left blank for a date or a number", () => {
    expect(isContentsEntry("IV. TỔ CHỨC THỰC HIỆN.............................3")).toBe(true);
    expect(isContentsEntry("2. Phát triển hạ tầng số … … … 12")).toBe(false);
    expect(isContentsEntry("2. Phát triển hạ tầng số……12")).toBe(true);
    expect(isContentsEntry("Thái Nguyên, ngày ..... tháng ..... năm 2026")).toBe(false);
    expect(isContentsEntry("Số: ......./KH-UBND")).toBe(false);
  });
});
