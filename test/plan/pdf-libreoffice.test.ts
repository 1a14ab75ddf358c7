// PDFs exported by LibreOffice, read as their text. Each file in test/plan/pdf/ is the
// export of the .html next to it:
//   soffice --headless --convert-to docx:"MS Word 2007 XML" NAME.html
//   soffice --headless --convert-to pdf NAME.docx
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readPdfPlan } from "../../src/plan/read-pdf.ts";

async function textsOf(name: string): Promise<(string | string[])[]> {
  const read = await readPdfPlan(await readFile(new URL(`pdf/${name}`, import.meta.url)));
  if (!read.ok) throw new Error(read.error.code);
  return read.document.blocks.map((b) => (b.type === "text" ? b.text : b.cells));
}

describe("letters drawn in a fallback font", () => {
  // LibreOffice draws the Vietnamese letters Liberation Serif has no glyph for (ỉ, ạ, ệ, ợ …)
  // in DejaVu Serif, and writes each font's glyphs of a line together.
  it("are read inside their words, in justified, plain and italic lines alike", async () => {
    expect(await textsOf("fallback-font-letters.pdf")).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
      "Căn cứ kết quả Chỉ số cải cách hành chính năm 2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao các chỉ số; Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện.",
      "Sở Dân tộc và Tôn giáo chủ trì, phối hợp với Sở Khoa học và Công nghệ, hoàn thành trước ngày 30/6/2026.",
      "Thời gian thực hiện: Quý III/2026.",
    ]);
  });
});

describe("letters drawn in a fallback font, in a justified cell", () => {
  // A justified line's spaces are wider than the font's: words placed with the font's spaces
  // fall short of the letter drawn after them ("thiờ gian", "viớ", "t iạ").
  it("are read inside their words, the line's spaces shared out as justification set them", async () => {
    expect(await textsOf("justified-fallback-words.pdf")).toEqual([
      ["STT", "Nhiệm vụ", "Cơ quan chủ trì"],
      [
        "1",
        "Xây dựng kế hoạch thanh tra, kiểm tra doanh nghiệp năm 2025, không để chồng chéo giữa các cơ quan.",
        "Thanh tra tỉnh",
      ],
      [
        "2",
        "Rút ngắn thời gian giải quyết vụ việc; công khai bản án trên Cổng thông tin điện tử của tỉnh.",
        "Thanh tra tỉnh",
      ],
      [
        "3",
        "Đào tạo nghề cho lao động; gắn đào tạo với giải quyết việc làm tại doanh nghiệp trong tỉnh.",
        "Thanh tra tỉnh",
      ],
      [
        "4",
        "Giải quyết hồ sơ đăng ký doanh nghiệp trong 02 ngày làm việc; hướng dẫn hộ kinh doanh đăng ký qua mạng.",
        "Thanh tra tỉnh",
      ],
      [
        "5",
        "Triển khai đồng bộ các nội dung cải cách hành chính trên địa bàn tỉnh sau hợp nhất, phối hợp với các sở.",
        "Thanh tra tỉnh",
      ],
    ]);
  });
});

describe("letters drawn in a fallback font in lines justified wide", () => {
  // Each space of a justified line is drawn wider than the font's space: the page's text
  // operators say by how much, so a word is placed where it is drawn, not a space after the last.
  it("are read inside their words, however wide the spaces before them", async () => {
    expect(await textsOf("justified-fallback-letters.pdf")).toEqual([
      "- Ủy ban nhân dân các huyện, thành phố hoàn thành việc kiện toàn, bố trí công chức tại Bộ phận tiếp nhận hồ sơ cấp huyện, cấp xã trước ngày 30/9/2027.",
      "- Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh kiểm tra việc thực hiện quy chế tiếp nhận hồ sơ tại 07 sở, ngành và 04 huyện, hoàn thành trong tháng 10/2027.",
      "- Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng UBND tỉnh nâng cấp phần mềm một cửa điện tử của tỉnh, kết nối Cổng Dịch vụ công quốc gia; thời gian hoàn thành: Quý IV/2027.",
    ]);
  });
});

describe("a justified line ended by a line break", () => {
  // Justified, the line before a break is stretched to the margin: its few words stand
  // further apart than columns do, at even gaps.
  it("is one line of its paragraph, not a column for each word", async () => {
    expect(await textsOf("justified-line-breaks.pdf")).toEqual([
      "a) Sở Y tế rà soát danh mục thủ tục hành chính lĩnh vực dược, gửi kết quả về Văn phòng UBND tỉnh chậm nhất ngày 20/8/2027.",
      "b) Ủy ban nhân dân các huyện hoàn thành việc kiện toàn tổ công tác cấp huyện trước ngày 30/9/2027.",
    ]);
  });
});

describe("a tracked change shown in the PDF", () => {
  // tracked-date-change.docx (Word XML written by hand: a deleted date, the new one inserted,
  // numbered paragraphs), exported with "soffice --headless --convert-to pdf": the deleted date
  // is drawn struck through, before the inserted one.
  it("leaves out the struck-through text, as the Word file is read", async () => {
    expect(await textsOf("tracked-date-change.pdf")).toContain(
      "1.3. Sở Công Thương kiểm tra hoạt động kinh doanh xăng dầu, hoàn thành chậm nhất ngày 30/4/2027.",
    );
  });
});

