// An appendix set out as numbered forms, one per leading unit: each sheet (or page) opens with "Biểu số N", the
// appendix's title, the plan it goes with, and a line labelling the unit that leads every row ("Đơn vị chủ trì: …"),
// over a table with no lead column numbering its rows from 1. A row is cited by its form and its number ("3.2"), led by
// the labelled unit; the plan is the one the title cites, in the workbook, its text copy and its print alike.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { withoutRunningText } from "../../src/plan/pdf/furniture.ts";
import { buildLines, lineText } from "../../src/plan/pdf/lines.ts";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { pdfFrom, type PdfPart } from "../support/pdf-documents.ts";
import { parse, tasks } from "../support/text-plans.ts";

const CITED = "(Kèm theo Kế hoạch số 62/KH-UBND ngày 08/4/2024 của UBND tỉnh Bắc Kạn)";
const HEADER = ["TT", "Nội dung nhiệm vụ", "Cơ quan phối hợp", "Thời gian hoàn thành", "Kết quả"];

/** Each form: its leading unit's label line and its rows' work and times. */
const FORMS: [string, [string, string][]][] = [
  [
    "Cơ quan chủ trì: Sở Y tế",
    [
      ["Kiểm tra an toàn thực phẩm tại bếp ăn tập thể", "Tháng 5/2024"],
      ["Tập huấn phòng chống dịch bệnh mùa hè", "Trước ngày 20/6/2024"],
    ],
  ],
  [
    "ĐƠN VỊ THỰC HIỆN: SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    [
      ["Rà soát cơ sở vật chất trường học trước năm học mới", "Tháng 7/2024"],
      ["Tổ chức bồi dưỡng giáo viên cốt cán", "Quý III/2024"],
    ],
  ],
  ["Đơn vị chủ trì: UBND các huyện, thành phố", [["Báo cáo kết quả thực hiện trên địa bàn", "Ngày 15/11/2024"]]],
];

const EXPECTED = [
  ["1.1", "2024-05-31", ["Sở Y tế"], []],
  ["1.2", "2024-06-19", ["Sở Y tế"], []],
  ["2.1", "2024-07-31", ["Sở Giáo dục và Đào tạo"], []],
  ["2.2", "2024-09-30", ["Sở Giáo dục và Đào tạo"], []],
  ["3.1", "2024-11-15", ["UBND thành phố Bắc Kạn", "UBND huyện Ba Bể"], []],
];

/** A row as a user sees it, the districts cut to their first two (the directory lists them all). */
const shown = (plan: ParsedPlan) =>
  tasks(plan).map(([ref, due, lead, partners]) => [ref, due, (lead as string[]).slice(0, 2), partners]);

