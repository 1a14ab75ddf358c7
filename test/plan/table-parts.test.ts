// Tables set under lettered parts, one per group of units (an appendix, or a workbook of one sheet each): rows
// numbered anew in each part are known by the part's letter.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";
import { withPartRefs } from "../../src/plan/part-refs.ts";
import type { TaskDraft } from "../../src/plan/parsed-plan.ts";

const departmentsPart = (numbers: [string, string]) => [
  "A. NHIỆM VỤ CỦA CÁC SỞ, NGÀNH",
  ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"].join("\t"),
  [numbers[0], "Kiểm tra việc niêm yết thủ tục", "Sở Y tế", "", "Tháng 5/2024"].join("\t"),
  [numbers[1], "Rà soát quy chế phối hợp", "Sở Tư pháp", "Sở Nội vụ", "Quý III/2024"].join("\t"),
];

describe("task tables in lettered parts", () => {
  it("heads the refs with the part's letter when each part numbers its rows anew", () => {
    const plan = parse(
      [
        ...departmentsPart(["1", "2"]),
        "B. NHIỆM VỤ CỦA CÁC ĐƠN VỊ SỰ NGHIỆP",
        ["STT", "Đơn vị thực hiện", "Nội dung công việc", "Thời hạn"].join("\t"),
        ["1", "Đài Phát thanh và Truyền hình tỉnh", "Mở chuyên mục hỏi đáp", "Tháng 6/2024"].join("\t"),
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["A.1", "A.2", "B.1"]);
  });

  it("keeps the refs as written when the numbering runs on across the parts", () => {
    const plan = parse(
      [
        ...departmentsPart(["1", "2"]),
        "B. NHIỆM VỤ CỦA CÁC ĐƠN VỊ SỰ NGHIỆP",
        ["STT", "Đơn vị thực hiện", "Nội dung công việc", "Thời hạn"].join("\t"),
        ["3", "Đài Phát thanh và Truyền hình tỉnh", "Mở chuyên mục hỏi đáp", "Tháng 6/2024"].join("\t"),
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["1", "2", "3"]);
  });
});

const header = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"].join("\t");
const taskRows = (first: string, second: string) => [
  [first, "Tập huấn kỹ năng số cho cán bộ", "Sở Nội vụ", "", "Tháng 4/2024"].join("\t"),
  [second, "Xây dựng kho dữ liệu dùng chung", "Sở Tư pháp", "Sở Y tế", "Quý III/2024"].join("\t"),
];

describe("task tables under Roman groups", () => {
  it("heads the refs with the group's numeral when each form of an appendix ('Biểu II.') numbers anew", () => {
    const plan = parse(
      [
        "PHỤ LỤC CÁC NHIỆM VỤ",
        "Biểu I: NHÂN LỰC SỐ",
        header,
        ...taskRows("1", "2"),
        "Biểu II: DỮ LIỆU SỐ",
        header,
        ...taskRows("1", "2"),
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["I.1", "I.2", "II.1", "II.2"]);
  });

  it("does the same under plain Roman headings, one table each", () => {
    const plan = parse(
      ["I. Nhân lực số", header, ...taskRows("1", "2"), "II. Dữ liệu số", header, ...taskRows("1", "2")].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["I.1", "I.2", "II.1", "II.2"]);
  });

  it("leaves an appendix's table apart from the body's section above it", () => {
    const plan = parse(
      ["II. NHIỆM VỤ", header, ...taskRows("1", "2"), "PHỤ LỤC", "Danh mục đề án", header, ...taskRows("1", "2")].join(
        "\n",
      ),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["1", "2", "1(2)", "2(2)"]);
  });

  it("keeps the refs of a table whose rows have Roman groups of their own", () => {
    const group = (numeral: string) => [numeral, "NHÓM " + numeral].join("\t");
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        header,
        group("I"),
        ...taskRows("1", "2"),
        group("II"),
        ...taskRows("1", "2"),
        "III. TỔ CHỨC THỰC HIỆN",
        header,
        group("I"),
        ...taskRows("3", "4"),
      ].join("\n"),
    );
    expect(
      tasks(plan)
        .map((t) => t[0])
        .slice(0, 4),
    ).toEqual(["I.1", "I.2", "II.1", "II.2"]);
  });
});

describe("task tables under parts numbered in figures", () => {
  const part = (heading: string, first: string) => [heading, header, ...taskRows(first, String(Number(first) + 1))];

  it("heads the refs with the part's figure alone ('Phần II' is cited 'II.1'), as a Roman section's", () => {
    const opening = "Kế hoạch cải cách hành chính năm 2024";
    const plan = parse(
      [opening, ...part("Phần I. Cải cách thể chế", "1"), ...part("Phần II. Chính quyền số", "1")].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["I.1", "I.2", "II.1", "II.2"]);
  });

  it("heads the refs of two parts of ten thousand rows each with their figures", () => {
    const n = 10_000;
    const rows = (): TaskDraft[] =>
      Array.from({ length: n }, (_, k) => ({
        ref: `${k + 1}`,
        parentRef: null,
        title: `Việc ${k + 1}`,
        deadline: null,
        lead: [],
        coordinators: [],
      }));
    const tables = ["Phần I", "PHẦN II"].map((part, k) => ({ start: k * n, part, group: null, caption: null }));
    const refs = withPartRefs([...rows(), ...rows()], tables, false).map((t) => t.ref);
    expect(refs).toHaveLength(2 * n);
    expect([refs[0], refs[n - 1], refs[n], refs.at(-1)]).toEqual(["I.1", `I.${n}`, "II.1", `II.${n}`]);
  });
});
