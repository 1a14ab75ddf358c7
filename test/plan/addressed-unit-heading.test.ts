// A plan heads a body it cannot order with a request ("9. Đề nghị Ủy ban MTTQ Việt Nam tỉnh", "Giao Sở A"), then writes
// the body's one duty as a paragraph with no subject under it: the body is asked to do it, so it leads that one task,
// cited by the heading's number, as under a heading naming the unit alone.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a heading addressing a unit over one paragraph", () => {
  it("is one task led by the addressed unit", () => {
    const plan = parse(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nội vụ",
        "a) Tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 10/12/2024.",
        "b) Tổ chức tập huấn cho công chức cấp xã trong tháng 7/2024.",
        "2. Đề nghị Ủy ban MTTQ Việt Nam tỉnh",
        "Chủ trì giám sát việc thực hiện dân chủ ở cơ sở tại các xã, thị trấn trong năm 2024.",
        "3. Đề nghị Bưu điện tỉnh:",
        "Phối hợp với Sở Nội vụ khảo sát sự hài lòng của người dân, hoàn thành trước ngày 31/10/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["III.1.a", "2024-12-09", ["Sở Nội vụ"], []],
      ["III.1.b", "2024-07-31", ["Sở Nội vụ"], []],
      ["III.2", "2024-12-31", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], []],
      ["III.3", "2024-10-30", ["Bưu điện tỉnh"], ["Sở Nội vụ"]],
    ]);
  });

  it("keeps several paragraphs under the addressed unit tasks of their own", () => {
    const plan = parse(
      [
        "1. Đề nghị Ủy ban MTTQ Việt Nam tỉnh",
        "Chủ trì giám sát việc công khai các khoản đóng góp trong quý III/2024.",
        "Tuyên truyền, vận động nhân dân tham gia khảo sát trước ngày 15/8/2024.",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["1.1", "1.2"]);
  });

  it("reads 1,000 addressed headings, each over one paragraph, as 1,000 tasks", () => {
    const romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
    const lines: string[] = [];
    for (const section of romans.slice(0, 2)) {
      lines.push(`${section}. NHIỆM VỤ NHÓM ${section}`);
      for (let i = 1; i <= 500; i++)
        lines.push(`${i}. Đề nghị Ủy ban MTTQ Việt Nam tỉnh`, `Chủ trì giám sát đợt kiểm tra số ${i} trong năm 2024.`);
    }
    const read = tasks(parse(lines.join("\n")));
    expect(read).toHaveLength(1000);
    expect(read.at(-1)).toEqual(["II.500", "2024-12-31", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], []]);
    expect(read.filter((t) => String(t[0]).split(".").length !== 2)).toEqual([]);
  });
});
