// 07: Bắc Kạn, UBND tỉnh, Kế hoạch 37/KH-UBND, 08/02/2023 — phát triển du lịch năm 2023. The task table was pasted
// from Excel: Calibri 11, all gridlines, numbers right-aligned; the deadline is THREE numeric columns under a merged
// "Thời hạn hoàn thành" header, "Ngày | Tháng | Năm"; each group's "Năm" cell is merged down over its rows; some
// rows give only a month ("" | 9 | 2023 = end of September). plan.pdf: Chromium (HTML with rowspans).
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "07-bac-kan-2023-excel-paste-day-month-year-number-columns-merged-year-cells-month-only-rows";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VH = "Sở Văn hóa, Thể thao và Du lịch";
const BB = "UBND huyện Ba Bể";

const num = (text) => ({ text, align: "right" });
const grp = (stt, text) => [{ text: stt, bold: true }, { text, bold: true, span: 3 }, "", "", ""];
// year: "restart" with the number of rows merged, "continue", or a plain year
const r = (stt, text, lead, coord, d, m, y) => [num(stt), text, lead, coord, num(d), num(m),
  y === "continue" ? { text: "", vm: "continue" } : Array.isArray(y) ? { ...num(y[0]), vm: "restart", rows: y[1] } :
    num(y)];
