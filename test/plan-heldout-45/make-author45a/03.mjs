// 03: Lai Châu, Chủ tịch UBND tỉnh, Chỉ thị 05/CT-UBND ngày 18/3/2024 (before the reorganisation: districts, old
// departments), kỷ luật, kỷ cương hành chính và nâng cao Chỉ số CCHC, SIPAS năm 2024. Habit: a CHỈ THỊ OF THE
// CHAIRMAN: no Roman parts, a preamble of results and shortcomings, "Chủ tịch UBND tỉnh yêu cầu:", then duties
// numbered by sector and unit ("1. Các sở, ban, ngành tỉnh:", "2. Sở Nội vụ:", "7. UBND các huyện, thành phố:"),
// a) b) under them, some dated, some continuing (no task); a unit named by its head ("Chánh Thanh tra tỉnh"), the
// worst-ranked districts named one by one, the paper and the station together; closing "Giao Sở Nội vụ …" item.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, L, buildTwo } from "./common.mjs";

const ID = "03-lai-chau-2024-chi-thi-chairman-duties-numbered-by-unit-some-continuing";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông", KH = "Sở Kế hoạch và Đầu tư";
const HH = "Hiệp hội Doanh nghiệp tỉnh", TTR = "Thanh tra tỉnh", BAO = "Báo Lai Châu";
const DAI = "Đài Phát thanh - Truyền hình tỉnh";
const MT = "UBND huyện Mường Tè", NN = "UBND huyện Nậm Nhùn", SH = "UBND huyện Sìn Hồ";

