// 06: Thái Nguyên 2026, task list of a digital-transformation plan as a workbook with one sheet per task group.
import path from "node:path";
import { build, task, toXlsx } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "06-thai-nguyen-2026-xlsx-one-sheet-per-group";
const KHCN = "Sở Khoa học và Công nghệ";
const VP = "Văn phòng UBND tỉnh";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];

const groups = [
  ["I", "Thể chế số", "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH VỀ CHUYỂN ĐỔI SỐ", [
    ["1", "Rà soát, đề xuất sửa đổi Quy chế quản lý, vận hành Cổng dịch vụ công và Hệ thống thông tin giải quyết thủ " +
      "tục hành chính tỉnh", VP, KHCN, "Quý I/2026"],
    ["2", "Xây dựng Quy định về kết nối, chia sẻ dữ liệu giữa các cơ quan nhà nước trên địa bàn tỉnh", KHCN,
      "Sở Tư pháp, Văn phòng UBND tỉnh", "Trước ngày 30/6/2026"],
    ["3", "Ban hành Danh mục cơ sở dữ liệu dùng chung của tỉnh", KHCN, "Các sở, ban, ngành", "Tháng 9/2026"],
    ["4", "Hướng dẫn lưu trữ hồ sơ điện tử của cơ quan, tổ chức", "Sở Nội vụ", "", "Thường xuyên"],
    ["5", "Sửa đổi quy định về chế độ hỗ trợ đối với thành viên Tổ công nghệ số cộng đồng", "Sở Tài chính",
      "Sở Nội vụ, UBND các xã, phường", "Chậm nhất ngày 15/8/2026"],
  ]],
  ["II", "Hạ tầng số", "PHÁT TRIỂN HẠ TẦNG SỐ", [
    ["1", "Nâng cấp Trung tâm dữ liệu tỉnh đáp ứng yêu cầu kết nối với Trung tâm dữ liệu quốc gia", KHCN,
      "Sở Tài chính", "Năm 2026"],
    ["2", "Phủ sóng di động 4G/5G tại các thôn, bản còn lõm sóng", KHCN, "Viettel Thái Nguyên, VNPT Thái Nguyên",
      "Trước 01/11/2026"],
    ["3", "Hoàn thiện mạng nội bộ (LAN), kết nối mạng truyền số liệu chuyên dùng tại trụ sở UBND cấp xã",
      "UBND các xã, phường", KHCN, "Quý II/2026"],
    ["4", "Tham mưu bố trí vốn đầu tư công cho các dự án chuyển đổi số năm 2026", "Sở Kế hoạch và Đầu tư", KHCN,
      "Trước ngày 30/4/2026"],
  ]],
  ["III", "Dữ liệu số", "PHÁT TRIỂN DỮ LIỆU SỐ", [
    ["1", "Hoàn thành số hóa sổ hộ tịch, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử", "Sở Tư pháp",
      "UBND các xã, phường", "Tháng 5/2026"],
    ["2", "Làm sạch, bổ sung Cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường",
      "Từ tháng 3 đến tháng 10/2026"],
    ["3", "Kết nối Cơ sở dữ liệu bảo hiểm xã hội với Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
      "Bảo hiểm xã hội tỉnh", VP, "Hoàn thành ngày 20/7/2026"],
    ["4", "Cập nhật dữ liệu ngành giáo dục lên Cơ sở dữ liệu ngành", "Sở Giáo dục và Đào tạo", "", "Hằng quý"],
    ["5", "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", "Trung tâm Phục vụ hành chính công tỉnh",
      "Các sở, ban, ngành", "Trước ngày 01/9/2026"],
  ]],
];

