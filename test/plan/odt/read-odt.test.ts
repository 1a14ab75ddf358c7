// Plans saved by LibreOffice as OpenDocument text read as the same plan saved as .docx: numbering labels written as
// typed, merged cells giving each row they cover their value, notes with the paragraph pointing to them, nothing the
// page does not show, the first page's own header opening the document.
import { describe, expect, it } from "vitest";
import { readOdtPlan } from "../../../src/plan/read-odt.ts";
import { readPlan } from "../../../src/plan/read-plan.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../../src/services/plan-service.ts";
import { blocksOf } from "../../support/ooxml.ts";
import { BOX, listStyle, odtFile, odtTable, p, type OdtParts } from "./odt-file.ts";

const read = async (parts: OdtParts) => blocksOf(readOdtPlan(await odtFile(parts)));

const item = (text: string, attrs = "") => `<text:list-item${attrs}>${p(text)}</text:list-item>`;

describe("numbering written as typed", () => {
  const styles = listStyle("Parts", [
    { format: "I", suffix: "." },
    { format: "1", suffix: "." },
    { format: "a", suffix: ")" },
  ]);

  it("labels each list item by its level's format, restarting the levels below a level used", async () => {
    const body = `<text:list text:style-name="Parts">${item("Mục đích")}<text:list-item>${p("Nhiệm vụ")}<text:list>${item("Rà soát")}<text:list-item>${p("Tập huấn")}<text:list>${item("cấp tỉnh")}${item("cấp xã")}</text:list></text:list-item></text:list></text:list-item>${item("Tổ chức thực hiện")}<text:list-item><text:list>${item("Kinh phí")}</text:list></text:list-item></text:list>`;
    expect(await read({ body, styles })).toEqual([
      "I. Mục đích",
      "II. Nhiệm vụ",
      "1. Rà soát",
      "2. Tập huấn",
      "a) cấp tỉnh",
      "b) cấp xã",
      "III. Tổ chức thực hiện",
      "1. Kinh phí",
    ]);
  });

  it("continues a list that names the one it continues, or its style's last, and restarts where an item says", async () => {
    const body = `<text:list xml:id="L1" text:style-name="Parts">${item("Một")}</text:list>${p("Đoạn giữa")}<text:list text:continue-list="L1" text:style-name="Parts">${item("Hai")}</text:list><text:list text:continue-numbering="true" text:style-name="Parts">${item("Ba")}</text:list><text:list text:style-name="Parts">${item("Lại một")}${item("Năm", ' text:start-value="5"')}<text:list-header>${p("Không số")}</text:list-header></text:list>`;
    expect(await read({ body, styles })).toEqual([
      "I. Một",
      "Đoạn giữa",
      "II. Hai",
      "III. Ba",
      "I. Lại một",
      "V. Năm",
      "Không số",
    ]);
  });

  it("continues the last list numbered the same way when the list it names was written under no id", async () => {
    const other = listStyle("Restarted", [{ format: "I", suffix: "." }]);
    const dash = `<text:list-style style:name="Dash"><text:list-level-style-bullet text:level="1" text:bullet-char="-"/></text:list-style>`;
    const body = `<text:list text:style-name="Restarted">${item("Mục đích", ' text:start-value="1"')}</text:list>${p("Chỉ tiêu")}<text:list text:style-name="Dash">${item("gạch đầu dòng")}</text:list><text:list xml:id="L2" text:continue-list="Lost" text:style-name="Parts">${item("Nhiệm vụ")}</text:list><text:list text:continue-list="L2" text:style-name="Parts">${item("Tổ chức")}</text:list>`;
    expect(await read({ body, styles: styles + other + dash })).toEqual([
      "I. Mục đích",
      "Chỉ tiêu",
      "- gạch đầu dòng",
      "II. Nhiệm vụ",
      "III. Tổ chức",
    ]);
  });

  it("counts on through 10,000 lists each continuing one written under no id", async () => {
    const numbers = listStyle("Numbers", [{ format: "1", suffix: "." }]);
    const body = Array.from(
      { length: 10_000 },
      (_, i) =>
        `<text:list text:continue-list="Lost${i}" text:style-name="Numbers">${item(`Việc ${i + 1}`)}</text:list>`,
    ).join("");
    const lines = await read({ body, styles: numbers });
    expect(lines).toHaveLength(10_000);
    expect(lines.every((line, i) => line === `${i + 1}. Việc ${i + 1}`)).toBe(true);
  });

  it("shows the levels a label displays, its prefix, bullets, and numbers headings by the outline", async () => {
    const deep = listStyle("Deep", [
      { format: "1", suffix: "." },
      { format: "1", suffix: ".", display: 2 },
    ]);
    const bullets = `<text:list-style style:name="Dash"><text:list-level-style-bullet text:level="1" text:bullet-char="&#xF02D;"/></text:list-style>`;
    const outline = `<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="I" style:num-prefix="Phần " style:num-suffix="."/></text:outline-style>`;
    const body = `<text:h text:style-name="Plain" text:outline-level="1">KẾ HOẠCH</text:h><text:h text:outline-level="1">MỤC ĐÍCH</text:h><text:list text:style-name="Deep"><text:list-item><text:list>${item("Rà soát")}${item("Báo cáo")}</text:list></text:list-item></text:list><text:list text:style-name="Dash">${item("Sở Nội vụ chủ trì")}</text:list><text:h text:outline-level="1">TỔ CHỨC</text:h>`;
    // A heading whose style names no list ("Plain") is not numbered by the outline.
    const plain = `<style:style style:name="Plain" style:family="paragraph" style:list-style-name=""/>`;
    expect(await read({ body, styles: deep + bullets + outline, automatic: plain })).toEqual([
      "KẾ HOẠCH",
      "Phần I. MỤC ĐÍCH",
      "1.1. Rà soát",
      "1.2. Báo cáo",
      "- Sở Nội vụ chủ trì",
      "Phần II. TỔ CHỨC",
    ]);
  });
});

