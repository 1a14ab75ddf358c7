// 07: Bắc Kạn 2023, before the reorganisation (districts) — a letter of the Văn phòng UBND tỉnh passing on the
// Chairman's instructions from a weekly briefing as a table TT | Nội dung công việc | Đơn vị thực hiện | Thời gian.
// Units are written by the office's own abbreviations ("SNV (chủ trì); STTTT, UBND cấp huyện") which a legend under
// the table spells out; times are weeks of a month ("Tuần thứ 3 tháng 3/2023", "Tuần cuối tháng 3/2023") and date
// ranges ("Từ 15/3 đến 14/4/2023"). plan.pdf: Chromium (a portal's HTML copy printed to PDF).
import { build, task } from "./lib.mjs";

const ID = "07-bac-kan-2023-vp-letter-abbreviation-legend-weeks-of-month-ranges";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const TT = "Sở Thông tin và Truyền thông";
const KH = "Sở Kế hoạch và Đầu tư";
const LD = "Sở Lao động - Thương binh và Xã hội";
const NN = "Sở Nông nghiệp và Phát triển nông thôn";
const VP = "Văn phòng UBND tỉnh";
const PV = "Trung tâm Phục vụ hành chính công tỉnh";
const HD = "@districts";
const p = (text, o = {}) => ({ t: "p", text, ...o });
const dash = (text) => ({ t: "p", num: "-", text, indent: false, list: { kind: "dash", inst: "KG" } });
const r = (n, ...cells) => [{ text: n, list: { kind: "cell", inst: "T" }, align: "center" }, ...cells];

const ROWS = [
  ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian"],
  r("1", "Tổ chức tập huấn sử dụng chữ ký số, gửi nhận văn bản điện tử bốn cấp cho công chức cấp xã",
    "STTTT (chủ trì); SNV, UBND cấp huyện", "Tuần thứ 3 tháng 3/2023"),
  r("2", "Rà soát, thống kê thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước trên địa bàn tỉnh; đề " +
    "xuất phương án đơn giản hóa", "VPUBND (chủ trì); các sở, ngành", "Từ 15/3 đến 14/4/2023"),
  r("3", "Hoàn thiện Báo cáo tình hình kinh tế - xã hội quý I/2023, trình UBND tỉnh tại phiên họp thường kỳ tháng 4",
    "SKHĐT", "Tuần cuối tháng 3/2023"),
  r("4", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại UBND các huyện, thành phố và một số xã, phường, thị " +
    "trấn", "SNV (chủ trì); VPUBND", "Từ 03/4 đến 28/4/2023"),
  r("5", "Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2023; báo cáo tiến độ tại giao ban", "UBND cấp huyện; " +
    "các chủ đầu tư", "Thường xuyên"),
  r("6", "Cập nhật kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2022 lên phần mềm quản lý", "SLĐTBXH (chủ trì); " +
    "UBND cấp huyện", "Tuần đầu tháng 4/2023"),
  r("7", "Xây dựng Kế hoạch kiểm tra công tác phòng cháy, chữa cháy rừng năm 2023", "SNN (chủ trì); CA tỉnh, UBND " +
    "cấp huyện", "Tuần thứ hai tháng 4/2023"),
  r("8", "Tổng hợp tình hình thực hiện các nhiệm vụ, báo cáo tại cuộc họp giao ban của Chủ tịch UBND tỉnh",
    "VPUBND", "Chiều thứ Sáu hằng tuần"),
  r("9", "Vận hành thử nghiệm Hệ thống thông tin giải quyết thủ tục hành chính (phiên bản mới) tại Bộ phận một " +
    "cửa các cấp", "TTPVHCC (chủ trì); STTTT", "Từ ngày 20/3/2023 đến ngày 31/5/2023"),
  r("10", "Tổ chức Hội nghị đối thoại với doanh nghiệp về cải thiện chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
    "SKHĐT (chủ trì); Hiệp hội Doanh nghiệp tỉnh", "Tuần thứ 4 tháng 4/2023"),
  r("11", "Chuẩn bị nội dung làm việc với Đoàn công tác của Bộ Nội vụ về công tác cải cách hành chính", "SNV",
    "Theo thông báo của Đoàn công tác"),
  r("12", "Báo cáo kết quả thực hiện các nội dung tại văn bản này (qua VPUBND) để tổng hợp, báo cáo Chủ tịch UBND " +
    "tỉnh", "Các sở, ngành; UBND cấp huyện", "Trước ngày 10/5/2023"),
];

const LEGEND = "Chữ viết tắt: SNV: Sở Nội vụ; STTTT: Sở Thông tin và Truyền thông; SKHĐT: Sở Kế hoạch và Đầu tư; " +
  "SLĐTBXH: Sở Lao động - Thương binh và Xã hội; SNN: Sở Nông nghiệp và Phát triển nông thôn; CA tỉnh: Công an " +
  "tỉnh; VPUBND: Văn phòng UBND tỉnh; TTPVHCC: Trung tâm Phục vụ hành chính công tỉnh; UBND cấp huyện: UBND các " +
  "huyện, thành phố.";

