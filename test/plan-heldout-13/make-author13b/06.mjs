// 06: Thái Nguyên 2026 (merged province) — propaganda plan whose task table carries money columns (Kinh phí,
// Nguồn kinh phí) beside the time column, followed by a "Dự toán kinh phí" table of amounts and legal bases.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";
import { writeWorkbook } from "./xlsx.mjs";

const ID = "06-thai-nguyen-2026-budget-estimate-beside-tasks";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const KHCN = "Sở Khoa học và Công nghệ";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
const XA = "UBND cấp xã";

const dec = (inst) => ({ kind: "decimal", inst });
const H = (num, text) => ({ t: "p", num, text, list: { kind: "roman", inst: 1 }, bold: true });
const P = (text) => ({ t: "p", text });
const N = (num, text) => ({ t: "p", num, text, list: dec(2) });

// STT | Nội dung | Chủ trì | Phối hợp | Thời gian hoàn thành | Kinh phí (triệu đồng) | Nguồn kinh phí
const G = (roman, text) => [{ text: roman, bold: true, align: "center" }, { text, span: 6, bold: true }];
const taskRows = [
  ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Kinh phí (triệu đồng)",
    "Nguồn kinh phí"],
  G("I", "TUYÊN TRUYỀN TRÊN CÁC PHƯƠNG TIỆN THÔNG TIN ĐẠI CHÚNG"),
  ["1", "Xây dựng, phát sóng 12 chuyên mục \u201cCải cách hành chính - Vì nhân dân phục vụ\u201d", "Báo và Phát " +
    "thanh, Truyền hình Thái Nguyên", "Sở Nội vụ", "Tháng 3 - tháng 12/2026", "360,0", "Ngân sách tỉnh"],
  ["2", "Đăng tải tin, bài về cải cách hành chính trên Cổng thông tin điện tử tỉnh", "Văn phòng UBND tỉnh",
    "Các sở, ban, ngành", "Thường xuyên", "48,0", "Ngân sách tỉnh"],
  ["3", "Sản xuất 02 phóng sự chuyên đề về Chỉ số PAR INDEX, SIPAS của tỉnh", "Báo và Phát thanh, Truyền hình " +
    "Thái Nguyên", "Sở Nội vụ", "Trước ngày 30/9/2026", "90,0", "Ngân sách tỉnh"],
  ["4", "Thông tin, hướng dẫn sử dụng dịch vụ công trực tuyến toàn trình trên nền tảng số của tỉnh",
    "Sở Khoa học và Công nghệ", "Trung tâm Phục vụ hành chính công tỉnh", "Quý II/2026", "35,5", "Ngân sách tỉnh"],
  G("II", "HỘI NGHỊ, TẬP HUẤN, CUỘC THI"),
  ["5", "Hội nghị tập huấn nghiệp vụ cải cách hành chính cho công chức đầu mối các sở, ban, ngành, UBND các xã, " +
    "phường (02 lớp)", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Tháng 5/2026", "126,5", "Ngân sách tỉnh"],
  ["6", "Cuộc thi trực tuyến \u201cTìm hiểu về cải cách hành chính tỉnh Thái Nguyên năm 2026\u201d", "Sở Nội vụ",
    "Sở Văn hóa, Thể thao và Du lịch; Sở Thông tin và Truyền thông", "Từ tháng 7 đến hết tháng 9/2026", "210,0",
    "Ngân sách tỉnh"],
  ["7", "Hội thi \u201cCán bộ một cửa thân thiện\u201d", "Trung tâm Phục vụ hành chính công tỉnh",
    "Sở Nội vụ; UBND các xã, phường", "Hoàn thành trước ngày 20/10/2026", "185,0", "Ngân sách tỉnh"],
  ["8", "Tọa đàm \u201cChuyển đổi số trong giải quyết thủ tục hành chính\u201d", "Sở Khoa học và Công nghệ",
    "Văn phòng UBND tỉnh", "Quý III/2026", "42,0", "Ngân sách tỉnh"],
  G("III", "TUYÊN TRUYỀN Ở CƠ SỞ"),
  ["9", "In, cấp phát 30.000 tờ gấp hướng dẫn nộp hồ sơ, thanh toán trực tuyến", "Sở Nội vụ", "UBND các xã, phường",
    "Tháng 4/2026", "96,0", "Ngân sách tỉnh"],
  ["10", "Tuyên truyền về cải cách hành chính trên hệ thống truyền thanh cơ sở", "UBND các xã, phường",
    "Sở Văn hóa, Thể thao và Du lịch", "6 tháng đầu năm 2026", "-", "Ngân sách xã"],
  ["11", "Treo băng rôn, pa nô tại Trung tâm Phục vụ hành chính công tỉnh và Bộ phận một cửa cấp xã",
    "UBND các xã, phường", "Trung tâm Phục vụ hành chính công tỉnh", "Trước ngày 15/6/2026", "28,0",
    "Ngân sách tỉnh"],
  ["12", "Tuyên truyền cải cách hành chính trong đoàn viên, hội viên", "Tỉnh đoàn",
    "Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh", "Năm 2026", "60,0", "Ngân sách tỉnh"],
  ["13", "Biên soạn, phát hành 5.000 cuốn \u201cSổ tay hỏi đáp thủ tục hành chính\u201d", "Văn phòng UBND tỉnh",
    "Sở Tư pháp", "Tháng 8/2026", "65,0", "Ngân sách tỉnh"],
  [{ text: "TỔNG CỘNG", span: 5, bold: true, align: "center" }, { text: "1.346,0", bold: true }, ""],
];