describe("tables", () => {
  const covered = "<table:covered-table-cell/>";
  it("gives a cell merged down its value in every row it covers, and a cell across its columns once", async () => {
    const span = (text: string, attrs: string) =>
      `<table:table-cell table:style-name="Box" ${attrs}>${p(text)}</table:table-cell>`;
    const rows = [
      ["TT", "Nội dung", "Chủ trì", "Thời gian"],
      ["1", "Rà soát thủ tục", span("Sở Tư pháp", 'table:number-rows-spanned="2"'), "Quý II/2026"],
      ["2", "Công bố thủ tục", covered, "Quý III/2026"],
      [span("Tổng cộng", 'table:number-columns-spanned="3"'), covered, covered, ""],
    ];
    expect(await read({ body: odtTable(rows), automatic: BOX })).toEqual([
      ["TT", "Nội dung", "Chủ trì", "Thời gian"],
      ["1", "Rà soát thủ tục", "Sở Tư pháp", "Quý II/2026"],
      ["2", "Công bố thủ tục", "Sở Tư pháp", "Quý III/2026"],
      ["Tổng cộng", "", "", ""],
    ]);
  });

  it("reads a row's borderless empty edge cells as the grid columns Word skipped", async () => {
    const blank = `<table:table-cell table:style-name="None">${p("")}</table:table-cell>`;
    const none = `<style:style style:name="None" style:family="table-cell"><style:table-cell-properties fo:border="none"/></style:style>`;
    const stt = `<table:table-cell table:style-name="Box" table:number-columns-spanned="2">${p("STT")}</table:table-cell>`;
    const rows = [
      [stt, "<table:covered-table-cell/>", "Nhiệm vụ", "Thời gian", blank],
      [blank, "1", "Kiện toàn Ban Chỉ đạo", "Tháng 5/2026", blank],
    ];
    // The STT cell stands in the skipped column's place, under the STT label, as Word reads gridBefore.
    expect(await read({ body: odtTable(rows, 4), automatic: BOX + none })).toEqual([
      ["STT", "", "Nhiệm vụ", "Thời gian"],
      ["1", "", "Kiện toàn Ban Chỉ đạo", "Tháng 5/2026"],
    ]);
  });

  it("reads the page's borderless heading table as paragraphs", async () => {
    const rows = [
      ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Số: 12/KH-UBND", "Lai Châu, ngày 02 tháng 3 năm 2026"],
    ];
    expect(await read({ body: odtTable(rows) })).toEqual([
      "ỦY BAN NHÂN DÂN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số: 12/KH-UBND",
      "Lai Châu, ngày 02 tháng 3 năm 2026",
    ]);
  });
});

