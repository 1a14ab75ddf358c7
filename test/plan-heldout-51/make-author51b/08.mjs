// 08: Lai Châu (after the reorganisation), UBND tỉnh, Kế hoạch 3120/KH-UBND ngày 15/9/2025, dịch vụ công trực tuyến
// và thanh toán không dùng tiền mặt tại các xã, phường sau sắp xếp. Habit: TWO TASK TABLES IN THE BODY WITH PROSE
// BETWEEN THEM, THE TT RUNNING ON FROM "Bảng 1" (1-6) INTO "Bảng 2" (7-11, "số thứ tự nối tiếp Bảng 1"); Bảng 2 has
// NO UNIT COLUMN (TT | Nhiệm vụ | Thời hạn | Ghi chú): the sentence above it names its lead and partners for every
// row, and a row's Ghi chú "Phối hợp: …" adds a partner; a part III duty with its own date.
import { P, buildDoc, lister, task, head, sign, tt } from "./common.mjs";

const ID = "08-lai-chau-2025-two-body-tables-tt-runs-on-bang-1-bang-2-second-without-unit-column-units-in-sentence-above";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KC = "Sở Khoa học và Công nghệ", VP = "Văn phòng UBND tỉnh", TC = "Sở Tài chính", CA = "Công an tỉnh";
const NV = "Sở Nội vụ", YT = "Sở Y tế", BH = "Bảo hiểm xã hội tỉnh", BD = "Bưu điện tỉnh", TD = "Tỉnh đoàn";
const PV = "Trung tâm Phục vụ hành chính công tỉnh", XA = "UBND các xã, phường";

const R = lister("roman", "parts", { bold: true, indent: false });
const n1 = lister("decimal", "i");
const n2 = lister("decimal", "ii", { bold: true });
const n3 = lister("decimal", "iii");
const cap = (text) => ({ t: "p", text, bold: true, italic: true, align: "center", indent: false });

// One Word list (inst "tt") runs through both tables' TT cells in plan-auto.docx, as the clerk numbered them.
const table1 = (auto) => {
  const T = (n, what, lead, partners, time) => [tt(auto, n), what, lead, partners, { text: time, align: "center" }];
  return { t: "table", widths: [550, 3700, 1650, 1850, 1650], header: 1, rows: [
    ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"],
    T(1, "Rà soát, cấu hình quy trình điện tử giải quyết thủ tục hành chính cấp xã trên Hệ thống thông tin giải " +
      "quyết thủ tục hành chính tỉnh sau sắp xếp", KC, VP, "30/9/2025"),
    T(2, "Tập huấn sử dụng Cổng Dịch vụ công quốc gia, Hệ thống thông tin giải quyết thủ tục hành chính cho công " +
      "chức Bộ phận Một cửa cấp xã", KC, PV, "Tháng 10/2025"),
    T(3, "Hướng dẫn thu phí, lệ phí qua nền tảng thanh toán trực tuyến; mở tài khoản chuyên thu cho UBND các xã, " +
      "phường", TC, BD, "Trước 15/10/2025"),
    T(4, "Cập nhật, đồng bộ dữ liệu dân cư phục vụ giải quyết liên thông các thủ tục đăng ký khai sinh, thường trú, " +
      "cấp thẻ bảo hiểm y tế", CA, "Sở Y tế; Bảo hiểm xã hội tỉnh", "Quý IV/2025"),
    T(5, "Đưa tỷ lệ hồ sơ nộp trực tuyến vào tiêu chí đánh giá, xếp loại tập thể, người đứng đầu năm 2025", NV, KC,
      "Tháng 11/2025"),
    T(6, "Theo dõi, công khai kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp của các xã, phường", VP, KC,
      "Hằng tháng"),
  ] };
};
const table2 = (auto) => {
  const T = (n, what, time, note = "") => [tt(auto, n), what, { text: time, align: "center" }, note];
  return { t: "table", widths: [550, 4900, 1650, 2300], header: 1, rows: [
    ["TT", "Nhiệm vụ", "Thời hạn", "Ghi chú"],
    T(7, "Kiện toàn Bộ phận Một cửa; bố trí công chức có kỹ năng số làm việc tại Bộ phận Một cửa", "Trước 30/9/2025"),
    T(8, "Bố trí khu vực hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa", "15/10/2025"),
    T(9, "Thành lập Tổ công nghệ số cộng đồng tại các thôn, bản, tổ dân phố", "Tháng 10/2025", "Phối hợp: Tỉnh đoàn"),
    T(10, "Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích", "Quý IV/2025",
      "Phối hợp: Bưu điện tỉnh"),
    T(11, "Bảo đảm tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt tối thiểu 50%", "Hết năm 2025",
      "Chỉ tiêu tối thiểu"),
  ] };
};

