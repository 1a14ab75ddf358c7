// 01: Bắc Kạn 2024 — the UBND's year work programme (Chương trình công tác năm), issued by a Quyết định; its
// appendix lists what each body presents, in month blocks ("THÁNG 01" rows spanning the table). A row's own
// "Thời gian trình" (Trước 25/01, Ngày 15/3) gives its date; a row with that cell empty is due at the end of its
// block's month. The "Cấp trình" column names who receives it, not a lead. Continuous numbering across blocks.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-bac-kan-2024-annual-work-programme-month-blocks";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KH = "Sở Kế hoạch và Đầu tư";
const TC = "Sở Tài chính";
const NV = "Sở Nội vụ";
const NN = "Sở Nông nghiệp và Phát triển nông thôn";
const VP = "Văn phòng UBND tỉnh";
const S = "@departments";
const D = "@districts";
const VQG = "Ban Quản lý Vườn quốc gia Ba Bể";
// [month block, work, lead cell, lead[], coord cell, coord[], cấp trình, thời gian cell, due | null, inherited]
const M = [
  ["THÁNG 01", [
    ["Kế hoạch triển khai Nghị quyết của HĐND tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm 2024", "Sở KH&ĐT",
      [KH], "Các sở, ban, ngành", [S], "UBND tỉnh", "", "2024-01-31", true],
    ["Quy định phân cấp quản lý nhà nước về an toàn thực phẩm trên địa bàn tỉnh", "Sở Y tế", ["Sở Y tế"],
      "Sở NN&PTNT; Sở Công Thương", [NN, "Sở Công Thương"], "UBND tỉnh", "Trước 25/01", "2024-01-24", false],
  ]],
  ["THÁNG 02", [
    ["Kế hoạch phát triển thương mại điện tử tỉnh Bắc Kạn năm 2024", "Sở Công Thương", ["Sở Công Thương"],
      "Sở TT&TT", ["Sở Thông tin và Truyền thông"], "Chủ tịch UBND tỉnh", "", "2024-02-29", true],
  ]],
  ["THÁNG 03", [
    ["Đề án nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) giai đoạn 2024 - 2025", "Sở KH&ĐT", [KH],
      "Hiệp hội Doanh nghiệp tỉnh; các sở, ngành", ["Hiệp hội Doanh nghiệp tỉnh", S], "UBND tỉnh", "Ngày 15/3",
      "2024-03-15", false],
    ["Quyết định ban hành đơn giá bồi thường cây trồng, vật nuôi khi Nhà nước thu hồi đất", "Sở Tài chính", [TC],
      "Sở TN&MT; Sở NN&PTNT", ["Sở Tài nguyên và Môi trường", NN], "UBND tỉnh", "", "2024-03-31", true],
    ["Báo cáo tình hình thực hiện Chương trình công tác (lồng ghép trong báo cáo kinh tế - xã hội)", "Văn phòng " +
      "UBND tỉnh", [VP], "Các sở, ban, ngành", [S], "UBND tỉnh", "Hằng quý", null, false],
  ]],
  ["THÁNG 04", [
    ["Nghị quyết quy định mức hỗ trợ học sinh bán trú và trường phổ thông có học sinh bán trú", "Sở GD&ĐT",
      ["Sở Giáo dục và Đào tạo"], "Sở Tài chính", [TC], "HĐND tỉnh (qua UBND tỉnh)", "Trước 20/4", "2024-04-19",
      false],
  ]],
  ["THÁNG 05", [
    ["Đề án phát triển du lịch cộng đồng gắn với Vườn quốc gia Ba Bể", "Sở VH,TT&DL",
      ["Sở Văn hóa, Thể thao và Du lịch"], "UBND huyện Ba Bể; Ban Quản lý Vườn quốc gia Ba Bể",
      ["UBND huyện Ba Bể", VQG], "Ban Thường vụ Tỉnh ủy", "", "2024-05-31", true],
  ]],
  ["THÁNG 06", [
    ["Nghị quyết quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp hàng hóa", "Sở NN&PTNT", [NN],
      "Sở Tài chính; Sở Tư pháp", [TC, "Sở Tư pháp"], "HĐND tỉnh", "Trước 10/6", "2024-06-09", false],
    ["Phương án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025", "Sở Nội vụ", [NV],
      "UBND các huyện, thành phố", [D], "UBND tỉnh", "", "2024-06-30", true],
  ]],
  ["THÁNG 07", [
    ["Quy chế quản lý, vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Văn phòng UBND tỉnh", [VP],
      "Sở TT&TT", ["Sở Thông tin và Truyền thông"], "UBND tỉnh", "Ngày 25/7", "2024-07-25", false],
  ]],
  ["THÁNG 08", [
    ["Kế hoạch tuyển dụng viên chức ngành giáo dục năm học 2024 - 2025", "Sở Nội vụ", [NV], "Sở GD&ĐT",
      ["Sở Giáo dục và Đào tạo"], "Chủ tịch UBND tỉnh", "", "2024-08-31", true],
  ]],
  ["THÁNG 09", [
    ["Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 (dự kiến lần 1)", "Sở KH&ĐT", [KH],
      "Sở Tài chính; UBND các huyện, thành phố", [TC, D], "UBND tỉnh", "Trước 30/9", "2024-09-29", false],
  ]],
  ["THÁNG 10", [
    ["Quyết định điều chỉnh Bảng giá đất giai đoạn 2020 - 2024", "Sở TN&MT", ["Sở Tài nguyên và Môi trường"],
      "Sở Tài chính; UBND các huyện, thành phố", [TC, D], "UBND tỉnh", "", "2024-10-31", true],
  ]],
  ["THÁNG 11", [
    ["Dự toán ngân sách nhà nước năm 2025 và phương án phân bổ ngân sách cấp tỉnh", "Sở Tài chính", [TC],
      "Sở KH&ĐT; các sở, ban, ngành", [KH, S], "HĐND tỉnh", "Trước 15/11", "2024-11-14", false],
    ["Nghị quyết quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế",
      "Sở Y tế", ["Sở Y tế"], "Sở Tài chính; Bảo hiểm xã hội tỉnh", [TC, "Bảo hiểm xã hội tỉnh"], "HĐND tỉnh", "",
      "2024-11-30", true],
  ]],
  ["THÁNG 12", [
    ["Chương trình công tác năm 2025 của UBND tỉnh", "Văn phòng UBND tỉnh", [VP], "Các sở, ban, ngành", [S],
      "UBND tỉnh", "Ngày 20/12", "2024-12-20", false],
  ]],
  ["CÁC NỘI DUNG TRÌNH THEO YÊU CẦU PHÁT SINH", [
    ["Các đề án, văn bản theo chỉ đạo của Trung ương, Tỉnh ủy", "Các sở, ban, ngành", [S], "", [], "UBND tỉnh",
      "Khi có yêu cầu", null, false],
  ]],
];
const rows = [["TT", "Tên đề án, nội dung trình", "Cơ quan chủ trì", "Cơ quan phối hợp", "Cấp trình",
  "Thời gian trình"], ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"].map((t) => ({ text: t, italic: true,
  align: "center" }))];
