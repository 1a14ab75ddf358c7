// 08: Lai Châu 2026 (after the reorganisation: merged departments, no districts), UBND tỉnh, Kế hoạch 19/KH-UBND,
// 23/01/2026 — cải thiện Chỉ số PAPI năm 2026. Habit: EXCEL'S CLIPBOARD TEXT: the task table was made in Excel
// (STT | Nội dung thực hiện | Sản phẩm | Thời hạn hoàn thành) with "Chủ trì: …" / "Phối hợp: …" lines inside the
// multi-line content cell (Alt+Enter). plan.txt is exactly what Excel puts on the clipboard for the sheet's range
// (tab-separated, a cell holding a line break wrapped in double quotes with inner quotes doubled, CRLF row ends);
// plan-typed.docx is Excel's paste into Word (a table with Excel's column widths, a little wider than the text
// block, cell lines as line breaks; the Decree 30 header and prose typed above it); plan-auto.docx the same with
// Word numbering in the prose; plan.pdf: LibreOffice's print of plan-auto.docx.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "08-lai-chau-2026-excel-clipboard-text-quoted-multiline-cells-crlf-chu-tri-phoi-hop-lines-in-content-cell";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;

// [content first line, extra line or "", lead line, coordinator line or "", product, time]
const R = [
  ["Quán triệt, phổ biến kết quả Chỉ số PAPI năm 2025 của tỉnh đến cán bộ, công chức, viên chức", "",
    "Sở Nội vụ", "Ủy ban MTTQ Việt Nam tỉnh", "Hội nghị quán triệt", "Trước 15/3/2026"],
  ["Xây dựng, ban hành kế hoạch cải thiện các chỉ số nội dung PAPI thuộc lĩnh vực được giao", "",
    "Các sở, ban, ngành; UBND cấp xã", "Sở Nội vụ", "Kế hoạch của cơ quan, địa phương", "Tháng 3/2026"],
  ["Công khai danh sách hộ nghèo, hộ cận nghèo, các khoản đóng góp của Nhân dân tại nhà văn hóa thôn, bản",
    "(theo phương châm \"dân biết, dân bàn, dân làm, dân kiểm tra\")",
    "UBND các xã, phường", "Sở Nông nghiệp và Môi trường", "Biên bản niêm yết", "Quý II/2026"],
  ["Rà soát, công khai quy hoạch, kế hoạch sử dụng đất và khung giá đất trên Cổng thông tin điện tử tỉnh", "",
    "Sở Nông nghiệp và Môi trường", "UBND các xã, phường", "Thông tin được công khai", "30/4/2026"],
  ["Kiểm tra việc thực hiện pháp luật về tiếp công dân, giải quyết khiếu nại, tố cáo tại cấp xã", "",
    "Thanh tra tỉnh", "Sở Nội vụ", "Kết luận kiểm tra", "Từ tháng 5 đến tháng 8/2026"],
  ["Tuyên truyền về Chỉ số PAPI và quyền tham gia của người dân ở cơ sở", "(chuyên mục \"Dân hỏi - chính quyền trả lời\")",
    "Báo và Phát thanh, Truyền hình Lai Châu", "", "Tin, bài, phóng sự", "Thường xuyên"],
  ["Khảo sát sự hài lòng của người dân đối với dịch vụ khám, chữa bệnh tại trạm y tế xã, phường", "",
    "Sở Y tế", "UBND cấp xã", "Báo cáo khảo sát", "15/7/2026"],
  ["Nâng cao chất lượng giáo dục tiểu học công lập, giảm các khoản thu ngoài quy định", "",
    "Sở Giáo dục và Đào tạo", "", "Báo cáo kết quả", "Tháng 9/2026"],
  ["Hướng dẫn người dân sử dụng ứng dụng VNeID, dịch vụ công trực tuyến toàn trình", "",
    "Công an tỉnh", "Sở Khoa học và Công nghệ; UBND các xã, phường", "Báo cáo số liệu", "Chậm nhất 30/6/2026"],
  ["Đánh giá chất lượng cung cấp điện sinh hoạt tại các thôn, bản vùng sâu, vùng xa", "",
    "Sở Công Thương", "Công ty Điện lực Lai Châu", "Báo cáo đánh giá", "31/10/2026"],
  ["Hướng dẫn công khai ngân sách xã và các dự án đầu tư công trên địa bàn", "",
    "Sở Tài chính", "UBND cấp xã", "Văn bản hướng dẫn", "Trước 20/10/2026"],
  ["Tổng hợp, báo cáo kết quả thực hiện Kế hoạch cải thiện Chỉ số PAPI năm 2026", "(gửi UBND tỉnh)",
    "Sở Nội vụ", "", "Báo cáo", "Trước ngày 10/12/2026"],
];
const content = (r) => [r[0] + (r[1] ? "\n" + r[1] : ""), "Chủ trì: " + r[2], ...(r[3] ? ["Phối hợp: " + r[3]] : [])].join("\n");

