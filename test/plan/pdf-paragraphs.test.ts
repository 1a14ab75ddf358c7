// Lines to paragraphs in a PDF: what opens a new paragraph.
import { describe, expect, it } from "vitest";
import type { TextRun } from "../../src/plan/pdf/geometry.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";
import type { Line } from "../../src/plan/pdf/lines.ts";
import { paragraphsOf } from "../../src/plan/pdf/paragraphs.ts";

const margins = { left: 57, right: 560, limit: 560, pitch: 1.2 };

function line(text: string, y: number, right: number): Line {
  return { pieces: [{ text, x: 92, right, size: 12, font: "" }], x: 92, right, y, size: 12, page: 0 };
}

describe("a bullet drawn from a symbol font (a private-use character)", () => {
  it("opens a new paragraph after a full line, and is read as the bullet it shows", () => {
    const lines = [
      line("\uF0B7 Cơ quan phối hợp: Sở Thông tin và Truyền thông; UBND huyện Ba Bể, UBND huyện Chợ Mới.", 100, 559),
      line("\uF0B7 Thời gian hoàn thành: ngày 02/9/2023.", 114.4, 300),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "• Cơ quan phối hợp: Sở Thông tin và Truyền thông; UBND huyện Ba Bể, UBND huyện Chợ Mới.",
      "• Thời gian hoàn thành: ngày 02/9/2023.",
    ]);
  });
});

describe("a list item whose label is wider than the hanging indent", () => {
  // The text after the label starts at the next tab stop; the item's next lines at the hanging indent.
  it("keeps the lines set between its label and its text in the item", () => {
    const at = (x: number, l: Line): Line => ({ ...l, x, pieces: [{ ...l.pieces[0]!, x }] });
    const lines = [
      line("VIII.          Ban Quản lý các khu công nghiệp phối hợp với", 100, 559),
      at(106, line("Sở Xây dựng rà soát hạ tầng; hoàn thành tháng 8/2027.", 114.4, 380)),
      line("IX. Sở Tài chính bố trí kinh phí.", 128.8, 290),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "VIII. Ban Quản lý các khu công nghiệp phối hợp với Sở Xây dựng rà soát hạ tầng; hoàn thành tháng 8/2027.",
      "IX. Sở Tài chính bố trí kinh phí.",
    ]);
  });
});

describe("a numbered heading whose next line, hanging under its text, opens with a dash", () => {
  it("goes on in that line when it fills its own and ends no clause; a dash under a finished line is an item", () => {
    const at = (x: number, l: Line): Line => ({ ...l, x, pieces: [{ ...l.pieces[0]!, x }] });
    const lines = [
      at(80, line("3. Kiểm tra quy trình liên thông “Cấp giấy phép xây dựng - Cấp số nhà", 100, 559)),
      at(94, line("- Đăng ký biến động đất đai” tại cấp xã", 114.4, 330)),
      line("- Thời hạn: chậm nhất ngày 18/6/2027.", 128.8, 300),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "3. Kiểm tra quy trình liên thông “Cấp giấy phép xây dựng - Cấp số nhà - Đăng ký biến động đất đai” tại cấp xã",
      "- Thời hạn: chậm nhất ngày 18/6/2027.",
    ]);
  });
});

