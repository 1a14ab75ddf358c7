// 02: Lai Châu, June 2025 (days before the reorganisation, districts still in place) — a plan for handing records,
// assets and work from the district level to the new communes. Its table merges cells vertically (Word vMerge): one
// "Thời gian hoàn thành" cell stands for two or three rows, and one "Đơn vị chủ trì" cell for several. Every row
// under a merged cell takes its value; none is a group row, so nothing is "inherited". A "Từ ngày 01/7/2025" start
// date and a "Thường xuyên" row are not deadlines.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-lai-chau-2025-handover-vmerged-deadline-and-lead-cells";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const TC = "Sở Tài chính";
const VP = "Văn phòng UBND tỉnh";
const D = "@districts";
const X = "UBND cấp xã";
const HCC = "Trung tâm Phục vụ hành chính công tỉnh";
// rows: [content, lead cell | 0 (merged from above), coord cell, coord[], time cell | 0, due | null]
// A lead/time cell given as [text, n] spans n rows. lead[] for each row is given explicitly.
const G = [
  ["I", "CÔNG TÁC CHUẨN BỊ", [
    ["Ban hành hướng dẫn bàn giao, tiếp nhận hồ sơ, tài liệu lưu trữ của các cơ quan cấp huyện", "Sở Nội vụ", [NV],
      "Văn phòng UBND tỉnh", [VP], ["Trước 15/6/2025", 2], "2025-06-14"],
    ["Hướng dẫn kiểm kê, bàn giao tài sản công, tài chính, ngân sách khi kết thúc hoạt động cấp huyện",
      "Sở Tài chính", [TC], "Kho bạc Nhà nước tỉnh", ["Kho bạc Nhà nước tỉnh"], 0, "2025-06-14"],
    ["Thống kê, lập danh mục hồ sơ, tài liệu của các cơ quan, đơn vị cấp huyện", ["UBND các huyện, thành phố", 3],
      [D], "UBND các xã, phường, thị trấn", [X], ["Trước 20/6/2025", 2], "2025-06-19"],
    ["Kiểm kê tài sản, trụ sở, phương tiện; lập phương án bàn giao cho xã mới", 0, [D], "Sở Tài chính", [TC], 0,
      "2025-06-19"],
    ["Rà soát hồ sơ thủ tục hành chính đang giải quyết, chuyển cho xã mới tiếp tục giải quyết", 0, [D],
      "Trung tâm Phục vụ hành chính công tỉnh", [HCC], "Hoàn thành 25/6/2025", "2025-06-25"],
  ]],
  ["II", "BÀN GIAO, TIẾP NHẬN", [
    ["Bàn giao hồ sơ, tài liệu lưu trữ của cơ quan cấp huyện cho UBND xã, phường mới",
      ["UBND các huyện, thành phố", 3], [D], "UBND các xã, phường mới", [X], ["Trước 30/6/2025", 3], "2025-06-29"],
    ["Bàn giao trụ sở làm việc, tài sản, trang thiết bị", 0, [D], "Sở Tài chính; UBND các xã, phường mới",
      [TC, X], 0, "2025-06-29"],
    ["Bàn giao hồ sơ cán bộ, công chức, viên chức chuyển về làm việc tại xã, phường", 0, [D], "Sở Nội vụ", [NV], 0,
      "2025-06-29"],
    ["Thu hồi con dấu của các cơ quan, đơn vị cấp huyện kết thúc hoạt động", "Công an tỉnh", ["Công an tỉnh"],
      "UBND các huyện, thành phố", [D], "Ngày 30/6/2025", "2025-06-30"],
    ["Cấu hình đơn vị hành chính mới trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
      "Văn phòng UBND tỉnh", [VP], "Sở Thông tin và Truyền thông", ["Sở Thông tin và Truyền thông"],
      "Trước 01/7/2025", "2025-06-30"],
  ]],
  ["III", "SAU KHI BÀN GIAO", [
    ["Vận hành bộ máy chính quyền xã, phường mới, bảo đảm không gián đoạn việc giải quyết thủ tục hành chính",
      "UBND các xã, phường mới", [X], "Các sở, ban, ngành", ["@departments"], "Từ ngày 01/7/2025", null],
    ["Kiểm tra việc bàn giao, tiếp nhận; xử lý vướng mắc phát sinh", ["Sở Nội vụ", 2], [NV],
      "Sở Tài chính; Văn phòng UBND tỉnh", [TC, VP], ["Tháng 7/2025", 2], "2025-07-31"],
    ["Giải quyết chế độ, chính sách cho cán bộ, công chức dôi dư theo Nghị định số 178/2024/NĐ-CP", 0, [NV],
      "Sở Tài chính", [TC], 0, "2025-07-31"],
    ["Tổng hợp kết quả bàn giao, tiếp nhận, báo cáo Bộ Nội vụ", "Sở Nội vụ", [NV], "Các sở, ban, ngành",
      ["@departments"], "Trước 15/8/2025", "2025-08-14"],
    ["Chỉnh lý, bảo quản hồ sơ, tài liệu đã tiếp nhận", "UBND các xã, phường mới", [X], "Sở Nội vụ", [NV],
      "Thường xuyên", null],
  ]],
];
const W = [720, 3340, 1800, 2000, 1500];
const merged = (v) => (Array.isArray(v) ? { text: v[0], vm: "restart", rows: v[1] } : v === 0 ? { text: "",
  vm: "continue" } : v);
