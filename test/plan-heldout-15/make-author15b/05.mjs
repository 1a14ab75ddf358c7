// 05: Lai Châu 2024, a commune's plan (UBND xã) assigning work to its own officials, its police and the villages
// (bản); none of these units is in the provincial directory.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "05-lai-chau-2024-commune-plan-officials-and-villages";
const VP = "Công chức Văn phòng - Thống kê";
const CA = "Công an xã";
const VH = "Công chức Văn hóa - Xã hội";
const TB = "Trưởng các bản";
const p = (text, extra = {}) =>
  ({ t: "p", text, ...(extra.num ? { list: { kind: "decimal", inst: "s3" } } : {}), ...extra });

// [STT, nội dung, bộ phận chủ trì, phối hợp, thời gian]
const rows = [
  ["1", "Kiện toàn Tổ công nghệ số cộng đồng tại 09 bản", VP, TB, "Trước ngày 15/4/2024"],
  ["2", "Rà soát, lập danh sách hộ gia đình có điện thoại thông minh, có kết nối Internet", TB, VP,
    "Trước ngày 10/5/2024"],
  ["3", "Tập huấn kỹ năng số cho cán bộ, công chức xã, trưởng bản và thành viên Tổ công nghệ số cộng đồng", VP,
    "", "Trong quý II/2024"],
  ["4", "Hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2", CA,
    "Đoàn Thanh niên xã, Tổ công nghệ số cộng đồng các bản", "Hoàn thành trong tháng 6/2024"],
  ["5", "Số hóa sổ hộ tịch lưu trữ tại xã giai đoạn 2015-2023", "Công chức Tư pháp - Hộ tịch", "",
    "Chậm nhất ngày 31/7/2024"],
  ["6", "Bảo đảm 100% hồ sơ thủ tục hành chính được tiếp nhận, cập nhật trên Hệ thống thông tin giải quyết thủ tục " +
    "hành chính", "Bộ phận Một cửa xã", VP, "Hoàn thành ngày 30/8/2024"],
  ["7", "Hỗ trợ Hợp tác xã chè Bản Hon mở gian hàng trên sàn thương mại điện tử", "Hội Nông dân xã",
    "Hợp tác xã chè Bản Hon", "Trước ngày 01/9/2024"],
  ["8", "Cập nhật biến động đất đai, chỉnh lý bản đồ địa chính trên phần mềm",
    "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường", "", "Quý III/2024"],
  ["9", "Chi trả trợ cấp xã hội hằng tháng qua tài khoản cho 100% đối tượng có tài khoản", VH,
    "Bưu điện văn hóa xã", "Tháng 10/2024"],
  ["10", "Tuyên truyền về chuyển đổi số trên hệ thống loa truyền thanh của xã và các bản", VH, TB, "Thường xuyên"],
  ["11", "Lắp đặt camera an ninh tại trung tâm bản Nà Khương, bản Thẳm", CA,
    "Trưởng bản Nà Khương, Trưởng bản Thẳm", "Trước ngày 30/11/2024"],
  ["12", "Xây dựng mô hình \"Bản số\" thí điểm", "Bản Hon, bản Đông Pao", VP, "Trước ngày 20/12/2024"],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nXÃ BẢN HON", "Số: 28/KH-UBND", "Bản Hon, ngày 18 tháng 3 năm 2024", "KẾ HOẠCH",
    "Thực hiện chuyển đổi số xã Bản Hon năm 2024"),
  p("Thực hiện Kế hoạch số 412/KH-UBND ngày 05/3/2024 của UBND huyện Tam Đường về chuyển đổi số năm 2024, UBND xã " +
    "Bản Hon xây dựng Kế hoạch thực hiện trên địa bàn xã như sau:"),
  p("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  p("Nâng cao nhận thức của cán bộ, công chức và Nhân dân về chuyển đổi số; phấn đấu 80% hộ gia đình tại 09 bản " +
    "có người dùng điện thoại thông minh biết sử dụng dịch vụ công trực tuyến."),
  p("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", { bold: true }),
  { t: "table", header: 1, widths: [750, 3750, 1900, 1900, 1500], rows: [
    ["STT", "Nội dung công việc", "Bộ phận, người chủ trì", "Phối hợp", "Thời gian hoàn thành"],
    ...rows,
  ] },
  p("III. TỔ CHỨC THỰC HIỆN", { bold: true }),
  p("Công chức Văn phòng - Thống kê theo dõi, đôn đốc; tổng hợp kết quả thực hiện, tham mưu UBND xã báo cáo UBND " +
    "huyện Tam Đường (qua Phòng Văn hóa và Thông tin huyện) trước ngày 05/12/2024.", { num: "1." }),
  p("Công chức Tài chính - Kế toán tham mưu bố trí kinh phí thực hiện Kế hoạch.", { num: "2." }),
  p("Trưởng các bản phổ biến Kế hoạch đến Nhân dân tại các cuộc họp bản; báo cáo kết quả về UBND xã hằng tháng.",
    { num: "3." }),
  ...sign(["UBND huyện Tam Đường (b/c)", "Phòng Văn hóa và Thông tin huyện", "TT Đảng ủy, TT HĐND xã",
    "Công chức các bộ phận", "Trưởng các bản"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lò Văn Thành"),
];

const r = (n) => rows[n - 1][1];
const tasks = [
  task("1", r(1), "2024-04-14", [VP], [TB]),
  task("2", r(2), "2024-05-09", [TB], [VP]),
  task("3", r(3), "2024-06-30", [VP]),
  task("4", r(4), "2024-06-30", [CA], ["Đoàn Thanh niên xã", "Tổ công nghệ số cộng đồng các bản"]),
  task("5", r(5), "2024-07-31", ["Công chức Tư pháp - Hộ tịch"]),
  task("6", r(6), "2024-08-30", ["Bộ phận Một cửa xã"], [VP]),
  task("7", r(7), "2024-08-31", ["Hội Nông dân xã"], ["Hợp tác xã chè Bản Hon"]),
  task("8", r(8), "2024-09-30", ["Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường"]),
  task("9", r(9), "2024-10-31", [VH], ["Bưu điện văn hóa xã"]),
  task("11", r(11), "2024-11-29", [CA], ["Trưởng bản Nà Khương", "Trưởng bản Thẳm"]),
  task("12", r(12), "2024-12-19", ["Bản Hon", "bản Đông Pao"], [VP]),
  task("III.1", "Công chức Văn phòng - Thống kê theo dõi, đôn đốc; tổng hợp kết quả thực hiện, tham mưu UBND xã báo " +
    "cáo UBND huyện Tam Đường", "2024-12-04", [VP]),
];

await build(`${import.meta.dirname}/../${id}`, { blocks, printer: "libreoffice", expected: {
  id,
  style: "Kế hoạch 28/KH-UBND of UBND xã Bản Hon (huyện Tam Đường, Lai Châu) 18/3/2024; PDF: LibreOffice export of " +
    "plan-auto.docx. A commune's plan to its own officials, police, mass organisations and villages (bản): table STT " +
    "| Nội dung công việc | Bộ phận, người chủ trì | Phối hợp | Thời gian hoàn thành under section II, ref = STT, as in " +
    "every set. No unit of the tasks is in the provincial directory: every one is listed as written in unresolved (the " +
    "commune's 'Công an xã', 'Hội Nông dân xã', 'Đoàn Thanh niên xã' are not the provincial Công an tỉnh / Hội Nông " +
    "dân tỉnh / Tỉnh đoàn). 'Trưởng các bản' is one group unit; 'Bản Hon, bản Đông Pao' two leads. Row 10 " +
    "'Thường xuyên' left out; III.2 undated; III.3 monthly. III.1 'báo cáo UBND huyện Tam Đường (qua Phòng Văn hóa " +
    "và Thông tin huyện)' names recipients. The date of the huyện's KH 412 (05/3/2024) is no deadline. Moves: 14/4 " +
    "(Sun) -> 15/4; 30/6 (Sun) -> 1/7; 31/8 (Sat; 2-3/9 off) -> 4/9; 30/8 stays (Fri, not a day off in 2024).",
  province: "Lai Châu",
  plan: { number: "28/KH-UBND", date: "2024-03-18" },
  tasks,
  unresolved: [VP, TB, CA, "Đoàn Thanh niên xã", "Tổ công nghệ số cộng đồng các bản", "Công chức Tư pháp - Hộ tịch",
    "Bộ phận Một cửa xã", "Hội Nông dân xã", "Hợp tác xã chè Bản Hon",
    "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường", VH, "Bưu điện văn hóa xã", "Trưởng bản Nà Khương",
    "Trưởng bản Thẳm", "Bản Hon", "bản Đông Pao"],
  successors: [],
} });
