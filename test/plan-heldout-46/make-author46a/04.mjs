// 04: Thái Nguyên, UBND tỉnh, Kế hoạch 47/KH-UBND ngày 18/3/2025 (before the reorganisation: districts, old
// departments), nâng cao chất lượng giải quyết thủ tục hành chính năm 2025. Habit: "PHÂN CÔNG NHIỆM VỤ" as ONE
// NUMBERED ITEM PER UNIT ("1. Văn phòng UBND tỉnh", …, "10. UBND các huyện, thành phố") holding "-" bullets of its
// duties with no subject of their own: some bullets dated, some continuing; two items close with one time for all
// their bullets ("Thời gian hoàn thành các nội dung trên: …", "Các nhiệm vụ trên hoàn thành chậm nhất …"); one item
// is a single paragraph; partners stand inside the sentences ("phối hợp với …"). plan-auto.docx numbers parts,
// items and bullets with Word lists.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, L, R, D, N, buildTwo } from "./common.mjs";

const ID = "04-thai-nguyen-2025-phan-cong-one-numbered-item-per-unit-dash-duties-some-items-one-time";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TT = "Sở Thông tin và Truyền thông";
const KH = "Sở Kế hoạch và Đầu tư", TN = "Sở Tài nguyên và Môi trường", BD = "Bưu điện tỉnh";
const HH = "Hiệp hội Doanh nghiệp tỉnh", BAO = "Báo Thái Nguyên", DAI = "Đài Phát thanh - Truyền hình tỉnh";

let di = 0;
const U = (n, text) => N(n, text, "u");
const d = (text, first = false) => D(text, `d${first ? ++di : di}`);
const O = (n, text) => L(`${n}.`, text, "decimal", "o");

