// 08: Lai Châu 2026 (after the reorganisation) — a plan whose core is a report schedule table
// (Loại báo cáo | Kỳ báo cáo | Cơ quan, đơn vị báo cáo | Thời hạn gửi | Nơi nhận), beside a few prose tasks.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-lai-chau-2026-report-schedule-table";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const KHCN = "Sở Khoa học và Công nghệ";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
const XA = "UBND cấp xã";
const DEP = "@departments";

const H = (num, text) => ({ t: "p", num, text, list: { kind: "roman", inst: 1 }, bold: true });
const P = (text) => ({ t: "p", text });
const N = (num, text, inst, bold = false) => ({ t: "p", num, text, list: { kind: "decimal", inst }, bold });
const L = (num, text, inst) => ({ t: "p", num, text, list: { kind: "letter", inst } });

const ALL = "Các sở, ban, ngành; UBND các xã, phường";
const KY = (to) => `Từ ngày 15/12/2025 đến ngày ${to}`;
// STT | Loại báo cáo | Kỳ báo cáo (thời gian chốt số liệu) | Cơ quan, đơn vị báo cáo | Thời hạn gửi | Nơi nhận
const rows = [
  ["STT", "Loại báo cáo", "Kỳ báo cáo\n(thời gian chốt số liệu)", "Cơ quan, đơn vị báo cáo", "Thời hạn gửi",
    "Nơi nhận"],
  ["1", "Báo cáo công tác cải cách hành chính quý I/2026", KY("14/3/2026"), ALL, "Trước ngày 16/3/2026",
    "Sở Nội vụ"],
  ["2", "Báo cáo công tác cải cách hành chính 6 tháng đầu năm 2026", KY("14/6/2026"), ALL,
    "Trước ngày 16/6/2026", "Sở Nội vụ"],
  ["3", "Báo cáo công tác cải cách hành chính quý III/2026", KY("14/9/2026"), ALL, "Trước ngày 16/9/2026",
    "Sở Nội vụ"],
  ["4", "Báo cáo công tác cải cách hành chính năm 2026", KY("14/12/2026"), ALL, "Chậm nhất ngày 16/12/2026",
    "Sở Nội vụ"],
  ["5", "Báo cáo tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 (kèm tài liệu kiểm chứng)",
    "Năm 2026", ALL, "Trước ngày 10/01/2027", "Sở Nội vụ (Thường trực Hội đồng thẩm định)"],
  ["6", "Báo cáo tình hình, kết quả giải quyết thủ tục hành chính", "Hằng tháng (từ ngày 15 tháng trước đến ngày " +
    "14 tháng báo cáo)", "Trung tâm Phục vụ hành chính công tỉnh; UBND các xã, phường", "Trước ngày 18 hằng tháng",
  "Văn phòng UBND tỉnh"],
  ["7", "Báo cáo kết quả thực hiện cơ chế một cửa, một cửa liên thông 6 tháng đầu năm 2026", KY("14/6/2026"),
    "Trung tâm Phục vụ hành chính công tỉnh", "Trước ngày 18/6/2026", "Văn phòng UBND tỉnh"],
  ["8", "Báo cáo kết quả triển khai Đề án 06 trên địa bàn tỉnh 6 tháng đầu năm 2026", KY("14/6/2026"),
    "Công an tỉnh", "Trước ngày 17/6/2026", "UBND tỉnh (qua Văn phòng UBND tỉnh)"],
  ["9", "Báo cáo kết quả đánh giá Chỉ số chuyển đổi số (DTI) năm 2025 của tỉnh", "Năm 2025",
    "Sở Khoa học và Công nghệ", "Chậm nhất ngày 31/3/2026", "UBND tỉnh; Bộ Khoa học và Công nghệ"],
  ["10", "Báo cáo kết quả đo lường sự hài lòng của người dân, tổ chức (SIPAS) năm 2026", "Năm 2026", "Sở Nội vụ",
    "Trước ngày 30/11/2026", "UBND tỉnh; Bộ Nội vụ"],
  ["11", "Báo cáo kết quả thực hiện Kế hoạch kiểm soát thủ tục hành chính năm 2026", KY("14/11/2026"),
    "Văn phòng UBND tỉnh", "Trước ngày 05/12/2026", "UBND tỉnh; Văn phòng Chính phủ"],
  ["12", "Báo cáo đột xuất", "Theo yêu cầu", "Cơ quan, đơn vị được yêu cầu", "Theo thời hạn tại văn bản yêu cầu",
    "UBND tỉnh; Sở Nội vụ"],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 402/KH-UBND", "Lai Châu, ngày 09 tháng 02 năm 2026", "KẾ HOẠCH",
    "Theo dõi, đánh giá và thực hiện chế độ báo cáo công tác cải cách hành chính năm 2026"),
  P("Căn cứ Thông tư số 01/2025/TT-BNV ngày 17/01/2025 của Bộ trưởng Bộ Nội vụ quy định chế độ báo cáo công tác " +
    "cải cách hành chính; Kế hoạch số 5012/KH-UBND ngày 26/12/2025 của UBND tỉnh về cải cách hành chính năm 2026, " +
    "UBND tỉnh ban hành Kế hoạch theo dõi, đánh giá và thực hiện chế độ báo cáo công tác cải cách hành chính năm " +
    "2026 như sau:"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Thống nhất loại báo cáo, kỳ báo cáo, thời hạn gửi và nơi nhận báo cáo cải cách hành chính của các cơ quan, " +
    "đơn vị sau khi tổ chức chính quyền địa phương hai cấp; việc chấp hành chế độ báo cáo là một tiêu chí chấm " +
    "điểm Chỉ số cải cách hành chính năm 2026 của cơ quan, đơn vị."),
  H("II.", "NỘI DUNG"),
  N("1.", "Theo dõi, kiểm tra", 2, true),
  L("a)", "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh kiểm tra công tác cải cách hành chính tại 10 cơ " +
    "quan cấp tỉnh và 15 xã, phường; hoàn thành trong tháng 10/2026.", 11),
  L("b)", "Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ hoàn thiện chức năng báo cáo cải " +
    "cách hành chính trên Hệ thống thông tin báo cáo của tỉnh, xong trước ngày 01/3/2026.", 11),
  L("c)", "Các sở, ban, ngành, UBND các xã, phường thường xuyên cập nhật kết quả thực hiện nhiệm vụ cải cách hành " +
    "chính trên Hệ thống thông tin báo cáo của tỉnh.", 11),
  N("2.", "Chế độ báo cáo", 2, true),
  P("Các cơ quan, đơn vị thực hiện báo cáo theo Lịch báo cáo dưới đây. Báo cáo gửi bằng văn bản điện tử có ký số " +
    "qua Hệ thống quản lý văn bản và điều hành, đồng thời cập nhật trên Hệ thống thông tin báo cáo của tỉnh."),
  { t: "p", text: "LỊCH BÁO CÁO CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026", bold: true, align: "center", indent: false },
  { t: "table", header: 1, widths: [500, 2500, 1700, 1700, 1450, 1500], size: 22, rows },
  N("3.", "Tổng hợp, báo cáo của tỉnh", 2, true),
  P("Sở Nội vụ tổng hợp, xây dựng báo cáo công tác cải cách hành chính năm 2026 của tỉnh, trình UBND tỉnh ban " +
    "hành, gửi Bộ Nội vụ trước ngày 20/12/2026."),
  H("III.", "TỔ CHỨC THỰC HIỆN"),
  N("1.", "Sở Nội vụ hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; định kỳ công khai kết quả chấp " +
    "hành chế độ báo cáo trên Cổng thông tin điện tử tỉnh.", 3),
  N("2.", "Sở Tài chính bố trí kinh phí bảo đảm thực hiện Kế hoạch theo quy định.", 3),
  N("3.", "Các sở, ban, ngành, UBND các xã, phường phân công công chức đầu mối thực hiện chế độ báo cáo, gửi danh " +
    "sách (họ tên, chức vụ, số điện thoại) về Sở Nội vụ trước ngày 25/02/2026.", 3),
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Hà Trọng Hải"),
];

