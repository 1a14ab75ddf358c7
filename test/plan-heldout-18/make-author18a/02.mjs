// 02: Thái Nguyên 2026 (after the reorganisation, Bắc Kạn merged in) — a tourism plan whose appendix marks each
// task's months with ✓ under T1 … T12, and whose "Ghi chú" column sometimes gives an exact date. The plan says: a
// task is done in the last month ticked; where Ghi chú gives a date, that date is the deadline (earlier or later).
// Notes without a date (lồng ghép…, theo kế hoạch riêng) change nothing; "Thường xuyên" rows are not dated.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-thai-nguyen-2026-month-ticks-note-date-overrides";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VH = "Sở Văn hóa, Thể thao và Du lịch";
const TC = "Sở Tài chính";
const XD = "Sở Xây dựng";
const HN = "Ban Quản lý Khu du lịch Hồ Núi Cốc";
const BB = "Ban Quản lý Vườn quốc gia Ba Bể";
const HH = "Hiệp hội Du lịch tỉnh";
const X = "UBND cấp xã";
const LAST = { 2: "2026-02-28", 3: "2026-03-31", 5: "2026-05-31", 6: "2026-06-30", 8: "2026-08-31",
  9: "2026-09-30", 10: "2026-10-31", 11: "2026-11-30", 12: "2026-12-31" };
