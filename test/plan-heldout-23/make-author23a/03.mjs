// 03: Lai Châu, Sở Nội vụ after the reorganisation (21/7/2025) — plan for the ceremony of the 80th anniversary of the
// sector's traditional day (28/8/1945 - 28/8/2025), held jointly now that the Sở has taken over labour, invalids and
// social affairs. II gives day and place, III the running order of the ceremony (a timetable table: hours of
// 26/8/2025 with who speaks — not tasks), IV the preparation split between four sub-committees (tiểu ban) set up by
// the Sở's decision: one table STT | Tiểu ban (cell vMerged over its rows, with the head named in brackets) |
// Nhiệm vụ | Phối hợp | Thời gian hoàn thành. One row done, one recurring.
// plan.pdf: WeasyPrint.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-lai-chau-2025-ceremony-plan-subcommittee-vmerged-column-programme-timetable";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const ND = "Tiểu ban Nội dung";
const TTr = "Tiểu ban Tuyên truyền";
const KT = "Tiểu ban Khen thưởng";
const HC = "Tiểu ban Hậu cần - Lễ tân";
const VPS = "Văn phòng Sở";
const CCVC = "Phòng Công chức, viên chức";
const BAO = "Báo và Phát thanh, Truyền hình Lai Châu";
const PDV = "Các phòng, đơn vị thuộc Sở";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const d1 = dash("I");
const d2 = dash("II");
const d5 = dash("V");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const C = { kind: "cell", inst: "T" };
const st = (s) => ({ text: s, align: "center", list: C });
const tb = (name, headOf, rows) => ({ text: `${name}\n(Trưởng Tiểu ban: ${headOf})`, vm: "restart", rows, bold: true });
const cont = { text: "", vm: "continue" };

