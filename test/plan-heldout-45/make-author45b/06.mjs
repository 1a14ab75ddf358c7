// 06: Bắc Kạn, UBND tỉnh, Báo cáo 105/BC-UBND ngày 14/6/2023 (before the reorganisation: districts, old departments),
// công tác cải cách hành chính 6 tháng đầu năm 2023. Habit: a REPORT (BÁO CÁO) whose parts I (results) and II
// (shortcomings) tell of past work with past dates, and only its last part "III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"
// gives dated tasks: bold 1.-7. by content of reform, a) b) c) items or one paragraph under a heading, some undated.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, buildTwo } from "./common.mjs";

const ID = "06-bac-kan-2023-bao-cao-results-then-part-iii-nhiem-vu-trong-tam-dated";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TC = "Sở Tài chính";
const KH = "Sở Kế hoạch và Đầu tư", TT = "Sở Thông tin và Truyền thông", KB = "Kho bạc Nhà nước tỉnh";
const BD = "Bưu điện tỉnh", LQ = "các cơ quan có liên quan";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const N = (inst) => (n, text) => H(`${n}.`, text, { list: { kind: "decimal", inst } });
const L = (inst) => (l, text) => P(text, { num: `${l})`, list: { kind: "letter", inst } });
const n1 = N("s1"), n3 = N("s3");

