// 06: Thái Nguyên, UBND tỉnh, Công văn 4873/UBND-NC ngày 18/9/2026 (after the reorganisation, Bắc Kạn merged in:
// merged departments, communes and wards) "V/v triển khai các giải pháp khắc phục hạn chế, nâng cao Chỉ số CCHC,
// SIPAS năm 2026". Habit: a CÔNG VĂN: "V/v …" under the number, a "Kính gửi:" list of recipients (no leads), "UBND
// tỉnh có ý kiến như sau:" then numbered requests worded "Giao Sở …", "Đề nghị Công an tỉnh, Bảo hiểm xã hội tỉnh
// …", "Yêu cầu UBND các xã, phường …"; deadlines in words ("trước ngày 20 tháng 10 năm 2026"), as a quarter
// ("trong quý IV/2026"), with an hour ("trước 17 giờ 00 ngày 25/9/2026"); one request split in two steps a) b)
// with a deadline each (two tasks), one request's duties in "-" bullets (refs null), one request with no day.
import { P, L, buildTwo, sign, job, style, cvHead } from "./common.mjs";

// A vague partner is kept as written and reported, as every set does (set 45's 06, set 22's 05).
const LQ = "các cơ quan có liên quan";
const ID = "06-thai-nguyen-2026-cong-van-kinh-gui-giao-de-nghi-yeu-cau-requests-hour-deadline-two-step-request";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TC = "Sở Tài chính";
const KC = "Sở Khoa học và Công nghệ", NM = "Sở Nông nghiệp và Môi trường", CA = "Công an tỉnh";
const BH = "Bảo hiểm xã hội tỉnh", TH = "Thuế tỉnh", XA = "UBND cấp xã";

const N = (n, text) => L(`${n}.`, text, "decimal", "req");
const a = (l, text) => L(`${l})`, text, "letter", "steps");
let dash = 0;
const D = (text, first = false) => L("-", text, "dash", `d${first ? ++dash : dash}`);

