// 01: Thái Nguyên 2026 — tasks grouped by lead unit: the unit is a vertically merged first column.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-thai-nguyen-2026-lead-unit-merged-first-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const X = "UBND cấp xã";
const XW = "UBND các xã, phường";
const NV = "Sở Nội vụ";
const KH = "Sở Khoa học và Công nghệ";
const TC = "Sở Tài chính";
const VP = "Văn phòng UBND tỉnh";
const CA = "Công an tỉnh";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
// [lead cell, lead[], rows: [work, coordinators cell, time cell, due | null, coord[]]]
const G = [
  ["Sở Nội vụ", [NV], [
    ["Rà soát, kiện toàn Ban Chỉ đạo chuyển đổi số cấp xã sau sắp xếp đơn vị hành chính", XW, "Tháng 4/2026",
      "2026-04-30", [X]],
    ["Tham mưu bố trí công chức phụ trách chuyển đổi số tại UBND cấp xã", XW, "Trước ngày 15/6/2026",
      "2026-06-14", [X]],
    ["Hoàn thành cập nhật, làm sạch dữ liệu hồ sơ cán bộ, công chức, viên chức trên Cơ sở dữ liệu quốc gia",
      "Các sở, ban, ngành", "Quý III/2026", "2026-09-30", ["@departments"]],
  ]],
  ["Sở Khoa học và Công nghệ", [KH], [
    ["Cập nhật Kiến trúc Chính quyền điện tử, Chính quyền số tỉnh Thái Nguyên phiên bản 4.0", `${TC}; ${VP}`,
      "30/6/2026", "2026-06-30", [TC, VP]],
    ["Mở rộng nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP), kết nối đến 92 xã, phường", XW, "Tháng 8/2026",
      "2026-08-31", [X]],
    ["Đánh giá, phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin dùng chung của tỉnh", CA,
      "Chậm nhất ngày 15/10/2026", "2026-10-15", [CA]],
    ["Giám sát, cảnh báo sớm nguy cơ mất an toàn thông tin mạng", CA, "Thường xuyên", null],
  ]],
  ["Văn phòng UBND tỉnh", [VP], [
    ["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đáp ứng mô hình chính quyền địa phương hai cấp",
      KH, "Trước ngày 01/7/2026", "2026-06-30", [KH]],
    ["Rà soát, công bố danh mục thủ tục hành chính tiếp nhận không phụ thuộc địa giới hành chính",
      `Các sở, ban, ngành; ${TT}`, "Quý II/2026", "2026-06-30", ["@departments", TT]],
  ]],
  ["Sở Tài chính", [TC], [
    ["Thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch", KH, "Tháng 5/2026", "2026-05-31", [KH]],
    ["Hướng dẫn trình tự, thủ tục thuê dịch vụ công nghệ thông tin cho các cơ quan, đơn vị", "", "Trước ngày 30/4/2026",
      "2026-04-29", []],
  ]],
  ["Công an tỉnh", [CA], [
    ["Làm sạch dữ liệu dân cư, kết nối Cơ sở dữ liệu quốc gia về dân cư với Cơ sở dữ liệu đất đai",
      `Sở Nông nghiệp và Môi trường; ${XW}`, "Năm 2026", "2026-12-31", ["Sở Nông nghiệp và Môi trường", X]],
    ["Hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2 cho người dân đến giao dịch", XW,
      "6 tháng đầu năm 2026", "2026-06-30", [X]],
  ]],
  ["UBND các xã, phường", [X], [
    ["Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc thẩm quyền cấp xã", TT,
      "Trước ngày 31/10/2026", "2026-10-30", [TT]],
    ["Báo cáo kết quả thực hiện Kế hoạch năm 2026 (gửi Sở Khoa học và Công nghệ để tổng hợp)", "",
      "Trước ngày 05/12/2026", "2026-12-04", []],
  ]],
];
const rows = [["Cơ quan chủ trì", "STT", "Nhiệm vụ", "Cơ quan phối hợp", "Thời hạn hoàn thành"]];
const tasks = [];
let n = 0;
for (const [unit, lead, items] of G) {
  items.forEach(([work, coordCell, time, due, coord], i) => {
    n += 1;
    const first = i === 0 ? { text: unit, bold: true, vm: "restart", rows: items.length }
      : { text: "", vm: "continue" };
    rows.push([first, String(n), work, coordCell, time]);
    if (due) tasks.push(task(String(n), work, due, lead, coord));
  });
}
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 57/KH-UBND", "Thái Nguyên, ngày 16 tháng 3 năm 2026", "KẾ HOẠCH",
    "Phát triển Chính quyền số, bảo đảm an toàn thông tin mạng tỉnh Thái Nguyên năm 2026"),
  { t: "p", num: "I.", list: { kind: "roman", inst: 1 }, text: "MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", num: "1.", list: { kind: "decimal", inst: 9 }, text:
    "Xây dựng Chính quyền số phục vụ mô hình chính quyền địa phương hai cấp; bảo đảm kết nối, " +
    "chia sẻ dữ liệu thông suốt từ cấp tỉnh đến cấp xã." },
  { t: "p", num: "2.", list: { kind: "decimal", inst: 9 }, text:
    "Xác định rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành của từng nhiệm vụ; cơ quan " +
    "chủ trì chịu trách nhiệm trước UBND tỉnh về kết quả thực hiện." },
  { t: "p", num: "II.", list: { kind: "roman", inst: 1 }, text: "NHIỆM VỤ CỤ THỂ", bold: true },
  { t: "p", text: "Các nhiệm vụ được phân công theo cơ quan chủ trì như sau:" },
  { t: "table", header: 1, widths: [1800, 700, 4200, 2100, 1500], rows },
  { t: "p", num: "III.", list: { kind: "roman", inst: 1 }, text: "TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", num: "1.", list: { kind: "decimal", inst: 10 }, text:
    "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao chủ động triển khai; định kỳ hằng quý báo cáo " +
    "tiến độ về Sở Khoa học và Công nghệ." },
  { t: "p", num: "2.", list: { kind: "decimal", inst: 10 }, text:
    "Sở Khoa học và Công nghệ theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh theo quy định." },
  ...sign(["Bộ Khoa học và Công nghệ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
];
const style = "Kế hoạch 57/KH-UBND Thái Nguyên 16/3/2026 (after the reorganisation; communes). Table Cơ quan " +
  "chủ trì | STT | Nhiệm vụ | Cơ quan phối hợp | Thời hạn hoàn thành; the lead unit is a vertically merged first " +
  "column over its rows (text only on the group's first line in plan.txt). STT runs 1-15 straight through, " +
  "ref = STT. 'UBND các xã, phường' -> 'UBND cấp xã' (unresolved, no communes.json), also as lead of 14-15. " +
  "'Trước ngày X' = X-1 " +
  "(2 -> 14/6 Sun -> 15/6; 8 -> 30/6; 11 -> 29/4; 14 -> 30/10; 15 -> 4/12). Row 7 'Thường xuyên' left out. Row " +
  "15: 'gửi Sở Khoa học và Công nghệ' is a recipient. 2026 days off: 30/4, 1/5 (1 -> 4/5); 31/5 Sun -> 1/6. PDF: " +
  "LibreOffice export of plan-auto.docx. Quarterly reports in III are recurring, left out.";
await build(DIR, { blocks, printer: "libreoffice", expected: { id: ID, style, province: "Thái Nguyên",
  plan: { number: "57/KH-UBND", date: "2026-03-16" }, tasks, quotas: [], unresolved: [X, TT], successors: [] } });
