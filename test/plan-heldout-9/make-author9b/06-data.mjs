// Document 06: Sở Nội vụ Lai Châu 2023, the department's plan to its own offices, abbreviations everywhere,
// the task appendix in a two-column Word section, grouped by quarter with a shared deadline per quarter.

export const ABBR = [
  ["VP Sở", "Văn phòng Sở"],
  ["TTr Sở", "Thanh tra Sở"],
  ["P.TCBC", "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ"],
  ["P.CCVC", "Phòng Công chức, viên chức"],
  ["P.CCHC", "Phòng Cải cách hành chính"],
  ["P.XDCQ", "Phòng Xây dựng chính quyền và Công tác thanh niên"],
  ["Ban TĐKT", "Ban Thi đua - Khen thưởng"],
  ["CC VTLT", "Chi cục Văn thư - Lưu trữ"],
  ["Các phòng", "Các phòng, đơn vị thuộc Sở"],
  ["STP", "Sở Tư pháp"],
  ["STC", "Sở Tài chính"],
  ["Sở TT&TT", "Sở Thông tin và Truyền thông"],
  ["VP UBND tỉnh", "Văn phòng UBND tỉnh"],
  ["UBND các huyện, TP", "UBND các huyện, thành phố"],
  ["BĐ tỉnh", "Bưu điện tỉnh"],
  ["CSDL", "cơ sở dữ liệu"],
  ["CCVC", "công chức, viên chức"],
];
const FULL = Object.fromEntries(ABBR);
FULL["Tổ thẩm định"] = "Tổ thẩm định";
FULL["Tỉnh đoàn"] = "Tỉnh đoàn";
// how the expected answer names a unit: the directory's name, or the expansion given in the plan
const DIRECTORY = {
  "Sở Tư pháp": "Sở Tư pháp",
  "Sở Tài chính": "Sở Tài chính",
  "Sở Thông tin và Truyền thông": "Sở Thông tin và Truyền thông",
  "Văn phòng UBND tỉnh": "Văn phòng UBND tỉnh",
  "UBND các huyện, thành phố": "@districts",
  "Bưu điện tỉnh": "Bưu điện tỉnh",
  "Tổ thẩm định": "Tổ thẩm định",
  "Tỉnh đoàn": "Tỉnh đoàn",
};
export const unitName = (abbr) => DIRECTORY[FULL[abbr]] ?? FULL[abbr];
export const isUnresolved = (abbr) => !DIRECTORY[FULL[abbr]];