const tasks = [
  task("II.1.a", "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh kiểm tra công tác cải cách hành chính",
    "2026-10-31", "2026-11-02", [NV], [VP]),
  task("II.1.b", "Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ hoàn thiện chức năng báo cáo",
    "2026-02-28", "2026-03-02", [VP], [KHCN]),
  task("1", "Báo cáo công tác cải cách hành chính quý I/2026", "2026-03-15", "2026-03-16", [DEP, XA]),
  task("2", "Báo cáo công tác cải cách hành chính 6 tháng đầu năm 2026", "2026-06-15", "2026-06-15", [DEP, XA]),
  task("3", "Báo cáo công tác cải cách hành chính quý III/2026", "2026-09-15", "2026-09-15", [DEP, XA]),
  task("4", "Báo cáo công tác cải cách hành chính năm 2026", "2026-12-16", "2026-12-16", [DEP, XA]),
  task("5", "Báo cáo tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026", "2027-01-09", "2027-01-11",
    [DEP, XA]),
  task("7", "Báo cáo kết quả thực hiện cơ chế một cửa, một cửa liên thông 6 tháng đầu năm 2026", "2026-06-17",
    "2026-06-17", [TT]),
  task("8", "Báo cáo kết quả triển khai Đề án 06 trên địa bàn tỉnh 6 tháng đầu năm 2026", "2026-06-16",
    "2026-06-16", ["Công an tỉnh"]),
  task("9", "Báo cáo kết quả đánh giá Chỉ số chuyển đổi số (DTI) năm 2025 của tỉnh", "2026-03-31", "2026-03-31",
    [KHCN]),
  task("10", "Báo cáo kết quả đo lường sự hài lòng của người dân, tổ chức (SIPAS) năm 2026", "2026-11-29",
    "2026-11-30", [NV]),
  task("11", "Báo cáo kết quả thực hiện Kế hoạch kiểm soát thủ tục hành chính năm 2026", "2026-12-04", "2026-12-04",
    [VP]),
  task("II.3", "Sở Nội vụ tổng hợp, xây dựng báo cáo công tác cải cách hành chính năm 2026 của tỉnh", "2026-12-19",
    "2026-12-21", [NV]),
  task("III.3", "Các sở, ban, ngành, UBND các xã, phường phân công công chức đầu mối thực hiện chế độ báo cáo",
    "2026-02-24", "2026-02-24", [DEP, XA]),
];

