// 03: Bắc Kạn, Ban Chỉ đạo cải cách hành chính tỉnh, Kế hoạch 09/KH-BCĐ ngày 22/4/2024 (before the
// reorganisation), áp dụng, duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015 năm 2024. Habit: a STEERING
// COMMITTEE'S plan whose dates are written WITH THE DAY OF THE WEEK ("thứ Sáu, ngày 10/5/2024", "chậm nhất thứ
// Bảy, ngày 15/6/2024", "từ thứ Hai, ngày 09/9/2024 đến thứ Sáu, ngày 27/9/2024"), the tasks in prose under
// phase headings "Giai đoạn 1 … 3", each a "+" line OPENING WITH ITS UNIT and a colon ("Sở Khoa học và Công nghệ
// (Cơ quan thường trực): …"), the partners in a "phối hợp với" clause; one date on a Saturday (a session of the
// committee), one "trước thứ …" and a week named with its days in brackets.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildDoc, dash, lister, plus } from "./common.mjs";

const ID = "03-bac-kan-2024-ban-chi-dao-iso-9001-dates-with-weekday-thu-sau-ngay-phase-headings-unit-colon-plus-lines";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KHCN = "Sở Khoa học và Công nghệ", SNV = "Sở Nội vụ", TTTT = "Sở Thông tin và Truyền thông";
const VP = "Văn phòng UBND tỉnh", DEP = "@departments", DIS = "@districts";
const TDC = "Chi cục Tiêu chuẩn Đo lường Chất lượng";

const R = lister("roman", "parts", { bold: true, indent: false });
const n1 = lister("decimal", "gd", { bold: true, indent: false });
const n4 = lister("decimal", "iv");

