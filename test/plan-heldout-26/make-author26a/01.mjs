// 01: Bắc Kạn before the reorganisation (22/7/2024) — UBND tỉnh's plan for preparing the 2024-2025 school year.
// Prose: III has one numbered sub-heading per unit ("1. Sở Giáo dục và Đào tạo") and lettered points a), b) …
// with no subject (they take the heading's unit), the Vietnamese letter "đ)" included. Deadlines are worded in
// many ways: dates in words ("ngày mười lăm tháng tám năm 2024"), "trước 17 giờ ngày …", "chậm nhất là ngày …",
// "hạn cuối: ngày 20 tháng 8 năm 2024", an en-dash range "05–09/8/2024", "trong tuần đầu tháng 9/2024".
// In the auto docx the letters are a Word list; "đ)" has no Word letter, so it is typed and the list after it
// restarts at "e)" (start 5), as Vietnamese Word users do. plan.pdf: LibreOffice.
import { assertWeek, build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-bac-kan-2024-school-year-unit-subheadings-dates-in-words-hour-cutoffs";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const GD = "Sở Giáo dục và Đào tạo";
const NV = "Sở Nội vụ";
const TC = "Sở Tài chính";
const YT = "Sở Y tế";
const CA = "Công an tỉnh";
const HUYEN = "@districts";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const unit = (num, text) => ({ t: "p", num, text, bold: true, list: { kind: "decimal", inst: "III" } });
const L = (inst, start) => (num, text) => ({ t: "p", num, text, list: { kind: "letter", inst, start } });
const typed = (num, text) => ({ t: "p", num, text });
const d1 = (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst: "I" } });
const n4 = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "IV" } });
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const l1 = L("L1");
const l1e = L("L1e", 5);
const l2 = L("L2");
const l3 = L("L3");
const l4 = L("L4");
const l5 = L("L5");
const l6 = L("L6");

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 412/KH-UBND", "Bắc Kạn, ngày 22 tháng 7 năm 2024",
    "KẾ HOẠCH", "Chuẩn bị các điều kiện bảo đảm cho năm học 2024-2025 trên địa bàn tỉnh Bắc Kạn"),
  plain("Thực hiện Quyết định số 2045/QĐ-BGDĐT ngày 15/7/2024 của Bộ Giáo dục và Đào tạo ban hành Khung kế hoạch " +
    "thời gian năm học 2024-2025 của giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên; để các cơ sở " +
    "giáo dục bước vào năm học mới chủ động, đúng kế hoạch, UBND tỉnh ban hành Kế hoạch như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("Bảo đảm đủ trường, lớp, giáo viên, sách giáo khoa, thiết bị dạy học để tổ chức Lễ khai giảng và dạy học " +
    "từ tuần đầu năm học; năm học 2024-2025 là năm cuối thực hiện thay sách đối với lớp 5, lớp 9 và lớp 12."),
  d1("Phân công rõ cơ quan chịu trách nhiệm, thời hạn hoàn thành từng việc; không để học sinh nào không được đến " +
    "trường vì thiếu điều kiện học tập."),
  sec("II.", "KẾT QUẢ CHUẨN BỊ ĐÃ THỰC HIỆN"),
  plain("Đến nay, Sở Giáo dục và Đào tạo đã tổ chức xong Kỳ thi tuyển sinh vào lớp 10 năm học 2024-2025 (ngày " +
    "05-06/6/2024) và tổng kết năm học 2023-2024; các huyện, thành phố đã hoàn thành rà soát mạng lưới trường, " +
    "lớp. Những việc này không nhắc lại trong Kế hoạch."),
  sec("III.", "NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
  unit("1.", "Sở Giáo dục và Đào tạo (sau đây viết tắt là Sở GD&ĐT)"),
  l1("a)", "Ban hành hướng dẫn thực hiện nhiệm vụ năm học 2024-2025 đối với giáo dục mầm non, giáo dục phổ " +
    "thông và giáo dục thường xuyên; xong trước ngày mười lăm tháng tám năm 2024."),
  l1("b)", "Chủ trì, phối hợp với Sở Tài chính tổng hợp nhu cầu sách giáo khoa lớp 5, lớp 9, lớp 12 cho học sinh " +
    "thuộc đối tượng được hỗ trợ; gửi Sở Tài chính chậm nhất là ngày 02/8/2024."),
  l1("c)", "Tổ chức bồi dưỡng giáo viên dạy lớp 5, lớp 9, lớp 12 theo Chương trình giáo dục phổ thông 2018, từ " +
    "ngày 05–09/8/2024 tại Trường Cao đẳng Bắc Kạn."),
  l1("d)", "Chỉ đạo các trường trung học phổ thông rà soát kế hoạch giáo dục nhà trường hằng năm theo hướng dẫn."),
  typed("đ)", "Kiểm tra việc tổ chức Lễ khai giảng và ổn định nền nếp dạy học tại các huyện, thành phố trong tuần " +
    "đầu tháng 9/2024."),
  l1e("e)", "Tổng hợp kết quả chuẩn bị năm học của toàn tỉnh, báo cáo UBND tỉnh trước 17 giờ ngày 30/8/2024."),
  unit("2.", "Sở Nội vụ"),
  l2("a)", "Chủ trì, phối hợp với Sở GD&ĐT thẩm định, trình UBND tỉnh giao bổ sung số lượng người làm việc cho " +
    "các trường còn thiếu giáo viên; hạn cuối: ngày 20 tháng 8 năm 2024."),
  unit("3.", "Sở Tài chính"),
  l3("a)", "Tham mưu bố trí kinh phí mua sắm thiết bị dạy học tối thiểu lớp 5, lớp 9, lớp 12; hoàn thành trong " +
    "tháng 8/2024."),
  l3("b)", "Hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí hỗ trợ học sinh theo quy định."),
  unit("4.", "Sở Y tế"),
  l4("a)", "Phối hợp với Sở GD&ĐT hướng dẫn các trường kiểm tra sức khỏe học sinh đầu năm học, vệ sinh trường " +
    "lớp, phòng, chống dịch bệnh mùa khai giảng; chậm nhất ngày mười tháng chín năm 2024."),
  unit("5.", "Công an tỉnh"),
  l5("a)", "Bảo đảm an ninh, trật tự, an toàn giao thông khu vực cổng trường trong suốt năm học."),
  l5("b)", "Phối hợp với Sở GD&ĐT tuyên truyền pháp luật về trật tự, an toàn giao thông cho học sinh trung học " +
    "trong tháng 9/2024."),
  unit("6.", "UBND các huyện, thành phố"),
  l6("a)", "Sửa chữa phòng học xuống cấp, nhà vệ sinh, công trình nước sạch tại các điểm trường; xong trước ngày " +
    "25 tháng 8 năm 2024."),
  l6("b)", "Điều động, bố trí giáo viên giữa các trường bảo đảm đủ giáo viên các môn học; chậm nhất là ngày " +
    "26/8/2024."),
  l6("c)", "Huy động trẻ em 6 tuổi vào lớp 1, trẻ em hoàn thành chương trình tiểu học vào lớp 6; báo cáo số liệu " +
    "huy động (qua Sở GD&ĐT) trước 17 giờ ngày 28/8/2024."),
  l6("d)", "Chỉ đạo các trường tổ chức Lễ khai giảng năm học mới ngắn gọn, trang trọng vào ngày 05/9/2024."),
  unit("7.", "Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh"),
  plain("Thường xuyên đưa tin về công tác chuẩn bị năm học mới, gương người tốt, việc tốt trong ngành giáo dục."),
  sec("IV.", "CHẾ ĐỘ BÁO CÁO"),
  n4("1.", "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố báo cáo kết quả thực hiện nhiệm vụ được giao tại " +
    "Kế hoạch này về Sở GD&ĐT trước ngày hai mươi tám tháng tám năm 2024."),
  n4("2.", "Trong năm học, Sở GD&ĐT báo cáo UBND tỉnh tình hình đội ngũ, cơ sở vật chất hằng quý; đột xuất khi " +
    "có yêu cầu./."),
  ...sign(["Bộ Giáo dục và Đào tạo (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố", "Báo Bắc Kạn, Đài PT-TH tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"),
];

assertWeek("2024-09-06", 2024, 9, 1);
const tasks = [
  task("III.1.a", "Ban hành hướng dẫn thực hiện nhiệm vụ năm học 2024-2025 đối với giáo dục mầm non, giáo dục phổ " +
    "thông và giáo dục thường xuyên", "2024-08-14", [GD]),
  task("III.1.b", "Tổng hợp nhu cầu sách giáo khoa lớp 5, lớp 9, lớp 12 cho học sinh thuộc đối tượng được hỗ trợ",
    "2024-08-02", [GD], [TC]),
  task("III.1.c", "Tổ chức bồi dưỡng giáo viên dạy lớp 5, lớp 9, lớp 12 theo Chương trình giáo dục phổ thông 2018",
    "2024-08-09", [GD]),
  task("III.1.đ", "Kiểm tra việc tổ chức Lễ khai giảng và ổn định nền nếp dạy học tại các huyện, thành phố",
    "2024-09-06", [GD]),
  task("III.1.e", "Tổng hợp kết quả chuẩn bị năm học của toàn tỉnh, báo cáo UBND tỉnh", "2024-08-30", [GD]),
  task("III.2.a", "Thẩm định, trình UBND tỉnh giao bổ sung số lượng người làm việc cho các trường còn thiếu giáo " +
    "viên", "2024-08-20", [NV], [GD]),
  task("III.3.a", "Tham mưu bố trí kinh phí mua sắm thiết bị dạy học tối thiểu lớp 5, lớp 9, lớp 12", "2024-08-31",
    [TC]),
  task("III.4.a", "Hướng dẫn các trường kiểm tra sức khỏe học sinh đầu năm học, vệ sinh trường lớp, phòng, chống " +
    "dịch bệnh mùa khai giảng", "2024-09-10", [YT], [GD]),
  task("III.5.b", "Tuyên truyền pháp luật về trật tự, an toàn giao thông cho học sinh trung học", "2024-09-30", [CA],
    [GD]),
  task("III.6.a", "Sửa chữa phòng học xuống cấp, nhà vệ sinh, công trình nước sạch tại các điểm trường",
    "2024-08-24", [HUYEN]),
  task("III.6.b", "Điều động, bố trí giáo viên giữa các trường bảo đảm đủ giáo viên các môn học", "2024-08-26",
    [HUYEN]),
  task("III.6.c", "Huy động trẻ em 6 tuổi vào lớp 1, trẻ em hoàn thành chương trình tiểu học vào lớp 6; báo cáo " +
    "số liệu huy động (qua Sở GD&ĐT)", "2024-08-28", [HUYEN]),
  task("III.6.d", "Chỉ đạo các trường tổ chức Lễ khai giảng năm học mới ngắn gọn, trang trọng", "2024-09-05",
    [HUYEN]),
  task("IV.1", "Báo cáo kết quả thực hiện nhiệm vụ được giao tại Kế hoạch này về Sở GD&ĐT", "2024-08-27",
    ["@departments", HUYEN]),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 412/KH-UBND of UBND tỉnh Bắc Kạn, 22/7/2024 (before the reorganisation: districts), preparing " +
      "the 2024-2025 school year. Prose: I dashes, II done work (no tasks), III one numbered sub-heading per unit " +
      "('1. Sở Giáo dục và Đào tạo (sau đây viết tắt là Sở GD&ĐT)' … '7. Báo Bắc Kạn, Đài …') with lettered points " +
      "a), b) … that have no subject and take the heading's unit; III.1 runs a b c d đ e ('đ' typed in the auto " +
      "docx, the Word list restarts at e). IV two numbered report items. ref = III.<unit>.<letter>, IV.<n>. " +
      "Deadline wording and reading: dates in words 'xong trước ngày mười lăm tháng tám năm 2024' -> 14/8, 'chậm " +
      "nhất ngày mười tháng chín năm 2024' -> 10/9, 'trước ngày hai mươi tám tháng tám năm 2024' -> 27/8; 'chậm " +
      "nhất là ngày 02/8' -> 2/8; 'từ ngày 05–09/8/2024' (en dash) -> 9/8; 'trước 17 giờ ngày X' = X (an hour on " +
      "day X: the work is due that day, not the day before) -> 30/8, 28/8; 'hạn cuối: ngày 20 tháng 8 năm 2024' -> " +
      "20/8; 'trong tháng 8/2024' -> 31/8 Sat (2-3/9 off) -> 4/9; 'xong trước ngày 25 tháng 8' -> 24/8 Sat -> 26/8; " +
      "'vào ngày 05/9/2024' -> 5/9; 'trong tháng 9/2024' -> 30/9. Week rule: 'tuần thứ n (của) tháng M' = days " +
      "7(n-1)+1..7n of the month, due = the last working day in it: 'tuần đầu tháng 9/2024' = 1-7/9 (2-3/9 off) -> " +
      "Fri 6/9. Leads: the heading's unit; 'chủ trì, phối hợp với Y' and 'Phối hợp với Y …' opening a point give Y " +
      "as coordinator (the heading's unit leads). 'gửi Sở Tài chính', 'báo cáo UBND tỉnh', '(qua Sở GD&ĐT)', 'về " +
      "Sở GD&ĐT' are recipients. 'Các sở, ban, ngành tỉnh' = @departments, 'UBND các huyện, thành phố' = " +
      "@districts. Left out: III.1.d (hằng năm), III.3.b and III.5.a (undated, trong suốt năm học), III.7 " +
      "(thường xuyên), IV.2 (hằng quý), II (done). PDF: LibreOffice from the auto docx.",
    province: "Bắc Kạn",
    plan: { number: "412/KH-UBND", date: "2024-07-22" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
