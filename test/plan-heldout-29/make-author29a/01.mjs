// 01: Thái Nguyên (after the reorganisation), Sở Khoa học và Công nghệ, 05/3/2026 — digital-transformation KPIs.
// II holds one table STT | Chỉ tiêu/Nhiệm vụ | Kết quả cần đạt | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn
// with group rows "I."-"IV." across the whole row; STT 1-16 run on across groups. The time cells give no year
// ("Quý III", "Tháng 10", "30/6"): the year is only in the caption above the table ("Năm 2026"). In
// plan-auto.docx every task row sits in a row-level content control (w:sdt around w:tr, as e-office templates
// have), the table has an extra narrow first grid column that rows 3, 4, 9, 12, 14 skip (w:gridBefore) and every
// other row's first cell spans, and STT comes from numbering.xml. plan.pdf: WeasyPrint from HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-thai-nguyen-2026-sokhcn-kpi-table-row-content-controls-grid-before-yearless-times";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KHCN = "Sở Khoa học và Công nghệ";
const VP = "Văn phòng UBND tỉnh";
const CA = "Công an tỉnh";
const XA = "UBND các xã, phường";
const SBN = "Các sở, ban, ngành";
const MAP = { [XA]: "UBND cấp xã", [SBN]: "@departments" };
const U = (u) => MAP[u] ?? u;
const VNPT = "VNPT Thái Nguyên";
const VT = "Viettel Thái Nguyên";
const NHNN = "Ngân hàng Nhà nước Chi nhánh Khu vực 5";
const QS = "Bộ Chỉ huy Quân sự tỉnh";
const TTCDS = "Trung tâm Chuyển đổi số";

// group: [roman, text]; task: [stt, text, result, lead[], co[], time, due | null]
const ROWS = [
  ["I", "CHÍNH QUYỀN SỐ"],
  [1, "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến toàn trình", "Đạt tối thiểu 80% tổng số " +
    "hồ sơ", [KHCN], [VP, XA], "Quý III", "2026-09-30"],
  [2, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "100% kết quả được số hóa, tái sử dụng",
    [VP], [KHCN, SBN], "30/6", "2026-06-30"],
  [3, "Kết nối, chia sẻ Cơ sở dữ liệu quốc gia về dân cư với Hệ thống thông tin giải quyết thủ tục hành chính " +
    "của tỉnh", "Kết nối thêm 05 cơ sở dữ liệu chuyên ngành", [CA], [KHCN], "Tháng 10", "2026-10-31"],
  [4, "Nâng cấp Trung tâm giám sát, điều hành đô thị thông minh (IOC) của tỉnh", "Bổ sung 04 phân hệ giám sát",
    [KHCN], [TTCDS, "Sở Tài chính"], "Trước 15/11", "2026-11-14"],
  [5, "Tỷ lệ văn bản đi được ký số, gửi nhận hoàn toàn trên Hệ thống quản lý văn bản và điều hành",
    "100% (trừ văn bản mật)", [VP], [SBN, XA], "Quý I", "2026-03-31"],
  [6, "Tự đánh giá, cung cấp số liệu xác định Chỉ số chuyển đổi số (DTI) năm 2025 của tỉnh", "Hồ sơ gửi Bộ " +
    "Khoa học và Công nghệ đúng hạn", [KHCN], [SBN, XA], "Trước 20/3", "2026-03-19"],
  ["II", "KINH TẾ SỐ"],
  [7, "Xây dựng bộ chỉ số đo lường tỷ trọng kinh tế số trong GRDP của tỉnh", "Bộ chỉ số được UBND tỉnh ban " +
    "hành", ["Sở Tài chính"], [KHCN, "Cục Thống kê tỉnh"], "Tháng 8", "2026-08-31"],
  [8, "Đưa doanh nghiệp nhỏ và vừa, hộ kinh doanh lên sàn thương mại điện tử", "Thêm 1.500 doanh nghiệp, hộ " +
    "kinh doanh", ["Sở Công Thương"], ["Bưu điện tỉnh", XA], "Tháng 12", "2026-12-31"],
  [9, "Thanh toán không dùng tiền mặt tại các cơ sở giáo dục, cơ sở khám bệnh, chữa bệnh công lập", "100% cơ sở " +
    "triển khai", ["Sở Giáo dục và Đào tạo", "Sở Y tế"], [NHNN], "Quý IV", "2026-12-31"],
  [10, "Tuyên truyền về kinh tế số, thương mại điện tử trên các phương tiện thông tin đại chúng", "Chuyên trang, " +
    "chuyên mục định kỳ", ["Báo và Phát thanh, Truyền hình Thái Nguyên"], ["Sở Công Thương"], "Thường xuyên", null],
  ["III", "XÃ HỘI SỐ"],
  [11, "Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức độ 2", "Đạt 90%", [CA], [XA],
    "Tháng 9", "2026-09-30"],
  [12, "Kiện toàn, tập huấn Tổ công nghệ số cộng đồng ở thôn, tổ dân phố", "100% thôn, tổ dân phố có Tổ hoạt " +
    "động", [XA], [KHCN, "Tỉnh đoàn"], "Trước 30/4", "2026-04-29"],
  [13, "Tổ chức phong trào \"Bình dân học vụ số\" phổ cập kỹ năng số cho cán bộ, công chức và người dân",
    "Tối thiểu 70% người trong độ tuổi lao động được phổ cập", [KHCN], ["Sở Nội vụ",
      "Báo và Phát thanh, Truyền hình Thái Nguyên"], "Từ tháng 4 đến tháng 11", "2026-11-30"],
  [14, "Phủ sóng di động 4G/5G tại các thôn, bản còn lõm sóng", "Xóa 100% thôn, bản lõm sóng", [VNPT, VT],
    [KHCN, XA], "Quý II", "2026-06-30"],
  ["IV", "BẢO ĐẢM AN TOÀN, AN NINH MẠNG"],
  [15, "Triển khai mô hình 04 lớp bảo vệ cho các hệ thống thông tin của tỉnh", "100% hệ thống được phê duyệt " +
    "cấp độ", [KHCN], [CA, SBN], "15/10", "2026-10-15"],
  [16, "Diễn tập thực chiến ứng cứu sự cố an toàn thông tin mạng cấp tỉnh", "01 cuộc diễn tập", [KHCN],
    [CA, QS], "Tháng 11", "2026-11-30"],
];
const joinU = (us) => us.map((u, i) => (u === SBN && i ? "các sở, ban, ngành" : u)).join("; ");
const tasks = ROWS.filter((x) => x.length > 2 && x[6]).map(([stt, text, , lead, co, , due]) =>
  task(String(stt), text, due, lead.map(U), co.map(U)));
