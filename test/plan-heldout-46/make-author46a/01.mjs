// 01: Thái Nguyên, UBND tỉnh, Kế hoạch 64/KH-UBND ngày 10/3/2026 (after the reorganisation: merged departments,
// Bắc Kạn merged in, communes and wards), nâng cao Chỉ số PAPI năm 2026. Habit: a PLAN LAID OUT ALONG A TIMELINE:
// part IV "LỘ TRÌNH THỰC HIỆN" has one numbered heading per period ("1. Tháng 3/2026", "3. Quý II/2026",
// "5. Từ tháng 10 đến tháng 11/2026") and under it a) b) items naming their units in sentences; an item with no
// time of its own takes its period's, some carry their own day; one period holds a single paragraph. Part V (tổ
// chức thực hiện) adds dated duties per unit; one partner under its pre-merger name (Sở Thông tin và Truyền thông).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, L, R, D, N, buildTwo } from "./common.mjs";

const ID = "01-thai-nguyen-2026-timeline-plan-lo-trinh-month-quarter-headings-tasks-in-sentences";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", TC = "Sở Tài chính", KC = "Sở Khoa học và Công nghệ", TTR = "Thanh tra tỉnh";
const MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", CA = "Công an tỉnh", NM = "Sở Nông nghiệp và Môi trường";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên", BD = "Bưu điện tỉnh", XA = "UBND cấp xã";
const OLD = "Sở Thông tin và Truyền thông";

let li = 0;
const a = (l, text) => L(`${l})`, text, "letter", `l${l === "a" ? ++li : li}`);
const T = (n, text) => N(n, text, "t");
const V = (n, text) => L(`${n}.`, text, "decimal", "v");

