// Word files as offices type them read as their typed copy reads: merged cells giving
// each row its values, the page's layout tables as paragraphs, and nothing a reader of
// the page does not see (docx-numbering.test.ts: Word's automatic numbering).
import {
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from "docx";
import { describe, expect, it } from "vitest";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { blocksOf, paragraph, rawDocx, run, table } from "../support/ooxml.ts";

const read = (buffer: Buffer) => blocksOf(readDocxPlan(buffer));

const readBody = async (body: string, parts: Omit<Parameters<typeof rawDocx>[0], "body"> = {}) =>
  read(await rawDocx({ body, ...parts }));

describe("runs read as the page shows them", () => {
  it("joins runs split mid-word, through proofing marks, bookmarks, hyperlinks, smart tags and content controls", async () => {
    const body = paragraph(
      `${run("Sở Nộ")}<w:proofErr w:type="spellStart"/>${run("i vụ ")}<w:bookmarkStart w:id="1" w:name="x"/><w:hyperlink r:id="rId9">${run("tổng ")}</w:hyperlink><w:bookmarkEnd w:id="1"/><w:smartTag w:element="date">${run("hợp")}</w:smartTag><w:sdt><w:sdtPr><w:alias w:val="Hạn 01/01/2099"/></w:sdtPr><w:sdtContent>${run(" trước ngày 15/11/2025")}</w:sdtContent></w:sdt>`,
    );
    expect(await readBody(body)).toEqual(["Sở Nội vụ tổng hợp trước ngày 15/11/2025"]);
  });

  it("keeps tracked insertions and moves to, drops deletions, moves from and hidden text", async () => {
    const styles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="character" w:styleId="An"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`;
    const body = paragraph(
      `${run("Thời gian hoàn thành trước ngày ")}<w:del w:id="1" w:author="A"><w:r><w:delText>30/11/2025</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">${run("15/12/2025")}</w:ins>${run(" ghi chú ẩn", "<w:vanish/>")}${run(" ẩn theo kiểu", '<w:rStyle w:val="An"/>')}<w:moveFrom w:id="3" w:author="A">${run(" (cũ)")}</w:moveFrom><w:moveTo w:id="4" w:author="A">${run(".")}</w:moveTo>`,
    );
    expect(await readBody(body, { styles })).toEqual(["Thời gian hoàn thành trước ngày 15/12/2025."]);
  });

  it("drops text struck through, single or double, and keeps a strike turned off", async () => {
    const body =
      paragraph(
        `${run("Hoàn thành ")}${run("cuối Quý II/2025", "<w:strike/>")}${run(" trong Quý III/2025")}${run(" hoặc sớm hơn", '<w:dstrike w:val="1"/>')}`,
      ) + paragraph(`${run("Báo cáo trước ngày ")}${run("20/10/2025", '<w:strike w:val="0"/>')}`);
    expect(await readBody(body)).toEqual(["Hoàn thành trong Quý III/2025", "Báo cáo trước ngày 20/10/2025"]);
  });

  it("runs a paragraph whose mark was deleted on into the next one", async () => {
    const deletedMark = paragraph(run("Sở Nội vụ chủ trì, "), { pPr: '<w:rPr><w:del w:id="1" w:author="A"/></w:rPr>' });
    const whollyDeleted = paragraph(
      `<w:del w:id="2" w:author="A"><w:r><w:delText>Bỏ cả đoạn</w:delText></w:r></w:del>`,
      {
        pPr: '<w:rPr><w:del w:id="3" w:author="A"/></w:rPr>',
      },
    );
    expect(
      await readBody(deletedMark + paragraph("hoàn thành trong tháng 11/2025.") + whollyDeleted + paragraph("Hết")),
    ).toEqual(["Sở Nội vụ chủ trì, hoàn thành trong tháng 11/2025.", "Hết"]);
  });

  it("keeps a field's result and drops its instructions, nested fields included", async () => {
    const field = (instr: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instr}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const nested = field(` IF ${field(" DATE ", run("01/01/2099"))} = 1 "a" "b" `, run("30/11/2025"));
    const body = paragraph(
      `${run("Trước ngày ")}${nested}${run(" (")}<w:fldSimple w:instr=" PAGE ">${run("3")}</w:fldSimple>${run(")")}`,
    );
    expect(await readBody(body)).toEqual(["Trước ngày 30/11/2025 (3)"]);
  });

  it("splits line breaks into paragraphs, reads tabs, hyphens and symbols as typed", async () => {
    const body = [
      paragraph(`${run("KT. CHỦ TỊCH")}<w:r><w:br/></w:r>${run("PHÓ CHỦ TỊCH")}<w:r><w:cr/></w:r>${run("Lê Văn A")}`),
      paragraph(
        `<w:r><w:tab/><w:t>1.</w:t><w:tab/><w:t>Giao Sở</w:t><w:noBreakHyphen/><w:t>ngành</w:t><w:softHyphen/><w:t> chủ trì</w:t></w:r>`,
      ),
      paragraph(`${run("Thời gian thực hiện:")}<w:r><w:tab/></w:r>${run("Tháng 10/2025")}`),
      paragraph(`${run("Số: 98/KH-UBND")}<w:r><w:tab/><w:tab/></w:r>${run("Thái Nguyên, ngày 17 tháng 5 năm 2024")}`),
      paragraph(`<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/></w:r>${run("Theo dõi")}`),
    ].join("");
    expect(await readBody(body)).toEqual([
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Lê Văn A",
      "1. Giao Sở-ngành chủ trì",
      "Thời gian thực hiện: Tháng 10/2025",
      "Số: 98/KH-UBND",
      "Thái Nguyên, ngày 17 tháng 5 năm 2024",
      "• Theo dõi",
    ]);
  });

  it("reads a text box once, from one branch of mc:AlternateContent", async () => {
    const inBox = paragraph("KẾ HOẠCH");
    const body = paragraph(
      `${run("Trước hộp. ")}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${inBox}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${inBox}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>${run("Sau hộp.")}`,
    );
    const fallbackOnly = paragraph(
      `<w:r><mc:AlternateContent><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${paragraph("Chỉ có Fallback")}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
    );
    expect(await readBody(body + fallbackOnly)).toEqual(["KẾ HOẠCH", "Trước hộp. Sau hộp.", "Chỉ có Fallback"]);
  });

  it("never reads a footnote: its mark leaves the date whole, its text is no task", async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph("Sở Nội vụ hoàn thành trước ngày 01/01/2030.")] } },
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun("Thời gian hoàn thành trước ngày 31/01/2020"),
                new FootnoteReferenceRun(1),
                new TextRun("."),
              ],
            }),
          ],
        },
      ],
    });
    expect(read(await Packer.toBuffer(doc))).toEqual(["Thời gian hoàn thành trước ngày 31/01/2020."]);
    const custom = paragraph(
      `${run("ngày 31/01/2020")}<w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>`,
    );
    expect(await readBody(custom)).toEqual(["ngày 31/01/2020"]);
  });

  it("reads tracked changes written by the docx library", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun("Hạn "),
                new DeletedTextRun({ id: 1, author: "A", date: "2025-01-01T00:00:00Z", text: "30/11/2025" }),
                new InsertedTextRun({ id: 2, author: "A", date: "2025-01-01T00:00:00Z", text: "15/12/2025" }),
              ],
            }),
          ],
        },
      ],
    });
    expect(read(await Packer.toBuffer(doc))).toEqual(["Hạn 15/12/2025"]);
  });
});

describe("tables", () => {
  const header = ["TT", "Nhiệm vụ", "Thời gian", "Chủ trì", "Phối hợp"];

  it("gives every row a vertically merged cell's value, and keeps columns under spans", async () => {
    const body = table([
      { cells: header, header: true },
      [
        { content: "I", span: 1 },
        { content: "Nhóm nhiệm vụ đo lường", span: 4 },
      ],
      [
        "1",
        "Xây dựng kế hoạch",
        { content: "Quý IV năm 2025", vMerge: "restart" },
        { content: "Sở Nội vụ", vMerge: "restart" },
        "",
      ],
      [
        "2",
        "Điều tra xã hội học",
        { content: "<w:p/>", vMerge: "continue" },
        { content: "<w:p/>", vMerge: "continue" },
        "Các sở",
      ],
      { cells: ["Công bố", { content: "Tháng 12/2025" }], trPr: '<w:gridBefore w:val="1"/><w:gridAfter w:val="2"/>' },
    ]);
    expect(await readBody(body)).toEqual([
      header,
      ["I", "Nhóm nhiệm vụ đo lường", "", "", ""],
      ["1", "Xây dựng kế hoạch", "Quý IV năm 2025", "Sở Nội vụ", ""],
      ["2", "Điều tra xã hội học", "Quý IV năm 2025", "Sở Nội vụ", "Các sở"],
      ["", "Công bố", "Tháng 12/2025"],
    ]);
  });

  it("shows a two-row header's merged labels once, so the lower row names only its sub-columns", async () => {
    const top = [
      { content: "TT", vMerge: "restart" as const },
      { content: "Tên đơn vị", vMerge: "restart" as const },
      { content: "Số mẫu được phân bổ", span: 2 },
      { content: "Số lượng mẫu phải lập", span: 2 },
    ];
    const lower = [
      { content: "<w:p/>", vMerge: "continue" as const },
      { content: "<w:p/>", vMerge: "continue" as const },
      "Chính thức",
      "Dự phòng",
      "Chính thức",
      "Dự phòng",
    ];
    const body = table([top, lower, ["1", "Sở Tư pháp", "20", "10", "20", "10"]]);
    expect(await readBody(body)).toEqual([
      ["TT", "Tên đơn vị", "Số mẫu được phân bổ", "", "Số lượng mẫu phải lập", ""],
      ["", "", "Chính thức", "Dự phòng", "Chính thức", "Dự phòng"],
      ["1", "Sở Tư pháp", "20", "10", "20", "10"],
    ]);
  });

  it("drops deleted rows, flattens a nested table into its cell, and joins a cell's paragraphs", async () => {
    const nested = table([["Sở Tư pháp", "Sở Tài chính"]]);
    const body = table([
      header,
      { cells: ["0", "Hàng đã xóa", "", "", ""], trPr: '<w:del w:id="1" w:author="A"/>' },
      ["1", paragraph("Tổng hợp") + paragraph("báo cáo"), "Tháng 10/2025", "Sở Nội vụ", nested + "<w:p/>"],
    ]);
    expect(await readBody(body)).toEqual([
      header,
      ["1", "Tổng hợp báo cáo", "Tháng 10/2025", "Sở Nội vụ", "Sở Tư pháp Sở Tài chính"],
    ]);
  });

  it("gives a task table inside a group's cell rows of its own after the group's row", async () => {
    const tasks = table([
      ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
      ["4.1", "Kiểm kê tài sản công", "Sở Tài chính", "Quý III/2027"],
    ]);
    const body = table([
      ["TT", "Lĩnh vực", "Các nhiệm vụ"],
      ["4", "Tài chính công", paragraph("Gồm các việc sau:") + tasks + "<w:p/>"],
    ]);
    expect(await readBody(body)).toEqual([
      ["TT", "Lĩnh vực", "Các nhiệm vụ"],
      ["4", "Tài chính công", "Gồm các việc sau:"],
      ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
      ["4.1", "Kiểm kê tài sản công", "Sở Tài chính", "Quý III/2027"],
    ]);
  });

  it("lays a table of a task's numbered parts inside its cell out after the row, as a text copy does", async () => {
    const parts = table([
      ["a)", "Đánh giá mức độ ứng dụng công nghệ thông tin", "28/02/2026"],
      ["b)", "Triển khai bệnh án điện tử", "Trước 30/9/2026"],
    ]);
    const body = table([header, ["4", paragraph("Triển khai, gồm:") + parts + "<w:p/>", "", "Sở Y tế", ""]]);
    expect(await readBody(body)).toEqual([
      header,
      ["4", "Triển khai, gồm:", "", "Sở Y tế", ""],
      ["", "a)", "Đánh giá mức độ ứng dụng công nghệ thông tin", "28/02/2026"],
      ["", "b)", "Triển khai bệnh án điện tử", "Trước 30/9/2026"],
    ]);
  });

  it("keeps a table of rounds inside a task's cell in that cell's text", async () => {
    const rounds = table([
      ["Lần", "Địa bàn giám sát"],
      ["Lần 1", "Huyện Bắc Yên"],
    ]);
    const body = table([
      header,
      ["2", paragraph("Giám sát hai lần:") + rounds + "<w:p/>", "Tháng 6/2027", "Sở Y tế", ""],
    ]);
    expect(await readBody(body)).toEqual([
      header,
      ["2", "Giám sát hai lần: Lần Địa bàn giám sát Lần 1 Huyện Bắc Yên", "Tháng 6/2027", "Sở Y tế", ""],
    ]);
  });

  it("reads merged cells written by the docx library", async () => {
    const cell = (text: string, options: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
      new TableCell({ children: [new Paragraph(text)], ...options });
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({ tableHeader: true, children: header.map((h) => cell(h)) }),
                new TableRow({
                  children: [
                    cell("1"),
                    cell("Lập danh sách"),
                    cell("Tháng 7/2025", { verticalMerge: VerticalMergeType.RESTART }),
                    cell("Các sở", { columnSpan: 2 }),
                  ],
                }),
                new TableRow({
                  children: [
                    cell("2"),
                    cell("Gửi báo cáo"),
                    cell("", { verticalMerge: VerticalMergeType.CONTINUE }),
                    cell("UBND cấp huyện"),
                    cell("Sở Nội vụ"),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    expect(read(await Packer.toBuffer(doc))).toEqual([
      header,
      ["1", "Lập danh sách", "Tháng 7/2025", "Các sở", ""],
      ["2", "Gửi báo cáo", "Tháng 7/2025", "UBND cấp huyện", "Sở Nội vụ"],
    ]);
  });
});

describe("the page's layout (Decree 30/2020) reads as paragraphs", () => {
  it("reads the heading and the recipients beside the signature as text, never as task rows", async () => {
    const heading = table(
      [
        [
          paragraph("ỦY BAN NHÂN DÂN") + paragraph("TỈNH THÁI NGUYÊN"),
          paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + paragraph("Độc lập - Tự do - Hạnh phúc"),
        ],
        ["Số: 152/KH-UBND", "Thái Nguyên, ngày 06 tháng 10 năm 2025"],
      ],
      { borders: false },
    );
    const signature = table(
      [
        [
          paragraph("Nơi nhận:") + paragraph("- Như trên;") + paragraph("- Lưu: VT."),
          paragraph(`${run("TM. ỦY BAN NHÂN DÂN")}<w:r><w:br/></w:r>${run("CHỦ TỊCH")}`) + paragraph("Nguyễn Văn B"),
        ],
      ],
      { borders: false },
    );
    expect(await readBody(heading + paragraph("KẾ HOẠCH") + signature)).toEqual([
      "ỦY BAN NHÂN DÂN",
      "TỈNH THÁI NGUYÊN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 152/KH-UBND",
      "Thái Nguyên, ngày 06 tháng 10 năm 2025",
      "KẾ HOẠCH",
      "Nơi nhận:",
      "- Như trên;",
      "- Lưu: VT.",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "Nguyễn Văn B",
    ]);
  });

  it("tells layout from tasks by borders and words, not by position", async () => {
    // Bordered but holding the heading's lines: layout. Borderless and wide with task
    // columns: a task table that lost its borders.
    const borderedHeading = table([
      ["ỦY BAN NHÂN DÂN TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Số: 7/KH-UBND", "Lai Châu, ngày 2 tháng 3 năm 2026"],
    ]);
    const borderless = table(
      [
        ["TT", "Nhiệm vụ", "Thời gian", "Chủ trì"],
        ["1", "Tự chấm điểm", "Tháng 3/2026", "Các sở"],
      ],
      { borders: false },
    );
    const narrowTasks = table([["1", "Tự chấm điểm trước ngày 15 tháng 3 năm 2026"]]);
    expect(await readBody(borderedHeading + borderless + narrowTasks)).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số: 7/KH-UBND",
      "Lai Châu, ngày 2 tháng 3 năm 2026",
      ["TT", "Nhiệm vụ", "Thời gian", "Chủ trì"],
      ["1", "Tự chấm điểm", "Tháng 3/2026", "Các sở"],
      ["1", "Tự chấm điểm trước ngày 15 tháng 3 năm 2026"],
    ]);
  });

  it("keeps a borderless table under a task header as rows, though a time cell reads like a place and date", async () => {
    const tasks = table(
      [
        ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
        [
          "1",
          "Tập huấn bảo tồn văn hóa truyền thống",
          "Sở Dân tộc và Tôn giáo",
          "",
          "Xong trước ngày 20 tháng 8 năm 2026",
        ],
      ],
      { borders: false },
    );
    expect(await readBody(tasks)).toEqual([
      ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
      [
        "1",
        "Tập huấn bảo tồn văn hóa truyền thống",
        "Sở Dân tộc và Tôn giáo",
        "",
        "Xong trước ngày 20 tháng 8 năm 2026",
      ],
    ]);
  });
});