describe("numbered items set left, their lines hanging under the text", () => {
  it("are one paragraph each, even when a line ends near the middle of the page's width", async () => {
    expect(await textsOf("hanging-list-items.pdf")).toEqual([
      "Chủ tịch UBND tỉnh yêu cầu:",
      "1. Sở Nội vụ khẩn trương hoàn thiện dự thảo Hướng dẫn xác định Chỉ số cải cách hành chính năm 2026 của các sở, ban, ngành và UBND các xã, phường, phối hợp với Sở Tư pháp thẩm định, trình UBND tỉnh trước ngày 15/9/2026.",
      "2. Sở Dân tộc và Tôn giáo phối hợp với UBND xã Sảng Mộc, UBND xã Thần Sa và UBND xã Nghinh Tường tổ chức tuyên truyền, hướng dẫn đồng bào dân tộc thiểu số sử dụng dịch vụ công trực tuyến; hoàn thành ngày 19/9/2026.",
      "3. Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực VI rà soát việc thu phí, lệ phí thủ tục hành chính qua thanh toán trực tuyến, xong trước ngày 31.10.2026.",
      "4. Sở Xây dựng rà soát, công bố danh mục thủ tục hành chính về nhà ở, hoàn thành trong Quý IV/2026.",
    ]);
  });
});

describe("a labelled item and a footnote", () => {
  it("read the item's first word whole after its label's tab, and leave out a note set in the body's size", async () => {
    expect(await textsOf("tab-labels-and-notes.pdf")).toEqual([
      "Sở Nội vụ tổ chức khảo sát mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính:",
      "a. Thời gian thực hiện: từ ngày 10/8/2026 đến hết ngày 25/9/2026.",
      "b. Địa điểm: Trung tâm Phục vụ hành chính công tỉnh.",
    ]);
  });
});

describe("cells side by side and bullets from a symbol font", () => {
  // The text layer joins the texts of neighbouring cells that stand close ("STT Nhiệm vụ"),
  // and LibreOffice draws a list's bullets in a symbol font (a private-use character).
  it("reads each cell's text in its own column, and each bullet as a bullet", async () => {
    expect(await textsOf("cells-side-by-side.pdf")).toEqual([
      "Các cơ quan, đơn vị thực hiện các nhiệm vụ sau:",
      "• Giao Sở Xây dựng chủ trì rà soát quy hoạch chung đô thị, hoàn thành trước ngày 25/8/2027.",
      "• Đề nghị Công an tỉnh cập nhật dữ liệu cư trú trong tháng 11 năm 2027.",
      ["STT", "Nhiệm vụ", "Thời hạn", "Cơ quan chủ trì", "Cơ quan phối hợp"],
      ["III", "HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH", "", "", ""],
      ["5", "Nâng cấp phần mềm một cửa điện tử", "12/5/2027", "Sở Tài chính", "Sở Y tế"],
      ["6", "Rà soát danh mục dịch vụ công trực tuyến", "Quý I/2027", "Sở Công Thương", "Sở Xây dựng"],
      ["7", "Kiện toàn tổ chức bộ máy các đơn vị sự nghiệp", "30/11/2027", "Sở Nội vụ", "Sở Tư pháp"],
      "Phụ lục II",
      ["STT", "Địa phương", "Số phiếu", ""],
      ["STT", "Địa phương", "Chính thức", "Dự phòng"],
      ["1", "UBND huyện Bạch Thông", "140", "35"],
      ["", "Cộng", "140", "35"],
    ]);
  });
});

describe("a Word list nested in a Roman one, numbered in Roman again", () => {
  // LibreOffice shows the inner level "I.", "II.", "III." under "II.", set deeper, and a label
  // wider than the hanging indent pushes its item's text on to the next tab stop.
  it("reads the inner level in Arabic figures, each item one paragraph, the sections as they are", async () => {
    expect(await textsOf("nested-roman-lists.pdf")).toEqual([
      "I. MỤC TIÊU",
      "1. Nâng cao chất lượng phục vụ người dân và doanh nghiệp tại Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa của các xã, phường trên địa bàn.",
      "2. Phạm vi áp dụng: các thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh và cấp xã.",
      "II. NHIỆM VỤ CỤ THỂ",
      "1. Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh rà soát quy trình liên thông khai sinh, cấp thẻ bảo hiểm y tế; hoàn thành trước ngày 20/5/2027.",
      "2. Sở Giáo dục và Đào tạo số hóa hồ sơ tuyển sinh đầu cấp, phối hợp với Sở Khoa học và Công nghệ; thời gian thực hiện: tháng 7/2027.",
      "3. Công an tỉnh hướng dẫn các xã, phường khai thác dữ liệu dân cư trong giải quyết thủ tục hành chính; hoàn thành trong Quý III/2027.",
      "III. TỔ CHỨC THỰC HIỆN",
      "Thủ trưởng các cơ quan, đơn vị triển khai thực hiện nghiêm túc Kế hoạch này.",
    ]);
  });
});
