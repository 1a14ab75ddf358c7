// 07: Thái Nguyên 2025 (April, before the reorganisation), a Quyết định of the Chủ tịch UBND tỉnh issuing a plan for
// merging communes and ending the district level; the plan's table follows Điều 1-3. The PDF is "printed 2 pages
// per sheet": LibreOffice's A4 pages shrunk two to a landscape sheet, so a text layer runs in two columns.
import path from "node:path";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "07-thai-nguyen-2025-decision-plan-two-pages-per-sheet";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const li = (kind, inst, num, text, extra = {}) => p(text, { num, list: { kind, inst }, ...extra });
const g = (roman, label) => [{ text: roman, bold: true, align: "center" }, { text: label, bold: true, span: 4 }];
const NV = "Sở Nội vụ";
const TC = "Sở Tài chính";
const KB = "Kho bạc Nhà nước tỉnh";
const DH = "UBND các huyện, thành phố";

const rows = [
  ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
  g("I", "SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ"),
  ["1", "Xây dựng phương án sắp xếp đơn vị hành chính cấp xã trên địa bàn; tổ chức lấy ý kiến cử tri", DH, NV,
    "Trước ngày 24/4/2025"],
  ["2", "Tổng hợp, hoàn thiện Đề án sắp xếp đơn vị hành chính cấp xã của tỉnh, trình Hội đồng nhân dân tỉnh", NV,
    "Văn phòng UBND tỉnh; " + DH, "Chậm nhất ngày 08/5/2025"],
  ["3", "Xây dựng phương án bố trí cán bộ, công chức, người hoạt động không chuyên trách cấp xã sau sắp xếp", DH,
    NV, "Tháng 5/2025"],
  ["4", "Rà soát, đề xuất phương án sử dụng trụ sở, tài sản công dôi dư sau sắp xếp", TC, "Sở Xây dựng; " + DH,
    "Trước ngày 15/6/2025"],
  g("II", "KẾT THÚC HOẠT ĐỘNG CỦA CẤP HUYỆN"),
  ["5", "Xây dựng phương án kết thúc hoạt động của UBND cấp huyện, chuyển giao nhiệm vụ về cấp tỉnh, cấp xã", NV,
    "Các sở, ban, ngành; " + DH, "Trước ngày 20/5/2025"],
  ["6", "Lập danh mục hồ sơ, tài liệu lưu trữ của cơ quan cấp huyện; bàn giao theo quy định", DH, NV,
    "Xong ngày 20/6/2025"],
  ["7", "Hướng dẫn chuyển giao, tiếp nhận thủ tục hành chính cấp huyện về cấp xã; cập nhật Cổng Dịch vụ công của " +
    "tỉnh", "Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông", "Chậm nhất 25/6/2025"],
  ["8", "Bảo đảm hạ tầng mạng, hội nghị trực tuyến, chứng thư số cho các xã, phường mới", "Sở Thông tin và " +
    "Truyền thông", "Bưu điện tỉnh; Viễn thông Thái Nguyên", "Trước ngày 28/6/2025"],
  g("III", "CHẾ ĐỘ, CHÍNH SÁCH; TÀI CHÍNH"),
  ["9", "Thẩm định hồ sơ giải quyết chế độ nghỉ hưu trước tuổi, nghỉ thôi việc theo Nghị định số 178/2024/NĐ-CP",
    NV, "Sở Tài chính; Bảo hiểm xã hội tỉnh", "Quý II/2025"],
  ["10", "Bố trí kinh phí chi trả chính sách, chế độ cho người nghỉ việc do sắp xếp", TC, KB, "Tháng 6/2025"],
  ["11", "Khóa sổ kế toán, quyết toán ngân sách cấp huyện đến thời điểm kết thúc hoạt động", DH, `${TC}; ${KB}`,
    "Trước ngày 30/6/2025"],
  ["12", "Tuyên truyền về sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp", "Sở Thông tin và " +
    "Truyền thông", "Báo Thái Nguyên; Đài Phát thanh - Truyền hình Thái Nguyên", "Thường xuyên"],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 598/QĐ-UBND", "Thái Nguyên, ngày 18 tháng 4 năm 2025",
    "QUYẾT ĐỊNH", "Ban hành Kế hoạch triển khai sắp xếp đơn vị hành chính cấp xã và kết thúc hoạt động của đơn vị " +
    "hành chính cấp huyện trên địa bàn tỉnh Thái Nguyên"),
  p("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", { bold: true, align: "center", indent: false }),
  p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;", { italic: true }),
  p("Căn cứ Nghị quyết số 60-NQ/TW ngày 12 tháng 4 năm 2025 của Hội nghị lần thứ 11 Ban Chấp hành Trung ương " +
    "Đảng khóa XIII;", { italic: true }),
  p("Theo đề nghị của Giám đốc Sở Nội vụ.", { italic: true }),
  p("QUYẾT ĐỊNH:", { bold: true, align: "center", indent: false }),
  p("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai sắp xếp đơn vị hành chính cấp xã và kết thúc " +
    "hoạt động của đơn vị hành chính cấp huyện trên địa bàn tỉnh Thái Nguyên."),
  p("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
  p("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành; Chủ tịch UBND các huyện, " +
    "thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."),
  ...sign(["Như Điều 3", "Thường trực Tỉnh ủy (b/c)", "Thường trực HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh"],
    "CHỦ TỊCH", "Trịnh Việt Hùng"),
  p("KẾ HOẠCH", { bold: true, align: "center", indent: false }),
  p("Triển khai sắp xếp đơn vị hành chính cấp xã và kết thúc hoạt động của đơn vị hành chính cấp huyện",
    { bold: true, align: "center", indent: false }),
  p("(Ban hành kèm theo Quyết định số 598/QĐ-UBND ngày 18/4/2025 của Chủ tịch UBND tỉnh Thái Nguyên)",
    { italic: true, align: "center", indent: false }),
  li("roman", 1, "I.", "MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  li("dash", 1, "-", "Hoàn thành việc sắp xếp đúng lộ trình; chính quyền địa phương hai cấp vận hành từ ngày " +
    "01/7/2025, không để gián đoạn việc giải quyết thủ tục hành chính cho người dân, doanh nghiệp."),
  li("roman", 1, "II.", "NHIỆM VỤ CỤ THỂ", { bold: true }),
  { t: "table", header: 1, widths: [550, 3300, 1700, 2150, 1700], rows },
  li("roman", 1, "III.", "TỔ CHỨC THỰC HIỆN", { bold: true }),
  li("decimal", 1, "1.", "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc; tổng hợp tiến độ, báo cáo Chủ tịch " +
    "UBND tỉnh hằng tuần (trước 15 giờ thứ Năm)."),
  li("decimal", 1, "2.", "Văn phòng UBND tỉnh tham mưu Chủ tịch UBND tỉnh tổ chức hội nghị sơ kết việc thực hiện " +
    "Kế hoạch, chậm nhất ngày 10/7/2025."),
  li("decimal", 1, "3.", "Các sở, ban, ngành, UBND các huyện, thành phố gửi báo cáo kết quả thực hiện về Sở Nội vụ " +
    "trước ngày 25/6/2025."),
];

