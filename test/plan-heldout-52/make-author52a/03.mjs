// 03: Bắc Kạn (before the reorganisation), Kế hoạch 112/KH-UBND ngày 26/02/2024 of UBND tỉnh, hoạt động nâng cao
// Chỉ số SIPAS và PAPI năm 2024. Habit: TENTATIVE TIMES, "dự kiến": conferences, training, surveys and inspections
// planned "dự kiến trong tháng 3/2024", "dự kiến ngày 23/4/2024", "dự kiến quý II/2024", "dự kiến cuối tháng 7/2024",
// "dự kiến tháng 10/2024 (… sẽ thông báo lịch cụ thể …)", beside firm deadlines, and one activity whose "thời gian,
// địa điểm cụ thể sẽ có thông báo sau" names no time at all, as event-heavy plans are typed.
import { H, P, buildDoc, dirOf, head, lister, sign, task } from "./common.mjs";

const ID = "03-bac-kan-2024-sipas-papi-activities-plan-du-kien-tentative-times-thong-bao-sau-undated";
const DIR = dirOf(ID, import.meta.url);
const SNV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TTTT = "Sở Thông tin và Truyền thông", STC = "Sở Tài chính";
const BAO = "Báo Bắc Kạn", DAI = "Đài Phát thanh - Truyền hình tỉnh", DIS = "@districts";
const item = lister("decimal", "ii");

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 112/KH-UBND", "Bắc Kạn, ngày 26 tháng 02 năm 2024", "KẾ HOẠCH",
    "Tổ chức các hoạt động nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành " +
    "chính nhà nước (SIPAS) và Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Cải thiện các chỉ số thành phần có điểm số thấp của Chỉ số SIPAS, PAPI năm 2023; các hoạt động được tổ chức " +
    "thiết thực, tiết kiệm. Thời gian tổ chức các hoạt động nêu tại mục II là dự kiến; cơ quan chủ trì chủ động " +
    "thông báo thời gian cụ thể đến các cơ quan, đơn vị liên quan."),
  H("II.", "CÁC HOẠT ĐỘNG CỤ THỂ"),
  item("1.", "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức Hội nghị quán triệt, phân tích kết quả Chỉ " +
    "số SIPAS, PAPI năm 2023 và giải pháp cải thiện năm 2024. Thời gian: dự kiến trong tháng 3/2024."),
  item("2.", "Sở Tài chính thẩm định, trình UBND tỉnh bổ sung kinh phí tổ chức các hoạt động của Kế hoạch trước ngày " +
    "31/3/2024."),
  item("3.", "Sở Nội vụ tổ chức tập huấn kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận Một cửa cấp " +
    "huyện, cấp xã. Thời gian: dự kiến ngày 23/4/2024 (thứ Ba), tại Hội trường Trường Chính trị tỉnh."),
  item("4.", "Sở Thông tin và Truyền thông chủ trì, phối hợp với Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh xây " +
    "dựng và phát sóng phóng sự chuyên đề về cải cách hành chính, dự kiến quý II/2024."),
  item("5.", "UBND các huyện, thành phố tổ chức khảo sát, lấy ý kiến người dân tại Bộ phận Một cửa cấp huyện, cấp xã " +
    "(thí điểm phiếu điện tử), dự kiến hoàn thành trước ngày 15/6/2024; kết quả gửi Sở Nội vụ để tổng hợp."),
  item("6.", "Ủy ban MTTQ tỉnh phối hợp với Sở Nội vụ tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với người " +
    "dân, doanh nghiệp về thủ tục hành chính; thời gian, địa điểm cụ thể sẽ có thông báo sau."),
  item("7.", "Sở Nội vụ tổ chức Hội nghị sơ kết 6 tháng thực hiện Kế hoạch. Thời gian: dự kiến cuối tháng 7/2024."),
  item("8.", "Sở Nội vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông tổ chức Cuộc thi trực tuyến \"Tìm hiểu về " +
    "cải cách hành chính tỉnh Bắc Kạn năm 2024\": dự kiến phát động ngày 02/5/2024, tổng kết, trao giải trước ngày " +
    "30/8/2024."),
  item("9.", "Sở Nội vụ tổ chức điều tra xã hội học đo lường Chỉ số SIPAS năm 2024 tại các huyện, thành phố, dự kiến " +
    "từ tháng 8 đến tháng 9/2024."),
  item("10.", "Đoàn kiểm tra cải cách hành chính của tỉnh kiểm tra việc thực hiện Kế hoạch tại các sở, ban, ngành, " +
    "UBND các huyện, thành phố. Thời gian: dự kiến tháng 10/2024 (Sở Nội vụ sẽ thông báo lịch kiểm tra cụ thể đến " +
    "từng đơn vị)."),
  item("11.", "Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh thường xuyên đưa tin về các hoạt động nêu trên."),
  item("12.", "Sở Nội vụ tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh, dự kiến ngày 10/12/2024."),
  H("III.", "KINH PHÍ"),
  P("Kinh phí thực hiện Kế hoạch bố trí trong dự toán ngân sách năm 2024 của Sở Nội vụ và các cơ quan, đơn vị theo " +
    "phân cấp ngân sách hiện hành."),
  H("IV.", "TỔ CHỨC THỰC HIỆN"),
  P("Các sở, ban, ngành, UBND các huyện, thành phố căn cứ Kế hoạch này cử cán bộ, công chức tham dự đầy đủ các hoạt " +
    "động; trường hợp thay đổi thời gian tổ chức, cơ quan chủ trì thông báo bằng văn bản trước ít nhất 05 ngày làm " +
    "việc./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố", "LĐVP"], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];