const results = [
  R("I.", "KẾT QUẢ THỰC HIỆN"),
  n1(1, "Công tác chỉ đạo, điều hành"),
  P("Ngày 06/01/2023, UBND tỉnh ban hành Kế hoạch số 09/KH-UBND về cải cách hành chính năm 2023 với 52 nhiệm vụ; " +
    "trước ngày 15/01/2023, 100% các sở, ban, ngành, UBND các huyện, thành phố đã ban hành kế hoạch của cơ quan, " +
    "đơn vị mình. Ngày 21/02/2023, UBND tỉnh tổ chức Hội nghị triển khai nhiệm vụ CCHC và công bố Chỉ số CCHC năm " +
    "2022 của các cơ quan, đơn vị. Trong 6 tháng, Chủ tịch UBND tỉnh ban hành 04 văn bản chấn chỉnh kỷ luật, kỷ " +
    "cương hành chính; Sở Nội vụ kiểm tra công tác CCHC tại 06 cơ quan, đơn vị (hoàn thành ngày 26/5/2023)."),
  n1(2, "Cải cách thể chế"),
  P("HĐND, UBND tỉnh ban hành 27 văn bản quy phạm pháp luật; Sở Tư pháp thẩm định 31 dự thảo, bảo đảm đúng thời " +
    "hạn. Việc công bố kết quả rà soát, hệ thống hóa văn bản kỳ 2019 - 2023 hoàn thành trước ngày 31/3/2023."),
  n1(3, "Cải cách thủ tục hành chính"),
  P("Chủ tịch UBND tỉnh công bố 214 thủ tục hành chính mới ban hành, sửa đổi, bổ sung; toàn tỉnh tiếp nhận 98.736 " +
    "hồ sơ, đã giải quyết 96.102 hồ sơ, trong đó trước và đúng hạn đạt 98,7%. Tỷ lệ hồ sơ trực tuyến đạt 31,4%, " +
    "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC cấp tỉnh đạt 42%, cấp huyện 27%, cấp xã 9%."),
  n1(4, "Cải cách tổ chức bộ máy, chế độ công vụ"),
  P("Giảm 03 phòng chuyên môn thuộc sở, 11 đơn vị sự nghiệp công lập so với năm 2022; tuyển dụng 312 viên chức " +
    "giáo dục. Kỳ thi nâng ngạch công chức năm 2023 đã tổ chức xong ngày 08/6/2023."),
  n1(5, "Cải cách tài chính công và xây dựng chính quyền điện tử, chính quyền số"),
  P("Đến ngày 31/5/2023, giải ngân vốn đầu tư công đạt 28,6% kế hoạch. Hệ thống quản lý văn bản và điều hành kết " +
    "nối liên thông 4 cấp; 100% văn bản trao đổi giữa các cơ quan nhà nước (trừ văn bản mật) dưới dạng điện tử."),
  R("II.", "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
  P("Một số nhiệm vụ của Kế hoạch CCHC năm 2023 chậm tiến độ; tỷ lệ hồ sơ trực tuyến và số hóa hồ sơ còn thấp, " +
    "nhất là ở cấp xã; hạ tầng công nghệ thông tin một số nơi chưa đồng bộ; việc khai thác, sử dụng lại dữ liệu đã " +
    "số hóa chưa hiệu quả. Nguyên nhân chủ yếu là người đứng đầu một số cơ quan, đơn vị chưa thực sự quan tâm, " +
    "đội ngũ công chức làm công tác CCHC kiêm nhiệm, thường xuyên thay đổi."),
];

const focus = [
  R("III.", "NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"),
  P("Để hoàn thành mục tiêu cải cách hành chính năm 2023, UBND tỉnh tập trung chỉ đạo thực hiện các nhiệm vụ sau:"),
  n3(1, "Về chỉ đạo, điều hành"),
  L("c1")("a", "Các sở, ban, ngành, UBND các huyện, thành phố rà soát các nhiệm vụ CCHC còn chậm so với Kế hoạch " +
    "năm 2023, có giải pháp khắc phục, hoàn thành trước ngày 31/8/2023."),
  L("c1")("b", "Sở Nội vụ tham mưu UBND tỉnh tổ chức Hội nghị phân tích Chỉ số CCHC, Chỉ số SIPAS năm 2022 của " +
    "tỉnh, đề ra giải pháp cải thiện các chỉ số thành phần bị điểm thấp; thời gian tổ chức trong tháng 7/2023."),
  L("c1")("c", "Tăng cường kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính, xử lý nghiêm cán bộ, công " +
    "chức vi phạm."),
  n3(2, "Về cải cách thể chế"),
  P(`${TP} chủ trì, phối hợp với ${VP} và ${LQ} rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành ` +
    "không còn phù hợp, đề xuất sửa đổi, bổ sung hoặc bãi bỏ; hoàn thành trong quý III/2023."),
  n3(3, "Về cải cách thủ tục hành chính"),
  L("c3")("a", "Văn phòng UBND tỉnh kịp thời tham mưu công bố, công khai thủ tục hành chính; theo dõi, đôn đốc việc " +
    "giải quyết hồ sơ quá hạn."),
  L("c3")("b", `${VP} chủ trì, phối hợp với Sở TT&TT, ${BD} nâng cấp Hệ thống thông tin giải quyết thủ tục hành ` +
    "chính tỉnh, bảo đảm kết nối, đồng bộ với Cổng Dịch vụ công quốc gia, xong trước 15/9/2023."),
  L("c3")("c", "UBND các huyện, thành phố chỉ đạo UBND cấp xã đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục " +
    "hành chính; đến hết ngày 30/11/2023 tỷ lệ số hóa ở cấp huyện đạt tối thiểu 50%, cấp xã tối thiểu 30%."),
  n3(4, "Về tổ chức bộ máy và chế độ công vụ"),
  L("c4")("a", "Sở Nội vụ thẩm định, trình UBND tỉnh phê duyệt điều chỉnh danh mục vị trí việc làm của các cơ quan, " +
    "tổ chức hành chính chậm nhất ngày 30/10/2023."),
  L("c4")("b", "Trong năm 2023, các sở, ngành và UBND cấp huyện hoàn thành việc sắp xếp đơn vị sự nghiệp công lập " +
    "theo Đề án đã được phê duyệt."),
  n3(5, "Về cải cách tài chính công"),
  P(`${TC} chủ trì, phối hợp với ${KH}, ${KB} đôn đốc các chủ đầu tư đẩy nhanh giải ngân vốn đầu tư công; báo ` +
    "cáo UBND tỉnh tình hình giải ngân vào cuối tháng 9/2023."),
  n3(6, "Về xây dựng chính quyền điện tử, chính quyền số"),
  P(`${TT} hoàn thành kết nối nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của tỉnh với phần mềm chuyên ngành của ` +
    "các sở, ngành và 08 huyện, thành phố vào giữa tháng 10/2023."),
  n3(7, "Về theo dõi, đánh giá và báo cáo"),
  L("c7")("a", "Sở Nội vụ ban hành văn bản hướng dẫn tự đánh giá, chấm điểm Chỉ số CCHC năm 2023 đối với các sở, " +
    "ban, ngành, UBND các huyện, thành phố vào đầu tháng 11/2023."),
  L("c7")("b", "Các sở, ban, ngành, UBND các huyện, thành phố xây dựng báo cáo CCHC năm 2023 của cơ quan, đơn vị, " +
    "gửi về Sở Nội vụ trước ngày 05/12/2023."),
  L("c7")("c", "Sở Nội vụ tổng hợp, dự thảo báo cáo CCHC năm 2023 của tỉnh, trình UBND tỉnh trước ngày 15/12/2023 " +
    "để báo cáo Bộ Nội vụ theo quy định."),
  P("Trên đây là báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm và nhiệm vụ trọng tâm thời gian tới " +
    "của UBND tỉnh Bắc Kạn./."),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 105/BC-UBND", "Bắc Kạn, ngày 14 tháng 6 năm 2023", "BÁO CÁO",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023"),
  P("Thực hiện Văn bản số 2187/BNV-CCHC ngày 22/5/2023 của Bộ Nội vụ về việc báo cáo công tác cải cách hành chính " +
    "định kỳ, UBND tỉnh Bắc Kạn báo cáo kết quả 6 tháng đầu năm 2023 như sau:"),
  ...results, ...focus,
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh", "CT, PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố", "LĐVP, Phòng NC"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Hoàng Văn Thịnh"),
];

