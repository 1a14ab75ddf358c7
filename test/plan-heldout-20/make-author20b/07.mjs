// 07: Lai Châu 2025, after the reorganisation (38 communes and wards, no districts) — a GIẤY MỜI (invitation) to
// the year-end administrative-reform conference. Offices send such invitations with the meeting's programme and a
// short "Phân công chuẩn bị" part: the programme table (time | content | who) is the running order of the day, not
// work with deadlines; the preparation part gives the work, some deadlines with an hour ("trước 16 giờ 00 ngày X").
// The programme's time cell over the four speeches is merged vertically (vMerge). plan.pdf: LibreOffice.
import { build, task } from "./lib.mjs";
import { head } from "./head.mjs";

const ID = "07-lai-chau-2025-giay-moi-programme-table-and-preparation";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const KC = "Sở Khoa học và Công nghệ";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
const DK = "UBND phường Đoàn Kết";
const BL = "UBND xã Bình Lư";
const VP = "Văn phòng UBND tỉnh";
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const dm = dash("M");
const n = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "PC" } });
const l = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "letter", inst } });
const l1 = l("P1");
const l2 = l("P2");

const T = "08h50 - 09h40";
const PROGRAMME = [
  ["Thời gian", "Nội dung", "Thực hiện"],
  ["08h00 - 08h15", "Đón tiếp đại biểu; chương trình văn nghệ chào mừng", VP],
  ["08h15 - 08h25", "Tuyên bố lý do, giới thiệu đại biểu", VP],
  ["08h25 - 08h50", "Báo cáo tổng kết công tác cải cách hành chính năm 2025, phương hướng, nhiệm vụ năm 2026", NV],
  [{ text: T, vm: "restart", rows: 4 }, "Tham luận: Chuyển đổi số gắn với cải cách thủ tục hành chính", KC],
  [{ text: T, vm: "continue" }, "Tham luận: Tiếp nhận hồ sơ không phụ thuộc địa giới hành chính", TT],
  [{ text: T, vm: "continue" }, "Tham luận: Vận hành Trung tâm Phục vụ hành chính công phường", DK],
  [{ text: T, vm: "continue" }, "Tham luận: Chính quyền xã ở vùng cao sau sắp xếp", BL],
  ["09h40 - 10h00", "Giải lao", ""],
  ["10h00 - 10h45", "Thảo luận", "Các đại biểu"],
  ["10h45 - 11h15", "Công bố Chỉ số cải cách hành chính năm 2025 của các sở, ngành, xã, phường; trao Giấy khen", NV],
  ["11h15 - 11h30", "Phát biểu kết luận Hội nghị", "Chủ tịch UBND tỉnh"],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 318/GM-UBND", "Lai Châu, ngày 10 tháng 12 năm 2025",
    "GIẤY MỜI", "Hội nghị tổng kết công tác cải cách hành chính năm 2025,\ntriển khai nhiệm vụ năm 2026"),
  { t: "p", text: "Ủy ban nhân dân tỉnh tổ chức Hội nghị tổng kết công tác cải cách hành chính năm 2025, triển khai " +
    "nhiệm vụ năm 2026 theo hình thức trực tiếp kết hợp trực tuyến. Đồng chí Chủ tịch UBND tỉnh chủ trì Hội nghị." },
  { t: "p", text: "Ủy ban nhân dân tỉnh trân trọng kính mời:", bold: true },
  dm("Đại diện lãnh đạo Vụ Cải cách hành chính, Bộ Nội vụ;"),
  dm("Đại diện Thường trực Tỉnh ủy, Thường trực HĐND tỉnh, Ủy ban MTTQ Việt Nam tỉnh;"),
  dm("Giám đốc các sở, thủ trưởng các ban, ngành tỉnh; Giám đốc Trung tâm Phục vụ hành chính công tỉnh;"),
  dm("Chủ tịch UBND các xã, phường (dự tại điểm cầu của xã, phường)."),
  { t: "p", text: "Thời gian: 01 buổi, bắt đầu từ 08 giờ 00 thứ Năm, ngày 25/12/2025." },
  { t: "p", text: "Địa điểm: Hội trường tầng 3, Trung tâm Hội nghị tỉnh; kết nối trực tuyến đến 38 điểm cầu xã, " +
    "phường." },
  { t: "p", text: "CHƯƠNG TRÌNH HỘI NGHỊ", bold: true, align: "center", indent: false },
  { t: "table", widths: [1700, 5200, 2500], header: 1, rows: PROGRAMME },
  { t: "p", text: "PHÂN CÔNG CHUẨN BỊ", bold: true, align: "center", indent: false },
  n("1.", "Sở Nội vụ:"),
  l1("a)", "Hoàn chỉnh Báo cáo tổng kết công tác cải cách hành chính năm 2025 và dự thảo Kế hoạch cải cách hành " +
    "chính năm 2026, gửi Văn phòng UBND tỉnh trước 16 giờ 00 ngày 19/12/2025."),
  l1("b)", "Dự thảo bài phát biểu kết luận của Chủ tịch UBND tỉnh, gửi Văn phòng UBND tỉnh chậm nhất ngày " +
    "22/12/2025."),
  l1("c)", "Đăng tải tài liệu Hội nghị lên Hệ thống quản lý văn bản và điều hành để đại biểu nghiên cứu trước, " +
    "xong trong ngày 23/12/2025."),
  n("2.", "Các cơ quan, đơn vị có tham luận (chủ đề tại Chương trình Hội nghị) gửi bài tham luận (không quá 1.200 " +
    "chữ, trình bày không quá 10 phút) về Sở Nội vụ, cụ thể:"),
  l2("a)", "Sở Khoa học và Công nghệ, Trung tâm Phục vụ hành chính công tỉnh: chậm nhất ngày 16/12/2025;"),
  l2("b)", "UBND phường Đoàn Kết, UBND xã Bình Lư: chậm nhất ngày 17/12/2025."),
  n("3.", "Sở Tài chính cung cấp cho Sở Nội vụ số liệu bố trí, giải ngân kinh phí cải cách hành chính năm 2025 " +
    "trước ngày 15/12/2025."),
  n("4.", "Văn phòng UBND tỉnh chuẩn bị hội trường, ma-két, khánh tiết; phối hợp với Sở Nội vụ in Giấy khen; hoàn " +
    "thành trong ngày 24/12/2025."),
  n("5.", "Viễn thông Lai Châu bảo đảm đường truyền, chạy thử kết nối với 38 điểm cầu xã, phường xong trước 15 giờ " +
    "00 ngày 24/12/2025."),
  n("6.", "Chủ tịch UBND các xã, phường bố trí phòng họp trực tuyến, chủ trì dự Hội nghị tại điểm cầu; gửi danh " +
    "sách thành phần dự tại điểm cầu về Sở Nội vụ (hộp thư cchc.snv@laichau.gov.vn) trước ngày 22/12/2025."),
  n("7.", "Báo và Phát thanh, Truyền hình Lai Châu cử phóng viên dự, đưa tin về Hội nghị."),
  { t: "p", text: "Đề nghị các đồng chí sắp xếp công việc, dự Hội nghị đúng thành phần, đúng giờ. Mọi chi tiết xin " +
    "liên hệ đồng chí Lò Thị Hoa, Phó Trưởng phòng Cải cách hành chính, Sở Nội vụ (điện thoại 0912.xxx.xxx)./." },
  { t: "table", borders: false, widths: [4200, 5200], rows: [[
    { text: "Nơi nhận:\n- Như thành phần mời;\n- CT, các PCT UBND tỉnh;\n- Sở Nội vụ, Sở Tài chính;\n" +
      "- Viễn thông Lai Châu;\n- Báo và PT-TH Lai Châu;\n- Lưu: VT, NC.", align: "left" },
    { text: "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\nĐèo Văn Tuấn", bold: true, align: "center" },
  ]] },
];

