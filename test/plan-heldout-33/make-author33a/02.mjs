// 02: Bắc Kạn, UBND tỉnh, 14/5/2024 — Kế hoạch cải thiện Chỉ số PCI năm 2024. A Word file with NO table: the
// task list is typed in columns with TAB STOPS (STT ⇥ Nội dung ⇥ Chủ trì ⇥ Phối hợp ⇥ Thời gian) on a landscape
// page; a long content / unit / time wraps onto continuation lines (each its own paragraph) that begin with tabs
// ("\tcontinuation", "\t\t\tthành phố"); some rows' Chủ trì stop has a dot leader. plan.txt keeps the tabs as
// Word's text copy gives them. plan-auto: the STT is a Word list number followed by a tab. plan.pdf: LibreOffice.
import { addKind, build, task, wrap } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-bac-kan-2024-no-table-tab-stop-columns-continuation-lines-leader-dots";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
addKind("t-num", ["decimal", "%1"]);
const KH = "Sở Kế hoạch và Đầu tư";
const VP = "Văn phòng UBND tỉnh";
const SBN = "Các sở, ban, ngành";
const HUY = "UBND các huyện, thành phố";
const TT = "Sở Thông tin và Truyền thông";
const HH = "Hiệp hội Doanh nghiệp tỉnh";

// [content, lead, coordinators, time, leaderDots]; a string = a group line
const ROWS = [
  "I.\tCẢI THIỆN CHẤT LƯỢNG ĐIỀU HÀNH, CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
  ["Xây dựng, ban hành kế hoạch cải thiện Chỉ số PCI của từng sở, ngành, địa phương năm 2024", KH,
    `${SBN}, ${HUY}`, "Trước ngày 31/5/2024"],
  ["Tổ chức Hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp, nhà đầu tư năm 2024", KH, `${HH}, ${VP}`,
    "Tháng 6/2024"],
  ["Rà soát, công bố danh mục thủ tục hành chính được cắt giảm thời gian giải quyết", VP, SBN, "Quý II/2024", true],
  "II.\tTIẾP CẬN ĐẤT ĐAI, CHI PHÍ KHÔNG CHÍNH THỨC VÀ HỖ TRỢ DOANH NGHIỆP",
  ["Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất trên Cổng thông tin điện tử của tỉnh và của các " +
    "huyện, thành phố", "Sở Tài nguyên và Môi trường", HUY, "Chậm nhất ngày 15/7/2024"],
  ["Rút ngắn thời gian giải phóng mặt bằng, bàn giao đất sạch cho nhà đầu tư các dự án trọng điểm", HUY,
    "Sở Tài nguyên và Môi trường, Sở Xây dựng", "Từ tháng 5 đến tháng 9/2024"],
  ["Đẩy mạnh thanh toán không dùng tiền mặt trong nộp thuế, phí, lệ phí", "Kho bạc Nhà nước tỉnh", "Sở Tài chính",
    "Quý III/2024", true],
  ["Tổ chức tập huấn kỹ năng hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa", "Sở Tư pháp", HH, "Tháng 8/2024"],
  ["Khảo sát mức độ hài lòng của doanh nghiệp đối với chất lượng giải quyết thủ tục hành chính", "Sở Nội vụ",
    `${VP}, Cục Thống kê tỉnh`, "Trước ngày 30/9/2024"],
  ["Nâng cấp Cổng thông tin xúc tiến đầu tư của tỉnh, tích hợp bản đồ số các khu, cụm công nghiệp", TT,
    `${KH}, Sở Công Thương`, "Tháng 10/2024", true],
  "III.\tTHÔNG TIN, THEO DÕI, ĐÁNH GIÁ",
  ["Tuyên truyền kết quả cải thiện môi trường đầu tư kinh doanh trên Báo Bắc Kạn, Đài Phát thanh - Truyền hình " +
    "tỉnh", TT, "Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh", "Thường xuyên"],
  ["Báo cáo kết quả thực hiện Kế hoạch năm 2024 gửi UBND tỉnh (qua Sở Kế hoạch và Đầu tư)", `${SBN}, ${HUY}`, "",
    "Trước ngày 05/12/2024"],
  ["Đánh giá, xếp hạng chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2024", KH, `${SBN}, ${HUY}`,
    "Tháng 12/2024", true],
];
const POS = [600, 6600, 9400, 12300];
const SIZE = 24;
const tabs = (dots) => POS.map((pos, i) => ({ pos, leader: dots && i === 1 ? "dot" : undefined }));
const lines = [];
let n = 0;
for (const r of ROWS) {
  if (typeof r === "string") {
    lines.push({ t: "p", text: r, bold: true, indent: false, tabs: tabs(false), size: SIZE, after: 60, tight: true });
    continue;
  }
  const [c, lead, co, time, dots] = r;
  const cols = [wrap(c, 288, 12), wrap(lead, 130, 12), wrap(co, 135, 12), wrap(time, 104, 12)];
  const h = Math.max(...cols.map((x) => x.length));
  n++;
  for (let k = 0; k < h; k++) {
    const parts = cols.map((x) => x[k] ?? "");
    while (parts.length && parts[parts.length - 1] === "") parts.pop();
    const text = parts.join("\t");
    const last = k === h - 1;
    lines.push(k === 0 ? { t: "p", num: String(n), numSep: "\t", text, list: { kind: "t-num", inst: "T" },
      indent: false, tabs: tabs(dots), size: SIZE, after: last ? 80 : 0, tight: true } :
      { t: "p", text: "\t" + text, indent: false, tabs: tabs(false), size: SIZE, after: last ? 80 : 0, tight: true });
  }
}

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 312/KH-UBND", "Bắc Kạn, ngày 14 tháng 5 năm 2024", "KẾ HOẠCH",
    "Cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) tỉnh Bắc Kạn năm 2024"),
  { t: "p", text: "Căn cứ Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ về nhiệm vụ, giải pháp chủ yếu cải " +
    "thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2024; kết quả Chỉ số PCI năm 2023 của " +
    "tỉnh, UBND tỉnh ban hành Kế hoạch như sau:", align: "justify" },
  { t: "p", text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true, indent: false },
  { t: "p", text: "Khắc phục các chỉ số thành phần giảm điểm; phân công cụ thể cơ quan chủ trì, phối hợp và thời " +
    "gian thực hiện từng nhiệm vụ.", align: "justify" },
  { t: "p", text: "II. NHIỆM VỤ CỤ THỂ", bold: true, indent: false },
  { t: "p", text: "STT\tNội dung\tChủ trì\tPhối hợp\tThời gian", bold: true, indent: false, tabs: tabs(false),
    size: SIZE, after: 120, tight: true },
  ...lines,
  { t: "p", text: "III. TỔ CHỨC THỰC HIỆN", bold: true, indent: false },
  { t: "p", text: "Các sở, ban, ngành, UBND các huyện, thành phố căn cứ nhiệm vụ được giao tổ chức thực hiện; Sở Kế " +
    "hoạch và Đầu tư theo dõi, tổng hợp, báo cáo UBND tỉnh.", align: "justify" },
  ...sign(["Bộ Kế hoạch và Đầu tư (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Các sở, ban, ngành",
    "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"),
];

