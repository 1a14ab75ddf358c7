// 01: Lai Châu 2026 (after the reorganisation: merged departments, no districts, communes not in the directory),
// UBND tỉnh, Kế hoạch 52/KH-UBND ngày 09/3/2026 tăng cường kỷ luật, kỷ cương hành chính. Habit: a PROSE PLAN:
// numbered paragraphs under "III. NHIỆM VỤ VÀ GIẢI PHÁP", each naming who leads, who helps and when, in a different
// order and phrasing (the deadline first, the task first and the unit after "Giao …", the deadline in the next
// sentence, two leads), then "IV. TỔ CHỨC THỰC HIỆN" with one paragraph per unit, some dated.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, CC, N, buildMerged } from "./common.mjs";

const ID = "01-lai-chau-2026-prose-plan-numbered-paragraphs-lead-helpers-deadline-in-varying-order";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", TTR = "Thanh tra tỉnh", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TC = "Sở Tài chính";
const KC = "Sở Khoa học và Công nghệ", YT = "Sở Y tế", GD = "Sở Giáo dục và Đào tạo", CA = "Công an tỉnh";
const VH = "Sở Văn hóa, Thể thao và Du lịch", BAO = "Báo và Phát thanh, Truyền hình Lai Châu";
const XA = "UBND các xã, phường", LQ = "Các cơ quan liên quan";

