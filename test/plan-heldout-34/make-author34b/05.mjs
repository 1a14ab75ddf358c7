// 05: Thái Nguyên (after the reorganisation), UBND tỉnh, Kế hoạch 19/KH-UBND, 22/01/2026 — chuyển đổi số năm 2026.
// Two-row header: "Thời gian thực hiện" over four quarter sub-columns "Quý I | Quý II | Quý III | Quý IV"; a task's
// quarter cell holds the day it is due ("15/3", "30/6", "Tháng 8") or "x" (= end of that quarter); rows 3 and 6
// have a date in two quarters (two submissions: two tasks with the same ref). Landscape.
// plan.pdf: LibreOffice + Ghostscript.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "05-thai-nguyen-2026-quarter-subcolumns-due-day-in-quarter-cell-x-quarter-end-two-quarter-rows";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KH = "Sở Khoa học và Công nghệ";
const VP = "Văn phòng UBND tỉnh";
const XA = "UBND cấp xã";
const XP = "UBND các xã, phường";
const CA = "Công an tỉnh";

const c = (text) => ({ text, align: "center" });
let n = 0;
const r = (text, lead, coord, q) => [c(String(++n)), text, lead, coord, ...q.map(c)];
const rows = [
  [{ text: "STT", vm: "restart" }, { text: "Nội dung nhiệm vụ", vm: "restart" }, { text: "Cơ quan chủ trì", vm: "restart" },
    { text: "Cơ quan phối hợp", vm: "restart" }, { text: "Thời gian thực hiện", span: 4 }],
  [{ text: "", vm: "continue" }, { text: "", vm: "continue" }, { text: "", vm: "continue" }, { text: "", vm: "continue" },
    "Quý I", "Quý II", "Quý III", "Quý IV"],
  r("Ban hành Kế hoạch tuyên truyền, nâng cao nhận thức về chuyển đổi số năm 2026", KH,
    "Sở Văn hóa, Thể thao và Du lịch", ["15/3", "", "", ""]),
  r("Rà soát, làm sạch dữ liệu dân cư phục vụ giải quyết thủ tục hành chính trên môi trường điện tử", CA, XP,
    ["", "30/6", "", ""]),
  r("Báo cáo tình hình, kết quả thực hiện chuyển đổi số (báo cáo 6 tháng và báo cáo năm) gửi UBND tỉnh", KH,
    `Các sở, ban, ngành; ${XP}`, ["", "15/6", "", "15/12"]),
  r("Nâng cấp Trung tâm giám sát, điều hành thông minh (IOC) tỉnh, bổ sung các lớp dữ liệu chuyên ngành", KH, VP,
    ["", "", "x", ""]),
  r("Triển khai kho học liệu số dùng chung cho các trường trung học phổ thông", "Sở Giáo dục và Đào tạo", KH,
    ["", "", "Tháng 8", ""]),
  r("Số hóa sổ hộ tịch đang lưu trữ tại UBND cấp xã, cập nhật vào cơ sở dữ liệu hộ tịch điện tử (đợt 1, đợt 2)",
    "Sở Tư pháp", XP, ["", "Tháng 5", "", "Tháng 11"]),
  r("Kiểm tra, đánh giá bảo đảm an toàn thông tin mạng tại các cơ quan nhà nước", CA, KH, ["", "", "20/9", ""]),
  r("Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia trên địa bàn tỉnh", KH, "Các sở, ban, ngành",
    ["", "", "", "10/10"]),
  r("Đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ban, ngành và UBND cấp xã năm 2026", KH, VP,
    ["", "", "", "x"]),
  r("Hoàn thiện quy chế quản lý, vận hành, khai thác Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh", KH, "Sở Tư pháp",
    ["x", "", "", ""]),
  r("Cập nhật Kiến trúc Chính quyền điện tử, Chính quyền số tỉnh Thái Nguyên sau sắp xếp đơn vị hành chính", KH,
    VP, ["", "Tháng 4", "", ""]),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 19/KH-UBND", "Thái Nguyên, ngày 22 tháng 01 năm 2026",
    "KẾ HOẠCH", "Chuyển đổi số tỉnh Thái Nguyên năm 2026"),
  { t: "p", align: "justify", text: "Để tiếp tục đẩy mạnh chuyển đổi số trong các cơ quan nhà nước sau khi sắp xếp " +
    "tổ chức bộ máy và chính quyền địa phương hai cấp, UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2026 như sau:" },
  { t: "p", num: "I.", text: "MỤC TIÊU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Phấn đấu 100% hồ sơ công việc tại cấp tỉnh và cấp xã được xử lý trên môi " +
    "trường mạng; dữ liệu dùng chung được kết nối, chia sẻ thông suốt giữa các cơ quan." },
  { t: "p", num: "II.", text: "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "table", widths: [700, 4800, 2000, 2200, 1200, 1200, 1200, 1200], header: 2, rows },
  { t: "p", italic: true, text: "Ghi chú: ô ghi ngày, tháng là thời hạn hoàn thành nhiệm vụ trong quý đó; ô đánh dấu " +
    "\"x\" là hoàn thành trong quý, chậm nhất ngày cuối cùng của quý. Nhiệm vụ có thời hạn ở hai quý thực hiện hai lần." },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc các cơ quan, đơn vị thực hiện " +
    "Kế hoạch; kịp thời báo cáo UBND tỉnh những khó khăn, vướng mắc phát sinh." },
  ...sign(["Bộ Khoa học và Công nghệ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", XP], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
];

