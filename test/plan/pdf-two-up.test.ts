// A plan printed two pages per sheet: a landscape sheet holding two portrait pages shrunk side by side, a wide
// gutter between them, is read as its two pages, the left one first; a page's own two sides are not split.
import { describe, expect, it } from "vitest";
import type { PageContent, Rule, TextRun } from "../../src/plan/pdf/geometry.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";
import { holdsTwoPages, splitSheets } from "../../src/plan/pdf/two-up.ts";

const SIZE = 9;
const PITCH = 11.5;
/** A run from x to right on baseline y. */
const run = (text: string, x: number, right: number, y: number): TextRun => ({
  text,
  x,
  y,
  width: right - x,
  size: SIZE,
  font: "f",
});

/** A page's lines down from `top`, set between `left` and `right`: a line marked "|" at its end is justified. */
function lines(texts: string[], left: number, right: number, top: number): TextRun[] {
  return texts.map((text, i) => {
    const full = text.endsWith("|");
    const words = full ? text.slice(0, -1) : text;
    return run(words, left, full ? right : left + words.length * 4, top + i * PITCH);
  });
}

const sheet = (runs: TextRun[], rules: Rule[] = []): PageContent => ({ width: 842, height: 595, runs, rules });

const firstPage = [
  "1. Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật do tỉnh|",
  "ban hành, hoàn thành trước ngày 30/6/2024.",
  "2. Sở Nội vụ chủ trì kiểm tra công tác cải cách hành chính tại các sở,|",
  "ban, ngành và UBND các huyện, thành phố; báo cáo kết quả về UBND|",
  "tỉnh trước ngày 15/11/2024.",
  "3. Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan bố trí|",
];
const secondPage = [
  "kinh phí thực hiện Kế hoạch; hoàn thành trong quý II/2024.",
  "4. Sở Thông tin và Truyền thông chủ trì nâng cấp Cổng dịch vụ công của|",
  "tỉnh, hoàn thành trước ngày 30/9/2024.",
  "5. Văn phòng UBND tỉnh chủ trì theo dõi, đôn đốc các sở, ngành thực|",
  "hiện Kế hoạch; báo cáo UBND tỉnh hằng quý.",
  "6. Các sở, ngành, UBND các huyện báo cáo kết quả trước ngày 10/12/2024.",
];

describe("a sheet printed with two pages side by side", () => {
  // Each page keeps its own margins (60–391 and, half a sheet further, 481–812); the second page's lines sit
  // lower, under its page number.
  const twoUp = sheet([...lines(firstPage, 60, 391, 60), run("2", 629, 634, 40), ...lines(secondPage, 481, 812, 66)]);

  it("reads the left page, then the right one, the paragraph at the foot of the first going on at the top of the next", () => {
    expect(holdsTwoPages(twoUp)).toBe(true);
    const blocks = layoutBlocks(splitSheets([twoUp])).map((b) => (b.type === "text" ? b.text : b.cells.join(" | ")));
    expect(blocks).toEqual([
      "1. Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật do tỉnh ban hành, hoàn thành trước ngày 30/6/2024.",
      "2. Sở Nội vụ chủ trì kiểm tra công tác cải cách hành chính tại các sở, ban, ngành và UBND các huyện, thành phố; báo cáo kết quả về UBND tỉnh trước ngày 15/11/2024.",
      "3. Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan bố trí kinh phí thực hiện Kế hoạch; hoàn thành trong quý II/2024.",
      "4. Sở Thông tin và Truyền thông chủ trì nâng cấp Cổng dịch vụ công của tỉnh, hoàn thành trước ngày 30/9/2024.",
      "5. Văn phòng UBND tỉnh chủ trì theo dõi, đôn đốc các sở, ngành thực hiện Kế hoạch; báo cáo UBND tỉnh hằng quý.",
      "6. Các sở, ngành, UBND các huyện báo cáo kết quả trước ngày 10/12/2024.",
    ]);
  });

  it("reads two pages whose lines happen to line up by their margins, the right's half a sheet on", () => {
    const aligned = sheet([...lines(firstPage, 60, 391, 60), ...lines(secondPage, 481, 812, 60)]);
    expect(holdsTwoPages(aligned)).toBe(true);
  });

  it("reads a last sheet holding one page as that page", () => {
    const last = sheet(lines(secondPage, 60, 391, 60));
    const pages = splitSheets([twoUp, last]);
    expect(pages.map((p) => [p.width, p.runs.length])).toEqual([
      [421, 6],
      [421, 7],
      [421, 6],
    ]);
    expect(pages[1]!.runs.find((r) => r.text === "2")!.x).toBe(629 - 421);
  });
});

describe("a page's own two sides", () => {
  it("are not split when the title and the body cross the middle (a landscape plan's first page)", () => {
    const page = sheet([
      ...lines(["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU", "Số: 12/KH-UBND"], 70, 200, 50),
      ...lines(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lai Châu, ngày 2"], 480, 700, 50),
      run("KẾ HOẠCH", 390, 452, 110),
      ...lines(firstPage, 60, 782, 130),
    ]);
    expect(splitSheets([page])).toEqual([page]);
  });

  it("are not split when a table's rules cross the middle", () => {
    const page = sheet(
      [...lines(firstPage, 60, 391, 60), ...lines(secondPage, 481, 812, 66)],
      [{ x1: 50, y1: 50, x2: 820, y2: 50 }],
    );
    expect(holdsTwoPages(page)).toBe(false);
  });

  it("are not split when they share their rows and not their margins (a list of units and tasks without borders)", () => {
    const units = ["Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Sở Y tế", "Sở Xây dựng", "Sở Công Thương"];
    const page = sheet([...lines(units, 60, 200, 60), ...lines(secondPage, 481, 812, 60)]);
    expect(holdsTwoPages(page)).toBe(false);
  });

  it("are not split when the gutter is a column's, narrower than two pages' margins", () => {
    const page = sheet([...lines(firstPage, 60, 410, 60), ...lines(secondPage, 430, 782, 66)]);
    expect(holdsTwoPages(page)).toBe(false);
  });

  it("are not split on a portrait page", () => {
    const page = {
      ...sheet([...lines(firstPage, 40, 270, 60), ...lines(secondPage, 330, 560, 66)]),
      width: 595,
      height: 842,
    };
    expect(holdsTwoPages(page)).toBe(false);
  });
});

describe("a hostile sheet", () => {
  it("of hundreds of thousands of runs, each on a baseline of its own, is judged in one pass", () => {
    const many = (x: number, from: number) =>
      Array.from({ length: 150_000 }, (_, i) => run("x", x, x + 100, from + i * 5));
    // No spreading the runs into Math.min's arguments (a RangeError), no comparing every row with every other side's
    // (minutes): the sides' rows interleave, so they are two pages.
    expect(holdsTwoPages(sheet([...many(60, 10), ...many(480, 12.5)]))).toBe(true);
  });
});