const tasks = [];
let n = 0;
for (const [month, items] of M) {
  rows.push([{ text: month, bold: true, span: 6 }]);
  for (const [work, leadCell, lead, coordCell, coord, to, time, due, inherited] of items) {
    n += 1;
    rows.push([{ text: String(n), list: { kind: "cell", inst: 1 }, align: "center" }, work, leadCell, coordCell, to,
      time]);
    if (due) tasks.push(task(String(n), work, due, lead, coord, inherited));
  }
}
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 27/QĐ-UBND", "Bắc Kạn, ngày 10 tháng 01 năm 2024",
    "QUYẾT ĐỊNH", "Ban hành Chương trình công tác năm 2024 của Ủy ban nhân dân tỉnh Bắc Kạn"),
  { t: "p", text: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", bold: true, align: "center", indent: false },
  { t: "p", text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Quy chế làm việc " +
    "của UBND tỉnh Bắc Kạn nhiệm kỳ 2021 - 2026; Theo đề nghị của Chánh Văn phòng UBND tỉnh,", italic: true },
  { t: "p", text: "QUYẾT ĐỊNH:", bold: true, align: "center", indent: false },
  { t: "p", text: "Điều 1. Ban hành kèm theo Quyết định này Chương trình công tác năm 2024 của Ủy ban nhân dân tỉnh " +
    "Bắc Kạn (chi tiết tại Phụ lục)." },
  { t: "p", text: "Điều 2. Tổ chức thực hiện", bold: true },
  { t: "p", text: "Cơ quan chủ trì chủ động xây dựng, hoàn thiện hồ sơ, gửi Văn phòng UBND tỉnh chậm nhất 05 ngày " +
    "làm việc trước thời gian trình ghi tại Phụ lục; nội dung không ghi thời gian trình thì trình trong tháng ghi " +
    "tại dòng tiêu đề của nhóm.", num: "1.", list: { kind: "sub", inst: 1 } },
  { t: "p", text: "Trường hợp cần điều chỉnh thời gian trình hoặc rút nội dung khỏi Chương trình, cơ quan chủ trì " +
    "có văn bản báo cáo Chủ tịch UBND tỉnh nêu rõ lý do.", num: "2.", list: { kind: "sub", inst: 1 } },
  { t: "p", text: "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện; tổng hợp kết quả vào báo cáo định kỳ " +
    "của UBND tỉnh.", num: "3.", list: { kind: "sub", inst: 1 } },
  { t: "p", text: "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các " +
    "huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./." },
  ...sign(["Như Điều 3", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", "LĐVP"],
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Đăng Bình"),
  { t: "p", text: "PHỤ LỤC", bold: true, align: "center", indent: false },
  { t: "p", text: "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024 CỦA ỦY BAN NHÂN DÂN TỈNH\n(Kèm theo Quyết định số 27/QĐ-UBND " +
    "ngày 10/01/2024 của UBND tỉnh Bắc Kạn)", italic: true, align: "center", indent: false },
  { t: "table", header: 2, widths: [700, 5300, 2000, 3000, 1900, 1500], rows },
];
const style = "Quyết định 27/QĐ-UBND Bắc Kạn 10/01/2024 (before the reorganisation) issuing the UBND's year work " +
  "programme; its Phụ lục (landscape) TT | Tên đề án | Cơ quan chủ trì | Cơ quan phối hợp | Cấp trình | Thời gian " +
  "trình, grouped in month blocks ('THÁNG 01' … 'THÁNG 12' rows spanning the table), TT continuous 1-18 (auto docx: " +
  "TT from numbering.xml). ref = TT. A row's own time: 'Trước 25/01' -> 24/1, 'Ngày 15/3' -> 15/3, 'Trước 10/6' -> " +
  "9/6 Sun -> 10/6, 'Trước 30/9' -> 29/9 Sun -> 30/9; an empty time cell = end of the block's month, inherited " +
  "(31/3 Sun -> 1/4; 30/6 Sun -> 1/7; 31/8 Sat -> 4/9 over 2-3/9; 30/11 Sat -> 2/12). 'Cấp trình' (UBND tỉnh, HĐND " +
  "tỉnh, Ban Thường vụ Tỉnh ủy) is a recipient. 6 'Hằng quý' and 18 'Khi có yêu cầu' left out; Điều 2's '05 ngày " +
  "làm việc trước thời gian trình' is relative. Ban Quản lý Vườn quốc gia Ba Bể unresolved. PDF: Chromium.";
await build(DIR, { blocks, printer: "chromium", landscape: true, css: "@page{size:A4 landscape;margin:1.5cm}",
  expected: { id: ID, style, province: "Bắc Kạn", plan: { number: "27/QĐ-UBND", date: "2024-01-10" }, tasks,
    quotas: [], unresolved: [VQG], successors: [] } });