describe("a list laid out with tab stops, drawn with no table lines", () => {
  const piece = (text: string, x: number, right: number) => ({ text, x, right, size: 12, font: "" });
  const row = (y: number, ...pieces: ReturnType<typeof piece>[]): Line => ({
    pieces,
    x: pieces[0]!.x,
    right: pieces.at(-1)!.right,
    y,
    size: 12,
    page: 0,
  });

  // "N. ⇥ task ⇥ unit ⇥ time", the task's words carried on at the tab stop below: rows, not columns side by side.
  it("reads each numbered line's pieces in turn and the lines under it after them, item by item", () => {
    const lines = [
      row(100, piece("1. Lập danh mục hồ sơ", 60, 250), piece("Sở Tư pháp", 320, 380), piece("Quý II/2024", 440, 500)),
      row(114.4, piece("cần số hóa", 80, 150)),
      row(128.8, piece("2. Rà soát quy chế", 60, 230), piece("Sở Y tế", 320, 370), piece("20/6/2024", 440, 495)),
      row(143.2, piece("về lưu trữ", 80, 140)),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "1. Lập danh mục hồ sơ",
      "Sở Tư pháp",
      "Quý II/2024",
      "cần số hóa",
      "2. Rà soát quy chế",
      "Sở Y tế",
      "20/6/2024",
      "về lưu trữ",
    ]);
  });

  it("reads its numbered lines as rows under a heading line at the same stops, not as its columns", () => {
    const lines = [
      row(100, piece("STT Việc cần làm", 60, 170), piece("Cơ quan làm", 320, 390), piece("Hạn", 440, 465)),
      row(114.4, piece("1. Cập nhật sổ tay", 60, 240), piece("Sở Y tế", 320, 370), piece("Quý III/2025", 440, 505)),
      row(128.8, piece("nghiệp vụ", 80, 135)),
      row(143.2, piece("2. Tập huấn cán bộ", 60, 235), piece("Sở Nội vụ", 320, 375), piece("30/9/2025", 440, 495)),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "STT Việc cần làm",
      "Cơ quan làm",
      "Hạn",
      "1. Cập nhật sổ tay",
      "Sở Y tế",
      "Quý III/2025",
      "nghiệp vụ",
      "2. Tập huấn cán bộ",
      "Sở Nội vụ",
      "30/9/2025",
    ]);
  });
});

describe("a numbered item's first line in ragged text, ending short of the margin near the page's centre", () => {
  it("goes on in the next line: a numbered line is set left, never centred", () => {
    const at = (x: number, l: Line): Line => ({ ...l, x, pieces: [{ ...l.pieces[0]!, x }] });
    const ragged = { left: 57, right: 540, limit: 540, pitch: 1.2 };
    const lines = [
      at(96, line("3. Sở Tư pháp: hướng dẫn, kiểm tra việc rà soát văn bản; tổng hợp,", 100, 515)),
      at(72, line("gửi Sở Nội vụ trước ngày 15/11/2026.", 114.4, 260)),
    ];
    expect(paragraphsOf(lines, () => ragged).map((p) => p.text)).toEqual([
      "3. Sở Tư pháp: hướng dẫn, kiểm tra việc rà soát văn bản; tổng hợp, gửi Sở Nội vụ trước ngày 15/11/2026.",
    ]);
  });
});

