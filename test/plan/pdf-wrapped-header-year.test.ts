// A browser's print of a header table gives the place and date a narrow cell: "Lào Cai, ngày 3 tháng 7 năm" on one
// baseline, the year alone under it, centred in the same cell, while the cells beside it hold the issuers' numbers.
// The year goes back to its date; a number standing under another cell, or a year with words beside it in the date's
// cell, is left where it is.
import { describe, expect, it } from "vitest";
import type { TextRun } from "../../src/plan/pdf/geometry.ts";
import { buildLines, lineText } from "../../src/plan/pdf/lines.ts";
import { readMetadata } from "../../src/plan/metadata.ts";
import { withWrappedYears } from "../../src/plan/pdf/wrapped-year.ts";

const SIZE = 13;
const run = (text: string, x: number, y: number): TextRun => ({
  text,
  x,
  y,
  width: text.length * 0.5 * SIZE,
  size: SIZE,
  font: "Times",
});
const texts = (runs: TextRun[]) => buildLines(runs, 1).map(lineText);

describe("a header date whose year wrapped in its cell", () => {
  const header = (year: TextRun[]) => [
    run("Số: 41/KH-SCT", 100, 120),
    run("Số: 9/KH-SXD", 230, 120),
    run("Lào Cai, ngày 3 tháng 7 năm", 345, 120),
    ...year,
    run("KẾ HOẠCH", 260, 170),
  ];

  it("gets its year back from the next baseline of its own cell", () => {
    const lines = texts(header([run("2025", 420, 136)]));
    expect(lines).toEqual(["Số: 41/KH-SCT Số: 9/KH-SXD Lào Cai, ngày 3 tháng 7 năm 2025", "KẾ HOẠCH"]);
    const blocks = lines.map((text) => ({ type: "text" as const, text }));
    expect(readMetadata(blocks, "Lào Cai").meta).toMatchObject({ number: "41/KH-SCT", date: "2025-07-03" });
  });

  it("keeps a figure under another cell, words beside the year, or a year far below where they stand", () => {
    expect(texts(header([run("2025", 110, 136)]))).toContain("2025");
    expect(texts(header([run("2025 bản sao", 400, 136)]))).toContain("2025 bản sao");
    expect(texts(header([run("2025", 420, 160)]))).toContain("2025");
  });

  it("is looked for in one pass over 100 KB of such lines", () => {
    const baselines = Array.from({ length: 8_000 }, (_, k) => ({
      y: 100 + 16 * k,
      size: SIZE,
      runs: [k % 2 ? run("2025", 420, 100 + 16 * k) : run("Lào Cai, ngày 3 tháng 7 năm", 345, 100 + 16 * k)],
    }));
    expect(baselines.reduce((n, b) => n + b.runs[0]!.text.length, 0)).toBeGreaterThan(100_000);
    withWrappedYears(baselines);
    expect(baselines.filter((b) => b.runs.length === 2)).toHaveLength(4_000);
    expect(baselines.filter((b) => b.runs.length === 0)).toHaveLength(4_000);
  });
});