const tasks = [
  task("1.a", "Hoàn chỉnh Báo cáo tổng kết công tác cải cách hành chính năm 2025 và dự thảo Kế hoạch cải cách hành " +
    "chính năm 2026", "2025-12-19", [NV]),
  task("1.b", "Dự thảo bài phát biểu kết luận của Chủ tịch UBND tỉnh", "2025-12-22", [NV]),
  task("1.c", "Đăng tải tài liệu Hội nghị lên Hệ thống quản lý văn bản và điều hành", "2025-12-23", [NV]),
  task("2.a", "Chuẩn bị, gửi bài tham luận (không quá 1.200 chữ)", "2025-12-16", [KC, TT]),
  task("2.b", "Chuẩn bị, gửi bài tham luận (không quá 1.200 chữ)", "2025-12-17", [DK, BL]),
  task("3", "Cung cấp số liệu bố trí, giải ngân kinh phí cải cách hành chính năm 2025", "2025-12-14", ["Sở Tài chính"]),
  task("4", "Chuẩn bị hội trường, ma-két, khánh tiết; in Giấy khen", "2025-12-24", [VP], [NV]),
  task("5", "Bảo đảm đường truyền, chạy thử kết nối với 38 điểm cầu xã, phường", "2025-12-24", ["Viễn thông Lai Châu"]),
  task("6", "Gửi danh sách thành phần dự tại điểm cầu", "2025-12-21", ["UBND cấp xã"]),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "GIẤY MỜI 318/GM-UBND of UBND tỉnh Lai Châu, 10/12/2025 (after the reorganisation: communes and wards), " +
      "to the year-end administrative-reform conference on 25/12/2025: invitees (dash list), time, place, a " +
      "CHƯƠNG TRÌNH table Thời gian | Nội dung | Thực hiện (the time cell over the four speeches merged vertically) " +
      "and a PHÂN CÔNG CHUẨN BỊ part 1.-7. with a)-b) points. The programme rows are the running order of the " +
      "day (who speaks when), not tasks; the invitees and the meeting time are not tasks. Refs 1.a-c, 2.a-b, 3-6. " +
      "Item 2 gives the work (send the speech text to Sở Nội vụ) and 2.a / 2.b each give their own units and " +
      "date. 'trước 16 giờ 00 ngày 19/12' and 'xong trước 15 giờ 00 ngày 24/12' are read as that day (the hour is " +
      "on that day); 'trước ngày 15/12' -> 14/12 Sun -> 15/12; 'trước ngày 22/12' -> 21/12 Sun -> 22/12; " +
      "'chậm nhất ngày X', 'trong ngày X' = X. Item 6 'Chủ tịch UBND các xã, phường' -> UBND cấp xã (unresolved); " +
      "its attendance is no task, the list it sends is. Item 7 (cover the meeting) is undated. 'gửi Văn phòng UBND " +
      "tỉnh / về Sở Nội vụ', 'cung cấp cho Sở Nội vụ' are recipients. Unresolved: Trung tâm PVHCC tỉnh, UBND " +
      "phường Đoàn Kết, UBND xã Bình Lư, Viễn thông Lai Châu. PDF: LibreOffice.",
    province: "Lai Châu",
    plan: { number: "318/GM-UBND", date: "2025-12-10" },
    tasks,
    unresolved: [TT, DK, BL, "Viễn thông Lai Châu", "UBND cấp xã"],
    successors: [],
  },
});
