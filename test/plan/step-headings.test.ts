// A procedure set out in steps ("Bước 1: …", "Bước 2: …"), each step's deadline at the right margin after a tab
// (a dot leader in print), its lettered points naming who does what: the points are the tasks, and a point with no
// date of its own is due when its step is.
import { describe, expect, it } from "vitest";
import { labelOf } from "../../src/plan/labels.ts";
import type { Line } from "../../src/plan/pdf/lines.ts";
import { paragraphsOf } from "../../src/plan/pdf/paragraphs.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("steps numbered 'Bước N:' with their deadline after a tab", () => {
  it("number their points under the section, which take the step's deadline unless they carry their own", () => {
    const plan = parse(
      [
        "III. CÁC BƯỚC THỰC HIỆN",
        "Bước 1: Khảo sát hiện trạng\tHoàn thành trước ngày 20/4/2024",
        "a) Sở Xây dựng kiểm tra các công trình công cộng.",
        "b) Sở Y tế tổng hợp danh sách cơ sở khám bệnh, xong trong ngày 12/4/2024.",
        "Bước 2: Sửa chữa, khắc phục\tTừ ngày 22/4 đến ngày 31/5/2024",
        "a) Sở Giao thông vận tải sửa chữa biển báo.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["III.1.a", "2024-04-19", ["Sở Xây dựng"], []],
      ["III.1.b", "2024-04-12", ["Sở Y tế"], []],
      ["III.2.a", "2024-05-31", ["Sở Giao thông vận tải"], []],
    ]);
  });

  it("is a heading and a line of its own in text, where two tabbed lines together are a table", () => {
    const blocks = (text: string) => {
      const read = readTextPlan(text);
      return read.ok ? read.document.blocks.map((b) => (b.type === "text" ? b.text : b.cells)) : [];
    };
    expect(blocks("Bước 2: Thẩm định\tTrước ngày 15/5/2024\na) Sở Tài chính thẩm định.")).toEqual([
      "Bước 2: Thẩm định",
      "Trước ngày 15/5/2024",
      "a) Sở Tài chính thẩm định.",
    ]);
    expect(blocks("1\tKhảo sát\t15/5/2024\n2\tThẩm định\t30/5/2024")).toEqual([
      ["1", "Khảo sát", "15/5/2024"],
      ["2", "Thẩm định", "30/5/2024"],
    ]);
  });
});

describe("a line saying only from when to when", () => {
  it("tells the heading above it when it ends", () => {
    expect(labelOf("Từ ngày 22/4 đến ngày 31/5/2024")?.role).toBe("deadline");
    expect(labelOf("Từ các nguồn vốn hợp pháp khác")).toBeNull();
    expect(labelOf("Từ ngày 22/4/2024")).toBeNull();
  });
});

describe("a printed step line with its deadline after a dot leader", () => {
  const margins = { left: 57, right: 560, limit: 560, pitch: 1.2 };
  const line = (text: string, y: number, right: number): Line => ({
    pieces: [{ text, x: 92, right, size: 12, font: "" }],
    x: 92,
    right,
    y,
    size: 12,
    page: 0,
  });

  it("ends its paragraph though the leader fills it, its two texts read apart; a contents entry stays whole", () => {
    const lines = [
      line("Bước 1: Khảo sát hiện trạng..................Hoàn thành trước ngày 20/4/2024", 100, 559),
      line("a) Sở Xây dựng kiểm tra các công trình công cộng.", 114.4, 400),
      line("I. MỤC ĐÍCH, YÊU CẦU..........................................................2", 128.8, 559),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "Bước 1: Khảo sát hiện trạng",
      "Hoàn thành trước ngày 20/4/2024",
      "a) Sở Xây dựng kiểm tra các công trình công cộng.",
      "I. MỤC ĐÍCH, YÊU CẦU..........................................................2",
    ]);
  });
});