// TT | Nội dung chi | Đơn vị tính | Số lượng | Đơn giá (đồng) | Thành tiền (đồng) | Căn cứ
const budgetRows = [
  ["TT", "Nội dung chi", "Đơn vị tính", "Số lượng", "Đơn giá (đồng)", "Thành tiền (đồng)", "Căn cứ"],
  ["1", "Chuyên mục trên sóng phát thanh, truyền hình", "Chuyên mục", "12", "30.000.000", "360.000.000",
    "Hợp đồng đặt hàng"],
  ["2", "Nhuận bút tin, bài trên Cổng thông tin điện tử tỉnh", "Tin, bài", "120", "400.000", "48.000.000",
    "Quyết định số 18/2023/QĐ-UBND ngày 14/7/2023"],
  ["3", "Phóng sự chuyên đề", "Phóng sự", "2", "45.000.000", "90.000.000", "Hợp đồng đặt hàng"],
  ["4", "Thông tin dịch vụ công trực tuyến trên nền tảng số", "Gói", "1", "35.500.000", "35.500.000", "Báo giá"],
  ["5", "Hội nghị tập huấn (02 lớp x 150 người, 01 ngày/lớp)", "Lớp", "2", "63.250.000", "126.500.000",
    "Thông tư số 40/2017/TT-BTC ngày 28/4/2017; Nghị quyết số 08/2024/NQ-HĐND ngày 12/7/2024"],
  ["6", "Cuộc thi trực tuyến (ra đề, phần mềm, giải thưởng)", "Cuộc thi", "1", "210.000.000", "210.000.000",
    "Thông tư số 76/2018/TT-BTC ngày 17/8/2018"],
  ["7", "Hội thi \u201cCán bộ một cửa thân thiện\u201d", "Hội thi", "1", "185.000.000", "185.000.000",
    "Thông tư số 76/2018/TT-BTC ngày 17/8/2018"],
  ["8", "Tọa đàm chuyển đổi số", "Buổi", "1", "42.000.000", "42.000.000", "Thông tư số 40/2017/TT-BTC"],
  ["9", "Tờ gấp", "Tờ", "30.000", "3.200", "96.000.000", "Báo giá"],
  ["10", "Băng rôn, pa nô", "Bộ", "35", "800.000", "28.000.000", "Báo giá"],
  ["11", "Tuyên truyền trong đoàn viên, hội viên", "Đợt", "4", "15.000.000", "60.000.000", "Dự toán của Tỉnh đoàn"],
  ["12", "Sổ tay hỏi đáp thủ tục hành chính", "Cuốn", "5.000", "13.000", "65.000.000", "Báo giá"],
  [{ text: "Tổng cộng", span: 5, bold: true, align: "center" }, { text: "1.346.000.000", bold: true }, ""],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 118/KH-UBND", "Thái Nguyên, ngày 24 tháng 3 năm 2026",
    "KẾ HOẠCH", "Tuyên truyền cải cách hành chính tỉnh Thái Nguyên năm 2026"),
  P("Thực hiện Kế hoạch số 21/KH-UBND ngày 30/01/2026 của UBND tỉnh về cải cách hành chính năm 2026, UBND tỉnh " +
    "ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026, cụ thể như sau:"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Nâng cao nhận thức của cán bộ, công chức, viên chức, người dân và doanh nghiệp về cải cách hành chính sau " +
    "khi sắp xếp, tổ chức lại đơn vị hành chính và tổ chức chính quyền địa phương hai cấp; góp phần nâng cao Chỉ " +
    "số PAR INDEX, SIPAS của tỉnh năm 2026."),
  H("II.", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"),
  P("Nội dung, hình thức, cơ quan chủ trì, phối hợp, thời gian hoàn thành và kinh phí của từng nhiệm vụ tại Phụ " +
    "lục I kèm theo Kế hoạch này."),
  H("III.", "KINH PHÍ THỰC HIỆN"),
  P("Tổng kinh phí thực hiện từ ngân sách tỉnh: 1.346.000.000 đồng (Bằng chữ: Một tỷ, ba trăm bốn mươi sáu triệu " +
    "đồng chẵn), chi tiết tại Phụ lục II. Nhiệm vụ tuyên truyền trên hệ thống truyền thanh cơ sở do ngân sách " +
    "cấp xã bảo đảm."),
  H("IV.", "TỔ CHỨC THỰC HIỆN"),
  N("1.", "Sở Tài chính thẩm định dự toán, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trước ngày " +
    "15/4/2026."),
  N("2.", "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, " +
    "báo cáo UBND tỉnh kết quả tuyên truyền cải cách hành chính năm 2026 trước ngày 05/12/2026."),
  N("3.", "Các sở, ban, ngành, UBND các xã, phường lồng ghép báo cáo kết quả thực hiện Kế hoạch vào báo cáo cải " +
    "cách hành chính định kỳ hằng quý, gửi Sở Nội vụ."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Quang Tiến"),
  { t: "p", text: "Phụ lục I\nNHIỆM VỤ VÀ KINH PHÍ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026", bold: true,
    align: "center", indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 118/KH-UBND ngày 24/3/2026 của UBND tỉnh Thái Nguyên)", italic: true,
    align: "center", indent: false },
  { t: "table", header: 1, widths: [550, 2600, 1450, 1500, 1400, 900, 1000], size: 22,
    rows: taskRows },
  { t: "p", text: "Phụ lục II\nDỰ TOÁN KINH PHÍ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026", bold: true,
    align: "center", indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 118/KH-UBND ngày 24/3/2026 của UBND tỉnh Thái Nguyên)", italic: true,
    align: "center", indent: false },
  { t: "p", text: "Đơn vị tính: đồng", italic: true, align: "right", indent: false },
  { t: "table", header: 1, widths: [450, 2300, 900, 800, 1350, 1500, 2100], size: 22,
    rows: budgetRows },
];

