// `npx tsx scripts/pdf-samples.ts`: the PDFs in test/plan/pdf, exported by LibreOffice (the
// producer provinces' portals show most) from Word files built here: the seeds as Word
// writes them from their text, and a plan laid out as offices type one (Word's automatic
// numbering, the Decree 30/2020 header and signature in borderless tables, a task table
// with merged cells and a header row repeated on every page, footnotes, page numbers).
// Needs `soffice` (LibreOffice); the tests read the PDFs it leaves, so CI needs none.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { projectRoot } from "../src/paths.ts";
import { docxFromText } from "../test/support/documents.ts";
import { PLANS, planText } from "../test/support/fixtures.ts";

const OUT = join(projectRoot, "test", "plan", "pdf");
const FONT = "Times New Roman";

type Numbered = { level: 0 | 1 | 2 | 3; text: string; notes?: number[] };

const para = (text: string, options: { bold?: boolean; center?: boolean; italic?: boolean; size?: number } = {}) =>
  new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: options.center ? undefined : { firstLine: 567 },
    spacing: { after: 80 },
    children: [new TextRun({ text, bold: options.bold, italics: options.italic, size: (options.size ?? 14) * 2 })],
  });

/** A paragraph numbered by Word ("I.", "1.", "a)", "-"), with footnote references after the text. */
const numbered = ({ level, text, notes = [] }: Numbered) =>
  new Paragraph({
    numbering: { reference: "plan", level },
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    children: [
      new TextRun({ text, bold: level < 2 && !text.includes(" trước "), size: 28 }),
      ...notes.map((n) => new FootnoteReferenceRun(n)),
    ],
  });

const cell = (
  text: string,
  options: { rowSpan?: number; columnSpan?: number; bold?: boolean; center?: boolean } = {},
) =>
  new TableCell({
    rowSpan: options.rowSpan,
    columnSpan: options.columnSpan,
    children: text.split("\n").map(
      (line) =>
        new Paragraph({
          alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: line, bold: options.bold, size: 24 })],
        }),
    ),
  });

/** Two borderless columns of centred lines: the Decree 30/2020 header, or "Nơi nhận" beside the signature. */
const sideBySide = (left: string[], right: string[], leftAlign: "left" | "center" = AlignmentType.CENTER) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [left, right].map(
          (lines, i) =>
            new TableCell({
              width: { size: i === 0 ? 40 : 60, type: WidthType.PERCENTAGE },
              borders: TableBorders.NONE,
              children: lines.map(
                (line) =>
                  new Paragraph({
                    alignment: i === 0 ? leftAlign : AlignmentType.CENTER,
                    children: [
                      new TextRun({ text: line, bold: /^[A-ZĐỦ]/.test(line) && !line.startsWith("Số"), size: 24 }),
                    ],
                  }),
              ),
            }),
        ),
      }),
    ],
  });

type Task = [string, string, string, string, string];

const TASKS: Task[] = [
  [
    "1",
    "Xây dựng, ban hành Kế hoạch đo lường sự hài lòng của người dân, tổ chức năm 2024",
    "Tháng 4/2024",
    "Sở Nội vụ",
    "Văn phòng UBND tỉnh",
  ],
  [
    "2",
    "Lập danh sách người dân, tổ chức đã giải quyết thủ tục hành chính, gửi Sở Nội vụ",
    "Tháng 6/2024",
    "Các sở, ban, ngành; UBND các huyện, thành phố",
    "Sở Nội vụ",
  ],
  [
    "3",
    "Tổ chức điều tra xã hội học tại các huyện, thành phố theo phương án được duyệt",
    "Quý III/2024",
    "Sở Nội vụ",
    "UBND các huyện, thành phố",
  ],
  [
    "4",
    "Tổng hợp, phân tích số liệu điều tra, xây dựng báo cáo kết quả đo lường",
    "Quý III/2024",
    "Sở Nội vụ",
    "Sở Tài chính",
  ],
];

