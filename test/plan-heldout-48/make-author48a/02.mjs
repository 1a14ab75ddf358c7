// 02: Lai Châu, UBND tỉnh, Chỉ thị 03/CT-UBND ngày 18/02/2025 (before the reorganisation: districts, old
// departments) về tăng cường kỷ luật, kỷ cương hành chính trong thời gian sắp xếp tổ chức bộ máy. Habit: a CHỈ THỊ
// OF THE CHỦ TỊCH: a preamble full of past documents and 2024's results, "Chủ tịch UBND tỉnh chỉ thị:", then duties
// BY ADDRESSEE'S HEAD ("1. Thủ trưởng các sở, ban, ngành tỉnh:", "2. Chủ tịch UBND các huyện, thành phố:", "3.
// Giám đốc Sở Nội vụ:", "4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Thông tin và Truyền thông, Chánh Thanh tra tỉnh
// … tổ chức thực hiện:") with a) b) c) d) items; deadlines written inline, mixed with continuing and periodic
// duties (no tasks); one deadline counted from the Chỉ thị ("trong thời hạn 15 ngày kể từ ngày ký Chỉ thị này",
// read as the signing day + 15 calendar days); one item naming three districts; a closing paragraph (no task).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildDoc, lister } from "./common.mjs";

const ID = "02-lai-chau-2025-chi-thi-duties-by-heads-numbered-letter-items-inline-deadlines-15-days-from-signing";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông", TTR = "Thanh tra tỉnh";
const DEP = "@departments", DIS = "@districts";
const MT = "UBND huyện Mường Tè", NN = "UBND huyện Nậm Nhùn", SH = "UBND huyện Sìn Hồ";