const U = (n, text, o = {}) => L(`${n}.`, text, "decimal", "u", { bold: true, ...o });
const UP = (n, text) => L(`${n}.`, text, "decimal", "u");
let inst = 0;
const a = (l, text) => L(`${l})`, text, "letter", `l${l === "a" ? ++inst : inst}`);

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 05/CT-UBND", "Lai Châu, ngày 18 tháng 3 năm 2024", "CHỈ THỊ",
    "Về tăng cường kỷ luật, kỷ cương hành chính, nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người " +
    "dân, tổ chức năm 2024"),
  P("Năm 2023, công tác cải cách hành chính của tỉnh có chuyển biến tích cực: Chỉ số CCHC (PAR INDEX) của tỉnh tăng " +
    "03 bậc, Chỉ số SIPAS đạt 81,2%; tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt trên 98%. Tuy nhiên, " +
    "kết quả chưa đồng đều; một số tiêu chí thành phần về chỉ đạo điều hành, thực hiện cơ chế một cửa, dịch vụ " +
    "công trực tuyến còn bị trừ điểm; tình trạng chậm muộn trong giải quyết hồ sơ, trả lời kiến nghị của người " +
    "dân, doanh nghiệp vẫn còn xảy ra ở một số cơ quan, địa phương; 03 huyện có Chỉ số CCHC năm 2023 giảm bậc."),
  P("Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành " +
    "chính nhà nước giai đoạn 2021-2030 và Kế hoạch số 4721/KH-UBND ngày 28/12/2023 của UBND tỉnh về cải cách hành " +
    "chính năm 2024, để khắc phục những tồn tại, hạn chế nêu trên, Chủ tịch UBND tỉnh yêu cầu:"),
  U(1, "Các sở, ban, ngành tỉnh:"),
  a("a", "Quán triệt đến toàn thể cán bộ, công chức, viên chức thực hiện nghiêm kỷ luật, kỷ cương hành chính, văn " +
    "hóa công vụ; không để xảy ra tình trạng nhũng nhiễu, gây phiền hà cho người dân, doanh nghiệp."),
  a("b", "Xây dựng, ban hành kế hoạch khắc phục các tiêu chí, tiêu chí thành phần bị trừ điểm trong Chỉ số CCHC " +
    "năm 2023 của cơ quan, đơn vị mình; gửi Sở Nội vụ chậm nhất ngày 10/4/2024."),
  a("c", "Rà soát, bố trí công chức có năng lực, phẩm chất làm việc tại Bộ phận Một cửa, hoàn thành trước ngày " +
    "15/4/2024."),
  a("d", "Thực hiện nghiêm việc xin lỗi người dân, tổ chức khi để hồ sơ quá hạn giải quyết; công khai kết quả " +
    "giải quyết hồ sơ trên Cổng Dịch vụ công của tỉnh."),
  U(2, "Sở Nội vụ:"),
  a("a", "Tham mưu Chủ tịch UBND tỉnh tổ chức Hội nghị công bố Chỉ số CCHC năm 2023 của các sở, ban, ngành, UBND " +
    "các huyện, thành phố trong tháng 4/2024."),
  a("b", "Chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông kiểm tra đột xuất việc chấp hành " +
    "kỷ luật, kỷ cương hành chính, giờ giấc làm việc tại các cơ quan, đơn vị (02 đợt), hoàn thành trước ngày " +
    "30/11/2024."),
  a("c", "Theo dõi, tổng hợp tình hình thực hiện Chỉ thị, định kỳ hằng quý báo cáo Chủ tịch UBND tỉnh."),
  U(3, "Văn phòng UBND tỉnh:"),
  a("a", "Theo dõi, đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ " +
    "công theo thời gian thực; thông báo kết quả hằng tháng."),
  a("b", "Tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính thực hiện tiếp nhận trực tuyến toàn " +
    "trình, hoàn thành trong quý II/2024."),
  U(4, "Sở Thông tin và Truyền thông:"),
  P("Chủ trì, phối hợp với Văn phòng UBND tỉnh nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, bảo " +
    "đảm kết nối, đồng bộ trạng thái hồ sơ với Cổng Dịch vụ công quốc gia; xong trước 31/7/2024."),
  U(5, "Sở Kế hoạch và Đầu tư:"),
  P("Chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh tổ chức khảo sát, đánh giá Chỉ số năng lực cạnh tranh cấp " +
    "sở, ngành và địa phương (DDCI) năm 2024; công bố kết quả trong tháng 12/2024."),
  U(6, "Sở Tài chính:"),
  P("Bố trí kinh phí thực hiện nhiệm vụ cải cách hành chính, khảo sát mức độ hài lòng năm 2024 theo đề xuất của " +
    "các cơ quan, đơn vị."),
  U(7, "UBND các huyện, thành phố:"),
  a("a", "Chỉ đạo UBND các xã, phường, thị trấn thực hiện nghiêm quy định về tiếp nhận, giải quyết thủ tục hành " +
    "chính; thường xuyên kiểm tra hoạt động của Bộ phận Một cửa cấp xã."),
  a("b", "Tổ chức tự kiểm tra công tác cải cách hành chính tại 100% xã, phường, thị trấn trên địa bàn; gửi kết quả " +
    "về Sở Nội vụ trước ngày 20/10/2024."),
  a("c", "UBND huyện Mường Tè, Nậm Nhùn, Sìn Hồ (03 đơn vị có Chỉ số CCHC năm 2023 giảm bậc) xây dựng giải pháp " +
    "khắc phục cụ thể, báo cáo Chủ tịch UBND tỉnh trước 30/5/2024."),
  U(8, "Báo Lai Châu, Đài Phát thanh - Truyền hình tỉnh:"),
  P("Xây dựng loạt phóng sự, bài viết về những điển hình và những việc còn hạn chế trong cải cách hành chính; đăng " +
    "tải, phát sóng giữa tháng 8/2024."),
  U(9, "Chánh Thanh tra tỉnh:"),
  P("Đưa nội dung thanh tra trách nhiệm người đứng đầu trong thực hiện cải cách hành chính vào Kế hoạch thanh tra " +
    "năm 2025, trình Chủ tịch UBND tỉnh phê duyệt trước ngày 15/12/2024."),
  UP(10, "Giao Sở Nội vụ theo dõi, đôn đốc việc thực hiện Chỉ thị này; tổng hợp kết quả, báo cáo Chủ tịch UBND " +
    "tỉnh trước ngày 10/12/2024."),
  P("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thành phố nghiêm túc " +
    "triển khai thực hiện Chỉ thị này; kết quả thực hiện là một trong các căn cứ đánh giá, xếp loại người đứng đầu " +
    "cơ quan, đơn vị năm 2024./."),
  ...sign(["Văn phòng Chính phủ (b/c)", "Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố", "Báo Lai Châu, Đài PT-TH tỉnh"], "CHỦ TỊCH",
  "Lê Văn Hoàng"),
];

