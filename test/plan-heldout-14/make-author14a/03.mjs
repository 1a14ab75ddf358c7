// 03: Bắc Kạn 2024 — a chain of steps whose deadlines count from other tasks ("sau khi hoàn thành nhiệm vụ 2").
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-bac-kan-2024-chained-deadlines-after-other-tasks";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const H = "@districts";
const HW = "UBND các huyện, thành phố";
const X = "UBND cấp xã";
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const TN = "Sở Tài nguyên và Môi trường";
// [work, lead cell, coord cell, time cell, due | null, lead[], coord[]]
const T = [
  ["Ban hành văn bản hướng dẫn xây dựng phương án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025", NV, "",
    "Trước ngày 20/3/2024", "2024-03-19", [NV], []],
  ["Xây dựng phương án tổng thể sắp xếp đơn vị hành chính cấp xã của huyện, thành phố, gửi Sở Nội vụ", HW, "",
    "Trong 15 ngày làm việc kể từ ngày 19/3/2024", "2024-04-09", [H], []],
  ["Thẩm định phương án tổng thể của các huyện, thành phố", NV, TN,
    "Trong 10 ngày làm việc sau khi hoàn thành nhiệm vụ 2", "2024-04-24", [NV], [TN]],
  ["Tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy phương án tổng thể của tỉnh", NV, VP,
    "Sau khi hoàn thành nhiệm vụ 3, trong 05 ngày làm việc", "2024-05-06", [NV], [VP]],
  ["Xây dựng Đề án sắp xếp đơn vị hành chính cấp xã chi tiết của huyện, thành phố", HW, NV,
    "Trong 20 ngày kể từ ngày Ban Thường vụ Tỉnh ủy cho ý kiến (dự kiến ngày 15/5/2024)", "2024-06-04", [H], [NV]],
  ["Tổ chức lấy ý kiến cử tri về Đề án tại các xã, phường, thị trấn thuộc diện sắp xếp", HW,
    "UBND các xã, phường, thị trấn", "Hoàn thành trong 30 ngày sau khi hoàn thành nhiệm vụ 5", "2024-07-04", [H], [X]],
  ["Hoàn thiện hồ sơ, trình HĐND cấp huyện thông qua Đề án", HW, "",
    "Trong 10 ngày làm việc sau khi có kết quả lấy ý kiến cử tri (nhiệm vụ 6)", "2024-07-18", [H], []],
  ["Tổng hợp, hoàn thiện Đề án sắp xếp đơn vị hành chính cấp xã của tỉnh, trình UBND tỉnh", NV, "Sở Tư pháp",
    "Chậm nhất 07 ngày làm việc sau khi hoàn thành nhiệm vụ 7", "2024-07-29", [NV], ["Sở Tư pháp"]],
  ["Chỉnh lý hồ sơ, bản đồ địa giới hành chính các đơn vị hành chính cấp xã hình thành sau sắp xếp", TN, HW,
    "Sau khi hoàn thành nhiệm vụ 8, trong 15 ngày", "2024-08-13", [TN], [H]],
  ["Tham mưu trình HĐND tỉnh ban hành Nghị quyết tán thành Đề án tại kỳ họp chuyên đề", NV, VP,
    "Kỳ họp chuyên đề tháng 8/2024", "2024-08-31", [NV], [VP]],
  ["Hoàn thiện hồ sơ Đề án của tỉnh, gửi Bộ Nội vụ thẩm định", NV, "",
    "Trong 05 ngày làm việc kể từ ngày HĐND tỉnh thông qua Nghị quyết (ngày 28/8/2024)", "2024-09-06", [NV], []],
  ["Thông tin, tuyên truyền về chủ trương sắp xếp đơn vị hành chính cấp xã", "Sở Thông tin và Truyền thông",
    "Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh", "Từ tháng 4 đến tháng 9/2024", "2024-09-30",
    ["Sở Thông tin và Truyền thông"], ["Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"]],
  ["Hướng dẫn lập dự toán, sử dụng kinh phí thực hiện sắp xếp đơn vị hành chính", "Sở Tài chính", NV,
    "Trước ngày 15/4/2024", "2024-04-14", ["Sở Tài chính"], [NV]],
  ["Điều chỉnh thông tin trong Cơ sở dữ liệu quốc gia về dân cư, giấy tờ của công dân sau sắp xếp", "Công an tỉnh",
    HW, "Trong 30 ngày kể từ ngày Nghị quyết của Ủy ban Thường vụ Quốc hội có hiệu lực", null],
  ["Bố trí, sắp xếp cán bộ, công chức cấp xã dôi dư; sử dụng trụ sở dôi dư", HW, NV, "Theo lộ trình được phê duyệt",
    null],
];
const rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]];
const tasks = [];
T.forEach(([work, leadCell, coordCell, time, due, lead, coord], i) => {
  rows.push([String(i + 1), work, leadCell, coordCell, time]);
  if (due) tasks.push(task(String(i + 1), work, due, lead, coord));
});
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 146/KH-UBND", "Bắc Kạn, ngày 12 tháng 3 năm 2024", "KẾ HOẠCH",
    "Thực hiện sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025 trên địa bàn tỉnh Bắc Kạn"),
  { t: "p", text: "Thực hiện Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội về việc sắp " +
    "xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023-2030, UBND tỉnh ban hành Kế hoạch thực hiện như sau:" },
  { t: "p", num: "I.", list: { kind: "roman", inst: 1 }, text: "MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", text: "Bảo đảm các bước sắp xếp được thực hiện nối tiếp, đúng trình tự; bước sau được triển khai " +
    "ngay khi bước trước hoàn thành, không để chậm tiến độ chung của tỉnh." },
  { t: "p", num: "II.", list: { kind: "roman", inst: 1 }, text: "NHIỆM VỤ, THỜI HẠN", bold: true },
  { t: "p", text: "Cách tính thời hạn: thời hạn tính bằng ngày làm việc không kể thứ Bảy, Chủ nhật, ngày nghỉ lễ, " +
    "Tết; thời hạn tính bằng ngày là ngày theo lịch. Thời hạn \"kể từ ngày\", \"sau khi hoàn thành nhiệm vụ\" " +
    "được tính từ ngày tiếp theo của ngày đó hoặc của thời hạn hoàn thành nhiệm vụ được dẫn chiếu." },
  { t: "table", header: 1, widths: [600, 3900, 1600, 1800, 2000], rows },
  { t: "p", num: "III.", list: { kind: "roman", inst: 1 }, text: "TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", text: "Các cơ quan, đơn vị chủ động triển khai; trường hợp nhiệm vụ được dẫn chiếu hoàn thành sớm hơn " +
    "thời hạn, nhiệm vụ tiếp theo được triển khai ngay. Sở Nội vụ theo dõi, đôn đốc, báo cáo UBND tỉnh." },
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các huyện, thành phố"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];
const style = "Kế hoạch 146/KH-UBND Bắc Kạn 12/3/2024 (old departments, districts). Table STT | Nhiệm vụ | Cơ quan " +
  "chủ trì | Cơ quan phối hợp | Thời hạn; most deadlines count from another task's deadline or a given day, by the " +
  "plan's own rule (working days skip weekends and 2024 days off 18/4, 29/4-1/5, 2-3/9; counting starts the next " +
  "day; 'ngày' alone = calendar days). 2: 15 wd from 19/3 = 9/4; 3: 10 wd after 9/4 = 24/4; 4: 5 wd after 24/4 = " +
  "6/5; 5: 20 days from 15/5 = 4/6; 6: 30 days after 4/6 = 4/7; 7: 10 wd after 4/7 = 18/7; 8: 7 wd after 18/7 = " +
  "29/7; 9: 15 days after 29/7 = 13/8; 10: tháng 8 = 31/8 Sat -> 4/9; 11: 5 wd from 28/8 = 6/9; 1: trước 20/3 = " +
  "19/3; 13: trước 15/4 = 14/4 Sun -> 15/4. Rows 14 (no date for the UBTVQH resolution) and 15 left out. ref = STT. " +
  "'UBND các xã, phường, thị trấn' -> UBND cấp xã (unresolved). PDF: WeasyPrint from HTML.";
await build(DIR, { blocks, printer: "weasyprint", expected: { id: ID, style, province: "Bắc Kạn",
  plan: { number: "146/KH-UBND", date: "2024-03-12" }, tasks, quotas: [], unresolved: [X], successors: [] } });
