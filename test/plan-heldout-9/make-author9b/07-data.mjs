// Document 07: UBND xã Bình Lư (Lai Châu), 15/10/2025, after the two-level reorganisation: a commune plan whose
// schedule sits in Word text boxes, one box per milestone; each item "n.m. task — Chủ trì: …; phối hợp: … — Hạn: …".

export const VP = "Văn phòng HĐND và UBND xã";
export const TT = "Trung tâm Phục vụ hành chính công xã";
export const KT = "Phòng Kinh tế";
export const VH = "Phòng Văn hóa - Xã hội";
export const CA = "Công an xã";
export const MT = "Ủy ban MTTQ Việt Nam xã";
export const DT = "Đoàn Thanh niên xã";
export const THON = "Trưởng các thôn, bản";

// boxes: [heading, shared due, effective, items]; item: [ref, title, lead[], coordinators[], Hạn as written,
// due, effectiveDue] — Hạn "" = the box's; due undefined = undated ("thường xuyên")
export const BOXES = [
  ["MỐC 1 - HOÀN THÀNH TRONG THÁNG 10/2025", "2025-10-31", "2025-10-31", [
    ["1.1", "Kiện toàn Tổ công nghệ số cộng đồng tại 100% thôn, bản", [VP], [DT, THON], "25/10/2025", "2025-10-25",
      "2025-10-27"],
    ["1.2", "Niêm yết công khai số điện thoại đường dây nóng, mã QR đánh giá sự hài lòng tại Trung tâm", [TT], [], "",
      null],
    ["1.3", "Rà soát danh mục thủ tục hành chính cấp xã sau sắp xếp, niêm yết đầy đủ, đúng quy định", [TT], [VH, KT],
      "28/10/2025", "2025-10-28"],
    ["1.4", "Ban hành Quy chế phối hợp giữa Trung tâm Phục vụ hành chính công xã với Công an xã trong giải quyết " +
      "thủ tục liên thông", [VP], [CA], "31/10/2025", "2025-10-31"],
  ]],
  ["MỐC 2 - HOÀN THÀNH TRONG THÁNG 11/2025", "2025-11-30", "2025-12-01", [
    ["2.1", "Tuyên truyền về Chỉ số PAPI, Chỉ số SIPAS trên hệ thống loa truyền thanh các thôn, bản", [VH], [THON], "",
      null],
    ["2.2", "Tập huấn kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Trung tâm Phục vụ hành chính công xã",
      [VP], ["Sở Nội vụ"], "14/11/2025", "2025-11-14"],
    ["2.3", "Hỗ trợ người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2", [CA], [DT], "20/11/2025",
      "2025-11-20"],
    ["2.4", "Rà soát, đề xuất nhu cầu trang thiết bị của Trung tâm Phục vụ hành chính công xã", [TT], [KT],
      "21/11/2025", "2025-11-21"],
    ["2.5", "Tổ chức đối thoại giữa Chủ tịch UBND xã với người dân về thủ tục đất đai", [KT], [MT], "27/11/2025",
      "2025-11-27"],
  ]],
  ["MỐC 3 - HOÀN THÀNH TRONG THÁNG 12/2025", "2025-12-31", "2025-12-31", [
    ["3.1", "Tự kiểm tra hồ sơ thủ tục hành chính giải quyết quá hạn, thực hiện xin lỗi người dân", [TT], [],
      "10/12/2025", "2025-12-10"],
    ["3.2", "Khảo sát ý kiến người dân tại Trung tâm Phục vụ hành chính công xã (phiếu giấy và mã QR)", [TT], [VH], "",
      null],
    ["3.3", "Báo cáo kết quả thực hiện Kế hoạch năm 2025 gửi Sở Nội vụ", [VP], [], "15/12/2025", "2025-12-15"],
    ["3.4", "Số hóa 100% hồ sơ thủ tục hành chính tiếp nhận trong năm 2025", [TT], [KT, VH], "26/12/2025",
      "2025-12-26"],
    ["3.5", "Bình xét thôn, bản thực hiện tốt dịch vụ công trực tuyến", [VH], [MT], "", null],
  ]],
  ["MỐC 4 - QUÝ I/2026", "2026-03-31", "2026-03-31", [
    ["4.1", "Xây dựng Kế hoạch cải cách hành chính năm 2026 của xã", [VP], [], "15/01/2026", "2026-01-15"],
    ["4.2", "Giải quyết dứt điểm hồ sơ tồn đọng trước Tết Nguyên đán Bính Ngọ", [TT], [KT, VH], "13/02/2026",
      "2026-02-13"],
    ["4.3", "Rà soát, cập nhật dữ liệu hộ tịch điện tử", [VH], [CA], "20/02/2026", "2026-02-20", "2026-02-23"],
    ["4.4", "Hướng dẫn hộ kinh doanh thanh toán trực tuyến phí, lệ phí", [KT], [DT], "", null],
    ["4.5", "Cấp tài khoản dịch vụ công cho 100% hộ kinh doanh trên địa bàn", [KT], [], "tháng 3/2026", "2026-03-31"],
  ]],
  ["MỐC 5 - QUÝ II/2026", "2026-06-30", "2026-06-30", [
    ["5.1", "Tổ chức Ngày hội dịch vụ công trực tuyến tại các thôn, bản", [DT], [CA, THON], "trước 30/4/2026",
      "2026-04-30", "2026-05-04"],
    ["5.2", "Kiểm tra việc niêm yết, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã", [VP], [],
      "15/5/2026", "2026-05-15"],
    ["5.3", "Phối hợp khảo sát Chỉ số SIPAS năm 2026 trên địa bàn xã", [VP],
      ["Sở Nội vụ", "Trung tâm Phục vụ hành chính công tỉnh"], "tháng 5/2026", "2026-05-31", "2026-06-01"],
    ["5.4", "Đánh giá kết quả 06 tháng thực hiện Kế hoạch", [VP], ["Các phòng chuyên môn"], "10/6/2026",
      "2026-06-10"],
    ["5.5", "Duy trì đường dây nóng tiếp nhận phản ánh, kiến nghị về thủ tục hành chính", [TT], [], "thường xuyên",
      undefined],
  ]],
];

