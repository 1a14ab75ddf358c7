// 01: Thái Nguyên (after the reorganisation), Công văn 2147/UBND-KGVX ngày 14/4/2026 of UBND tỉnh, dịch vụ công trực
// tuyến toàn trình. Habit: a CÔNG VĂN WHOSE REQUESTS ARE PARAGRAPHS OPENING WITH ORDINAL WORDS ("Thứ nhất, …", "Thứ
// hai, …" … "Thứ chín, …"), not numbered: each names its unit inside the sentence, one ("Thứ bảy, UBND các xã,
// phường:") holds dash points of its own with their own dates, one ("Thứ sáu") is standing work with no date, and a
// closing paragraph asks for the report. The document's number is a dispatch number (UBND-KGVX), "V/v" under it.
import { P, buildDoc, dash, dirOf, sign, task } from "./common.mjs";

const ID = "01-thai-nguyen-2026-cong-van-thu-nhat-thu-hai-ordinal-word-paragraphs-unit-inside-sentence-dash-points";
const DIR = dirOf(ID, import.meta.url);
const KHCN = "Sở Khoa học và Công nghệ", VP = "Văn phòng UBND tỉnh", SNV = "Sở Nội vụ", CA = "Công an tỉnh";
const STP = "Sở Tư pháp", STC = "Sở Tài chính", XA = "UBND các xã, phường", DEP = "@departments";