describe("a body set in two columns between a heading and a signature across the page", () => {
  // Left column 80-300, right 322-540, a gutter of 22 points: each line one run, full lines justified to the edge.
  const at = (text: string, x: number, y: number, right: number): TextRun => ({
    text,
    x,
    y,
    width: right - x,
    size: 12,
    font: "F",
  });
  const column = (x: number, edge: number, top: number, lines: [string, boolean, number?][]) =>
    lines.map(([text, full, indent], i) =>
      at(text, x + (indent ?? 0), top + 15 * i, full ? edge : x + (indent ?? 0) + text.length * 5),
    );
  const left = column(80, 300, 160, [
    ["1. Phòng Văn hóa - Xã hội rà soát danh", true, 28],
    ["mục thủ tục hành chính công khai tại", true],
    ["Bộ phận Một cửa phường; hoàn thành", true],
    ["trước ngày 15/4/2025.", false],
    ["2. Phòng Kinh tế kiểm tra việc niêm yết", true, 28],
    ["giá dịch vụ tại các chợ trên địa bàn,", true],
    ["báo cáo Chủ tịch UBND phường chậm", true],
  ]);
  // The right column's lines fall between the left one's (its first paragraph has no space above).
  const right = column(322, 540, 167, [
    ["nhất ngày 30/5/2025.", false],
    ["3. Công an phường phối hợp với các tổ", true, 28],
    ["dân phố rà soát dữ liệu dân cư, bảo", true],
    ["đảm đúng, đủ, sạch, sống; hoàn thành", true],
    ["trong tháng 6/2025.", false],
    ["4. Văn phòng HĐND và UBND phường", true, 28],
    ["tổng hợp kết quả, báo cáo trước ngày", true],
    ["20/12/2025.", false],
  ]);
  const runs = [
    at("THÔNG BÁO PHÂN CÔNG NHIỆM VỤ NĂM 2025", 190, 100, 430),
    at("Chủ tịch UBND phường phân công các cơ quan, đơn vị thực hiện như sau:", 108, 130, 540),
    ...left,
    ...right,
    at("Nơi nhận:", 86, 300, 140),
    at("CHỦ TỊCH", 390, 300, 450),
    at("- Như trên;", 86, 315, 140),
    at("- Lưu: VT.", 86, 330, 135),
    at("Lò Văn Minh", 385, 360, 455),
  ];
  const texts = (input: TextRun[]) =>
    layoutBlocks([{ width: 595, height: 842, runs: input, rules: [] }]).map((b) => (b.type === "text" ? b.text : ""));

  it("reads down the left column, then down the right, a paragraph going on from one to the next", () => {
    expect(texts(runs).slice(0, 6)).toEqual([
      "THÔNG BÁO PHÂN CÔNG NHIỆM VỤ NĂM 2025",
      "Chủ tịch UBND phường phân công các cơ quan, đơn vị thực hiện như sau:",
      "1. Phòng Văn hóa - Xã hội rà soát danh mục thủ tục hành chính công khai tại Bộ phận Một cửa phường; hoàn thành trước ngày 15/4/2025.",
      "2. Phòng Kinh tế kiểm tra việc niêm yết giá dịch vụ tại các chợ trên địa bàn, báo cáo Chủ tịch UBND phường chậm nhất ngày 30/5/2025.",
      "3. Công an phường phối hợp với các tổ dân phố rà soát dữ liệu dân cư, bảo đảm đúng, đủ, sạch, sống; hoàn thành trong tháng 6/2025.",
      "4. Văn phòng HĐND và UBND phường tổng hợp kết quả, báo cáo trước ngày 20/12/2025.",
    ]);
  });

  it("reads the signature block after both columns, beside its recipients as before", () => {
    expect(texts(runs).slice(6)).toEqual(["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Lò Văn Minh"]);
  });

  it("reads across, as before, rows too few at a gutter to be columns", () => {
    const few = [...left.slice(0, 3), ...right.slice(2, 5).map((run, i) => ({ ...run, y: left[i]!.y }))];
    expect(texts(few)[0]).toMatch(/^1\. Phòng Văn hóa - Xã hội rà soát danh dân phố rà soát/);
  });
});

describe("an indented paragraph in ragged text, its lines ending about as far from the right as they start", () => {
  // Margins 57–560; the item's first line at 120, the next lines at 85 ending near 550: about the page's centre.
  const at = (x: number, l: Line): Line => ({ ...l, x, pieces: [{ ...l.pieces[0]!, x }] });
  it("keeps a lettered item's lines together, as lines going on in lower case", () => {
    const lines = [
      at(120, line("ii. Hướng dẫn các xã tổ chức lấy ý kiến của người dân về", 100, 525)),
      at(85, line("những việc dân bàn và quyết định. Sở Nội vụ chủ trì, phối hợp", 114.4, 552)),
      at(85, line("Sở Y tế thực hiện; hoàn thành trước ngày 31/3/2026, gửi kết quả", 128.8, 545)),
      at(85, line("về Văn phòng UBND tỉnh.", 143.2, 200)),
      at(120, line("iii. Kiểm tra việc thực hiện.", 163.2, 300)),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "ii. Hướng dẫn các xã tổ chức lấy ý kiến của người dân về những việc dân bàn và quyết định. Sở Nội vụ chủ trì, " +
        "phối hợp Sở Y tế thực hiện; hoàn thành trước ngày 31/3/2026, gửi kết quả về Văn phòng UBND tỉnh.",
      "iii. Kiểm tra việc thực hiện.",
    ]);
  });
});