const tasks = [
  task("1", ROWS[1][0], "2024-05-30", [KH], ["@departments", "@districts"]),
  task("2", ROWS[2][0], "2024-06-30", [KH], [HH, VP]),
  task("3", ROWS[3][0], "2024-06-30", [VP], ["@departments"]),
  task("4", ROWS[5][0], "2024-07-15", ["Sở Tài nguyên và Môi trường"], ["@districts"]),
  task("5", ROWS[6][0], "2024-09-30", ["@districts"], ["Sở Tài nguyên và Môi trường", "Sở Xây dựng"]),
  task("6", ROWS[7][0], "2024-09-30", ["Kho bạc Nhà nước tỉnh"], ["Sở Tài chính"]),
  task("7", ROWS[8][0], "2024-08-31", ["Sở Tư pháp"], [HH]),
  task("8", ROWS[9][0], "2024-09-29", ["Sở Nội vụ"], [VP, "Cục Thống kê tỉnh"]),
  task("9", ROWS[10][0], "2024-10-31", [TT], [KH, "Sở Công Thương"]),
  task("11", ROWS[13][0], "2024-12-04", ["@departments", "@districts"]),
  task("12", ROWS[14][0], "2024-12-31", [KH], ["@departments", "@districts"]),
];

await build(DIR, {
  blocks, printer: "libreoffice", landscape: true,
  expected: {
    id: ID,
    style: "Kế hoạch 312/KH-UBND of UBND tỉnh Bắc Kạn, 14/5/2024 (before the merger), PCI 2024. No table: the task " +
      "list is typed on a landscape page in columns made by TAB STOPS: 'STT⇥Nội dung⇥Chủ trì⇥Phối hợp⇥Thời gian'. " +
      "Each column's text wraps by hand onto continuation paragraphs that begin with a tab ('⇥continuation⇥⇥unit " +
      "rest'; a line holding only the Phối hợp rest starts '⇥⇥⇥'); a line's trailing empty columns have no tabs. " +
      "Rows 3, 6, 9, 12 have a dot leader before Chủ trì (plan.txt: a plain tab). Group lines 'I.⇥…' are no " +
      "tasks; STT runs 1-12 (plan-auto: a Word list number then a tab); ref = STT. A row's title = its Nội dung " +
      "lines joined. Row 10 'Thường xuyên': no task. Dates 2024: 1 'Trước ngày 31/5' -> 30/5 Thu; 2 'Tháng 6' " +
      "30/6 Sun -> 1/7; 3 'Quý II' 30/6 -> 1/7; 4 'Chậm nhất ngày 15/7' Mon; 5 'Từ tháng 5 đến tháng 9' 30/9 Mon; " +
      "6 'Quý III' 30/9; 7 'Tháng 8' 31/8 Sat, 2-3/9 off -> 4/9; 8 'Trước ngày 30/9' -> 29/9 Sun -> 30/9; 9 " +
      "'Tháng 10' 31/10 Thu; 11 'Trước ngày 05/12' -> 4/12 Wed (UBND tỉnh / Sở KH&ĐT recipients, lead = the " +
      "two groups); 12 'Tháng 12' 31/12 Tue. 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = " +
      "@districts.",
    province: "Bắc Kạn",
    plan: { number: "312/KH-UBND", date: "2024-05-14" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