const t = (n) => rows.find((r) => r[0] === n)[1];
const tasks = [
  task("1", t("1"), "2025-04-23", ["@districts"], [NV]),
  task("2", t("2"), "2025-05-08", [NV], ["Văn phòng UBND tỉnh", "@districts"]),
  task("3", t("3"), "2025-05-31", ["@districts"], [NV]),
  task("4", t("4"), "2025-06-14", [TC], ["Sở Xây dựng", "@districts"]),
  task("5", t("5"), "2025-05-19", [NV], ["@departments", "@districts"]),
  task("6", t("6"), "2025-06-20", ["@districts"], [NV]),
  task("7", t("7"), "2025-06-25", ["Văn phòng UBND tỉnh"], ["Sở Thông tin và Truyền thông"]),
  task("8", t("8"), "2025-06-27", ["Sở Thông tin và Truyền thông"], ["Bưu điện tỉnh", "Viễn thông Thái Nguyên"]),
  task("9", t("9"), "2025-06-30", [NV], [TC, "Bảo hiểm xã hội tỉnh"]),
  task("10", t("10"), "2025-06-30", [TC], [KB]),
  task("11", t("11"), "2025-06-29", ["@districts"], [TC, KB]),
  task("III.2", "Tham mưu Chủ tịch UBND tỉnh tổ chức hội nghị sơ kết việc thực hiện Kế hoạch", "2025-07-10",
    ["Văn phòng UBND tỉnh"]),
  task("III.3", "Gửi báo cáo kết quả thực hiện về Sở Nội vụ", "2025-06-24", ["@departments", "@districts"]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "libreoffice-2up", expected: {
  id,
  style: "Quyết định 598/QĐ-UBND of the Chủ tịch UBND tỉnh Thái Nguyên, 18/4/2025 (pre-merger directory): Điều " +
    "1-3, signature, then the plan it issues: I-III (Word lists), table TT | Nội dung | Cơ quan chủ trì | Cơ quan " +
    "phối hợp | Thời gian hoàn thành, group rows I-III, TT 1-12 straight (ref = TT, no Roman prefix); III.2, " +
    "III.3 dated. PDF: LibreOffice pages imposed 2 per landscape sheet (Word's 'pages per sheet'), so pages sit " +
    "side by side. Row 12 'Thường xuyên' and III.1 (weekly) left out. 'UBND các huyện, thành phố' = " +
    "@districts. Viễn thông Thái Nguyên unresolved. Moves: 31/5 Sat -> 2/6; 14/6 Sat -> 16/6; 29/6 Sun -> 30/6.",
  province: "Thái Nguyên",
  plan: { number: "598/QĐ-UBND", date: "2025-04-18" },
  tasks,
  unresolved: ["Viễn thông Thái Nguyên"],
  successors: [],
} });