const rows = [["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp, tiếp nhận", "Thời gian hoàn thành"]];
const tasks = [];
let n = 0;
for (const [num, name, items] of G) {
  rows.push([{ text: num, bold: true, align: "center", list: { kind: "rcell", inst: "G" } },
    { text: name, span: 4, bold: true }]);
  for (const [content, leadCell, lead, coordCell, coord, timeCell, due] of items) {
    n += 1;
    const time = merged(timeCell);
    rows.push([{ text: String(n), align: "center", list: { kind: "cell", inst: "stt" } }, content,
      merged(leadCell), coordCell, typeof time === "string" ? { text: time, align: "center" } : { ...time,
        align: "center" }]);
    if (due) tasks.push(task(String(n), content, due, lead, coord));
  }
}
const R = { kind: "roman", inst: "R" };
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 1874/KH-UBND", "Lai Châu, ngày 09 tháng 6 năm 2025", "KẾ HOẠCH",
    "Bàn giao, tiếp nhận hồ sơ, tài liệu, tài sản và công việc từ cấp huyện\nvề cấp xã khi tổ chức chính quyền địa " +
    "phương 02 cấp"),
  { t: "p", text: "Thực hiện Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp " +
    "đơn vị hành chính năm 2025 và Công văn số 4624/BNV-CQĐP ngày 06/6/2025 của Bộ Nội vụ về bàn giao hồ sơ, tài " +
    "liệu khi kết thúc hoạt động của cấp huyện, UBND tỉnh ban hành Kế hoạch bàn giao, tiếp nhận như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, indent: false, list: R },
  { t: "p", text: "Việc bàn giao phải hoàn thành trước khi chính quyền cấp xã mới đi vào hoạt động từ ngày " +
    "01/7/2025; không để thất lạc hồ sơ, tài liệu, tài sản; không gián đoạn việc phục vụ người dân, doanh nghiệp." },
  { t: "p", num: "II.", text: "NỘI DUNG, PHÂN CÔNG VÀ THỜI GIAN THỰC HIỆN", bold: true, indent: false, list: R },
  { t: "table", widths: W, header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, indent: false, list: R },
  { t: "p", text: "Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả bàn giao của " +
    "cơ quan, đơn vị mình; biên bản bàn giao lập thành 03 bản, gửi 01 bản về Sở Nội vụ. Trong quá trình thực hiện, " +
    "nếu có vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh." },
  ...sign(["Bộ Nội vụ", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các huyện, thành phố",
    "UBND các xã, phường, thị trấn"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Lương"),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 1874/KH-UBND Lai Châu 09/6/2025 (before 1/7/2025: districts, old departments): handover " +
      "from the district level to new communes. One table STT | Nội dung | Chủ trì | Phối hợp, tiếp nhận | Thời " +
      "gian, group rows I-III, STT 1-15 continuous (ref = STT). Word vMerge: time cells span 1-2, 3-4, 6-8, 12-13; " +
      "lead cells span 3-5, 6-8, 12-13; each row under a merged cell takes its text (txt: empty cells; docx " +
      "vMerge; PDF one cell). inherited false (no group row gives a deadline). 'Trước 15/6' -> 14/6 Sat -> 16/6; " +
      "'Trước 30/6' -> 29/6 Sun -> 30/6; 'Trước 01/7/2025' -> 30/6; 'Ngày 30/6/2025' = 30/6. 11 'Từ ngày " +
      "01/7/2025' is a start, not a deadline; 15 'Thường xuyên': both left out. 'UBND các xã, phường(, thị trấn)" +
      " (mới)' = UBND cấp xã. Kho bạc Nhà nước tỉnh, Công an tỉnh from the directory; Trung tâm Phục vụ hành chính " +
      "công tỉnh unresolved. 'báo cáo Bộ Nội vụ' is a recipient. Preamble dates (14/4, 06/6) are not tasks. PDF: " +
      "LibreOffice.",
    province: "Lai Châu",
    plan: { number: "1874/KH-UBND", date: "2025-06-09" },
    tasks,
    unresolved: [HCC, X],
    successors: [],
  },
});
