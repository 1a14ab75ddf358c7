// 07: Lai Châu 2023, before the reorganisation — UBND tỉnh Lai Châu's plan for emulation and commendation work
// (thi đua, khen thưởng) in 2023. The task table was built in Excel and pasted into Word: it keeps Excel's font
// (Arial 10) while the body is Times New Roman 13, and its header row is NOT marked to repeat, so where the long
// table runs onto the next page the rows go on without a header. Rows are numbered in two levels: bold area rows
// 1-4 and tasks a, b, c … under each (letters restart per area). A "Ghi chú" column says "Đã thực hiện" for a done
// row. plan.pdf: LibreOffice, then Ghostscript pdfwrite (a virtual PDF printer).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "07-lai-chau-2023-excel-pasted-table-own-font-split-page-no-repeated-header-letter-sub-stt";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const SNV = "Sở Nội vụ";
const SBN = "Các sở, ban, ngành";
const HU = "UBND các huyện, thành phố";
const CUM = "Các cụm, khối thi đua";

// area rows [STT, text]; task rows [letter, content, lead cell, coord cell, time cell, note, due|null, lead, coord]
const TABLE = [
  ["1", "Công tác tuyên truyền, phát động phong trào thi đua", [
    ["a", "Tổ chức phát động phong trào thi đua năm 2023 gắn với kỷ niệm các ngày lễ lớn của đất nước, của tỉnh", SNV,
      `${SBN}; ${HU}`, "Tháng 02/2023", "", "2023-02-28", [SNV], ["@departments", "@districts"]],
    ["b", "Tuyên truyền gương điển hình tiên tiến, người tốt, việc tốt trên Báo Lai Châu, Đài Phát thanh - Truyền " +
      "hình tỉnh", "Sở Thông tin và Truyền thông", "Báo Lai Châu; Đài Phát thanh - Truyền hình tỉnh", "Thường xuyên",
      "", null, [], []],
  ]],
  ["2", "Các phong trào thi đua theo chuyên đề", [
    ["a", "Đăng ký thi đua, ký kết giao ước thi đua năm 2023 của các cụm, khối thi đua", CUM, SNV, "Trước 15/3/2023",
      "", "2023-03-14", [CUM], [SNV]],
    ["b", "Sơ kết phong trào thi đua \"Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau\" giai đoạn " +
      "2021-2023", "Sở Lao động - Thương binh và Xã hội", SNV, "Quý III/2023", "", "2023-09-30",
      ["Sở Lao động - Thương binh và Xã hội"], [SNV]],
    ["c", "Phát động phong trào thi đua \"Đổi mới, sáng tạo trong dạy và học\" năm học 2023-2024",
      "Sở Giáo dục và Đào tạo", HU, "Tháng 9/2023", "", "2023-09-30", ["Sở Giáo dục và Đào tạo"], ["@districts"]],
  ]],
  ["3", "Công tác khen thưởng", [
    ["a", "Thẩm định, trình Chủ tịch UBND tỉnh khen thưởng tổng kết năm 2022", SNV, SBN, "Tháng 01/2023",
      "Đã thực hiện", null, [], []],
    ["b", "Hướng dẫn, tổ chức xét tặng danh hiệu \"Nghệ nhân nhân dân\", \"Nghệ nhân ưu tú\" trong lĩnh vực di sản " +
      "văn hóa phi vật thể cấp tỉnh", "Sở Văn hóa, Thể thao và Du lịch", SNV, "Tháng 5/2023", "", "2023-05-31",
      ["Sở Văn hóa, Thể thao và Du lịch"], [SNV]],
    ["c", "Rà soát, đề nghị khen thưởng cấp Nhà nước theo chuyên đề, đột xuất", SNV, SBN, "Khi có đề nghị", "", null,
      [], []],
    ["d", "Hoàn thiện hồ sơ đề nghị khen thưởng tổng kết năm 2023, gửi Sở Nội vụ thẩm định", `${SBN}; ${HU}`, "",
      "Trước 10/12/2023", "", "2023-12-09", ["@departments", "@districts"], []],
  ]],
  ["4", "Kiểm tra, sơ kết, tổng kết", [
    ["a", "Kiểm tra công tác thi đua, khen thưởng tại 03 sở, ngành và 04 huyện", SNV, "Các cơ quan, địa phương được " +
      "kiểm tra", "Tháng 8 - 9/2023", "", "2023-09-30", [SNV], ["Các cơ quan, địa phương được kiểm tra"]],
    ["b", "Xây dựng báo cáo tổng kết công tác thi đua, khen thưởng năm 2023, trình UBND tỉnh", SNV, SBN,
      "Trước 15/11/2023", "", "2023-11-14", [SNV], ["@departments"]],
    ["c", "Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023", SNV, "Văn phòng UBND tỉnh",
      "Tháng 01/2024", "", "2024-01-31", [SNV], ["Văn phòng UBND tỉnh"]],
  ]],
];
const tasks = [];
const rows = [["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Ghi chú"]];
for (const [stt, name, items] of TABLE) {
  rows.push([{ text: stt, bold: true, align: "center", list: { kind: "cell", inst: "g" } },
    { text: name, bold: true, span: 5 }]);
  for (const [l, what, leadCell, coordCell, time, note, due, lead, coord] of items) {
    rows.push([{ text: l, align: "center", list: { kind: "lcell", inst: "l" + stt } }, what, leadCell, coordCell,
      { text: time, align: "center" }, note]);
    if (due) tasks.push(task(`${stt}.${l}`, what, due, lead, coord));
  }
}

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const n = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst } });
const n1 = n("I");
const n3 = n("III");
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const d2 = dash("II");
const plain = (text) => ({ t: "p", text });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 612/KH-UBND", "Lai Châu, ngày 20 tháng 02 năm 2023", "KẾ HOẠCH",
    "Triển khai công tác thi đua, khen thưởng năm 2023"),
  plain("Thực hiện Luật Thi đua, khen thưởng năm 2003, sửa đổi, bổ sung năm 2013; Nghị định số 91/2017/NĐ-CP ngày " +
    "31/7/2017 của Chính phủ và Chỉ thị số 01/CT-UBND ngày 10/01/2023 của Chủ tịch UBND tỉnh về đẩy mạnh phong trào thi đua yêu nước năm 2023, UBND " +
    "tỉnh ban hành Kế hoạch triển khai công tác thi đua, khen thưởng năm 2023 như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  n1("1.", "Các phong trào thi đua được tổ chức thiết thực, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị."),
  n1("2.", "Khen thưởng kịp thời, đúng người, đúng thành tích; chú trọng khen thưởng người lao động trực tiếp."),
  sec("II.", "CHỈ TIÊU"),
  d2("100% cơ quan, đơn vị, địa phương đăng ký thi đua và ký kết giao ước thi đua."),
  d2("Tỷ lệ khen thưởng cho người lao động trực tiếp đạt từ 40% trở lên."),
  sec("III.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
  plain("Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian thực hiện như sau:"),
  { t: "table", widths: [650, 3250, 1500, 1650, 1250, 1054], header: 1, noRepeat: true, font: "Arial", size: 20,
    rows },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Sở Nội vụ là cơ quan thường trực của Hội đồng Thi đua - Khen thưởng tỉnh, theo dõi, hướng dẫn, đôn đốc " +
    "các cơ quan, đơn vị thực hiện Kế hoạch."),
  n3("2.", "Các sở, ban, ngành, UBND các huyện, thành phố báo cáo kết quả công tác thi đua, khen thưởng 6 tháng đầu " +
    "năm về Sở Nội vụ trước ngày 15/6/2023 và cả năm trước ngày 15/11/2023 để tổng hợp."),
  n3("3.", "Sở Tài chính bố trí kinh phí khen thưởng theo quy định."),
  plain("Trên đây là Kế hoạch triển khai công tác thi đua, khen thưởng năm 2023 của UBND tỉnh Lai Châu./."),
  ...sign(["Ban Thi đua - Khen thưởng Trung ương (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Thành viên Hội đồng TĐKT tỉnh", "Các sở, ban, ngành", "UBND các huyện, thành phố"],
  "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Lương"),
];
tasks.push(task("IV.2", "Báo cáo kết quả công tác thi đua, khen thưởng 6 tháng đầu năm", "2023-06-14",
  ["@departments", "@districts"]));