const tasks = [
  task("IV.1", "Sở Tài chính thẩm định dự toán, tham mưu UBND tỉnh bố trí kinh phí", "2026-04-14", "2026-04-14",
    ["Sở Tài chính"]),
  task("IV.2", "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi, đôn đốc thực hiện Kế hoạch",
    "2026-12-04", "2026-12-04", [NV], [VP]),
  task("1", "Xây dựng, phát sóng 12 chuyên mục “Cải cách hành chính - Vì nhân dân phục vụ”", "2026-12-31",
    "2026-12-31", [BAO], [NV]),
  task("3", "Sản xuất 02 phóng sự chuyên đề về Chỉ số PAR INDEX, SIPAS của tỉnh", "2026-09-29", "2026-09-29", [BAO],
    [NV]),
  task("4", "Thông tin, hướng dẫn sử dụng dịch vụ công trực tuyến toàn trình", "2026-06-30", "2026-06-30", [KHCN],
    [TT]),
  task("5", "Hội nghị tập huấn nghiệp vụ cải cách hành chính cho công chức đầu mối", "2026-05-31", "2026-06-01", [NV],
    [VP]),
  task("6", "Cuộc thi trực tuyến “Tìm hiểu về cải cách hành chính tỉnh Thái Nguyên năm 2026”", "2026-09-30",
    "2026-09-30", [NV], ["Sở Văn hóa, Thể thao và Du lịch", KHCN]),
  task("7", "Hội thi “Cán bộ một cửa thân thiện”", "2026-10-19", "2026-10-19", [TT], [NV, XA]),
  task("8", "Tọa đàm “Chuyển đổi số trong giải quyết thủ tục hành chính”", "2026-09-30", "2026-09-30", [KHCN], [VP]),
  task("9", "In, cấp phát 30.000 tờ gấp hướng dẫn nộp hồ sơ, thanh toán trực tuyến", "2026-04-30", "2026-05-04", [NV],
    [XA]),
  task("10", "Tuyên truyền về cải cách hành chính trên hệ thống truyền thanh cơ sở", "2026-06-30", "2026-06-30", [XA],
    ["Sở Văn hóa, Thể thao và Du lịch"]),
  task("11", "Treo băng rôn, pa nô tại Trung tâm Phục vụ hành chính công tỉnh", "2026-06-14", "2026-06-15", [XA],
    [TT]),
  task("12", "Tuyên truyền cải cách hành chính trong đoàn viên, hội viên", "2026-12-31", "2026-12-31", ["Tỉnh đoàn"],
    ["Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh"]),
  task("13", "Biên soạn, phát hành 5.000 cuốn “Sổ tay hỏi đáp thủ tục hành chính”", "2026-08-31", "2026-08-31", [VP],
    ["Sở Tư pháp"]),
];