const tasks = [
  task("1.b", "Xây dựng, ban hành kế hoạch khắc phục các tiêu chí, tiêu chí thành phần bị trừ điểm", "2024-04-10",
    ["@departments"]),
  task("1.c", "Rà soát, bố trí công chức có năng lực, phẩm chất làm việc tại Bộ phận Một cửa", "2024-04-14",
    ["@departments"]),
  task("2.a", "Tham mưu Chủ tịch UBND tỉnh tổ chức Hội nghị công bố Chỉ số CCHC năm 2023", "2024-04-30", [NV]),
  task("2.b", "kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính, giờ giấc làm việc", "2024-11-29", [NV],
    [VP, TT]),
  task("3.b", "Tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính thực hiện tiếp nhận trực tuyến",
    "2024-06-30", [VP]),
  task("4", "nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2024-07-30", [TT], [VP]),
  task("5", "tổ chức khảo sát, đánh giá Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương", "2024-12-31", [KH],
    [HH]),
  task("7.b", "Tổ chức tự kiểm tra công tác cải cách hành chính tại 100% xã, phường, thị trấn", "2024-10-19",
    ["@districts"]),
  task("7.c", "xây dựng giải pháp khắc phục cụ thể, báo cáo Chủ tịch UBND tỉnh", "2024-05-29", [MT, NN, SH]),
  task("8", "Xây dựng loạt phóng sự, bài viết về những điển hình", "2024-08-15", [BAO, DAI]),
  task("9", "Đưa nội dung thanh tra trách nhiệm người đứng đầu trong thực hiện cải cách hành chính", "2024-12-14",
    [TTR]),
  task("10", "theo dõi, đôn đốc việc thực hiện Chỉ thị này", "2024-12-09", [NV]),
];

const DATES = "Refs are the duty's number and letter. 1. 'Các sở, ban, ngành tỉnh' = @departments for its items: a) " +
  "and d) continuing, no task; b) 'gửi Sở Nội vụ chậm nhất ngày 10/4/2024' 10/4 (Sở Nội vụ the recipient); c) " +
  "'trước ngày 15/4/2024' 14/4 Sun -> 15/4. 2. Sở Nội vụ: a) 'trong tháng 4/2024' 30/4 (off; 01/5 off) -> 02/5; " +
  "b) partners VP UBND tỉnh and Sở TT&TT, '(02 đợt), hoàn thành trước ngày 30/11/2024' 29/11; c) 'hằng quý' no " +
  "task. 3. VP UBND tỉnh: a) 'hằng tháng' no task; b) 'trong quý II/2024' 30/6 Sun -> 01/7. 4. Sở TT&TT (its task " +
  "in the next paragraph, ref 4) with VP, 'xong trước 31/7/2024' 30/7. 5. Sở KH&ĐT with Hiệp hội Doanh nghiệp " +
  "tỉnh, 'trong tháng 12/2024' 31/12. 6. Sở Tài chính no day. 7. 'UBND các huyện, thành phố' = @districts: a) " +
  "continuing; b) 'trước ngày 20/10/2024' 19/10 Sat -> 21/10; c) its own subject 'UBND huyện Mường Tè, Nậm Nhùn, " +
  "Sìn Hồ' = three districts, 'trước 30/5/2024' 29/5. 8. Báo Lai Châu and Đài PT-TH tỉnh both lead, 'giữa tháng " +
  "8/2024' 15/8. 9. 'Chánh Thanh tra tỉnh' = Thanh tra tỉnh, 'trước ngày 15/12/2024' 14/12 Sat -> 16/12. 10. " +
  "'Giao Sở Nội vụ …' 'trước ngày 10/12/2024' 09/12. The closing paragraph and the preamble's past results: no task.";

await buildTwo(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Chỉ thị 05/CT-UBND of the Chairman of UBND tỉnh Lai Châu, 18/3/2024, before the reorganisation " +
      "(districts, old departments), on discipline and the PAR/SIPAS indexes. HABIT: a CHỈ THỊ OF THE CHAIRMAN: a " +
      "preamble (last year's results), 'Chủ tịch UBND tỉnh yêu cầu:', duties NUMBERED BY SECTOR AND UNIT 1.-10. " +
      "(bold unit line, a) b) items or one paragraph), some dated, some continuing. " + DATES +
      " plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Lai Châu",
    plan: { number: "05/CT-UBND", date: "2024-03-18" },
    tasks, unresolved: [], successors: [],
  },
});