const blocks = [
  ...head(["UBND TỈNH BẮC KẠN", "BAN CHỈ ĐẠO CẢI CÁCH\nHÀNH CHÍNH TỈNH"], "Số: 09/KH-BCĐ",
    "Bắc Kạn, ngày 22 tháng 4 năm 2024", "KẾ HOẠCH",
    "Xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO " +
    "9001:2015 tại các cơ quan hành chính nhà nước tỉnh Bắc Kạn năm 2024"),
  P("Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý " +
    "chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành " +
    "chính nhà nước; thực hiện kết luận của Trưởng Ban Chỉ đạo tại phiên họp ngày 12/4/2024, Ban Chỉ đạo cải cách " +
    "hành chính tỉnh ban hành Kế hoạch như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("100% cơ quan hành chính nhà nước cấp tỉnh, cấp huyện, cấp xã công bố, áp dụng Hệ thống quản lý chất lượng " +
    "theo mô hình khung do Bộ Khoa học và Công nghệ ban hành."),
  dash("Phân công rõ cơ quan chủ trì, thời hạn hoàn thành; bảo đảm thiết thực, hiệu quả, không hình thức."),
  R("II.", "NỘI DUNG VÀ LỊCH TRIỂN KHAI"),
  n1("1.", "Giai đoạn 1: Chuẩn bị (tháng 5 - tháng 6/2024)"),
  plus("Sở Khoa học và Công nghệ (Cơ quan thường trực về ISO): phối hợp với Chi cục Tiêu chuẩn Đo lường Chất " +
    "lượng ban hành văn bản hướng dẫn xây dựng Hệ thống quản lý chất lượng theo mô hình khung cho UBND cấp xã; " +
    "hoàn thành thứ Sáu, ngày 10/5/2024."),
  plus("Các sở, ban, ngành; UBND các huyện, thành phố: rà soát, cập nhật các thủ tục hành chính mới được công bố " +
    "vào Hệ thống quản lý chất lượng của cơ quan, chậm nhất thứ Sáu, ngày 31/5/2024."),
  plus("Sở Thông tin và Truyền thông: chủ trì, phối hợp với Sở Khoa học và Công nghệ đưa phần mềm ISO điện tử dùng " +
    "chung vào vận hành thử tại 05 cơ quan; báo cáo Ban Chỉ đạo tại phiên họp thứ Bảy, ngày 15/6/2024."),
  plus("Sở Nội vụ: lồng ghép tiêu chí áp dụng ISO vào Bộ tiêu chí xác định Chỉ số cải cách hành chính cấp huyện, " +
    "cấp sở; thời gian thực hiện trong tháng 6/2024."),
  n1("2.", "Giai đoạn 2: Triển khai áp dụng (tháng 7 - tháng 9/2024)"),
  plus("UBND các huyện, thành phố: chỉ đạo 100% UBND cấp xã công bố Hệ thống quản lý chất lượng, xong trước thứ " +
    "Hai, ngày 01/7/2024."),
  plus("Sở Khoa học và Công nghệ: tổ chức 02 lớp tập huấn chuyên gia đánh giá nội bộ trong tuần thứ hai của tháng " +
    "7/2024 (từ thứ Hai, ngày 08/7 đến thứ Sáu, ngày 12/7/2024)."),
  plus("Văn phòng UBND tỉnh: công bố lại Hệ thống quản lý chất lượng của Văn phòng sau khi cập nhật quy trình nội " +
    "bộ giải quyết thủ tục hành chính, thứ Năm, ngày 15/8/2024."),
  plus("Đoàn kiểm tra liên ngành (Sở Khoa học và Công nghệ chủ trì, Sở Nội vụ và Văn phòng UBND tỉnh phối hợp): " +
    "kiểm tra việc áp dụng, duy trì tại 05 sở và 04 huyện từ thứ Hai, ngày 09/9/2024 đến thứ Sáu, ngày " +
    "27/9/2024."),
  n1("3.", "Giai đoạn 3: Đánh giá, báo cáo (tháng 10 - tháng 12/2024)"),
  plus("Các sở, ban, ngành; UBND các huyện, thành phố: tự đánh giá, báo cáo kết quả xây dựng, áp dụng, duy trì " +
    "Hệ thống quản lý chất lượng năm 2024 gửi Sở Khoa học và Công nghệ trước thứ Sáu, ngày 15/11/2024."),
  plus("Sở Khoa học và Công nghệ: tổng hợp, tham mưu Ban Chỉ đạo báo cáo UBND tỉnh và Bộ Khoa học và Công nghệ; " +
    "trình Ban Chỉ đạo thứ Tư, ngày 04/12/2024."),
  plus("Các cơ quan, đơn vị: duy trì, cải tiến Hệ thống quản lý chất lượng; thực hiện thường xuyên, liên tục."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Thành viên Ban Chỉ đạo theo dõi, đôn đốc việc thực hiện Kế hoạch tại ngành, lĩnh vực được phân công " +
    "phụ trách."),
  n4("2.", "Sở Khoa học và Công nghệ là cơ quan thường trực, giúp Ban Chỉ đạo theo dõi, tổng hợp; kịp thời báo cáo " +
    "Trưởng Ban Chỉ đạo những khó khăn, vướng mắc."),
  ...sign(["Thường trực UBND tỉnh (b/c)", "Các thành viên BCĐ", "Các sở, ban, ngành", "UBND các huyện, thành phố"],
    "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nPHÓ CHỦ TỊCH UBND TỈNH", "Đinh Quang Tuyên"),
];