const u = lister("decimal", "units", { bold: true, indent: false });
let sec = 0;
const a = (l, text) => lister("letter", `l${l === "a" ? ++sec : sec}`)(`${l})`, text);

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 03/CT-UBND", "Lai Châu, ngày 18 tháng 02 năm 2025", "CHỈ THỊ",
    "Về tăng cường kỷ luật, kỷ cương hành chính, bảo đảm hoạt động thông suốt của các cơ quan, đơn vị trong thời " +
    "gian thực hiện sắp xếp tổ chức bộ máy"),
  P("Thời gian qua, thực hiện Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch UBND tỉnh về tăng cường kỷ luật, " +
    "kỷ cương hành chính, các cơ quan, đơn vị trên địa bàn tỉnh đã có nhiều chuyển biến tích cực. Năm 2024, tỷ lệ " +
    "hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 97,8%; qua 46 cuộc kiểm tra công vụ đã chấn chỉnh 19 cơ " +
    "quan, đơn vị, xử lý kỷ luật 12 cán bộ, công chức vi phạm. Tuy nhiên, vẫn còn tình trạng một bộ phận cán bộ, " +
    "công chức thiếu trách nhiệm, né tránh, đùn đẩy công việc; một số huyện để hồ sơ trễ hạn nhiều, chậm xin lỗi " +
    "người dân theo quy định."),
  P("Thực hiện Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương về tổng kết Nghị quyết số " +
    "18-NQ/TW ngày 25/10/2017 và chỉ đạo của Chính phủ về sắp xếp tổ chức bộ máy, để bảo đảm hoạt động của các cơ " +
    "quan, đơn vị không bị gián đoạn, không ảnh hưởng đến việc giải quyết công việc của người dân, doanh nghiệp, " +
    "Chủ tịch UBND tỉnh chỉ thị:"),
  u("1.", "Thủ trưởng các sở, ban, ngành tỉnh:"),
  a("a", "Tổ chức quán triệt, phổ biến Chỉ thị này đến toàn thể cán bộ, công chức, viên chức, người lao động thuộc " +
    "phạm vi quản lý; hoàn thành trước ngày 28/02/2025."),
  a("b", "Rà soát, sửa đổi, bổ sung quy chế làm việc, quy chế văn hóa công sở, nội quy cơ quan cho phù hợp với " +
    "chức năng, nhiệm vụ và cơ cấu tổ chức sau sắp xếp, trong thời hạn 15 ngày kể từ ngày ký Chỉ thị này."),
  a("c", "Thực hiện nghiêm quy định về thời giờ làm việc; không để xảy ra tình trạng đùn đẩy, né tránh trách nhiệm, " +
    "chậm trễ trong giải quyết công việc trong thời gian chờ kiện toàn tổ chức; người đứng đầu chịu trách nhiệm " +
    "nếu để cơ quan, đơn vị mình xảy ra vi phạm."),
  a("d", "Định kỳ hằng quý (trước ngày 15 của tháng cuối quý) báo cáo tình hình thực hiện Chỉ thị, lồng ghép trong " +
    "báo cáo công tác cải cách hành chính, gửi Sở Nội vụ tổng hợp."),
  u("2.", "Chủ tịch UBND các huyện, thành phố:"),
  a("a", "Chỉ đạo Bộ phận Một cửa cấp huyện, cấp xã công khai số điện thoại đường dây nóng, hòm thư góp ý tại trụ " +
    "sở; hoàn thành trước 15/3/2025."),
  a("b", "Tổ chức rà soát, đánh giá năng lực đội ngũ công chức cấp xã theo vị trí việc làm, gửi kết quả về Sở Nội " +
    "vụ chậm nhất ngày 31/3/2025."),
  a("c", "Thường xuyên kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại UBND các xã, phường, thị " +
    "trấn trên địa bàn, ít nhất 02 lần/năm."),
  a("d", "Riêng Chủ tịch UBND các huyện Mường Tè, Nậm Nhùn, Sìn Hồ (các địa phương có tỷ lệ hồ sơ trễ hạn cao nhất " +
    "năm 2024) xây dựng kế hoạch khắc phục, báo cáo UBND tỉnh (qua Văn phòng UBND tỉnh) trong tháng 3/2025."),
  u("3.", "Giám đốc Sở Nội vụ:"),
  a("a", "Tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra công vụ năm 2025, trước ngày 10/3/2025."),
  a("b", "Chủ trì, phối hợp với Thanh tra tỉnh, Văn phòng UBND tỉnh thành lập các đoàn kiểm tra đột xuất việc chấp " +
    "hành kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị; đợt 1 hoàn thành trong quý II/2025."),
  a("c", "Theo dõi, đôn đốc, tổng hợp tình hình thực hiện Chỉ thị; báo cáo Chủ tịch UBND tỉnh kết quả thực hiện " +
    "năm 2025 trước ngày 15/12/2025."),
  u("4.", "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Thông tin và Truyền thông, Chánh Thanh tra tỉnh theo chức năng, " +
    "nhiệm vụ tổ chức thực hiện:"),
  a("a", "Văn phòng UBND tỉnh tham mưu sửa đổi Quy chế làm việc của UBND tỉnh phù hợp với cơ cấu tổ chức mới, " +
    "trình UBND tỉnh trước ngày 31/3/2025; theo dõi, công khai kết quả giải quyết hồ sơ của các cơ quan, đơn vị " +
    "trên Cổng Dịch vụ công của tỉnh hằng tháng."),
  a("b", "Sở Thông tin và Truyền thông hoàn thành việc kết nối hệ thống camera giám sát tại Bộ phận Một cửa cấp " +
    "tỉnh, cấp huyện với Trung tâm giám sát, điều hành đô thị thông minh của tỉnh trong quý II/2025."),
  a("c", "Thanh tra tỉnh đưa nội dung thanh tra trách nhiệm thực hiện kỷ luật, kỷ cương hành chính vào kế hoạch " +
    "thanh tra; tiến hành thanh tra tại 02 sở, ngành và 02 huyện trong năm 2025."),
  P("Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thành phố nghiêm túc triển khai thực " +
    "hiện Chỉ thị này. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường giám " +
    "sát; Báo Lai Châu, Đài Phát thanh - Truyền hình tỉnh kịp thời biểu dương gương tốt, phản ánh các trường hợp " +
    "vi phạm. Chỉ thị này có hiệu lực kể từ ngày ký./."),
  ...sign(["Văn phòng Chính phủ (b/c)", "Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)",
    "Chủ tịch, các PCT UBND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Các sở, ban, ngành tỉnh",
    "UBND các huyện, thành phố", "Báo Lai Châu, Đài PT-TH tỉnh", "Lãnh đạo VP, CV các khối"],
  "CHỦ TỊCH", "Trần Quốc Hưng"),
];