const TX = {
  vp1: "Chủ trì, phối hợp với Sở Tư pháp rà soát, tham mưu công bố danh mục thủ tục hành chính được cắt giảm thành " +
    "phần hồ sơ, thời gian giải quyết; trình Chủ tịch UBND tỉnh trước ngày 30/4/2025.",
  vp3: "Kiểm tra hoạt động của Bộ phận Một cửa các cấp tại 03 huyện Định Hóa, Võ Nhai, Phú Lương; hoàn thành trong " +
    "quý II/2025.",
  nv1: "Tham mưu UBND tỉnh tổ chức khảo sát mức độ hài lòng của người dân, tổ chức (SIPAS) năm 2025, phối hợp với " +
    "Bưu điện tỉnh phát, thu phiếu khảo sát; hoàn thành trong tháng 5/2025.",
  tt1: "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, bổ sung chức năng tự động nhắc hạn xử lý " +
    "hồ sơ đến từng công chức.",
  tt2: "Hướng dẫn, hỗ trợ công chức Bộ phận Một cửa cấp huyện, cấp xã sử dụng chữ ký số, số hóa hồ sơ khi tiếp " +
    "nhận.",
  tp1: "Đến hết ngày 15/5/2025, chủ trì, phối hợp với UBND các huyện, thành phố hoàn thành số hóa sổ hộ tịch lưu " +
    "trữ tại cấp xã, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử.",
  kh: "Chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh tổ chức Hội nghị đối thoại với doanh nghiệp về thủ tục " +
    "đầu tư, đất đai, xây dựng vào tuần thứ ba của tháng 4/2025.",
  tn1: "Chủ trì, phối hợp với Văn phòng UBND tỉnh rà soát quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực " +
    "đất đai, đề xuất cắt giảm thời gian thực hiện; hoàn thành trước 01/6/2025.",
  bao2: "Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh phối hợp với Sở Nội vụ xây dựng 01 phóng sự chuyên đề " +
    "về gương cán bộ, công chức tận tụy phục vụ nhân dân, đăng tải, phát sóng giữa tháng 6/2025.",
  dep1: "Niêm yết, công khai đầy đủ, đúng quy định thủ tục hành chính thuộc thẩm quyền giải quyết tại Bộ phận Một " +
    "cửa và trên Cổng thông tin điện tử của cơ quan; xong trước ngày 15/4/2025.",
  hu1: "Chỉ đạo UBND các xã, phường, thị trấn rà soát, bổ sung trang thiết bị tại Bộ phận Một cửa cấp xã.",
  hu2: "Tổ chức tự kiểm tra việc tiếp nhận, giải quyết thủ tục hành chính tại 100% xã, phường, thị trấn trên địa " +
    "bàn.",
  o2: "Các sở, ban, ngành, UBND các huyện, thành phố báo cáo kết quả thực hiện Kế hoạch (lồng ghép trong báo cáo " +
    "cải cách hành chính 6 tháng đầu năm) gửi Sở Nội vụ trước ngày 12/6/2025.",
  o3: "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch trước ngày 25/6/2025.",
};

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 47/KH-UBND", "Thái Nguyên, ngày 18 tháng 3 năm 2025", "KẾ HOẠCH",
    "Nâng cao chất lượng giải quyết thủ tục hành chính, phục vụ người dân, doanh nghiệp trên địa bàn tỉnh năm 2025"),
  P("Thực hiện Kế hoạch số 221/KH-UBND ngày 26/12/2024 của UBND tỉnh về cải cách hành chính năm 2025; nhằm khắc " +
    "phục những hạn chế trong giải quyết thủ tục hành chính năm 2024 (còn 1,8% hồ sơ trễ hạn, một số thủ tục phải " +
    "đi lại nhiều lần), UBND tỉnh ban hành Kế hoạch như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  D("Nâng cao tỷ lệ hồ sơ giải quyết đúng hạn, giảm thời gian đi lại, chi phí của người dân, doanh nghiệp khi thực " +
    "hiện thủ tục hành chính.", "i"),
  D("Phân công cụ thể, gắn trách nhiệm người đứng đầu với kết quả giải quyết thủ tục hành chính của cơ quan, đơn " +
    "vị.", "i"),
  R("II.", "CHỈ TIÊU"),
  D("Trên 99% hồ sơ thủ tục hành chính được giải quyết đúng hạn; 100% hồ sơ trễ hạn có văn bản xin lỗi.", "ii"),
  D("Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50% tổng số hồ sơ của thủ tục cung cấp dịch vụ công trực " +
    "tuyến toàn trình.", "ii"),
  R("III.", "PHÂN CÔNG NHIỆM VỤ"),
  U(1, "Văn phòng UBND tỉnh"),
  d(TX.vp1, true),
  d("Theo dõi, đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp theo thời gian thực; thông báo kết quả hằng " +
    "tháng."),
  d(TX.vp3),
  U(2, "Sở Nội vụ"),
  d(TX.nv1, true),
  d("Đưa nội dung thực hiện Kế hoạch này vào kiểm tra công tác cải cách hành chính năm 2025 tại các cơ quan, đơn " +
    "vị."),
  U(3, "Sở Thông tin và Truyền thông"),
  d(TX.tt1, true), d(TX.tt2),
  P("Thời gian hoàn thành các nội dung trên: trong quý II/2025."),
  U(4, "Sở Tư pháp"),
  d(TX.tp1, true),
  d("Tập huấn nghiệp vụ cho công chức Tư pháp - Hộ tịch cấp xã theo kế hoạch riêng của Sở."),
  U(5, "Sở Kế hoạch và Đầu tư"),
  P(TX.kh),
  U(6, "Sở Tài nguyên và Môi trường"),
  d(TX.tn1, true),
  U(7, "Sở Tài chính"),
  d("Thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.", true),
  U(8, "Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh, Trung tâm Thông tin tỉnh"),
  d("Thường xuyên đưa tin, bài phản ánh việc giải quyết thủ tục hành chính, biểu dương cách làm hay, phê phán " +
    "biểu hiện nhũng nhiễu.", true),
  d(TX.bao2),
  U(9, "Các sở, ban, ngành tỉnh"),
  d(TX.dep1, true),
  d("Thực hiện xin lỗi người dân, tổ chức bằng văn bản đối với 100% hồ sơ giải quyết trễ hạn."),
  U(10, "UBND các huyện, thành phố"),
  d(TX.hu1, true), d(TX.hu2),
  P("Các nhiệm vụ trên hoàn thành chậm nhất ngày 20/6/2025."),
  R("IV.", "TỔ CHỨC THỰC HIỆN"),
  O(1, "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh " +
    "về kết quả giải quyết thủ tục hành chính của cơ quan, địa phương mình."),
  O(2, TX.o2), O(3, TX.o3),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Văn phòng UBND tỉnh, Sở " +
    "Nội vụ để tổng hợp, báo cáo UBND tỉnh./."),
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố", "LĐVP, Trung tâm Thông tin tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
];