const style = "Kế hoạch 118/KH-UBND, Thái Nguyên (merged) 24/3/2026. Phụ lục I: task table STT | Nội dung | Cơ " +
  "quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Kinh phí (triệu đồng) | Nguồn kinh phí, group rows " +
  "I-III, a TỔNG CỘNG row; Phụ lục II: 'Dự toán kinh phí' TT | Nội dung chi | Đơn vị tính | Số lượng | Đơn giá | " +
  "Thành tiền | Căn cứ: spending lines, no tasks (the dates of its legal bases are no deadlines). plan.xlsx: the " +
  "body on sheet 'Kế hoạch', each appendix on a sheet of its own. Tasks: Phụ lục I rows (ref = STT) and body IV.1, " +
  "IV.2; row 2 (Thường xuyên) and IV.3 (hằng quý) left out. 'Tháng 3 - tháng 12/2026' -> 31/12; 'Tháng 4/2026' -> " +
  "30/4 -> 4/5; 'Trước ngày 15/6' -> 14/6 -> 15/6. Row 6's 'Sở Thông tin và Truyền thông' (a 2026 plan) -> " +
  "successor Sở Khoa học và Công nghệ. 'UBND các xã, phường' = UBND cấp xã (no communes.json), unresolved with the " +
  "Trung tâm Phục vụ hành chính công tỉnh. PDF: LibreOffice export of plan-auto.docx.";

await build(DIR, { blocks, printer: "libreoffice", expected: { id: ID, style, province: "Thái Nguyên",
  plan: { number: "118/KH-UBND", date: "2026-03-24" }, tasks, quotas: [], unresolved: [XA, TT],
  successors: [{ written: "Sở Thông tin và Truyền thông", unit: KHCN }] } });
const appendix = blocks.findIndex((b) => b.t === "p" && b.text.startsWith("Phụ lục I\n"));
await writeWorkbook(DIR + "plan.xlsx", [
  { name: "Kế hoạch", blocks: blocks.slice(0, appendix), widths: [6, 48, 26, 30, 20, 12, 16] },
  { name: "PL I - Nhiệm vụ", title: ["UBND TỈNH THÁI NGUYÊN", "Phụ lục I",
    "NHIỆM VỤ VÀ KINH PHÍ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    "(Kèm theo Kế hoạch số 118/KH-UBND ngày 24/3/2026 của UBND tỉnh Thái Nguyên)"],
  widths: [6, 48, 26, 30, 20, 12, 16], rows: taskRows, money: [5] },
  { name: "PL II - Dự toán", title: ["UBND TỈNH THÁI NGUYÊN", "Phụ lục II",
    "DỰ TOÁN KINH PHÍ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    "(Kèm theo Kế hoạch số 118/KH-UBND ngày 24/3/2026 của UBND tỉnh Thái Nguyên)", "Đơn vị tính: đồng"],
  widths: [6, 44, 12, 10, 16, 18, 40], rows: budgetRows, money: [3, 4, 5] },
]);
