// 06: Bắc Kạn, UBND tỉnh, Quyết định 2456/QĐ-UBND of 28/12/2022 issuing the UBND tỉnh's work programme for 2023
// (Chương trình công tác năm 2023). Table STT | Nội dung | Cơ quan chủ trì | Cấp trình | Tháng trình: the "Cấp trình"
// (HĐND tỉnh / UBND tỉnh / Chủ tịch UBND tỉnh) is where the draft is submitted, a recipient; the month column holds
// bare numbers ("6", "9", "6,12" for two submissions) meaning the end of that month. Group rows by field.
// plan.pdf: LibreOffice, then Ghostscript pdfwrite.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "06-bac-kan-2023-work-programme-submission-level-column-bare-month-numbers-two-submissions";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KH = "Sở Kế hoạch và Đầu tư";
const TC = "Sở Tài chính";
const GD = "Sở Giáo dục và Đào tạo";
const NV = "Sở Nội vụ";

let n = 0;
const g = (roman, text) => [{ text: roman, bold: true, align: "center" }, { text, bold: true, span: 4 }];
const r = (text, lead, level, month) => [{ text: String(++n), align: "center", list: { kind: "cell", inst: "s" } },
  text, lead, level, { text: month, align: "center" }];
const rows = [
  ["STT", "Nội dung", "Cơ quan chủ trì", "Cấp trình", "Tháng trình"],
  g("I", "LĨNH VỰC KINH TẾ - TỔNG HỢP"),
  r("Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm và cả năm 2023", KH,
    "HĐND tỉnh", "6,12"),
  r("Nghị quyết về Kế hoạch phát triển kinh tế - xã hội năm 2024", KH, "HĐND tỉnh", "12"),
  r("Quyết định giao dự toán thu, chi ngân sách nhà nước năm 2024", TC, "UBND tỉnh", "11"),
  r("Quyết định điều chỉnh Bảng giá đất giai đoạn 2020-2024 trên địa bàn tỉnh", "Sở Tài nguyên và Môi trường",
    "UBND tỉnh", "6"),
  r("Đề án phát triển du lịch cộng đồng gắn với Vườn quốc gia Ba Bể giai đoạn 2023-2030",
    "Sở Văn hóa, Thể thao và Du lịch", "HĐND tỉnh", "9"),
  g("II", "LĨNH VỰC VĂN HÓA - XÃ HỘI"),
  r("Kế hoạch tuyển sinh vào lớp 10 trung học phổ thông năm học 2023-2024", GD, "UBND tỉnh", "3"),
  r("Nghị quyết quy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2023-2024", GD, "HĐND tỉnh", "7"),
  r("Kế hoạch thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số " +
    "năm 2023", "Ban Dân tộc tỉnh", "UBND tỉnh", "2"),
  r("Kế hoạch tổ chức các hoạt động kỷ niệm các ngày lễ lớn trong năm", "Sở Văn hóa, Thể thao và Du lịch",
    "UBND tỉnh", "Theo thời điểm"),
  g("III", "LĨNH VỰC NỘI CHÍNH"),
  r("Quyết định phê duyệt kết quả Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành, UBND các huyện, " +
    "thành phố", NV, "Chủ tịch UBND tỉnh", "4"),
  r("Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025 trên địa bàn tỉnh", NV, "HĐND tỉnh", "8"),
  r("Báo cáo công tác phòng, chống tham nhũng, tiêu cực năm 2023", "Thanh tra tỉnh", "UBND tỉnh", "11"),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 2456/QĐ-UBND", "Bắc Kạn, ngày 28 tháng 12 năm 2022", "QUYẾT ĐỊNH",
    "Ban hành Chương trình công tác năm 2023 của Ủy ban nhân dân tỉnh"),
  { t: "p", align: "justify", text: "Điều 1. Ban hành kèm theo Quyết định này Chương trình công tác năm 2023 của " +
    "Ủy ban nhân dân tỉnh Bắc Kạn." },
  { t: "p", align: "justify", text: "Điều 2. Các cơ quan chủ trì chuẩn bị nội dung, hoàn chỉnh hồ sơ gửi Văn " +
    "phòng UBND tỉnh chậm nhất 10 ngày trước thời hạn trình; Văn phòng UBND tỉnh theo dõi, đôn đốc, hằng tháng " +
    "báo cáo Chủ tịch UBND tỉnh tiến độ thực hiện." },
  { t: "p", align: "justify", text: "Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ban, ngành, Chủ tịch " +
    "UBND các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./." },
  ...sign(["Như Điều 3", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh"],
    "CHỦ TỊCH", "Nguyễn Đăng Bình"),
  { t: "p", text: "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2023 CỦA ỦY BAN NHÂN DÂN TỈNH", bold: true, align: "center",
    indent: false },
  { t: "p", text: "(Kèm theo Quyết định số 2456/QĐ-UBND ngày 28/12/2022 của UBND tỉnh Bắc Kạn)", italic: true,
    align: "center", indent: false },
  { t: "table", widths: [750, 4150, 1900, 1500, 1100], header: 1, rows },
  { t: "p", italic: true, align: "justify", text: "Ghi chú: Tháng trình là tháng cơ quan chủ trì trình cấp có " +
    "thẩm quyền, hoàn thành chậm nhất vào ngày cuối cùng của tháng; nội dung trình HĐND tỉnh được gửi qua UBND tỉnh." },
];