describe("what the page shows", () => {
  it("keeps spaces, tabs and line breaks; drops deletions, hidden and struck text; puts notes with their paragraph", async () => {
    const automatic = `<style:style style:name="Hide" style:family="text"><style:text-properties text:display="none"/></style:style><style:style style:name="Strike" style:family="text"><style:text-properties style:text-line-through-style="solid"/></style:style>`;
    const body = [
      `<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>${p("30/11/2025")}</text:deletion></text:changed-region></text:tracked-changes>`,
      p(
        `Hoàn thành trước ngày <text:change text:change-id="c1"/>15/12/2025<text:span text:style-name="Hide"> ghi chú ẩn</text:span><text:span text:style-name="Strike"> 01/12/2025</text:span>.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>${p("Chậm nhất ngày 20/12/2025.")}</text:note-body></text:note>`,
      ),
      p('Số:<text:tab/>12/KH-UBND<text:line-break/>Dòng<text:s text:c="3"/>hai'),
      p("Sở Lao động\u2011TBXH"),
      p("\uf0b7 Bảo đảm tiến độ"),
    ].join("");
    const result = readOdtPlan(await odtFile({ body, automatic }));
    expect(blocksOf(result)).toEqual([
      "Hoàn thành trước ngày 15/12/2025.",
      "Số: 12/KH-UBND",
      "Dòng hai",
      "Sở Lao động-TBXH",
      "• Bảo đảm tiến độ",
    ]);
    expect(result.ok && result.document.blocks[0]).toMatchObject({ notes: ["Chậm nhất ngày 20/12/2025."] });
  });

  it("reads a task table in a shape's text box, which LibreOffice writes in its own namespace, as a table", async () => {
    const cell = (text: string) => `<loext:table-cell table:style-name="Box">${p(text)}</loext:table-cell>`;
    const row = (cells: string[]) => `<loext:table-row>${cells.map(cell).join("")}</loext:table-row>`;
    const table = `<loext:table><loext:table-column table:number-columns-repeated="3"/>${row(["TT", "Nội dung", "Chủ trì"])}${row(["1", "Kiểm tra văn thư", "Sở Nội vụ"])}</loext:table>`;
    const body = p(
      `<draw:custom-shape text:anchor-type="paragraph"><draw:text-box>${table}</draw:text-box></draw:custom-shape>`,
    );
    expect(await read({ body, automatic: BOX })).toEqual([
      ["TT", "Nội dung", "Chủ trì"],
      ["1", "Kiểm tra văn thư", "Sở Nội vụ"],
    ]);
  });

  it("reads frames anchored to a paragraph in the order they stand on the page", async () => {
    const frame = (text: string, x: string, y: string) =>
      `<draw:frame text:anchor-type="paragraph" svg:x="${x}" svg:y="${y}"><draw:text-box>${p(text)}</draw:text-box></draw:frame>`;
    const body = p(
      frame("quản trị.", "1in", "6.5in") +
        frame("ỦY BAN NHÂN DÂN", "0.8in", "0.8in") +
        frame("CỘNG HÒA", "3.4in", "0.8in"),
    );
    expect(await read({ body })).toEqual(["ỦY BAN NHÂN DÂN", "CỘNG HÒA", "quản trị."]);
  });

  it("opens with the first page's own header, leaving the running one out", async () => {
    const heading = [
      p("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"),
      p("Số: 1180/KH-UBND"),
      p("Thái Nguyên, ngày 20 tháng 3 năm 2025"),
    ].join("");
    const masters = `<style:master-page style:name="Standard"><style:header>${p("Trang 2")}</style:header></style:master-page><style:master-page style:name="First_20_Page" style:next-style-name="Standard"><style:header>${heading}</style:header></style:master-page>`;
    const automatic = `<style:style style:name="P1" style:family="paragraph" style:master-page-name="First_20_Page"/>`;
    expect(await read({ body: p("KẾ HOẠCH", "P1"), automatic, masters })).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
      "Số: 1180/KH-UBND",
      "Thái Nguyên, ngày 20 tháng 3 năm 2025",
      "KẾ HOẠCH",
    ]);
    const firstOwn = `<style:master-page style:name="Standard"><style:header>${p("Trang 2")}</style:header><style:header-first>${heading}</style:header-first></style:master-page>`;
    expect((await read({ body: p("KẾ HOẠCH"), masters: firstOwn }))[1]).toBe("Số: 1180/KH-UBND");
    const running = `<style:master-page style:name="Standard"><style:header>${p("Trang 2")}</style:header></style:master-page>`;
    expect(await read({ body: p("KẾ HOẠCH"), masters: running })).toEqual(["KẾ HOẠCH"]);
  });
});

