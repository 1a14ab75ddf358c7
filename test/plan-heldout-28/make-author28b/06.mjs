// 06: Lai Châu, Cục Thuế tỉnh (a central agency's provincial office, before the reorganisation), 21/02/2023 —
// support for taxpayers and e-invoices from cash registers. Prose I-III, items 1./a)/-; the body assigns work to
// its OWN offices (Phòng …, Văn phòng Cục) and to "các Chi cục Thuế khu vực", and EVERY deadline is written in
// words, without a year ("chậm nhất ngày mười lăm tháng Ba", "trong quý đầu năm", "tuần thứ hai của tháng Tư",
// "giữa tháng Tám", "trong tháng cuối năm", "trước kỳ họp thường lệ cuối năm của HĐND tỉnh (dự kiến khai mạc ngày
// mười hai tháng Mười hai)"). plan.pdf: WeasyPrint from HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "06-lai-chau-2023-tax-office-own-offices-deadlines-in-words-yearless-council-session";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TT = "Phòng Tuyên truyền - Hỗ trợ người nộp thuế";
const CC = "Các Chi cục Thuế khu vực";
const KK = "Phòng Kê khai và Kế toán thuế";
const IT = "Phòng Công nghệ thông tin";
const HKD = "Phòng Quản lý hộ kinh doanh, cá nhân và thu khác";
const VP = "Văn phòng Cục Thuế";
const NV = "Phòng Nghiệp vụ - Dự toán - Pháp chế";