const style = "Kế hoạch 402/KH-UBND, Lai Châu 09/02/2026 (after the reorganisation). Core: a report schedule 'Lịch " +
  "báo cáo' STT | Loại báo cáo | Kỳ báo cáo (thời gian chốt số liệu) | Cơ quan, đơn vị báo cáo | Thời hạn gửi | " +
  "Nơi nhận inside II.2. A row with a dated 'Thời hạn gửi' is a task (ref = STT, lead = 'Cơ quan, đơn vị báo cáo', " +
  "no coordinators), due by 'Thời hạn gửi' only: 'Kỳ báo cáo' spans ('Từ ngày 15/12/2025 đến ngày 14/3/2026') are " +
  "data periods, never deadlines; 'Nơi nhận' are recipients. Left out: row 6 (monthly), row 12 (đột xuất), II.1.c " +
  "(thường xuyên), III.1-2 (undated). Prose tasks II.1.a, II.1.b, II.3, III.3. 'Các sở, ban, ngành; UBND các xã, " +
  "phường' = @departments + UBND cấp xã (unresolved, no communes.json). 'Trước ngày 10/01/2027' -> 9/1/2027 Sat -> " +
  "11/1. PDF: LibreOffice export of plan-auto.docx.";

await build(DIR, { blocks, printer: "libreoffice", expected: { id: ID, style, province: "Lai Châu",
  plan: { number: "402/KH-UBND", date: "2026-02-09" }, tasks, quotas: [], unresolved: [XA, TT], successors: [] } });