// box heights (pt) in Word: the VML box does not grow with its text
export const HEIGHTS = [150, 178, 178, 178, 192];

export const STYLE =
  "Commune plan after the 2025 reorganisation: UBND XÃ BÌNH LƯ (Lai Châu), Số 87/KH-UBND, 15/10/2025. Body prose " +
  "I-IV; the schedule (Phụ lục) is five Word TEXT BOXES (VML), one per milestone 'MỐC 2 - HOÀN THÀNH TRONG " +
  "THÁNG 11/2025', items '2.3. <task> — Chủ trì: …; phối hợp: … — Hạn: …' (ref = 2.3). An item with no Hạn takes " +
  "its box's month/quarter end (inherited: Mốc 2 30/11 Sun → 1/12); an item 'thường xuyên' is undated even in a " +
  "box. 'trước 30/4/2026' = 30/4 (→ 4/5 after 30/4, 1/5); Tết Bính Ngọ 14-22/2/2026 (20/2 → 23/2); 25/10/2025 Sat → " +
  "27/10. IV.1 'trước ngày 25 hằng tháng' = first instance 25/10/2025 (Sat → 27/10). The commune's own bodies " +
  "(Văn phòng HĐND và UBND xã, Trung tâm Phục vụ hành chính công xã, phòng, Công an xã, MTTQ, Đoàn Thanh niên, " +
  "trưởng thôn, bản) are in no provincial directory: unresolved; Sở Nội vụ is. Cited dates (Nghị định, Kế hoạch " +
  "of the province, survey scope) are no deadlines. PDF: LibreOffice from plan-auto.docx (boxes as frames).";