const tasks = [
  task("1.a", "Tổ chức quán triệt, phổ biến Chỉ thị này đến toàn thể cán bộ", "2025-02-27", [DEP]),
  task("1.b", "Rà soát, sửa đổi, bổ sung quy chế làm việc, quy chế văn hóa công sở", "2025-03-05", [DEP]),
  task("2.a", "công khai số điện thoại đường dây nóng, hòm thư góp ý", "2025-03-14", [DIS]),
  task("2.b", "rà soát, đánh giá năng lực đội ngũ công chức cấp xã", "2025-03-31", [DIS]),
  task("2.d", "xây dựng kế hoạch khắc phục, báo cáo UBND tỉnh", "2025-03-31", [MT, NN, SH]),
  task("3.a", "Tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra công vụ năm 2025", "2025-03-09", [NV]),
  task("3.b", "thành lập các đoàn kiểm tra đột xuất việc chấp hành kỷ luật", "2025-06-30", [NV], [TTR, VP]),
  task("3.c", "báo cáo Chủ tịch UBND tỉnh kết quả thực hiện năm 2025", "2025-12-14", [NV]),
  task("4.a", "tham mưu sửa đổi Quy chế làm việc của UBND tỉnh", "2025-03-30", [VP]),
  task("4.b", "kết nối hệ thống camera giám sát tại Bộ phận Một cửa", "2025-06-30", [TT]),
  task("4.c", "tiến hành thanh tra tại 02 sở, ngành và 02 huyện", "2025-12-31", [TTR]),
];

const WORK = "ref = the addressee's number and the item's letter. The preamble's days (Chỉ thị 05/CT-UBND 15/3/2023, " +
  "Kết luận 121-KL/TW 24/01/2025) are no tasks. 1 'Thủ trưởng các sở, ban, ngành tỉnh' = @departments: 1.a " +
  "'hoàn thành trước ngày 28/02/2025' 27/02; 1.b 'trong thời hạn 15 ngày kể từ ngày ký Chỉ thị này', read as " +
  "the signing day 18/02/2025 + 15 calendar days = 05/3/2025 (Wed); 1.c continuing, 1.d 'Định kỳ hằng quý' (a " +
  "day each quarter): no task. 2 'Chủ tịch UBND các huyện, thành phố' = @districts: 2.a 'trước 15/3/2025' 14/3; " +
  "2.b 'chậm nhất ngày 31/3/2025' 31/3 (Sở Nội vụ a recipient); 2.c 'Thường xuyên … 02 lần/năm' no task; 2.d " +
  "'Chủ tịch UBND các huyện Mường Tè, Nậm Nhùn, Sìn Hồ' = those three districts (not every district), 'trong " +
  "tháng 3/2025' 31/3 (UBND tỉnh, Văn phòng UBND tỉnh recipients). 3 'Giám đốc Sở Nội vụ' = Sở Nội vụ: 3.a " +
  "'trước ngày 10/3/2025' 09/3 Sun -> 10/3; 3.b with Thanh tra tỉnh, Văn phòng UBND tỉnh, 'đợt 1 hoàn thành " +
  "trong quý II/2025' 30/6; 3.c 'trước ngày 15/12/2025' 14/12 Sun -> 15/12. 4: each lettered item names its own " +
  "unit: 4.a Văn phòng UBND tỉnh 'trình UBND tỉnh trước ngày 31/3/2025' 30/3 Sun -> 31/3 (its monthly " +
  "publishing no task); 4.b Sở TT&TT 'trong quý II/2025' 30/6; 4.c Thanh tra tỉnh 'trong năm 2025' 31/12. The " +
  "closing paragraph (MTTQ, Báo, Đài) has no day.";

await buildDoc(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Chỉ thị 03/CT-UBND of the Chủ tịch UBND tỉnh Lai Châu, 18/02/2025 (before the reorganisation: " +
      "districts, old departments). HABIT: A CHỈ THỊ WITH DUTIES BY ADDRESSEE'S HEAD ('1. Thủ trưởng các sở, ban, " +
      "ngành tỉnh:', '2. Chủ tịch UBND các huyện, thành phố:', '3. Giám đốc Sở Nội vụ:', '4. … tổ chức thực " +
      "hiện:') with a)-d) items, inline deadlines mixed with continuing and periodic duties, one deadline counted " +
      "from the signing. " + WORK + " PDF: LibreOffice.",
    province: "Lai Châu",
    plan: { number: "03/CT-UBND", date: "2025-02-18" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