async function typedPlan(): Promise<Buffer> {
  const levels = [
    { level: 0, format: LevelFormat.UPPER_ROMAN, text: "%1." },
    { level: 1, format: LevelFormat.DECIMAL, text: "%2." },
    { level: 2, format: LevelFormat.LOWER_LETTER, text: "%3)" },
    { level: 3, format: LevelFormat.BULLET, text: "-" },
  ].map((l) => ({
    ...l,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 0, firstLine: 567 } } },
  }));
  const body: Numbered[] = [
    { level: 0, text: "MỤC ĐÍCH, YÊU CẦU" },
    {
      level: 3,
      text: "Đánh giá khách quan chất lượng cung cấp dịch vụ công của các cơ quan hành chính nhà nước trên địa bàn tỉnh Lai Châu năm 2024.",
    },
    { level: 3, text: "Việc điều tra phải đúng đối tượng, đúng phương pháp, bảo đảm tiến độ theo Kế hoạch này." },
    { level: 0, text: "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN" },
    { level: 1, text: "Sở Nội vụ" },
    {
      level: 2,
      text: "Hướng dẫn các cơ quan, đơn vị lập danh sách đối tượng điều tra xã hội học, hoàn thành trước ngày 15/5/2024.",
      notes: [1],
    },
    { level: 2, text: "Tổng hợp kết quả điều tra, báo cáo UBND tỉnh trước ngày 30/9/2024." },
    {
      level: 1,
      text: "Văn phòng UBND tỉnh phối hợp với Sở Nội vụ công khai kết quả trên Cổng thông tin điện tử tỉnh, hoàn thành trong Tháng 10/2024.",
      notes: [2],
    },
  ];
  const doc = new Document({
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    numbering: { config: [{ reference: "plan", levels }] },
    footnotes: {
      1: {
        children: [
          new Paragraph({
            children: [new TextRun({ text: "Theo mẫu tại Phụ lục I kèm theo Kế hoạch này.", size: 20 })],
          }),
        ],
      },
      2: {
        children: [
          new Paragraph({
            children: [new TextRun({ text: "Địa chỉ: laichau.gov.vn, chuyên mục Cải cách hành chính.", size: 20 })],
          }),
        ],
      },
    },
    sections: [
      {
        properties: { titlePage: true, page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        headers: {
          first: new Header({ children: [new Paragraph("")] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 26 })],
              }),
            ],
          }),
        },
        children: [
          sideBySide(
            ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU", "", "Số: 45/KH-UBND"],
            [
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc",
              "",
              "Lai Châu, ngày 12 tháng 3 năm 2024",
            ],
          ),
          para("KẾ HOẠCH", { bold: true, center: true }),
          para(
            "Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Lai Châu năm 2024",
            { bold: true, center: true },
          ),
          para(
            "Thực hiện Chương trình cải cách hành chính nhà nước giai đoạn 2021 - 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch đo lường sự hài lòng năm 2024 như sau:",
          ),
          ...body.map(numbered),
          para("BIỂU PHÂN CÔNG NHIỆM VỤ", { bold: true, center: true }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                tableHeader: true,
                children: [
                  cell("TT", { rowSpan: 2, bold: true, center: true }),
                  cell("Nhiệm vụ", { rowSpan: 2, bold: true, center: true }),
                  cell("Thời gian hoàn thành", { rowSpan: 2, bold: true, center: true }),
                  cell("Trách nhiệm thực hiện", { columnSpan: 2, bold: true, center: true }),
                ],
              }),
              new TableRow({
                tableHeader: true,
                children: [
                  cell("Cơ quan chủ trì", { bold: true, center: true }),
                  cell("Cơ quan phối hợp", { bold: true, center: true }),
                ],
              }),
              // Tasks 3 and 4 share one deadline cell, merged down (w:vMerge); the list is given
              // twice so that the table crosses a page.
              ...[...TASKS, ...TASKS.map(([n, ...rest]): Task => [String(Number(n) + 4), ...rest])].map(
                ([n, task, due, lead, partners], i) =>
                  new TableRow({
                    children:
                      i % 4 === 3
                        ? [cell(n), cell(task), cell(lead), cell(partners)]
                        : [
                            cell(n),
                            cell(task),
                            cell(due, { rowSpan: i % 4 === 2 ? 2 : 1 }),
                            cell(lead),
                            cell(partners),
                          ],
                  }),
              ),
            ],
          }),
          para(
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh./.",
          ),
          sideBySide(
            [
              "Nơi nhận:",
              "- Bộ Nội vụ (b/c);",
              "- TT Tỉnh ủy, TT HĐND tỉnh;",
              "- Các sở, ban, ngành;",
              "- UBND các huyện, thành phố;",
              "- Lưu: VT, NC.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hà Văn Bình"],
            AlignmentType.LEFT,
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "dondoc-pdf-"));
  const sources: [string, Buffer][] = [
    ...(await Promise.all(
      Object.values(PLANS).map(async (p) => [basename(p, ".txt"), await docxFromText(planText(p))] as [string, Buffer]),
    )),
    ["plan-lai-chau-2024-word-layout", await typedPlan()],
  ];
  for (const [name, docx] of sources) {
    const file = join(work, `${name}.docx`);
    writeFileSync(file, docx);
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", work, file], { stdio: "ignore" });
    writeFileSync(join(OUT, `${name}.pdf`), readFileSync(join(work, `${name}.pdf`)));
    console.log(`test/plan/pdf/${name}.pdf`);
  }
  rmSync(work, { recursive: true, force: true });
}

await main();