const G = ["@departments", "@districts"];
const tasks = [
  task("III.1.a", "rà soát các nhiệm vụ CCHC còn chậm so với Kế hoạch năm 2023", "2023-08-30", G),
  task("III.1.b", "tham mưu UBND tỉnh tổ chức Hội nghị phân tích Chỉ số CCHC", "2023-07-31", [NV]),
  task("III.2", "rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "2023-09-30", [TP], [VP, LQ]),
  task("III.3.b", "nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2023-09-14", [VP], [TT, BD]),
  task("III.3.c", "chỉ đạo UBND cấp xã đẩy mạnh số hóa hồ sơ", "2023-11-30", ["@districts"]),
  task("III.4.a", "thẩm định, trình UBND tỉnh phê duyệt điều chỉnh danh mục vị trí việc làm", "2023-10-30", [NV]),
  task("III.4.b", "hoàn thành việc sắp xếp đơn vị sự nghiệp công lập", "2023-12-31", G),
  task("III.5", "đôn đốc các chủ đầu tư đẩy nhanh giải ngân vốn đầu tư công", "2023-09-30", [TC], [KH, KB]),
  task("III.6", "hoàn thành kết nối nền tảng tích hợp, chia sẻ dữ liệu (LGSP)", "2023-10-15", [TT]),
  task("III.7.a", "ban hành văn bản hướng dẫn tự đánh giá, chấm điểm Chỉ số CCHC năm 2023", "2023-11-10", [NV]),
  task("III.7.b", "xây dựng báo cáo CCHC năm 2023 của cơ quan, đơn vị", "2023-12-04", G),
  task("III.7.c", "tổng hợp, dự thảo báo cáo CCHC năm 2023 của tỉnh", "2023-12-14", [NV]),
];

const WORK = "III.1.a @departments and @districts 'hoàn thành trước ngày 31/8/2023' 30/8; III.1.b Sở Nội vụ 'trong " +
  "tháng 7/2023' 31/7; III.1.c no day, no task; III.2 (one paragraph under its heading) Sở Tư pháp with VP UBND " +
  "tỉnh and 'các cơ quan có liên quan' (unresolved) 'trong quý III/2023' 30/9 (Sat) -> Mon 2/10; III.3.a undated, " +
  "no task; III.3.b VP UBND tỉnh with 'Sở TT&TT' (Sở Thông tin và Truyền thông) and Bưu điện tỉnh 'xong trước " +
  "15/9/2023' 14/9; III.3.c @districts (UBND cấp xã is whom they direct, not a lead) 'đến hết ngày 30/11/2023' " +
  "30/11; III.4.a Sở Nội vụ 'chậm nhất ngày 30/10/2023' 30/10; III.4.b 'Trong năm 2023, các sở, ngành và UBND cấp " +
  "huyện' (@departments, @districts) 31/12 (Sun) -> 2/1/2024 (1/1 off); III.5 Sở Tài chính with Sở KH&ĐT " +
  "and Kho bạc Nhà nước tỉnh 'vào cuối tháng 9/2023' 30/9 -> 2/10; III.6 Sở TT&TT 'vào giữa tháng 10/2023' 15/10 " +
  "(Sun) -> 16/10; III.7.a Sở Nội vụ 'vào đầu tháng 11/2023' 10/11 (the units named are whom it guides); III.7.b " +
  "@departments, @districts 'trước ngày 05/12/2023' 4/12 (Sở Nội vụ a recipient); III.7.c Sở Nội vụ 'trước ngày " +
  "15/12/2023' 14/12 (UBND tỉnh, Bộ Nội vụ recipients). Parts I and II report past work with past dates ('Ngày " +
  "06/01/2023 …', 'trước ngày 15/01/2023 … đã ban hành', 'hoàn thành trước ngày 31/3/2023', 'Đến ngày 31/5/2023'): " +
  "no task.";

await buildTwo(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Báo cáo 105/BC-UBND of UBND tỉnh Bắc Kạn, 14/6/2023, before the reorganisation (districts, old " +
      "departments). HABIT: a REPORT (BÁO CÁO) on six months of administrative reform: I Kết quả thực hiện and II " +
      "Tồn tại, hạn chế tell of past work with past dates; only the last part III NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI " +
      "gives tasks, under bold 1.-7. by content of reform, as a) b) c) items or as a single paragraph under the " +
      "heading (ref III.n). " + WORK + " plan.pdf is LibreOffice's print of plan-auto.docx.",
    province: "Bắc Kạn",
    plan: { number: "105/BC-UBND", date: "2023-06-14" },
    tasks, unresolved: [LQ], successors: [],
  },
});