tasks.push(task("IV.2", "Báo cáo kết quả công tác thi đua, khen thưởng cả năm", "2023-11-14",
  ["@departments", "@districts"]));

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 612/KH-UBND of UBND tỉnh Lai Châu (20/02/2023, before the reorganisation) for emulation and " +
      "commendation work in 2023. III: a task table built in Excel and pasted into Word, keeping Excel's Arial 10 " +
      "against the body's Times New Roman; its header row is not set to repeat, so on the next page the rows go on " +
      "without a header. Columns STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Ghi chú; bold " +
      "area rows 1-4 (spanning, no task) and task rows lettered a, b, … restarting per area; ref = area.letter " +
      "('3.d'). Left out: 1.b 'Thường xuyên', 3.a 'Đã thực hiện' (done, Ghi chú), 3.c 'Khi có đề nghị'. Dates: " +
      "'Tháng M/Y' = last day (28/2; 31/5; 30/9 Sat -> 2/10; 31/1/2024); 'Quý III/2023' = 30/9 Sat -> 2/10; 'Tháng " +
      "8 - 9/2023' = end of the range 30/9 -> 2/10; 'Trước d/m' = d-1 (14/3; 9/12 Sat -> 11/12; 14/11). 3.d's " +
      "'gửi Sở Nội vụ thẩm định' and 4.b's 'trình UBND tỉnh' name recipients. IV.2 gives two reports to Sở Nội vụ " +
      "(recipient): 6 months before 15/6 -> 14/6 and the year before 15/11 -> 14/11, both ref IV.2; IV.1, IV.3 " +
      "undated; II's percentages are targets. 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = " +
      "@districts. PDF: LibreOffice, then Ghostscript pdfwrite.",
    province: "Lai Châu",
    plan: { number: "612/KH-UBND", date: "2023-02-20" },
    tasks,
    unresolved: [CUM, "Các cơ quan, địa phương được kiểm tra"],
    successors: [],
  },
});