const tasks = [
  task("1", "Ban hành Kế hoạch tuyên truyền, nâng cao nhận thức về chuyển đổi số năm 2026", "2026-03-15", [KH],
    ["Sở Văn hóa, Thể thao và Du lịch"]),
  task("2", "Rà soát, làm sạch dữ liệu dân cư phục vụ giải quyết thủ tục hành chính trên môi trường điện tử",
    "2026-06-30", [CA], [XA]),
  task("3", "Báo cáo tình hình, kết quả thực hiện chuyển đổi số (báo cáo 6 tháng và báo cáo năm)", "2026-06-15", [KH],
    ["@departments", XA]),
  task("3", "Báo cáo tình hình, kết quả thực hiện chuyển đổi số (báo cáo 6 tháng và báo cáo năm)", "2026-12-15", [KH],
    ["@departments", XA]),
  task("4", "Nâng cấp Trung tâm giám sát, điều hành thông minh (IOC) tỉnh", "2026-09-30", [KH], [VP]),
  task("5", "Triển khai kho học liệu số dùng chung cho các trường trung học phổ thông", "2026-08-31",
    ["Sở Giáo dục và Đào tạo"], [KH]),
  task("6", "Số hóa sổ hộ tịch đang lưu trữ tại UBND cấp xã", "2026-05-31", ["Sở Tư pháp"], [XA]),
  task("6", "Số hóa sổ hộ tịch đang lưu trữ tại UBND cấp xã", "2026-11-30", ["Sở Tư pháp"], [XA]),
  task("7", "Kiểm tra, đánh giá bảo đảm an toàn thông tin mạng tại các cơ quan nhà nước", "2026-09-20", [CA], [KH]),
  task("8", "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia trên địa bàn tỉnh", "2026-10-10", [KH],
    ["@departments"]),
  task("9", "Đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ban, ngành và UBND cấp xã năm 2026", "2026-12-31",
    [KH], [VP]),
  task("10", "Hoàn thiện quy chế quản lý, vận hành, khai thác Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh",
    "2026-03-31", [KH], ["Sở Tư pháp"]),
  task("11", "Cập nhật Kiến trúc Chính quyền điện tử, Chính quyền số tỉnh Thái Nguyên", "2026-04-30", [KH], [VP]),
];

await build(DIR, {
  blocks, printer: "ghostscript", landscape: true,
  expected: {
    id: ID,
    style: "Kế hoạch 19/KH-UBND of UBND tỉnh Thái Nguyên, 22/01/2026 (after the reorganisation: merged departments, " +
      "no districts; 'UBND các xã, phường' = UBND cấp xã, unresolved), chuyển đổi số 2026. Table STT | Nội dung " +
      "nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện, two header rows: the first four headers " +
      "merged down (vMerge), 'Thời gian thực hiện' (gridSpan 4) over 'Quý I | Quý II | Quý III | Quý IV'. A task's " +
      "quarter cell holds the day due ('15/3'), a month ('Tháng 8' = last day) or 'x' = the last day of that quarter " +
      "(the note under the table says so); landscape page; year omitted = 2026. Rows 3 and 6 have a date in two quarters: two " +
      "submissions, two tasks with the same ref (3: 6-month report 15/6 and year report 15/12; 6: đợt 1 Tháng 5, đợt 2 " +
      "Tháng 11), in the order written; the check's 'ref twice' note is expected. ref = STT. 'gửi UBND tỉnh' is a recipient. Dates (2026): 1 '15/3' Sun -> 16/3; 2 '30/6' Tue; 3 " +
      "'15/6' Mon and '15/12' Tue; 4 Quý III 'x' 30/9 Wed; 5 'Tháng 8' 31/8 Mon; 6 'Tháng 5' 31/5 Sun -> 1/6 and " +
      "'Tháng 11' 30/11 Mon; 7 '20/9' Sun -> 21/9; 8 '10/10' Sat -> 12/10; 9 Quý IV 'x' 31/12 Thu; 10 Quý I 'x' 31/3 " +
      "Tue; 11 'Tháng 4' 30/4 off (30/4, 1/5, weekend) -> 4/5.",
    province: "Thái Nguyên",
    plan: { number: "19/KH-UBND", date: "2026-01-22" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});
