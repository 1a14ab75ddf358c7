// 05: Lai Châu 2025 (before the reorganisation: old departments, districts), UBND tỉnh, Kế hoạch 38/KH-UBND,
// 24/02/2025 — kiểm soát thủ tục hành chính năm 2025. One task table whose TIME CELL gives DIFFERENT DEADLINES TO
// DIFFERENT UNITS OR LEVELS ("Cấp tỉnh: trước 15/3/2025; cấp huyện: trước 25/3/2025", "Sở Tư pháp: 10/4/2025;
// Sở Nội vụ: 20/4/2025"), the lead cell naming those units. plan.pdf: LibreOffice then Ghostscript.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "05-lai-chau-2025-table-time-cell-per-level-per-unit-deadlines-cap-tinh-cap-huyen-so-colon-date";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;

// [content, lead, coordinators, time]
const R = [
  ["Xây dựng, ban hành kế hoạch rà soát, đánh giá quy định, thủ tục hành chính năm 2025 của cơ quan, địa phương",
    "Các sở, ban, ngành; UBND các huyện, thành phố", "", "- Cấp tỉnh: trước 15/3/2025\n- Cấp huyện: trước 25/3/2025"],
  ["Cập nhật, công bố danh mục thủ tục hành chính được sửa đổi, bổ sung trên Cơ sở dữ liệu quốc gia về thủ tục hành chính",
    "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Quý II/2025"],
  ["Rà soát, đề xuất cắt giảm thời gian giải quyết thủ tục hành chính trong lĩnh vực đất đai và đầu tư",
    "Sở Tài nguyên và Môi trường; Sở Kế hoạch và Đầu tư", "Văn phòng UBND tỉnh",
    "Sở Tài nguyên và Môi trường: 30/4/2025; Sở Kế hoạch và Đầu tư: 15/5/2025"],
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Bộ phận Một cửa các cấp",
    "Sở Thông tin và Truyền thông", "UBND các huyện, thành phố", "Tháng 6/2025"],
  ["Tổng hợp tình hình, kết quả kiểm soát thủ tục hành chính quý I năm 2025, báo cáo Văn phòng Chính phủ",
    "Văn phòng UBND tỉnh", "", "Trước ngày 20/3/2025"],
  ["Báo cáo kết quả thực hiện kiểm soát thủ tục hành chính 6 tháng đầu năm 2025 (gửi Văn phòng UBND tỉnh)",
    "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố; UBND cấp xã", "",
    "Cấp tỉnh: trước 10/6/2025; cấp huyện: trước 05/6/2025; cấp xã: trước 30/5/2025"],
  ["Tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho cán bộ đầu mối của các cơ quan, địa phương",
    "Văn phòng UBND tỉnh", "Sở Nội vụ", "Tháng 7/2025"],
  ["Rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước thuộc lĩnh vực quản lý",
    "Sở Tư pháp, Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Tư pháp: 10/4/2025\nSở Nội vụ: 20/4/2025"],
  ["Kiểm tra công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa tại một số cơ quan, địa phương",
    "Văn phòng UBND tỉnh", "Sở Nội vụ; Sở Tư pháp", "Từ tháng 8 đến tháng 10/2025"],
  ["Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
    "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Thường xuyên"],
  ["Rà soát phương án phân cấp giải quyết thủ tục hành chính lĩnh vực đầu tư công, ngân sách nhà nước",
    "Sở Kế hoạch và Đầu tư; Sở Tài chính", "",
    "Sở Kế hoạch và Đầu tư: trước 31/5/2025;\nSở Tài chính: 15/6/2025"],
  ["Tổng kết công tác kiểm soát thủ tục hành chính năm 2025, đề xuất nhiệm vụ năm 2026",
    "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Trước 15/12/2025"],
];

const rows = [
  ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"].map((text) =>
    ({ text, bold: true, align: "center" })),
  ...R.map((r, i) => [{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "stt" } }, r[0], r[1], r[2], r[3]]),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 38/KH-UBND", "Lai Châu, ngày 24 tháng 02 năm 2025", "KẾ HOẠCH",
    "Kiểm soát thủ tục hành chính trên địa bàn tỉnh Lai Châu năm 2025"),
  { t: "p", text: "Nhằm nâng cao chất lượng giải quyết thủ tục hành chính, giảm chi phí tuân thủ cho người dân, doanh " +
    "nghiệp, UBND tỉnh Lai Châu xây dựng Kế hoạch kiểm soát thủ tục hành chính năm 2025 với những nội dung sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", text: "Kiểm soát chặt chẽ việc ban hành, công bố, công khai thủ tục hành chính; mỗi nhiệm vụ được giao " +
    "cho cơ quan chủ trì với thời hạn cụ thể. Ở nhiệm vụ giao cho nhiều cấp hoặc nhiều cơ quan, cột thời gian ghi " +
    "thời hạn riêng của từng cấp, từng cơ quan." },
  { t: "p", num: "II.", text: "NHIỆM VỤ CỤ THỂ", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "table", widths: [750, 3400, 1950, 1700, 1900], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", text: "Văn phòng UBND tỉnh theo dõi, đôn đốc, hướng dẫn các cơ quan, địa phương thực hiện Kế hoạch; " +
    "hằng quý tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh. Các cơ quan, địa phương bố trí kinh phí thực hiện từ " +
    "dự toán được giao năm 2025./." },
  ...sign(["Văn phòng Chính phủ (Cục KSTTHC)", "TT. Tỉnh ủy, TT. HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Lương"),
];