// Excel's clipboard text of A1:D<last>: the title rows (merged across, value in the first cell), the table.
const sheetRows = [
  ["BIỂU PHÂN CÔNG NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI NĂM 2026", "", "", ""],
  ["(Kèm theo Kế hoạch số 19/KH-UBND ngày 23/01/2026 của UBND tỉnh Lai Châu)", "", "", ""],
  ["", "", "", ""],
  ["STT", "Nội dung thực hiện", "Sản phẩm", "Thời hạn hoàn thành"],
  ...R.map((r, i) => [String(i + 1), content(r), r[4], r[5]]),
];
const clip = (v) => (/[\n"]/.test(v) && v.includes("\n") ? `"${v.replace(/"/g, '""')}"` : v);
const txt = sheetRows.map((row) => row.map(clip).join("\t")).join("\r\n") + "\r\n";

// Excel column widths 6, 52, 20, 16 characters -> 47, 369, 145, 117 px -> twips (15 per px), as Word keeps them.
const table = { t: "table", widths: [705, 5535, 2175, 1755], header: 1, rows: [
  ["STT", "Nội dung thực hiện", "Sản phẩm", "Thời hạn hoàn thành"].map((text) => ({ text, bold: true, align: "center" })),
  ...R.map((r, i) => [{ text: String(i + 1), align: "center" }, content(r), r[4], { text: r[5], align: "center" }]),
] };
const h = (num, text) => ({ t: "p", num, text, bold: true, list: { kind: "roman", inst: "r" } });
const n = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "iii" } });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 19/KH-UBND", "Lai Châu, ngày 23 tháng 01 năm 2026", "KẾ HOẠCH",
    "Cải thiện Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2026"),
  h("I.", "MỤC ĐÍCH, YÊU CẦU"),
  { t: "p", text: "Khắc phục các nội dung có điểm số thấp của Chỉ số PAPI năm 2025; xác định rõ trách nhiệm của " +
    "cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành của từng nhiệm vụ; nâng cao sự hài lòng của người dân " +
    "đối với chính quyền các cấp." },
  h("II.", "NHIỆM VỤ CỤ THỂ"),
  { t: "p", text: "Các nhiệm vụ, cơ quan chủ trì, phối hợp và thời hạn hoàn thành chi tiết tại Biểu phân công nhiệm " +
    "vụ dưới đây." },
  table,
  h("III.", "TỔ CHỨC THỰC HIỆN"),
  n("1.", "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh " +
    "về kết quả các chỉ số nội dung thuộc lĩnh vực, địa bàn quản lý."),
  n("2.", "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, địa phương thực hiện Kế hoạch và " +
    "tham mưu UBND tỉnh khen thưởng tập thể, cá nhân có thành tích./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Tống Thanh Hải"),
];

const XA = "UBND cấp xã";
const NM = "Sở Nông nghiệp và Môi trường";
const t = (k, due, lead, co = []) => task(String(k), R[k - 1][0], due, lead, co);
const tasks = [
  t(1, "2026-03-14", ["Sở Nội vụ"], ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
  t(2, "2026-03-31", ["@departments", XA], ["Sở Nội vụ"]),
  t(3, "2026-06-30", [XA], [NM]),
  t(4, "2026-04-30", [NM], [XA]),
  t(5, "2026-08-31", ["Thanh tra tỉnh"], ["Sở Nội vụ"]),
  t(7, "2026-07-15", ["Sở Y tế"], [XA]),
  t(8, "2026-09-30", ["Sở Giáo dục và Đào tạo"]),
  t(9, "2026-06-30", ["Công an tỉnh"], ["Sở Khoa học và Công nghệ", XA]),
  t(10, "2026-10-31", ["Sở Công Thương"], ["Công ty Điện lực Lai Châu"]),
  t(11, "2026-10-19", ["Sở Tài chính"], [XA]),
  t(12, "2026-12-09", ["Sở Nội vụ"]),
];

await build(DIR, {
  blocks, txt, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 19/KH-UBND of UBND tỉnh Lai Châu, 23/01/2026 (after the reorganisation: merged departments, " +
      "no districts; 'Các sở, ban, ngành' = @departments; 'UBND các xã, phường' and 'UBND cấp xã' = the unresolved " +
      "'UBND cấp xã' as the kit writes it), cải thiện Chỉ số PAPI năm 2026. HABIT: a task table MADE IN EXCEL: " +
      "STT | Nội dung thực hiện | Sản phẩm | Thời hạn hoàn thành with no unit columns: the content cell holds, on " +
      "its own lines (Alt+Enter), the task, sometimes a bracketed note, then 'Chủ trì: …' (lead) and 'Phối hợp: …' " +
      "(coordinators, split at ';'). plan.txt is EXACTLY Excel's clipboard text of the sheet's range: two title rows " +
      "('BIỂU PHÂN CÔNG NHIỆM VỤ …', '(Kèm theo Kế hoạch số 19/KH-UBND ngày 23/01/2026 của UBND tỉnh Lai Châu)': " +
      "the plan's number and date), an empty row, the header and 12 rows; cells separated by tabs, every content " +
      "cell (it holds line breaks) wrapped in double quotes with inner quotes doubled ('\"\"dân biết, …\"\"'), LF " +
      "inside a cell, CRLF at each row's end. plan-typed.docx: Excel's paste into Word (table at Excel's column " +
      "widths, 10170 twips, wider than the text block; lines of a cell as line breaks), the Decree 30 header and " +
      "prose typed above it; plan-auto.docx the same with Word lists for I.-III. and 1.-2.; plan.pdf LibreOffice's " +
      "print of plan-auto.docx. ref = STT. Title = the cell's first line (the bracketed note and the Chủ trì / " +
      "Phối hợp lines are not part of it). Row 6 'Thường xuyên' is no task; III's items are undated. '(gửi UBND " +
      "tỉnh)' of row 12 is a recipient. Dates (2026): 1 'Trước 15/3' -> 14/3 Sat -> 16/3; 2 'Tháng 3' 31/3 Tue; 3 " +
      "'Quý II' 30/6 Tue; 4 '30/4' holiday, 1/5 holiday, weekend -> 4/5; 5 'Từ tháng 5 đến tháng 8' 31/8 Mon; 7 " +
      "'15/7' Wed; 8 'Tháng 9' 30/9 Wed; 9 'Chậm nhất 30/6' Tue; 10 '31/10' Sat -> 2/11; 11 'Trước 20/10' -> 19/10 " +
      "Mon; 12 'Trước ngày 10/12' -> 9/12 Wed.",
    province: "Lai Châu",
    plan: { number: "19/KH-UBND", date: "2026-01-23" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});
