// 04: Thái Nguyên after the reorganisation (12/8/2025) — UBND tỉnh's plan for building the land price table
// (Bảng giá đất) applied from 01/01/2026 in the merged province. II describes the procedure as undated steps
// "Bước 1: …" (Word list "Bước %1:"): no tasks. III is a timetable table in its own LANDSCAPE section (Word
// section breaks before and after): TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn, with
// en-dash ranges ("18/8–29/8/2025"), "QIII/2025" / "QI/2026", "Hạn cuối …", "Trước 17 giờ ngày …", a date in
// words, a week, a done row, a row counted from an undated resolution. IV adds one dated item.
// plan.pdf: LibreOffice, then Ghostscript pdfwrite.
import { assertWeek, build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-thai-nguyen-2025-land-price-table-undated-step-prose-then-landscape-timetable-quarter-abbreviations";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const MT = "Sở Nông nghiệp và Môi trường";
const TC = "Sở Tài chính";
const XA = "UBND cấp xã";
const VPDK = "Văn phòng Đăng ký đất đai tỉnh";
const HD = "Hội đồng thẩm định bảng giá đất tỉnh";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item = (inst, kind) => (num, text, extra = {}) => ({ t: "p", num, text, list: { kind, inst }, ...extra });
const d1 = item("I", "dash");
const step = item("II", "buoc");
const n4 = item("IV", "decimal");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const C = (text) => ({ text, align: "center" });

const ROWS = [
  ["Lựa chọn đơn vị tư vấn xác định giá đất để xây dựng Bảng giá đất", "Sở NN&MT", "Sở Tài chính",
    "18/8–29/8/2025"],
  ["Điều tra, khảo sát, thu thập thông tin giá đất thị trường tại các xã, phường", "Sở NN&MT (đơn vị tư vấn " +
    "thực hiện)", "UBND các xã, phường", "QIII/2025"],
  ["Cung cấp thông tin giá đất trúng đấu giá, giá chuyển nhượng đã đăng ký biến động trên hệ thống hồ sơ địa " +
    "chính", "Văn phòng Đăng ký đất đai tỉnh", "UBND các xã, phường", "Chậm nhất là ngày 12/9/2025"],
  ["Cung cấp dữ liệu giá đất tính thu tiền sử dụng đất, thuế thu nhập từ chuyển nhượng bất động sản năm 2024, " +
    "2025", "Thuế tỉnh", "", "Trước ngày 15/9/2025"],
  ["Xây dựng dự thảo Bảng giá đất và báo cáo thuyết minh", "Sở NN&MT", "Sở Tài chính, Sở Xây dựng",
    "Hạn cuối 15/10/2025"],
  ["Đăng tải dự thảo trên Cổng Thông tin điện tử tỉnh; gửi lấy ý kiến các sở, ngành, UBND các xã, phường",
    "Sở NN&MT", "Văn phòng UBND tỉnh", "16/10–14/11/2025"],
  ["Góp ý dự thảo Bảng giá đất bằng văn bản", "Các sở, ban, ngành tỉnh; UBND các xã, phường", "",
    "Trước 17 giờ ngày 07/11/2025"],
  ["Tiếp thu, giải trình, hoàn thiện dự thảo, gửi Hội đồng thẩm định bảng giá đất tỉnh", "Sở NN&MT", "",
    "Trước 17 giờ ngày 21/11/2025"],
  ["Thẩm định dự thảo Bảng giá đất", "Hội đồng thẩm định bảng giá đất tỉnh", "Sở Tài chính (cơ quan thường trực " +
    "Hội đồng)", "Trong tuần đầu tháng 12/2025"],
  ["Trình HĐND tỉnh thông qua Bảng giá đất tại kỳ họp thường lệ cuối năm 2025", "Sở NN&MT",
    "Sở Tư pháp, Văn phòng UBND tỉnh", "Chậm nhất là ngày mười tháng mười hai năm 2025"],
  ["Tham mưu UBND tỉnh ban hành Quyết định quy định Bảng giá đất", "Sở NN&MT", "Sở Tư pháp",
    "Trong 05 ngày làm việc kể từ ngày Nghị quyết của HĐND tỉnh được thông qua"],
  ["Công bố công khai Bảng giá đất; cập nhật vào cơ sở dữ liệu đất đai", "Sở NN&MT",
    "Sở Khoa học và Công nghệ, UBND các xã, phường", "Chậm nhất ngày 01/01/2026"],
  ["Bố trí kinh phí thuê đơn vị tư vấn xây dựng Bảng giá đất", "Sở Tài chính", "",
    "Đã bố trí tại Quyết định số 1520/QĐ-UBND ngày 28/7/2025"],
  ["Tuyên truyền, phổ biến Bảng giá đất mới", "Báo và Phát thanh, Truyền hình Thái Nguyên", "", "Thường xuyên"],
  ["Hướng dẫn áp dụng Bảng giá đất, giải đáp vướng mắc của các xã, phường", "Sở NN&MT", "UBND các xã, phường",
    "QI/2026"],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 168/KH-UBND", "Thái Nguyên, ngày 12 tháng 8 năm 2025",
    "KẾ HOẠCH", "Xây dựng Bảng giá đất áp dụng từ ngày 01/01/2026 trên địa bàn tỉnh Thái Nguyên"),
  plain("Căn cứ Luật Đất đai năm 2024; Nghị định số 71/2024/NĐ-CP ngày 27/6/2024 của Chính phủ quy định về giá " +
    "đất; sau khi hợp nhất tỉnh Bắc Kạn và tỉnh Thái Nguyên, các bảng giá đất của hai tỉnh cũ tiếp tục áp dụng " +
    "đến hết ngày 31/12/2025; để có một Bảng giá đất thống nhất áp dụng từ ngày 01/01/2026, UBND tỉnh ban hành " +
    "Kế hoạch như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("-", "Xây dựng Bảng giá đất theo nguyên tắc thị trường, đúng trình tự Luật Đất đai năm 2024; bảo đảm hài hòa " +
    "giữa khu vực Bắc Kạn cũ và Thái Nguyên cũ tại các vị trí giáp ranh."),
  d1("-", "Sở Nông nghiệp và Môi trường (sau đây viết tắt là Sở NN&MT) là cơ quan chủ trì; các cơ quan phối hợp " +
    "cung cấp thông tin đầy đủ, đúng thời hạn."),
  sec("II.", "TRÌNH TỰ XÂY DỰNG BẢNG GIÁ ĐẤT"),
  step("Bước 1:", "Lựa chọn đơn vị tư vấn xác định giá đất theo quy định về đấu thầu."),
  step("Bước 2:", "Điều tra, khảo sát, thu thập thông tin về giá đất thị trường theo vùng giá trị, thửa đất chuẩn."),
  step("Bước 3:", "Xây dựng dự thảo Bảng giá đất và báo cáo thuyết minh."),
  step("Bước 4:", "Lấy ý kiến góp ý đối với dự thảo (đăng tải trên Cổng Thông tin điện tử tỉnh trong thời gian 30 " +
    "ngày)."),
  step("Bước 5:", "Hội đồng thẩm định bảng giá đất tỉnh thẩm định dự thảo."),
  step("Bước 6:", "Trình HĐND tỉnh thông qua; UBND tỉnh ban hành Quyết định quy định Bảng giá đất."),
  step("Bước 7:", "Công bố công khai, cập nhật Bảng giá đất vào cơ sở dữ liệu đất đai."),
  plain("Thời hạn của từng bước và cơ quan thực hiện ghi tại Mục III."),
  { t: "sect" },
  sec("III.", "TIẾN ĐỘ VÀ PHÂN CÔNG THỰC HIỆN"),
  { t: "table", widths: [700, 5600, 2900, 2900, 2400], header: 1, rows: [
    [C("TT"), C("Nội dung công việc"), C("Cơ quan chủ trì"), C("Cơ quan phối hợp"), C("Thời hạn")],
    ...ROWS.map((r, i) => [C(String(i + 1)), ...r]),
  ] },
  { t: "sect", landscape: true, type: "nextPage" },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Sở NN&MT là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch; báo cáo UBND tỉnh tiến độ " +
    "hằng tháng và đột xuất khi có vướng mắc."),
  n4("2.", "Sở Tài chính trình Chủ tịch UBND tỉnh quyết định thành lập Hội đồng thẩm định bảng giá đất tỉnh; xong " +
    "trước ngày 30/9/2025."),
  n4("3.", "Chủ tịch UBND các xã, phường chịu trách nhiệm về tính chính xác của thông tin giá đất do địa phương " +
    "cung cấp./."),
  ...sign(["Bộ Nông nghiệp và Môi trường (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Văn phòng Đăng ký đất đai tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Hoàng Sơn"),
];

