// 07: Bắc Kạn 2024 (before the reorganisation) — a mass organisation's plan: the Ban Thường vụ Tỉnh đoàn's
// Tháng Thanh niên plan. Youth Union header (BCH ĐOÀN TỈNH BẮC KẠN / *** / Số: 46-KH/TĐTN-PT | ĐOÀN TNCS HỒ CHÍ
// MINH, the date under it). Its schedule is a table STT | Nội dung | Thời gian | Đơn vị chủ trì | Đơn vị phối hợp |
// Đồng chí phụ trách: the last column names the standing-board member in charge (a person, no unit). Group rows
// span the table (gridSpan); group II carries the time "(thực hiện trong tháng 3/2024)" for rows with a blank
// time cell. A done row, a "Thường xuyên" row, the anniversary's 1931 date. plan.pdf: Chromium from the HTML.
import { build, task } from "./lib.mjs";

const ID = "07-bac-kan-2024-youth-union-plan-person-in-charge-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const PT = "Ban Phong trào Tỉnh đoàn";
const VP = "Văn phòng Tỉnh đoàn";
const TCKT = "Ban Tổ chức - Kiểm tra Tỉnh đoàn";
const HD = "Các huyện đoàn, thành đoàn, đoàn trực thuộc";
const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, list: R, indent: false });
const k = (num, text, inst) => ({ t: "p", num, text, list: { kind: "decimal", inst } });
const dash = (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst: "C" } });
const grp = (text) => [{ text, span: 6, bold: true }];
const c = (n) => ({ text: String(n), list: { kind: "cell", inst: "T" }, align: "center" });

