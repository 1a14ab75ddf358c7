// 08: Thái Nguyên 2026, after the reorganisation (merged province, communes and wards) — a plan of the UBND tỉnh
// implementing a Resolution of the HĐND tỉnh whose task table puts the Resolution's TARGET in a first column merged
// down over the tasks that serve it (vMerge): Chỉ tiêu | TT | Nhiệm vụ, giải pháp | Chủ trì | Phối hợp | Thời gian.
// The target cells carry years and percentages of their own ("đến năm 2030 …"), which are no deadlines; tasks are
// numbered straight through the table; some deadlines count days from the plan's issue, some are month ranges.
// plan.pdf: WeasyPrint.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-thai-nguyen-2026-hdnd-resolution-target-column-vmerged";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KC = "Sở Khoa học và Công nghệ";
const CT = "Sở Công Thương";
const TC = "Sở Tài chính";
const NV = "Sở Nội vụ";
const NM = "Sở Nông nghiệp và Môi trường";
const CA = "Công an tỉnh";
const VP = "Văn phòng UBND tỉnh";
const PV = "Trung tâm Phục vụ hành chính công tỉnh";
const XA = "UBND cấp xã";
const p = (text, o = {}) => ({ t: "p", text, ...o });
const R = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: { kind: "roman", inst: "R" } });
const d = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst } });
const d1 = d("I");
const d3 = d("III");
const tgt = (text, rows) => ({ text, vm: "restart", rows, bold: true });
const cont = (text) => ({ text, vm: "continue" });
const n = (k) => ({ text: k, list: { kind: "cell", inst: "TT" }, align: "center" });

