// A sheet printed without "fit to page": its first columns down the first pages, its last columns down the next
// ones, at the same heights. The pages are put back side by side; pages that do not line up are left alone.
import { describe, expect, it } from "vitest";
import type { PageContent, TextRun } from "../../src/plan/pdf/geometry.ts";
import { joinPrintBands } from "../../src/plan/pdf/print-bands.ts";

const run = (text: string, x: number, y: number): TextRun => ({ text, x, y, width: 40, size: 11, font: "f" });
const line = (y: number, x1: number, x2: number) => ({ x1, y1: y, x2, y2: y });

/** A page of a table whose rows' lines lie at `ys`, between x1 and x2, with one text a row. */
function page(ys: number[], x1: number, x2: number, texts: string[]): PageContent {
  return {
    width: 595,
    height: 842,
    runs: texts.map((text, i) => run(text, x1 + 4, ys[i]! + 14)),
    rules: ys.map((y) => line(y, x1, x2)),
  };
}

describe("a sheet printed over bands of pages", () => {
  it("puts each band's page beside the page it continues", () => {
    const pages = [
      page([100, 120, 140], 36, 300, ["STT", "1", "2"]),
      page([60, 80], 36, 300, ["STT", "3"]),
      page([100, 120, 140], 36, 200, ["Chủ trì", "Sở Y tế", "Sở Nội vụ"]),
      page([60, 80], 36, 200, ["Chủ trì", "Sở Tư pháp"]),
    ];
    const joined = joinPrintBands(pages);
    expect(joined).toHaveLength(2);
    expect(joined[0]!.runs.map((r) => [r.text, r.x])).toEqual([
      ["STT", 40],
      ["1", 40],
      ["2", 40],
      ["Chủ trì", 304],
      ["Sở Y tế", 304],
      ["Sở Nội vụ", 304],
    ]);
    expect(joined[1]!.runs.map((r) => r.text)).toEqual(["STT", "3", "Chủ trì", "Sở Tư pháp"]);
  });

  it("leaves pages whose rows do not line up as they are", () => {
    const pages = [page([100, 120, 140], 36, 300, ["a", "b", "c"]), page([90, 130, 170], 36, 300, ["d", "e", "f"])];
    expect(joinPrintBands(pages)).toBe(pages);
  });

  it("joins a sheet printed with no gridlines when its title runs over the page's edge", () => {
    const bare = (runs: TextRun[]): PageContent => ({ width: 595, height: 842, runs, rules: [] });
    const title = { ...run("DANH SÁCH NHIỆM VỤ THEO KẾ HOẠCH SỐ 12/KH-UBND", 50, 80), width: 560 };
    const pages = [
      bare([title, run("STT", 50, 100), run("1", 50, 114)]),
      bare([run("Hạn", 50, 100), run("30/6/2026", 50, 114)]),
    ];
    const joined = joinPrintBands(pages);
    expect(joined).toHaveLength(1);
    expect(joined[0]!.runs.filter((r) => r.y === 114).map((r) => r.text)).toEqual(["1", "30/6/2026"]);
  });

  it("leaves pages of prose with no lines, lined up alike, as they are", () => {
    const prose = (texts: string[]): PageContent => ({
      width: 595,
      height: 842,
      runs: texts.map((text, i) => run(text, 50, 100 + 14 * i)),
      rules: [],
    });
    const pages = [prose(["Một", "Hai"]), prose(["Ba", "Bốn"])];
    expect(joinPrintBands(pages)).toBe(pages);
  });

  it("reads once a title printed on both pages it runs over", () => {
    const pages = [
      {
        ...page([100, 120], 36, 300, ["STT", "1"]),
        runs: [run("STT", 40, 114), run("1", 40, 134), run("PHỤ", 304, 80)],
      },
      {
        ...page([100, 120], 36, 200, ["Hạn", "30/6"]),
        runs: [run("Hạn", 40, 114), run("30/6", 40, 134), run("PHỤ LỤC", 40, 80)],
      },
    ];
    const texts = joinPrintBands(pages)[0]!.runs.map((r) => r.text);
    expect(texts.filter((t) => t.startsWith("PHỤ"))).toEqual(["PHỤ LỤC"]);
  });
});