describe("a text box set flush left, its lines about the page's centre", () => {
  it("wraps its lines at the box's edge: a line ending short of the page's margin goes on", () => {
    // The box runs from 98 to 540, the page's text from 85 to 543: a short line sits as a centred one would.
    const page = { left: 85, right: 543, limit: 543, pitch: 1.14 };
    const at = (text: string, y: number, right: number): Line => {
      const l = line(text, y, right);
      return { ...l, x: 98, pieces: [{ ...l.pieces[0]!, x: 98 }] };
    };
    const lines = [
      at("3.2. Tập huấn nghiệp vụ một cửa cho công chức — Chủ trì: Trung tâm Phục vụ", 100, 540),
      at("hành chính công xã; phối hợp: Phòng Kinh tế, Phòng Văn hóa -", 113.8, 527),
      at("Xã hội — Hạn: 13/02/2026.", 127.6, 250),
      at("3.3. Rà soát hồ sơ tồn đọng — Chủ trì: Công an xã — Hạn: 20/02/2026.", 141.4, 440),
    ];
    expect(paragraphsOf(lines, () => page).map((p) => p.text)).toEqual([
      "3.2. Tập huấn nghiệp vụ một cửa cho công chức — Chủ trì: Trung tâm Phục vụ hành chính công xã; phối hợp: " +
        "Phòng Kinh tế, Phòng Văn hóa - Xã hội — Hạn: 13/02/2026.",
      "3.3. Rà soát hồ sơ tồn đọng — Chủ trì: Công an xã — Hạn: 20/02/2026.",
    ]);
  });
});

describe("a paragraph's indented first line ending near the middle of the page", () => {
  // Its indent and its room at the right are nearly equal, as a centred title's are; its next line,
  // set back at the left margin, says it wrapped.
  it("goes on in the next line at the left margin when the next word would not fit", () => {
    const at = (x: number, l: Line): Line => ({ ...l, x, pieces: [{ ...l.pieces[0]!, x }] });
    const lines = [
      at(85, line("- Lập danh mục hồ sơ lưu trữ của đơn vị, gửi Sở Nội vụ", 100, 530)),
      at(57, line("thẩm định trước ngày 25/3/2024.", 114.4, 230)),
      at(85, line("- Tổ chức tập huấn nghiệp vụ văn thư.", 128.8, 300)),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "- Lập danh mục hồ sơ lưu trữ của đơn vị, gửi Sở Nội vụ thẩm định trước ngày 25/3/2024.",
      "- Tổ chức tập huấn nghiệp vụ văn thư.",
    ]);
  });

  it("stands alone when the next word would have fitted after it", () => {
    const at = (x: number, l: Line): Line => ({ ...l, x, pieces: [{ ...l.pieces[0]!, x }] });
    const lines = [
      at(85, line("- Lập danh mục hồ sơ lưu trữ của đơn vị", 100, 400)),
      at(57, line("Sở Nội vụ thẩm định.", 114.4, 180)),
    ];
    expect(paragraphsOf(lines, () => margins)).toHaveLength(2);
  });
});

describe("a lettered item's first line ending near the centre of the page before a quoted name", () => {
  // "a)" at 85 and the line's end at 532 leave about the same room on each side, as a centred title's do; the quoted
  // name that opens the next line, back at the left margin, is wider than the room left: the item wrapped.
  it("goes on in the next line, whose first word would not have fitted", () => {
    const at = (x: number, l: Line): Line => ({ ...l, x, pieces: [{ ...l.pieces[0]!, x }] });
    const lines = [
      at(85, line("a) Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh mở chuyên mục", 100, 532)),
      at(57, line('"Chính quyền gần dân" về hoạt động của chính quyền địa phương hai cấp trong tháng', 114.4, 550)),
      at(57, line("3/2026.", 128.8, 95)),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      'a) Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh mở chuyên mục "Chính quyền gần dân" về hoạt động của ' +
        "chính quyền địa phương hai cấp trong tháng 3/2026.",
    ]);
  });
});

