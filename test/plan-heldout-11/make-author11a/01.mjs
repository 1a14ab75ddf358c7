// 01: Thái Nguyên 2026 — Kế hoạch whose Phụ lục is a table of indicators (chỉ tiêu), deadline per indicator group.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const DIR = new URL("../01-thai-nguyen-2026-indicator-appendix-group-deadlines/", import.meta.url).pathname;
const D = "@departments";
const X = "UBND cấp xã";
const G = [
  ["A", "NHÓM CHỈ TIÊU VỀ THỦ TỤC HÀNH CHÍNH (hoàn thành trước ngày 30/6/2026)", "2026-06-30"],
  ["B", "NHÓM CHỈ TIÊU VỀ CHUYỂN ĐỔI SỐ (hoàn thành trong Quý III/2026)", "2026-09-30"],
  ["C", "NHÓM CHỈ SỐ ĐO LƯỜNG (đạt kết quả trước ngày 15/11/2026)", "2026-11-15"],
  ["D", "NHÓM CHỈ TIÊU VỀ TỔ CHỨC BỘ MÁY, CÔNG VỤ (trong năm 2026)", "2026-12-31"],
];
// [group, indicator, unit, target (may carry its own date), lead text, coord text, lead[], coord[], own due]
const I = [
  ["A", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn", "%", "≥ 98", "Trung tâm Phục vụ hành chính công tỉnh",
    "Các sở, ban, ngành; UBND các xã, phường", ["Trung tâm Phục vụ hành chính công tỉnh"], [D, X]],
  ["A", "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", "%", "≥ 80", "Văn phòng UBND tỉnh",
    "Sở Khoa học và Công nghệ", ["Văn phòng UBND tỉnh"], ["Sở Khoa học và Công nghệ"]],
  ["A", "Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa", "%", "100\n(trước ngày 31/3/2026)", "Văn phòng UBND tỉnh",
    "Trung tâm Phục vụ hành chính công tỉnh", ["Văn phòng UBND tỉnh"], ["Trung tâm Phục vụ hành chính công tỉnh"],
    "2026-03-31"],
  ["A", "Số thủ tục hành chính được rà soát, đề xuất đơn giản hóa", "TTHC", "≥ 30", "Văn phòng UBND tỉnh", "Sở Tư pháp",
    ["Văn phòng UBND tỉnh"], ["Sở Tư pháp"]],
  ["A", "Tỷ lệ phản ánh, kiến nghị về quy định hành chính được xử lý", "%", "100", "Văn phòng UBND tỉnh", "",
    ["Văn phòng UBND tỉnh"], []],
  ["B", "Tỷ lệ hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng", "%", "≥ 95", "Sở Khoa học và Công nghệ",
    "Các sở, ban, ngành", ["Sở Khoa học và Công nghệ"], [D]],
  ["B", "Tỷ lệ văn bản đi được ký số", "%", "100", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ",
    ["Văn phòng UBND tỉnh"], ["Sở Khoa học và Công nghệ"]],
  ["B", "Hệ thống thông tin giải quyết TTHC kết nối Cơ sở dữ liệu quốc gia về dân cư", "-", "Hoàn thành", "Công an tỉnh",
    "Sở Khoa học và Công nghệ", ["Công an tỉnh"], ["Sở Khoa học và Công nghệ"]],
  ["B", "Tỷ lệ giao dịch thanh toán trực tuyến phí, lệ phí", "%", "≥ 50", "Sở Tài chính", "Kho bạc Nhà nước khu vực",
    ["Sở Tài chính"], ["Kho bạc Nhà nước khu vực"]],
  ["B", "Tỷ lệ người dân từ 14 tuổi có tài khoản định danh điện tử mức 2", "%", "≥ 90\n(trong tháng 8/2026)",
    "Công an tỉnh", "UBND các xã, phường", ["Công an tỉnh"], [X], "2026-08-31"],
  ["C", "Chỉ số cải cách hành chính (PAR Index) của tỉnh", "Thứ hạng", "Nhóm 20 tỉnh dẫn đầu", "Sở Nội vụ",
    "Các sở, ban, ngành", ["Sở Nội vụ"], [D]],
  ["C", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", "%", "≥ 85", "Sở Nội vụ",
    "Trung tâm Phục vụ hành chính công tỉnh", ["Sở Nội vụ"], ["Trung tâm Phục vụ hành chính công tỉnh"]],
  ["C", "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)", "Điểm", "≥ 43", "Sở Nội vụ",
    "Ủy ban MTTQ Việt Nam tỉnh", ["Sở Nội vụ"], ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]],
  ["C", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "Điểm", "≥ 68", "Sở Tài chính", "Hiệp hội Doanh nghiệp tỉnh",
    ["Sở Tài chính"], ["Hiệp hội Doanh nghiệp tỉnh"]],
  ["D", "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn theo quy định", "%", "100", "Sở Nội vụ", "UBND các xã, phường",
    ["Sở Nội vụ"], [X]],
  ["D", "Số cuộc kiểm tra công tác cải cách hành chính", "Cuộc", "≥ 20", "Sở Nội vụ", "Văn phòng UBND tỉnh",
    ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"]],
  ["D", "Tỷ lệ cơ quan hành chính áp dụng ISO 9001:2015 điện tử", "%", "100", "Sở Khoa học và Công nghệ",
    "Các sở, ban, ngành; UBND các xã, phường", ["Sở Khoa học và Công nghệ"], [D, X]],
  ["D", "Số sáng kiến cải cách hành chính được công nhận", "Sáng kiến", "≥ 10", "Sở Nội vụ", "", ["Sở Nội vụ"], []],
];

