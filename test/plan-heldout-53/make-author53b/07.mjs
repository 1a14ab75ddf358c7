// 07: Bắc Kạn (before the reorganisation: districts, old departments), UBND tỉnh, Kế hoạch 28/KH-UBND ngày
// 22/01/2024, công tác văn thư, lưu trữ năm 2024. Habit: THE STT COLUMN MIXES FOUR LEVELS in one table: Roman group
// rows "I" … "IV" (areas), numbered rows "1" … "9" running on across the groups, sub-rows "2.1", "5.2" under some of
// them, and unnumbered "-" rows under a numbered one. A numbered row with a time is a task; a numbered row whose time
// cell is empty only heads its sub-rows (its unit cells, when filled, go to a sub-row whose own cells are empty); each
// "-" row with a time is a task of its own (no number: ref null). Auto docx: the Roman rows one Word list, the numbers
// a two-level Word list (%1, %1.%2) running on across the groups, the dashes typed. Printed by WeasyPrint.
import { P, addKind, buildDoc, lister, task, read, head, sign, tt, dirOf } from "./common.mjs";

addKind("mcell", { levels: [["decimal", "%1"], ["decimal", "%1.%2"]] });

const ID = "07-bac-kan-2024-stt-column-mixes-roman-number-decimal-and-dash-rows-heading-rows-without-time-weasyprint";
const DIR = dirOf(ID, import.meta.url);
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông";
const SBN = "Các sở, ban, ngành", HUY = "UBND các huyện, thành phố", DEP = "@departments", DIS = "@districts";

const R = lister("roman", "parts", { bold: true, indent: false });
const n3 = lister("decimal", "iii");

const rows = (auto) => {
  const G = (num, title) => [{ ...tt(auto, num, "grp", "rcell"), bold: true }, { text: title, bold: true, span: 4 }];
  const N = (num, what, lead, partners, time, o = {}) => [tt(auto, num, "stt", "mcell", num.includes(".") ? 1 : 0),
    { text: what, ...o }, lead, partners, { text: time, align: "center" }];
  const D = (what, lead, partners, time) => [{ text: "-", align: "center" }, what, lead, partners,
    { text: time, align: "center" }];
  return [
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    G("I", "QUẢN LÝ NHÀ NƯỚC VỀ VĂN THƯ, LƯU TRỮ"),
    N("1", "Tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra công tác văn thư, lưu trữ năm 2024", NV, VP,
      "Trước ngày 15/3/2024"),
    N("2", "Xây dựng, trình UBND tỉnh ban hành văn bản quy định về công tác lưu trữ của tỉnh", NV, TP, "",
      { bold: true }),
    N("2.1", "Quy định quản lý tài liệu lưu trữ điện tử tại Lưu trữ lịch sử tỉnh", "", "", "Quý II/2024"),
    N("2.2", "Danh mục cơ quan, tổ chức thuộc nguồn nộp lưu tài liệu vào Lưu trữ lịch sử tỉnh (sửa đổi, bổ sung)",
      NV, `${SBN}; ${HUY}`, "Tháng 8/2024"),
    G("II", "CÔNG TÁC VĂN THƯ"),
    N("3", "Ban hành Danh mục hồ sơ năm 2024 của cơ quan, đơn vị", `${SBN}; ${HUY}`, NV, "Trước ngày 31/3/2024"),
    N("4", "Lập hồ sơ điện tử, nộp lưu hồ sơ điện tử vào Lưu trữ cơ quan", `${SBN}; ${HUY}`, `${TT}; ${NV}`, "",
      { bold: true }),
    D("Hoàn thiện chức năng lập hồ sơ điện tử, nộp lưu hồ sơ điện tử trên Hệ thống quản lý văn bản và điều hành " +
      "của tỉnh", TT, NV, "Tháng 4/2024"),
    D("Lập hồ sơ điện tử đối với 100% hồ sơ công việc phát sinh trên Hệ thống quản lý văn bản và điều hành", "", "",
      "Quý IV/2024"),
    G("III", "CÔNG TÁC LƯU TRỮ"),
    N("5", "Chỉnh lý khoa học tài liệu giấy tồn đọng", "", "", "", { bold: true }),
    N("5.1", "Chỉnh lý tài liệu tồn đọng tại các sở, ban, ngành", SBN, NV, "Quý III/2024"),
    N("5.2", "Chỉnh lý tài liệu tồn đọng tại UBND các huyện, thành phố", HUY, NV, "Quý IV/2024"),
    D("Ưu tiên chỉnh lý tài liệu của các cơ quan, đơn vị đã giải thể, sáp nhập", "", "", "Tháng 9/2024"),
    N("6", "Thu thập hồ sơ, tài liệu của các cơ quan thuộc nguồn nộp lưu vào Lưu trữ lịch sử tỉnh", NV, SBN,
      "Tháng 11/2024"),
    N("7", "Số hóa tài liệu lưu trữ có thời hạn bảo quản vĩnh viễn tại Lưu trữ lịch sử tỉnh", NV, TT, "Năm 2024"),
    G("IV", "KIỂM TRA, BÁO CÁO, BỒI DƯỠNG"),
    N("8", "Kiểm tra công tác văn thư, lưu trữ tại một số cơ quan, đơn vị", NV, VP, "Quý III/2024"),
    N("9", "Báo cáo thống kê công tác văn thư, lưu trữ năm 2024", "", "", "", { bold: true }),
    D("Các cơ quan, đơn vị gửi báo cáo thống kê về Sở Nội vụ", `${SBN}; ${HUY}`, "", "Trước ngày 10/12/2024"),
    D("Tổng hợp, báo cáo UBND tỉnh và Bộ Nội vụ", NV, "", "Trước ngày 31/12/2024"),
    N("10", "Bồi dưỡng, tập huấn nghiệp vụ văn thư, lưu trữ cho công chức làm công tác văn thư, lưu trữ", NV, SBN,
      "Thường xuyên"),
  ];
};