const body = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 3120/KH-UBND", "Lai Châu, ngày 15 tháng 9 năm 2025", "KẾ HOẠCH",
    "Đẩy mạnh cung cấp dịch vụ công trực tuyến và thanh toán không dùng tiền mặt tại các xã, phường sau sắp xếp " +
    "đơn vị hành chính"),
  P("Thực hiện chỉ đạo của Thủ tướng Chính phủ về bảo đảm vận hành thông suốt chính quyền địa phương hai cấp; để " +
    "nâng cao chất lượng giải quyết thủ tục hành chính tại các xã, phường từ ngày 01/7/2025, UBND tỉnh ban hành Kế " +
    "hoạch như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  n1("1.", "Bảo đảm người dân, doanh nghiệp được hướng dẫn, hỗ trợ thực hiện thủ tục hành chính trên môi trường " +
    "điện tử tại tất cả các xã, phường."),
  n1("2.", "Phân công rõ cơ quan chủ trì, phối hợp, thời hạn hoàn thành từng nhiệm vụ."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  n2("1.", "Nhiệm vụ của các sở, ban, ngành tỉnh"),
  P("Các sở, ban, ngành tỉnh thực hiện các nhiệm vụ tại Bảng 1 dưới đây:"),
  cap("Bảng 1. Nhiệm vụ của các sở, ban, ngành tỉnh"),
  table1(auto),
  n2("2.", "Nhiệm vụ của UBND các xã, phường"),
  P("UBND các xã, phường chủ trì thực hiện các nhiệm vụ tại Bảng 2, phối hợp với Công an tỉnh và Sở Khoa học và " +
    "Công nghệ trong quá trình triển khai (số thứ tự nối tiếp Bảng 1 để thuận tiện theo dõi, tổng hợp):"),
  cap("Bảng 2. Nhiệm vụ của UBND các xã, phường"),
  table2(auto),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, " +
    "báo cáo UBND tỉnh kết quả thực hiện trước ngày 20/12/2025."),
  n3("2.", "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh " +
    "về kết quả thực hiện nhiệm vụ được giao; định kỳ ngày 25 hằng tháng báo cáo tiến độ về Sở Khoa học và Công " +
    "nghệ."),
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Bưu điện tỉnh", "Tỉnh đoàn"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

const tasks = [
  task("1", "Rà soát, cấu hình quy trình điện tử giải quyết thủ tục hành chính cấp xã trên Hệ thống thông tin giải " +
    "quyết thủ tục hành chính tỉnh sau sắp xếp", "2025-09-30", [KC], [VP]),
  task("2", "Tập huấn sử dụng Cổng Dịch vụ công quốc gia, Hệ thống thông tin giải quyết thủ tục hành chính cho công " +
    "chức Bộ phận Một cửa cấp xã", "2025-10-31", [KC], [PV]),
  task("3", "Hướng dẫn thu phí, lệ phí qua nền tảng thanh toán trực tuyến; mở tài khoản chuyên thu cho UBND các xã, " +
    "phường", "2025-10-14", [TC], [BD]),
  task("4", "Cập nhật, đồng bộ dữ liệu dân cư phục vụ giải quyết liên thông các thủ tục đăng ký khai sinh, thường " +
    "trú, cấp thẻ bảo hiểm y tế", "2025-12-31", [CA], [YT, BH]),
  task("5", "Đưa tỷ lệ hồ sơ nộp trực tuyến vào tiêu chí đánh giá, xếp loại tập thể, người đứng đầu năm 2025",
    "2025-11-30", [NV], [KC]),
  task("7", "Kiện toàn Bộ phận Một cửa; bố trí công chức có kỹ năng số làm việc tại Bộ phận Một cửa", "2025-09-29",
    [XA], [CA, KC]),
  task("8", "Bố trí khu vực hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa", "2025-10-15", [XA],
    [CA, KC]),
  task("9", "Thành lập Tổ công nghệ số cộng đồng tại các thôn, bản, tổ dân phố", "2025-10-31", [XA], [CA, KC, TD]),
  task("10", "Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích",
    "2025-12-31", [XA], [CA, KC, BD]),
  task("11", "Bảo đảm tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt tối thiểu 50%", "2025-12-31", [XA],
    [CA, KC]),
  task("III.1", "theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện",
    "2025-12-19", [KC]),
];

const WORK = "Refs: the tables' TT as printed, running on from Bảng 1 (1-6) into Bảng 2 (7-11); part III's numbered " +
  "duties III.n. Bảng 1's units are its Chủ trì / Phối hợp columns. Bảng 2 has no unit column: the sentence above " +
  "it ('UBND các xã, phường chủ trì thực hiện các nhiệm vụ tại Bảng 2, phối hợp với Công an tỉnh và Sở Khoa học và " +
  "Công nghệ') gives every row its lead (UBND các xã, phường: no commune imported, so the unresolved 'UBND cấp xã') " +
  "and its two partners; a Ghi chú 'Phối hợp: X' adds X (row 9 Tỉnh đoàn, row 10 Bưu điện tỉnh); row 11's 'Chỉ " +
  "tiêu tối thiểu' names no one. Times: '30/9/2025' Tue; 'Tháng 10/2025' 31/10 Fri; 'Trước 15/10/2025' 14/10 Tue; " +
  "'Quý IV/2025' 31/12 Wed; 'Tháng 11/2025' 30/11 Sun -> 01/12; 'Trước 30/9/2025' 29/9 Mon; '15/10/2025' Wed; " +
  "'Hết năm 2025' 31/12 Wed. Row 6 'Hằng tháng': no task. III.1 'trước ngày 20/12/2025' 19/12 Fri; III.2 " +
  "monthly reports 'ngày 25 hằng tháng': no task. 'từ ngày 01/7/2025' in the preamble is when the two-level " +
  "government began. Trung tâm Phục vụ hành chính công tỉnh is no directory unit (unresolved); Lai Châu after 1 " +
  "July 2025, no district.";

await buildDoc(DIR, {
  typed: body(false),
  auto: body(true),
  printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 3120/KH-UBND of UBND tỉnh Lai Châu (after the reorganisation), 15/9/2025, dịch vụ công trực " +
      "tuyến và thanh toán không dùng tiền mặt tại các xã, phường. HABIT: TWO BODY TABLES WITH PROSE BETWEEN, THE TT " +
      "RUNNING ON FROM BẢNG 1 INTO BẢNG 2, the second with no unit column, its lead and partners in the sentence " +
      "above it. " + WORK + " PDF: LibreOffice then Ghostscript.",
    province: "Lai Châu",
    plan: { number: "3120/KH-UBND", date: "2025-09-15" },
    tasks,
    unresolved: [PV, XA],
    successors: [],
  },
});