const TX = {
  "1a": "Sở Nội vụ phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức hội nghị phân tích kết quả Chỉ số PAPI " +
    "năm 2025 của tỉnh, chỉ rõ những chỉ số nội dung giảm điểm và triển khai Kế hoạch này đến các sở, ban, ngành, " +
    "UBND các xã, phường.",
  "1b": "Căn cứ kết quả phân tích, các sở, ban, ngành tỉnh và UBND các xã, phường xây dựng kế hoạch cải thiện các " +
    "chỉ số nội dung thuộc lĩnh vực, địa bàn phụ trách, gửi Sở Nội vụ trước ngày 25/3/2026 để theo dõi.",
  "2a": "Sở Tư pháp chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Thái Nguyên, Sở Thông tin và Truyền thông " +
    "mở chuyên mục hỏi - đáp pháp luật về quyền tiếp cận thông tin, quyền tham gia của người dân ở cơ sở; phát " +
    "số đầu tiên trong tháng.",
  "2b": "Chậm nhất ngày 15/4/2026, Sở Khoa học và Công nghệ hoàn thiện chức năng tiếp nhận, trả lời phản ánh, kiến " +
    "nghị của người dân trên ứng dụng Thái Nguyên-S, bảo đảm theo dõi được thời gian xử lý của từng cơ quan.",
  "3a": "Thanh tra tỉnh chủ trì, phối hợp với Sở Nội vụ kiểm tra việc công khai, minh bạch trong hoạt động của " +
    "chính quyền cấp xã, việc tiếp công dân và giải quyết khiếu nại, tố cáo tại 10 xã, phường có điểm chỉ số thấp.",
  "3b": "Sở Nông nghiệp và Môi trường công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất và khung giá bồi " +
    "thường trên Cổng thông tin điện tử tỉnh; UBND các xã, phường phối hợp niêm yết tại trụ sở và nhà văn hóa.",
  "3c": "Sở Tài chính hướng dẫn các xã, phường công khai dự toán, quyết toán ngân sách và các khoản đóng góp của " +
    "nhân dân theo mẫu thống nhất, hoàn thành trong tháng 5/2026.",
  "4a": "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng " +
    "đồng ở các xã, phường giám sát việc thực hiện các công trình, dự án có sự đóng góp của người dân.",
  "4b": "Công an tỉnh phối hợp với UBND các xã, phường nhân rộng mô hình camera an ninh, tổ an ninh trật tự ở cơ " +
    "sở, tổng kết đánh giá hiệu quả trước ngày 15/9/2026.",
  "5": "Sở Nội vụ chủ trì, phối hợp với Bưu điện tỉnh khảo sát độc lập ý kiến người dân tại 20 xã, phường theo bộ " +
    "câu hỏi PAPI rút gọn, đánh giá mức độ cải thiện so với năm 2025 và đề xuất giải pháp cho các tháng cuối năm.",
  "6a": "Các sở, ban, ngành tỉnh, UBND các xã, phường tự đánh giá kết quả thực hiện kế hoạch cải thiện của cơ quan, " +
    "đơn vị mình, báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 05/12/2026.",
  "6b": "Sở Nội vụ tổng hợp, đánh giá kết quả thực hiện Kế hoạch, tham mưu UBND tỉnh báo cáo Bộ Nội vụ và đề xuất " +
    "nhiệm vụ năm 2027.",
  V1: "Sở Nội vụ là cơ quan thường trực, giúp UBND tỉnh theo dõi, đôn đốc thực hiện Kế hoạch; tham mưu UBND tỉnh " +
    "sơ kết 6 tháng thực hiện Kế hoạch trong tháng 7/2026.",
  V2: "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn " +
    "ngân sách tỉnh năm 2026; xong trước ngày 31/3/2026.",
  V3: "Báo và Phát thanh, Truyền hình Thái Nguyên, Trung tâm Thông tin tỉnh thường xuyên đưa tin, bài về việc thực " +
    "hiện Kế hoạch và những cách làm hay ở cơ sở.",
  V4: "Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh " +
    "về kết quả các chỉ số nội dung thuộc phạm vi quản lý; cử 01 công chức làm đầu mối, gửi thông tin về Sở Nội " +
    "vụ chậm nhất ngày 20/3/2026.",
};

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 64/KH-UBND", "Thái Nguyên, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH",
    "Nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2026"),
  P("Căn cứ Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2025 được công bố ngày " +
    "24/02/2026; căn cứ Kế hoạch số 09/KH-UBND ngày 12/01/2026 của UBND tỉnh về cải cách hành chính năm 2026, UBND " +
    "tỉnh Thái Nguyên ban hành Kế hoạch nâng cao Chỉ số PAPI năm 2026 với các nội dung như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  D("Cải thiện thực chất các chỉ số nội dung của PAPI, trước hết là công khai, minh bạch, trách nhiệm giải trình " +
    "với người dân và kiểm soát tham nhũng trong khu vực công."),
  D("Xác định rõ nhiệm vụ, thời gian, trách nhiệm của từng cơ quan, đơn vị; gắn kết quả thực hiện với đánh giá, " +
    "xếp loại người đứng đầu."),
  R("II.", "CHỈ TIÊU"),
  D("Chỉ số PAPI năm 2026 của tỉnh thuộc nhóm 20 địa phương dẫn đầu cả nước; không có chỉ số nội dung nào giảm " +
    "điểm so với năm 2025."),
  D("100% xã, phường công khai đầy đủ các nội dung phải công khai theo quy định về thực hiện dân chủ ở cơ sở."),
  R("III.", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
  D("Tăng cường tuyên truyền để người dân hiểu và tham gia khảo sát PAPI với tinh thần xây dựng; phát huy vai trò " +
    "của Mặt trận Tổ quốc và các đoàn thể trong giám sát chính quyền cơ sở."),
  D("Nâng cao chất lượng cung ứng dịch vụ công, nhất là dịch vụ y tế, giáo dục, cấp nước sạch và thu gom rác thải " +
    "ở khu dân cư."),
  D("Chấn chỉnh thái độ phục vụ của cán bộ, công chức cấp xã; xử lý nghiêm các trường hợp nhũng nhiễu, gây phiền " +
    "hà cho người dân."),
  R("IV.", "LỘ TRÌNH THỰC HIỆN"),
  T(1, "Tháng 3/2026:"),
  a("a", TX["1a"]), a("b", TX["1b"]),
  T(2, "Tháng 4/2026:"),
  a("a", TX["2a"]), a("b", TX["2b"]),
  T(3, "Quý II/2026 (tháng 5 và tháng 6):"),
  a("a", TX["3a"]), a("b", TX["3b"]), a("c", TX["3c"]),
  T(4, "Quý III/2026:"),
  a("a", TX["4a"]), a("b", TX["4b"]),
  T(5, "Từ tháng 10 đến tháng 11/2026:"),
  P(TX["5"]),
  T(6, "Tháng 12/2026:"),
  a("a", TX["6a"]), a("b", TX["6b"]),
  R("V.", "TỔ CHỨC THỰC HIỆN"),
  V(1, TX.V1), V(2, TX.V2), V(3, TX.V3), V(4, TX.V4),
  P("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo " +
    "UBND tỉnh xem xét, điều chỉnh./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Ủy ban MTTQ Việt Nam tỉnh", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "LĐVP, Phòng NC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
];

const DEP = ["@departments", XA];
const tasks = [
  task("IV.1.a", "tổ chức hội nghị phân tích kết quả Chỉ số PAPI năm 2025 của tỉnh", "2026-03-31", [NV], [MT], true),
  task("IV.1.b", "xây dựng kế hoạch cải thiện các chỉ số nội dung thuộc lĩnh vực, địa bàn phụ trách", "2026-03-24",
    DEP),
  task("IV.2.a", "mở chuyên mục hỏi - đáp pháp luật về quyền tiếp cận thông tin", "2026-04-30", [TP], [BAO, KC], true),
  task("IV.2.b", "hoàn thiện chức năng tiếp nhận, trả lời phản ánh, kiến nghị của người dân", "2026-04-15", [KC]),
  task("IV.3.a", "kiểm tra việc công khai, minh bạch trong hoạt động của chính quyền cấp xã", "2026-06-30", [TTR],
    [NV], true),
  task("IV.3.b", "công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất và khung giá bồi thường", "2026-06-30",
    [NM], [XA], true),
  task("IV.3.c", "hướng dẫn các xã, phường công khai dự toán, quyết toán ngân sách", "2026-05-31", [TC]),
  task("IV.4.a", "chỉ đạo Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng ở các xã, phường giám sát",
    "2026-09-30", [MT], [], true),
  task("IV.4.b", "nhân rộng mô hình camera an ninh, tổ an ninh trật tự ở cơ sở", "2026-09-14", [CA], [XA]),
  task("IV.5", "khảo sát độc lập ý kiến người dân tại 20 xã, phường theo bộ câu hỏi PAPI rút gọn", "2026-11-30", [NV],
    [BD], true),
  task("IV.6.a", "tự đánh giá kết quả thực hiện kế hoạch cải thiện của cơ quan, đơn vị mình", "2026-12-04", DEP),
  task("IV.6.b", "tổng hợp, đánh giá kết quả thực hiện Kế hoạch, tham mưu UBND tỉnh báo cáo Bộ Nội vụ", "2026-12-31",
    [NV], [], true),
  task("V.1", "tham mưu UBND tỉnh sơ kết 6 tháng thực hiện Kế hoạch", "2026-07-31", [NV]),
  task("V.2", "thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch", "2026-03-30", [TC], [NV]),
  task("V.4", "cử 01 công chức làm đầu mối, gửi thông tin về Sở Nội vụ", "2026-03-20", DEP),
];

const DATES = "Refs: IV + period number + letter (IV.5 one paragraph), V + duty number. A period's time is its " +
  "items' when they have none (inherited): 'Tháng 3/2026' 31/3; 'Tháng 4/2026' 30/4 off -> 04/5; 'Quý II/2026' " +
  "30/6; 'Quý III/2026' 30/9; 'Từ tháng 10 đến tháng 11/2026' 30/11; 'Tháng 12/2026' 31/12. IV.1.a NV + MTTQ, " +
  "inherited. IV.1.b @departments + communes (UBND cấp xã), 'gửi Sở Nội vụ trước ngày 25/3/2026' 24/3. IV.2.a Sở " +
  "Tư pháp + merged press + 'Sở Thông tin và Truyền thông' (old -> Sở KH&CN), 'trong tháng' no own day: inherited. " +
  "IV.2.b 'Chậm nhất ngày 15/4/2026' 15/4. IV.3.a Thanh tra + Sở Nội vụ, inherited. IV.3.b Sở NN&MT, " +
  "communes partner, inherited. IV.3.c 'trong tháng 5/2026' 31/5 Sun -> 01/6. IV.4.a 'Đề nghị Ủy ban MTTQ' leads, " +
  "inherited. IV.4.b Công an + communes 'trước ngày 15/9/2026' 14/9. IV.5 NV + Bưu điện, inherited. IV.6.a " +
  "'trước ngày 05/12/2026' 04/12. IV.6.b inherited. V.1 'trong tháng 7/2026' 31/7. V.2 'xong trước ngày " +
  "31/3/2026' 30/3. V.3 thường xuyên, no task. V.4 'chậm nhất ngày 20/3/2026' 20/3. I-III no days.";

await buildTwo(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Kế hoạch 64/KH-UBND of UBND tỉnh Thái Nguyên, 10/3/2026, after the reorganisation (merged departments, " +
      "communes and wards), on the PAPI index 2026. HABIT: A PLAN LAID OUT ALONG A TIMELINE: part IV 'LỘ TRÌNH " +
      "THỰC HIỆN' with one numbered heading per MONTH OR QUARTER ('1. Tháng 3/2026:', '3. Quý II/2026 (tháng 5 và " +
      "tháng 6):', '5. Từ tháng 10 đến tháng 11/2026:') over a) b) items, units in the sentence; " +
      "part V dated duties. " + DATES +
      " plan-auto.docx numbers sections, periods, items and duties with Word lists; plan.pdf its LibreOffice print.",
    province: "Thái Nguyên",
    plan: { number: "64/KH-UBND", date: "2026-03-10" },
    tasks, unresolved: [XA], successors: [{ written: OLD, unit: KC }],
  },
});