tasks.push(task("III.2", "Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện các chỉ tiêu chuyển đổi số năm 2026",
  "2026-12-14", [KHCN]));

const W = [700, 2700, 1700, 1500, 1700, 1000];
const rows = ROWS.map((x) => (x.length === 2 ? [{ text: x[0] + ". " + x[1], span: 6, bold: true }] :
  [{ text: String(x[0]), align: "center", list: { kind: "cell", inst: "stt" } }, x[1], x[2], joinU(x[3]),
    joinU(x[4]), { text: x[5], align: "center" }]));
const SKIP = [3, 4, 9, 12, 14].map((n) => rows.findIndex((r) => r[0].text === String(n)) + 1);
const blocks = [
  ...head("UBND TỈNH THÁI NGUYÊN\nSỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 318/KH-SKHCN",
    "Thái Nguyên, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH",
    "Thực hiện các chỉ tiêu chuyển đổi số, phát triển chính quyền số, kinh tế số, xã hội số tỉnh Thái Nguyên " +
    "năm 2026"),
  { t: "p", text: "Căn cứ Kế hoạch số 27/KH-UBND ngày 09/02/2026 của UBND tỉnh về chuyển đổi số tỉnh Thái Nguyên " +
    "năm 2026; theo nhiệm vụ được giao tại Quyết định số 145/QĐ-UBND ngày 15/01/2026 của UBND tỉnh, Sở Khoa học " +
    "và Công nghệ xây dựng Kế hoạch thực hiện như sau:" },
  { t: "p", text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true, indent: false },
  { t: "p", text: "1. Cụ thể hóa các chỉ tiêu chuyển đổi số năm 2026 của tỉnh thành nhiệm vụ có kết quả đo đếm " +
    "được, giao rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành." },
  { t: "p", text: "2. Làm căn cứ để theo dõi, đánh giá mức độ hoàn thành nhiệm vụ của các cơ quan, đơn vị trong " +
    "đánh giá, xếp loại cuối năm." },
  { t: "p", text: "II. CHỈ TIÊU, NHIỆM VỤ CỤ THỂ", bold: true, indent: false },
  { t: "p", text: "Các chỉ tiêu, nhiệm vụ, kết quả cần đạt và thời hạn hoàn thành được giao tại bảng dưới đây:" },
  { t: "p", text: "BẢNG CHỈ TIÊU, NHIỆM VỤ CHUYỂN ĐỔI SỐ\nNăm 2026", bold: true, align: "center", indent: false },
  { t: "table", widths: W, header: 1, before: { w: 240, rows: SKIP },
    sdtRows: (ri) => (ri > 0 && rows[ri - 1].length > 1 ? "Dòng chỉ tiêu" : null), rows: [
      ["STT", "Chỉ tiêu/Nhiệm vụ", "Kết quả cần đạt", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
      ...rows,
    ] },
  { t: "p", text: "III. TỔ CHỨC THỰC HIỆN", bold: true, indent: false },
  { t: "p", text: "1. Các cơ quan được giao chủ trì chỉ tiêu, nhiệm vụ chủ động xây dựng lộ trình thực hiện; báo cáo " +
    "tiến độ về Sở Khoa học và Công nghệ trước ngày 10 của tháng cuối quý để tổng hợp." },
  { t: "p", text: "2. Sở Khoa học và Công nghệ (qua Trung tâm Chuyển đổi số) theo dõi, đôn đốc việc thực hiện Kế " +
    "hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện các chỉ tiêu chuyển đổi số năm 2026 trước ngày " +
    "15/12/2026." },
  { t: "p", text: "3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở " +
    "Khoa học và Công nghệ để được hướng dẫn hoặc tổng hợp, đề xuất UBND tỉnh điều chỉnh chỉ tiêu cho phù hợp./." },
  ...sign(["UBND tỉnh (b/c)", "Ban Chỉ đạo chuyển đổi số tỉnh (b/c)", "Các sở, ban, ngành", "UBND các xã, phường",
    "VNPT Thái Nguyên, Viettel Thái Nguyên", "Giám đốc, các PGĐ Sở"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
  "Hoàng Minh Tuấn"),
];

await build(DIR, {
  blocks, printer: "weasyprint",
  css: "table.bd td,table.bd th{font-size:10.5pt}",
  expected: {
    id: ID,
    style: "Kế hoạch 318/KH-SKHCN of Sở Khoa học và Công nghệ Thái Nguyên (after the reorganisation), 05/3/2026, " +
      "digital-transformation KPIs. I aims; II one table STT | Chỉ tiêu/Nhiệm vụ | Kết quả cần đạt | Cơ quan chủ " +
      "trì | Cơ quan phối hợp | Thời hạn with group rows 'I. CHÍNH QUYỀN SỐ' … 'IV. …' across the whole row (no " +
      "deadline of their own); STT 1-16 run on across groups, ref = STT (the plan's one task table). Time cells " +
      "carry no year: the caption above the table says 'Năm 2026'. In plan-auto.docx each task row is wrapped in " +
      "a row-level content control (w:sdt around w:tr), rows 3, 4, 9, 12, 14 start with w:gridBefore (an extra " +
      "narrow first grid column that the other rows' STT cell spans) and STT is Word numbering. Units in the " +
      "cells are separated by ';'. Dates: 'Quý III' -> 30/9; '30/6'; 'Tháng 10' -> 31/10 Sat -> 2/11; 'Trước " +
      "15/11' -> 14/11 (Sat) -> 16/11; 'Quý I' -> 31/3; 'Trước 20/3' -> 19/3; 'Tháng 8' -> 31/8; 'Tháng 12', " +
      "'Quý IV' -> 31/12; 'Tháng 9' -> 30/9; 'Trước 30/4' -> 29/4; 'Từ tháng 4 đến tháng 11' -> 30/11; 'Quý II' " +
      "-> 30/6; '15/10'; 'Tháng 11' -> 30/11. Row 10 'Thường xuyên': left out. III.2 'trước ngày 15/12/2026' -> " +
      "14/12 (Sở KH&CN leads; '(qua Trung tâm Chuyển đổi số)' names its own office, not a unit of the task; " +
      "'báo cáo UBND tỉnh' recipient). III.1 'trước ngày 10 của tháng cuối quý' recurs: left out. 'Các sở, ban, " +
      "ngành' = @departments; 'UBND các xã, phường' = UBND cấp xã (unresolved). Row 9 two leads (Sở GD&ĐT, Sở Y " +
      "tế); row 14 leads VNPT and Viettel (unresolved as written). 'Hồ sơ gửi Bộ Khoa học và Công nghệ' is a " +
      "result, not a unit. PDF: WeasyPrint from HTML.",
    province: "Thái Nguyên",
    plan: { number: "318/KH-SKHCN", date: "2026-03-05" },
    tasks,
    unresolved: ["UBND cấp xã", TTCDS, NHNN, VNPT, VT, QS],
    successors: [],
  },
});