const blocks = [
  { t: "table", borders: false, widths: [3900, 5500], rows: [
    [{ text: "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 2147/UBND-KGVX\nV/v đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình và số hóa hồ sơ, kết " +
      "quả giải quyết TTHC", align: "center" },
    { text: "Thái Nguyên, ngày 14 tháng 4 năm 2026", italic: true, align: "center" }],
  ] },
  P("Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.", { align: "center", indent: false }),
  P("Thực hiện Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ về Chương trình cắt giảm, đơn giản hóa thủ tục " +
    "hành chính liên quan đến hoạt động sản xuất, kinh doanh năm 2025 và 2026, Quyết định số 3150/QĐ-UBND ngày " +
    "19/12/2025 của UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2026; qua theo dõi, kết quả quý I/2026 tỷ lệ " +
    "hồ sơ trực tuyến toàn trình của tỉnh mới đạt 41,6%, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính " +
    "(TTHC) cấp xã đạt 58,2%, thấp hơn chỉ tiêu được giao."),
  P("Để khắc phục những hạn chế nêu trên, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các " +
    "xã, phường tập trung chỉ đạo, thực hiện nghiêm một số nội dung sau:"),
  P("Thứ nhất, Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh hoàn thành việc nâng cấp Hệ thống " +
    "thông tin giải quyết thủ tục hành chính tỉnh, bảo đảm tích hợp thanh toán trực tuyến và tái sử dụng dữ liệu từ " +
    "Cơ sở dữ liệu quốc gia về dân cư trước ngày 30/5/2026."),
  P("Thứ hai, Văn phòng UBND tỉnh rà soát, tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính đủ điều " +
    "kiện cung cấp dịch vụ công trực tuyến toàn trình năm 2026, chậm nhất ngày 15/5/2026."),
  P("Thứ ba, Sở Nội vụ nghiên cứu, tham mưu đưa tỷ lệ hồ sơ trực tuyến toàn trình và tỷ lệ số hóa hồ sơ vào tiêu chí " +
    "đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của người đứng đầu cơ quan, đơn vị năm 2026; trình UBND tỉnh trong " +
    "tháng 6/2026."),
  P("Thứ tư, giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp và UBND các xã, phường làm sạch dữ liệu hộ tịch, bảo " +
    "đảm đồng bộ với Cơ sở dữ liệu quốc gia về dân cư, hoàn thành trước 30/6/2026. Kết quả gửi về Văn phòng UBND tỉnh " +
    "để tổng hợp."),
  P("Thứ năm, Sở Tài chính cân đối, tham mưu bố trí kinh phí số hóa hồ sơ, kết quả giải quyết TTHC cho các xã, phường " +
    "còn thiếu kinh phí, báo cáo UBND tỉnh trước ngày 20/5/2026."),
  P("Thứ sáu, Báo và Phát thanh, Truyền hình Thái Nguyên duy trì chuyên mục \"Chính quyền số - phục vụ người dân\", " +
    "thường xuyên đưa tin về cách thức nộp hồ sơ trực tuyến, thanh toán phí, lệ phí không dùng tiền mặt."),
  P("Thứ bảy, UBND các xã, phường:", { tight: true }),
  dash("Bố trí công chức, đoàn viên thanh niên hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến tại Trung tâm Phục vụ " +
    "hành chính công xã, phường; hoàn thành trong tháng 5/2026.", { tight: true }),
  dash("Tổ chức số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực của các xã, thị trấn cũ trước sắp xếp, bảo đảm đạt " +
    "100% trước ngày 31/8/2026.", { tight: true }),
  dash("Báo cáo kết quả thực hiện 6 tháng đầu năm 2026 về Sở Khoa học và Công nghệ trước ngày 15/6/2026."),
  P("Thứ tám, các sở, ban, ngành tỉnh rà soát, đề xuất cắt giảm thành phần hồ sơ, thời gian giải quyết đối với các " +
    "thủ tục hành chính thuộc lĩnh vực quản lý, gửi Văn phòng UBND tỉnh trước ngày 10/6/2026 để tổng hợp."),
  P("Thứ chín, Sở Khoa học và Công nghệ theo dõi, đôn đốc việc thực hiện Văn bản này; tổng hợp kết quả, báo cáo Chủ " +
    "tịch UBND tỉnh trước ngày 25/6/2026."),
  P("Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện. Quá trình thực hiện nếu có khó khăn, " +
    "vướng mắc, kịp thời báo cáo Chủ tịch UBND tỉnh (qua Văn phòng UBND tỉnh) để xem xét, chỉ đạo./."),
  ...sign(["Như trên", "Chủ tịch, các PCT UBND tỉnh", "Các PCVP UBND tỉnh", "Cổng TTĐT tỉnh"],
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
];

const tasks = [
  task(null, "Hoàn thành việc nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2026-05-29", [KHCN], [VP]),
  task(null, "Rà soát, tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính đủ điều kiện cung cấp dịch vụ " +
    "công trực tuyến toàn trình năm 2026", "2026-05-15", [VP]),
  task(null, "Nghiên cứu, tham mưu đưa tỷ lệ hồ sơ trực tuyến toàn trình và tỷ lệ số hóa hồ sơ vào tiêu chí đánh giá, " +
    "xếp loại mức độ hoàn thành nhiệm vụ của người đứng đầu cơ quan, đơn vị năm 2026", "2026-06-30", [SNV]),
  task(null, "Làm sạch dữ liệu hộ tịch, bảo đảm đồng bộ với Cơ sở dữ liệu quốc gia về dân cư", "2026-06-29", [CA],
    [STP, XA]),
  task(null, "Cân đối, tham mưu bố trí kinh phí số hóa hồ sơ, kết quả giải quyết TTHC cho các xã, phường còn thiếu " +
    "kinh phí", "2026-05-19", [STC]),
  task(null, "Bố trí công chức, đoàn viên thanh niên hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến tại Trung tâm " +
    "Phục vụ hành chính công xã, phường", "2026-05-31", [XA]),
  task(null, "Tổ chức số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực của các xã, thị trấn cũ trước sắp xếp",
    "2026-08-30", [XA]),
  task(null, "Báo cáo kết quả thực hiện 6 tháng đầu năm 2026 về Sở Khoa học và Công nghệ", "2026-06-14", [XA]),
  task(null, "Rà soát, đề xuất cắt giảm thành phần hồ sơ, thời gian giải quyết đối với các thủ tục hành chính thuộc " +
    "lĩnh vực quản lý", "2026-06-09", [DEP]),
  task(null, "Theo dõi, đôn đốc việc thực hiện Văn bản này; tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh", "2026-06-24",
    [KHCN]),
];

const WORK = "The requests are paragraphs opening with ordinal words 'Thứ nhất, …' to 'Thứ chín, …', not numbered: no " +
  "ref (null), each task found by its title; the unit is named inside the sentence after the ordinal word and its " +
  "comma. Thứ nhất: Sở KH&CN chủ trì, Văn phòng UBND tỉnh phối hợp; 'trước ngày 30/5/2026' 29/5 (Fri). Thứ hai: " +
  "'chậm nhất ngày 15/5/2026' 15/5. Thứ ba: Sở Nội vụ, 'trình UBND tỉnh trong tháng 6/2026' 30/6 (UBND tỉnh " +
  "receives). Thứ tư: 'giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp và UBND các xã, phường' (communes group, " +
  "no commune imported: UBND cấp xã); 'hoàn thành trước 30/6/2026' 29/6; the next sentence's Văn phòng UBND tỉnh " +
  "receives the result: no unit. Thứ năm: Sở Tài chính 'báo cáo UBND tỉnh trước ngày 20/5/2026' 19/5. Thứ sáu: " +
  "standing work ('thường xuyên'), no date: no task. Thứ bảy: 'UBND các xã, phường:' then three dash points, each a " +
  "task of the communes group: 'hoàn thành trong tháng 5/2026' 31/5 (Sun) -> 01/6; 'đạt 100% trước ngày 31/8/2026' " +
  "30/8 (Sun) -> 31/8; 'trước ngày 15/6/2026' 14/6 (Sun) -> 15/6 (Sở KH&CN receives). Thứ tám: 'các sở, ban, " +
  "ngành tỉnh' = @departments, 'gửi Văn phòng UBND tỉnh trước ngày 10/6/2026' 09/6 (the office receives). Thứ " +
  "chín: Sở KH&CN, 'trước ngày 25/6/2026' 24/6. The legal bases' dates and the quarter's results are no deadlines.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "ghostscript",
  expected: {
    id: ID,
    style: "Công văn 2147/UBND-KGVX of UBND tỉnh Thái Nguyên (after the reorganisation), 14/4/2026, dịch vụ công " +
      "trực tuyến toàn trình và số hóa. HABIT: A DISPATCH WHOSE REQUESTS ARE PARAGRAPHS OPENING WITH ORDINAL WORDS " +
      "('Thứ nhất, …' … 'Thứ chín, …'), the unit inside each sentence, one holding dash points. " + WORK +
      " PDF: LibreOffice then Ghostscript.",
    province: "Thái Nguyên",
    plan: { number: "2147/UBND-KGVX", date: "2026-04-14" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});