// [section, item, text, [title, due, lead, co][] | null]; item "" = a paragraph with no letter; "-" = dash line
const BODY = [
  ["1", "Hỗ trợ quyết toán thuế thu nhập cá nhân năm 2022"],
  ["1", "a", "Phòng Tuyên truyền - Hỗ trợ người nộp thuế biên soạn tài liệu hướng dẫn quyết toán thuế thu nhập " +
    "cá nhân năm 2022, đăng tải trên Trang thông tin điện tử của Cục Thuế chậm nhất ngày mười lăm tháng Ba.",
  [["Biên soạn tài liệu hướng dẫn quyết toán thuế thu nhập cá nhân năm 2022, đăng tải trên Trang thông tin điện " +
    "tử của Cục Thuế", "2023-03-15", [TT], []]]],
  ["1", "b", "Các Chi cục Thuế khu vực bố trí công chức hỗ trợ người nộp thuế quyết toán trực tiếp tại trụ sở " +
    "trong suốt thời gian quyết toán, từ ngày mồng một tháng Ba cho đến hết ngày ba mươi tháng Tư.",
  [["Bố trí công chức hỗ trợ người nộp thuế quyết toán trực tiếp tại trụ sở", "2023-04-30", [CC], []]]],
  ["1", "c", "Phòng Kê khai và Kế toán thuế phối hợp với Phòng Công nghệ thông tin rà soát, giải quyết dứt điểm " +
    "hồ sơ đề nghị hoàn thuế thu nhập cá nhân nộp qua mạng, xong trong quý hai.",
  [["Rà soát, giải quyết dứt điểm hồ sơ đề nghị hoàn thuế thu nhập cá nhân nộp qua mạng", "2023-06-30", [KK],
    [IT]]]],
  ["2", "Triển khai hóa đơn điện tử khởi tạo từ máy tính tiền"],
  ["2", "a", "Phòng Quản lý hộ kinh doanh, cá nhân và thu khác chủ trì, phối hợp với các Chi cục Thuế khu vực lập " +
    "danh sách doanh nghiệp, hộ kinh doanh bán lẻ trực tiếp đến người tiêu dùng thuộc diện sử dụng hóa đơn điện " +
    "tử khởi tạo từ máy tính tiền, hoàn thành trong quý đầu năm.",
  [["Lập danh sách doanh nghiệp, hộ kinh doanh bán lẻ trực tiếp đến người tiêu dùng thuộc diện sử dụng hóa đơn " +
    "điện tử khởi tạo từ máy tính tiền", "2023-03-31", [HKD], [CC]]]],
  ["2", "b", "Cục Thuế tỉnh phối hợp với Sở Công Thương, Công an tỉnh tổ chức hội nghị triển khai hóa đơn điện tử " +
    "khởi tạo từ máy tính tiền cho các cửa hàng kinh doanh xăng dầu vào tuần thứ hai của tháng Tư.",
  [["Tổ chức hội nghị triển khai hóa đơn điện tử khởi tạo từ máy tính tiền cho các cửa hàng kinh doanh xăng dầu",
    "2023-04-14", ["Thuế tỉnh"], ["Sở Công Thương", "Công an tỉnh"]]]],
  ["2", "c", "Các Chi cục Thuế khu vực đôn đốc người nộp thuế chuyển đổi, cụ thể:"],
  ["2", "-", "Đối với doanh nghiệp, cửa hàng kinh doanh xăng dầu: hoàn thành chuyển đổi chậm nhất ngày ba mươi " +
    "tháng Sáu;", [["Đôn đốc doanh nghiệp, cửa hàng kinh doanh xăng dầu chuyển đổi sang hóa đơn điện tử khởi tạo " +
    "từ máy tính tiền", "2023-06-30", [CC], []]]],
  ["2", "-", "Đối với nhà hàng, khách sạn, cơ sở kinh doanh ăn uống có doanh thu lớn: hoàn thành trước ngày mồng " +
    "một tháng Mười.", [["Đôn đốc nhà hàng, khách sạn, cơ sở kinh doanh ăn uống có doanh thu lớn chuyển đổi sang " +
    "hóa đơn điện tử khởi tạo từ máy tính tiền", "2023-09-30", [CC], []]]],
  ["3", "Thông tin, tuyên truyền và đối thoại"],
  ["3", "a", "Phòng Tuyên truyền - Hỗ trợ người nộp thuế phối hợp với Báo Lai Châu, Đài Phát thanh - Truyền hình " +
    "tỉnh duy trì chuyên mục “Thuế với cuộc sống”, phát sóng định kỳ vào tuần cuối hằng tháng."],
  ["3", "b", "Tổ chức hội nghị đối thoại với người nộp thuế về chính sách thuế mới và thủ tục hành chính thuế " +
    "trong tháng Bảy; Phòng Tuyên truyền - Hỗ trợ người nộp thuế chủ trì, mời Hiệp hội Doanh nghiệp tỉnh cùng " +
    "tổ chức.", [["Tổ chức hội nghị đối thoại với người nộp thuế về chính sách thuế mới và thủ tục hành chính " +
    "thuế", "2023-07-31", [TT], ["Hiệp hội Doanh nghiệp tỉnh"]]]],
  ["3", "c", "Văn phòng Cục Thuế tổ chức Lễ tuyên dương người nộp thuế tiêu biểu năm 2022 trước ngày hai mươi " +
    "tháng Mười, nhân dịp Ngày Doanh nhân Việt Nam (13/10).", [["Tổ chức Lễ tuyên dương người nộp " +
    "thuế tiêu biểu năm 2022", "2023-10-19", [VP], []]]],
  ["3", "d", "Phòng Tuyên truyền - Hỗ trợ người nộp thuế tổng hợp các vướng mắc của người nộp thuế về hóa đơn " +
    "điện tử, đề xuất Tổng cục Thuế hướng dẫn vào giữa tháng Tám.", [["Tổng hợp các vướng mắc của người nộp thuế " +
    "về hóa đơn điện tử, đề xuất Tổng cục Thuế hướng dẫn", "2023-08-15", [TT], []]]],
  ["4", "Phục vụ các kỳ họp Hội đồng nhân dân tỉnh"],
  ["4", "a", "Phòng Nghiệp vụ - Dự toán - Pháp chế phân tích tình hình thu ngân sách, tham mưu Lãnh đạo Cục báo " +
    "cáo UBND tỉnh phục vụ kỳ họp giữa năm của HĐND tỉnh."],
  ["4", "b", "Phòng Nghiệp vụ - Dự toán - Pháp chế xây dựng báo cáo đánh giá ước thu ngân sách nhà nước năm 2023, " +
    "dự kiến dự toán thu năm 2024, gửi Sở Tài chính trước kỳ họp thường lệ cuối năm của HĐND tỉnh (dự kiến khai " +
    "mạc ngày mười hai tháng Mười hai).", [["Xây dựng báo cáo đánh giá ước thu ngân sách nhà nước năm 2023, dự " +
    "kiến dự toán thu năm 2024", "2023-12-11", [NV], []]]],
  ["4", "c", "Cập nhật số thu theo từng khu vực, gửi Phòng Nghiệp vụ - Dự toán - Pháp chế chậm nhất ngày hai mươi " +
    "lăm của tháng cuối mỗi quý: các Chi cục Thuế khu vực thực hiện."],
];
const tasks = [];
const body = [];
let letter = "";
for (const [sec, item, text, ts] of BODY) {
  if (text === undefined) {
    body.push({ t: "p", num: `${sec}.`, text: item, bold: true, list: { kind: "decimal", inst: "sec" } });
    continue;
  }
  if (item === "-") body.push({ t: "p", num: "-", text, list: { kind: "dash", inst: `d${sec}` } });
  else body.push({ t: "p", num: `${item})`, text, list: { kind: "letter", inst: `s${sec}` } });
  if (item !== "-") letter = item;
  for (const [title, due, lead, co] of ts ?? []) tasks.push(task(`II.${sec}.${letter}`, title, due, lead, co));
}
tasks.push(task("III.1", "Báo cáo kết quả thực hiện Kế hoạch năm 2023", "2023-11-14", [CC]));
tasks.push(task("III.2", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", "2023-12-31", [TT]));

const blocks = [
  ...head("TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH LAI CHÂU", "Số: 458/KH-CTLCH", "Lai Châu, ngày 21 tháng 02 năm 2023",
    "KẾ HOẠCH", "Hỗ trợ người nộp thuế và triển khai hóa đơn điện tử khởi tạo từ máy tính tiền năm 2023"),
  { t: "p", text: "Căn cứ Kế hoạch công tác năm 2023 của Tổng cục Thuế; căn cứ tình hình thực tế trên địa bàn, " +
    "Cục Thuế tỉnh Lai Châu xây dựng Kế hoạch như sau:" },
  { t: "p", text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", text: "Tạo thuận lợi tối đa cho người nộp thuế trong thực hiện nghĩa vụ thuế; mở rộng việc sử dụng hóa " +
    "đơn điện tử khởi tạo từ máy tính tiền, góp phần chống thất thu ngân sách nhà nước. Các mốc thời gian nêu " +
    "tại Kế hoạch này, trừ trường hợp ghi rõ năm khác, được hiểu là của năm 2023." },
  { t: "p", text: "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN", bold: true },
  ...body,
  { t: "p", text: "III. TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", num: "1.", text: "Thủ trưởng các phòng, Văn phòng Cục và Chi cục trưởng các Chi cục Thuế khu vực quán " +
    "triệt, triển khai Kế hoạch đến từng công chức. Các Chi cục Thuế khu vực báo cáo kết quả thực hiện Kế hoạch " +
    "năm 2023 về Cục Thuế (qua Phòng Tuyên truyền - Hỗ trợ người nộp thuế) trước ngày mười lăm tháng Mười một.",
  list: { kind: "decimal", inst: "iii" } },
  { t: "p", num: "2.", text: "Phòng Tuyên truyền - Hỗ trợ người nộp thuế là đầu mối theo dõi, đôn đốc; tổng hợp, " +
    "báo cáo Tổng cục Thuế kết quả thực hiện Kế hoạch trong tháng cuối năm.", list: { kind: "decimal", inst: "iii" } },
  { t: "p", text: "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Cục Thuế (qua Phòng Tuyên " +
    "truyền - Hỗ trợ người nộp thuế) để được hướng dẫn./." },
  ...sign(["Tổng cục Thuế (b/c)", "UBND tỉnh Lai Châu (b/c)", "Lãnh đạo Cục", "Các phòng, Văn phòng Cục",
    "Các Chi cục Thuế khu vực", "Website Cục Thuế"], "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG", "Lò Thị Hương"),
];

const css = "@page{size:A4;margin:2cm 1.5cm 2cm 3cm}table.nb td:first-child{text-align:left;font-size:11pt}";
await build(DIR, {
  blocks, printer: "weasyprint", css,
  expected: {
    id: ID,
    style: "Kế hoạch 458/KH-CTLCH of the Cục Thuế tỉnh Lai Châu (header TỔNG CỤC THUẾ / CỤC THUẾ TỈNH LAI CHÂU, " +
      "signed KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG), 21/02/2023: a central agency's provincial office assigning work " +
      "to its OWN offices. Prose: II has items 1.-4. (bold headings) with a), b) …; 2.c ends in two '-' lines. ref " +
      "= II.<n>.<letter>; a '-' line has its letter's ref (2.c twice). EVERY deadline is in words without a year; " +
      "I says the times are of 2023. 'chậm nhất ngày mười lăm tháng Ba' -> 15/3; 'từ ngày mồng một tháng Ba cho " +
      "đến hết ngày ba mươi tháng Tư' -> 30/4 (Sun, 1-3/5 off) -> 4/5; 'xong trong quý hai' -> 30/6; 'trong quý " +
      "đầu năm' = quý I -> 31/3; 'vào tuần thứ hai của tháng Tư' -> 14/4 (week rule); 'chậm nhất ngày ba mươi " +
      "tháng Sáu' -> 30/6; 'trước ngày mồng một tháng Mười' -> 30/9 Sat -> 2/10; 'trong tháng Bảy' -> 31/7; " +
      "'trước ngày hai mươi tháng Mười' -> 19/10 (the occasion '(13/10)' is no deadline); 'vào giữa tháng Tám' -> 15/8; 4.b 'trước kỳ họp thường lệ cuối " +
      "năm của HĐND tỉnh (dự kiến khai mạc ngày mười hai tháng Mười hai)' -> the bracket's day, 'trước' -> 11/12; " +
      "III.1 'trước ngày mười lăm tháng Mười một' -> 14/11; III.2 'trong tháng cuối năm' -> 31/12 Sun, 1/1 off -> " +
      "2/1/2024. Left out: 3.a (hằng tháng), 4.a (kỳ họp giữa năm: no day given), 4.c (each quarter). Leads: the " +
      "sentence's subject; 3.b's lead comes in the second clause ('Phòng TT-HT chủ trì, mời Hiệp hội Doanh nghiệp " +
      "tỉnh cùng tổ chức': the Hiệp hội coordinates); 2.b 'Cục Thuế tỉnh' = directory 'Thuế tỉnh'. 'gửi Sở Tài " +
      "chính', 'đề xuất Tổng cục Thuế', 'báo cáo … về Cục Thuế (qua …)': recipients. The Cục's offices and 'Các " +
      "Chi cục Thuế khu vực' are unresolved as written.",
    province: "Lai Châu",
    plan: { number: "458/KH-CTLCH", date: "2023-02-21" },
    tasks,
    unresolved: [TT, CC, KK, IT, HKD, VP, NV],
    successors: [],
  },
});
