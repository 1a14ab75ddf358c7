// 04: Bắc Kạn 2024 — a schedule table whose rows are months and whose columns are the lead units.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-bac-kan-2024-months-by-units-grid";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CA = "Công an tỉnh";
const TT = "Sở Thông tin và Truyền thông";
const TP = "Sở Tư pháp";
const VP = "Văn phòng UBND tỉnh";
const H = "@districts";
const GD = "Sở Giáo dục và Đào tạo";
const TTHC = "Trung tâm Phục vụ hành chính công tỉnh";
const COLS = [[CA, CA], [TT, TT], [TP, TP], [VP, VP], ["UBND các huyện, thành phố", H]];
// rows: [month cell, month end | null, cells per column: [[n, text, coord cell, coord[], own due | null]]]
const R = [
  ["Tháng 7/2024", "2024-07-31", [
    [[1, "Rà soát, làm sạch dữ liệu dân cư đối với các trường hợp sai lệch thông tin", "UBND các huyện, thành phố",
      [H], null]],
    [], [],
    [[2, "Cấu hình 25 thủ tục hành chính thiết yếu thực hiện liên thông trên Cổng Dịch vụ công của tỉnh", TT, [TT],
      null]],
    [],
  ]],
  ["Tháng 8/2024", "2024-08-31", [
    [],
    [[3, "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối Cơ sở dữ liệu quốc gia về dân cư",
      CA, [CA], null]],
    [[4, "Số hóa dữ liệu hộ tịch giai đoạn 2016-2020", "", [], null]],
    [],
    [[5, "Cấp chữ ký số cho 100% công chức làm việc tại Bộ phận Một cửa cấp huyện, cấp xã", "", [], null]],
  ]],
  ["Tháng 9/2024", "2024-09-30", [
    [[6, "Thu nhận hồ sơ cấp căn cước cho học sinh từ đủ 14 tuổi tại các trường học", GD, [GD], null]],
    [],
    [[7, "Kiểm tra, chuẩn hóa dữ liệu hộ tịch đã số hóa (hoàn thành trước ngày 20/9/2024)", "", [], "2024-09-19"]],
    [[8, "Tổ chức sơ kết 9 tháng thực hiện Đề án 06 trên địa bàn tỉnh", CA, [CA], null]],
    [],
  ]],
  ["Tháng 10/2024", "2024-10-31", [
    [],
    [[9, "Triển khai ký số trên thiết bị di động cho cán bộ, công chức cấp xã", "UBND các huyện, thành phố", [H],
      null]],
    [], [],
    [[10, "Hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử để thực hiện dịch vụ công trực tuyến",
      CA, [CA], null]],
  ]],
  ["Tháng 11/2024", "2024-11-30", [
    [[11, "Kiểm tra việc bảo đảm an ninh, an toàn các hệ thống thông tin phục vụ Đề án 06", TT, [TT], null]],
    [],
    [[12, "Rà soát văn bản quy phạm pháp luật của tỉnh có quy định yêu cầu giấy tờ công dân", CA, [CA], null]],
    [[13, "Đánh giá mức độ hài lòng của người dân, doanh nghiệp khi thực hiện dịch vụ công trực tuyến", TTHC, [TTHC],
      null]],
    [],
  ]],
  ["Tháng 12/2024", "2024-12-31", [
    [[14, "Tổng kết năm 2024 thực hiện Đề án 06, báo cáo UBND tỉnh trước ngày 15/12/2024", "Các sở, ban, ngành",
      ["@departments"], "2024-12-14"]],
    [[15, "Hoàn thành kết nối, chia sẻ dữ liệu ngành y tế, giáo dục với Cơ sở dữ liệu quốc gia về dân cư",
      `Sở Y tế; ${GD}`, ["Sở Y tế", GD], null]],
    [],
    [],
    [[16, "Hoàn thành làm sạch dữ liệu hộ nghèo, hộ cận nghèo, người có công trên địa bàn",
      "Sở Lao động - Thương binh và Xã hội", ["Sở Lao động - Thương binh và Xã hội"], null]],
  ]],
  ["Thường xuyên", null, [
    [[17, "Tuyên truyền lợi ích của Đề án 06 trên các phương tiện thông tin đại chúng", TT, [TT], null]],
    [], [], [],
    [[18, "Duy trì hoạt động các Tổ công nghệ số cộng đồng", "", [], null]],
  ]],
];
const rows = [["Thời gian", ...COLS.map(([c]) => c)]];
const tasks = [];
for (const [month, end, cells] of R) {
  rows.push([{ text: month, bold: true }, ...cells.map((items) => (items.length === 0 ? "-" : items.map(
    ([n, text, coordCell]) => `(${n}) ${text}${coordCell ? ` (phối hợp: ${coordCell})` : ""}`).join("\n")))]);
  cells.forEach((items, col) => {
    for (const [n, text, , coord, own] of items) {
      const due = own ?? end;
      if (due) tasks.push(task(String(n), text.replace(/ \(hoàn thành trước ngày 20\/9\/2024\)$/, "")
        .replace(/, báo cáo UBND tỉnh trước ngày 15\/12\/2024$/, ""), due, [COLS[col][1]], coord));
    }
  });
}
tasks.sort((a, b) => Number(a.ref) - Number(b.ref));
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 512/KH-UBND", "Bắc Kạn, ngày 05 tháng 7 năm 2024", "KẾ HOẠCH",
    "Triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) " +
    "6 tháng cuối năm 2024"),
  { t: "p", num: "I.", list: { kind: "roman", inst: 1 }, text: "MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", text: "Hoàn thành các chỉ tiêu của Đề án 06 năm 2024; phân công rõ đơn vị chủ trì, thời gian hoàn thành " +
    "theo từng tháng." },
  { t: "p", num: "II.", list: { kind: "roman", inst: 1 }, text: "LỊCH TRIỂN KHAI", bold: true },
  { t: "p", text: "Đơn vị ghi ở đầu cột là đơn vị chủ trì; nhiệm vụ ghi ở dòng tháng nào phải hoàn thành chậm nhất " +
    "vào ngày cuối cùng của tháng đó, trừ nhiệm vụ có thời hạn ghi riêng. Số trong ngoặc đơn là số thứ tự nhiệm " +
    "vụ.", italic: true },
  { t: "table", header: 1, widths: [1500, 2700, 2700, 2700, 2700, 2700], rows },
  { t: "p", num: "III.", list: { kind: "roman", inst: 1 }, text: "TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", text: "Công an tỉnh (cơ quan thường trực Tổ công tác Đề án 06 tỉnh) theo dõi, đôn đốc; các đơn vị báo " +
    "cáo kết quả hằng tháng về Công an tỉnh trước ngày 20 để tổng hợp." },
  ...sign(["Tổ công tác Đề án 06 Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];
const style = "Kế hoạch 512/KH-UBND Bắc Kạn 5/7/2024 (before the reorganisation). Schedule table, landscape: rows " +
  "Tháng 7/2024 … Tháng 12/2024 and 'Thường xuyên', columns Công an tỉnh | Sở Thông tin và Truyền thông | Sở Tư " +
  "pháp | Văn phòng UBND tỉnh | UBND các huyện, thành phố; the column's unit leads, '(phối hợp: X)' coordinates; " +
  "'-' = nothing that month. Tasks are numbered '(n)' in their cells, ref = n (1-18, in month order). due = last " +
  "day of the row's month (its own time cell, not inherited), except 7 'trước ngày 20/9' -> 19/9 and 14 'báo cáo " +
  "UBND tỉnh trước ngày 15/12' -> 14/12 Sat -> 16/12. 31/8 Sat, 2-3/9 off -> 4/9 (3, 4, 5); 30/11 Sat -> 2/12 (11, " +
  "12, 13). Row 'Thường xuyên' (17, 18) left out; monthly reports in III recurring. Titles leave out the time " +
  "words. 'Trung tâm Phục vụ hành chính công tỉnh' unresolved. PDF: WeasyPrint (landscape page).";
await build(DIR, { blocks, printer: "weasyprint", landscape: true, css: "@page{size:A4 landscape;margin:1.5cm}",
  expected: { id: ID, style, province: "Bắc Kạn", plan: { number: "512/KH-UBND", date: "2024-07-05" }, tasks,
    quotas: [], unresolved: [TTHC], successors: [] } });
