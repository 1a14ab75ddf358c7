// 04: Lai Châu, UBND tỉnh, 27/8/2025 (after the reorganisation) — plan implementing a Prime Minister's decision
// (Quyết định số 1523/QĐ-TTg on the Law on Cadres and Civil Servants 2025). Body in portrait (I, II "chi tiết tại
// Phụ lục", III), then a landscape section with the appendix table TT | Nhiệm vụ tại Quyết định số 1523/QĐ-TTg |
// Nhiệm vụ cụ thể của tỉnh | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn. The second column QUOTES the central
// task with its ministry and central deadline ("Bộ Nội vụ chủ trì …; hoàn thành trước 30/9/2025"): not the
// province's task; the province's task is column 3, its deadline the last column. Rows 3 and 4 share one central
// task (column 2 merged down). plan.pdf: WeasyPrint from HTML (named landscape page for the appendix).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-lai-chau-2025-pm-decision-central-task-column-with-ministry-deadlines-province-deadline-last";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const TP = "Sở Tư pháp";
const TC = "Sở Tài chính";
const KHCN = "Sở Khoa học và Công nghệ";
const VP = "Văn phòng UBND tỉnh";
const XA = "UBND cấp xã";
const DEP = "@departments";
const TRUONG = "Trường Chính trị tỉnh";
const QD = "Quyết định số 1523/QĐ-TTg";

// [central task | null (merged with the row above), province task, lead cell, co cell, time, due|null, L, C]
const ROWS = [
  ["Bộ Nội vụ chủ trì xây dựng, trình Chính phủ ban hành Nghị định quy định về tuyển dụng, sử dụng và quản lý " +
    "công chức; hoàn thành trước 30/9/2025.",
  "Rà soát, tổng hợp nhu cầu tuyển dụng công chức của các cơ quan hành chính cấp tỉnh và cấp xã", "Sở Nội vụ",
  "Các sở, ban, ngành; UBND các xã, phường", "Trước 31/10/2025", "2025-10-30", [NV], [DEP, XA]],
  ["Các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương tổ chức phổ biến, quán triệt Luật " +
    "Cán bộ, công chức năm 2025; thực hiện trong tháng 8/2025.",
  "Tổ chức hội nghị phổ biến, quán triệt Luật Cán bộ, công chức năm 2025 cho lãnh đạo các sở, ban, ngành, Chủ " +
    "tịch UBND các xã, phường", "Sở Nội vụ", "Sở Tư pháp", "Tháng 9/2025", "2025-09-30", [NV], [TP]],
  ["Bộ Nội vụ chủ trì, phối hợp với các bộ, ngành trình Thủ tướng Chính phủ ban hành danh mục vị trí việc làm, " +
    "khung năng lực trong cơ quan hành chính; hoàn thành trước 31/12/2025.",
  "Rà soát, điều chỉnh đề án vị trí việc làm của các sở, ban, ngành", "Sở Nội vụ", "Các sở, ban, ngành",
  "Quý I/2026", "2026-03-31", [NV], [DEP]],
  [null, "Hướng dẫn UBND các xã, phường xây dựng, phê duyệt vị trí việc làm của công chức cấp xã", "Sở Nội vụ",
    "UBND các xã, phường", "Trước 15/02/2026", "2026-02-14", [NV], [XA]],
  ["Bộ Nội vụ chủ trì xây dựng Nghị định về đánh giá, xếp loại chất lượng cán bộ, công chức theo kết quả, sản " +
    "phẩm; trình Chính phủ trước 15/10/2025.",
  "Xây dựng bộ tiêu chí đánh giá công chức theo kết quả, sản phẩm, áp dụng thí điểm tại một số sở và xã, phường",
  "Sở Nội vụ", "Sở Khoa học và Công nghệ; UBND các xã, phường", "Trong tháng 12/2025", "2025-12-31", [NV],
  [KHCN, XA]],
  ["Bộ Tài chính chủ trì hướng dẫn việc bảo đảm kinh phí thực hiện Luật; hoàn thành trong quý IV/2025.",
    "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026 của các cơ quan, đơn vị",
    "Sở Tài chính", "Sở Nội vụ", "Trước ngày 10/12/2025", "2025-12-09", [TC], [NV]],
  ["Bộ Nội vụ chủ trì hoàn thiện Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức, kết nối với cơ sở dữ " +
    "liệu của các bộ, ngành, địa phương; hoàn thành trong năm 2026.",
  "Cập nhật, chuẩn hóa dữ liệu cán bộ, công chức của tỉnh trên Cơ sở dữ liệu quốc gia", "Sở Nội vụ",
  "Sở Khoa học và Công nghệ; các sở, ban, ngành; UBND các xã, phường",
  "Thường xuyên; hoàn thành chuẩn hóa trước 30/6/2026", "2026-06-29", [NV], [KHCN, DEP, XA]],
  ["Bộ Tư pháp chủ trì, phối hợp với Bộ Nội vụ rà soát các văn bản quy phạm pháp luật có liên quan; hoàn " +
    "thành trước 31/10/2025.",
  "Rà soát các văn bản quy phạm pháp luật của HĐND, UBND tỉnh về cán bộ, công chức; đề xuất sửa đổi, bổ sung, " +
    "bãi bỏ", "Sở Tư pháp", "Sở Nội vụ; Văn phòng UBND tỉnh", "Trước 30/11/2025", "2025-11-29", [TP], [NV, VP]],
  ["Bộ Nội vụ chủ trì tổ chức bồi dưỡng, tập huấn chuyên sâu về Luật cho đội ngũ làm công tác tổ chức cán bộ " +
    "của các bộ, ngành, địa phương; hoàn thành trong năm 2025.",
  "Mở lớp bồi dưỡng nghiệp vụ công tác tổ chức cán bộ cho công chức các sở, ban, ngành và xã, phường",
  "Sở Nội vụ", "Trường Chính trị tỉnh", "Tháng 3/2026", "2026-03-31", [NV], [TRUONG]],
  ["Các bộ, ngành, địa phương báo cáo kết quả thi hành Luật gửi Bộ Nội vụ trước ngày 15/12 hằng năm để tổng " +
    "hợp, báo cáo Thủ tướng Chính phủ.",
  "Báo cáo kết quả thi hành Luật Cán bộ, công chức trên địa bàn tỉnh", "Sở Nội vụ",
  "Các sở, ban, ngành; UBND các xã, phường", "Định kỳ hằng năm", null],
  ["UBND các tỉnh, thành phố trực thuộc Trung ương ban hành quy định phân cấp quản lý cán bộ, công chức thuộc " +
    "thẩm quyền; hoàn thành trước 31/12/2025.",
  "Tham mưu UBND tỉnh ban hành Quyết định quy định phân cấp quản lý công chức trong các cơ quan hành chính thuộc " +
    "tỉnh", "Sở Nội vụ", "Sở Tư pháp; Văn phòng UBND tỉnh", "Trước 20/11/2025", "2025-11-19", [NV], [TP, VP]],
  ["UBND các tỉnh, thành phố trực thuộc Trung ương sắp xếp, bố trí công chức cấp xã theo quy định của Luật; " +
    "hoàn thành trước 01/7/2026.",
  "Rà soát, sắp xếp, bố trí công chức cấp xã theo quy định mới", "UBND các xã, phường", "Sở Nội vụ",
  "Quý II/2026", "2026-06-30", [XA], [NV]],
];

