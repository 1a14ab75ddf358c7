// 01: Thái Nguyên 2026 — the task table puts the deadline first; tasks sharing a deadline sit under one merged cell.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-thai-nguyen-2026-deadline-first-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const X = "UBND cấp xã";
const XW = "UBND các xã, phường";
const NV = "Sở Nội vụ";
const TP = "Sở Tư pháp";
const TC = "Sở Tài chính";
const KH = "Sở Khoa học và Công nghệ";
const VP = "Văn phòng UBND tỉnh";
const YT = "Sở Y tế";
const CA = "Công an tỉnh";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
// [time cell, due | null, rows: [work, lead cell, lead[], coord cell, coord[]]]
const G = [
  ["Trước ngày 30/4/2026", "2026-04-29", [
    ["Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2026 của cơ quan, đơn vị", "Các sở, ban, ngành",
      ["@departments"], "", []],
    ["Rà soát, kiện toàn đội ngũ cán bộ, công chức đầu mối kiểm soát thủ tục hành chính sau sắp xếp", NV, [NV],
      XW, [X]],
  ]],
  ["Tháng 5/2026", "2026-05-31", [
    ["Công bố danh mục thủ tục hành chính được thực hiện toàn trình trên Cổng Dịch vụ công quốc gia", VP, [VP],
      `${KH}; các sở, ban, ngành`, [KH, "@departments"]],
  ]],
  ["Trước ngày 15/6/2026", "2026-06-14", [
    ["Tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho công chức Bộ phận Một cửa cấp xã", VP, [VP], `${TT}; ${XW}`,
      [TT, X]],
  ]],
  ["Quý II/2026", "2026-06-30", [
    ["Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch, chứng thực", TP, [TP], CA, [CA]],
    ["Đánh giá chất lượng phục vụ người dân, doanh nghiệp 6 tháng đầu năm trên Hệ thống thông tin giải quyết thủ tục " +
      "hành chính tỉnh", VP, [VP], TT, [TT]],
    ["Cắt giảm thời gian giải quyết thủ tục hành chính lĩnh vực khám bệnh, chữa bệnh", YT, [YT], VP, [VP]],
  ]],
  ["Chậm nhất ngày 31/7/2026", "2026-07-31", [
    ["Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại cấp xã", XW, [X], `${KH}; ${TT}`,
      [KH, TT]],
  ]],
  ["Quý III/2026", "2026-09-30", [
    ["Kiểm tra công tác kiểm soát thủ tục hành chính tại một số sở, ngành và UBND cấp xã", VP, [VP], `${NV}; ${TP}`,
      [NV, TP]],
    ["Bố trí kinh phí bảo đảm cho hoạt động kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa", TC, [TC], VP,
      [VP]],
  ]],
  ["Tháng 10/2026", "2026-10-31", [
    ["Nâng cấp chức năng thanh toán trực tuyến phí, lệ phí trên Hệ thống thông tin giải quyết thủ tục hành chính",
      KH, [KH], `${TC}; ${VP}`, [TC, VP]],
  ]],
  ["Trước ngày 15/12/2026", "2026-12-14", [
    ["Báo cáo kết quả thực hiện nhiệm vụ kiểm soát thủ tục hành chính năm 2026 (gửi Văn phòng UBND tỉnh tổng hợp)",
      `Các sở, ban, ngành; ${XW}`, ["@departments", X], "", []],
  ]],
  ["Năm 2026", "2026-12-31", [
    ["Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%; tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%",
      `Các sở, ban, ngành; ${XW}`, ["@departments", X], VP, [VP]],
    ["Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính trên Hệ thống", VP, [VP],
      "Các sở, ban, ngành", ["@departments"]],
  ]],
  ["Thường xuyên", null, [
    ["Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa và trên Cổng thông tin điện tử", "Các sở, ban, ngành",
      [], XW, []],
  ]],
];
const rows = [["Thời hạn hoàn thành", "TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp"]];
const tasks = [];
let n = 0;
for (const [time, due, items] of G) {
  items.forEach(([work, leadCell, lead, coordCell, coord], i) => {
    n += 1;
    const first = i === 0 ? { text: time, bold: true, vm: "restart", rows: items.length }
      : { text: "", vm: "continue" };
    rows.push([first, String(n), work, leadCell, coordCell]);
    if (due) tasks.push(task(String(n), work, due, lead, coord));
  });
}
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 88/KH-UBND", "Thái Nguyên, ngày 08 tháng 4 năm 2026", "KẾ HOẠCH",
    "Kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông năm 2026"),
  { t: "p", num: "I.", list: { kind: "roman", inst: 1 }, text: "MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", text: "Kiểm soát chặt chẽ việc ban hành, thực hiện thủ tục hành chính; nâng cao chất lượng giải quyết " +
    "thủ tục hành chính theo mô hình chính quyền địa phương hai cấp." },
  { t: "p", num: "II.", list: { kind: "roman", inst: 1 }, text: "NỘI DUNG, THỜI HẠN THỰC HIỆN", bold: true },
  { t: "p", text: "Các nhiệm vụ được sắp xếp theo thời hạn hoàn thành như sau:" },
  { t: "table", header: 1, widths: [1600, 600, 4300, 1700, 1700], rows },
  { t: "p", num: "III.", list: { kind: "roman", inst: 1 }, text: "TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", text: "Văn phòng UBND tỉnh theo dõi, đôn đốc; định kỳ hằng quý tổng hợp, báo cáo UBND tỉnh. Trong quá " +
    "trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Văn phòng UBND tỉnh." },
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Quang Tiến"),
];
const style = "Kế hoạch 88/KH-UBND Thái Nguyên 8/4/2026 (after the reorganisation; communes). Table Thời hạn hoàn " +
  "thành | TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp: the deadline comes first and is merged down " +
  "over the rows that share it (text only on the group's first line in plan.txt). ref = TT (1-15). 'Trước ngày X' " +
  "= X-1 (1-2 -> 29/4; 4 -> 14/6 Sun -> 15/6; 12 -> 14/12). 'Tháng 5/2026' -> 31/5 Sun -> 1/6; 'Tháng 10/2026' -> " +
  "31/10 Sat -> 2/11. 'UBND các xã, phường' -> 'UBND cấp xã' (unresolved). Row 15 'Thường xuyên' left out. Row 12: " +
  "'gửi Văn phòng UBND tỉnh' is a recipient. PDF: LibreOffice export of plan-auto.docx.";
await build(DIR, { blocks, printer: "libreoffice", expected: { id: ID, style, province: "Thái Nguyên",
  plan: { number: "88/KH-UBND", date: "2026-04-08" }, tasks, quotas: [], unresolved: [X, TT], successors: [] } });
