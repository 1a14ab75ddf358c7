// 02: Bắc Kạn 2024 (before the reorganisation) — a plan on records and archives work whose table has ONE unit
// column "Đơn vị thực hiện": the lead is marked with an asterisk "(*)" (a note above the table says so), the other
// units named coordinate; a cell with one unit and no mark names the lead; two marks name two leads; a mark may sit
// on the second unit. A "Ghi chú" column says a row is already done. plan.pdf: Chromium (from HTML).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-bac-kan-2024-asterisk-marks-lead-in-one-unit-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const TT = "Sở Thông tin và Truyền thông";
const TC = "Sở Tài chính";
const KH = "Sở Kế hoạch và Đầu tư";
const VP = "Văn phòng UBND tỉnh";
const S = "@departments";
const D = "@districts";
// [group] | [content, units cell, time, note, lead[], coord[], due | null]
const ROWS = [
  ["I", "CÔNG TÁC VĂN THƯ"],
  ["Ban hành Danh mục hồ sơ năm 2024 của cơ quan, đơn vị", "Các sở, ban, ngành (*);\nUBND các huyện, thành phố (*)",
    "Trước 31/3/2024", "", [S, D], [], "2024-03-30"],
  ["Gửi, nhận văn bản điện tử có ký số qua Hệ thống quản lý văn bản và điều hành liên thông bốn cấp chính quyền",
    "Sở Thông tin và Truyền thông (*);\nVăn phòng UBND tỉnh", "Quý II/2024", "", [TT], [VP], "2024-06-30"],
  ["Lập hồ sơ điện tử và nộp lưu hồ sơ điện tử vào Lưu trữ cơ quan", "Các sở, ban, ngành;\nUBND các huyện, thành phố",
    "Thường xuyên", "", [S, D], [], null],
  ["Tập huấn nghiệp vụ văn thư, lưu trữ cho công chức Văn phòng - Thống kê cấp xã", "Sở Nội vụ", "Tháng 6/2024", "",
    [NV], [], "2024-06-30"],
  ["II", "CÔNG TÁC LƯU TRỮ"],
  ["Chỉnh lý khoa học tài liệu tồn đọng giai đoạn 2015 - 2020 tại Lưu trữ lịch sử tỉnh", "Sở Nội vụ (*);\nSở Tài chính",
    "Tháng 9/2024", "", [NV], [TC], "2024-09-30"],
  ["Thu thập hồ sơ, tài liệu của các cơ quan thuộc Danh mục nguồn nộp lưu vào Lưu trữ lịch sử tỉnh",
    "Sở Nội vụ (*);\nCác sở, ban, ngành", "Quý IV/2024", "", [NV], [S], "2024-12-31"],
  ["Thẩm định, tiêu hủy tài liệu hết giá trị của Lưu trữ lịch sử tỉnh", "Sở Nội vụ (*);\nSở Tài chính",
    "Tháng 01/2024", "Đã hoàn thành", [NV], [TC], null],
  ["Số hóa tài liệu lưu trữ lịch sử có giá trị sử dụng thường xuyên (giai đoạn 1)",
    "Sở Nội vụ (*);\nSở Thông tin và Truyền thông;\nSở Tài chính", "Trước 15/11/2024", "", [NV], [TT, TC],
    "2024-11-14"],
  ["Lập hồ sơ đề xuất chủ trương đầu tư Dự án cải tạo Kho Lưu trữ chuyên dụng tỉnh", "Sở Nội vụ;\nSở Kế hoạch và " +
    "Đầu tư (*)", "Tháng 7/2024", "Trình UBND tỉnh", [KH], [NV], "2024-07-31"],
  ["III", "KIỂM TRA, THỐNG KÊ, BÁO CÁO"],
  ["Kiểm tra công tác văn thư, lưu trữ tại 04 sở, ngành và 03 huyện", "Sở Nội vụ (*);\nVăn phòng UBND tỉnh",
    "Quý III/2024", "Theo Kế hoạch kiểm tra riêng", [NV], [VP], "2024-09-30"],
  ["Báo cáo thống kê công tác văn thư, lưu trữ và tài liệu lưu trữ năm 2024 gửi Sở Nội vụ",
    "Các sở, ban, ngành (*);\nUBND các huyện, thành phố (*)", "Trước 10/01/2025", "", [S, D], [], "2025-01-09"],
  ["Tổng hợp báo cáo Bộ Nội vụ (Cục Văn thư và Lưu trữ nhà nước) về công tác văn thư, lưu trữ năm 2024", "Sở Nội vụ",
    "Trước 20/01/2025", "", [NV], [], "2025-01-19"],
  ["Tuyên truyền nhân Ngày Lưu trữ Việt Nam (03/01)", "Sở Nội vụ (*);\nBáo Bắc Kạn;\nĐài Phát thanh - Truyền hình tỉnh",
    "Hằng năm", "", [NV], ["Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"], null],
  ["Bố trí kinh phí chỉnh lý, số hóa tài liệu lưu trữ", "Sở Tài chính (*);\nSở Nội vụ", "Trong năm 2024", "", [TC],
    [NV], "2024-12-31"],
];
const W = [650, 3600, 2350, 1300, 1450];
const rows = [["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian", "Ghi chú"]];
const tasks = [];
let n = 0;
for (const r of ROWS) {
  if (r.length === 2) {
    rows.push([{ text: r[0], bold: true, align: "center", list: { kind: "rcell", inst: "G" } },
      { text: r[1], span: 4, bold: true }]);
    continue;
  }
  const [content, units, time, note, lead, coord, due] = r;
  n += 1;
  rows.push([{ text: String(n), align: "center", list: { kind: "cell", inst: "stt" } }, content, units,
    { text: time, align: "center" }, note]);
  if (due) tasks.push(task(String(n), content, due, lead, coord));
}
const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const i4 = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "IV" } });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 87/KH-UBND", "Bắc Kạn, ngày 22 tháng 02 năm 2024",
    "KẾ HOẠCH", "Công tác văn thư, lưu trữ năm 2024 trên địa bàn tỉnh Bắc Kạn"),
  { t: "p", text: "Căn cứ Luật Lưu trữ năm 2011; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác " +
    "văn thư; Hướng dẫn số 12/HD-VTLTNN ngày 15/01/2024 của Cục Văn thư và Lưu trữ nhà nước, UBND tỉnh ban hành " +
    "Kế hoạch công tác văn thư, lưu trữ năm 2024 như sau:" },
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  { t: "p", text: "Quản lý thống nhất công tác văn thư, lưu trữ; bảo quản an toàn, phát huy giá trị tài liệu lưu " +
    "trữ. Năm 2023, 100% cơ quan cấp tỉnh đã gửi, nhận văn bản điện tử; Lưu trữ lịch sử tỉnh đã chỉnh lý 85 mét " +
    "giá tài liệu." },
  sec("II.", "NHIỆM VỤ"),
  { t: "p", text: "Nhiệm vụ, đơn vị thực hiện và thời gian theo Bảng dưới đây." },
  { t: "p", text: "Ghi chú: Đơn vị có dấu (*) là đơn vị chủ trì; các đơn vị còn lại trong cùng ô là đơn vị phối hợp. " +
    "Ô chỉ ghi một đơn vị thì đơn vị đó chủ trì thực hiện.", italic: true },
  { t: "table", widths: W, header: 1, rows },
  sec("III.", "KINH PHÍ"),
  { t: "p", text: "Từ nguồn ngân sách nhà nước giao trong dự toán năm 2024 của các cơ quan, đơn vị và các nguồn hợp " +
    "pháp khác." },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  i4("1.", "Sở Nội vụ hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tham mưu UBND tỉnh " +
    "sơ kết, tổng kết."),
  i4("2.", "Các sở, ban, ngành, UBND các huyện, thành phố báo cáo kết quả công tác văn thư, lưu trữ 6 tháng đầu năm " +
    "2024 gửi Sở Nội vụ trước ngày 15/6/2024 để tổng hợp."),
  i4("3.", "Văn phòng UBND tỉnh phối hợp với Sở Nội vụ thường xuyên theo dõi việc gửi, nhận văn bản điện tử của các " +
    "cơ quan, đơn vị."),
  ...sign(["Cục Văn thư và Lưu trữ nhà nước (b/c)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố", "Báo Bắc Kạn, Đài PT-TH tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"),
];
tasks.push(task("IV.2", "Báo cáo kết quả công tác văn thư, lưu trữ 6 tháng đầu năm 2024", "2024-06-14", [S, D], []));

