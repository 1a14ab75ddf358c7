// 07: Bắc Kạn, UBND tỉnh, Kế hoạch 163/KH-UBND ngày 14/3/2025 (before the reorganisation: old departments,
// districts) nâng cao Chỉ số CCHC (PAR INDEX) và SIPAS năm 2025. Habit: PROSE TASK CARDS: each task a paragraph
// "a) Nội dung: …" followed by its own label lines "- Cơ quan chủ trì: …", "- Cơ quan phối hợp: …", "- Thời gian
// hoàn thành: …", "- Sản phẩm: …" in an order that varies from task to task; one task has no "phối hợp" line, one
// says "Thời hạn:", one card's time is "Thường xuyên" (no task); departments abbreviated as offices write them
// (Sở NN&PTNT, Sở TN&MT, Sở LĐ-TB&XH, Sở TT&TT, Sở KH&ĐT, VP UBND tỉnh). One due day is the make-up Saturday
// 26/4/2025 (a working day). Part III two dated duties.
import { P, H, L, buildTwo, head, sign, job, style } from "./common.mjs";

const ID = "07-bac-kan-2025-prose-task-cards-noi-dung-then-label-lines-chu-tri-phoi-hop-thoi-gian-san-pham-any-order";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TT = "Sở Thông tin và Truyền thông";
const TN = "Sở Tài nguyên và Môi trường", NN = "Sở Nông nghiệp và Phát triển nông thôn";
const LD = "Sở Lao động - Thương binh và Xã hội", KH = "Sở Kế hoạch và Đầu tư", YT = "Sở Y tế";
const HH = "Hiệp hội Doanh nghiệp tỉnh", DAI = "Đài Phát thanh - Truyền hình tỉnh", BAO = "Báo Bắc Kạn";
const BD = "Bưu điện tỉnh", BH = "Bảo hiểm xã hội tỉnh";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
let sub = 0;
const N = (n, text, o = {}) => L(`${n}.`, text, "decimal", `n${n === 1 ? ++sub : sub}`, { bold: true, ...o });
let lt = 0;
const a = (l, text) => L(`${l})`, text, "letter", `l${l === "a" ? ++lt : lt}`);
const D = (text) => L("-", text, "dash", "d");