const tasks = [
  task("II.1.1", "ban hành văn bản hướng dẫn xây dựng Hệ thống quản lý chất lượng theo mô hình khung cho UBND cấp xã",
    "2024-05-10", [KHCN], [TDC]),
  task("II.1.2", "rà soát, cập nhật các thủ tục hành chính mới được công bố vào Hệ thống quản lý chất lượng",
    "2024-05-31", [DEP, DIS]),
  task("II.1.3", "đưa phần mềm ISO điện tử dùng chung vào vận hành thử tại 05 cơ quan", "2024-06-15", [TTTT], [KHCN]),
  task("II.1.4", "lồng ghép tiêu chí áp dụng ISO vào Bộ tiêu chí xác định Chỉ số cải cách hành chính", "2024-06-30",
    [SNV]),
  task("II.2.1", "chỉ đạo 100% UBND cấp xã công bố Hệ thống quản lý chất lượng", "2024-06-30", [DIS]),
  task("II.2.2", "tổ chức 02 lớp tập huấn chuyên gia đánh giá nội bộ", "2024-07-12", [KHCN]),
  task("II.2.3", "công bố lại Hệ thống quản lý chất lượng của Văn phòng", "2024-08-15", [VP]),
  task("II.2.4", "kiểm tra việc áp dụng, duy trì tại 05 sở và 04 huyện", "2024-09-27", [KHCN], [SNV, VP]),
  task("II.3.1", "tự đánh giá, báo cáo kết quả xây dựng, áp dụng, duy trì Hệ thống quản lý chất lượng năm 2024",
    "2024-11-14", [DEP, DIS]),
  task("II.3.2", "tổng hợp, tham mưu Ban Chỉ đạo báo cáo UBND tỉnh và Bộ Khoa học và Công nghệ", "2024-12-04", [KHCN]),
];

const WORK = "Refs II.<phase>.<n>: the n-th '+' line of the phase (the '+' lines are Word bullets, counted by " +
  "position). The unit before the colon leads; 'phối hợp với X' coordinates (II.1.1 the Chi cục, kept as written, " +
  "unresolved; II.1.3 'chủ trì, phối hợp với Sở KH&CN'). The weekday only names the day; the date is read: II.1.1 " +
  "thứ Sáu 10/5; II.1.2 'chậm nhất thứ Sáu, ngày 31/5/2024' 31/5, 'Các sở, ban, ngành; UBND các huyện, thành " +
  "phố' = @departments + @districts; II.1.3 'báo cáo Ban Chỉ đạo tại phiên họp thứ Bảy, ngày 15/6/2024' the " +
  "task's day 15/6, a Saturday -> 17/6; II.1.4 'trong tháng 6/2024' 30/6 Sun -> 01/7; II.2.1 'xong trước thứ Hai, " +
  "ngày 01/7/2024' read 'trước X' = 30/6 (Sun) -> 01/7; II.2.2 a week 'từ thứ Hai, ngày 08/7 đến thứ Sáu, ngày " +
  "12/7/2024' ends 12/7; II.2.3 15/8; II.2.4 the inspection team: Sở KH&CN 'chủ trì' leads, Sở Nội vụ and Văn " +
  "phòng UBND tỉnh coordinate, range end 27/9; II.3.1 'gửi Sở KH&CN trước thứ Sáu, ngày 15/11/2024' 14/11 (the " +
  "department a recipient); II.3.2 'trình Ban Chỉ đạo thứ Tư, ngày 04/12/2024' 04/12 (the ministry and " +
  "UBND tỉnh recipients); II.3.3 'thường xuyên' no task. The phase headings' month spans are not deadlines; the " +
  "committee's session of 12/4/2024 and Decision 19/2014 are no deadlines; part III has no time.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "weasyprint",
  expected: {
    id: ID,
    style: "Kế hoạch 09/KH-BCĐ of Ban Chỉ đạo cải cách hành chính tỉnh Bắc Kạn (before the reorganisation), " +
      "22/4/2024, ISO 9001:2015. HABIT: A STEERING COMMITTEE'S PLAN WITH DATES WRITTEN WITH THE DAY OF THE WEEK, " +
      "phase headings and '+' lines opening with their unit and a colon. " + WORK + " PDF: WeasyPrint.",
    province: "Bắc Kạn",
    plan: { number: "09/KH-BCĐ", date: "2024-04-22" },
    tasks,
    unresolved: [TDC],
    successors: [],
  },
});