async function workbook(forms = FORMS): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  forms.forEach(([label, rows], k) => {
    const sheet = book.addWorksheet(`Biểu ${k + 1}`);
    sheet.addRow(["", "", "", "", `Biểu số ${String(k + 1).padStart(2, "0")}`]);
    sheet.addRow(["NHIỆM VỤ TRỌNG TÂM NĂM 2024 THEO ĐƠN VỊ"]);
    sheet.addRow([CITED]);
    sheet.addRow([label]);
    sheet.addRow(HEADER);
    rows.forEach(([work, time], n) => sheet.addRow([n + 1, work, "", time, "Báo cáo"]));
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function read(buffer: Buffer): Promise<ParsedPlan> {
  const parsed = await parsePlanBuffer(buffer, { directories: shippedDirectories, calendar: shippedCalendar });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

describe("an appendix of numbered forms, one per leading unit", () => {
  it("cites each form's rows by its number, led by the unit its label line names, in a workbook", async () => {
    const plan = await read(await workbook());
    expect(plan.plan).toMatchObject({ number: "62/KH-UBND", date: "2024-04-08" });
    expect(shown(plan)).toEqual(EXPECTED);
  });

  it("reads its print the same: each page's form number, and the plan the first page cites", async () => {
    const parts: PdfPart[] = FORMS.flatMap(([label, rows], k) => [
      ...(k > 0 ? [{ kind: "page-break" as const }] : []),
      { kind: "paragraph" as const, text: `Biểu số ${k + 1}`, size: 11, indent: false },
      { kind: "paragraph" as const, text: "NHIỆM VỤ TRỌNG TÂM NĂM 2024 THEO ĐƠN VỊ", bold: true, center: true },
      { kind: "paragraph" as const, text: CITED, center: true },
      { kind: "paragraph" as const, text: label, indent: false },
      {
        kind: "table" as const,
        widths: [30, 170, 90, 90, 70],
        rows: [HEADER, ...rows.map(([work, time], n) => [String(n + 1), work, "", time, "Báo cáo"])],
      },
    ]);
    const plan = await read(await pdfFrom(parts));
    expect(plan.plan).toMatchObject({ number: "62/KH-UBND", date: "2024-04-08" });
    expect(shown(plan)).toEqual(EXPECTED);
  });

  it("reads a text copy, forms written 'BIỂU SỐ 2' over their table", () => {
    const plan = parse(
      [
        "BIỂU SỐ 1",
        "Đơn vị chủ trì: Sở Tư pháp",
        "STT\tNội dung\tĐơn vị phối hợp\tThời hạn",
        "1\tRà soát văn bản quy phạm pháp luật của tỉnh\t\t30/6/2024",
        "2\tTuyên truyền pháp luật cho đồng bào vùng cao\tSở Nội vụ\t30/9/2024",
        "BIỂU SỐ 2",
        "Đơn vị chủ trì: Sở Nội vụ",
        "STT\tNội dung\tĐơn vị phối hợp\tThời hạn",
        "1\tThẩm định đề án vị trí việc làm\tSở Tư pháp\t31/7/2024",
        "2\tKiểm tra công tác văn thư, lưu trữ\t\t31/10/2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2024-06-30", ["Sở Tư pháp"], []],
      ["1.2", "2024-09-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["2.1", "2024-07-31", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2.2", "2024-10-31", ["Sở Nội vụ"], []],
    ]);
  });

  it("with no label line, gives each sheet's rows to the unit its tab names, over the form's title rows", async () => {
    const book = new ExcelJS.Workbook();
    for (const [k, tab] of ["Sở Y tế", "Sở Tư pháp"].entries()) {
      const sheet = book.addWorksheet(tab);
      sheet.addRow(["", "", "", `Biểu số ${k + 1}`]);
      sheet.addRow(["NHIỆM VỤ TRỌNG TÂM NĂM 2024 THEO ĐƠN VỊ"]);
      sheet.addRow([CITED]);
      sheet.addRow(["STT", "Nội dung công việc", "Đơn vị phối hợp", "Thời hạn"]);
      sheet.addRow([1, "Rà soát hồ sơ quản lý chuyên ngành", "", "30/6/2024"]);
      sheet.addRow([2, "Kiểm tra định kỳ các đơn vị trực thuộc", "Sở Nội vụ", "30/9/2024"]);
    }
    const plan = await read(Buffer.from(await book.xlsx.writeBuffer()));
    expect(tasks(plan)).toEqual([
      ["1.1", "2024-06-30", ["Sở Y tế"], []],
      ["1.2", "2024-09-30", ["Sở Y tế"], ["Sở Nội vụ"]],
      ["2.1", "2024-06-30", ["Sở Tư pháp"], []],
      ["2.2", "2024-09-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
    ]);
  });

  it("keeps the numbers of forms numbering on, and reads no lead from a line labelling more than the lead", () => {
    const plan = parse(
      [
        "Biểu số 1",
        "Chủ trì: Sở Tư pháp; phối hợp: Sở Nội vụ",
        "STT\tNội dung\tThời hạn",
        "1\tRà soát văn bản quy phạm pháp luật của tỉnh\t30/6/2024",
        "Biểu số 2",
        "STT\tNội dung\tThời hạn",
        "2\tThẩm định đề án vị trí việc làm\t31/7/2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-30", [], []],
      ["2", "2024-07-31", [], []],
    ]);
  });

  it("keeps atop a print's pages the form's number where it changes and the plan's citation where first printed", () => {
    const page = (...lines: string[]) => ({
      height: 800,
      lines: buildLines(
        lines.map((text, i) => ({ text, x: 300, y: 30 + 15 * i, width: 200, size: 12, font: "f" })),
        0,
      ),
    });
    const kept = withoutRunningText([
      page("Biểu số 1", CITED),
      page("Biểu số 1", CITED),
      page("Biểu số 2", CITED),
      page("Trang 4", CITED),
    ]);
    expect(kept.map((lines) => lines.map(lineText))).toEqual([["Biểu số 1", CITED], [], ["Biểu số 2"], []]);
  });

  it("reads a workbook of many forms", async () => {
    const rows = Array.from({ length: 20 }, (_, n): [string, string] => [`Việc số ${n + 1} của biểu`, "30/9/2024"]);
    const forms = Array.from({ length: 150 }, (): [string, [string, string][]] => ["Đơn vị chủ trì: Sở Y tế", rows]);
    const plan = await read(await workbook(forms));
    const refs = plan.tasks.map((t) => t.ref);
    expect(refs).toHaveLength(3_000);
    expect([refs[0], refs[19], refs[20], refs.at(-1)]).toEqual(["1.1", "1.20", "2.1", "150.20"]);
    expect(new Set(plan.tasks.map((t) => t.lead[0]?.name))).toEqual(new Set(["Sở Y tế"]));
  });
});

describe("forms named otherwise, their number and lead among their title lines (review of set 46)", () => {
  /** Two forms over tables numbering from 1, each given as its title lines. */
  const forms = (first: string[], second: string[]) =>
    parse(
      [
        ...first,
        "STT\tNội dung\tĐơn vị phối hợp\tThời hạn",
        "1\tRà soát văn bản quy phạm pháp luật của tỉnh\t\t30/6/2024",
        "2\tTuyên truyền pháp luật cho đồng bào vùng cao\tSở Nội vụ\t30/9/2024",
        ...second,
        "STT\tNội dung\tĐơn vị phối hợp\tThời hạn",
        "1\tThẩm định đề án vị trí việc làm\tSở Tư pháp\t31/7/2024",
        "2\tKiểm tra công tác văn thư, lưu trữ\t\t31/10/2024",
      ].join("\n"),
    );
  const cited = "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/3/2024 của UBND tỉnh Thái Nguyên)";

  it("cites the rows of a 'Mẫu số' or 'Phụ biểu' form by its number", () => {
    for (const [one, two] of [
      ["Mẫu số 1", "Mẫu số 2"],
      ["Phụ biểu 01", "Phụ biểu 02"],
      ["MẪU SỐ 01: PHÂN CÔNG NHIỆM VỤ", "PHỤ BIỂU SỐ 02. PHÂN CÔNG NHIỆM VỤ"],
    ]) {
      const plan = forms([one!, "Đơn vị chủ trì: Sở Tư pháp"], [two!, "Đơn vị chủ trì: Sở Nội vụ"]);
      expect(tasks(plan).map(([ref, , lead]) => [ref, lead])).toEqual([
        ["1.1", ["Sở Tư pháp"]],
        ["1.2", ["Sở Tư pháp"]],
        ["2.1", ["Sở Nội vụ"]],
        ["2.2", ["Sở Nội vụ"]],
      ]);
    }
  });

  it("reads a form's number followed on its line by the plan it is attached to", () => {
    const plan = forms(
      [`Biểu số 1 ${cited}`, "Đơn vị chủ trì: Sở Tư pháp"],
      ["Biểu số 2 (Kèm theo Kế hoạch số 12/KH-UBND)", "Đơn vị chủ trì: Sở Nội vụ"],
    );
    expect(tasks(plan).map(([ref]) => ref)).toEqual(["1.1", "1.2", "2.1", "2.2"]);
  });

  it("is led by the unit a title line labels, wherever among the title lines it stands", () => {
    const plan = forms(
      ["Biểu số 1", "PHÂN CÔNG NHIỆM VỤ", "Đơn vị chủ trì: Sở Tư pháp", cited],
      ["Biểu số 2", "Cơ quan thực hiện: Sở Nội vụ", "PHÂN CÔNG NHIỆM VỤ NĂM 2024", cited],
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2024-06-30", ["Sở Tư pháp"], []],
      ["1.2", "2024-09-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["2.1", "2024-07-31", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2.2", "2024-10-31", ["Sở Nội vụ"], []],
    ]);
  });
});