const nv = (n, text) => N(`${n}.`, "decimal", "nv", text);
const tc = (n, text) => N(`${n}.`, "decimal", "tc", text);
const sec = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 52/KH-UBND", "Lai Châu, ngày 09 tháng 3 năm 2026", "KẾ HOẠCH",
    "Tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan hành chính nhà nước trên địa bàn tỉnh Lai Châu " +
    "năm 2026"),
  CC("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
  CC("Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;"),
  CC("Thực hiện Chỉ thị số 26/CT-TTg ngày 05 tháng 9 năm 2016 của Thủ tướng Chính phủ về tăng cường kỷ luật, kỷ " +
    "cương trong các cơ quan hành chính nhà nước các cấp;"),
  P("Để chấn chỉnh tình trạng chậm, muộn trong thực hiện nhiệm vụ được giao, nâng cao trách nhiệm người đứng đầu sau " +
    "khi vận hành chính quyền địa phương hai cấp, Ủy ban nhân dân tỉnh ban hành Kế hoạch tăng cường kỷ luật, kỷ cương " +
    "hành chính năm 2026 như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  N("1.", "decimal", "md", "Mục đích", { bold: true }),
  P("- Nâng cao ý thức trách nhiệm, tinh thần phục vụ Nhân dân của đội ngũ cán bộ, công chức, viên chức; khắc phục " +
    "tình trạng né tránh, đùn đẩy, làm việc cầm chừng."),
  P("- Thiết lập trật tự, kỷ cương trong thực thi công vụ, góp phần nâng cao Chỉ số cải cách hành chính và Chỉ số " +
    "hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước của tỉnh."),
  N("2.", "decimal", "md", "Yêu cầu", { bold: true }),
  P("- Các nhiệm vụ phải được triển khai đồng bộ, có trọng tâm, trọng điểm; xác định rõ cơ quan chủ trì, cơ quan phối " +
    "hợp, thời hạn hoàn thành."),
  P("- Gắn kết quả thực hiện Kế hoạch với đánh giá, xếp loại chất lượng cơ quan, tổ chức, cá nhân năm 2026."),
  sec("II.", "CHỈ TIÊU"),
  P("100% cơ quan, đơn vị xây dựng và thực hiện kế hoạch tăng cường kỷ luật, kỷ cương hành chính; không để xảy ra " +
    "trường hợp cán bộ, công chức gây phiền hà, sách nhiễu người dân, doanh nghiệp; tỷ lệ nhiệm vụ UBND tỉnh giao " +
    "bị quá hạn dưới 2%."),
  sec("III.", "NHIỆM VỤ VÀ GIẢI PHÁP"),
  nv(1, `${NV} chủ trì, phối hợp với ${TTR}, ${VP} xây dựng Kế hoạch kiểm tra công vụ, kiểm tra việc thực hiện kỷ ` +
    "luật, kỷ cương hành chính năm 2026, trình UBND tỉnh ban hành trước ngày 31/3/2026."),
  nv(2, "Tổ chức kiểm tra đột xuất việc chấp hành thời giờ làm việc, nội quy, quy chế cơ quan và văn hóa công sở tại " +
    `các cơ quan hành chính cấp tỉnh và ${XA}. Nhiệm vụ này do ${NV} chủ trì; ${TTR} và ${CA} phối hợp, cử thành ` +
    "viên tham gia đoàn kiểm tra; thực hiện xong trong quý II/2026."),
  nv(3, `Đến hết tháng 5/2026, ${VP} hoàn thành việc rà soát, cập nhật toàn bộ nhiệm vụ UBND tỉnh, Chủ tịch UBND ` +
    "tỉnh giao từ năm 2025 chuyển sang trên Hệ thống theo dõi nhiệm vụ của tỉnh; " +
    `${KC} phối hợp bảo đảm kỹ thuật, kết nối dữ liệu.`),
  nv(4, "Rà soát các quy định của tỉnh về chế độ công vụ, quy chế làm việc, phân cấp, ủy quyền giải quyết công việc " +
    "để kiến nghị sửa đổi, bổ sung hoặc bãi bỏ cho phù hợp với mô hình chính quyền địa phương hai cấp. Giao " +
    `${TP} chủ trì, phối hợp với ${NV} và các cơ quan liên quan thực hiện, hoàn thành trước ngày 15 tháng 6 năm 2026.`),
  nv(5, `${TTR} chủ trì thanh tra trách nhiệm của người đứng đầu trong việc thực hiện pháp luật về công vụ, tiếp ` +
    "công dân và giải quyết đơn thư tại một số sở, ngành và xã, phường có nhiều phản ánh, kiến nghị. Thời gian " +
    "hoàn thành: trong quý III/2026."),
  nv(6, `${NV} và ${TC} cùng chủ trì rà soát vị trí việc làm, biên chế được giao gắn với dự toán chi thường xuyên ` +
    "của các cơ quan, đơn vị sau sắp xếp; đề xuất UBND tỉnh phương án bố trí, giải quyết chế độ đối với số cán bộ, " +
    "công chức dôi dư chậm nhất ngày 30/7/2026."),
  nv(7, "Triển khai chấm công bằng thiết bị điện tử và kết nối camera giám sát tại Bộ phận Một cửa các cấp: " +
    `${KC} hướng dẫn giải pháp kỹ thuật, phối hợp với ${VP} và ${XA} tổ chức lắp đặt, đưa vào sử dụng; ` +
    "xong giữa tháng 8/2026."),
  nv(8, `Trong tháng 4/2026, ${NV} phối hợp với ${CA} xây dựng Quy chế phối hợp cung cấp, trao đổi thông tin về ` +
    "cán bộ, công chức, viên chức vi phạm pháp luật, trình UBND tỉnh ban hành."),
  nv(9, `${BAO} phối hợp với ${NV}, ${VH} xây dựng chuyên mục "Kỷ cương công vụ", phát sóng, đăng tải số đầu ` +
    "tiên trước ngày 01/4/2026 và duy trì định kỳ hằng tháng."),
  nv(10, `Các sở, ban, ngành tỉnh, ${XA} thực hiện nghiêm việc công khai lịch làm việc của lãnh đạo, đeo thẻ công ` +
    "chức khi thi hành công vụ, không để người dân phải đi lại nhiều lần. Thực hiện thường xuyên."),
  nv(11, `Người đứng đầu ${YT}, ${GD} chỉ đạo các đơn vị sự nghiệp công lập trực thuộc rà soát, ban hành lại nội ` +
    "quy, quy chế văn hóa công sở phù hợp với đặc thù của ngành; hoàn thành trước 30/6/2026."),
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  tc(1, `${NV} là cơ quan thường trực, giúp UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; ` +
    "tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 05/12/2026."),
  tc(2, "Thủ trưởng các sở, ban, ngành tỉnh căn cứ chức năng, nhiệm vụ xây dựng kế hoạch thực hiện của cơ quan mình, " +
    "ban hành chậm nhất ngày 10/4/2026; kết quả thực hiện được lồng ghép trong báo cáo cải cách hành chính định kỳ."),
  tc(3, `${XA} quán triệt Kế hoạch này đến từng cán bộ, công chức, người lao động; tự kiểm tra việc chấp hành kỷ ` +
    "luật, kỷ cương tại cơ quan, đơn vị và gửi kết quả về Sở Nội vụ trước ngày 25 tháng 11 năm 2026."),
  tc(4, `${VP} theo dõi tình hình thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao; kịp thời tham mưu phê ` +
    "bình, nhắc nhở các cơ quan, đơn vị có nhiệm vụ quá hạn."),
  tc(5, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường giám sát " +
    "việc thực hiện kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức."),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, " +
    "báo cáo UBND tỉnh xem xét, quyết định./."),
  ...sign(["Văn phòng Chính phủ (b/c)", "Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
    "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh", XA, BAO],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Nghĩa"),
];

const tasks = [
  task("III.1", "xây dựng Kế hoạch kiểm tra công vụ, kiểm tra việc thực hiện kỷ luật, kỷ cương hành chính năm 2026",
    "2026-03-30", [NV], [TTR, VP]),
  task("III.2", "Tổ chức kiểm tra đột xuất việc chấp hành thời giờ làm việc, nội quy, quy chế cơ quan",
    "2026-06-30", [NV], [TTR, CA]),
  task("III.3", "rà soát, cập nhật toàn bộ nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao", "2026-05-31", [VP], [KC]),
  task("III.4", "Rà soát các quy định của tỉnh về chế độ công vụ, quy chế làm việc", "2026-06-14", [TP], [NV, LQ]),
  task("III.5", "thanh tra trách nhiệm của người đứng đầu trong việc thực hiện pháp luật về công vụ", "2026-09-30",
    [TTR]),
  task("III.6", "rà soát vị trí việc làm, biên chế được giao gắn với dự toán chi thường xuyên", "2026-07-30",
    [NV, TC]),
  task("III.7", "Triển khai chấm công bằng thiết bị điện tử và kết nối camera giám sát", "2026-08-15", [KC],
    [VP, XA]),
  task("III.8", "xây dựng Quy chế phối hợp cung cấp, trao đổi thông tin về cán bộ, công chức, viên chức vi phạm " +
    "pháp luật", "2026-04-30", [NV], [CA]),
  task("III.9", "xây dựng chuyên mục \"Kỷ cương công vụ\", phát sóng, đăng tải số đầu tiên", "2026-03-31", [BAO],
    [NV, VH]),
  task("III.11", "chỉ đạo các đơn vị sự nghiệp công lập trực thuộc rà soát, ban hành lại nội quy, quy chế văn hóa " +
    "công sở", "2026-06-29", [YT, GD]),
  task("IV.1", "tổng hợp kết quả, báo cáo UBND tỉnh", "2026-12-04", [NV]),
  task("IV.2", "xây dựng kế hoạch thực hiện của cơ quan mình", "2026-04-10", ["@departments"]),
  task("IV.3", "quán triệt Kế hoạch này đến từng cán bộ, công chức, người lao động", "2026-11-24", [XA]),
];

const DATES = "III.1 'trình UBND tỉnh ban hành trước ngày 31/3/2026' 30/3 (UBND tỉnh a recipient); III.2 units in " +
  "the next sentence ('do Sở Nội vụ chủ trì; Thanh tra tỉnh và Công an tỉnh phối hợp'), 'quý II/2026' 30/6 (UBND " +
  "các xã, phường inspected, no unit); III.3 'Đến hết tháng 5/2026' 31/5 Sun -> 01/6; III.4 'Giao Sở Tư pháp chủ " +
  "trì, phối hợp với Sở Nội vụ và các cơ quan liên quan', 'trước ngày 15 tháng 6 năm 2026' 14/6 Sun -> 15/6; III.5 " +
  "next sentence 'Thời gian hoàn thành: trong quý III/2026' 30/9; III.6 two leads 'cùng chủ trì', 'chậm nhất ngày " +
  "30/7/2026' 30/7; III.7 'giữa tháng 8/2026' 15/8 Sat -> 17/8; III.8 'Trong tháng 4/2026' 30/4 (30/4, 01/5 off) " +
  "-> 04/5; III.9 'trước ngày 01/4/2026' 31/3, coord 'Sở Nội vụ, Sở Văn hóa, Thể thao và Du lịch'; III.10 " +
  "'thường xuyên' no task; III.11 two leads, 'trước 30/6/2026' 29/6. IV.1 'trước ngày 05/12/2026' 04/12; IV.2 " +
  "'Thủ trưởng các sở, ban, ngành tỉnh' @departments, 'chậm nhất ngày 10/4/2026'; IV.3 'trước ngày 25 tháng 11 " +
  "năm 2026' 24/11 (Sở Nội vụ a recipient); IV.4, IV.5 undated.";

await buildMerged(DIR, {
  blocks,
  expected: {
    id: ID,
    style: "Kế hoạch 52/KH-UBND of UBND tỉnh Lai Châu, 09/3/2026 (after the reorganisation, communes not in the " +
      "directory: 'UBND các xã, phường' = UBND cấp xã). HABIT: a PROSE PLAN: III. NHIỆM VỤ VÀ GIẢI PHÁP numbered " +
      "paragraphs (ref III.n) naming lead, helpers and deadline in varying order, IV. TỔ CHỨC THỰC HIỆN one " +
      "paragraph per unit (ref IV.n). " + DATES + " plan.pdf LibreOffice's print of plan-auto.docx (Word lists).",
    province: "Lai Châu",
    plan: { number: "52/KH-UBND", date: "2026-03-09" },
    tasks, unresolved: [LQ, XA], successors: [],
  },
});
