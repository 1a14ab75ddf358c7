// Document 05: Thái Nguyên 2026, a checklist matrix (Bảng kiểm): ☐ tick column, ● chủ trì / ○ phối hợp
// per unit column, deadlines partly in words, quarterly deadlines with footnoted legal bases.

// unit columns of the matrix: abbreviation in the header, the unit the expected answer names
export const COLUMNS = [
  ["SNV", "Sở Nội vụ"],
  ["VP", "Văn phòng UBND tỉnh"],
  ["STC", "Sở Tài chính"],
  ["KHCN", "Sở Khoa học và Công nghệ"],
  ["STP", "Sở Tư pháp"],
  ["CAT", "Công an tỉnh"],
  ["SBN", "@departments"],
  ["XP", "UBND cấp xã"],
];

export const FN_REPORT =
  "Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định chế độ báo cáo của cơ quan hành chính nhà " +
  "nước: thời gian chốt số liệu từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối kỳ báo cáo.";
export const FN_QUARTER =
  "Số liệu báo cáo quý I/2026 tính từ ngày 15/12/2025 đến ngày 14/3/2026; báo cáo năm gửi trước ngày 15/12/2026 " +
  "theo Quy chế chế độ báo cáo của UBND tỉnh.";
export const FN_LAW =
  "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19/02/2025, có hiệu lực từ ngày 01/4/2025; " +
  "Nghị quyết số 190/2025/QH15 ngày 19/02/2025 của Quốc hội.";
export const FN_ONESTOP =
  "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, " +
  "một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia, có hiệu lực từ ngày 01/7/2025.";
export const FN_SIPAS =
  "Theo Phương án điều tra xã hội học xác định Chỉ số SIPAS năm 2026 của Bộ Nội vụ; các mốc trong phương án " +
  "(từ ngày 01/10/2025 đến ngày 30/6/2026) là phạm vi đối tượng điều tra, không phải thời hạn.";