// quarters: [heading, shared deadline text, due, effectiveDue, tasks]
// task: [n, title, CT (abbr list), PH (abbr list), Hạn as written, due, effectiveDue] — due null: the quarter's
export const QUARTERS = [
  ["QUÝ I", "hạn chung: 31/3", "2023-03-31", "2023-03-31", [
    ["1", "Xây dựng, ban hành Kế hoạch tuyên truyền CCHC năm 2023 của Sở", ["P.CCHC"], ["VP Sở"], "15/02", "2023-02-15"],
    ["2", "Rà soát, cập nhật Bộ TTHC thuộc thẩm quyền giải quyết của Sở trên CSDL quốc gia về TTHC", ["VP Sở"],
      ["P.CCHC", "STP"], "28/02", "2023-02-28"],
    ["3", "Ban hành Kế hoạch kiểm tra CCHC năm 2023 đối với các sở, ngành, UBND các huyện, TP", ["P.CCHC"],
      ["TTr Sở"], "trong quý", null],
    ["4", "Cập nhật CSDL cán bộ, CCVC trên phần mềm quản lý cán bộ của tỉnh", ["P.CCVC"], ["Sở TT&TT"], "20/3",
      "2023-03-20"],
    ["5", "Tổng hợp, đề xuất khen thưởng tập thể, cá nhân có thành tích trong CCHC năm 2022", ["Ban TĐKT"], ["P.CCHC"],
      "trong quý", null],
    ["6", "Báo cáo kết quả CCHC quý I/2023 gửi Bộ Nội vụ, UBND tỉnh", ["P.CCHC"], ["Các phòng"], "10/3", "2023-03-10"],
  ]],
  ["QUÝ II", "hạn chung: 30/6", "2023-06-30", "2023-06-30", [
    ["7", "Hướng dẫn các sở, ngành, UBND các huyện, TP tự đánh giá Chỉ số CCHC theo Bộ chỉ số sửa đổi", ["P.CCHC"], [],
      "14/4", "2023-04-14"],
    ["8", "Kiểm tra CCHC đợt 1 (04 sở, ngành; 02 huyện)", ["P.CCHC"], ["TTr Sở", "VP UBND tỉnh"], "từ 08/5 đến 19/5",
      "2023-05-19"],
    ["9", "Thanh tra công vụ việc chấp hành kỷ luật, kỷ cương hành chính tại 03 đơn vị", ["TTr Sở"], ["P.CCVC"],
      "trong quý", null],
    ["10", "Trình UBND tỉnh phê duyệt vị trí việc làm, cơ cấu ngạch công chức của các cơ quan hành chính", ["P.TCBC"],
      ["STC"], "30/4", "2023-04-30", "2023-05-04"],
    ["11", "Chỉnh lý tài liệu lưu trữ tồn đọng giai đoạn 2015 - 2020 tại Sở", ["CC VTLT"], ["VP Sở"], "31/5",
      "2023-05-31"],
    ["12", "Báo cáo kết quả CCHC quý II và 6 tháng đầu năm 2023", ["P.CCHC"], ["Các phòng"], "10/6", "2023-06-10",
      "2023-06-12"],
  ]],
  ["QUÝ III", "hạn chung: 30/9", "2023-09-30", "2023-10-02", [
    ["13", "Phát, thu phiếu khảo sát sự hài lòng (SIPAS) năm 2023 trên địa bàn tỉnh", ["P.CCHC"],
      ["BĐ tỉnh", "UBND các huyện, TP"], "trong quý", null],
    ["14", "Tổ chức Cuộc thi trực tuyến tìm hiểu về CCHC tỉnh Lai Châu năm 2023", ["P.CCHC"], ["Sở TT&TT", "Tỉnh đoàn"],
      "31/8", "2023-08-31"],
    ["15", "Kiểm tra CCHC đợt 2 (03 sở, ngành; 03 huyện)", ["P.CCHC"], ["TTr Sở"], "từ 11/9 đến 22/9", "2023-09-22"],
    ["16", "Đánh giá việc thực hiện chế độ tập sự, thử việc đối với CCVC mới tuyển dụng", ["P.CCVC"], [], "01/9",
      "2023-09-01", "2023-09-05"],
    ["17", "Thẩm định hồ sơ sáp nhập thôn, bản, tổ dân phố", ["P.XDCQ"], ["UBND các huyện, TP"], "trong quý", null],
    ["18", "Báo cáo kết quả CCHC quý III/2023", ["P.CCHC"], ["Các phòng"], "10/9", "2023-09-10", "2023-09-11"],
  ]],
  ["QUÝ IV", "hạn chung: trước 15/12", "2023-12-15", "2023-12-15", [
    ["19", "Tổng hợp kết quả tự đánh giá, chấm điểm Chỉ số CCHC năm 2023 của các sở, ngành, huyện", ["P.CCHC"],
      ["VP Sở"], "15/11", "2023-11-15"],
    ["20", "Thẩm định kết quả tự đánh giá, chấm điểm Chỉ số CCHC năm 2023", ["Tổ thẩm định"], ["P.CCHC"], "05/12",
      "2023-12-05"],
    ["21", "Trình UBND tỉnh công bố Chỉ số CCHC năm 2023 của các sở, ngành, UBND các huyện, TP", ["P.CCHC"], [],
      "trong quý", null],
    ["22", "Báo cáo kết quả CCHC năm 2023", ["P.CCHC"], ["Các phòng"], "10/12", "2023-12-10", "2023-12-11"],
    ["23", "Xây dựng Kế hoạch CCHC năm 2024 của Sở", ["P.CCHC"], ["VP Sở"], "25/12", "2023-12-25"],
    ["24", "Tự đánh giá Chỉ số CCHC năm 2023 của tỉnh, gửi Bộ Nội vụ", ["P.CCHC"], ["VP UBND tỉnh"], "29/12",
      "2023-12-29"],
  ]],
  ["CẢ NĂM", "", null, null, [
    ["25", "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", ["VP Sở"], ["Các phòng"], "cả năm",
      "2023-12-31", "2024-01-02"],
    ["26", "Cập nhật tin, bài về CCHC trên Trang thông tin điện tử của Sở", ["VP Sở"], ["P.CCHC"], "thường xuyên",
      undefined],
    ["27", "Tiếp nhận, trả kết quả TTHC của Sở tại Trung tâm Phục vụ HCC tỉnh đúng hạn", ["VP Sở"], [], "thường xuyên",
      undefined],
  ]],
];

export const STYLE =
  "KẾ HOẠCH of SỞ NỘI VỤ Lai Châu (Số 18/KH-SNV, 06/02/2023) to its own offices. Body prose I-III; the tasks sit " +
  "in a PHỤ LỤC typed in a two-column Word section (continuous section break; PDF drawn in two columns): quarter " +
  "headings 'QUÝ I (hạn chung: 31/3)', items numbered 1-27 across quarters (ref = number), each item 'CT: …' / " +
  "'PH: …' / 'Hạn: …' lines. Dates written without the year are in 2023 (the plan's year); 'Hạn: trong quý' = " +
  "inherited from the quarter heading (Quý III 30/9 Sat → 2/10; Quý IV 'trước 15/12' = 15/12); 'từ 08/5 đến " +
  "19/5' = last day. Abbreviations are expanded from the plan's own list: the Sở's offices (VP Sở, TTr Sở, P.CCHC …, " +
  "'Các phòng') are not in the directory (unresolved under their full names; 'Thanh tra Sở' is not Thanh tra tỉnh, " +
  "'Văn phòng Sở' not VP UBND tỉnh); 'UBND các huyện, TP' = @districts. III.1 'trước ngày 05 của tháng cuối quý' " +
  "= first instance 5/3 (Sun → 6/3). Holidays 2023: 29/4-3/5, 1-4/9, 1/1/2024. Undated: thường xuyên. PDF: pdfkit.";
