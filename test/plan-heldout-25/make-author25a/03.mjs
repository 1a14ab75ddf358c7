// 03: Lai Châu after the reorganisation (09/02/2026) — UBND tỉnh's plan for the provincial Sports Games (Đại hội
// Thể dục thể thao). I.3 writes the opening day (20 giờ 00 ngày 15/5/2026) and the closing day (20/5/2026); II
// lists the Organising Committee's sub-boards in a table (no tasks); III is ONE countdown table whose time column
// counts from those days ("Trước ngày khai mạc 30 ngày", "Chậm nhất 15 ngày sau ngày bế mạc", "Từ trước ngày
// khai mạc 30 ngày đến ngày bế mạc"), with a done row and a "theo lịch thi đấu" row. plan.pdf: WeasyPrint.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-lai-chau-2026-sports-games-sub-boards-countdown-column-from-opening-day";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VH = "Sở VHTTDL";
const TC = "Sở Tài chính";
const XA = "UBND cấp xã";
const GD = "Sở Giáo dục và Đào tạo";
const BPT = "Báo và Phát thanh, Truyền hình Lai Châu";
const TP = "UBND phường Tân Phong";
const DK = "UBND phường Đoàn Kết";
const CA = "Công an tỉnh";
const YT = "Sở Y tế";
const BTC = "Ban Tổ chức Đại hội";
const KH = "Sở Khoa học và Công nghệ";
const NV = "Sở Nội vụ";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item = (inst, kind) => (num, text, extra = {}) => ({ t: "p", num, text, list: { kind, inst }, ...extra });
const n1 = item("I", "decimal");
const n4 = item("IV", "decimal");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const C = (text) => ({ text, align: "center" });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 45/KH-UBND", "Lai Châu, ngày 09 tháng 02 năm 2026",
    "KẾ HOẠCH", "Tổ chức Đại hội Thể dục thể thao tỉnh Lai Châu lần thứ X năm 2026"),
  plain("Thực hiện Kế hoạch số 18/KH-BVHTTDL ngày 10/01/2025 của Bộ Văn hóa, Thể thao và Du lịch về tổ chức Đại hội " +
    "Thể dục thể thao các cấp tiến tới Đại hội Thể dục thể thao toàn quốc lần thứ X năm 2026, UBND tỉnh ban hành " +
    "Kế hoạch tổ chức Đại hội Thể dục thể thao tỉnh Lai Châu lần thứ X năm 2026 (sau đây gọi là Đại hội) như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU; THỜI GIAN, ĐỊA ĐIỂM"),
  n1("1.", "Đánh giá phong trào thể dục thể thao quần chúng sau sắp xếp đơn vị hành chính; tuyển chọn vận động " +
    "viên tham dự Đại hội Thể dục thể thao toàn quốc lần thứ X."),
  n1("2.", "Tổ chức Đại hội trang trọng, an toàn, tiết kiệm; thi đấu 10 môn: điền kinh, bóng đá nam, bóng chuyền, " +
    "cầu lông, bóng bàn, kéo co, đẩy gậy, bắn nỏ, ném còn, việt dã."),
  n1("3.", "Thời gian, địa điểm: thi đấu từ ngày 12/5/2026 đến ngày 20/5/2026 tại thành phố Lai Châu cũ (các " +
    "phường Tân Phong, Đoàn Kết). Lễ khai mạc vào 20 giờ 00 ngày 15/5/2026 tại Quảng trường Nhân dân tỉnh; Lễ bế " +
    "mạc, trao giải vào 20 giờ 00 ngày 20/5/2026 tại Nhà thi đấu tỉnh."),
  sec("II.", "BAN TỔ CHỨC VÀ CÁC TIỂU BAN"),
  plain("Ban Tổ chức Đại hội do đồng chí Phó Chủ tịch UBND tỉnh làm Trưởng ban; Giám đốc Sở Văn hóa, Thể thao và " +
    "Du lịch (sau đây viết tắt là Sở VHTTDL) làm Phó Trưởng ban Thường trực. Giúp việc Ban Tổ chức có 05 tiểu ban:"),
  { t: "table", widths: [700, 2700, 3000, 3000], header: 1, rows: [
    ["TT", "Tiểu ban", "Trưởng tiểu ban", "Nhiệm vụ chính"],
    [C("1"), "Tiểu ban Chuyên môn", "Phó Giám đốc Sở VHTTDL", "Điều lệ, lịch thi đấu, trọng tài, sân bãi"],
    [C("2"), "Tiểu ban Tuyên truyền", "Tổng Biên tập Báo và Phát thanh, Truyền hình Lai Châu",
      "Tuyên truyền, trực tiếp Lễ khai mạc"],
    [C("3"), "Tiểu ban Hậu cần - Tài chính", "Phó Giám đốc Sở Tài chính", "Kinh phí, ăn nghỉ, đi lại"],
    [C("4"), "Tiểu ban An ninh - Y tế", "Phó Giám đốc Công an tỉnh", "An ninh, trật tự, y tế, an toàn thực phẩm"],
    [C("5"), "Tiểu ban Lễ tân - Khen thưởng", "Phó Giám đốc Sở Nội vụ", "Đón tiếp đại biểu, khen thưởng"],
  ] },
  sec("III.", "TIẾN ĐỘ VÀ PHÂN CÔNG THỰC HIỆN"),
  plain("Thời gian ở cột (5) tính theo ngày khai mạc (15/5/2026) hoặc ngày bế mạc (20/5/2026) của Đại hội:"),
  { t: "table", widths: [600, 3300, 1500, 1900, 2100], header: 2, rows: [
    ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
    [C("(1)"), C("(2)"), C("(3)"), C("(4)"), C("(5)")],
    [C("1"), "Thành lập Ban Tổ chức, các tiểu ban giúp việc", VH, "Sở Nội vụ",
      "Đã thực hiện (Quyết định số 2105/QĐ-UBND ngày 30/12/2025)"],
    [C("2"), "Ban hành Điều lệ Đại hội, gửi các đơn vị tham dự", VH, "Tiểu ban Chuyên môn",
      "Trước ngày khai mạc 90 ngày"],
    [C("3"), "Xây dựng, trình phê duyệt dự toán kinh phí tổ chức Đại hội", TC, VH, "Trước ngày khai mạc 75 ngày"],
    [C("4"), "Tổ chức Đại hội Thể dục thể thao cấp xã", "UBND các xã, phường", VH,
      "Hoàn thành trước ngày khai mạc 45 ngày"],
    [C("5"), "Đăng ký danh sách vận động viên, huấn luyện viên tham dự Đại hội", "UBND các xã, phường", "",
      "Trước ngày khai mạc 30 ngày"],
    [C("6"), "Xây dựng kịch bản Lễ khai mạc, bế mạc; tập luyện màn đồng diễn", VH, GD, "Trước ngày khai mạc 30 ngày"],
    [C("7"), "Tuyên truyền trên báo, đài; treo băng rôn, pano, cờ trang trí trên các tuyến phố chính", BPT,
      "UBND phường Tân Phong, UBND phường Đoàn Kết", "Từ trước ngày khai mạc 30 ngày đến ngày bế mạc"],
    [C("8"), "Chuẩn bị, kiểm tra sân bãi, Nhà thi đấu tỉnh, trang thiết bị thi đấu", VH, "UBND phường Tân Phong",
      "Trước ngày khai mạc 15 ngày"],
    [C("9"), "Xây dựng phương án bảo đảm an ninh, trật tự, an toàn giao thông, phòng cháy, chữa cháy", CA,
      "UBND phường Tân Phong, UBND phường Đoàn Kết", "Trước ngày khai mạc 15 ngày"],
    [C("10"), "Bố trí đội cấp cứu, kiểm tra an toàn thực phẩm tại nơi ăn nghỉ của vận động viên", YT, "",
      "Trước ngày khai mạc 10 ngày"],
    [C("11"), "Bảo đảm đường truyền, thông tin liên lạc phục vụ trực tiếp Lễ khai mạc", KH, BPT,
      "Trước ngày khai mạc 07 ngày"],
    [C("12"), "Tổng duyệt chương trình Lễ khai mạc", VH, "Các tiểu ban", "Trước ngày khai mạc 01 ngày"],
    [C("13"), "Tổ chức Lễ khai mạc Đại hội", BTC, "Các tiểu ban", "Ngày khai mạc"],
    [C("14"), "Điều hành thi đấu các môn", "Tiểu ban Chuyên môn", "", "Theo lịch thi đấu"],
    [C("15"), "Tổng kết Đại hội, đề xuất khen thưởng, báo cáo UBND tỉnh", VH, NV,
      "Chậm nhất 15 ngày sau ngày bế mạc"],
    [C("16"), "Quyết toán kinh phí tổ chức Đại hội", VH, TC, "Chậm nhất 30 ngày sau ngày bế mạc"],
  ] },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Sở VHTTDL là cơ quan thường trực của Ban Tổ chức, theo dõi, đôn đốc các tiểu ban và đơn vị thực hiện " +
    "đúng tiến độ; kịp thời báo cáo Trưởng Ban Tổ chức những vấn đề phát sinh."),
  n4("2.", "Thủ trưởng các sở, ban, ngành tỉnh và Chủ tịch UBND các xã, phường tạo điều kiện cho cán bộ, vận động " +
    "viên tham gia tập luyện, thi đấu./."),
  ...sign(["Bộ VHTTDL (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Thành viên Ban Tổ chức Đại hội", "Các sở, ban, ngành tỉnh", "UBND các xã, phường"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Quang Trung"),
];

// Opening 15/5/2026, closing 20/5/2026: -90 = 14/2, -75 = 1/3, -45 = 31/3, -30 = 15/4, -15 = 30/4, -10 = 5/5,
// -07 = 8/5, -01 = 14/5; closing +15 = 4/6, +30 = 19/6 (all checked with `date -d`).
const tasks = [
  task("2", "Ban hành Điều lệ Đại hội, gửi các đơn vị tham dự", "2026-02-14", [VH], ["Tiểu ban Chuyên môn"]),
  task("3", "Xây dựng, trình phê duyệt dự toán kinh phí tổ chức Đại hội", "2026-03-01", [TC], [VH]),
  task("4", "Tổ chức Đại hội Thể dục thể thao cấp xã", "2026-03-31", [XA], [VH]),
  task("5", "Đăng ký danh sách vận động viên, huấn luyện viên tham dự Đại hội", "2026-04-15", [XA]),
  task("6", "Xây dựng kịch bản Lễ khai mạc, bế mạc; tập luyện màn đồng diễn", "2026-04-15", [VH], [GD]),
  task("7", "Tuyên truyền trên báo, đài; treo băng rôn, pano, cờ trang trí trên các tuyến phố chính", "2026-05-20",
    [BPT], [TP, DK]),
  task("8", "Chuẩn bị, kiểm tra sân bãi, Nhà thi đấu tỉnh, trang thiết bị thi đấu", "2026-04-30", [VH], [TP]),
  task("9", "Xây dựng phương án bảo đảm an ninh, trật tự, an toàn giao thông, phòng cháy, chữa cháy", "2026-04-30",
    [CA], [TP, DK]),
  task("10", "Bố trí đội cấp cứu, kiểm tra an toàn thực phẩm tại nơi ăn nghỉ của vận động viên", "2026-05-05", [YT]),
  task("11", "Bảo đảm đường truyền, thông tin liên lạc phục vụ trực tiếp Lễ khai mạc", "2026-05-08", [KH], [BPT]),
  task("12", "Tổng duyệt chương trình Lễ khai mạc", "2026-05-14", [VH], ["Các tiểu ban"]),
  task("13", "Tổ chức Lễ khai mạc Đại hội", "2026-05-15", [BTC], ["Các tiểu ban"]),
  task("15", "Tổng kết Đại hội, đề xuất khen thưởng, báo cáo UBND tỉnh", "2026-06-04", [VH], [NV]),
  task("16", "Quyết toán kinh phí tổ chức Đại hội", "2026-06-19", [VH], [TC]),
];

await build(DIR, {
  blocks, printer: "weasyprint",
  expected: {
    id: ID,
    style: "Kế hoạch 45/KH-UBND of UBND tỉnh Lai Châu, 09/02/2026 (after the reorganisation: merged departments, " +
      "wards), the provincial Sports Games (Đại hội Thể dục thể thao lần thứ X). I.3 writes the days: opening 20 " +
      "giờ 00 ngày 15/5/2026, closing 20/5/2026. II: the Organising Committee's five sub-boards in a table (TT | " +
      "Tiểu ban | Trưởng tiểu ban | Nhiệm vụ chính): no tasks; 'Sở Văn hóa, Thể thao và Du lịch (sau đây viết tắt " +
      "là Sở VHTTDL)' defined once. III: one countdown table STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị " +
      "phối hợp | Thời gian thực hiện, with a column-number row; the time column counts from the opening or " +
      "closing day. Reading: ref = STT; 'Trước ngày khai mạc N ngày' / 'Hoàn thành trước ngày khai mạc N ngày' = " +
      "the day N days before the opening (15/5 - N; the 'trước X → X-1' rule is for a named day, here the count " +
      "itself fixes the day); 'Chậm nhất N ngày sau ngày bế mạc' = 20/5 + N; 'Ngày khai mạc' = 15/5 (the date is " +
      "in I.3, so inherited false: the row's own words point to it); 'Từ trước ngày khai mạc 30 ngày đến ngày bế " +
      "mạc' = the end, 20/5. Left out: row 1 done ('Đã thực hiện'), row 14 'Theo lịch thi đấu' (no date). " +
      "'UBND các xã, phường' = UBND cấp xã. Sub-boards ('Tiểu ban Chuyên môn', 'Các tiểu ban') and 'Ban Tổ chức " +
      "Đại hội' are units as written, not in the directory. Effective: 14/2 Sat (Tết 16-20/2) -> 23/2; 1/3 Sun " +
      "-> 2/3; 30/4 Thu (30/4, 1/5 holidays, weekend) -> 4/5; others working days. PDF: WeasyPrint from HTML.",
    province: "Lai Châu",
    plan: { number: "45/KH-UBND", date: "2026-02-09" },
    tasks,
    unresolved: ["Tiểu ban Chuyên môn", XA, TP, DK, "Các tiểu ban", BTC],
    successors: [],
  },
});