// [ref, title, marks "SNV:● VP:○", other units (text of the last unit column), deadline (runs), expected]
// expected: [due, effectiveDue, lead[], coordinators[]] or null when the row has no date
export const GROUPS = [
  ["A. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", [
    ["1", "Ban hành Kế hoạch CCHC, kế hoạch tuyên truyền CCHC năm 2026 của cơ quan, đơn vị", "SBN:● XP:●", "",
      ["trước ngày 31/3/2026"], ["2026-03-31", "2026-03-31", ["@departments", "UBND cấp xã"], []]],
    ["2", "Tổ chức Hội nghị trực tuyến quán triệt nhiệm vụ nâng cao Chỉ số CCHC, Chỉ số SIPAS năm 2026", "SNV:● VP:○",
      "", ["trước ngày mười lăm tháng Tư năm 2026"], ["2026-04-15", "2026-04-15", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"]]],
    ["3", "Xây dựng kế hoạch khắc phục tồn tại, hạn chế theo kết quả Chỉ số CCHC năm 2025", "SBN:● XP:●", "",
      ["trong 15 ngày kể từ ngày Bộ Nội vụ công bố Chỉ số"], null],
    ["4", "Đưa kết quả thực hiện nhiệm vụ CCHC vào đánh giá, xếp loại người đứng đầu năm 2026", "SNV:● SBN:○ XP:○",
      "", ["Quý IV/2026"], ["2026-12-31", "2026-12-31", ["Sở Nội vụ"], ["@departments", "UBND cấp xã"]]],
    ["5", "Kiểm tra công tác CCHC tại các cơ quan, đơn vị theo Kế hoạch kiểm tra năm 2026", "SNV:● VP:○ STP:○", "",
      ["từ tháng Năm đến hết tháng Mười năm 2026"],
      ["2026-10-31", "2026-11-02", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh", "Sở Tư pháp"]]],
    ["6", "Báo cáo kết quả thực hiện nhiệm vụ CCHC của cơ quan, đơn vị", "SBN:● XP:●", "",
      ["hằng quý, trước ngày 15 của tháng cuối quý", { fn: FN_QUARTER }],
      ["2026-03-15", "2026-03-16", ["@departments", "UBND cấp xã"], []]],
    ["7", "Tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ kết quả CCHC quý, 6 tháng, năm", "SNV:●", "",
      ["hằng quý, trước ngày 20 của tháng cuối quý"], ["2026-03-20", "2026-03-20", ["Sở Nội vụ"], []]],
  ]],
  ["B. CẢI CÁCH THỂ CHẾ VÀ THỦ TỤC HÀNH CHÍNH", [
    ["8", "Rà soát, đề xuất bãi bỏ văn bản quy phạm pháp luật không còn phù hợp sau sắp xếp đơn vị hành chính",
      "STP:● SBN:○", "", ["chậm nhất ngày ba mươi tháng Sáu năm 2026", { fn: FN_LAW }],
      ["2026-06-30", "2026-06-30", ["Sở Tư pháp"], ["@departments"]]],
    ["9", "Công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung", "VP:● SBN:○", "", ["Thường xuyên"],
      null],
    ["10", "Rà soát, chuẩn hóa bộ thủ tục hành chính cấp xã sau sắp xếp", "VP:● SBN:○ XP:○", "",
      ["trước ngày 27 tháng 4 năm 2026"], ["2026-04-27", "2026-04-28", ["Văn phòng UBND tỉnh"], ["@departments",
        "UBND cấp xã"]]],
    ["11", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước", "VP:● SBN:○", "",
      ["Quý II/2026"], ["2026-06-30", "2026-06-30", ["Văn phòng UBND tỉnh"], ["@departments"]]],
    ["12", "Cập nhật, công khai quy trình nội bộ giải quyết TTHC trên Hệ thống thông tin giải quyết TTHC tỉnh",
      "KHCN:○ SBN:●", "", ["trong tháng Năm năm 2026"],
      ["2026-05-31", "2026-06-01", ["@departments"], ["Sở Khoa học và Công nghệ"]]],
    ["13", "Triển khai tiếp nhận hồ sơ TTHC không phụ thuộc địa giới hành chính trong phạm vi tỉnh", "XP:○",
      "Trung tâm Phục vụ hành chính công tỉnh (CT); Bưu điện tỉnh (PH)",
      ["trước ngày mồng một tháng Tám năm 2026", { fn: FN_ONESTOP }],
      ["2026-08-01", "2026-08-03", ["Trung tâm Phục vụ hành chính công tỉnh"], ["UBND cấp xã", "Bưu điện tỉnh"]]],
    ["14", "Duy trì Bộ phận Một cửa cấp xã đạt chuẩn về cơ sở vật chất, trang thiết bị", "SNV:○ XP:●", "",
      ["trước ngày 30/4/2026"], ["2026-04-30", "2026-05-04", ["UBND cấp xã"], ["Sở Nội vụ"]]],
    ["15", "Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực", "KHCN:○ SBN:● XP:●", "", ["chậm nhất ngày 30/9/2026"],
      ["2026-09-30", "2026-09-30", ["@departments", "UBND cấp xã"], ["Sở Khoa học và Công nghệ"]]],
  ]],
  ["C. CHUYỂN ĐỔI SỐ, DỊCH VỤ CÔNG TRỰC TUYẾN", [
    ["16", "Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh, đồng bộ với Cổng Dịch vụ công quốc gia", "VP:○ KHCN:●",
      "", ["Quý Ba năm 2026"], ["2026-09-30", "2026-09-30", ["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh"]]],
    ["17", "Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến toàn trình", "CAT:○ XP:●",
      "Báo và Phát thanh, Truyền hình Thái Nguyên (PH)", ["Hằng tháng"], null],
    ["18", "Làm sạch dữ liệu dân cư phục vụ giải quyết TTHC liên thông", "STP:○ CAT:● XP:○", "",
      ["trước ngày 15/5/2026"], ["2026-05-15", "2026-05-15", ["Công an tỉnh"], ["Sở Tư pháp", "UBND cấp xã"]]],
    ["19", "Thanh toán trực tuyến phí, lệ phí đạt trên 50% số hồ sơ có yêu cầu nghĩa vụ tài chính", "STC:● SBN:○ XP:○",
      "", ["đến hết năm 2026"], ["2026-12-31", "2026-12-31", ["Sở Tài chính"], ["@departments", "UBND cấp xã"]]],
    ["20", "Ký số, lưu trữ điện tử 100% văn bản đi của UBND tỉnh", "VP:● KHCN:○", "", ["tháng 7/2026"],
      ["2026-07-31", "2026-07-31", ["Văn phòng UBND tỉnh"], ["Sở Khoa học và Công nghệ"]]],
  ]],
  ["D. ĐO LƯỜNG SỰ HÀI LÒNG (SIPAS)", [
    ["21", "Xây dựng phương án điều tra xã hội học đo lường sự hài lòng năm 2026", "SNV:●", "",
      ["trước ngày 20/6/2026", { fn: FN_SIPAS }], ["2026-06-20", "2026-06-22", ["Sở Nội vụ"], []]],
    ["22", "Lập danh sách người dân, tổ chức đã giải quyết TTHC (từ ngày 01/10/2025 đến ngày 30/6/2026), gửi Sở Nội vụ",
      "SBN:● XP:●", "Trung tâm Phục vụ hành chính công tỉnh (CT)", ["chậm nhất ngày mười tháng Bảy năm 2026"],
      ["2026-07-10", "2026-07-10", ["@departments", "UBND cấp xã", "Trung tâm Phục vụ hành chính công tỉnh"], []]],
    ["23", "Tập huấn nghiệp vụ điều tra cho công chức cấp xã", "SNV:● XP:○", "", ["chậm nhất ngày 24/7/2026"],
      ["2026-07-24", "2026-07-24", ["Sở Nội vụ"], ["UBND cấp xã"]]],
    ["24", "Phát, thu phiếu điều tra tại các xã, phường", "SNV:● XP:○", "Bưu điện tỉnh (PH)", ["tháng Tám năm 2026"],
      ["2026-08-31", "2026-08-31", ["Sở Nội vụ"], ["UBND cấp xã", "Bưu điện tỉnh"]]],
    ["25", "Phân tích kết quả, công bố Chỉ số SIPAS năm 2026 của tỉnh", "SNV:● VP:○", "",
      ["trước ngày hai mươi tháng Mười năm 2026"], ["2026-10-20", "2026-10-20", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"]]],
  ]],
  ["Đ. ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC", [
    ["26", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2026, gửi kèm tài liệu kiểm chứng", "SBN:● XP:●", "",
      ["trước ngày 15/11/2026"], ["2026-11-15", "2026-11-16", ["@departments", "UBND cấp xã"], []]],
    ["27", "Thẩm định kết quả tự đánh giá, chấm điểm của các cơ quan, đơn vị", "SNV:○", "Hội đồng thẩm định (CT)",
      ["tháng Mười Hai năm 2026"], ["2026-12-31", "2026-12-31", ["Hội đồng thẩm định"], ["Sở Nội vụ"]]],
    ["28", "Tự đánh giá Chỉ số CCHC năm 2026 của tỉnh trên phần mềm của Bộ Nội vụ", "SNV:● SBN:○", "",
      ["Theo hướng dẫn của Bộ Nội vụ"], null],
    ["29", "Tổng kết, khen thưởng tập thể, cá nhân có thành tích tiêu biểu trong CCHC năm 2026", "SNV:●", "",
      ["Quý I/2027"], ["2027-03-31", "2027-03-31", ["Sở Nội vụ"], []]],
  ]],
];

export const STYLE =
  "BẢNG KIỂM (checklist matrix) of UBND tỉnh Thái Nguyên, 10/3/2026, landscape: columns ☐ (tick box, Wingdings " +
  "F0A8 in plan-auto.docx) | TT | Nhiệm vụ | eight unit columns SNV, VP, STC, KHCN, STP, CAT, SBN (= các sở, ban, " +
  "ngành: @departments), XP (= UBND các xã, phường: no communes.json, 'UBND cấp xã') holding ● chủ trì / ○ phối hợp " +
  "(Unicode) | Đơn vị khác with '(CT)'/'(PH)' | Thời hạn; legend and abbreviations above the table; group " +
  "rows A-Đ, TT continuous (ref = TT). Deadlines in words ('mười lăm tháng Tư', 'mồng một tháng Tám' → 3/8); " +
  "'từ tháng Năm đến hết tháng Mười' = 31/10 (→2/11); 'hằng quý, trước ngày 15 của tháng cuối quý' = its first " +
  "instance on/after the plan date, 15/3 (Sun → 16/3); 27/4/2026 Giỗ Tổ off (→28/4); 30/4 → 4/5. Footnote " +
  "markers [n] in plan.txt; footnote dates are no deadlines. Undated: 'trong 15 ngày kể từ…', Thường xuyên, " +
  "Hằng tháng, Theo hướng dẫn. PDF: LibreOffice.";
