// A deadline given only in a footnote: the item pointing to it is due as the note says, in every
// format; a note citing a document or an event dates nothing, and an item keeps its own deadline.
import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { noteDeadline, withFootnoteDeadlines } from "../../src/plan/footnotes.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { readPdfPlan } from "../../src/plan/read-pdf.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { pdfFrom } from "../support/pdf-documents.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("what a footnote says of time", () => {
  it("is a deadline only in deadline wording, cut at its date", () => {
    expect(
      noteDeadline(
        "Theo Quyết định số 7/QĐ-BTC ngày 02/3/2024: nộp báo cáo chậm nhất ngày 20/10/2024, kèm biểu mẫu.",
        "2024-03-05",
      ),
    ).toBe("chậm nhất ngày 20/10/2024");
    expect(noteDeadline("Thông tư số 3/2023/TT-BNV ngày 01/6/2023 của Bộ Nội vụ.", "2024-03-05")).toBeNull();
    expect(noteDeadline("Tổ chức tại hội trường tỉnh ngày 14/5/2024.", "2024-03-05")).toBeNull();
    expect(noteDeadline("Văn bản có hiệu lực từ ngày 01/7/2024.", "2024-03-05")).toBeNull();
  });
});

describe("a text copy's footnotes", () => {
  it("date a time cell pointing to one, never one that has its own date", () => {
    const plan = parse(
      [
        "TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành",
        "1\tCập nhật cơ sở dữ liệu cán bộ, công chức\tSở Nội vụ\tTheo văn bản của Bộ chủ quản[2]",
        "2\tRà soát quy chế làm việc\tSở Tư pháp\tTrước 30/6/2024[3]",
        "",
        "[2] Văn bản số 88/BNV ngày 10/01/2024: hoàn thành cập nhật trước ngày 15/9/2024.",
        "[3] Hoàn thành trước ngày 01/12/2024 theo văn bản cũ.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-09-14", ["Sở Nội vụ"], []],
      ["2", "2024-06-29", ["Sở Tư pháp"], []],
    ]);
  });

  it("never date a time cell that recurs: the note tells its periods", () => {
    const plan = parse(
      [
        "TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành",
        "1\tBáo cáo tình hình tiếp nhận hồ sơ\tSở Y tế\tHằng tháng, trước ngày 20[4]",
        "",
        "[4] Kỳ cuối năm gửi trước ngày 10/12/2024 theo quy chế.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", null, ["Sở Y tế"], []]]);
  });

  it("date a sentence of prose ending in a mark, and are no paragraphs of their own", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Y tế triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh theo lộ trình của Bộ[^1].",
        "[^1]: Lộ trình của Bộ Y tế: các bệnh viện hoàn thành chậm nhất ngày 30/9/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-09-30", ["Sở Y tế"], []]]);
  });
});

describe("a Word file's footnotes", () => {
  it("date the cell or the paragraph whose mark points to them", async () => {
    const cell = (...children: (TextRun | FootnoteReferenceRun)[]) =>
      new TableCell({ children: [new Paragraph({ children })] });
    const row = (...cells: TableCell[]) => new TableRow({ children: cells });
    const doc = new Document({
      footnotes: {
        1: { children: [new Paragraph("Theo kế hoạch của Bộ: hoàn thành trước ngày 20/11/2024.")] },
        2: { children: [new Paragraph("Thông tư số 1/2024/TT-BTP ngày 05/01/2024.")] },
      },
      sections: [
        {
          children: [
            new Paragraph("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"),
            new Paragraph("Số: 12/KH-UBND"),
            new Paragraph("Thái Nguyên, ngày 05 tháng 3 năm 2024"),
            new Paragraph("KẾ HOẠCH"),
            new Table({
              rows: [
                row(
                  cell(new TextRun("TT")),
                  cell(new TextRun("Nhiệm vụ")),
                  cell(new TextRun("Đơn vị chủ trì")),
                  cell(new TextRun("Thời gian hoàn thành")),
                ),
                row(
                  cell(new TextRun("1")),
                  cell(new TextRun("Số hóa hồ sơ lưu trữ")),
                  cell(new TextRun("Sở Nội vụ")),
                  cell(new TextRun("Theo lộ trình của Bộ"), new FootnoteReferenceRun(1)),
                ),
                row(
                  cell(new TextRun("2")),
                  cell(new TextRun("Rà soát văn bản quy phạm"), new FootnoteReferenceRun(2)),
                  cell(new TextRun("Sở Tư pháp")),
                  cell(new TextRun("Quý II/2024")),
                ),
              ],
            }),
          ],
        },
      ],
    });
    const read = readDocxPlan(await Packer.toBuffer(doc));
    if (!read.ok) throw new Error(read.error.code);
    const parsed = parsePlan(read.document, THAI_NGUYEN, shippedCalendar);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(tasks(parsed.plan)).toEqual([
      ["1", "2024-11-19", ["Sở Nội vụ"], []],
      ["2", "2024-06-30", ["Sở Tư pháp"], []],
    ]);
  });
});

