// A task table a report tool printed with no ruling lines: a header line of labels, rows whose cells
// wrap, each row opening with its number; read into the same rows as a ruled table.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";
import { page, rows, run } from "../support/pdf-pages.ts";

const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "text" ? [b.text] : []));

// Labels centred over their columns; the number centred, the other cells set from their left.
const header = (y: number) => [
  run("STT", 62, y, 18),
  run("Nội dung", 180, y, 45),
  run("Đơn vị chủ trì", 330, y, 70),
  run("Thời gian", 470, y, 48),
];

describe("a task table printed with no ruling lines", () => {
  const blocks = layoutBlocks([
    page([
      run("BIỂU PHÂN CÔNG NHIỆM VỤ", 300, 40, 160),
      ...header(70),
      run("1", 68, 90, 6),
      run("Rà soát quy chế phối hợp tiếp nhận", 90, 90, 200),
      run("hồ sơ trực tuyến", 90, 102, 90),
      run("Văn phòng UBND", 320, 90, 80),
      run("tỉnh", 320, 102, 22),
      run("Quý II", 480, 90, 30),
      run("2", 68, 122, 6),
      run("Cập nhật cơ sở dữ liệu", 90, 122, 120),
      run("Sở Tư pháp", 320, 122, 55),
      run("Trước", 480, 122, 28),
      run("15/6/2024", 476, 134, 45),
      run("Bảng này gồm các nhiệm vụ giao trong năm, các đơn vị chủ động thực hiện đúng thời gian.", 60, 200, 460),
    ]),
    page([...header(60), run("3", 68, 80, 6), run("Tổng kết năm", 90, 80, 70), run("Sở Nội vụ", 320, 80, 50)]),
  ]);

  it("reads each numbered row's wrapped cells in their columns, on every page under the repeated header", () => {
    expect(rows(blocks)).toEqual([
      ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
      ["1", "Rà soát quy chế phối hợp tiếp nhận hồ sơ trực tuyến", "Văn phòng UBND tỉnh", "Quý II"],
      ["2", "Cập nhật cơ sở dữ liệu", "Sở Tư pháp", "Trước 15/6/2024"],
      ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
      ["3", "Tổng kết năm", "Sở Nội vụ", ""],
    ]);
  });

  it("leaves the title above it and a paragraph set well below it as text", () => {
    expect(texts(blocks)).toEqual([
      "BIỂU PHÂN CÔNG NHIỆM VỤ",
      "Bảng này gồm các nhiệm vụ giao trong năm, các đơn vị chủ động thực hiện đúng thời gian.",
    ]);
  });
});

describe("a list laid out at tab stops under a line of labels", () => {
  it("is no table: its items are numbered with a period", () => {
    const blocks = layoutBlocks([
      page([
        ...header(70),
        run("1.", 62, 90, 9),
        run("Rà soát quy chế phối hợp", 90, 90, 130),
        run("Sở Tư pháp", 320, 90, 55),
        run("Quý II", 480, 90, 30),
        run("2.", 62, 104, 9),
        run("Tổng kết năm", 90, 104, 70),
        run("Sở Nội vụ", 320, 104, 50),
      ]),
    ]);
    expect(rows(blocks)).toEqual([]);
  });
});