const C = "continue";
const rows = [
  [{ text: "STT", vm: "restart", rows: 2 }, { text: "Nội dung công việc", vm: "restart", rows: 2 },
    { text: "Đơn vị chủ trì", vm: "restart", rows: 2 }, { text: "Đơn vị phối hợp", vm: "restart", rows: 2 },
    { text: "Thời hạn hoàn thành", span: 3 }],
  [{ text: "", vm: "continue" }, { text: "", vm: "continue" }, { text: "", vm: "continue" }, { text: "", vm: "continue" },
    "Ngày", "Tháng", "Năm"],
  grp("I", "Phát triển sản phẩm du lịch"),
  r("1", "Xây dựng sản phẩm du lịch cộng đồng tại thôn Pác Ngòi, xã Nam Mẫu", BB, VH, "30", "6", ["2023", 3]),
  r("2", "Khảo sát, lập danh mục điểm du lịch sinh thái, du lịch nông nghiệp trên địa bàn tỉnh", VH,
    "Sở Tài nguyên và Môi trường", "", "9", C),
  r("3", "Hỗ trợ chủ thể OCOP thiết kế bao bì, phát triển sản phẩm quà tặng du lịch",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Công Thương", "15", "8", C),
  grp("II", "Xúc tiến, quảng bá du lịch"),
  r("4", "Tổ chức Tuần Văn hóa - Du lịch Ba Bể năm 2023", BB, VH, "25", "4", ["2023", 3]),
  r("5", "Sản xuất video clip quảng bá du lịch Bắc Kạn, đăng tải trên các nền tảng số", "Sở Thông tin và Truyền thông",
    VH, "", "10", C),
  r("6", "Tham gia Hội chợ Du lịch quốc tế Việt Nam tại Hà Nội", VH, "Trung tâm Xúc tiến đầu tư tỉnh", "31", "3", C),
  grp("III", "Quản lý nhà nước về du lịch"),
  r("7", "Kiểm tra việc chấp hành quy định trong kinh doanh dịch vụ lưu trú du lịch", VH,
    "Công an tỉnh; UBND các huyện, thành phố", "20", "11", ["2023", 3]),
  r("8", "Cập nhật cơ sở dữ liệu du lịch của tỉnh", VH, "UBND các huyện, thành phố", "", "12", C),
  r("9", "Báo cáo kết quả thực hiện Kế hoạch năm 2023 gửi Sở Văn hóa, Thể thao và Du lịch",
    "UBND các huyện, thành phố", "", "5", "12", C),
  r("10", "Tham mưu xây dựng Kế hoạch phát triển du lịch năm 2024", VH, "Các sở, ngành liên quan", "15", "1", "2024"),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 37/KH-UBND", "Bắc Kạn, ngày 08 tháng 02 năm 2023", "KẾ HOẠCH",
    "Phát triển du lịch tỉnh Bắc Kạn năm 2023"),
  { t: "p", align: "justify", text: "Nhằm khai thác có hiệu quả tiềm năng du lịch của tỉnh, thu hút khách du lịch sau " +
    "đại dịch COVID-19, UBND tỉnh Bắc Kạn ban hành Kế hoạch phát triển du lịch năm 2023 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Phấn đấu đón khoảng 1,2 triệu lượt khách; các nhiệm vụ được phân công cụ thể cho " +
    "từng cơ quan, đơn vị, có thời hạn hoàn thành." },
  { t: "p", num: "II.", text: "NHIỆM VỤ CỤ THỂ", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", text: "(Chi tiết tại bảng phân công dưới đây)", italic: true, align: "center", indent: false },
  { t: "table", widths: [600, 3600, 1900, 1900, 600, 650, 750], header: 2, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Các cơ quan, đơn vị được giao nhiệm vụ chủ động triển khai; Sở Văn hóa, Thể thao " +
    "và Du lịch theo dõi, tổng hợp, báo cáo UBND tỉnh kết quả thực hiện." },
  ...sign(["TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"),
];

// The pasted table keeps Excel's look: every run in Calibri 11.
const CAL = '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>';
const transform = (body) => body.split("<w:tbl>").map((seg, i) => (i && seg.includes("Thời hạn hoàn thành") ?
  seg.replace(/<w:rPr>/g, "<w:rPr>" + CAL).replace(/<w:sz w:val="2[46]"\/>/g, '<w:sz w:val="22"/>') : seg))
  .join("<w:tbl>");
const css = "table.bd td,table.bd th{font-family:Calibri,Carlito,'Liberation Sans',Arial,sans-serif;font-size:11pt;" +
  "border:1px solid #000;padding:1pt 3pt}table.bd td:nth-child(n+5){text-align:right;vertical-align:bottom}";
// (The kit's HTML has no cell alignment: the number columns are right-aligned by position.)

const D = ["@districts"];
const tasks = [
  task("1", "Xây dựng sản phẩm du lịch cộng đồng tại thôn Pác Ngòi, xã Nam Mẫu", "2023-06-30", [BB], [VH]),
  task("2", "Khảo sát, lập danh mục điểm du lịch sinh thái, du lịch nông nghiệp trên địa bàn tỉnh", "2023-09-30",
    [VH], ["Sở Tài nguyên và Môi trường"]),
  task("3", "Hỗ trợ chủ thể OCOP thiết kế bao bì, phát triển sản phẩm quà tặng du lịch", "2023-08-15",
    ["Sở Nông nghiệp và Phát triển nông thôn"], ["Sở Công Thương"]),
  task("4", "Tổ chức Tuần Văn hóa - Du lịch Ba Bể năm 2023", "2023-04-25", [BB], [VH]),
  task("5", "Sản xuất video clip quảng bá du lịch Bắc Kạn, đăng tải trên các nền tảng số", "2023-10-31",
    ["Sở Thông tin và Truyền thông"], [VH]),
  task("6", "Tham gia Hội chợ Du lịch quốc tế Việt Nam tại Hà Nội", "2023-03-31", [VH],
    ["Trung tâm Xúc tiến đầu tư tỉnh"]),
  task("7", "Kiểm tra việc chấp hành quy định trong kinh doanh dịch vụ lưu trú du lịch", "2023-11-20", [VH],
    ["Công an tỉnh", ...D]),
  task("8", "Cập nhật cơ sở dữ liệu du lịch của tỉnh", "2023-12-31", [VH], D),
  task("9", "Báo cáo kết quả thực hiện Kế hoạch năm 2023", "2023-12-05", D),
  task("10", "Tham mưu xây dựng Kế hoạch phát triển du lịch năm 2024", "2024-01-15", [VH],
    ["Các sở, ngành liên quan"]),
];

await build(DIR, {
  blocks, printer: "chromium", css, extra: { transform },
  expected: {
    id: ID,
    style: "Kế hoạch 37/KH-UBND of UBND tỉnh Bắc Kạn, 08/02/2023 (before the reorganisation: old departments, " +
      "districts), phát triển du lịch 2023. The task table is pasted from Excel (Calibri 11, all gridlines, numbers " +
      "right-aligned): STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành, the last " +
      "merged over three numeric sub-columns 'Ngày | Tháng | Năm' (two header rows). Group rows I-III (no tasks). In " +
      "each group the 'Năm' cell is merged down over its three rows (vMerge; HTML rowspan): each row's own year " +
      "(inherited false). A row with an empty 'Ngày' = the last day of that month. ref = STT. Dates: 1 30|6|2023 Fri; " +
      "2 ''|9|2023 = 30/9 Sat -> 2/10; 3 15|8|2023 Tue; 4 25|4|2023 Tue; 5 ''|10|2023 = 31/10 Tue; 6 31|3|2023 Fri; " +
      "7 20|11|2023 Mon; 8 ''|12|2023 = 31/12 Sun -> 1/1/2024 off -> 2/1/2024; 9 5|12|2023 Tue (Sở VHTTDL the " +
      "recipient, no coordinator); 10 15|1|2024 Mon (its own year cell). 'Trung tâm Xúc tiến đầu tư tỉnh' and 'Các " +
      "sở, ngành liên quan' (a vague group) are kept as written and unresolved.",
    province: "Bắc Kạn",
    plan: { number: "37/KH-UBND", date: "2023-02-08" },
    tasks,
    unresolved: ["Trung tâm Xúc tiến đầu tư tỉnh", "Các sở, ngành liên quan"],
    successors: [],
  },
});
