// Word's "Save as Plain Text", and a Word table pasted into Notepad or a chat, writes a row's cells between tabs but
// each cell's paragraphs on lines of their own: a row whose cells hold two lines breaks into pieces, each piece with
// a tab where one cell ends and the next begins, its header too, and its last cell's later lines carry no tab.
import { describe, expect, it } from "vitest";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { joinCellParagraphs } from "../../src/plan/text-cell-lines.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { wordRowLines } from "../support/large-inputs.ts";

const rowsOf = (lines: string[]) => {
  const read = readTextPlan(lines.join("\n"));
  if (!read.ok) throw new Error(read.error.code);
  return read.document.blocks.map((b) => (b.type === "row" ? b.cells : b.text));
};

describe("a table saved as plain text by Word", () => {
  it("joins a row whose title and partners cells each hold two lines, and a last cell's line before the next row", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "TT\tNội dung\tChủ trì\tPhối hợp\tThời hạn",
        "1\tRà soát thủ tục hành chính",
        "công bố danh mục mới\tSở Tư pháp\tSở Nội vụ",
        "Sở Y tế\tTháng 5/2024",
        "2\tTập huấn cán bộ một cửa\tSở Nội vụ\tSở Tư pháp\tTrước ngày 30/6/2024",
        "(có thể lùi nếu có đợt bồi dưỡng)",
        "3\tTổng kết năm\tSở Tư pháp\tSở Y tế\tTháng 12/2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-31", ["Sở Tư pháp"], ["Sở Nội vụ", "Sở Y tế"]],
      ["2", "2024-06-29", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["3", "2024-12-31", ["Sở Tư pháp"], ["Sở Y tế"]],
    ]);
    expect(plan.tasks[0]!.title).toBe("Rà soát thủ tục hành chính công bố danh mục mới");
  });

  it("joins a header whose titles hold two lines, the first alone on its line", () => {
    const rows = rowsOf([
      "STT",
      "(số)\tCông việc",
      "cụ thể\tĐơn vị",
      "chủ trì\tĐơn vị",
      "phối hợp\tThời gian",
      "hoàn thành",
      "1\tKiểm tra an toàn thực phẩm",
      "tại chợ đầu mối\tSở Y tế",
      "\t\tQuý III/2024",
    ]);
    expect(rows).toEqual([
      ["STT (số)", "Công việc cụ thể", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
      ["1", "Kiểm tra an toàn thực phẩm tại chợ đầu mối", "Sở Y tế", "", "Quý III/2024"],
    ]);
  });

  it("joins such a header over the row numbering its columns, which stays a row of its own", () => {
    expect(
      joinCellParagraphs([
        "TT\tCông việc",
        "cụ thể\tThời gian",
        "hoàn thành",
        "(1)\t(2)\t(3)",
        "1\tRà soát\tQuý I/2024",
      ]),
    ).toEqual(["TT\tCông việc cụ thể\tThời gian hoàn thành", "(1)\t(2)\t(3)", "1\tRà soát\tQuý I/2024"]);
  });

  it("reads a bilingual table, every cell Vietnamese over English, in Vietnamese", () => {
    const plan = parse(
      [
        "III. HOẠT ĐỘNG / ACTIVITIES",
        "TT",
        "No.\tHoạt động",
        "Activities\tChủ trì",
        "Lead\tPhối hợp",
        "Support\tThời gian",
        "Timeline",
        "1\tTập huấn giáo viên tiếng Anh",
        "Training of English teachers in the province\tSở Y tế",
        "DOH\tSở Tư pháp",
        "DOJ\tTháng 9/2024",
        "September 2024",
        "2\tHội thảo tổng kết với các đối tác",
        "Review seminar with the partners\tSở Nội vụ",
        "DOHA\t\tQuý IV/2024",
        "Q4 2024",
        "3\tBáo cáo nhà tài trợ",
        "Report to the donor of the project\tSở Tư pháp",
        "DOJ\tSở Nội vụ",
        "DOHA\tTháng 12/2024",
        "December 2024",
        "",
        "IV. TỔ CHỨC THỰC HIỆN\tIV. IMPLEMENTATION",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-09-30", ["Sở Y tế"], ["Sở Tư pháp"]],
      ["2", "2024-12-31", ["Sở Nội vụ"], []],
      ["3", "2024-12-31", ["Sở Tư pháp"], ["Sở Nội vụ"]],
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "Tập huấn giáo viên tiếng Anh",
      "Hội thảo tổng kết với các đối tác",
      "Báo cáo nhà tài trợ",
    ]);
  });

  it("keeps lists in a middle or last cell, empty cells and a section row spanning the table", () => {
    const header = "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời hạn";
    expect(
      joinCellParagraphs([
        header,
        "I. CÔNG TÁC CHỈ ĐẠO",
        "1\tXây dựng quy chế:",
        "- Lấy ý kiến các sở",
        "- Trình ký ban hành\tSở Nội vụ\t\tQuý I/2024",
        "1. Dự thảo: tháng 1",
        "2. Ban hành: tháng 3",
        "II. CÔNG TÁC KIỂM TRA",
        "2\tKiểm tra\tSở Y tế",
        "Sở Tư pháp\t\tQuý II/2024",
        "3\tBáo cáo\tSở Y tế\tSở Nội vụ\tQuý IV/2024",
        "Các đơn vị gửi báo cáo về Sở Y tế.",
      ]),
    ).toEqual([
      header,
      "I. CÔNG TÁC CHỈ ĐẠO",
      "1\tXây dựng quy chế: - Lấy ý kiến các sở - Trình ký ban hành\tSở Nội vụ\t\tQuý I/2024 1. Dự thảo: tháng 1 2. Ban hành: tháng 3",
      "II. CÔNG TÁC KIỂM TRA",
      "2\tKiểm tra\tSở Y tế Sở Tư pháp\t\tQuý II/2024",
      "3\tBáo cáo\tSở Y tế\tSở Nội vụ\tQuý IV/2024",
      "Các đơn vị gửi báo cáo về Sở Y tế.",
    ]);
  });

  it("takes the last row's later lines only as every row above took them", () => {
    const header = "TT\tNhiệm vụ\tChủ trì\tThời hạn";
    const table = [header, "1\tA\tSở Y tế\tQuý I/2024", "2\tB", "phần hai\tSở Y tế\tQuý II/2024"];
    // The rows above wrote no line after their last cell: the line after the table is a paragraph of its own.
    expect(joinCellParagraphs([...table, "3\tC\tSở Y tế\tQuý III/2024", "Giao Sở Y tế theo dõi."]).at(-1)).toBe(
      "Giao Sở Y tế theo dõi.",
    );
    const twoLines = [
      header,
      "1\tA",
      "phần hai\tSở Y tế\tQuý I/2024",
      "Q1 2024",
      "2\tB\tSở Y tế\tQuý II/2024",
      "Q2 2024",
      "3\tC\tSở Y tế\tQuý III/2024",
      "Q3 2024",
      "Giao Sở Y tế theo dõi.",
    ];
    expect(joinCellParagraphs(twoLines).slice(-2)).toEqual([
      "3\tC\tSở Y tế\tQuý III/2024 Q3 2024",
      "Giao Sở Y tế theo dõi.",
    ]);
  });

  it("leaves a table inside a cell, wider than the table, as it was", () => {
    const lines = [
      "TT\tNhiệm vụ\tChủ trì\tThời hạn",
      "1\tGiám sát gồm:",
      "Đợt\tĐịa bàn",
      "Đợt 1\tXã A",
      "\tSở Y tế\tQuý I/2024",
      "2\tBáo cáo\tSở Y tế\tQuý II/2024",
    ];
    expect(joinCellParagraphs(lines)).toEqual(lines);
  });

  it("reads 100,000 lines of such rows", () => {
    const out = joinCellParagraphs(wordRowLines(20_000));
    expect(out).toHaveLength(1 + 20_000 - 1);
    expect(out[1]).toBe("1\tViệc 1 Task 1\tSở Y tế DOH\tQuý I/2024 Q1 2024 ghi chú");
  });
});