const blocks = [
  ...head("UBND TỈNH LAI CHÂU\nSỞ NỘI VỤ", "Số: 612/KH-SNV", "Lai Châu, ngày 21 tháng 7 năm 2025", "KẾ HOẠCH",
    "Tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống ngành Tổ chức nhà nước và ngành Lao động - Thương binh và Xã hội " +
    "(28/8/1945 - 28/8/2025)"),
  plain("Thực hiện Hướng dẫn số 45/HD-BNV ngày 30/6/2025 của Bộ Nội vụ về tổ chức các hoạt động kỷ niệm 80 năm Ngày " +
    "truyền thống ngành Nội vụ; Quyết định số 118/QĐ-SNV ngày 14/7/2025 của Giám đốc Sở Nội vụ thành lập Ban Tổ chức " +
    "và các Tiểu ban giúp việc, Sở Nội vụ ban hành Kế hoạch tổ chức Lễ kỷ niệm như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("Ôn lại truyền thống 80 năm xây dựng và phát triển của ngành; tôn vinh các thế hệ cán bộ, công chức, viên chức, " +
    "người lao động đã đóng góp cho sự nghiệp của ngành Nội vụ và ngành Lao động - Thương binh và Xã hội tỉnh."),
  d1("Tổ chức Lễ kỷ niệm trang trọng, thiết thực, tiết kiệm; 100% công chức, viên chức của Sở tham dự."),
  sec("II.", "THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
  d2("Thời gian: 01 buổi, bắt đầu từ 7 giờ 30 phút, thứ Ba ngày 26/8/2025."),
  d2("Địa điểm: Hội trường tầng 3, Trung tâm Hội nghị tỉnh."),
  d2("Thành phần: khoảng 250 đại biểu, gồm lãnh đạo tỉnh, nguyên lãnh đạo Sở qua các thời kỳ, đại diện các sở, " +
    "ngành, UBND một số xã, phường và công chức, viên chức, người lao động của Sở."),
  sec("III.", "CHƯƠNG TRÌNH BUỔI LỄ"),
  { t: "table", header: 1, widths: [1700, 4900, 2700], rows: [
    ["Thời gian", "Nội dung", "Thực hiện"],
    ["7h30 - 8h00", "Đón tiếp đại biểu", "Tiểu ban Hậu cần - Lễ tân"],
    ["8h00 - 8h20", "Chương trình văn nghệ chào mừng", "Đội văn nghệ Sở Nội vụ"],
    ["8h20 - 8h30", "Chào cờ; tuyên bố lý do, giới thiệu đại biểu", "Chánh Văn phòng Sở"],
    ["8h30 - 8h40", "Trình chiếu phim tư liệu \"80 năm một chặng đường\"", "Tiểu ban Nội dung"],
    ["8h40 - 9h10", "Diễn văn kỷ niệm", "Giám đốc Sở Nội vụ"],
    ["9h10 - 9h40", "Phát biểu của lãnh đạo tỉnh; trao Bằng khen của Chủ tịch UBND tỉnh", "Lãnh đạo UBND tỉnh"],
    ["9h40 - 10h00", "Phát biểu cảm tưởng của nguyên lãnh đạo Sở; bế mạc", "Ban Tổ chức"],
  ] },
  sec("IV.", "PHÂN CÔNG NHIỆM VỤ"),
  plain("Các Tiểu ban chịu trách nhiệm trước Trưởng Ban Tổ chức về phần việc được giao, cụ thể:"),
  { t: "table", header: 1, widths: [550, 2000, 3500, 1700, 1600], rows: [
    ["STT", "Tiểu ban", "Nhiệm vụ", "Phối hợp", "Thời gian hoàn thành"],
    [st("1"), tb(ND, "Phó Giám đốc Sở Lò Văn Thắng", 3), "Xây dựng Diễn văn kỷ niệm, trình Trưởng Ban Tổ chức",
      VPS, "Trước ngày 15/8/2025"],
    [st("2"), cont, "Biên soạn kịch bản và sản xuất phim tư liệu \"80 năm một chặng đường\" (10 phút)", BAO,
      "Trước ngày 20/8/2025"],
    [st("3"), cont, "Xây dựng kịch bản chương trình buổi Lễ; lời dẫn chương trình", VPS, "22/8/2025"],
    [st("4"), tb(TTr, "Chánh Văn phòng Sở", 3), "Đăng tải tin, bài về lịch sử truyền thống ngành trên Trang thông " +
      "tin điện tử của Sở", "Các phòng, đơn vị thuộc Sở", "Thường xuyên từ ngày 01/8/2025"],
    [st("5"), cont, "Phối hợp xây dựng chuyên mục \"80 năm ngành Nội vụ, Lao động - Thương binh và Xã hội Lai Châu\"",
      BAO, "Trước ngày 25/8/2025"],
    [st("6"), cont, "Treo băng rôn, khẩu hiệu, pa-nô tại trụ sở Sở và Trung tâm Hội nghị tỉnh", "", "Xong trước " +
      "ngày 18/8/2025"],
    [st("7"), tb(KT, "Trưởng phòng Công chức, viên chức", 2), "Tổng hợp hồ sơ, trình Chủ tịch UBND tỉnh tặng Bằng " +
      "khen cho các tập thể, cá nhân có thành tích xuất sắc", CCVC, "Trước ngày 05/8/2025"],
    [st("8"), cont, "Đề nghị Bộ Nội vụ tặng Kỷ niệm chương \"Vì sự nghiệp xây dựng ngành Tổ chức nhà nước\"", CCVC,
      "Đã gửi hồ sơ ngày 10/7/2025"],
    [st("9"), tb(HC, "Phó Chánh Văn phòng Sở", 4), "Lập dự toán kinh phí tổ chức Lễ, trình Giám đốc Sở phê duyệt",
      "Phòng Kế hoạch - Tài chính", "Trước ngày 31/7/2025"],
    [st("10"), cont, "Phát hành giấy mời đại biểu", VPS, "Chậm nhất ngày 19/8/2025"],
    [st("11"), cont, "Chuẩn bị hội trường, âm thanh, ánh sáng, hoa, quà lưu niệm; tổng duyệt chương trình", ND,
      "Xong trước 17h00 ngày 25/8/2025"],
    [st("12"), cont, "Bố trí xe đưa đón nguyên lãnh đạo Sở; bảo đảm y tế, an ninh trong buổi Lễ", VPS,
      "Trong ngày tổ chức Lễ"],
  ] },
  sec("V.", "TỔ CHỨC THỰC HIỆN"),
  d5("Các phòng, đơn vị thuộc Sở gửi danh sách công chức, viên chức, người lao động tham dự Lễ về Văn phòng Sở " +
    "trước ngày 20/8/2025."),
  d5("Kinh phí tổ chức Lễ kỷ niệm từ nguồn kinh phí chi thường xuyên năm 2025 của Sở và nguồn xã hội hóa hợp pháp."),
  d5("Văn phòng Sở là thường trực Ban Tổ chức, theo dõi, đôn đốc các Tiểu ban; báo cáo Trưởng Ban Tổ chức tiến độ " +
    "chuẩn bị hằng tuần."),
  ...sign(["Bộ Nội vụ (b/c)", "UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Thành viên Ban Tổ chức, các Tiểu ban",
    "Các phòng, đơn vị thuộc Sở"], "GIÁM ĐỐC", "Trần Văn Hùng"),
];

const tasks = [
  task("1", "Xây dựng Diễn văn kỷ niệm", "2025-08-14", [ND], [VPS]),
  task("2", "Biên soạn kịch bản và sản xuất phim tư liệu \"80 năm một chặng đường\"", "2025-08-19", [ND], [BAO]),
  task("3", "Xây dựng kịch bản chương trình buổi Lễ; lời dẫn chương trình", "2025-08-22", [ND], [VPS]),
  task("5", "Phối hợp xây dựng chuyên mục \"80 năm ngành Nội vụ, Lao động - Thương binh và Xã hội Lai Châu\"",
    "2025-08-24", [TTr], [BAO]),
  task("6", "Treo băng rôn, khẩu hiệu, pa-nô tại trụ sở Sở và Trung tâm Hội nghị tỉnh", "2025-08-17", [TTr]),
  task("7", "Tổng hợp hồ sơ, trình tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc", "2025-08-04",
    [KT], [CCVC]),
  task("9", "Lập dự toán kinh phí tổ chức Lễ", "2025-07-30", [HC], ["Phòng Kế hoạch - Tài chính"]),
  task("10", "Phát hành giấy mời đại biểu", "2025-08-19", [HC], [VPS]),
  task("11", "Chuẩn bị hội trường, âm thanh, ánh sáng, hoa, quà lưu niệm; tổng duyệt chương trình", "2025-08-25",
    [HC], [ND]),
  task("12", "Bố trí xe đưa đón nguyên lãnh đạo Sở; bảo đảm y tế, an ninh trong buổi Lễ", "2025-08-26", [HC], [VPS]),
  task("V", "Gửi danh sách công chức, viên chức, người lao động tham dự Lễ", "2025-08-19", [PDV]),
];

await build(DIR, {
  blocks, printer: "weasyprint",
  css: "table.nb td:first-child{text-align:left}table.nb:first-of-type td:first-child{text-align:center}",
  expected: {
    id: ID,
    style: "Kế hoạch 612/KH-SNV of Sở Nội vụ Lai Châu (after the reorganisation, 21/7/2025): ceremony for the 80th " +
      "anniversary of the sector's traditional day. I aims (a 100% attendance aim, no task), II time/place/guests " +
      "(the ceremony day 26/8/2025 is no task), III the running order as a table Thời gian (hours) | Nội dung | " +
      "Thực hiện: the programme of the day, not tasks. IV one table STT | Tiểu ban | Nhiệm vụ | Phối hợp | Thời " +
      "gian hoàn thành, the Tiểu ban cell vMerged over its rows (rowspan in HTML) with '(Trưởng Tiểu ban: …)', a " +
      "person, not a unit: the lead is the sub-committee as named; 'Phối hợp' the coordinators. Ref = STT (Word " +
      "cell numbering in plan-auto). 'Trước ngày X' -> X-1 (15/8 -> 14/8; 20/8 -> 19/8; 25/8 -> 24/8 Sun -> 25/8; " +
      "05/8 -> 4/8; 31/7 -> 30/7); '22/8/2025' and 'Chậm nhất ngày 19/8' as written; 'Xong trước ngày 18/8' -> " +
      "17/8 (Sun -> 18/8); 'Xong trước 17h00 ngày 25/8/2025' read as 25/8 (the hour is on that day). Row 4 " +
      "'Thường xuyên từ ngày 01/8/2025' recurring, row 8 'Đã gửi hồ sơ' done. Row 12 'Trong ngày tổ chức Lễ' " +
      "read as the ceremony day II gives (26/8/2025). Row 7 'trình Chủ tịch UBND tỉnh', row 9 'trình Giám đốc Sở' " +
      "recipients; row 8 names Bộ Nội vụ as addressee. V: first dash dated ('gửi … về Văn phòng Sở trước ngày " +
      "20/8' -> 19/8, Văn phòng Sở recipient), ref 'V' (dashes carry no number); funding and the weekly report " +
      "out. Units: the Sở's sub-committees and offices as written (unresolved); Báo và Phát thanh, Truyền hình Lai " +
      "Châu is the merged press body. PDF: WeasyPrint.",
    province: "Lai Châu",
    plan: { number: "612/KH-SNV", date: "2025-07-21" },
    tasks,
    unresolved: [ND, TTr, KT, HC, VPS, CCVC, "Phòng Kế hoạch - Tài chính", PDV],
    successors: [],
  },
});
