// 08: Thái Nguyên 2026 (after the reorganisation: merged departments, communes, Bắc Kạn merged in). Habit: ONE UNITS
// COLUMN "Đơn vị thực hiện" holding both roles, as "Chủ trì: …; Phối hợp: …" on one line or the lead first and
// "phối hợp: …" on the next line (or no role words at all when there is no partner); deadlines in "Thời gian hoàn
// thành" as full dates or months. Kế hoạch 37/KH-UBND ngày 09/02/2026 nâng cao Chỉ số CCHC và Chỉ số SIPAS.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H } from "./common.mjs";

const ID = "08-thai-nguyen-2026-one-units-column-chu-tri-and-phoi-hop-in-same-cell";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TTR = "Thanh tra tỉnh", TC = "Sở Tài chính";
const KB = "Kho bạc Nhà nước tỉnh", THUE = "Thuế tỉnh", KC = "Sở Khoa học và Công nghệ", CA = "Công an tỉnh";
const NM = "Sở Nông nghiệp và Môi trường", BD = "Bưu điện tỉnh", HD = "Hội đồng thẩm định";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên", XA = "UBND các xã, phường", S = "@departments";
const LQ = "các cơ quan, đơn vị liên quan";

const ST = { kind: "cell", inst: "stt" }, GR = { kind: "rcell", inst: "grp" };
const g = (roman, text) => [{ text: roman, bold: true, align: "center", list: GR }, { text, bold: true, span: 4 }];
let n = 0;
const r = (text, units, time, product) => [{ text: String(++n), align: "center", list: ST }, text, units,
  { text: time, align: "center" }, product];