const blocks = [
  { t: "table", borders: false, widths: [3900, 5500], rows: [
    [{ text: "UBND TỈNH BẮC KẠN\nVĂN PHÒNG", bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 1187/VPUBND-NCPC\nV/v triển khai ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại cuộc họp giao ban " +
      "ngày 13/3/2023", align: "center" },
    { text: "Bắc Kạn, ngày 14 tháng 3 năm 2023", italic: true, align: "center" }],
  ] },
  p("Kính gửi:", { indent: false, align: "center" }),
  dash("Các sở, ban, ngành tỉnh;"),
  dash("Công an tỉnh; Trung tâm Phục vụ hành chính công tỉnh;"),
  dash("UBND các huyện, thành phố."),
  p("Tại cuộc họp giao ban ngày 13/3/2023, đồng chí Chủ tịch UBND tỉnh đã nghe các cơ quan báo cáo tình hình thực " +
    "hiện nhiệm vụ tháng 02 và những tuần đầu tháng 3/2023, cho ý kiến chỉ đạo. Văn phòng UBND tỉnh thông báo để " +
    "các cơ quan, đơn vị biết, thực hiện các nội dung sau:"),
  { t: "table", widths: [600, 4300, 2500, 2000], header: 1, rows: ROWS },
  p(LEGEND, { italic: true, indent: false }),
  p("Đối với các nội dung đã được Chủ tịch UBND tỉnh giao tại cuộc họp giao ban ngày 27/02/2023, các cơ quan tiếp " +
    "tục thực hiện theo Công văn số 905/VPUBND-NCPC ngày 28/02/2023 của Văn phòng UBND tỉnh."),
  p("Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."),
  { t: "table", borders: false, widths: [4200, 5200], rows: [[
    { text: "Nơi nhận:\n- Như trên;\n- CT, PCT UBND tỉnh (b/c);\n- LĐVP;\n- Lưu: VT, NCPC.", align: "left" },
    { text: "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n\nNông Văn Thắng", bold: true, align: "center" },
  ]] },
];

const tasks = [
  task("1", "Tổ chức tập huấn sử dụng chữ ký số, gửi nhận văn bản điện tử bốn cấp cho công chức cấp xã",
    "2023-03-21", [TT], [NV, HD]),
  task("2", "Rà soát, thống kê thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước trên địa bàn tỉnh; đề " +
    "xuất phương án đơn giản hóa", "2023-04-14", [VP], ["@departments"]),
  task("3", "Hoàn thiện Báo cáo tình hình kinh tế - xã hội quý I/2023", "2023-03-31", [KH]),
  task("4", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại UBND các huyện, thành phố và một số xã, phường, thị " +
    "trấn", "2023-04-28", [NV], [VP]),
  task("6", "Cập nhật kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2022 lên phần mềm quản lý", "2023-04-07", [LD],
    [HD]),
  task("7", "Xây dựng Kế hoạch kiểm tra công tác phòng cháy, chữa cháy rừng năm 2023", "2023-04-14", [NN],
    ["Công an tỉnh", HD]),
  task("9", "Vận hành thử nghiệm Hệ thống thông tin giải quyết thủ tục hành chính (phiên bản mới) tại Bộ phận một " +
    "cửa các cấp", "2023-05-31", [PV], [TT]),
  task("10", "Tổ chức Hội nghị đối thoại với doanh nghiệp về cải thiện chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
    "2023-04-28", [KH], ["Hiệp hội Doanh nghiệp tỉnh"]),
  task("12", "Báo cáo kết quả thực hiện các nội dung tại văn bản này", "2023-05-09", ["@departments", HD]),
];

await build(DIR, {
  blocks, printer: "chromium",
  css: "table.nb td{font-size:12pt}table.nb:last-of-type td:first-child{text-align:left}",
  expected: {
    id: ID,
    style: "Công văn 1187/VPUBND-NCPC of the Văn phòng UBND tỉnh Bắc Kạn, 14/3/2023 (before the reorganisation: " +
      "districts), 'Kính gửi' dash list, passing on the Chairman's instructions from the briefing of 13/3/2023 in " +
      "one table TT | Nội dung công việc | Đơn vị thực hiện | Thời gian, 12 rows; signed KT. CHÁNH VĂN PHÒNG. " +
      "Units are the office's abbreviations, spelled out in an italic legend UNDER the table ('SNV: Sở Nội vụ; " +
      "STTTT: …; UBND cấp huyện: UBND các huyện, thành phố'); read through it. 'X (chủ trì); Y, Z': X lead, Y/Z " +
      "coordinators; a cell without '(chủ trì)' = all leads. ref = TT. Times: weeks of a month read as 7-day " +
      "blocks of the month: 'Tuần thứ 3 tháng 3' = 21/3, 'Tuần đầu tháng 4' = 7/4, 'Tuần thứ hai tháng 4' = " +
      "14/4, 'Tuần thứ 4 tháng 4' = 28/4, 'Tuần cuối tháng 3' = 31/3 (the month's last day); a range 'Từ 15/3 " +
      "đến 14/4/2023' / 'Từ 03/4 đến 28/4' / 'Từ ngày 20/3 đến ngày 31/5' ends on its last day; 'Trước ngày " +
      "10/5/2023' = 9/5. Left out: 5 (Thường xuyên), 8 (hằng tuần), 11 ('Theo thông báo của Đoàn công tác': no " +
      "date). 'Các sở, ngành' = @departments; 'UBND cấp huyện' = @districts. Row 12 '(qua VPUBND) … báo cáo " +
      "Chủ tịch UBND tỉnh' and row 3 'trình UBND tỉnh' are recipients. The closing paragraph's reference to an " +
      "earlier letter (905/VPUBND-NCPC) gives no work. Unresolved: Trung tâm Phục vụ hành chính công tỉnh. " +
      "PDF: Chromium.",
    province: "Bắc Kạn",
    plan: { number: "1187/VPUBND-NCPC", date: "2023-03-14" },
    tasks,
    unresolved: [PV],
    successors: [],
  },
});