describe("a plan sent as .odt", () => {
  it("gives the tasks, their leads and deadlines a user sees", async () => {
    const rows = [
      ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
      ["1", "Rà soát, đánh giá thủ tục hành chính", "Sở Tư pháp", "Trước ngày 30/6/2026"],
      ["2", "Tổng hợp, báo cáo kết quả", "Văn phòng UBND tỉnh", "Trước ngày 15/12/2026"],
    ];
    const body = [
      p("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"),
      p("Số: 58/KH-UBND"),
      p("Thái Nguyên, ngày 12 tháng 3 năm 2026"),
      p("KẾ HOẠCH"),
      p("Kiểm soát thủ tục hành chính năm 2026"),
      odtTable(rows),
    ].join("");
    const file = await odtFile({ body, automatic: BOX });
    const parsed = await parsePlanBuffer(file, { directories: shippedDirectories, calendar: shippedCalendar });
    if (!parsed.ok) throw new Error(parsed.error.code);
    // "Trước ngày 30/6" is due the day before.
    expect(parsed.value.tasks.map((t) => [t.lead.map((u) => u.name).join(), t.deadline?.due])).toEqual([
      ["Sở Tư pháp", "2026-06-29"],
      ["Văn phòng UBND tỉnh", "2026-12-14"],
    ]);
  }, 120_000);

  it("is told from other OpenDocument files, which are refused by name", async () => {
    expect((await readPlan(await odtFile({ body: p("KẾ HOẠCH") }))).ok).toBe(true);
    const slides = await odtFile({ body: p("KẾ HOẠCH"), mimetype: "application/vnd.oasis.opendocument.presentation" });
    expect(await readPlan(slides)).toMatchObject({ ok: false, error: { code: "opendocument-file" } });
  });
});

describe("a task list typed in tab-stop columns, no table", () => {
  // Stops in the paragraph style's parent, LibreOffice's lengths in cm; a wrapped partner cell goes on under its
  // column on a line that opens with tabs.
  const tab = "<text:tab/>";
  const styles = `<style:style style:name="Cot" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="1.2cm"/><style:tab-stop style:position="8.8cm"/><style:tab-stop style:position="13.4cm"/><style:tab-stop style:position="17.99cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style><style:style style:name="CotCon" style:family="paragraph" style:parent-style-name="Cot"/>`;
  const line = (...pieces: string[]) => p(pieces.join(tab), "CotCon");

  it("reads each line as a row of the table it shows, its wrapped pieces joined to the cells above", async () => {
    const body = [
      line("STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"),
      line("1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Văn phòng UBND", "Quý II/2024"),
      line("", "", "", "tỉnh"),
      line("2", "Tập huấn cán bộ một cửa", "Sở Nội vụ", "", "Tháng 9/2024"),
    ].join("");
    expect(await read({ body, styles })).toEqual([
      ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
      ["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Văn phòng UBND tỉnh", "Quý II/2024"],
      ["2", "Tập huấn cán bộ một cửa", "Sở Nội vụ", "", "Tháng 9/2024"],
    ]);
  });

  it("reads thousands of such lines in time, a style listing stops past any sensible number too", async () => {
    const many = Array.from({ length: 200 }, (_, i) => `<style:tab-stop style:position="${i}cm"/>`).join("");
    const crafted = `<style:style style:name="Many" style:family="paragraph"><style:paragraph-properties><style:tab-stops>${many}</style:tab-stops></style:paragraph-properties></style:style>`;
    const rows = Array.from({ length: 5000 }, (_, i) =>
      line(String(i + 1), `Việc ${i + 1}`, "Sở Nội vụ", "", "Tháng 9/2024"),
    );
    const body = [line("STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"), ...rows, p(`a${tab}b`, "Many")].join("");
    const blocks = await read({ body, styles: styles + crafted });
    // The header, 5,000 rows, and the last line holding a tab, under the header too.
    expect(blocks.filter(Array.isArray)).toHaveLength(5002);
  });
});