const VP = "Văn phòng UBND tỉnh";
const t = (n, due, lead, co = []) => task(String(n), R[n - 1][0], due, lead, co);
const tasks = [
  t(1, "2025-03-14", ["@departments"]),
  t(1, "2025-03-24", ["@districts"]),
  t(2, "2025-06-30", [VP], ["@departments"]),
  t(3, "2025-04-30", ["Sở Tài nguyên và Môi trường"], [VP]),
  t(3, "2025-05-15", ["Sở Kế hoạch và Đầu tư"], [VP]),
  t(4, "2025-06-30", ["Sở Thông tin và Truyền thông"], ["@districts"]),
  t(5, "2025-03-19", [VP]),
  { ...t(6, "2025-06-09", ["@departments"]), title: "Báo cáo kết quả thực hiện kiểm soát thủ tục hành chính 6 tháng đầu năm 2025" },
  { ...t(6, "2025-06-04", ["@districts"]), title: "Báo cáo kết quả thực hiện kiểm soát thủ tục hành chính 6 tháng đầu năm 2025" },
  { ...t(6, "2025-05-29", ["UBND cấp xã"]), title: "Báo cáo kết quả thực hiện kiểm soát thủ tục hành chính 6 tháng đầu năm 2025" },
  t(7, "2025-07-31", [VP], ["Sở Nội vụ"]),
  t(8, "2025-04-10", ["Sở Tư pháp"], [VP]),
  t(8, "2025-04-20", ["Sở Nội vụ"], [VP]),
  t(9, "2025-10-31", [VP], ["Sở Nội vụ", "Sở Tư pháp"]),
  t(11, "2025-05-30", ["Sở Kế hoạch và Đầu tư"]),
  t(11, "2025-06-15", ["Sở Tài chính"]),
  t(12, "2025-12-14", [VP], ["@departments"]),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 38/KH-UBND of UBND tỉnh Lai Châu, 24/02/2025 (before the reorganisation: old departments, " +
      "'UBND các huyện, thành phố' = @districts, 'Các sở, ban, ngành (tỉnh)' = @departments), kiểm soát thủ tục " +
      "hành chính 2025. One table STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn " +
      "thành; ref = STT (plan-auto: a Word list in the cell). HABIT: the time cell of rows 1, 3, 6, 8, 11 gives a " +
      "DEADLINE PER LEVEL OR PER UNIT, the lead cell naming those units: by level ('- Cấp tỉnh: trước 15/3/2025 / " +
      "- Cấp huyện: trước 25/3/2025' on two lines; 'Cấp tỉnh: …; cấp huyện: …; cấp xã: …' on one line) or by unit " +
      "('Sở Tài nguyên và Môi trường: 30/4/2025; Sở Kế hoạch và Đầu tư: 15/5/2025'; 'Sở Tư pháp: 10/4/2025' and " +
      "'Sở Nội vụ: 20/4/2025' on two lines; row 11 'Sở Kế hoạch và Đầu tư: trước 31/5/2025; / Sở Tài chính: " +
      "15/6/2025'). CONVENTION (as set 28/08, 34/06 and 35/07): each unit-deadline pair is its own task with the " +
      "SAME ref (the row's STT, no suffix), in the order written, lead = that unit or level only, the row's " +
      "coordinators on each; the check's 'ref twice' note is expected. Levels map to the lead cell's groups: 'cấp " +
      "tỉnh' = the departments of the lead cell (@departments), 'cấp huyện' = @districts, 'cấp xã' = 'UBND cấp xã' " +
      "(no communes imported: unresolved as written). Row 6's '(gửi Văn phòng UBND tỉnh)' is a recipient, left out " +
      "of the title; row 5's 'báo cáo Văn phòng Chính phủ' is part of its title, no unit. Row 10 'Thường xuyên' is " +
      "no task. Dates (2025): 1 'trước 15/3' -> 14/3 Fri, 'trước 25/3' -> 24/3 Mon; 2 'Quý II' 30/6 Mon; 3 " +
      "'30/4' (holiday; 1/5, 2/5 off, weekend) -> 5/5, '15/5' Thu; 4 'Tháng 6' 30/6; 5 'Trước ngày 20/3' -> 19/3 " +
      "Wed; 6 'trước 10/6' -> 9/6 Mon, 'trước 05/6' -> 4/6 Wed, 'trước 30/5' -> 29/5 Thu; 7 'Tháng 7' 31/7 Thu; 8 " +
      "'10/4' Thu, '20/4' Sun -> 21/4; 9 'Từ tháng 8 đến tháng 10' 31/10 Fri; 11 'trước 31/5' -> 30/5 Fri, '15/6' " +
      "Sun -> 16/6; 12 'Trước 15/12' -> 14/12 Sun -> 15/12. plan.pdf: LibreOffice then Ghostscript pdfwrite.",
    province: "Lai Châu",
    plan: { number: "38/KH-UBND", date: "2025-02-24" },
    tasks,
    unresolved: ["UBND cấp xã"],
    successors: [],
  },
});
