// 01: Thái Nguyên, UBND tỉnh, Quyết định 486/QĐ-UBND ngày 10/3/2026 (after the reorganisation: merged departments,
// communes and wards), ban hành Danh mục nhiệm vụ trọng tâm nâng cao Chỉ số CCHC, SIPAS năm 2026. Habit: a QUYẾT
// ĐỊNH WHOSE ĐIỀU 1 IS THE LIST ITSELF: numbered paragraphs worded as nouns, each carrying its unit and its time in
// its own words after semicolons ("…; cơ quan chủ trì: …; thời gian: …"), the labels varying from item to item;
// Điều 2 "Giao …" with numbered duties (two dated), Điều 3 who executes. One old department (Sở Thông tin và
// Truyền thông) still written; two wards/communes named (unresolved).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, L, buildTwo } from "./common.mjs";

const ID = "01-thai-nguyen-2026-quyet-dinh-danh-muc-in-dieu-1-noun-items-unit-and-time-after-semicolons";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TC = "Sở Tài chính", TTR = "Thanh tra tỉnh";
const KC = "Sở Khoa học và Công nghệ", NM = "Sở Nông nghiệp và Môi trường", CA = "Công an tỉnh", BD = "Bưu điện tỉnh";
const HH = "Hiệp hội Doanh nghiệp tỉnh", XA = "UBND cấp xã", TTPV = "Trung tâm Phục vụ hành chính công tỉnh";

const C = (text) => P(text, { bold: true, align: "center", indent: false });
const N = (n, text, inst) => L(`${n}.`, text, "decimal", inst);

