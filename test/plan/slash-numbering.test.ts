// Some offices number their items "1/", "2/" and letter the points under them "a/", "b/" where others write "1."
// and "a)": the slash is the number's mark, and the ref is written without it ("II.2.b").
import { describe, expect, it } from "vitest";
import { markerOf } from "../../src/plan/numbering.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("numbering with a slash", () => {
  it("reads '3/' and 'b/' before a word as an item's number and a point's letter", () => {
    expect(markerOf("3/ Công tác kiểm tra", 2)).toMatchObject({ kind: "number", ref: "3", rest: "Công tác kiểm tra" });
    expect(markerOf("b/ Sở Y tế hướng dẫn", 2)).toMatchObject({ kind: "letter", ref: "b", rest: "Sở Y tế hướng dẫn" });
  });

  it("reads no number in a date or a measure that opens a line", () => {
    expect(markerOf("5/2024 là tháng cao điểm", null)).toBeNull();
    expect(markerOf("12/ 2024 các đơn vị báo cáo", null)).toBeNull();
    expect(markerOf("m/s là đơn vị đo", null)).toBeNull();
  });

  it("reads each lettered point under '1/', '2/' as a task of its own", () => {
    const plan = parse(
      [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1/ Nâng cao chất lượng dịch vụ công trực tuyến.",
        "II. NHIỆM VỤ",
        "1/ Công tác dữ liệu",
        "a/ Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Tài chính làm sạch dữ liệu đất đai; hoàn thành trước ngày 16/10/2024.",
        "b/ Sở Y tế cập nhật dữ liệu tiêm chủng; hoàn thành trong tháng 11/2024.",
        "2/ Công tác hạ tầng",
        "a/ Sở Công Thương rà soát hạ tầng mạng của ngành, chậm nhất ngày 20/12/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.a", "2024-10-15", ["Sở Tài nguyên và Môi trường"], ["Sở Tài chính"]],
      ["II.1.b", "2024-11-30", ["Sở Y tế"], []],
      ["II.2.a", "2024-12-20", ["Sở Công Thương"], []],
    ]);
  });

  it("reads a long run of slash-numbered points in linear time", () => {
    const lines = ["II. NHIỆM VỤ"];
    for (let i = 1; i <= 300; i++) {
      lines.push(`${i}/ Lĩnh vực ${i}`);
      lines.push(`a/ Sở Nội vụ rà soát hồ sơ đợt ${i}; hoàn thành trước ngày 16/10/2024.`);
      lines.push(`b/ ${"/ ".repeat(200)}`);
    }
    const started = performance.now();
    const read = tasks(parse(lines.join("\n")));
    expect(read.filter((t) => String(t[0]).endsWith(".a"))).toHaveLength(300);
    expect(performance.now() - started).toBeLessThan(20000);
  });
});