// A card: [letter, content, label lines in the order typed]
const card = (l, content, lines) => [a(l, "Nội dung: " + content), ...lines.map(D)];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 163/KH-UBND", "Bắc Kạn, ngày 14 tháng 3 năm 2025", "KẾ HOẠCH",
    "Nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ " +
    "của cơ quan hành chính nhà nước (SIPAS) tỉnh Bắc Kạn năm 2025"),
  P("Năm 2024, Chỉ số cải cách hành chính của tỉnh Bắc Kạn đạt 84,02%, xếp thứ 51/63 tỉnh, thành phố; Chỉ số SIPAS " +
    "đạt 80,15%, xếp thứ 55/63, cùng giảm so với năm 2023. Để khắc phục những hạn chế đã được chỉ ra, UBND tỉnh ban " +
    "hành Kế hoạch nâng cao Chỉ số PAR INDEX và Chỉ số SIPAS năm 2025 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  D("Xác định rõ các tiêu chí, tiêu chí thành phần bị trừ điểm, nguyên nhân và trách nhiệm của từng cơ quan, đơn " +
    "vị; đề ra nhiệm vụ, giải pháp cụ thể, có sản phẩm, thời hạn hoàn thành để cải thiện thứ hạng năm 2025."),
  D("Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả các chỉ số thành phần " +
    "thuộc lĩnh vực được giao."),
  R("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  N(1, "Nhóm nhiệm vụ nâng cao Chỉ số cải cách hành chính (PAR INDEX)"),
  ...card("a", "Xây dựng Bộ tiêu chí, thang điểm đánh giá kết quả cải cách hành chính của các sở, ban, ngành và UBND " +
    "các huyện, thành phố năm 2025, bám sát các tiêu chí Trung ương đánh giá đối với tỉnh.", [
    "Cơ quan chủ trì: Sở Nội vụ.",
    "Cơ quan phối hợp: Các sở, ban, ngành; UBND các huyện, thành phố.",
    "Thời gian hoàn thành: Trước ngày 31/3/2025.",
    "Sản phẩm: Quyết định của UBND tỉnh ban hành Bộ tiêu chí."]),
  ...card("b", "Rà soát, đánh giá tình hình thi hành các văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành " +
    "thuộc lĩnh vực cải cách hành chính; kiến nghị sửa đổi, bổ sung, thay thế văn bản không còn phù hợp.", [
    "Thời gian hoàn thành: Quý II/2025.",
    "Cơ quan chủ trì: Sở Tư pháp.",
    "Cơ quan phối hợp: Các sở, ban, ngành.",
    "Sản phẩm: Báo cáo kết quả rà soát trình UBND tỉnh."]),
  ...card("c", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai, môi trường, cắt giảm ít nhất 20% thời " +
    "gian giải quyết so với quy định đối với các thủ tục có số lượng hồ sơ lớn.", [
    "Cơ quan chủ trì: Sở TN&MT.",
    "Sản phẩm: Phương án đơn giản hóa thủ tục hành chính trình Chủ tịch UBND tỉnh phê duyệt.",
    "Cơ quan phối hợp: VP UBND tỉnh; UBND các huyện, thành phố.",
    "Thời gian hoàn thành: Trước ngày 15/6/2025."]),
  ...card("d", "Kiểm tra việc tiếp nhận, giải quyết thủ tục hành chính lĩnh vực người có công, bảo trợ xã hội tại " +
    "cấp huyện, cấp xã, chấn chỉnh tình trạng hồ sơ quá hạn, yêu cầu thành phần hồ sơ ngoài quy định.", [
    "Cơ quan chủ trì: Sở LĐ-TB&XH.",
    "Thời gian hoàn thành: Trước ngày 27/4/2025.",
    "Sản phẩm: Báo cáo kết quả kiểm tra, kiến nghị xử lý."]),
  N(2, "Nhóm nhiệm vụ về chính quyền số, dịch vụ công trực tuyến"),
  ...card("a", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, tích hợp thanh toán trực tuyến phí, " +
    "lệ phí, đồng bộ trạng thái hồ sơ với Cổng Dịch vụ công quốc gia.", [
    "Cơ quan chủ trì: Sở TT&TT.",
    "Cơ quan phối hợp: VP UBND tỉnh.",
    "Sản phẩm: Hệ thống được nâng cấp, vận hành ổn định.",
    "Thời hạn: Quý III/2025."]),
  ...card("b", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc lĩnh vực nông nghiệp, phát " +
    "triển nông thôn đang lưu trữ tại Sở và các đơn vị trực thuộc.", [
    "Cơ quan chủ trì: Sở NN&PTNT.",
    "Cơ quan phối hợp: Sở TT&TT.",
    "Thời gian hoàn thành: 6 tháng đầu năm 2025.",
    "Sản phẩm: Dữ liệu số hóa được cập nhật trên Kho quản lý dữ liệu điện tử của tổ chức, cá nhân."]),
  ...card("c", "Triển khai thí điểm mô hình Bộ phận Một cửa cấp xã thông minh (kiosk tra cứu, lấy số tự động, hỗ " +
    "trợ nộp hồ sơ trực tuyến) tại ít nhất 01 xã, phường, thị trấn của mỗi huyện, thành phố.", [
    "Sản phẩm: Mô hình được đưa vào hoạt động.",
    "Cơ quan chủ trì: UBND các huyện, thành phố.",
    "Cơ quan phối hợp: Sở TT&TT, Sở Nội vụ.",
    "Thời gian hoàn thành: Từ tháng 4 đến tháng 8/2025."]),
  ...card("d", "Cập nhật, công khai đầy đủ, kịp thời thủ tục hành chính, quy trình nội bộ trên Cổng Dịch vụ công " +
    "và Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.", [
    "Cơ quan chủ trì: VP UBND tỉnh.",
    "Cơ quan phối hợp: Các sở, ban, ngành.",
    "Thời gian hoàn thành: Thường xuyên."]),
  N(3, "Nhóm nhiệm vụ nâng cao Chỉ số hài lòng của người dân, tổ chức (SIPAS)"),
  ...card("a", "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp, nhà đầu tư về thủ tục hành " +
    "chính trong lĩnh vực đầu tư, đất đai, xây dựng.", [
    "Cơ quan chủ trì: Sở KH&ĐT.",
    "Cơ quan phối hợp: VP UBND tỉnh, Hiệp hội Doanh nghiệp tỉnh.",
    "Thời gian hoàn thành: Tháng 5/2025.",
    "Sản phẩm: Thông báo kết luận của Chủ tịch UBND tỉnh."]),
  ...card("b", "Tuyên truyền, hướng dẫn người dân, tổ chức tham gia trả lời phiếu khảo sát SIPAS, sử dụng dịch vụ " +
    "công trực tuyến, phản ánh, kiến nghị qua tổng đài và ứng dụng trên thiết bị di động.", [
    "Sản phẩm: Chuyên mục, phóng sự phát trên sóng phát thanh, truyền hình.",
    "Cơ quan chủ trì: Đài Phát thanh - Truyền hình tỉnh.",
    "Cơ quan phối hợp: Báo Bắc Kạn, Sở Nội vụ.",
    "Thời gian hoàn thành: Tháng 7/2025."]),
  ...card("c", "Tự đánh giá mức độ hài lòng của người dân, tổ chức tại Bộ phận Một cửa cấp huyện, cấp xã bằng phiếu " +
    "khảo sát điện tử, công khai kết quả trên trang thông tin điện tử của địa phương.", [
    "Cơ quan chủ trì: UBND các huyện, thành phố.",
    "Cơ quan phối hợp: Bưu điện tỉnh.",
    "Thời gian hoàn thành: Giữa tháng 6/2025.",
    "Sản phẩm: Báo cáo kết quả tự đánh giá gửi Sở Nội vụ."]),
  ...card("d", "Khảo sát sự hài lòng của người bệnh nội trú, ngoại trú tại các cơ sở khám bệnh, chữa bệnh công lập; " +
    "xây dựng giải pháp rút ngắn thời gian chờ khám, thanh toán bảo hiểm y tế.", [
    "Cơ quan chủ trì: Sở Y tế.",
    "Thời gian hoàn thành: Đầu tháng 6/2025.",
    "Cơ quan phối hợp: Bảo hiểm xã hội tỉnh.",
    "Sản phẩm: Báo cáo kết quả khảo sát và giải pháp."]),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  N(1, "Sở Nội vụ"),
  P("Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; xây dựng tài liệu hướng dẫn các " +
    "cơ quan, đơn vị thu thập tài liệu kiểm chứng Chỉ số CCHC năm 2025, hoàn thành trước ngày 15/4/2025; định kỳ " +
    "tổng hợp kết quả, báo cáo UBND tỉnh cùng với báo cáo cải cách hành chính quý, 6 tháng, năm."),
  N(2, "Sở Tài chính"),
  P("Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán chi thường xuyên năm 2025 của các cơ quan, đơn vị " +
    "theo phân cấp ngân sách hiện hành."),
  N(3, "Các sở, ban, ngành, UBND các huyện, thành phố"),
  P("Căn cứ nhiệm vụ được giao, xây dựng kế hoạch thực hiện của cơ quan, đơn vị mình, gửi về Sở Nội vụ trước ngày " +
    "05/4/2025 để theo dõi; chủ động triển khai các nhiệm vụ bảo đảm đúng tiến độ, chất lượng."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh", "Các sở, ban, ngành tỉnh",
    "UBND các huyện, thành phố", "Báo Bắc Kạn, Đài PT-TH tỉnh", "LĐVP, Phòng NC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Duy Hưng"),
];