describe("borderless task tables under Roman headings, one going on over a page break", () => {
  // Columns: the number at 62, the task at 90, the lead at 250, the partners at 330, the time at 420. A writer whose
  // font lacks the accented letters draws a label in pieces ("N", "ội dung").
  const labels = (y: number, shift = 0) => [
    run("TT", 62 + shift, y, 12),
    run("N", 150 + shift, y, 7),
    run("ội dung", 157 + shift, y, 35),
    run("Ch", 262 + shift, y, 12),
    run("ủ trì", 274 + shift, y, 22),
    run("Phối hợp", 345 + shift, y, 42),
    run("Thời gian", 440 + shift, y, 45),
  ];
  const cells = (y: number, texts: [string, string, string, string, string], shift = 0) =>
    texts.flatMap((text, i) =>
      text ? [run(text, [62, 90, 250, 330, 420][i]! + shift, y, Math.min(text.length * 4.5, 150))] : [],
    );
  // The second table's columns stand a hair left of the first's, as a PDF writer's rounding sets them.
  const hair = -0.001;
  const blocks = layoutBlocks([
    page([
      run("I. HẠ TẦNG DU LỊCH", 62, 40, 120),
      ...labels(60),
      ...cells(72, ["1", "Rà soát các điểm du lịch", "Sở Xây dựng", "Sở Tài chính", "Quý III năm 2026"]),
      ...cells(84, ["", "cộng đồng", "", "", ""]),
      ...cells(96, ["2", "Cải tạo đường vào bản", "Sở Tài chính", "", "Thường xuyên"]),
      // One line further down than the rows' own lines, not three font sizes: a heading, no row.
      run("II. QUẢNG BÁ DU LỊCH VÀ XÚC TIẾN ĐẦU TƯ", 62, 120, 200),
      ...labels(140, hair),
      ...cells(152, ["1", "Xây dựng bản đồ số", "Sở Khoa học và", "", "Năm 2026"], hair),
      ...cells(164, ["", "", "Công nghệ", "", ""], hair),
      ...cells(176, ["2", "Tổ chức tuần văn hóa", "Sở Văn hóa, Thể", "Sở Công Thương,", "Trong tháng"], hair),
    ]),
    page([
      // The header repeated at the top of the page, over the rest of row 2.
      ...labels(60, hair),
      ...cells(72, ["", "du lịch tỉnh", "thao và Du lịch", "Báo Lai Châu", "Mười một năm 2026"], hair),
      ...cells(84, ["3", "Tham gia hội chợ", "Sở Công Thương", "", "Quý II năm 2026"], hair),
      run("C. TỔ CHỨC THỰC HIỆN", 62, 108, 120),
    ]),
  ]);

  it("reads each table, the row the page broke made whole", () => {
    const header = ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"];
    expect(rows(blocks)).toEqual([
      header,
      ["1", "Rà soát các điểm du lịch cộng đồng", "Sở Xây dựng", "Sở Tài chính", "Quý III năm 2026"],
      ["2", "Cải tạo đường vào bản", "Sở Tài chính", "", "Thường xuyên"],
      header,
      ["1", "Xây dựng bản đồ số", "Sở Khoa học và Công nghệ", "", "Năm 2026"],
      [
        "2",
        "Tổ chức tuần văn hóa du lịch tỉnh",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Công Thương, Báo Lai Châu",
        "Trong tháng Mười một năm 2026",
      ],
      header,
      ["3", "Tham gia hội chợ", "Sở Công Thương", "", "Quý II năm 2026"],
    ]);
  });

  it("leaves the headings between and after them as text", () => {
    expect(texts(blocks)).toEqual([
      "I. HẠ TẦNG DU LỊCH",
      "II. QUẢNG BÁ DU LỊCH VÀ XÚC TIẾN ĐẦU TƯ",
      "C. TỔ CHỨC THỰC HIỆN",
    ]);
  });
});

describe("a pivot table's outline printed with no ruling lines", () => {
  // "Row Labels" over its outline, no number column; a count set right up to the column after it.
  const blocks = layoutBlocks([
    page([
      run("Row Labels", 30, 70, 50),
      run("Count of Công việc", 320, 70, 60),
      run("Phối hợp", 392, 70, 40),
      run("Sở Y tế", 30, 90, 40),
      run("Tiêm chủng mở rộng cho trẻ em", 34, 104, 150),
      run("UBND các xã;", 392, 104, 60),
      run("Sở Nội vụ", 392, 116, 45),
      run("Quý III/2025", 38, 130, 50),
      run("1", 387, 130, 4),
      run("Sở Y tế Total", 30, 144, 60),
      run("1", 387, 144, 4),
      run("Grand Total", 30, 158, 50),
      run("1", 387, 158, 4),
    ]),
  ]);

  it("reads each label of the first column as a row, a wrapped cell beside it going on with it", () => {
    expect(rows(blocks)).toEqual([
      ["Row Labels", "Count of Công việc", "Phối hợp"],
      ["Sở Y tế", "", ""],
      ["Tiêm chủng mở rộng cho trẻ em", "", "UBND các xã; Sở Nội vụ"],
      ["Quý III/2025", "1", ""],
      ["Sở Y tế Total", "1", ""],
      ["Grand Total", "1", ""],
    ]);
  });
});