const blocks = [
  ...cvHead("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 4873/UBND-NC", "V/v triển khai các giải pháp khắc phục hạn " +
    "chế, nâng cao Chỉ số CCHC, SIPAS năm 2026", "Thái Nguyên, ngày 18 tháng 9 năm 2026"),
  P("Kính gửi:", { indent: false, align: "center" }),
  D("Các sở, ban, ngành tỉnh;", true),
  D("Công an tỉnh;"),
  D("Bảo hiểm xã hội tỉnh;"),
  D("Thuế tỉnh;"),
  D("UBND các xã, phường."),
  P("Ngày 28/8/2026, Bộ Nội vụ có Văn bản số 6120/BNV-CCHC công bố Chỉ số cải cách hành chính năm 2025 của các " +
    "bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương; theo đó, Chỉ số CCHC năm 2025 của tỉnh " +
    "Thái Nguyên đạt 86,41 điểm, xếp thứ 19/34 tỉnh, thành phố, trong đó các tiêu chí về cải cách thủ tục hành " +
    "chính, xây dựng chính quyền số và Chỉ số hài lòng của người dân, tổ chức (SIPAS) còn bị trừ điểm nhiều. Xét " +
    "đề nghị của Sở Nội vụ tại Văn bản số 1842/SNV-CCHC ngày 11/9/2026, UBND tỉnh có ý kiến như sau:"),
  N(1, "Giao Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh rà soát, tổng hợp danh mục nhiệm vụ tại Kế hoạch " +
    "cải cách hành chính năm 2026 của tỉnh chưa hoàn thành hoặc có nguy cơ chậm tiến độ, làm rõ nguyên nhân, trách " +
    "nhiệm, đề xuất giải pháp xử lý, báo cáo Chủ tịch UBND tỉnh trước 17 giờ 00 ngày 25/9/2026."),
  N(2, "Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ và các cơ quan có liên quan rà soát, " +
    "tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính thực hiện dịch vụ công trực tuyến toàn trình, " +
    "danh mục thủ tục hành chính tiếp nhận không phụ thuộc địa giới hành chính trong phạm vi tỉnh; trình trước " +
    "ngày 20 tháng 10 năm 2026."),
  N(3, "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh, Công an tỉnh nâng cấp Hệ thống " +
    "thông tin giải quyết thủ tục hành chính của tỉnh, thực hiện theo hai bước:"),
  a("a", "Trước ngày 15/10/2026: hoàn thành việc chuyển, đồng bộ dữ liệu hồ sơ của tỉnh Bắc Kạn (cũ) về hệ thống " +
    "dùng chung của tỉnh, kết nối với Cơ sở dữ liệu quốc gia về dân cư để khai thác thông tin công dân khi tiếp " +
    "nhận hồ sơ, không yêu cầu người dân nộp lại giấy tờ đã có dữ liệu;"),
  a("b", "Trong quý IV/2026: đưa phân hệ số hóa, tái sử dụng kết quả giải quyết thủ tục hành chính vào vận hành " +
    "chính thức tại 100% các xã, phường và báo cáo UBND tỉnh kết quả thực hiện."),
  N(4, "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ tham mưu bố trí kinh phí thực hiện các giải pháp nâng cao " +
    "Chỉ số CCHC, SIPAS (khảo sát, tập huấn, số hóa, bảo đảm hạ tầng Bộ phận Một cửa cấp xã) trong dự toán ngân " +
    "sách năm 2027, trình UBND tỉnh trong tháng 11/2026."),
  N(5, "Giao Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật do HĐND, UBND tỉnh Thái Nguyên và tỉnh Bắc " +
    "Kạn ban hành trước ngày 01/7/2025 còn hiệu lực, đề xuất bãi bỏ, thay thế hoặc ban hành mới cho thống nhất trên " +
    "địa bàn tỉnh sau hợp nhất; xong trước ngày 15/11/2026."),
  N(6, "Đề nghị Công an tỉnh, Bảo hiểm xã hội tỉnh phối hợp chặt chẽ với UBND các xã, phường đẩy mạnh thực hiện " +
    "hai nhóm thủ tục hành chính liên thông “Đăng ký khai sinh - Đăng ký thường trú - Cấp thẻ bảo hiểm y tế cho trẻ " +
    "em dưới 6 tuổi” và “Đăng ký khai tử - Xóa đăng ký thường trú - Trợ cấp mai táng phí”; hoàn thành việc làm " +
    "sạch dữ liệu trẻ em dưới 6 tuổi chưa có thẻ bảo hiểm y tế trước ngày 31/10/2026."),
  N(7, "Đề nghị Thuế tỉnh chủ động phối hợp với Sở Nông nghiệp và Môi trường, UBND các xã, phường rút ngắn thời gian " +
    "luân chuyển hồ sơ xác định nghĩa vụ tài chính về đất đai, không để phát sinh hồ sơ quá hạn do khâu xác định " +
    "nghĩa vụ tài chính; báo cáo kết quả về Sở Nội vụ chậm nhất ngày 30/11/2026 để tổng hợp."),
  N(8, "Đề nghị Báo và Phát thanh, Truyền hình Thái Nguyên thường xuyên đưa tin, bài về cải cách hành chính, các mô " +
    "hình hay trong giải quyết thủ tục hành chính ở cấp xã, hướng dẫn người dân sử dụng dịch vụ công trực tuyến."),
  N(9, "Yêu cầu UBND các xã, phường:"),
  D("Bố trí đủ công chức có chuyên môn phù hợp làm việc tại Bộ phận Một cửa, không để tình trạng một công chức " +
    "kiêm nhiệm nhiều lĩnh vực dẫn đến hồ sơ quá hạn; hoàn thành trước ngày 01/10/2026;", true),
  D("Niêm yết công khai, đầy đủ thủ tục hành chính, số điện thoại đường dây nóng tại nơi tiếp nhận hồ sơ; thực " +
    "hiện xin lỗi người dân bằng văn bản đối với 100% hồ sơ quá hạn;"),
  D("Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực đang lưu trữ tại địa phương chậm " +
    "nhất ngày 15/12/2026."),
  N(10, "Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh khẩn trương tự đánh giá, chấm điểm các tiêu chí, tiêu chí thành " +
    "phần Chỉ số CCHC năm 2026 thuộc lĩnh vực quản lý, cập nhật đầy đủ tài liệu kiểm chứng trên Phần mềm chấm điểm " +
    "trước ngày 05/12/2026."),
  N(11, "Giao Sở Nội vụ theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Văn bản này; tổng hợp, báo cáo UBND tỉnh kết " +
    "quả thực hiện trước ngày 20/12/2026."),
  P("UBND tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, phường nghiêm túc triển khai thực hiện; " +
    "trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh (qua Sở Nội vụ) để xem " +
    "xét, chỉ đạo./."),
  ...sign(["Như trên", "Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Ủy ban MTTQ Việt Nam tỉnh", "LĐVP, Trung tâm Thông tin tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
];

const tasks = [
  job("1", "rà soát, tổng hợp danh mục nhiệm vụ tại Kế hoạch cải cách hành chính năm 2026", "2026-09-25", [NV], [VP]),
  job("2", "tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính thực hiện dịch vụ công trực tuyến toàn " +
    "trình", "2026-10-19", [VP], [KC, LQ]),
  job("3.a", "hoàn thành việc chuyển, đồng bộ dữ liệu hồ sơ của tỉnh Bắc Kạn (cũ)", "2026-10-14", [KC], [VP, CA]),
  job("3.b", "đưa phân hệ số hóa, tái sử dụng kết quả giải quyết thủ tục hành chính vào vận hành chính thức",
    "2026-12-31", [KC], [VP, CA]),
  job("4", "tham mưu bố trí kinh phí thực hiện các giải pháp nâng cao Chỉ số CCHC, SIPAS", "2026-11-30", [TC], [NV]),
  job("5", "rà soát các văn bản quy phạm pháp luật do HĐND, UBND tỉnh Thái Nguyên và tỉnh Bắc Kạn ban hành",
    "2026-11-14", [TP]),
  job("6", "hoàn thành việc làm sạch dữ liệu trẻ em dưới 6 tuổi chưa có thẻ bảo hiểm y tế", "2026-10-30", [CA, BH],
    [XA]),
  job("7", "rút ngắn thời gian luân chuyển hồ sơ xác định nghĩa vụ tài chính về đất đai", "2026-11-30", [TH],
    [NM, XA]),
  job(null, "Bố trí đủ công chức có chuyên môn phù hợp làm việc tại Bộ phận Một cửa", "2026-09-30", [XA]),
  job(null, "Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "2026-12-15", [XA]),
  job("10", "tự đánh giá, chấm điểm các tiêu chí, tiêu chí thành phần Chỉ số CCHC năm 2026", "2026-12-04",
    ["@departments"]),
  job("11", "theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Văn bản này", "2026-12-19", [NV]),
];

const DATES = "ref = the request's typed number; 3's two steps 3.a, 3.b; 9's '-' bullets null. 'Kính gửi' names " +
  "recipients only; 'báo cáo/trình Chủ tịch UBND tỉnh', 'báo cáo … về Sở Nội vụ' name recipients, not partners. 1 " +
  "Sở Nội vụ with VP UBND tỉnh, 'trước 17 giờ 00 ngày 25/9/2026': the hour bounds that day, so due 25/9 (not 24/9; " +
  "reading chosen); 2 VP UBND tỉnh with Sở KH&CN ('các cơ quan có liên quan' as written, unresolved), 'trình trước ngày 20 tháng " +
  "10 năm 2026' 19/10; 3 Sở KH&CN with VP UBND tỉnh, Công an tỉnh (said once, for both steps): 3.a 'Trước ngày " +
  "15/10/2026' 14/10, 3.b 'Trong quý IV/2026' 31/12; 4 Sở Tài chính with Sở Nội vụ, 'trong tháng 11/2026' 30/11 " +
  "(the 2027 budget is no deadline); 5 Sở Tư pháp 'xong trước ngày 15/11/2026' 14/11 Sat -> 16/11 ('trước ngày " +
  "01/7/2025' is a past day describing the texts); 6 leads Công an tỉnh and Bảo hiểm xã hội tỉnh, partner UBND các " +
  "xã, phường (UBND cấp xã), 'trước ngày 31/10/2026' 30/10; 7 Thuế tỉnh with Sở NN&MT, UBND cấp xã, 'chậm nhất " +
  "ngày 30/11/2026' 30/11; 8 'thường xuyên' no task; 9 UBND cấp xã: bullet 1 'hoàn thành trước ngày 01/10/2026' " +
  "30/9, bullet 2 no day, bullet 3 'chậm nhất ngày 15/12/2026' 15/12; 10 @departments 'trước ngày 05/12/2026' " +
  "04/12; 11 Sở Nội vụ 'trước ngày 20/12/2026' 19/12 Sat -> 21/12. Văn bản 6120/BNV-CCHC and 1842/SNV-CCHC days " +
  "are past.";

await buildTwo(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: style("Công văn 4873/UBND-NC of UBND tỉnh Thái Nguyên, 18/9/2026 (after 7/2025, Bắc Kạn merged in). " +
      "HABIT: A CÔNG VĂN 'V/v …', 'KÍNH GỬI:' RECIPIENTS, 'UBND TỈNH CÓ Ý KIẾN NHƯ SAU:' THEN NUMBERED 'GIAO / ĐỀ " +
      "NGHỊ / YÊU CẦU' REQUESTS, deadlines in words, as a quarter, with an hour; one request in two dated steps. " +
      DATES),
    province: "Thái Nguyên",
    plan: { number: "4873/UBND-NC", date: "2026-09-18" },
    tasks,
    unresolved: [XA, LQ],
    successors: [],
  },
});