describe("a paragraph's indented first line ending near the centre of a ragged page", () => {
  const at = (x: number, l: Line): Line => ({ ...l, x, pieces: [{ ...l.pieces[0]!, x }] });
  it("goes on in the next line starting at the left margin, whose first word would not have fitted", () => {
    const lines = [
      at(85, line("Sở Tư pháp rà soát, hệ thống hóa văn bản quy phạm pháp luật ban hành năm 2025", 100, 531)),
      at(57, line("của tỉnh, trình UBND tỉnh công bố trước ngày 15/3/2026.", 114.4, 400)),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "Sở Tư pháp rà soát, hệ thống hóa văn bản quy phạm pháp luật ban hành năm 2025 của tỉnh, trình UBND tỉnh công bố trước ngày 15/3/2026.",
    ]);
  });
  it("still ends a centred title whose next line is centred too", () => {
    const lines = [at(150, line("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH", 100, 467)), at(200, line("Năm 2026", 114.4, 417))];
    expect(paragraphsOf(lines, () => margins)).toHaveLength(2);
  });
});

describe("a dash item's first line ending with a word no sentence or name ends with", () => {
  // Indented as far as it stops short of the margin, the line looks centred, and the next line's first word would
  // have fitted in all the room a centred line leaves; the office's name it breaks says it wrapped.
  const at = (x: number, l: Line): Line => ({ ...l, x, pieces: [{ ...l.pieces[0]!, x }] });
  it("goes on in the next line when it ends with an office's head, a conjunction or a preposition", () => {
    for (const end of ["gửi Ủy ban", "gửi UBND", "trình Sở", "phối hợp với", "huyện và"]) {
      const lines = [
        at(85, line(`- Trung tâm Y tế huyện tổng hợp số ca bệnh tuần 12, ${end}`, 100, 532)),
        at(57, line("Tài chính thẩm định chậm nhất ngày 04/4/2026.", 114.4, 330)),
      ];
      expect(
        paragraphsOf(lines, () => margins).map((p) => p.text),
        end,
      ).toHaveLength(1);
    }
  });
  it("still ends where the line ends with a title of a person or a word that may end a phrase", () => {
    for (const end of ["ý kiến Giám đốc Sở", "các nội dung nêu trên"]) {
      const lines = [
        at(85, line(`- Trung tâm Y tế huyện tổng hợp số ca bệnh tuần 12, ${end}`, 100, 532)),
        at(57, line("Tài chính thẩm định chậm nhất ngày 04/4/2026.", 114.4, 330)),
      ];
      expect(
        paragraphsOf(lines, () => margins),
        end,
      ).toHaveLength(2);
    }
  });
  it("reads thousands of such lines at once", () => {
    const lines = Array.from({ length: 2000 }, (_, i) =>
      at(
        i % 2 ? 57 : 85,
        line(i % 2 ? "Xây dựng thẩm định." : "- Phòng Kinh tế lập hồ sơ, trình Sở", 100 + 14.4 * i, 532),
      ),
    );
    expect(paragraphsOf(lines, () => margins)).toHaveLength(1000);
  });
});

describe("justified text set narrower than the page (a web page's column)", () => {
  it("wraps where three long lines end together, short of the page's margin; a sidebar's short lines do not", () => {
    const at = (text: string, x: number, y: number, right: number, size = 10.5): Line => ({
      pieces: [{ text, x, right, size, font: "" }],
      x,
      right,
      y,
      size,
      page: 0,
    });
    const lines = [
      at("1. Sở Nội vụ là cơ quan thường trực, hướng dẫn, theo dõi việc thực", 81, 100, 408.6),
      at("hiện Kế hoạch.", 46, 112, 120),
      at("2. UBND các xã, phường cử 01 công chức làm đầu mối, gửi danh", 81, 128, 408.6),
      at("sách về Sở Nội vụ trước ngày 12/02/2026.", 46, 140, 260),
      at("3. Văn phòng UBND tỉnh bảo đảm điều kiện vận hành Cổng thông tin", 81, 156, 408.6),
      at("điện tử tỉnh./.", 46, 168, 110),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "1. Sở Nội vụ là cơ quan thường trực, hướng dẫn, theo dõi việc thực hiện Kế hoạch.",
      "2. UBND các xã, phường cử 01 công chức làm đầu mối, gửi danh sách về Sở Nội vụ trước ngày 12/02/2026.",
      "3. Văn phòng UBND tỉnh bảo đảm điều kiện vận hành Cổng thông tin điện tử tỉnh./.",
    ]);
    const sidebar = ["ngày 04/02/2026", "Công văn số 402", "ngày 03/02/2026", "Thông báo số 25", "ngày 30/01/2026"];
    const side = sidebar.map((text, k) => at(text, 430, 100 + 12 * k, 492, 8.5));
    expect(paragraphsOf(side, () => margins)).toHaveLength(5);
  });
});

