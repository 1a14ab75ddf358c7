// 04: Thái Nguyên 2024 — table "Nội dung công việc | Thời gian bắt đầu | Thời gian kết thúc | Cơ quan thực hiện".
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-thai-nguyen-2024-start-end-columns-table";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const H = "@districts";
const NV = "Sở Nội vụ";
const TT = "Sở Thông tin và Truyền thông";
const VP = "Văn phòng UBND tỉnh";
// [section, work, start, end, unit cell, due | null, lead[], coord[]]
const S = [
  ["I", "TUYÊN TRUYỀN VỀ CẢI CÁCH HÀNH CHÍNH", [
    ["Xây dựng chuyên mục \"Cải cách hành chính\" phát sóng hằng tuần", "01/4/2024", "31/12/2024",
      "Đài Phát thanh - Truyền hình tỉnh\nPhối hợp: Sở Nội vụ", "2024-12-31", ["Đài Phát thanh - Truyền hình tỉnh"], [NV]],
    ["Tổ chức Cuộc thi trực tuyến tìm hiểu về cải cách hành chính", "15/4/2024", "15/6/2024",
      "Sở Nội vụ\nPhối hợp: Sở Thông tin và Truyền thông, Tỉnh đoàn", "2024-06-15", [NV], [TT, "Tỉnh đoàn"]],
    ["Tuyên truyền sử dụng dịch vụ công trực tuyến trên mạng xã hội", "Tháng 3/2024", "Tháng 10/2024",
      "Sở Thông tin và Truyền thông\nPhối hợp: UBND các huyện, thành phố", "2024-10-31", [TT], [H]],
    ["Lắp đặt pa nô, áp phích hướng dẫn tại Trung tâm Phục vụ hành chính công", "01/5/2024", "30/5/2024",
      "Văn phòng UBND tỉnh", "2024-05-30", [VP], []],
    ["Tổ chức Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính", "10/9/2024", "20/9/2024",
      "Sở Kế hoạch và Đầu tư\nPhối hợp: Hiệp hội Doanh nghiệp tỉnh, Văn phòng UBND tỉnh", "2024-09-20",
      ["Sở Kế hoạch và Đầu tư"], ["Hiệp hội Doanh nghiệp tỉnh", VP]],
    ["Cập nhật tin, bài về cải cách hành chính trên Cổng Thông tin điện tử tỉnh", "01/3/2024", "Thường xuyên",
      "Trung tâm Thông tin tỉnh", null],
  ]],
  ["II", "ĐÀO TẠO, BỒI DƯỠNG", [
    ["Bồi dưỡng kỹ năng cho công chức bộ phận một cửa cấp huyện, cấp xã", "03/6/2024", "28/6/2024",
      "Sở Nội vụ\nPhối hợp: Văn phòng UBND tỉnh", "2024-06-28", [NV], [VP]],
    ["Tập huấn kỹ năng số, chuyển đổi số cho cán bộ cấp xã", "Quý II/2024", "Quý III/2024",
      "Sở Thông tin và Truyền thông\nPhối hợp: UBND các huyện, thành phố", "2024-09-30", [TT], [H]],
    ["Bồi dưỡng kiến thức pháp luật cho công chức làm công tác pháp chế", "01/7/2024", "31/8/2024", "Sở Tư pháp",
      "2024-08-31", ["Sở Tư pháp"], []],
    ["Tập huấn nghiệp vụ liên thông thủ tục đăng ký khai sinh - cấp thẻ bảo hiểm y tế", "05/8/2024", "30/8/2024",
      "Sở Lao động - Thương binh và Xã hội\nPhối hợp: Bảo hiểm xã hội tỉnh, Sở Tư pháp", "2024-08-30",
      ["Sở Lao động - Thương binh và Xã hội"], ["Bảo hiểm xã hội tỉnh", "Sở Tư pháp"]],
    ["Bồi dưỡng tiếng dân tộc thiểu số cho công chức cấp xã vùng đồng bào dân tộc", "01/10/2024", "15/11/2024",
      "Ban Dân tộc tỉnh\nPhối hợp: Sở Nội vụ", "2024-11-15", ["Ban Dân tộc tỉnh"], [NV]],
  ]],
  ["III", "KIỂM TRA, ĐÁNH GIÁ", [
    ["Kiểm tra công tác cải cách hành chính tại các sở, ngành", "15/5/2024", "15/10/2024",
      "Sở Nội vụ\nPhối hợp: Thanh tra tỉnh, Văn phòng UBND tỉnh", "2024-10-15", [NV], ["Thanh tra tỉnh", VP]],
    ["Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024", "02/12/2024", "28/12/2024",
      "Các sở, ban, ngành; UBND các huyện, thành phố", "2024-12-28", ["@departments", H], []],
    ["Điều tra xã hội học đo lường sự hài lòng (SIPAS)", "Tháng 7/2024", "Tháng 9/2024",
      "Sở Nội vụ\nPhối hợp: Bưu điện tỉnh", "2024-09-30", [NV], ["Bưu điện tỉnh"]],
    ["Kiểm tra việc giải quyết thủ tục hành chính tại bộ phận một cửa cấp huyện", "01/10/2024", "30/11/2024",
      "Văn phòng UBND tỉnh\nPhối hợp: UBND các huyện, thành phố", "2024-11-30", [VP], [H]],
    ["Báo cáo kết quả thực hiện Kế hoạch năm 2024", "01/12/2024", "10/12/2024", "Sở Nội vụ", "2024-12-10", [NV], []],
    ["Thẩm định kết quả tự đánh giá Chỉ số cải cách hành chính năm 2024", "06/01/2025", "24/01/2025", "Sở Nội vụ",
      "2025-01-24", [NV], []],
  ]],
  ["IV", "KINH PHÍ", [
    ["Thẩm định, bố trí kinh phí thực hiện Kế hoạch", "01/3/2024", "30/4/2024", "Sở Tài chính", "2024-04-30",
      ["Sở Tài chính"], []],
  ]],
];
const rows = [["STT", "Nội dung công việc", "Thời gian bắt đầu", "Thời gian kết thúc", "Cơ quan thực hiện"]];
const tasks = [];
for (const [roman, label, items] of S) {
  rows.push([{ text: roman, bold: true }, { text: label, span: 4, bold: true }]);
  items.forEach(([work, start, end, unit, due, lead, coord], i) => {
    rows.push([String(i + 1), work, start, end, unit]);
    if (due) tasks.push(task(`${roman}.${i + 1}`, work, due, lead, coord));
  });
}
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 38/KH-UBND", "Thái Nguyên, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH",
    "Tuyên truyền, đào tạo và kiểm tra cải cách hành chính tỉnh Thái Nguyên năm 2024"),
  { t: "p", text: "Thực hiện Quyết định số 2715/QĐ-UBND ngày 29/12/2023 của UBND tỉnh ban hành Kế hoạch cải cách hành " +
    "chính năm 2024, UBND tỉnh ban hành Kế hoạch với các nội dung, thời gian thực hiện như sau:" },
  { t: "p", text: "Các cơ quan, đơn vị triển khai từ \"Thời gian bắt đầu\" và hoàn thành trong \"Thời gian kết thúc\"; " +
    "cơ quan ghi dòng đầu tại cột \"Cơ quan thực hiện\" là cơ quan chủ trì." },
  { t: "table", header: 1, widths: [700, 5600, 1700, 1700, 4300], rows },
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các huyện, thành phố"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
];
const style = "Kế hoạch 38/KH-UBND Thái Nguyên 05/3/2024 (old departments, districts). Landscape table STT | Nội dung " +
  "công việc | Thời gian bắt đầu | Thời gian kết thúc | Cơ quan thực hiện, section rows I-IV spanning the row; STT " +
  "restarts per section, ref = I.n. due = 'Thời gian kết thúc' only; the start column is never the deadline. " +
  "'Tháng 10/2024' -> 31/10, 'Quý III/2024' -> 30/9, 'Tháng 9/2024' -> 30/9. Unit cell: first line lead, 'Phối hợp: " +
  "…' line coordinators; III.2 leads '@departments' and '@districts'. I.6 ends 'Thường xuyên', left out. Holidays " +
  "2024: 27/4-1/5 off (IV.1 30/4 -> 2/5); 31/8 Sat with 2-3/9 off (II.3 -> 4/9); 15/6 Sat -> 17/6; 28/12 Sat -> " +
  "30/12; 30/11 Sat -> 2/12. PDF: LibreOffice export of plan-auto.docx. III.6 runs into 2025 (end 24/01/2025). Cited QĐ 2715 of 29/12/2023 is no deadline.";
await build(DIR, { blocks, printer: "libreoffice", landscape: true, expected: { id: ID, style, province: "Thái Nguyên",
  plan: { number: "38/KH-UBND", date: "2024-03-05" }, tasks, quotas: [], unresolved: [], successors: [] } });