const body = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 28/KH-UBND", "Bắc Kạn, ngày 22 tháng 01 năm 2024", "KẾ HOẠCH",
    "Công tác văn thư, lưu trữ năm 2024"),
  P("Căn cứ Luật Lưu trữ năm 2011; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; " +
    "Quyết định số 458/QĐ-TTg ngày 03/4/2019 của Thủ tướng Chính phủ phê duyệt Đề án lưu trữ tài liệu điện tử của " +
    "các cơ quan nhà nước giai đoạn 2019 - 2025, UBND tỉnh Bắc Kạn ban hành Kế hoạch công tác văn thư, lưu trữ năm " +
    "2024 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Nâng cao hiệu quả quản lý nhà nước về văn thư, lưu trữ; đẩy mạnh lập hồ sơ điện tử, số hóa tài liệu lưu trữ; " +
    "giải quyết dứt điểm tài liệu giấy tồn đọng tại các cơ quan, đơn vị."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  P("Các nhiệm vụ cụ thể tại bảng dưới đây. Nhiệm vụ có nội dung chi tiết thì thời gian hoàn thành ghi theo từng nội " +
    "dung chi tiết; nội dung chi tiết không ghi cơ quan chủ trì, phối hợp thì do cơ quan ghi tại nhiệm vụ cấp trên " +
    "thực hiện."),
  { t: "table", widths: [700, 3900, 1900, 1700, 1250], header: 1, rows: rows(auto) },
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chỉ đạo triển khai Kế hoạch tại cơ " +
    "quan, đơn vị; bố trí kinh phí chỉnh lý, số hóa tài liệu trong dự toán được giao."),
  n3("2.", "Sở Nội vụ theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; định kỳ 6 tháng, năm tổng hợp báo cáo " +
    "UBND tỉnh./."),
  ...sign(["Bộ Nội vụ (b/c)", "Cục Văn thư và Lưu trữ nhà nước (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Đỗ Thị Minh Hoa"),
];