const TITLE = "PHỤ LỤC: NHIỆM VỤ CHUYỂN ĐỔI SỐ TỈNH THÁI NGUYÊN NĂM 2026";
const WITH = "(Kèm theo Kế hoạch số 38/KH-UBND ngày 12 tháng 02 năm 2026 của UBND tỉnh Thái Nguyên)";
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 38/KH-UBND", "Thái Nguyên, ngày 12 tháng 02 năm 2026",
    "KẾ HOẠCH", "Chuyển đổi số tỉnh Thái Nguyên năm 2026"),
  p("I. MỤC TIÊU", { bold: true }),
  p("Phát triển đồng bộ thể chế, hạ tầng và dữ liệu số; 100% thủ tục hành chính đủ điều kiện được cung cấp dịch " +
    "vụ công trực tuyến toàn trình."),
  p("II. NHIỆM VỤ", { bold: true }),
  p("Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian hoàn thành tại Phụ lục kèm theo (mỗi nhóm nhiệm " +
    "vụ một biểu)."),
  p("III. TỔ CHỨC THỰC HIỆN", { bold: true }),
  p("Các cơ quan, đơn vị chủ động triển khai nhiệm vụ được giao; định kỳ hằng quý báo cáo kết quả về Sở Khoa học và " +
    "Công nghệ để tổng hợp, báo cáo UBND tỉnh."),
  ...sign(["Bộ Khoa học và Công nghệ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
  p(TITLE, { bold: true, align: "center", indent: false }),
  p(WITH, { italic: true, align: "center", indent: false }),
  ...groups.flatMap(([roman, , label, rows]) => [
    p(`Biểu ${roman}. ${label}`, { bold: true, indent: false }),
    { t: "table", header: 1, widths: [600, 3900, 1800, 1900, 1500], rows: [HEADER, ...rows] },
  ]),
];

const U = "UBND cấp xã";
const tasks = [
  task("I.1", groups[0][3][0][1], "2026-03-31", [VP], [KHCN]),
  task("I.2", groups[0][3][1][1], "2026-06-29", [KHCN], ["Sở Tư pháp", VP]),
  task("I.3", groups[0][3][2][1], "2026-09-30", [KHCN], ["@departments"]),
  task("I.5", groups[0][3][4][1], "2026-08-15", ["Sở Tài chính"], ["Sở Nội vụ", U]),
  task("II.1", groups[1][3][0][1], "2026-12-31", [KHCN], ["Sở Tài chính"]),
  task("II.2", groups[1][3][1][1], "2026-10-31", [KHCN], ["Viettel Thái Nguyên", "VNPT Thái Nguyên"]),
  task("II.3", groups[1][3][2][1], "2026-06-30", [U], [KHCN]),
  task("II.4", groups[1][3][3][1], "2026-04-29", ["Sở Tài chính"], [KHCN]),
  task("III.1", groups[2][3][0][1], "2026-05-31", ["Sở Tư pháp"], [U]),
  task("III.2", groups[2][3][1][1], "2026-10-31", ["Sở Nông nghiệp và Môi trường"], [U]),
  task("III.3", groups[2][3][2][1], "2026-07-20", ["Bảo hiểm xã hội tỉnh"], [VP]),
  task("III.5", groups[2][3][4][1], "2026-08-31", ["Trung tâm Phục vụ hành chính công tỉnh"], ["@departments"]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "weasyprint", expected: {
  id,
  style: "Kế hoạch 38/KH-UBND Thái Nguyên (merged province) 12/02/2026 with its Phụ lục; plan.xlsx is the Phụ lục " +
    "as a workbook with one sheet per task group ('I. Thể chế số', 'II. Hạ tầng số', 'III. Dữ liệu số'), each " +
    "sheet repeating the Phụ lục title and 'Kèm theo Kế hoạch số 38/KH-UBND ngày 12 tháng 02 năm 2026' (plan " +
    "number and date read from it), then STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn " +
    "thành; STT restarts at 1 on each sheet, ref = sheet's Roman numeral + STT ('II.3'). docx/PDF " +
    "(WeasyPrint) carry the same groups as 'Biểu I/II/III' tables. Left out: I.4 'Thường xuyên', III.4 'Hằng " +
    "quý', section III's quarterly reports (day moves: README). 'Sở Kế hoạch và Đầu tư' (II.4) is a successor " +
    "case -> Sở Tài chính. 'UBND các xã, phường' = UBND cấp xã (unresolved, no communes.json); 'Viettel Thái " +
    "Nguyên', 'VNPT Thái Nguyên', 'Trung tâm Phục vụ hành chính công tỉnh' are in no directory.",
  province: "Thái Nguyên",
  plan: { number: "38/KH-UBND", date: "2026-02-12" },
  tasks,
  unresolved: [U, "Viettel Thái Nguyên", "VNPT Thái Nguyên", "Trung tâm Phục vụ hành chính công tỉnh"],
  successors: [{ written: "Sở Kế hoạch và Đầu tư", unit: "Sở Tài chính" }],
} });
await toXlsx(path.join(dir, "plan.xlsx"), groups.map(([roman, name, , rows]) => ({
  name: `${roman}. ${name}`, title: [TITLE, WITH, `Biểu ${roman}. ${groups.find((g) => g[0] === roman)[2]}`],
  header: HEADER, widths: [6, 60, 26, 30, 22], rows,
})));