await build(DIR, {
  blocks, printer: "chromium",
  css: "table.nb:last-of-type td:first-child{text-align:left;font-size:11pt}" +
    "table.nb:last-of-type td:last-child{font-weight:bold}table.nb:last-of-type{break-inside:avoid}table.nb:last-of-type td{padding-top:6pt}",
  expected: {
    id: ID,
    style: "Kế hoạch 87/KH-UBND Bắc Kạn 22/02/2024 (old departments, districts): body I-IV and one table STT | Nội " +
      "dung công việc | Đơn vị thực hiện | Thời gian | Ghi chú, group rows I-III, STT 1-14 continuous (ref = STT). " +
      "One unit column: a note above the table says '(*)' marks the lead and the other units in the cell " +
      "coordinate; a cell with one unmarked unit names the lead. Rows 1 and 11: two marks -> two leads " +
      "(@departments, @districts), no coordinator; row 3 (two unmarked units) is 'Thường xuyên', left out; row 9: " +
      "the mark is on the second unit -> Sở KH&ĐT leads, Sở Nội vụ coordinates ('Trình UBND tỉnh' in Ghi chú is a " +
      "recipient). Row 7 'Tháng 01/2024' with Ghi chú 'Đã hoàn thành' (before the plan's date): done, not a task; " +
      "row 13 'Hằng năm' left out; row 4 and row 12 name Sở Nội vụ alone (lead). Dates: 'Trước 31/3' -> 30/3 Sat -> 1/4; quý II / tháng 6 -> 30/6 Sun -> 1/7; " +
      "'Trước 15/11' -> 14/11; 'Trước 10/01/2025' -> 9/1/2025; 'Trước 20/01/2025' -> 19/1 Sun -> 20/1; 'Trong năm " +
      "2024' -> 31/12. Body IV.2 ('báo cáo … gửi Sở Nội vụ trước ngày 15/6/2024' -> 14/6) is a task of " +
      "@departments + @districts; IV.1, IV.3 undated/recurring. PDF: Chromium from HTML.",
    province: "Bắc Kạn",
    plan: { number: "87/KH-UBND", date: "2024-02-22" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