const tasks = [
  read("Row '1', 'Trước ngày 15/3/2024' 14/3 Thu",
    task("1", "Tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra công tác văn thư, lưu trữ năm 2024", "2024-03-14", [NV],
      [VP])),
  read("Row '2.1', 'Quý II/2024' 30/6 Sun -> 01/7 Mon; its unit cells are empty: row 2's Sở Nội vụ leads, Sở Tư " +
    "pháp coordinates (row 2 has no time: a heading, no task)",
  task("2.1", "Quy định quản lý tài liệu lưu trữ điện tử tại Lưu trữ lịch sử tỉnh", "2024-06-30", [NV], [TP])),
  read("Row '2.2', 'Tháng 8/2024' 31/8 Sat; 02-03/9 off -> 04/9 Wed",
    task("2.2", "Danh mục cơ quan, tổ chức thuộc nguồn nộp lưu tài liệu vào Lưu trữ lịch sử tỉnh", "2024-08-31",
      [NV], [DEP, DIS])),
  read("Row '3', 'Trước ngày 31/3/2024' 30/3 Sat -> 01/4 Mon",
    task("3", "Ban hành Danh mục hồ sơ năm 2024 của cơ quan, đơn vị", "2024-03-30", [DEP, DIS], [NV])),
  read("First '-' row under row 4 (no number: ref null), 'Tháng 4/2024' 30/4, off with 29/4 and 01/5 -> 02/5 Thu; " +
    "its own units", task(null, "Hoàn thiện chức năng lập hồ sơ điện tử, nộp lưu hồ sơ điện tử trên Hệ thống quản " +
    "lý văn bản và điều hành của tỉnh", "2024-04-30", [TT], [NV])),
  read("Second '-' row under row 4, 'Quý IV/2024' 31/12 Tue; empty unit cells: row 4's units",
    task(null, "Lập hồ sơ điện tử đối với 100% hồ sơ công việc phát sinh trên Hệ thống quản lý văn bản và điều hành",
      "2024-12-31", [DEP, DIS], [TT, NV])),
  read("Row '5.1', 'Quý III/2024' 30/9 Mon (row 5 heads it, no time, no units)",
    task("5.1", "Chỉnh lý tài liệu tồn đọng tại các sở, ban, ngành", "2024-09-30", [DEP], [NV])),
  read("Row '5.2', 'Quý IV/2024' 31/12 Tue",
    task("5.2", "Chỉnh lý tài liệu tồn đọng tại UBND các huyện, thành phố", "2024-12-31", [DIS], [NV])),
  read("'-' row under 5.2, 'Tháng 9/2024' 30/9 Mon; empty unit cells: 5.2's (the nearest numbered row above)",
    task(null, "Ưu tiên chỉnh lý tài liệu của các cơ quan, đơn vị đã giải thể, sáp nhập", "2024-09-30", [DIS],
      [NV])),
  read("Row '6', 'Tháng 11/2024' 30/11 Sat -> 02/12 Mon",
    task("6", "Thu thập hồ sơ, tài liệu của các cơ quan thuộc nguồn nộp lưu vào Lưu trữ lịch sử tỉnh", "2024-11-30",
      [NV], [DEP])),
  read("Row '7', 'Năm 2024' 31/12 Tue",
    task("7", "Số hóa tài liệu lưu trữ có thời hạn bảo quản vĩnh viễn tại Lưu trữ lịch sử tỉnh", "2024-12-31", [NV],
      [TT])),
  read("Row '8', 'Quý III/2024' 30/9 Mon",
    task("8", "Kiểm tra công tác văn thư, lưu trữ tại một số cơ quan, đơn vị", "2024-09-30", [NV], [VP])),
  read("First '-' row under row 9 (a heading), 'Trước ngày 10/12/2024' 09/12 Mon; Sở Nội vụ the recipient",
    task(null, "Các cơ quan, đơn vị gửi báo cáo thống kê về Sở Nội vụ", "2024-12-09", [DEP, DIS])),
  read("Second '-' row under row 9, 'Trước ngày 31/12/2024' 30/12 Mon; UBND tỉnh and Bộ Nội vụ the recipients",
    task(null, "Tổng hợp, báo cáo UBND tỉnh và Bộ Nội vụ", "2024-12-30", [NV])),
];

await buildDoc(DIR, {
  typed: body(false),
  auto: body(true),
  printer: "weasyprint",
  expected: {
    id: ID,
    style: "Kế hoạch 28/KH-UBND of UBND tỉnh Bắc Kạn (before the reorganisation), 22/01/2024, công tác văn thư, lưu " +
      "trữ năm 2024; a body task table STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn " +
      "thành. HABIT: THE STT COLUMN MIXES FOUR LEVELS: Roman group rows I-IV (areas, no task), numbered rows 1-10 " +
      "running on across the groups (ref = the number), sub-rows 2.1, 2.2, 5.1, 5.2 (ref as written) and unnumbered " +
      "'-' rows (ref null, found by title). The body says a detailed row carries its own time and an empty unit cell " +
      "takes the units of the row above it in the hierarchy. Rows 2, 4, 5, 9 have no time: headings of their " +
      "sub-rows, no tasks (2's and 4's units go to 2.1 and the second dash under 4; 5 has none). The dash under 5.2 " +
      "takes 5.2's units. Row 10 'Thường xuyên': no task; part III undated. 'Các sở, ban, ngành' = @departments, " +
      "'UBND các huyện, thành phố' = @districts. Each task's reading is in its style. PDF: WeasyPrint.",
    province: "Bắc Kạn",
    plan: { number: "28/KH-UBND", date: "2024-01-22" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
