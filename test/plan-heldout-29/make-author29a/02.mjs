// 02: Bắc Kạn (before the reorganisation), Sở Y tế, 12/4/2023 — summer-autumn communicable diseases. A prose plan
// pasted into Word from a PDF: bullets are Symbol/Wingdings private-use characters (U+F0B7 "", U+F0A7 "")
// beside typed "•" and "–"; items "1.1.", "1.2.", "2.1." under "1."/"2." headings of II; every item ends with its
// time in italics in brackets "(Thời hạn: …)"; some lines are hard-broken mid-sentence (a w:br where the PDF
// broke the line). plan-auto.docx: I./II./III. and 1./1.1. from numbering.xml, and "" / "" as Word bullets
// whose lvlText is the private-use character in the Symbol / Wingdings font; "•", "–" stay typed.
// plan.pdf: LibreOffice export of plan-auto.docx, distilled again by Ghostscript.
import { addKind, build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-bac-kan-2023-syt-pdf-paste-symbol-bullets-decimal-items-italic-time-brackets-hard-breaks";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
addKind("outline", { levels: [["decimal", "%1."], ["decimal", "%1.%2."]] });
addKind("sym", ["bullet", "\uF0B7", "Symbol"]);
addKind("wd", ["bullet", "\uF0A7", "Wingdings"]);

const CDC = "Trung tâm Kiểm soát bệnh tật tỉnh";
const NVY = "Phòng Nghiệp vụ Y";
const TTYT = "Trung tâm Y tế các huyện, thành phố";
const BV = "Bệnh viện Đa khoa tỉnh";
const KHTC = "Phòng Kế hoạch - Tài chính";
const VPS = "Văn phòng Sở";
const DNVT = "các doanh nghiệp viễn thông trên địa bàn";

let nb = 0;
const B = (text, kind = "sym") => ({ t: "p", text, num: kind === "sym" ? "\uF0B7" : "\uF0A7",
  numFont: kind === "sym" ? "Symbol" : "Wingdings", list: { kind, inst: "b" + ++nb } });
const T = (text) => ({ t: "p", text, indent: false });
const R = (num, text) => ({ t: "p", text, num, bold: true, list: { kind: "roman", inst: "r" } });
const H = (num, text) => ({ t: "p", text, num, bold: true, list: { kind: "outline", inst: "ii", lvl: 0 } });
const I = (num, text, time) => ({ t: "p", text, num, tail: `(Thời hạn: ${time})`,
  list: { kind: "outline", inst: "ii", lvl: 1 } });
const D = (num, text, time) => ({ t: "p", text, num, tail: `(Thời hạn: ${time})`,
  list: { kind: "decimal", inst: "iii" } });

const blocks = [
  ...head("UBND TỈNH BẮC KẠN\nSỞ Y TẾ", "Số: 1265/KH-SYT", "Bắc Kạn, ngày 12 tháng 4 năm 2023", "KẾ HOẠCH",
    "Phòng, chống bệnh truyền nhiễm mùa hè - thu năm 2023 trên địa bàn tỉnh Bắc Kạn"),
  { t: "p", text: "Thực hiện Công văn số 1520/BYT-DP ngày 24/3/2023 của Bộ Y tế về tăng cường phòng, chống dịch " +
    "bệnh mùa hè; để chủ động ứng phó với các bệnh truyền nhiễm thường gia tăng trong mùa hè - thu, Sở Y tế xây " +
    "dựng Kế hoạch như sau:" },
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  B("Chủ động phát hiện sớm, khoanh vùng, xử lý kịp thời các ổ dịch sốt xuất huyết, tay chân miệng, tiêu chảy " +
    "cấp; không để dịch lan rộng, kéo dài."),
  B("Giảm tỷ lệ mắc, không để tử vong do sốt xuất huyết Dengue so với cùng kỳ năm\n2022."),
  B("Phân công cụ thể trách nhiệm của các phòng chức năng thuộc Sở, các đơn vị y tế trực thuộc; huy động sự " +
    "phối hợp của các sở, ngành, địa phương."),
  R("II.", "NỘI DUNG, NHIỆM VỤ"),
  H("1.", "Công tác chỉ đạo, điều hành"),
  I("1.1.", "Phòng Nghiệp vụ Y chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh tham mưu Giám đốc Sở " +
    "trình UBND tỉnh ban hành văn bản chỉ đạo công tác phòng, chống dịch bệnh mùa hè - thu năm 2023.",
  "trước ngày 25/4/2023"),
  I("1.2.", "Văn phòng Sở tham mưu kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh của ngành; phân công thành " +
    "viên phụ trách, theo dõi từng huyện, thành phố.", "trong tháng 4/2023"),
  I("1.3.", "Phòng Nghiệp vụ Y chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh kiểm tra công tác chuẩn " +
    "bị phòng, chống dịch tại Trung tâm Y tế các\nhuyện, thành phố và một số trạm y tế xã.", "tháng 6/2023"),
  H("2.", "Công tác giám sát, phòng chống dịch"),
  I("2.1.", "Trung tâm Kiểm soát bệnh tật tỉnh duy trì giám sát trọng điểm, giám sát ca bệnh tại cộng đồng:",
    "thường xuyên"),
  B("giám sát véc tơ truyền bệnh sốt xuất huyết tại các điểm nguy cơ cao;", "wd"),
  B("lấy mẫu xét nghiệm xác định tác nhân gây bệnh đối với các ca bệnh nghi ngờ.", "wd"),
  I("2.2.", "Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Trung tâm Y tế các huyện, thành phố tổ chức " +
    "chiến dịch diệt lăng quăng/bọ gậy đợt 1 tại các xã, phường có ổ dịch cũ.", "từ 15/5 đến 15/6/2023"),
  I("2.3.", "Trung tâm Y tế các huyện, thành phố chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh tổ " +
    "chức chiến dịch diệt lăng quăng/bọ gậy đợt 2 tại các xã, phường, thị trấn còn lại.",
  "hoàn thành trước\n31/8/2023"),
  I("2.4.", "Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh lập dự trù kinh " +
    "phí mua hóa chất, vật tư phòng, chống dịch, gửi Sở Tài chính thẩm định.", "chậm nhất ngày 15/5/2023"),
  H("3.", "Công tác thu dung, điều trị"),
  I("3.1.", "Bệnh viện Đa khoa tỉnh tổ chức tập huấn cập nhật hướng dẫn chẩn đoán, điều trị sốt xuất huyết " +
    "Dengue, bệnh tay chân miệng cho nhân viên y tế tuyến huyện, xã.", "quý II/2023"),
  I("3.2.", "Trung tâm Y tế các huyện, thành phố bố trí khu vực điều trị, cách ly; chuẩn bị sẵn sàng thuốc, " +
    "dịch truyền, trang thiết bị cấp cứu.", "đầu tháng 6/2023"),
  I("3.3.", "Phòng Nghiệp vụ Y kiểm tra việc phân luồng, cách ly, điều trị người bệnh tại:",
    "tuần thứ 2 của tháng 7/2023"),
  T("• Bệnh viện Đa khoa tỉnh;"),
  T("• Trung tâm Y tế các huyện, thành phố."),
  H("4.", "Công tác truyền thông"),
  I("4.1.", "Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Đài Phát thanh - Truyền hình tỉnh, Báo Bắc Kạn xây " +
    "dựng phóng sự, tin bài hướng dẫn người dân các biện pháp phòng bệnh:", "tháng 5/2023"),
  T("– ngủ màn, diệt muỗi, loại bỏ dụng cụ chứa nước đọng;"),
  T("– ăn chín, uống chín, rửa tay bằng xà phòng."),
  I("4.2.", "Đề nghị Sở Thông tin và Truyền thông phối hợp với các doanh nghiệp viễn thông trên địa bàn gửi tin " +
    "nhắn khuyến cáo phòng, chống sốt xuất huyết đến các thuê bao di động trên địa bàn tỉnh.",
  "trước ngày 01/6/2023"),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  D("1.", "Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục tổ chức tổng vệ sinh, diệt bọ gậy trong " +
    "khuôn viên trường học trước khi bước vào năm học mới.", "trước ngày 05/9/2023"),
  D("2.", "Đề nghị UBND các huyện, thành phố chỉ đạo UBND các xã, phường, thị trấn ra quân tổng vệ sinh môi " +
    "trường, xử lý dụng cụ chứa nước đọng tại\nkhu dân cư.", "giữa tháng 7/2023"),
  D("3.", "Trung tâm Kiểm soát bệnh tật tỉnh là đầu mối tổng hợp, báo cáo Sở Y tế (qua Phòng Nghiệp vụ Y) kết " +
    "quả thực hiện Kế hoạch.", "trước ngày 20/11/2023"),
  D("4.", "Các đơn vị y tế trực thuộc báo cáo nhanh tình hình dịch bệnh về Trung tâm Kiểm soát bệnh tật tỉnh.",
    "thứ Sáu hằng tuần"),
  { t: "p", text: "Trên đây là Kế hoạch phòng, chống bệnh truyền nhiễm mùa hè - thu năm 2023 của Sở Y tế. Đề nghị " +
    "các đơn vị nghiêm túc triển khai thực hiện./." },
  ...sign(["UBND tỉnh (b/c)", "Cục Y tế dự phòng (b/c)", "Sở GD&ĐT, Sở TT&TT", "UBND các huyện, thành phố",
    "Các đơn vị trực thuộc Sở", "Đài PT-TH tỉnh, Báo Bắc Kạn"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
  "Hoàng Thị Thu Hà"),
];

const tasks = [
  task("II.1.1", "Tham mưu Giám đốc Sở trình UBND tỉnh ban hành văn bản chỉ đạo công tác phòng, chống dịch bệnh " +
    "mùa hè - thu năm 2023", "2023-04-24", [NVY], [CDC]),
  task("II.1.2", "Tham mưu kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh của ngành", "2023-04-30", [VPS]),
  task("II.1.3", "Kiểm tra công tác chuẩn bị phòng, chống dịch tại Trung tâm Y tế các huyện, thành phố và một số " +
    "trạm y tế xã", "2023-06-30", [NVY], [CDC]),
  task("II.2.2", "Tổ chức chiến dịch diệt lăng quăng/bọ gậy đợt 1 tại các xã, phường có ổ dịch cũ", "2023-06-15",
    [CDC], [TTYT]),
  task("II.2.3", "Tổ chức chiến dịch diệt lăng quăng/bọ gậy đợt 2 tại các xã, phường, thị trấn còn lại",
    "2023-08-30", [TTYT], [CDC]),
  task("II.2.4", "Lập dự trù kinh phí mua hóa chất, vật tư phòng, chống dịch, gửi Sở Tài chính thẩm định",
    "2023-05-15", [KHTC], [CDC]),
  task("II.3.1", "Tập huấn cập nhật hướng dẫn chẩn đoán, điều trị sốt xuất huyết Dengue, bệnh tay chân miệng cho " +
    "nhân viên y tế tuyến huyện, xã", "2023-06-30", [BV]),
  task("II.3.2", "Bố trí khu vực điều trị, cách ly; chuẩn bị sẵn sàng thuốc, dịch truyền, trang thiết bị cấp cứu",
    "2023-06-10", [TTYT]),
  task("II.3.3", "Kiểm tra việc phân luồng, cách ly, điều trị người bệnh", "2023-07-14", [NVY]),
  task("II.4.1", "Xây dựng phóng sự, tin bài hướng dẫn người dân các biện pháp phòng bệnh", "2023-05-31", [CDC],
    ["Đài Phát thanh - Truyền hình tỉnh", "Báo Bắc Kạn"]),
  task("II.4.2", "Gửi tin nhắn khuyến cáo phòng, chống sốt xuất huyết đến các thuê bao di động trên địa bàn tỉnh",
    "2023-05-31", ["Sở Thông tin và Truyền thông"], [DNVT]),
  task("III.1", "Chỉ đạo các cơ sở giáo dục tổ chức tổng vệ sinh, diệt bọ gậy trong khuôn viên trường học trước " +
    "năm học mới", "2023-09-04", ["Sở Giáo dục và Đào tạo"]),
  task("III.2", "Chỉ đạo UBND các xã, phường, thị trấn ra quân tổng vệ sinh môi trường, xử lý dụng cụ chứa nước " +
    "đọng tại khu dân cư", "2023-07-15", ["@districts"]),
  task("III.3", "Tổng hợp, báo cáo Sở Y tế kết quả thực hiện Kế hoạch", "2023-11-19", [CDC]),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 1265/KH-SYT of Sở Y tế Bắc Kạn, 12/4/2023 (before the reorganisation), summer-autumn " +
      "communicable diseases. Text pasted into Word from a PDF: bullets are private-use Symbol/Wingdings " +
      "characters (U+F0B7, U+F0A7) beside typed '•' and '–'; II has headings 1.-4. and items '1.1.' … '4.2.', " +
      "each item ending with its time in italics '(Thời hạn: …)'; lines hard-broken mid-sentence (in a unit " +
      "name 'Trung tâm Y tế các / huyện, thành phố' in 1.3, inside the time bracket of 2.3 'hoàn thành trước / " +
      "31/8/2023'). ref = outline path: II.1.1 … II.4.2, III.n. Lead = subject / 'X chủ trì' / 'Đề nghị X'; " +
      "'phối hợp với Y' coordinates. In 1.3 and 3.3 the Trung tâm Y tế / Bệnh viện named after 'tại' are places " +
      "checked, not units of the task. Dates: 'trước ngày 25/4/2023' -> 24/4; 'trong tháng 4/2023' -> 30/4 Sun " +
      "(30/4-3/5 off) -> 4/5; 'tháng 6/2023', 'quý II/2023' -> 30/6; 'từ 15/5 đến 15/6/2023' -> 15/6; 'hoàn " +
      "thành trước 31/8/2023' -> 30/8; 'chậm nhất ngày 15/5/2023'; 'đầu tháng 6/2023' -> 10/6 Sat -> 12/6; " +
      "'tuần thứ 2 của tháng 7/2023' -> 14/7; 'tháng 5/2023' -> 31/5; 'trước ngày 01/6/2023' -> 31/5; 'trước " +
      "ngày 05/9/2023' -> 4/9 (holiday) -> 5/9; 'giữa tháng 7/2023' -> 15/7 Sat -> 17/7; 'trước ngày " +
      "20/11/2023' -> 19/11 Sun -> 20/11. Left out: II.2.1 '(Thời hạn: thường xuyên)', III.4 'thứ Sáu hằng " +
      "tuần', I (aims). 'gửi Sở Tài chính', 'báo cáo Sở Y tế (qua Phòng Nghiệp vụ Y)': recipients. 'UBND các " +
      "huyện, thành phố' = @districts. The Sở's own offices, its hospital, CDC, 'Trung tâm Y tế các huyện, thành " +
      "phố' and 'các doanh nghiệp viễn thông trên địa bàn' (partial group, 4.2) are unresolved as written. PDF: " +
      "LibreOffice, then Ghostscript.",
    province: "Bắc Kạn",
    plan: { number: "1265/KH-SYT", date: "2023-04-12" },
    tasks,
    unresolved: [NVY, CDC, VPS, TTYT, KHTC, BV, DNVT],
    successors: [],
  },
});