const tasks = [
  task("1", "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2023", "2023-06-30",
    [KH]),
  task("1", "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội cả năm 2023", "2023-12-31", [KH]),
  task("2", "Nghị quyết về Kế hoạch phát triển kinh tế - xã hội năm 2024", "2023-12-31", [KH]),
  task("3", "Quyết định giao dự toán thu, chi ngân sách nhà nước năm 2024", "2023-11-30", [TC]),
  task("4", "Quyết định điều chỉnh Bảng giá đất giai đoạn 2020-2024 trên địa bàn tỉnh", "2023-06-30",
    ["Sở Tài nguyên và Môi trường"]),
  task("5", "Đề án phát triển du lịch cộng đồng gắn với Vườn quốc gia Ba Bể giai đoạn 2023-2030", "2023-09-30",
    ["Sở Văn hóa, Thể thao và Du lịch"]),
  task("6", "Kế hoạch tuyển sinh vào lớp 10 trung học phổ thông năm học 2023-2024", "2023-03-31", [GD]),
  task("7", "Nghị quyết quy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2023-2024", "2023-07-31",
    [GD]),
  task("8", "Kế hoạch thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc " +
    "thiểu số năm 2023", "2023-02-28", ["Ban Dân tộc tỉnh"]),
  task("10", "Quyết định phê duyệt kết quả Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành, UBND các " +
    "huyện, thành phố", "2023-04-30", [NV]),
  task("11", "Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025 trên địa bàn tỉnh", "2023-08-31", [NV]),
  task("12", "Báo cáo công tác phòng, chống tham nhũng, tiêu cực năm 2023", "2023-11-30", ["Thanh tra tỉnh"]),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Quyết định 2456/QĐ-UBND of UBND tỉnh Bắc Kạn, 28/12/2022, issuing the UBND tỉnh's work programme for " +
      "2023 (articles first, signature, then the programme table). Table STT | Nội dung | Cơ quan chủ trì | Cấp " +
      "trình | Tháng trình, group rows I-III by field (no tasks), STT running on 1-12, ref = STT. 'Cấp trình' (HĐND " +
      "tỉnh / UBND tỉnh / Chủ tịch UBND tỉnh) is where the draft goes, a recipient: never a lead nor a coordinator; " +
      "each row has no coordinator. 'Tháng trình' holds bare month numbers of 2023 = the month's last day (the note " +
      "under the table says so); '6,12' = two submissions, two tasks with the same ref 1 (6 months: 30/6; whole " +
      "year: 31/12). Dates (2023): 1 '6' 30/6 Fri and '12' 31/12 Sun -> 1/1/2024 off -> 2/1/2024; 2 '12' -> " +
      "2/1/2024; 3 '11' 30/11 Thu; 4 '6' 30/6; 5 '9' 30/9 Sat -> 2/10; 6 '3' 31/3 Fri; 7 '7' 31/7 Mon; 8 '2' 28/2 " +
      "Tue; 9 'Theo thời điểm' no task; 10 '4' 30/4 Sun (29/4-3/5 off) -> 4/5; 11 '8' 31/8 Thu; 12 '11' 30/11. " +
      "Article 2's 'chậm nhất 10 ngày trước thời hạn trình' and 'hằng tháng' are no tasks.",
    province: "Bắc Kạn",
    plan: { number: "2456/QĐ-UBND", date: "2022-12-28" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