// [group, [content, lead cell, lead[], coord cell, coord[], months[], note, due from note | null, dated]]
const G = [
  ["I. XÂY DỰNG KẾ HOẠCH, CƠ CHẾ, QUY HOẠCH", [
    ["Phổ biến Kế hoạch, giao chỉ tiêu khách du lịch năm 2026 cho các xã, phường", "Sở VHTTDL", [VH],
      "UBND các xã, phường", [X], [1, 2], "", null],
    ["Xây dựng Kế hoạch tổ chức chuỗi sự kiện \"Thái Nguyên - Điểm hẹn xứ Trà\" năm 2026", "Sở VHTTDL", [VH],
      "Sở Tài chính", [TC], [2, 3], "", null],
    ["Rà soát, điều chỉnh cục bộ quy hoạch phân khu Khu du lịch Hồ Núi Cốc", "Sở Xây dựng", [XD],
      "Sở VHTTDL; Ban Quản lý Khu du lịch Hồ Núi Cốc", [VH, HN], [3, 4, 5], "Hoàn thành trước 20/5/2026",
      "2026-05-19"],
    ["Xây dựng cơ sở dữ liệu du lịch số, tích hợp bản đồ số các điểm đến", "Sở Khoa học và Công nghệ",
      ["Sở Khoa học và Công nghệ"], "Sở VHTTDL", [VH], [4, 5, 6, 7, 8, 9], "Lồng ghép Đề án chuyển đổi số của tỉnh",
      null],
  ]],
  ["II. PHÁT TRIỂN SẢN PHẨM, HẠ TẦNG DU LỊCH", [
    ["Phát triển tuyến du lịch hồ Ba Bể - thác Đầu Đẳng gắn với du lịch cộng đồng", "Sở VHTTDL", [VH],
      "Ban Quản lý Vườn quốc gia Ba Bể", [BB], [5, 6], "Xong trước 15/6/2026", "2026-06-14"],
    ["Hỗ trợ chủ thể OCOP phát triển sản phẩm trà gắn với trải nghiệm du lịch", "Sở Nông nghiệp và Môi trường",
      ["Sở Nông nghiệp và Môi trường"], "Sở Công Thương; UBND các xã, phường", ["Sở Công Thương", X], [5, 6], "",
      null],
    ["Nâng cấp tuyến đường vào Khu di tích quốc gia đặc biệt ATK Định Hóa", "Sở Xây dựng", [XD], "Sở Tài chính",
      [TC], [3, 4, 5, 6, 7, 8, 9, 10], "Thông xe trước 19/8/2026", "2026-08-18"],
    ["Biên soạn tài liệu thuyết minh điểm đến song ngữ Việt - Anh", "Sở VHTTDL", [VH], "Sở Ngoại vụ",
      ["Sở Ngoại vụ"], [6, 7, 8], "", null],
    ["Đánh giá, xếp hạng cơ sở lưu trú du lịch", "Sở VHTTDL", [VH], "Thuế tỉnh", ["Thuế tỉnh"], [8, 9],
      "Lùi từ tháng 7 do trùng lịch kiểm tra", null],
  ]],
  ["III. XÚC TIẾN, QUẢNG BÁ VÀ QUẢN LÝ", [
    ["Tuyên truyền, quảng bá du lịch trên báo chí và nền tảng số", "Báo và Phát thanh, Truyền hình Thái Nguyên",
      ["Báo và Phát thanh, Truyền hình Thái Nguyên"], "Sở VHTTDL", [VH], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      "Thường xuyên", null, false],
    ["Sơ kết 6 tháng thực hiện Kế hoạch", "Sở VHTTDL", [VH], "Các sở, ngành", ["@departments"], [6],
      "Báo cáo UBND tỉnh trước 05/7/2026", "2026-07-04"],
    ["Tổ chức đoàn famtrip khảo sát sản phẩm du lịch mới cho doanh nghiệp lữ hành", "Hiệp hội Du lịch tỉnh", [HH],
      "Sở VHTTDL", [VH], [10], "Hoàn thành 15/10/2026", "2026-10-15"],
    ["Kiểm tra an toàn tại các điểm du lịch cộng đồng, khu vui chơi dưới nước", "Sở VHTTDL", [VH], "Công an tỉnh",
      ["Công an tỉnh"], [3, 7, 11], "", null],
    ["Tổ chức Festival Trà Thái Nguyên - Hương sắc miền trung du", "Sở VHTTDL", [VH], "Sở Công Thương",
      ["Sở Công Thương"], [11], "Thời gian cụ thể theo kế hoạch riêng", null],
    ["Tổng kết năm 2026, xây dựng Kế hoạch phát triển du lịch năm 2027", "Sở VHTTDL", [VH], "Các sở, ngành",
      ["@departments"], [12], "Trình UBND tỉnh trước 15/12/2026", "2026-12-14"],
  ]],
];
const W = [500, 3500, 1700, 1900, ...Array(12).fill(390), 2000];
const R = { kind: "roman", inst: "R" };
const hdr = [
  [{ text: "STT", vm: "restart", rows: 2 }, { text: "Nội dung nhiệm vụ", vm: "restart", rows: 2 },
    { text: "Cơ quan chủ trì", vm: "restart", rows: 2 }, { text: "Cơ quan phối hợp", vm: "restart", rows: 2 },
    { text: "Thời gian thực hiện năm 2026", span: 12 }, { text: "Ghi chú", vm: "restart", rows: 2 }],
  [{ text: "", vm: "continue" }, { text: "", vm: "continue" }, { text: "", vm: "continue" },
    { text: "", vm: "continue" }, ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`), { text: "", vm: "continue" }],
];
const rows = [...hdr];
const tasks = [];
let n = 0;
for (const [group, items] of G) {
  rows.push([{ text: group, span: 17, bold: true }]);
  for (const [content, leadCell, lead, coordCell, coord, months, note, noteDue, dated = true] of items) {
    n += 1;
    const ticks = Array.from({ length: 12 }, (_, i) => ({ text: months.includes(i + 1) ? "✓" : "", align: "center" }));
    const stt = { text: String(n), align: "center", list: { kind: "cell", inst: "stt" } };
    rows.push([stt, content, leadCell, coordCell, ...ticks, note]);
    if (dated) tasks.push(task(String(n), content, noteDue ?? LAST[Math.max(...months)], lead, coord));
  }
}
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 41/KH-UBND", "Thái Nguyên, ngày 30 tháng 01 năm 2026",
    "KẾ HOẠCH", "Phát triển du lịch tỉnh Thái Nguyên năm 2026"),
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, indent: false, list: R },
  { t: "p", text: "Phát huy lợi thế về văn hóa trà, di tích ATK và hồ Ba Bể sau khi hợp nhất tỉnh; phấn đấu đón " +
    "5,2 triệu lượt khách trong năm 2026; phân công rõ cơ quan chủ trì, phối hợp và tiến độ từng nhiệm vụ." },
  { t: "p", num: "II.", text: "NHIỆM VỤ VÀ TIẾN ĐỘ", bold: true, indent: false, list: R },
  { t: "p", text: "Nhiệm vụ, cơ quan thực hiện và tiến độ tại Phụ lục kèm theo. Tháng thực hiện được đánh dấu (✓); " +
    "nhiệm vụ đánh dấu nhiều tháng phải hoàn thành trong tháng cuối cùng được đánh dấu. Trường hợp cột Ghi chú " +
    "ghi thời hạn cụ thể thì thực hiện theo thời hạn tại cột Ghi chú." },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, indent: false, list: R },
  { t: "p", text: "Các cơ quan, đơn vị báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 20 tháng cuối " +
    "quý để tổng hợp, báo cáo UBND tỉnh. Kinh phí thực hiện từ dự toán ngân sách năm 2026 đã giao." },
  ...sign(["Bộ VHTTDL", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
  { t: "p", text: "PHỤ LỤC\nNHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN DU LỊCH NĂM 2026", bold: true,
    align: "center", indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 41/KH-UBND ngày 30/01/2026 của UBND tỉnh Thái Nguyên)", italic: true,
    align: "center", indent: false },
  { t: "table", widths: W, header: 2, rows },
];

await build(DIR, {
  blocks, printer: "libreoffice", landscape: true,
  expected: {
    id: ID,
    style: "Kế hoạch 41/KH-UBND Thái Nguyên 30/01/2026 (after the reorganisation); landscape Phụ lục STT | Nội " +
      "dung | Chủ trì | Phối hợp | T1-T12 ticked ✓ | Ghi chú; group rows I-III, STT 1-15 continuous (ref = STT, " +
      "no Roman prefix). Body rule: due = end of the last ticked month; a date in Ghi chú wins, earlier (3: 20/5 " +
      "-> 19/5; 7: T10 but 'trước 19/8' -> 18/8) or later (11: T6 but 'trước 05/7' -> 4/7 Sat -> 6/7). Undated " +
      "notes change nothing (4, 9, 14). 10 'Thường xuyên' left out. 1: 28/2 Sat -> 2/3; 5: 14/6 Sun -> 15/6; 4: " +
      "T9 -> 30/9. Sở VHTTDL = Sở Văn hóa, Thể thao và Du lịch. 'UBND các xã, phường' = UBND cấp xã. Unresolved: " +
      "Ban QL Khu du lịch Hồ Núi Cốc, Ban QL Vườn quốc gia Ba Bể, Hiệp hội Du lịch tỉnh. PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "41/KH-UBND", date: "2026-01-30" },
    tasks,
    unresolved: [HN, BB, HH, X],
    successors: [],
  },
});