const tasks = [];
const rows = ROWS.map(([central, own, lead, co, time, due, L, C], i) => {
  const tt = String(i + 1);
  if (due) tasks.push(task(tt, own, due, L, C));
  const merged = ROWS[i + 1] && ROWS[i + 1][0] === null;
  const c2 = central === null ? { text: "", vm: "continue" } : merged ? { text: central, vm: "restart", rows: 2 } :
    central;
  return [{ text: tt, align: "center", list: { kind: "cell", inst: "tt" } }, c2, own, lead, co, time];
});

const P = (text, more = {}) => ({ t: "p", text, align: "justify", ...more });
const R = (num, text) => P(text, { num, bold: true, indent: false, list: { kind: "roman", inst: "r" } });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 3124/KH-UBND", "Lai Châu, ngày 27 tháng 8 năm 2025", "KẾ HOẠCH",
    `Triển khai thực hiện ${QD} ngày 18/7/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành ` +
    "Luật Cán bộ, công chức năm 2025 trên địa bàn tỉnh Lai Châu"),
  P(`Thực hiện ${QD} ngày 18/7/2025 của Thủ tướng Chính phủ, UBND tỉnh Lai Châu ban hành Kế hoạch triển khai ` +
    "thực hiện trên địa bàn tỉnh như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("1. Xác định cụ thể nhiệm vụ của tỉnh tương ứng với từng nhiệm vụ được giao tại Quyết định; bảo đảm triển " +
    "khai kịp thời, đồng bộ, thống nhất với tiến độ của các bộ, ngành Trung ương."),
  P("2. Thời hạn trong cột \"Thời hạn\" của Phụ lục là thời hạn hoàn thành của tỉnh; thời hạn nêu tại cột " +
    "\"Nhiệm vụ tại Quyết định\" là thời hạn của các bộ, ngành Trung ương, để các cơ quan theo dõi, chủ động " +
    "phối hợp."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  P("Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời hạn hoàn thành chi tiết tại Phụ lục kèm theo Kế hoạch " +
    "này."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  P("1. Các sở, ban, ngành, UBND các xã, phường căn cứ nhiệm vụ được giao chủ động tổ chức thực hiện; lồng ghép " +
    "với các nhiệm vụ về tổ chức bộ máy, quản lý cán bộ, công chức của cơ quan, đơn vị."),
  P("2. Sở Nội vụ theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch; kịp thời báo cáo UBND tỉnh những khó " +
    "khăn, vướng mắc vượt thẩm quyền."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "VP UBND tỉnh: V, C, các CV"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
  { t: "sect", landscape: false },
  P("Phụ lục", { bold: true, align: "center", indent: false }),
  P(`NHIỆM VỤ CỤ THỂ CỦA TỈNH LAI CHÂU TRIỂN KHAI QUYẾT ĐỊNH SỐ 1523/QĐ-TTg`, { bold: true, align: "center",
    indent: false }),
  P("(Kèm theo Kế hoạch số 3124/KH-UBND ngày 27/8/2025 của UBND tỉnh Lai Châu)", { italic: true,
    align: "center", indent: false }),
  { t: "table", widths: [550, 4300, 3900, 1600, 2300, 1700], header: 1, rows: [
    ["TT", `Nhiệm vụ tại ${QD}`, "Nhiệm vụ cụ thể của tỉnh", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
    ...rows,
  ] },
];

const css = "@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}@page land{size:A4 landscape;margin:1.5cm 1.5cm}" +
  ".sec-1{page:land}.sec-0 table.nb:last-of-type td:first-child{text-align:left;font-size:11pt}" +
  "table.bd td:first-child{text-align:center}table.bd td:nth-child(2){font-style:italic}";
await build(DIR, {
  blocks, printer: "weasyprint", css, landscape: true,
  expected: {
    id: ID,
    style: "Kế hoạch 3124/KH-UBND of UBND tỉnh Lai Châu, 27/8/2025 (after the reorganisation: merged departments, " +
      "xã/phường, no districts), implementing Quyết định số 1523/QĐ-TTg of the Prime Minister (Law on Cadres and " +
      "Civil Servants 2025); header 'ỦY BAN NHÂN DÂN / TỈNH LAI CHÂU', signed TM. UBND / KT. CHỦ TỊCH / PHÓ CHỦ " +
      "TỊCH. Body portrait (I, II 'chi tiết tại Phụ lục', III undated), then a landscape section: the appendix " +
      "table TT | Nhiệm vụ tại Quyết định số 1523/QĐ-TTg | Nhiệm vụ cụ thể của tỉnh | Cơ quan chủ trì | Cơ quan " +
      "phối hợp | Thời hạn. Column 2 (italic) QUOTES the central task, with the ministry that leads it and the " +
      "central deadline ('Bộ Nội vụ chủ trì …; hoàn thành trước 30/9/2025'): neither the ministry nor that date " +
      "belongs to the province's task (I.2 says so). Task = column 3, ref = TT, lead/coordinators = columns 4-5, " +
      "due = column 6. Rows 3 and 4 share one central task (column 2 merged down; plan.txt leaves row 4's column " +
      "2 empty). Row 10 'Định kỳ hằng năm' is no task (its central '15/12 hằng năm' is not the province's). " +
      "Dates: 1 'Trước 31/10/2025' -> 30/10; 2 'Tháng 9/2025' -> 30/9 (the central says tháng 8); 3 'Quý I/2026' " +
      "-> 31/3/2026; 4 'Trước 15/02/2026' -> 14/2 Sat, Tết 16-20/2 -> 23/2/2026; 5 'Trong tháng 12/2025' -> " +
      "31/12; 6 'Trước ngày 10/12/2025' -> 9/12; 7 'Thường xuyên; hoàn thành chuẩn hóa trước 30/6/2026' -> 29/6 " +
      "(dated, so a task); 8 'Trước 30/11/2025' -> 29/11 Sat -> 1/12; 9 'Tháng 3/2026' -> 31/3; 11 'Trước " +
      "20/11/2025' -> 19/11; 12 'Quý II/2026' -> 30/6. Units: 'Các sở, ban, ngành' = @departments; 'UBND các xã, " +
      "phường' = UBND cấp xã (unresolved), the lead of row 12; 'Trường Chính trị tỉnh' unresolved.",
    province: "Lai Châu",
    plan: { number: "3124/KH-UBND", date: "2025-08-27" },
    tasks,
    unresolved: [XA, TRUONG],
    successors: [],
  },
});