const rows = [["STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu năm 2026", "Đơn vị chủ trì theo dõi", "Đơn vị phối hợp"]];
const tasks = [];
let n = 0;
for (const [g, label, due] of G) {
  rows.push([{ text: g, bold: true }, { text: label, span: 5, bold: true }]);
  for (const r of I.filter((x) => x[0] === g)) {
    n++;
    rows.push([String(n), r[1], r[2], r[3], r[4], r[5]]);
    tasks.push(task(String(n), r[1], r[8] ?? due, r[6], r[7], !r[8]));
  }
}
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 52/KH-UBND", "Thái Nguyên, ngày 10 tháng 3 năm 2026",
    "KẾ HOẠCH", "Thực hiện các chỉ tiêu cải cách hành chính tỉnh Thái Nguyên năm 2026"),
  { t: "p", text: "Căn cứ Quyết định số 1532/QĐ-UBND ngày 30/12/2025 của UBND tỉnh ban hành Kế hoạch cải cách hành " +
    "chính năm 2026; Kết luận số 09-KL/TU ngày 20/01/2026 của Ban Thường vụ Tỉnh ủy, UBND tỉnh ban hành Kế hoạch " +
    "thực hiện các chỉ tiêu cải cách hành chính năm 2026 như sau:" },
  { t: "p", text: "MỤC ĐÍCH, YÊU CẦU", num: "I.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Lượng hóa các mục tiêu cải cách hành chính thành chỉ tiêu cụ thể, gắn trách nhiệm người đứng đầu; " +
    "kết quả thực hiện chỉ tiêu là căn cứ đánh giá, xếp loại cơ quan, đơn vị năm 2026." },
  { t: "p", text: "CHỈ TIÊU", num: "II.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Các chỉ tiêu, giá trị mục tiêu, đơn vị chủ trì theo dõi và thời hạn hoàn thành của từng nhóm chỉ tiêu " +
    "tại Phụ lục kèm theo. Chỉ tiêu có ghi thời hạn riêng thì thực hiện theo thời hạn đó." },
  { t: "p", text: "TỔ CHỨC THỰC HIỆN", num: "III.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện các chỉ tiêu, báo cáo UBND tỉnh trước ngày 10/12/2026.",
    num: "1.", list: { kind: "decimal", inst: 2 } },
  { t: "p", text: "Các sở, ban, ngành, UBND các xã, phường báo cáo kết quả thực hiện chỉ tiêu hằng quý, trước ngày 20 " +
    "của tháng cuối quý, gửi Sở Nội vụ tổng hợp.", num: "2.", list: { kind: "decimal", inst: 2 } },
  { t: "p", text: "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026 của các " +
    "cơ quan, đơn vị.", num: "3.", list: { kind: "decimal", inst: 2 } },
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
  { t: "p", text: "PHỤ LỤC\nCHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2026", bold: true, align: "center", indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 52/KH-UBND ngày 10/3/2026 của UBND tỉnh)", italic: true, align: "center",
    indent: false },
  { t: "table", header: 1, widths: [700, 3100, 900, 1400, 1800, 1800], rows },
];
tasks.unshift(task("III.1", "Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện các chỉ tiêu", "2026-12-10", ["Sở Nội vụ"]));
const style = "Kế hoạch 52/KH-UBND Thái Nguyên (merged province) 10/3/2026; PDF: LibreOffice export of plan-auto.docx. " +
  "Tasks are the 18 indicator rows of the Phụ lục (STT 1-18 numbered straight through, ref = STT) under group rows " +
  "A-D whose label carries the group deadline: A 'trước ngày 30/6/2026', B 'trong Quý III/2026' -> 30/9, C 'trước " +
  "ngày 15/11/2026' (Sun -> 16/11), D 'trong năm 2026' -> 31/12; such rows are inherited=true. Rows 3 and 10 carry " +
  "their own date inside the target cell ('trước ngày 31/3/2026', 'trong tháng 8/2026' -> 31/8), inherited=false. " +
  "Lead = 'Đơn vị chủ trì theo dõi', coordinators = 'Đơn vị phối hợp'; 'Các sở, ban, ngành' = @departments, 'UBND các " +
  "xã, phường' = UBND cấp xã. Plus III.1 (10/12/2026). III.2 (quarterly, 'trước ngày 20 của tháng cuối quý') left " +
  "out as recurring; III.3 undated. Dates of cited QĐ 1532 (30/12/2025), KL 09 (20/01/2026) are no deadlines.";
await build(DIR, { blocks, printer: "libreoffice", expected: { id: "01-thai-nguyen-2026-indicator-appendix-group-deadlines",
  style, province: "Thái Nguyên", plan: { number: "52/KH-UBND", date: "2026-03-10" }, tasks, quotas: [], unresolved: [],
  successors: [] } });