const ITEMS = [
  "Kế hoạch kiểm tra công tác cải cách hành chính năm 2026 tại các sở, ban, ngành và UBND các xã, phường; cơ quan " +
    "chủ trì: Sở Nội vụ; thời gian ban hành: trước ngày 31/3/2026.",
  "Danh mục thủ tục hành chính được chuẩn hóa sau sắp xếp tổ chức bộ máy, chính quyền địa phương hai cấp; cơ quan " +
    "chủ trì: Văn phòng UBND tỉnh; cơ quan phối hợp: các sở, ban, ngành; thời gian: quý II/2026.",
  "Rà soát, đánh giá văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành còn hiệu lực, đề xuất bãi bỏ các văn " +
    "bản không còn phù hợp với mô hình chính quyền hai cấp; cơ quan chủ trì: Sở Tư pháp; phối hợp: các sở, ban, " +
    "ngành; thời gian hoàn thành: tháng 8/2026.",
  "Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm " +
    "2026 tại Bộ phận Một cửa các xã, phường; chủ trì: Sở Nội vụ; phối hợp: UBND các xã, phường, Bưu điện tỉnh; " +
    "thời gian thực hiện: từ tháng 8 đến tháng 10/2026.",
  "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, đồng bộ trạng thái hồ sơ với Cổng Dịch vụ công " +
    "quốc gia; đơn vị chủ trì: Sở Thông tin và Truyền thông; đơn vị phối hợp: Văn phòng UBND tỉnh; hoàn thành " +
    "trước 30/6/2026.",
  "Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp về thủ tục đầu tư, đất đai, xây dựng; cơ quan tham " +
    "mưu tổ chức: Sở Tài chính, phối hợp với Hiệp hội Doanh nghiệp tỉnh; thời gian: tháng 9/2026.",
  "Thanh tra trách nhiệm người đứng đầu trong thực hiện kỷ luật, kỷ cương hành chính tại 03 sở và 05 xã, phường; " +
    "cơ quan thực hiện: Thanh tra tỉnh; thời gian: quý III/2026.",
  "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực đang lưu giữ tại cơ quan, đơn vị; đơn vị thực " +
    "hiện: các sở, ban, ngành, UBND các xã, phường; thời hạn: chậm nhất ngày 15/11/2026.",
  "Lớp bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận Một cửa cấp xã; cơ quan chủ trì: Sở " +
    "Nội vụ; cơ quan phối hợp: Trung tâm Phục vụ hành chính công tỉnh; thời gian: 6 tháng đầu năm 2026.",
  "Tin, bài, chuyên mục tuyên truyền về cải cách hành chính, chuyển đổi số trên báo chí và nền tảng số của tỉnh; " +
    "cơ quan chủ trì: Báo và Phát thanh, Truyền hình Thái Nguyên; thời gian: thường xuyên.",
  "Cơ sở dữ liệu đất đai dùng chung kết nối với Hệ thống thông tin giải quyết thủ tục hành chính; chủ trì: Sở " +
    "Nông nghiệp và Môi trường; phối hợp: Sở Khoa học và Công nghệ, UBND các xã, phường; hoàn thành ngày " +
    "30/10/2026.",
  "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 và cập nhật tài liệu kiểm chứng trên Phần mềm; " +
    "thực hiện: các sở, ban, ngành, UBND các xã, phường; thời gian: tuần thứ hai của tháng 12/2026.",
  "Thí điểm tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính trong phạm vi tỉnh; đơn vị " +
    "thực hiện: UBND phường Phan Đình Phùng, UBND xã Đại Từ; phối hợp: Văn phòng UBND tỉnh; thời gian: đầu " +
    "tháng 7/2026.",
  "Đề xuất chính sách hỗ trợ đối với công chức làm việc tại Bộ phận Một cửa các xã, phường; Sở Tài chính chủ trì, " +
    "Sở Nội vụ phối hợp; trình UBND tỉnh giữa tháng 5/2026.",
  "Làm sạch dữ liệu dân cư phục vụ giải quyết thủ tục hành chính liên thông “Khai sinh, khai tử”; cơ quan chủ " +
    "trì: Công an tỉnh; phối hợp: UBND các xã, phường; thời gian: cuối tháng 4/2026.",
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 486/QĐ-UBND", "Thái Nguyên, ngày 10 tháng 3 năm 2026",
    "QUYẾT ĐỊNH", "Ban hành Danh mục nhiệm vụ trọng tâm nâng cao Chỉ số cải cách hành chính, Chỉ số hài lòng của " +
    "người dân, tổ chức tỉnh Thái Nguyên năm 2026"),
  C("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"),
  P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
  P("Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách " +
    "hành chính nhà nước giai đoạn 2021 - 2030;"),
  P("Căn cứ Kế hoạch số 21/KH-UBND ngày 16 tháng 01 năm 2026 của UBND tỉnh về cải cách hành chính tỉnh Thái " +
    "Nguyên năm 2026;"),
  P("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 118/TTr-SNV ngày 02 tháng 3 năm 2026."),
  C("QUYẾT ĐỊNH:"),
  P("Điều 1. Ban hành Danh mục nhiệm vụ trọng tâm nâng cao Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài " +
    "lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) tỉnh Thái Nguyên năm " +
    "2026, gồm các nhiệm vụ sau:"),
  ...ITEMS.map((text, i) => N(i + 1, text, "d1")),
  P("Điều 2. Tổ chức thực hiện"),
  N(1, "Giao Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Danh mục; tổng hợp " +
    "kết quả, báo cáo UBND tỉnh trước ngày 15/12/2026.", "d2"),
  N(2, "Giao Sở Tài chính tham mưu bố trí kinh phí thực hiện các nhiệm vụ trong Danh mục theo phân cấp ngân sách " +
    "hiện hành.", "d2"),
  N(3, "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường căn cứ Danh mục xây dựng kế hoạch thực hiện " +
    "của cơ quan, địa phương mình, gửi Sở Nội vụ trước ngày 10/4/2026; định kỳ hằng quý báo cáo tiến độ về Sở " +
    "Nội vụ.", "d2"),
  P("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nội vụ; Thủ trưởng " +
    "các sở, ban, ngành; Chủ tịch UBND các xã, phường và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi " +
    "hành Quyết định này./."),
  ...sign(["Như Điều 3", "Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Trung tâm Thông tin tỉnh", "LĐVP, Phòng NC"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phạm Hoàng Sơn"),
];
// The items that carry the full sentence used as a title are found by their opening words.
const t = (n, words, due, lead, co = []) => task(`Điều 1.${n}`, words, due, lead, co);

const tasks = [
  t(1, "Kế hoạch kiểm tra công tác cải cách hành chính năm 2026", "2026-03-30", [NV]),
  t(2, "Danh mục thủ tục hành chính được chuẩn hóa sau sắp xếp tổ chức bộ máy", "2026-06-30", [VP], ["@departments"]),
  t(3, "Rà soát, đánh giá văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành còn hiệu lực", "2026-08-31", [TP],
    ["@departments"]),
  t(4, "Khảo sát mức độ hài lòng của người dân, tổ chức", "2026-10-31", [NV], [XA, BD]),
  t(5, "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2026-06-29", [KC], [VP]),
  t(6, "Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp", "2026-09-30", [TC], [HH]),
  t(7, "Thanh tra trách nhiệm người đứng đầu trong thực hiện kỷ luật, kỷ cương hành chính", "2026-09-30", [TTR]),
  t(8, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "2026-11-15", ["@departments", XA]),
  t(9, "Lớp bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức", "2026-06-30", [NV], [TTPV]),
  t(11, "Cơ sở dữ liệu đất đai dùng chung kết nối với Hệ thống thông tin giải quyết thủ tục hành chính",
    "2026-10-30", [NM], [KC, XA]),
  t(12, "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026", "2026-12-14", ["@departments", XA]),
  t(13, "Thí điểm tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính", "2026-07-10",
    ["UBND phường Phan Đình Phùng", "UBND xã Đại Từ"], [VP]),
  t(14, "Đề xuất chính sách hỗ trợ đối với công chức làm việc tại Bộ phận Một cửa", "2026-05-15", [TC], [NV]),
  t(15, "Làm sạch dữ liệu dân cư phục vụ giải quyết thủ tục hành chính liên thông", "2026-04-30", [CA], [XA]),
  task("Điều 2.1", "theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Danh mục", "2026-12-14", [NV]),
  task("Điều 2.3", "căn cứ Danh mục xây dựng kế hoạch thực hiện của cơ quan, địa phương mình", "2026-04-09",
    ["@departments", XA]),
];

const DATES = "ref = the item's number in Điều 1 (1-15, straight through); Điều 2's numbered duties 'Điều 2.n'. " +
  "1 'thời gian ban hành: trước ngày 31/3/2026' 30/3; 2 'quý II/2026' 30/6, partners 'các sở, ban, ngành' = " +
  "@departments; 3 'tháng 8/2026' 31/8; 4 'từ tháng 8 đến tháng 10/2026' 31/10 Sat -> 02/11, partners UBND các " +
  "xã, phường (UBND cấp xã) and Bưu điện tỉnh; 5 written 'Sở Thông tin và Truyền thông' -> its successor Sở Khoa " +
  "học và Công nghệ, 'hoàn thành trước 30/6/2026' 29/6; 6 'cơ quan tham mưu tổ chức: Sở Tài chính, phối hợp với " +
  "Hiệp hội Doanh nghiệp tỉnh' 'tháng 9/2026' 30/9; 7 Thanh tra tỉnh 'quý III/2026' 30/9; 8 'các sở, ban, ngành, " +
  "UBND các xã, phường' both lead, 'chậm nhất ngày 15/11/2026' Sun -> 16/11; 9 partner Trung tâm Phục vụ hành " +
  "chính công tỉnh (unresolved), '6 tháng đầu năm 2026' 30/6; 10 'thường xuyên' no task; 11 'hoàn thành ngày " +
  "30/10/2026' 30/10; 12 'tuần thứ hai của tháng 12/2026' 14/12; 13 leads UBND phường Phan Đình Phùng, UBND xã " +
  "Đại Từ (named, unresolved), 'đầu tháng 7/2026' 10/7; 14 'Sở Tài chính chủ trì, Sở Nội vụ phối hợp; trình UBND tỉnh giữa tháng 5/2026' 15/5 (UBND tỉnh recipient); " +
  "15 'cuối tháng 4/2026' 30/4 off, 01/5 off, weekend -> 04/5. Điều 2.1 Sở Nội vụ 'báo cáo UBND tỉnh trước ngày " +
  "15/12/2026' 14/12; Điều 2.2 no day; Điều 2.3 'Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường' = " +
  "@departments + UBND cấp xã, 'gửi Sở Nội vụ trước ngày 10/4/2026' 09/4 (hằng quý: no task). The Căn cứ, Tờ " +
  "trình and the plan's own date are no deadlines.";

await buildTwo(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Quyết định 486/QĐ-UBND, UBND tỉnh Thái Nguyên, 10/3/2026 (after 7/2025), Danh mục nhiệm " +
      "vụ CCHC, SIPAS 2026. HABIT: A QUYẾT ĐỊNH WHOSE ĐIỀU 1 IS THE LIST ITSELF, NUMBERED NOUN ITEMS WITH UNIT AND TIME AFTER " +
      "SEMICOLONS, the labels varying ('cơ quan chủ trì:', 'đơn vị thực hiện:', 'thời hạn:', 'hoàn thành …'); Điều " +
      "2 'Giao …' numbered duties, Điều 3 who executes. " + DATES + " PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "486/QĐ-UBND", date: "2026-03-10" },
    tasks,
    unresolved: [TTPV, "UBND phường Phan Đình Phùng", "UBND xã Đại Từ", XA],
    successors: [{ written: "Sở Thông tin và Truyền thông", unit: KC }],
  },
});