assertWeek("2025-12-05", 2025, 12, 1);
const t = (n, due, lead, co = []) => task(`III.${n}`, ROWS[n - 1][0], due, lead, co);
const tasks = [
  t(1, "2025-08-29", [MT], [TC]),
  t(2, "2025-09-30", [MT], [XA]),
  t(3, "2025-09-12", [VPDK], [XA]),
  t(4, "2025-09-14", ["Thuế tỉnh"]),
  t(5, "2025-10-15", [MT], [TC, "Sở Xây dựng"]),
  t(6, "2025-11-14", [MT], ["Văn phòng UBND tỉnh"]),
  t(7, "2025-11-07", ["@departments", XA]),
  t(8, "2025-11-21", [MT]),
  t(9, "2025-12-05", [HD], [TC]),
  t(10, "2025-12-10", [MT], ["Sở Tư pháp", "Văn phòng UBND tỉnh"]),
  t(12, "2026-01-01", [MT], ["Sở Khoa học và Công nghệ", XA]),
  t(15, "2026-03-31", [MT], [XA]),
  task("IV.2", "Trình Chủ tịch UBND tỉnh quyết định thành lập Hội đồng thẩm định bảng giá đất tỉnh", "2025-09-29",
    [TC]),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 168/KH-UBND of UBND tỉnh Thái Nguyên, 12/8/2025 (after the reorganisation: merged departments, " +
      "UBND các xã, phường), building the land price table applied from 01/01/2026. 'Sở NN&MT' defined in I. II " +
      "describes the procedure as undated steps 'Bước 1:' … 'Bước 7:' (Word list 'Bước %1:'): no tasks (II says " +
      "the times are in III). III is one table in its own landscape section (section breaks before and after): " +
      "TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn. ref = III.<TT>; lead = Cơ quan " +
      "chủ trì, coordinators = Cơ quan phối hợp; a bracket after a unit tells its role and is dropped ('Sở NN&MT " +
      "(đơn vị tư vấn thực hiện)' -> Sở NN&MT; 'Sở Tài chính (cơ quan thường trực Hội đồng)' -> Sở Tài chính). " +
      "Times: '18/8–29/8/2025' (en dash) -> 29/8; 'QIII/2025' -> 30/9; 'Chậm nhất là ngày 12/9' -> 12/9; 'Trước " +
      "ngày 15/9' -> 14/9 Sun -> 15/9; 'Hạn cuối 15/10' -> 15/10; '16/10–14/11/2025' -> 14/11; 'Trước 17 giờ ngày " +
      "X' = X (an hour on day X) -> 7/11, 21/11; week rule 'tuần thứ n tháng M' = days 7(n-1)+1..7n, due = its " +
      "last working day: 'Trong tuần đầu tháng 12/2025' -> Fri 5/12; 'Chậm nhất là ngày mười tháng mười hai năm " +
      "2025' -> 10/12; 'Chậm nhất ngày 01/01/2026' -> 1/1 (holiday) -> 2/1; 'QI/2026' -> 31/3/2026. Left out: row " +
      "11 (counted from the undated HĐND resolution), row 13 (done: 'Đã bố trí'), row 14 (thường xuyên), IV.1 " +
      "(hằng tháng), IV.3 (undated). IV.2 'xong trước ngày 30/9/2025' -> 29/9. 'Các sở, ban, ngành tỉnh' = " +
      "@departments; 'UBND các xã, phường' = UBND cấp xã. 'gửi Hội đồng …', 'Trình HĐND tỉnh', 'Trình Chủ tịch " +
      "UBND tỉnh' are recipients. Văn phòng Đăng ký đất đai tỉnh and Hội đồng thẩm định bảng giá đất tỉnh are not " +
      "in the directory (as written). PDF: LibreOffice from the auto docx, then Ghostscript pdfwrite.",
    province: "Thái Nguyên",
    plan: { number: "168/KH-UBND", date: "2025-08-12" },
    tasks,
    unresolved: [XA, VPDK, HD],
    successors: [],
  },
});