describe("a PDF's footnotes", () => {
  it("go with the paragraph whose raised mark points to them, by the number opening each note", async () => {
    const read = await readPdfPlan(
      await pdfFrom([
        { kind: "paragraph", text: "1. Sở Nội vụ:" },
        { kind: "marked", text: "- Số hóa hồ sơ lưu trữ theo lộ trình của Bộ[2]." },
        { kind: "marked", text: "- Rà soát quy chế làm việc của cơ quan." },
        {
          kind: "footnotes",
          notes: ["Thông tư số 1/2020/TT-BNV ngày 05/01/2020.", "Theo văn bản của Bộ: xong chậm nhất ngày 30/9/2020."],
        },
      ]),
    );
    if (!read.ok) throw new Error(read.error.code);
    expect(read.document.blocks.map((b) => (b.type === "text" ? [b.text, b.notes ?? []] : b.cells))).toEqual([
      ["1. Sở Nội vụ:", []],
      ["- Số hóa hồ sơ lưu trữ theo lộ trình của Bộ.", ["Theo văn bản của Bộ: xong chậm nhất ngày 30/9/2020."]],
      ["- Rà soát quy chế làm việc của cơ quan.", []],
    ]);
  });
});

describe("a note that moves an item's deadline", () => {
  it("dates the item by the moved deadline; a note that only cites a document leaves its own", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ tổng hợp báo cáo, hoàn thành trước ngày 30/9/2024[1].",
        "2. Sở Tư pháp rà soát văn bản, chậm nhất ngày 15/10/2024[2].",
        "3. Sở Y tế kiểm tra cơ sở, trong tháng 8/2024[3].",
        "__________",
        "[1] Chủ tịch UBND tỉnh đồng ý gia hạn đến ngày 31/10/2024 tại Văn bản số 15/UBND-NC ngày 20/7/2024.",
        "[2] Theo Quyết định số 10/QĐ-UBND ngày 12/3/2024 của UBND tỉnh.",
        "[3] Điều chỉnh thành Quý IV/2024 (Văn bản số 15/UBND-NC ngày 20/7/2024 của UBND tỉnh).",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-10-31", ["Sở Nội vụ"], []],
      ["II.2", "2024-10-15", ["Sở Tư pháp"], []],
      ["II.3", "2024-12-31", ["Sở Y tế"], []],
    ]);
  });
});

describe("a PDF page whose notes have no rule drawn above them", () => {
  it("still reads the small lines at its foot, each opening with its raised mark, as the notes", async () => {
    const read = await readPdfPlan(
      await pdfFrom([
        { kind: "paragraph", text: "1. Sở Nội vụ:" },
        { kind: "marked", text: "- Số hóa hồ sơ lưu trữ, hoàn thành tháng 6/2020[1]." },
        { kind: "marked", text: "- Rà soát quy chế làm việc của cơ quan." },
        {
          kind: "footnotes",
          notes: ["Điều chỉnh thành Quý III/2020 (Văn bản số 5/UBND ngày 02/3/2020)."],
          rule: false,
        },
      ]),
    );
    if (!read.ok) throw new Error(read.error.code);
    expect(read.document.blocks.map((b) => (b.type === "text" ? [b.text, b.notes ?? []] : b.cells))).toEqual([
      ["1. Sở Nội vụ:", []],
      [
        "- Số hóa hồ sơ lưu trữ, hoàn thành tháng 6/2020.",
        ["Điều chỉnh thành Quý III/2020 (Văn bản số 5/UBND ngày 02/3/2020)."],
      ],
      ["- Rà soát quy chế làm việc của cơ quan.", []],
    ]);
  });
});

describe("a line a footnote dates", () => {
  it("keeps the words it was written with, which the admin is shown, in a paragraph and in a cell", () => {
    const note = "Hoàn thành trước ngày 30/6/2026 theo Công văn của Bộ Y tế.";
    const [paragraph, row] = withFootnoteDeadlines(
      [
        { type: "text", text: "2. Rà soát hồ sơ bệnh án.", notes: [note] },
        { type: "row", cells: ["3", "Số hóa hồ sơ", ""], notes: [[], [note], []] },
      ],
      "2026-03-10",
    );
    expect(paragraph).toMatchObject({
      text: "2. Rà soát hồ sơ bệnh án; trước ngày 30/6/2026.",
      written: "2. Rà soát hồ sơ bệnh án.",
    });
    expect(row).toMatchObject({
      cells: ["3", "Số hóa hồ sơ; trước ngày 30/6/2026", ""],
      written: "3 | Số hóa hồ sơ | ",
    });
  });
});