describe("a heading in capitals filling most of its line", () => {
  it("ends with its line when the next is in ordinary case", () => {
    const lines = [
      line("III. TĂNG CƯỜNG ỨNG DỤNG CÔNG NGHỆ THÔNG TIN TRONG HOẠT ĐỘNG CỦA CƠ QUAN NHÀ NƯỚC", 100, 530),
      line("Nhiệm vụ 4", 114.4, 150),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "III. TĂNG CƯỜNG ỨNG DỤNG CÔNG NGHỆ THÔNG TIN TRONG HOẠT ĐỘNG CỦA CƠ QUAN NHÀ NƯỚC",
      "Nhiệm vụ 4",
    ]);
  });
});

describe("a numbered heading that fills its line, then its first lettered item at the same indent", () => {
  it("ends with its line: a lettered item opening with a capital starts its list", () => {
    const lines = [
      line("2. Trách nhiệm của Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", 100, 552),
      line("a) Xây dựng chương trình giám sát chuyên đề về giải quyết thủ tục hành", 114.4, 556),
      { ...line("chính trước ngày 15/4/2026.", 128.8, 230), x: 57 },
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "2. Trách nhiệm của Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
      "a) Xây dựng chương trình giám sát chuyên đề về giải quyết thủ tục hành chính trước ngày 15/4/2026.",
    ]);
  });
});

describe("a lettered item's first line ending short of the margin about as far as it is indented", () => {
  // It looks centred, but it wrapped: the next line's first word would not have fitted in the room it left.
  const at = (x: number, l: Line): Line => ({ ...l, x, pieces: [{ ...l.pieces[0]!, x }] });
  it("goes on in the next line when that line's first word would not have fitted", () => {
    const lines = [
      line("b) Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành xây dựng dự thảo", 100, 530),
      at(57, line("Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các cơ", 114.4, 555)),
      at(57, line("quan chuyên môn; trình ban hành chậm nhất ngày 15/5/2026.", 128.8, 380)),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "b) Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành xây dựng dự thảo Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các cơ quan chuyên môn; trình ban hành chậm nhất ngày 15/5/2026.",
    ]);
  });

  it("ends its paragraph under a lettered heading when the next line starts at the heading's indent", () => {
    const lines = [
      line("b) Sửa đổi Quy chế làm việc của UBND tỉnh nhiệm kỳ 2021 - 2026 theo Luật mới", 100, 530),
      line("Văn phòng UBND tỉnh tham mưu, trình UBND tỉnh chậm nhất ngày 31/8/2025.", 114.4, 500),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "b) Sửa đổi Quy chế làm việc của UBND tỉnh nhiệm kỳ 2021 - 2026 theo Luật mới",
      "Văn phòng UBND tỉnh tham mưu, trình UBND tỉnh chậm nhất ngày 31/8/2025.",
    ]);
  });

  it("ends its paragraph when it left room for that word (a short lettered heading)", () => {
    const lines = [
      line("a) Về hoàn thiện thể chế", 100, 250),
      at(57, line("Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật do tỉnh ban hành, hoàn", 114.4, 555)),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "a) Về hoàn thiện thể chế",
      "Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật do tỉnh ban hành, hoàn",
    ]);
  });
});

describe("an item numbered in brackets, and the arrow line of labels under it", () => {
  it("reads the bracketed number with its text across a tab, and the arrow line as a paragraph of its own", () => {
    const lines = [
      line("(2) Kiểm tra việc niêm yết thủ tục hành chính tại bộ phận một cửa các huyện đã được phê duyệt.", 100, 559),
      line("→ Chủ trì: Sở Nội vụ. Thời hạn: Quý III/2024.", 114.4, 300),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "(2) Kiểm tra việc niêm yết thủ tục hành chính tại bộ phận một cửa các huyện đã được phê duyệt.",
      "→ Chủ trì: Sở Nội vụ. Thời hạn: Quý III/2024.",
    ]);
  });
});