const tasks = [
  job("II.1.a", "Xây dựng Bộ tiêu chí, thang điểm đánh giá kết quả cải cách hành chính", "2025-03-30", [NV],
    ["@departments", "@districts"]),
  job("II.1.b", "Rà soát, đánh giá tình hình thi hành các văn bản quy phạm pháp luật", "2025-06-30", [TP],
    ["@departments"]),
  job("II.1.c", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai, môi trường", "2025-06-14", [TN],
    [VP, "@districts"]),
  job("II.1.d", "Kiểm tra việc tiếp nhận, giải quyết thủ tục hành chính lĩnh vực người có công", "2025-04-26", [LD]),
  job("II.2.a", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2025-09-30", [TT], [VP]),
  job("II.2.b", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc lĩnh vực nông nghiệp",
    "2025-06-30", [NN], [TT]),
  job("II.2.c", "Triển khai thí điểm mô hình Bộ phận Một cửa cấp xã thông minh", "2025-08-31", ["@districts"],
    [TT, NV]),
  job("II.3.a", "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp", "2025-05-31", [KH], [VP, HH]),
  job("II.3.b", "Tuyên truyền, hướng dẫn người dân, tổ chức tham gia trả lời phiếu khảo sát SIPAS", "2025-07-31",
    [DAI], [BAO, NV]),
  job("II.3.c", "Tự đánh giá mức độ hài lòng của người dân, tổ chức tại Bộ phận Một cửa", "2025-06-15",
    ["@districts"], [BD]),
  job("II.3.d", "Khảo sát sự hài lòng của người bệnh nội trú, ngoại trú", "2025-06-10", [YT], [BH]),
  job("III.1", "xây dựng tài liệu hướng dẫn các cơ quan, đơn vị thu thập tài liệu kiểm chứng", "2025-04-14", [NV]),
  job("III.3", "xây dựng kế hoạch thực hiện của cơ quan, đơn vị mình", "2025-04-04", ["@departments", "@districts"]),
];

const DATES = "ref = outline path (II.1.a … II.3.d, III.n); title = the words after 'Nội dung:'; each card's " +
  "label lines, in whatever order, belong to the card above them. Abbreviations: Sở TN&MT, Sở LĐ-TB&XH, Sở TT&TT, " +
  "Sở NN&PTNT, Sở KH&ĐT, VP UBND tỉnh = their full names; 'UBND các huyện, thành phố' = @districts. II.1.a 'Trước " +
  "ngày 31/3/2025' 30/3 Sun -> 31/3; II.1.b 'Quý II/2025' 30/6; II.1.c 'Trước ngày 15/6/2025' 14/6 Sat -> 16/6; " +
  "II.1.d no 'phối hợp' line, 'Trước ngày 27/4/2025' 26/4, a make-up working Saturday (holidays-vn.ts) so " +
  "effectiveDue 26/4; II.2.a 'Thời hạn: Quý III/2025' 30/9; II.2.b '6 tháng đầu năm 2025' 30/6; II.2.c 'Từ tháng 4 " +
  "đến tháng 8/2025' 31/8 Sun, 01-02/9 off -> 03/9; II.2.d 'Thường xuyên': no task; II.3.a 'Tháng 5/2025' 31/5 " +
  "Sat -> 02/6; II.3.b 'Tháng 7/2025' 31/7; II.3.c 'Giữa tháng 6/2025' 15/6 Sun -> 16/6; II.3.d 'Đầu tháng " +
  "6/2025' 10/6. Units due after 1/7/2025 keep the names in force on the plan's day (14/3/2025): no successors. " +
  "III.1 Sở Nội vụ 'hoàn thành trước ngày 15/4/2025' 14/4 (the quarterly reports recur: no task); III.2 no day; " +
  "III.3 'gửi về Sở Nội vụ trước ngày 05/4/2025' 04/4. 'Sản phẩm:' lines are products, not units or times.";

await buildTwo(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: style("Kế hoạch 163/KH-UBND of UBND tỉnh Bắc Kạn, 14/3/2025 (old departments, districts), PAR INDEX and " +
      "SIPAS 2025. HABIT: PROSE TASK CARDS 'a) Nội dung: …' EACH FOLLOWED BY ITS OWN LABEL LINES '- Cơ quan chủ " +
      "trì / Cơ quan phối hợp / Thời gian hoàn thành / Sản phẩm' IN VARYING ORDER (one without phối hợp, one " +
      "'Thời hạn:'), departments abbreviated. " + DATES),
    province: "Bắc Kạn",
    plan: { number: "163/KH-UBND", date: "2025-03-14" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
