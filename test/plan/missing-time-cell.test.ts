// A blank time cell under a dated row is that cell merged down over both, as a copy that keeps no merges shows it;
// but a row whose cells end before the time column (a web system's export writes no empty cell) has no time cell to
// be merged: it has no time, not the one above.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const header = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Hạn hoàn thành"];
const table = (rows: string[][]) => [header, ...rows].map((cells) => cells.join("\t")).join("\n");
const dated = [
  ["1", "Kiểm tra kho vật tư cứu hộ", "Sở Y tế", "Công an tỉnh", "15/4/2026"],
  ["2", "Diễn tập ứng phó sự cố hóa chất", "Sở Công Thương", "Sở Y tế", "20/5/2026"],
];

describe("a row whose cells end before the time column", () => {
  it("has no time of its own nor the row above's", () => {
    const read = tasks(parse(table([...dated, ["3", "Trực ban cứu hộ suốt mùa lũ", "Sở Y tế", "Công an tỉnh"]])));
    expect(read.find((t) => t[0] === "3")?.[1] ?? null).toBeNull();
  });

  it("still takes the time above through an empty time cell (merged down)", () => {
    const read = tasks(parse(table([...dated, ["3", "Báo cáo kết quả diễn tập", "Sở Công Thương", "Sở Y tế", ""]])));
    expect(read.find((t) => t[0] === "3")?.[1]).toBe("2026-05-20");
  });

  it("reads a long export with every other row cut short", () => {
    const rows = Array.from({ length: 2000 }, (_, i) =>
      i % 2
        ? [`${i + 1}`, `Trực ban đợt ${i + 1}`, "Sở Y tế", "Công an tỉnh"]
        : [`${i + 1}`, `Kiểm tra đợt ${i + 1}`, "Sở Y tế", "Công an tỉnh", "15/4/2026"],
    );
    const read = tasks(parse(table(rows)));
    expect(read.filter((t) => t[1] === "2026-04-15")).toHaveLength(1000);
    expect(read.filter((t) => t[1] === null)).toHaveLength(1000);
  });
});