const tasks = [
  task(null, "rà soát, tham mưu công bố danh mục thủ tục hành chính được cắt giảm thành phần hồ sơ", "2025-04-29",
    [VP], [TP]),
  task(null, "Kiểm tra hoạt động của Bộ phận Một cửa các cấp tại 03 huyện", "2025-06-30", [VP]),
  task(null, "Tham mưu UBND tỉnh tổ chức khảo sát mức độ hài lòng của người dân, tổ chức (SIPAS) năm 2025",
    "2025-05-31", [NV], [BD]),
  task(null, "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2025-06-30", [TT], [], true),
  task(null, "Hướng dẫn, hỗ trợ công chức Bộ phận Một cửa cấp huyện, cấp xã sử dụng chữ ký số", "2025-06-30", [TT],
    [], true),
  task(null, "hoàn thành số hóa sổ hộ tịch lưu trữ tại cấp xã", "2025-05-15", [TP], ["@districts"]),
  task("III.5", "tổ chức Hội nghị đối thoại với doanh nghiệp về thủ tục đầu tư, đất đai, xây dựng", "2025-04-21",
    [KH], [HH]),
  task(null, "rà soát quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đất đai", "2025-05-31", [TN], [VP]),
  task(null, "xây dựng 01 phóng sự chuyên đề về gương cán bộ, công chức tận tụy phục vụ nhân dân", "2025-06-15",
    [BAO, DAI], [NV]),
  task(null, "Niêm yết, công khai đầy đủ, đúng quy định thủ tục hành chính thuộc thẩm quyền giải quyết", "2025-04-14",
    ["@departments"]),
  task(null, "Chỉ đạo UBND các xã, phường, thị trấn rà soát, bổ sung trang thiết bị tại Bộ phận Một cửa cấp xã",
    "2025-06-20", ["@districts"], [], true),
  task(null, "Tổ chức tự kiểm tra việc tiếp nhận, giải quyết thủ tục hành chính tại 100% xã, phường, thị trấn",
    "2025-06-20", ["@districts"], [], true),
  task("IV.2", "báo cáo kết quả thực hiện Kế hoạch (lồng ghép trong báo cáo cải cách hành chính 6 tháng đầu năm)",
    "2025-06-11", ["@departments", "@districts"]),
  task("IV.3", "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch", "2025-06-24", [NV]),
];

const DATES = "Refs: '-' bullets carry no number (ref null); III.5 is a single paragraph under its item (ref III.5); " +
  "IV items IV.n. A bullet with no subject takes its item's unit. III.1 VP: bullet 1 with Sở Tư pháp, 'trình Chủ " +
  "tịch UBND tỉnh trước ngày 30/4/2025' 29/4; bullet 2 'hằng tháng' no task; bullet 3 'tại 03 huyện Định Hóa, Võ " +
  "Nhai, Phú Lương' (places inspected, no units) 'trong quý II/2025' 30/6. III.2 Sở Nội vụ with Bưu điện tỉnh " +
  "'trong tháng 5/2025' 31/5 Sat -> 02/6; bullet 2 no day. III.3 Sở TT&TT: both bullets undated, the item's " +
  "closing line 'Thời gian hoàn thành các nội dung trên: trong quý II/2025' 30/6 (inherited). III.4 Sở Tư pháp " +
  "with @districts 'Đến hết ngày 15/5/2025' 15/5; bullet 2 'theo kế hoạch riêng' no task. III.5 Sở KH&ĐT with " +
  "Hiệp hội Doanh nghiệp tỉnh 'vào tuần thứ ba của tháng 4/2025' 21/4. III.6 Sở TN&MT with VP 'trước 01/6/2025' " +
  "31/5 Sat -> 02/6. III.7 Sở Tài chính 'theo quy định' no task. III.8 bullet 1 'Thường xuyên' no task; bullet 2 " +
  "its own subject Báo Thái Nguyên and Đài PT-TH tỉnh (not Trung tâm Thông tin tỉnh) with Sở Nội vụ, 'giữa tháng " +
  "6/2025' 15/6 Sun -> 16/6. III.9 @departments 'xong trước ngày 15/4/2025' 14/4; bullet 2 no day. III.10 " +
  "@districts, both bullets undated, closing 'Các nhiệm vụ trên hoàn thành chậm nhất ngày 20/6/2025' 20/6 " +
  "(inherited; the communes directed are no units of the task). IV.1 no day; IV.2 @departments and @districts " +
  "'gửi Sở Nội vụ trước ngày 12/6/2025' 11/6; IV.3 Sở Nội vụ 'trước ngày 25/6/2025' 24/6.";

await buildTwo(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Kế hoạch 47/KH-UBND of UBND tỉnh Thái Nguyên, 18/3/2025, before the reorganisation (districts, old " +
      "departments), on administrative procedures 2025. HABIT: 'PHÂN CÔNG NHIỆM VỤ' AS ONE NUMBERED ITEM PER UNIT " +
      "(1. Văn phòng UBND tỉnh … 10. UBND các huyện, thành phố) holding '-' bullets of its duties, some dated, " +
      "some continuing; TWO ITEMS CLOSE WITH ONE TIME for all their bullets; partners inside the sentences. " + DATES,
    province: "Thái Nguyên",
    plan: { number: "47/KH-UBND", date: "2025-03-18" },
    tasks, unresolved: [], successors: [],
  },
});