const blocks = [
  { t: "table", borders: false, widths: [4000, 5400], rows: [
    [{ text: "BCH ĐOÀN TỈNH BẮC KẠN\n***", bold: true, align: "center" },
      { text: "ĐOÀN TNCS HỒ CHÍ MINH", bold: true, align: "center" }],
    [{ text: "Số: 46-KH/TĐTN-PT", align: "center" },
      { text: "Bắc Kạn, ngày 22 tháng 01 năm 2024", italic: true, align: "center" }],
  ] },
  { t: "p", text: "KẾ HOẠCH", bold: true, align: "center", indent: false },
  { t: "p", text: "Tổ chức Tháng Thanh niên năm 2024", bold: true, align: "center", indent: false },
  { t: "p", text: "-----", align: "center", indent: false },
  { t: "p", text: "Thực hiện Kế hoạch số 245-KH/TWĐTN-PT ngày 05/01/2024 của Ban Bí thư Trung ương Đoàn về tổ chức " +
    "Tháng Thanh niên năm 2024, Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch tổ chức Tháng Thanh niên năm 2024 với " +
    "chủ đề \"Thanh niên tiên phong chuyển đổi số\" như sau:" },
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("Tạo đợt sinh hoạt chính trị sâu rộng trong đoàn viên, thanh niên; phát huy tinh thần xung kích, tình " +
    "nguyện của tuổi trẻ Bắc Kạn trong phát triển kinh tế - xã hội."),
  dash("Các hoạt động tổ chức thiết thực, tiết kiệm, hướng về cơ sở, thu hút đông đảo đoàn viên, thanh niên."),
  sec("II.", "CHỈ TIÊU"),
  dash("100% cơ sở đoàn thực hiện ít nhất 01 công trình, phần việc thanh niên; kết nạp 1.200 đoàn viên mới."),
  dash("Vận động 800 đơn vị máu tình nguyện; giới thiệu việc làm cho 500 thanh niên."),
  sec("III.", "NỘI DUNG VÀ LỊCH TRIỂN KHAI"),
  { t: "table", header: 1, widths: [700, 2750, 1350, 1550, 1550, 1500], rows: [
    ["STT", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp", "Đồng chí phụ trách"],
    grp("I. HOẠT ĐỘNG CẤP TỈNH"),
    [c(1), "Hội nghị triển khai Kế hoạch Tháng Thanh niên năm 2024 (đã tổ chức, kết hợp Hội nghị Ban Chấp hành " +
      "Tỉnh đoàn lần thứ 8)", "18/01/2024", VP, PT, "Đ/c Hà Thị Liễu - Phó Bí thư Tỉnh đoàn"],
    [c(2), "Lễ phát động Tháng Thanh niên năm 2024 và ra quân công trình \"Thắp sáng đường quê\" tại xã Cẩm Giàng, " +
      "huyện Bạch Thông", "01/3/2024", PT, "Huyện đoàn Bạch Thông", "Đ/c Hà Thị Liễu - Phó Bí thư Tỉnh đoàn"],
    [c(3), "Chương trình \"Hiến máu tình nguyện - Giọt hồng tháng Ba\"", "Từ ngày 11/3 đến ngày 15/3/2024",
      "Hội Liên hiệp Thanh niên Việt Nam tỉnh", "Hội Chữ thập đỏ tỉnh; Bệnh viện Đa khoa tỉnh",
      "Đ/c Ma Văn Quân - Ủy viên Ban Thường vụ, Chủ tịch Hội LHTN Việt Nam tỉnh"],
    [c(4), "Lễ kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2024), tuyên dương 93 gương " +
      "\"Thanh niên tiêu biểu\"", "25/3/2024", VP, TCKT, "Đ/c Nông Thị Hạnh - Bí thư Tỉnh đoàn"],
    [c(5), "Diễn đàn \"Thanh niên Bắc Kạn với chuyển đổi số\", đối thoại giữa Chủ tịch UBND tỉnh với thanh niên",
      "27/3/2024", "Ban Tuyên giáo Tỉnh đoàn", "Văn phòng UBND tỉnh; Sở Thông tin và Truyền thông",
      "Đ/c Nông Thị Hạnh - Bí thư Tỉnh đoàn"],
    [c(6), "Ngày hội việc làm thanh niên năm 2024", "Trong tháng 3/2024", PT,
      "Sở Lao động - Thương binh và Xã hội; Trung tâm Dịch vụ việc làm tỉnh", "Đ/c Hà Thị Liễu - Phó Bí thư " +
      "Tỉnh đoàn"],
    grp("II. HOẠT ĐỘNG TẠI CƠ SỞ (thực hiện trong tháng 3/2024)"),
    [c(7), "Ra quân \"Ngày Chủ nhật xanh\"; mỗi cơ sở đoàn thực hiện ít nhất 01 công trình, phần việc thanh niên",
      "", HD, "", "Ủy viên Ban Thường vụ Tỉnh đoàn phụ trách địa bàn"],
    [c(8), "Kết nạp đoàn viên mới \"Lớp đoàn viên 26/3\"", "Dịp 26/3/2024", HD, TCKT,
      "Đ/c Lý Văn Thạch - Trưởng Ban Tổ chức - Kiểm tra"],
    [c(9), "Thăm, tặng quà gia đình chính sách, đoàn viên, thanh niên có hoàn cảnh khó khăn", "Thường xuyên", HD,
      "", "Ủy viên Ban Thường vụ Tỉnh đoàn phụ trách địa bàn"],
    grp("III. CÔNG TÁC TỔNG HỢP, BÁO CÁO"),
    [c(10), "Báo cáo kết quả Tháng Thanh niên gửi Ban Thường vụ Tỉnh đoàn (qua Ban Phong trào)",
      "Trước ngày 05/4/2024", HD, "", "Bí thư các huyện đoàn, thành đoàn, đoàn trực thuộc"],
    [c(11), "Tổng hợp, báo cáo Ban Bí thư Trung ương Đoàn kết quả Tháng Thanh niên năm 2024",
      "Trước ngày 10/4/2024", PT, VP, "Đ/c Hà Thị Liễu - Phó Bí thư Tỉnh đoàn"],
  ] },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  k("1.", "Ban Phong trào Tỉnh đoàn là đơn vị thường trực, tham mưu Ban Thường vụ Tỉnh đoàn theo dõi, đôn đốc các " +
    "hoạt động của Tháng Thanh niên.", "K"),
  k("2.", "Các huyện đoàn, thành đoàn, đoàn trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch cụ thể, gửi về Tỉnh " +
    "đoàn (qua Ban Phong trào) trước ngày 20/02/2024.", "K"),
  k("3.", "Đề nghị Sở Lao động - Thương binh và Xã hội, Hội Chữ thập đỏ tỉnh phối hợp, tạo điều kiện để Tỉnh đoàn " +
    "tổ chức các hoạt động theo Kế hoạch.", "K"),
  k("4.", "Các đồng chí Ủy viên Ban Thường vụ Tỉnh đoàn được phân công phụ trách có trách nhiệm dự, chỉ đạo các " +
    "hoạt động tại địa bàn./.", "K"),
  { t: "table", borders: false, widths: [4500, 4900], rows: [[
    { text: "Nơi nhận:\n- Ban Bí thư Trung ương Đoàn (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Ban Dân vận Tỉnh " +
      "ủy;\n- Các đồng chí UV BTV Tỉnh đoàn;\n- Các huyện đoàn, thành đoàn, đoàn trực thuộc;\n- Lưu VP, PT.",
    align: "left" },
    { text: "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ\n\n\nHà Thị Liễu", bold: true, align: "center" },
  ]] },
];

const tasks = [
  task("2", "Lễ phát động Tháng Thanh niên năm 2024 và ra quân công trình \"Thắp sáng đường quê\" tại xã Cẩm " +
    "Giàng, huyện Bạch Thông", "2024-03-01", [PT], ["Huyện đoàn Bạch Thông"]),
  task("3", "Chương trình \"Hiến máu tình nguyện - Giọt hồng tháng Ba\"", "2024-03-15",
    ["Hội Liên hiệp Thanh niên Việt Nam tỉnh"], ["Hội Chữ thập đỏ tỉnh", "Bệnh viện Đa khoa tỉnh"]),
  task("4", "Lễ kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, tuyên dương 93 gương \"Thanh niên tiêu biểu\"",
    "2024-03-25", [VP], [TCKT]),
  task("5", "Diễn đàn \"Thanh niên Bắc Kạn với chuyển đổi số\", đối thoại giữa Chủ tịch UBND tỉnh với thanh niên",
    "2024-03-27", ["Ban Tuyên giáo Tỉnh đoàn"], ["Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông"]),
  task("6", "Ngày hội việc làm thanh niên năm 2024", "2024-03-31", [PT],
    ["Sở Lao động - Thương binh và Xã hội", "Trung tâm Dịch vụ việc làm tỉnh"]),
  task("7", "Ra quân \"Ngày Chủ nhật xanh\"; mỗi cơ sở đoàn thực hiện ít nhất 01 công trình, phần việc thanh niên",
    "2024-03-31", [HD], [], true),
  task("8", "Kết nạp đoàn viên mới \"Lớp đoàn viên 26/3\"", "2024-03-26", [HD], [TCKT]),
  task("10", "Báo cáo kết quả Tháng Thanh niên", "2024-04-04", [HD]),
  task("11", "Tổng hợp, báo cáo kết quả Tháng Thanh niên năm 2024", "2024-04-09", [PT], [VP]),
  task("IV.2", "Xây dựng kế hoạch cụ thể tổ chức Tháng Thanh niên", "2024-02-19", [HD]),
];

await build(DIR, {
  blocks, printer: "chromium",
  css: "@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}table.nb td{font-size:12pt}" +
    "table.nb tr:only-child td:first-child{text-align:left;font-size:11pt}",
  expected: {
    id: ID,
    style: "Kế hoạch 46-KH/TĐTN-PT of the Ban Thường vụ Tỉnh đoàn Bắc Kạn, 22/01/2024 (before the " +
      "reorganisation): Tháng Thanh niên 2024. Youth Union header (BCH ĐOÀN TỈNH BẮC KẠN / *** | ĐOÀN TNCS HỒ CHÍ " +
      "MINH, date under it), signed TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / PHÓ BÍ THƯ. I aims, II targets (no tasks). " +
      "III a table STT | Nội dung hoạt động | Thời gian | Đơn vị chủ trì | Đơn vị phối hợp | Đồng chí phụ trách, " +
      "STT 1-11 running through three full-width group rows (I/II/III). The person column names the board " +
      "member in charge: no unit. Row 1 done (18/01), row 9 'Thường xuyên': left out. Group II's heading " +
      "'(thực hiện trong tháng 3/2024)' gives row 7 (blank time cell) its deadline: 31/3 (Sun) -> 1/4, " +
      "inherited; row 8 has its own 'Dịp 26/3/2024'. Row 3 'Từ ngày 11/3 đến ngày 15/3/2024' read as its end, " +
      "15/3. Row 4's 26/3/1931 is history. Row 6 'Trong tháng 3/2024' 31/3 -> 1/4. Row 10 'Trước ngày 05/4' " +
      "4/4; row 11 'Trước ngày 10/4' 9/4; 'gửi / báo cáo Ban Thường vụ Tỉnh đoàn / Ban Bí thư Trung ương Đoàn' " +
      "recipients. IV.2 in prose after the table: 'trước ngày 20/02/2024' 19/2. IV.1 (standing), IV.3 (Đề nghị, " +
      "undated), IV.4 (people) left out. Events are read as tasks of the chủ trì unit on the event day. " +
      "Unresolved (as written): Tỉnh đoàn's own boards (Ban Phong trào, Ban Tuyên giáo, Ban Tổ chức - Kiểm tra, " +
      "Văn phòng Tỉnh đoàn), Các huyện đoàn, thành đoàn, đoàn trực thuộc, Huyện đoàn Bạch Thông, Hội Liên hiệp " +
      "Thanh niên Việt Nam tỉnh, Hội Chữ thập đỏ tỉnh, Bệnh viện Đa khoa tỉnh, Trung tâm Dịch vụ việc làm tỉnh. " +
      "PDF: Chromium.",
    province: "Bắc Kạn",
    plan: { number: "46-KH/TĐTN-PT", date: "2024-01-22" },
    tasks,
  },
});