const rows = [
  ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành", "Sản phẩm"],
  g("I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
  r("Rà soát, công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh, cấp xã sau sắp xếp",
    `Chủ trì: ${VP}; Phối hợp: các sở, ban, ngành`, "31/3/2026", "Quyết định công bố"),
  r("Cắt giảm ít nhất 30% thời gian giải quyết thủ tục hành chính so với quy định", "Các sở, ban, ngành\nphối " +
    "hợp: VP UBND tỉnh", "Tháng 6/2026", "Phương án cắt giảm"),
  r("Tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính", `Chủ trì: ${VP}`,
    "Thường xuyên", "Báo cáo"),
  g("II", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC"),
  r("Rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn thuộc UBND tỉnh sau hợp nhất, tham mưu sửa đổi quy " +
    "định", `Chủ trì: ${NV}; Phối hợp: ${TP}`, "Tháng 4/2026", "Tờ trình, dự thảo Quyết định"),
  r("Kiểm tra việc quản lý, sử dụng biên chế, vị trí việc làm tại các xã, phường", `${NV}\nphối hợp: ${TTR}, ${TC}`,
    "Tháng 8/2026", "Báo cáo kết quả kiểm tra"),
  g("III", "CẢI CÁCH TÀI CHÍNH CÔNG"),
  r("Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn 2026 - 2030", `Chủ trì: ${TC}. ` +
    `Phối hợp: ${NV}; ${KB}`, "15/5/2026", "Quyết định giao tự chủ"),
  r("Mở rộng thanh toán không dùng tiền mặt đối với phí, lệ phí giải quyết thủ tục hành chính", `${TC}, ${VP}\n` +
    `phối hợp: ${THUE}, ${KB} và ${LQ}`, "Tháng 9/2026", "Báo cáo"),
  g("IV", "XÂY DỰNG CHÍNH QUYỀN SỐ"),
  r("Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối Cơ sở dữ liệu quốc gia về dân cư",
    `Chủ trì: Sở KH&CN; Phối hợp: ${CA}, ${VP}`, "Tháng 7/2026", "Hệ thống được nâng cấp"),
  r("Số hóa, cập nhật hồ sơ địa chính vào cơ sở dữ liệu đất đai của tỉnh", `Sở NN&MT\nphối hợp: ${XA}`,
    "30/10/2026", "Dữ liệu được cập nhật"),
  r("Tập huấn kỹ năng số, sử dụng nền tảng số dùng chung cho công chức cấp xã", `Chủ trì: ${KC}; Phối hợp: ${XA}`,
    "Tháng 5 - 6/2026", "Lớp tập huấn"),
  g("V", "ĐO LƯỜNG SỰ HÀI LÒNG, ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"),
  r("Điều tra xã hội học xác định Chỉ số SIPAS năm 2026 trên địa bàn tỉnh", `Chủ trì: ${NV}; Phối hợp: ${BD}, ` +
    XA, "Tháng 10/2026", "Báo cáo kết quả"),
  r("Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026, gửi hồ sơ về Sở Nội vụ", "Các sở, ban, ngành; " +
    XA, "Trước ngày 15/12/2026", "Hồ sơ tự đánh giá"),
  r("Thẩm định kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026", `Chủ trì: ${NV}; Phối hợp: ` +
    HD, "20/01/2027", "Quyết định phê duyệt"),
  r("Tuyên truyền kết quả cải cách hành chính, mô hình hay của các xã, phường", `${BAO}\nphối hợp: ${NV}`,
    "Tháng 12/2026", "Tin, bài, phóng sự"),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 37/KH-UBND", "Thái Nguyên, ngày 09 tháng 02 năm 2026",
    "KẾ HOẠCH", "Nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân, tổ chức (SIPAS) " +
    "tỉnh Thái Nguyên năm 2026"),
  P("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính " +
    "nhà nước giai đoạn 2021 - 2030; Kế hoạch số 12/KH-UBND ngày 14/01/2026 của UBND tỉnh về cải cách hành chính " +
    "nhà nước năm 2026; căn cứ kết quả Chỉ số PAR INDEX, Chỉ số SIPAS năm 2025 của tỉnh, UBND tỉnh ban hành Kế " +
    "hoạch như sau:"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("1. Khắc phục những tồn tại, hạn chế được chỉ ra qua kết quả đánh giá năm 2025; cải thiện rõ nét các chỉ số " +
    "thành phần có điểm thấp, nhất là cải cách thủ tục hành chính và xây dựng chính quyền số."),
  P("2. Phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ."),
  H("II.", "CHỈ TIÊU"),
  P("Phấn đấu năm 2026 Chỉ số PAR INDEX của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu; Chỉ số SIPAS đạt trên 85%; " +
    "100% hồ sơ thủ tục hành chính được số hóa, lưu trữ điện tử."),
  H("III.", "NHIỆM VỤ, GIẢI PHÁP"),
  P("(Chi tiết tại Biểu phân công nhiệm vụ dưới đây)", { italic: true, align: "center", indent: false }),
  { t: "table", widths: [760, 3140, 2900, 1400, 1300], header: 1, rows },
  H("IV.", "TỔ CHỨC THỰC HIỆN"),
  P("1. Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường căn cứ nhiệm vụ được giao xây dựng kế hoạch " +
    "chi tiết, bố trí nguồn lực thực hiện; kết quả thực hiện là căn cứ đánh giá, xếp loại người đứng đầu."),
  P("2. Sở Nội vụ theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; định kỳ tổng hợp, báo cáo UBND tỉnh theo " +
    "quy định./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Nguyễn Thanh Bình"),
];

const tasks = [
  task("1", "Rà soát, công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết", "2026-03-31", [VP], [S]),
  task("2", "Cắt giảm ít nhất 30% thời gian giải quyết thủ tục hành chính", "2026-06-30", [S], [VP]),
  task("4", "Rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn thuộc UBND tỉnh", "2026-04-30", [NV], [TP]),
  task("5", "Kiểm tra việc quản lý, sử dụng biên chế, vị trí việc làm", "2026-08-31", [NV], [TTR, TC]),
  task("6", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập", "2026-05-15", [TC], [NV, KB]),
  task("7", "Mở rộng thanh toán không dùng tiền mặt đối với phí, lệ phí", "2026-09-30", [TC, VP], [THUE, KB, LQ]),
  task("8", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2026-07-31", [KC], [CA, VP]),
  task("9", "Số hóa, cập nhật hồ sơ địa chính vào cơ sở dữ liệu đất đai", "2026-10-30", [NM], [XA]),
  task("10", "Tập huấn kỹ năng số, sử dụng nền tảng số dùng chung", "2026-06-30", [KC], [XA]),
  task("11", "Điều tra xã hội học xác định Chỉ số SIPAS năm 2026", "2026-10-31", [NV], [BD, XA]),
  task("12", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026", "2026-12-14", [S, XA]),
  task("13", "Thẩm định kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính", "2027-01-20", [NV], [HD]),
  task("14", "Tuyên truyền kết quả cải cách hành chính, mô hình hay", "2026-12-31", [BAO], [NV]),
];

const DATES = "1 '31/3/2026' (a full date = that day), lead VP UBND tỉnh, coord 'các sở, ban, ngành' = @departments; " +
  "2 lead on line 1 '@departments', 'phối hợp: VP UBND tỉnh' on line 2, 'Tháng 6/2026' 30/6; 3 'Thường xuyên', " +
  "no task; 4 'Tháng 4/2026' 30/4 (30/4, 01/5 off, Sat, Sun) -> 04/5; 5 'Tháng 8/2026' 31/8; 6 'Chủ trì: Sở Tài " +
  "chính. Phối hợp: Sở Nội vụ; Kho bạc Nhà nước tỉnh' '15/5/2026'; 7 TWO LEADS on line 1, partners ending 'và " +
  "các cơ quan, đơn vị liên quan' (unresolved as written), 'Tháng 9/2026' 30/9; 8 'Sở KH&CN', 'Tháng 7/2026' " +
  "31/7; 9 'Sở NN&MT', '30/10/2026'; 10 'Tháng 5 - 6/2026' (from May to June) 30/6; 11 'Tháng 10/2026' 31/10 Sat " +
  "-> 02/11; 12 two leads (@departments and UBND các xã, phường), 'Trước ngày 15/12/2026' 14/12 (Sở Nội vụ a " +
  "recipient); 13 '20/01/2027'; 14 'Tháng 12/2026' 31/12. 'UBND các xã, phường' = UBND cấp xã (unresolved).";

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 37/KH-UBND of UBND tỉnh Thái Nguyên, 09/02/2026 (after the reorganisation: merged " +
      "departments, communes not imported, merged press). HABIT: ONE UNITS COLUMN: the task table (STT | Nội dung " +
      "công việc | Đơn vị thực hiện | Thời gian hoàn thành | Sản phẩm, group rows I-V, ref = STT 1-14) has a " +
      "single 'Đơn vị thực hiện' column holding both roles, 'Chủ trì: X; Phối hợp: Y' on one line or X on the first " +
      "line and 'phối hợp: Y' on the next (plan.txt keeps that line break inside the row, as Word's copy of a cell " +
      "does), or units with no role word = all lead. Deadlines full dates or months. " + DATES +
      " plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "37/KH-UBND", date: "2026-02-09" },
    tasks, unresolved: [LQ, XA], successors: [],
  },
});
