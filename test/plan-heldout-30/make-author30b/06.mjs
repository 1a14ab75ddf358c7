// 06: Bắc Kạn, Hội Nông dân tỉnh (Ban Chấp hành), 06/7/2023 — a mass organisation's plan (93rd anniversary of the
// Hội Nông dân Việt Nam, year-end review) assigning work to its OWN offices and district branches. Every date is
// followed by its weekday in brackets ("trước ngày 14/7/2023 (thứ Sáu)"); under II.1-II.3 the dates are written
// "ngày 15 tháng 7 (thứ Bảy)" with the year only in the part's heading (II.3's heading says "tháng 01 năm 2024": its
// dates are 2024). Headings 1.1, 1.2 … name the unit; a), b) items under them have no subject. plan.pdf: WeasyPrint.
import { addKind, build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "06-bac-kan-2023-farmers-union-own-offices-weekday-brackets-year-only-in-part-heading";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TH = "Ban Tuyên huấn Hội Nông dân tỉnh";
const KT = "Ban Kinh tế - Xã hội Hội Nông dân tỉnh";
const TC = "Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh";
const VP = "Văn phòng Hội Nông dân tỉnh";
const HUYEN = "Hội Nông dân các huyện, thành phố";
const CD = "Hội Nông dân huyện Chợ Đồn";
const NR = "Hội Nông dân huyện Na Rì";
const NHCS = "Ngân hàng Chính sách xã hội tỉnh";
const NN = "Sở Nông nghiệp và Phát triển nông thôn";

addKind("hnd", { levels: [["decimal", "%1."], ["decimal", "%1.%2."]] });
const P = (text, extra = {}) => ({ t: "p", text, align: "justify", ...extra });
const R = (num, text) => P(text, { num, bold: true, list: { kind: "roman", inst: "r" } });
const H1 = (num, text) => P(text, { num, bold: true, list: { kind: "hnd", inst: "h", lvl: 0 } });
const H2 = (num, text, extra = {}) => P(text, { num, italic: true, list: { kind: "hnd", inst: "h", lvl: 1 }, ...extra });
let li = 0;
const L = (items) => { li += 1; return items.map(([n, text]) => P(text, { num: n, list: { kind: "letter", inst: "l" + li } })); };

const tasks = [
  task("II.1.1.a", "Xây dựng đề cương tuyên truyền kỷ niệm 93 năm Ngày thành lập Hội Nông dân Việt Nam",
    "2023-07-13", [TH]),
  task("II.1.1.b", "Phát động Cuộc thi viết “Nông dân Bắc Kạn chung sức xây dựng nông thôn mới”", "2023-07-15",
    [TH], ["Báo Bắc Kạn"]),
  task("II.1.1.c", "Tổng hợp, phân loại bài dự thi; đề xuất thành lập Ban Giám khảo", "2023-09-14", [TH]),
  task("II.1.2", "Rà soát, lựa chọn mô hình kinh tế tập thể, tổ hợp tác do hội viên làm chủ tiêu biểu để tổ chức " +
    "tham quan, học tập kinh nghiệm", "2023-08-31", [KT], [VP]),
  task("II.1.3.a", "Phát động đợt thi đua cao điểm chào mừng kỷ niệm 93 năm Ngày thành lập Hội; đăng ký danh hiệu " +
    "thi đua", "2023-07-27", [HUYEN]),
  task("II.1.3.b", "Chuẩn bị điểm tham quan mô hình kinh tế tập thể của hội viên", "2023-08-25", [CD, NR]),
  task("II.2.1", "Tổ chức Hội chợ nông sản, sản phẩm OCOP và triển lãm thành tựu của nông dân Bắc Kạn", "2023-10-14",
    [VP], [NN]),
  task("II.2.2", "Tham mưu khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào nông dân thi đua " +
    "sản xuất, kinh doanh giỏi", "2023-10-05", [TC]),
  task("II.2.3", "Tổ chức gặp mặt kỷ niệm 93 năm Ngày thành lập Hội Nông dân Việt Nam ở cấp huyện, cấp cơ sở",
    "2023-10-20", [HUYEN]),
  task("II.2.4", "Rà soát, đánh giá hiệu quả các dự án vay vốn Quỹ Hỗ trợ nông dân và vốn ủy thác", "2023-11-30",
    [KT], [NHCS]),
  task("II.2.5", "Báo cáo tổng kết công tác Hội và phong trào nông dân năm 2023", "2023-12-09", [HUYEN]),
  task("II.3.1", "Xây dựng dự thảo báo cáo tổng kết công tác Hội năm 2023, phương hướng nhiệm vụ năm 2024",
    "2024-01-04", [VP]),
  task("II.3.2", "Tổ chức tổng kết công tác Hội ở cấp huyện, cấp cơ sở", "2024-01-11", [HUYEN]),
  task("II.3.3", "Tổ chức Hội nghị Ban Chấp hành Hội Nông dân tỉnh tổng kết công tác năm 2023", "2024-01-15", [VP],
    [TC]),
];

const blocks = [
  ...head(["HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH BẮC KẠN"], "Số: 128-KH/HNDT",
    "Bắc Kạn, ngày 06 tháng 7 năm 2023", "KẾ HOẠCH",
    "Tổ chức các hoạt động kỷ niệm 93 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2023) và tổng " +
    "kết công tác Hội năm 2023"),
  P("Căn cứ Chương trình công tác năm 2023 của Ban Chấp hành Hội Nông dân tỉnh; thực hiện Hướng dẫn của Ban Thường " +
    "vụ Trung ương Hội Nông dân Việt Nam, Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Tuyên truyền sâu rộng truyền thống vẻ vang của Hội Nông dân Việt Nam; động viên cán bộ, hội viên nông dân thi " +
    "đua lao động sản xuất, xây dựng nông thôn mới. Các hoạt động được tổ chức thiết thực, tiết kiệm; phân công rõ " +
    "đơn vị, thời gian thực hiện; các ban, đơn vị thuộc Hội Nông dân tỉnh và Hội Nông dân các huyện, thành phố chủ " +
    "động thực hiện đúng tiến độ."),
  R("II.", "NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN"),
  H1("1.", "Các hoạt động trong tháng 7 và tháng 8 năm 2023"),
  H2("1.1.", "Ban Tuyên huấn Hội Nông dân tỉnh:"),
  ...L([["a)", "Xây dựng đề cương tuyên truyền kỷ niệm 93 năm Ngày thành lập Hội Nông dân Việt Nam, trình Thường " +
    "trực Hội Nông dân tỉnh trước ngày 14/7/2023 (thứ Sáu)."],
  ["b)", "Phát động Cuộc thi viết “Nông dân Bắc Kạn chung sức xây dựng nông thôn mới” vào ngày 15 tháng 7 (thứ Bảy), " +
    "phối hợp với Báo Bắc Kạn đăng tải thể lệ cuộc thi."],
  ["c)", "Tổng hợp, phân loại bài dự thi; đề xuất thành lập Ban Giám khảo trước ngày 15 tháng 9 (thứ Sáu)."]]),
  H2("1.2.", "Ban Kinh tế - Xã hội Hội Nông dân tỉnh chủ trì, phối hợp với Văn phòng Hội Nông dân tỉnh rà soát, " +
    "lựa chọn mô hình kinh tế tập thể, tổ hợp tác do hội viên làm chủ tiêu biểu để tổ chức tham quan, học tập kinh " +
    "nghiệm; hoàn thành ngày 31 tháng 8 (thứ Năm).", { italic: false }),
  H2("1.3.", "Hội Nông dân các huyện, thành phố:"),
  ...L([["a)", "Phát động đợt thi đua cao điểm chào mừng kỷ niệm 93 năm Ngày thành lập Hội; gửi bản đăng ký danh hiệu " +
    "thi đua về Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh trước ngày 28 tháng 7 (thứ Sáu)."],
  ["b)", "Hội Nông dân huyện Chợ Đồn, Hội Nông dân huyện Na Rì chuẩn bị điểm tham quan mô hình kinh tế tập thể của " +
    "hội viên, xong ngày 25 tháng 8 (thứ Sáu)."]]),
  H1("2.", "Các hoạt động trong quý IV năm 2023"),
  H2("2.1.", "Văn phòng Hội Nông dân tỉnh chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức Hội " +
    "chợ nông sản, sản phẩm OCOP và triển lãm thành tựu của nông dân Bắc Kạn: khai mạc ngày 12 tháng 10 (thứ Năm), " +
    "bế mạc ngày 14 tháng 10 (thứ Bảy).", { italic: false }),
  H2("2.2.", "Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh tham mưu khen thưởng tập thể, cá nhân có thành tích xuất sắc " +
    "trong phong trào nông dân thi đua sản xuất, kinh doanh giỏi, trình Ban Thường vụ trước ngày 06 tháng 10 (thứ " +
    "Sáu).", { italic: false }),
  H2("2.3.", "Hội Nông dân các huyện, thành phố tổ chức gặp mặt kỷ niệm 93 năm Ngày thành lập Hội Nông dân Việt Nam " +
    "ở cấp huyện, cấp cơ sở; báo cáo kết quả về Văn phòng Hội Nông dân tỉnh chậm nhất ngày 20 tháng 10 (thứ Sáu).",
  { italic: false }),
  H2("2.4.", "Ban Kinh tế - Xã hội Hội Nông dân tỉnh phối hợp với Ngân hàng Chính sách xã hội tỉnh rà soát, đánh giá " +
    "hiệu quả các dự án vay vốn Quỹ Hỗ trợ nông dân và vốn ủy thác, xong trong tháng 11.", { italic: false }),
  H2("2.5.", "Hội Nông dân các huyện, thành phố báo cáo tổng kết công tác Hội và phong trào nông dân năm 2023 (theo " +
    "đề cương gửi kèm), gửi về Văn phòng Hội Nông dân tỉnh trước ngày 10 tháng 12 (Chủ nhật).", { italic: false }),
  H1("3.", "Tổng kết công tác Hội năm 2023 (thực hiện trong tháng 01 năm 2024)"),
  H2("3.1.", "Văn phòng Hội Nông dân tỉnh xây dựng dự thảo báo cáo tổng kết công tác Hội năm 2023, phương hướng " +
    "nhiệm vụ năm 2024, trình Thường trực Hội trước ngày 05 tháng 01 (thứ Sáu).", { italic: false }),
  H2("3.2.", "Hội Nông dân các huyện, thành phố tổ chức tổng kết công tác Hội ở cấp huyện, cấp cơ sở; hoàn thành " +
    "trước ngày 12 tháng 01 (thứ Sáu).", { italic: false }),
  H2("3.3.", "Hội nghị Ban Chấp hành Hội Nông dân tỉnh tổng kết công tác năm 2023 tổ chức vào ngày 15 tháng 01 (thứ " +
    "Hai); Văn phòng Hội Nông dân tỉnh chủ trì, phối hợp với Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh chuẩn bị nội " +
    "dung, tài liệu, điều kiện tổ chức Hội nghị.", { italic: false }),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  P("1. Văn phòng Hội Nông dân tỉnh là đầu mối theo dõi, đôn đốc các ban, đơn vị và Hội Nông dân các huyện, thành " +
    "phố thực hiện Kế hoạch; tham mưu bố trí kinh phí từ nguồn chi thường xuyên của Hội."),
  P("2. Đề nghị Sở Nông nghiệp và Phát triển nông thôn, Sở Công Thương tạo điều kiện để các hợp tác xã, tổ hợp tác " +
    "của hội viên tham gia trưng bày sản phẩm tại Hội chợ."),
  P("3. Hội Nông dân các huyện, thành phố báo cáo tiến độ thực hiện vào ngày 25 hằng tháng (lồng ghép trong báo cáo " +
    "công tác tháng), gửi về Văn phòng Hội Nông dân tỉnh."),
  ...sign(["Ban Thường vụ TW Hội NDVN (b/c)", "Thường trực Tỉnh ủy (b/c)", "Ban Dân vận Tỉnh ủy",
    "Các đồng chí Ủy viên BCH Hội ND tỉnh", "Các ban, đơn vị thuộc Hội ND tỉnh", "Hội ND các huyện, thành phố"],
  "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH", "Hoàng Thị Thu Hà"),
];

await build(DIR, {
  blocks, printer: "weasyprint", css: "table.nb td{font-size:11.5pt}table.nb:last-of-type td:first-child{text-align:left}",
  expected: {
    id: ID,
    style: "Kế hoạch 128-KH/HNDT of the Ban Chấp hành Hội Nông dân tỉnh Bắc Kạn (issuer two lines: HỘI NÔNG DÂN " +
      "VIỆT NAM / BCH HỘI NÔNG DÂN TỈNH BẮC KẠN), 06/7/2023 (before the reorganisation): 93 years of the Hội and the " +
      "2023 review. A mass organisation assigning work to its OWN offices and district branches. II in three " +
      "parts whose headings carry the year ('1. … tháng 7 và tháng 8 năm 2023', '2. … quý IV năm 2023', '3. Tổng " +
      "kết … (thực hiện trong tháng 01 năm 2024)'); dates under them are written without a year, 'ngày 15 tháng 7 " +
      "(thứ Bảy)': the year is the part heading's, so II.3's are 2024 (the brackets' weekdays agree). Every date " +
      "has its weekday in brackets (not part of the title). 1.1 and 1.3 are unit headings over a), b), c) items " +
      "without a subject (ref II.1.1.a; lead = the heading's unit); 1.2, 2.x, 3.x are one sentence each. 1.3.b " +
      "names its own subject (two district branches). Dates: 1.1.a 'trước ngày 14/7/2023 (thứ Sáu)' -> 13/7 Thu; " +
      "1.1.b 'vào ngày 15 tháng 7 (thứ Bảy)' -> 17/7 Mon; 1.1.c 'trước 15 tháng 9' -> 14/9; 1.2 31/8 Thu; 1.3.a " +
      "'trước 28 tháng 7' -> 27/7; 1.3.b 'xong ngày 25 tháng 8' Fri; 2.1 'khai mạc 12 tháng 10, bế mạc 14 tháng " +
      "10 (thứ Bảy)' -> due the closing day 14/10 (disputable: the opening day) -> 16/10 Mon; 2.2 'trước 06 tháng " +
      "10' -> 5/10; 2.3 'chậm nhất 20 tháng 10' Fri; 2.4 'trong tháng 11' 30/11; 2.5 'trước 10 tháng 12 (Chủ " +
      "nhật)' -> 9/12 Sat -> 11/12 Mon; 3.1 'trước 05 tháng 01' -> 4/1/2024; 3.2 'trước 12 tháng 01' -> 11/1/2024; " +
      "3.3 the Hội nghị 'ngày 15 tháng 01 (thứ Hai)' 15/1/2024, lead Văn phòng (it 'chủ trì' the preparation), " +
      "coordinator Ban Tổ chức - Kiểm tra. 'trình Thường trực / Ban Thường vụ', 'gửi về Văn phòng / Ban …' are " +
      "recipients. III.1-2 undated, III.3 monthly ('ngày 25 hằng tháng'): no task. Units: the Hội's own boards, " +
      "Văn phòng, district branches and Ngân hàng Chính sách xã hội tỉnh are no directory units: as written, " +
      "unresolved. PDF: WeasyPrint of the HTML.",
    province: "Bắc Kạn",
    plan: { number: "128-KH/HNDT", date: "2023-07-06" },
    tasks,
    unresolved: [TH, KT, TC, VP, HUYEN, CD, NR, NHCS],
    successors: [],
  },
});