const T1 = "Chỉ tiêu 1: Kinh tế số chiếm 20% GRDP của tỉnh vào năm 2030 (năm 2026 đạt 14%)";
const T2 = "Chỉ tiêu 2: 95% dân số trưởng thành có tài khoản định danh điện tử mức độ 2 trong năm 2026";
const T3 = "Chỉ tiêu 3: 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa từ năm 2026";
const T4 = "Chỉ tiêu 4: 100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số cơ bản trong năm 2026";
const ROWS = [
  ["Chỉ tiêu theo Nghị quyết", "TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
  [tgt(T1, 3), n("1"), "Xây dựng Đề án phát triển kinh tế số tỉnh Thái Nguyên giai đoạn 2026 - 2030, trình UBND tỉnh",
    "Sở Khoa học và Công nghệ", "Sở Tài chính, Sở Công Thương", "Trong vòng 60 ngày kể từ ngày ban hành Kế hoạch"],
  [cont(T1), n("2"), "Hỗ trợ doanh nghiệp nhỏ và vừa sử dụng nền tảng số theo Chương trình hỗ trợ chuyển đổi số " +
    "doanh nghiệp", "Sở Khoa học và Công nghệ", "Hiệp hội Doanh nghiệp tỉnh", "Hằng năm"],
  [cont(T1), n("3"), "Đưa sản phẩm của các hợp tác xã, sản phẩm OCOP lên sàn thương mại điện tử", "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường, UBND các xã, phường", "Từ tháng 4 đến tháng 10/2026"],
  [tgt(T2, 2), n("4"), "Tổ chức đợt cao điểm cấp, kích hoạt tài khoản định danh điện tử mức độ 2 tại các xã, phường",
    "Công an tỉnh", "UBND các xã, phường", "Từ 01/4 đến 30/6/2026"],
  [cont(T2), n("5"), "Tích hợp đăng nhập bằng tài khoản định danh điện tử (VNeID) vào Hệ thống thông tin giải quyết " +
    "thủ tục hành chính tỉnh", "Sở Khoa học và Công nghệ", "Công an tỉnh, Văn phòng UBND tỉnh", "Quý III/2026"],
  [tgt(T3, 3), n("6"), "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn lưu trữ bản giấy tại các xã, phường " +
    "(kể cả hồ sơ tiếp nhận từ các huyện trước sắp xếp)", "UBND các xã, phường",
    "Trung tâm Phục vụ hành chính công tỉnh", "Trước 15/8/2026"],
  [cont(T3), n("7"), "Kiểm tra, đánh giá việc số hóa hồ sơ tại Bộ phận Một cửa các xã, phường", "Văn phòng UBND tỉnh",
    "Sở Khoa học và Công nghệ", "Tháng 11/2026"],
  [cont(T3), n("8"), "Số hóa hồ sơ khi tiếp nhận, trả kết quả giải quyết thủ tục hành chính",
    "Các sở, ngành; UBND các xã, phường", "", "Thường xuyên"],
  [tgt(T4, 3), n("9"), "Xây dựng, ban hành chương trình bồi dưỡng kỹ năng số cơ bản cho cán bộ, công chức cấp xã",
    "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Trong vòng 30 ngày kể từ ngày ban hành Kế hoạch"],
  [cont(T4), n("10"), "Tổ chức các lớp bồi dưỡng kỹ năng số cơ bản cho cán bộ, công chức cấp xã", "Sở Nội vụ",
    "UBND các xã, phường", "Quý II - Quý III/2026"],
  [cont(T4), n("11"), "Khảo sát thực trạng kỹ năng số của cán bộ, công chức cấp xã", "Sở Nội vụ", "",
    "Đã hoàn thành tháng 01/2026"],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 47/KH-UBND", "Thái Nguyên, ngày 03 tháng 3 năm 2026",
    "KẾ HOẠCH", "Triển khai thực hiện Nghị quyết số 35/NQ-HĐND ngày 11/12/2025 của HĐND tỉnh\nvề phát triển kinh " +
    "tế số, xã hội số tỉnh Thái Nguyên giai đoạn 2026 - 2030"),
  p("Thực hiện Nghị quyết số 35/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân tỉnh về phát triển kinh tế số, xã " +
    "hội số tỉnh Thái Nguyên giai đoạn 2026 - 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("1.", "Xác định cụ thể nhiệm vụ, giải pháp gắn với từng chỉ tiêu của Nghị quyết; phân công rõ cơ quan chủ trì, " +
    "cơ quan phối hợp và thời gian hoàn thành."),
  d1("2.", "Các nhiệm vụ được triển khai đồng bộ từ tỉnh đến xã, phường, phù hợp với mô hình chính quyền địa phương " +
    "hai cấp."),
  R("II.", "CHỈ TIÊU, NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
  p("Thời hạn \"kể từ ngày ban hành Kế hoạch\" được tính từ ngày 03/3/2026."),
  { t: "table", widths: [1700, 500, 2900, 1400, 1600, 1300], header: 1, rows: ROWS },
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  d3("1.", "Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế " +
    "hoạch; báo cáo UBND tỉnh định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 01/12)."),
  d3("2.", "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí thực hiện các nhiệm vụ trong dự toán ngân sách hằng năm " +
    "của các cơ quan, đơn vị."),
  d3("3.", "Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh tham mưu UBND tỉnh tổ chức sơ kết " +
    "01 năm thực hiện Nghị quyết số 35/NQ-HĐND trong tháng 12/2026."),
  d3("4.", "Các sở, ban, ngành và UBND các xã, phường căn cứ nhiệm vụ được giao chủ động xây dựng kế hoạch của cơ " +
    "quan, đơn vị để tổ chức thực hiện./."),
  ...sign(["Thường trực Tỉnh ủy (b/c)", "Thường trực HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Công an tỉnh"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
];

const tasks = [
  task("1", "Xây dựng Đề án phát triển kinh tế số tỉnh Thái Nguyên giai đoạn 2026 - 2030", "2026-05-02", [KC],
    [TC, CT]),
  task("3", "Đưa sản phẩm của các hợp tác xã, sản phẩm OCOP lên sàn thương mại điện tử", "2026-10-31", [CT],
    [NM, XA]),
  task("4", "Tổ chức đợt cao điểm cấp, kích hoạt tài khoản định danh điện tử mức độ 2 tại các xã, phường",
    "2026-06-30", [CA], [XA]),
  task("5", "Tích hợp đăng nhập bằng tài khoản định danh điện tử (VNeID) vào Hệ thống thông tin giải quyết thủ tục " +
    "hành chính tỉnh", "2026-09-30", [KC], [CA, VP]),
  task("6", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn lưu trữ bản giấy tại các xã, phường",
    "2026-08-14", [XA], [PV]),
  task("7", "Kiểm tra, đánh giá việc số hóa hồ sơ tại Bộ phận Một cửa các xã, phường", "2026-11-30", [VP], [KC]),
  task("9", "Xây dựng, ban hành chương trình bồi dưỡng kỹ năng số cơ bản cho cán bộ, công chức cấp xã",
    "2026-04-02", [NV], [KC]),
  task("10", "Tổ chức các lớp bồi dưỡng kỹ năng số cơ bản cho cán bộ, công chức cấp xã", "2026-09-30", [NV], [XA]),
  task("III.3", "Tham mưu UBND tỉnh tổ chức sơ kết 01 năm thực hiện Nghị quyết số 35/NQ-HĐND", "2026-12-31", [KC],
    [VP]),
];

await build(DIR, {
  blocks, printer: "weasyprint",
  css: "table.nb:last-of-type td:first-child{text-align:left}",
  expected: {
    id: ID,
    style: "Kế hoạch 47/KH-UBND of UBND tỉnh Thái Nguyên, 03/3/2026 (after the reorganisation: the merged " +
      "province, communes and wards), implementing Nghị quyết 35/NQ-HĐND of the HĐND tỉnh. Part II is one table " +
      "Chỉ tiêu theo Nghị quyết | TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian " +
      "hoàn thành whose first column holds the Resolution's target, merged down (vMerge / rowspan) over the 2-3 " +
      "tasks that serve it; the target cells carry years and percentages ('vào năm 2030', 'trong năm 2026') that " +
      "are no deadlines and no tasks. Tasks are numbered 1-11 straight through (auto docx: one Word list in the TT " +
      "cells); ref = TT. 'kể từ ngày ban hành Kế hoạch' counts from 03/3/2026 (part II says so): 60 days = 2/5 " +
      "Sat -> 4/5, 30 days = 2/4. 'Từ tháng 4 đến tháng 10/2026' ends 31/10 Sat -> 2/11; 'Từ 01/4 đến " +
      "30/6/2026' = 30/6; 'Quý III' 30/9; 'Trước 15/8/2026' = 14/8; 'Tháng 11/2026' 30/11; 'Quý II - Quý " +
      "III/2026' ends 30/9. Left out: 2 (Hằng năm), 8 (Thường xuyên), 11 (Đã hoàn thành). Part III: 1 (periodic " +
      "reports) and 2 (yearly budget) no tasks; III.3 'Sở KH&CN chủ trì, phối hợp với VP UBND tỉnh … trong " +
      "tháng 12/2026' is a task (31/12). 'trình UBND tỉnh', 'tham mưu UBND tỉnh' are recipients. 'UBND các xã, " +
      "phường' -> UBND cấp xã. Unresolved: Trung tâm Phục vụ hành chính công tỉnh. PDF: WeasyPrint.",
    province: "Thái Nguyên",
    plan: { number: "47/KH-UBND", date: "2026-03-03" },
    tasks,
    unresolved: [PV, XA],
    successors: [],
  },
});