const tasks = [
  task("II.1", "Tổ chức Hội nghị quán triệt, phân tích kết quả Chỉ số SIPAS, PAPI năm 2023 và giải pháp cải thiện năm " +
    "2024", "2024-03-31", [SNV], [VP]),
  task("II.2", "Thẩm định, trình UBND tỉnh bổ sung kinh phí tổ chức các hoạt động của Kế hoạch", "2024-03-30", [STC]),
  task("II.3", "Tổ chức tập huấn kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận Một cửa cấp huyện, cấp " +
    "xã", "2024-04-23", [SNV]),
  task("II.4", "Xây dựng và phát sóng phóng sự chuyên đề về cải cách hành chính", "2024-06-30", [TTTT], [BAO, DAI]),
  task("II.5", "Tổ chức khảo sát, lấy ý kiến người dân tại Bộ phận Một cửa cấp huyện, cấp xã", "2024-06-14", [DIS]),
  task("II.7", "Tổ chức Hội nghị sơ kết 6 tháng thực hiện Kế hoạch", "2024-07-31", [SNV]),
  task("II.8", "Tổ chức Cuộc thi trực tuyến \"Tìm hiểu về cải cách hành chính tỉnh Bắc Kạn năm 2024\"", "2024-08-29",
    [SNV], [TTTT]),
  task("II.9", "Tổ chức điều tra xã hội học đo lường Chỉ số SIPAS năm 2024 tại các huyện, thành phố", "2024-09-30",
    [SNV]),
  task("II.10", "Kiểm tra việc thực hiện Kế hoạch tại các sở, ban, ngành, UBND các huyện, thành phố", "2024-10-31",
    ["Đoàn kiểm tra cải cách hành chính của tỉnh"]),
  task("II.12", "Tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh", "2024-12-10", [SNV]),
];

const WORK = "Items II.1-II.12 are tasks (ref 'II.n'). A TENTATIVE time ('dự kiến …') is the task's time, read as a " +
  "firm one would be: the plan gives no other, and Part I says the lead only announces the exact day. II.1 'dự kiến " +
  "trong tháng 3/2024' 31/3 (Sun) -> 01/4. II.2 firm 'trước ngày 31/3/2024' 30/3 (Sat) -> 01/4. II.3 'dự kiến ngày " +
  "23/4/2024 (thứ Ba)' 23/4. II.4 Sở TT&TT leads, Báo Bắc Kạn and Đài PT-TH coordinate, 'dự kiến quý II/2024' 30/6 " +
  "(Sun) -> 01/7. II.5 @districts 'dự kiến hoàn thành trước ngày 15/6/2024' 14/6 (Fri); Sở Nội vụ receives. II.6 " +
  "'thời gian, địa điểm cụ thể sẽ có thông báo sau': no time, no task. II.7 'dự kiến cuối tháng 7/2024' 31/7 (Wed). " +
  "II.8 a start ('dự kiến phát động ngày 02/5/2024') and an end ('tổng kết, trao giải trước ngày 30/8/2024'): due " +
  "at the end, 29/8 (Thu). II.9 'dự kiến từ tháng 8 đến tháng 9/2024' 30/9 (Mon). II.10 the province's inspection " +
  "team leads (no directory unit: kept as written, unresolved); the inspected departments and districts are not " +
  "units of the task; 'dự kiến tháng 10/2024' 31/10 (Thu), the bracket's later schedule changes nothing. II.11 " +
  "standing: no task. II.12 'báo cáo UBND tỉnh, dự kiến ngày 10/12/2024' 10/12 (Tue).";

await buildDoc(DIR, {
  typed: blocks,
  printer: "weasyprint",
  expected: {
    id: ID,
    style: "Kế hoạch 112/KH-UBND of UBND tỉnh Bắc Kạn (before the reorganisation), 26/02/2024, SIPAS và PAPI. HABIT: " +
      "TENTATIVE 'dự kiến' TIMES of events beside firm deadlines, one 'thông báo sau'. " + WORK + " PDF: WeasyPrint.",
    province: "Bắc Kạn",
    plan: { number: "112/KH-UBND", date: "2024-02-26" },
    tasks,
    unresolved: ["Đoàn kiểm tra cải cách hành chính của tỉnh"],
    successors: [],
  },
});
