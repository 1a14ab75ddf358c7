// 06: Lai Châu (before the reorganisation, districts still in place), UBND tỉnh, Kế hoạch 1520/KH-UBND ngày
// 18/4/2025, sắp xếp đơn vị hành chính cấp xã và xây dựng mô hình chính quyền địa phương 02 cấp. Habit: tasks over
// TWO LEVELS (phase points 1.-3., lettered items a)-d) under each), and a phase's deadline GIVEN ONCE AT ITS END in a
// closing sentence of its own ("Thời gian hoàn thành các nội dung tại điểm 1: …"), AFTER the items it dates; one
// item of a phase with its own earlier date in brackets, one with its own range; the last phase's items each dated
// in their own sentence. A deadline that falls into the 30/4-1/5 days off and a Saturday. PDF: LibreOffice, then
// Ghostscript (a virtual PDF printer).
import { P, buildDoc, dash, head, lister, sign, task } from "./common.mjs";

const ID = "06-lai-chau-2025-phase-points-letter-items-deadline-in-closing-sentence-after-items-own-date-overrides";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;

const SNV = "Sở Nội vụ", STNMT = "Sở Tài nguyên và Môi trường", STC = "Sở Tài chính", STP = "Sở Tư pháp";
const CA = "Công an tỉnh", STTTT = "Sở Thông tin và Truyền thông", VP = "Văn phòng UBND tỉnh";
const DIST = "@districts", BAO = "Báo Lai Châu", DAI = "Đài Phát thanh - Truyền hình tỉnh";

const R = lister("roman", "parts", { bold: true, indent: false });
const G = lister("decimal", "phases", { bold: true });
const a = (inst) => lister("letter", inst);
const [a1, a2, a3] = ["p1", "p2", "p3"].map(a);
const n3 = lister("decimal", "iii");
const closing = (text) => P(text, { italic: true });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 1520/KH-UBND", "Lai Châu, ngày 18 tháng 4 năm 2025", "KẾ HOẠCH",
    "Triển khai sắp xếp đơn vị hành chính cấp xã và xây dựng mô hình tổ chức chính quyền địa phương 02 cấp trên " +
    "địa bàn tỉnh Lai Châu"),
  P("Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII; " +
    "Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư và hướng dẫn của Bộ Nội vụ, Ủy ban nhân dân " +
    "tỉnh ban hành Kế hoạch triển khai như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("Triển khai kịp thời, đúng tiến độ việc sắp xếp đơn vị hành chính cấp xã, không tổ chức cấp huyện; bảo đảm " +
    "hoạt động của cơ quan, tổ chức thông suốt, không gián đoạn, không ảnh hưởng đến người dân, doanh nghiệp."),
  dash("Phân công rõ cơ quan chủ trì, thời hạn hoàn thành từng giai đoạn; các cơ quan phối hợp chặt chẽ, chủ động."),
  R("II.", "NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN"),
  G("1.", "Xây dựng phương án, Đề án sắp xếp"),
  a1("a)", "Sở Nội vụ chủ trì, phối hợp với Sở Tài nguyên và Môi trường, Sở Tài chính xây dựng phương án tổng thể " +
    "sắp xếp đơn vị hành chính cấp xã toàn tỉnh, dự kiến tên gọi, trụ sở của các xã, phường mới."),
  a1("b)", "Ủy ban nhân dân các huyện, thành phố xây dựng Đề án sắp xếp đơn vị hành chính cấp xã trên địa bàn, gửi " +
    "Sở Nội vụ thẩm định (xong trước ngày 22/4/2025)."),
  a1("c)", "Sở Tài nguyên và Môi trường cung cấp số liệu diện tích tự nhiên, bản đồ địa giới hành chính cấp xã cho " +
    "Ủy ban nhân dân các huyện, thành phố."),
  a1("d)", "Công an tỉnh phối hợp với Sở Nội vụ cung cấp số liệu quy mô dân số của từng đơn vị hành chính cấp xã đến " +
    "ngày 31/12/2024."),
  closing("Thời gian hoàn thành các nội dung tại điểm 1: trước ngày 25/4/2025."),
  G("2.", "Lấy ý kiến Nhân dân, tuyên truyền"),
  a2("a)", "Ủy ban nhân dân các huyện, thành phố chỉ đạo Ủy ban nhân dân cấp xã tổ chức lấy ý kiến cử tri về Đề án " +
    "sắp xếp đơn vị hành chính cấp xã bảo đảm đúng quy định, tỷ lệ cử tri tham gia đạt trên 90%."),
  a2("b)", "Sở Thông tin và Truyền thông chủ trì, phối hợp với Báo Lai Châu, Đài Phát thanh - Truyền hình tỉnh tuyên " +
    "truyền chủ trương sắp xếp; thời gian từ ngày 21/4/2025 đến ngày 29/4/2025."),
  a2("c)", "Sở Tư pháp hướng dẫn trình tự, thủ tục lấy ý kiến cử tri, mẫu phiếu và biên bản tổng hợp kết quả."),
  closing("Các nhiệm vụ tại điểm 2 hoàn thành chậm nhất ngày 03/5/2025."),
  G("3.", "Thông qua, hoàn thiện hồ sơ Đề án"),
  a3("a)", "Ủy ban nhân dân các huyện, thành phố trình Hội đồng nhân dân cùng cấp và chỉ đạo trình Hội đồng nhân dân " +
    "cấp xã thông qua chủ trương sắp xếp trước ngày 08/5/2025."),
  a3("b)", "Sở Nội vụ hoàn thiện hồ sơ Đề án sắp xếp đơn vị hành chính cấp xã của tỉnh, trình Ủy ban nhân dân tỉnh " +
    "trước ngày 12/5/2025."),
  a3("c)", "Văn phòng UBND tỉnh phối hợp với Sở Nội vụ chuẩn bị nội dung kỳ họp chuyên đề của Hội đồng nhân dân " +
    "tỉnh thông qua Đề án; hoàn thành trong tháng 5/2025."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân " +
    "dân tỉnh, Ban Thường vụ Tỉnh ủy tiến độ vào thứ Sáu hằng tuần."),
  n3("2.", "Các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thành phố bố trí cán bộ có năng lực tham gia xây " +
    "dựng Đề án; chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để chậm tiến độ."),
  n3("3.", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh chỉ đạo Mặt trận các cấp tham gia giám sát việc lấy ý kiến cử tri."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Lương"),
];

const tasks = [
  task("II.1.a", "xây dựng phương án tổng thể sắp xếp đơn vị hành chính cấp xã toàn tỉnh", "2025-04-24", [SNV],
    [STNMT, STC], true),
  task("II.1.b", "xây dựng Đề án sắp xếp đơn vị hành chính cấp xã trên địa bàn, gửi Sở Nội vụ thẩm định",
    "2025-04-21", [DIST]),
  task("II.1.c", "cung cấp số liệu diện tích tự nhiên, bản đồ địa giới hành chính cấp xã", "2025-04-24", [STNMT], [],
    true),
  task("II.1.d", "cung cấp số liệu quy mô dân số của từng đơn vị hành chính cấp xã", "2025-04-24", [CA], [SNV], true),
  task("II.2.a", "chỉ đạo Ủy ban nhân dân cấp xã tổ chức lấy ý kiến cử tri về Đề án", "2025-05-03", [DIST], [], true),
  task("II.2.b", "tuyên truyền chủ trương sắp xếp", "2025-04-29", [STTTT], [BAO, DAI]),
  task("II.2.c", "hướng dẫn trình tự, thủ tục lấy ý kiến cử tri, mẫu phiếu và biên bản", "2025-05-03", [STP], [], true),
  task("II.3.a", "trình Hội đồng nhân dân cùng cấp và chỉ đạo trình Hội đồng nhân dân cấp xã thông qua chủ trương sắp xếp", "2025-05-07", [DIST]),
  task("II.3.b", "hoàn thiện hồ sơ Đề án sắp xếp đơn vị hành chính cấp xã của tỉnh", "2025-05-11", [SNV]),
  task("II.3.c", "chuẩn bị nội dung kỳ họp chuyên đề của Hội đồng nhân dân tỉnh thông qua Đề án", "2025-05-31", [VP],
    [SNV]),
];

const WORK = "Refs II.<phase>.<letter> as numbered. Each phase's date stands in an italic closing sentence AFTER " +
  "its items and dates every item of it without a date of its own (inherited true). Phase 1 'trước ngày 25/4/2025' " +
  "= 24/4 (Thu): a) Sở Nội vụ with Sở TN&MT and Sở Tài chính; c) Sở TN&MT alone (the districts receive the data); " +
  "d) Công an tỉnh with Sở Nội vụ ('đến ngày 31/12/2024' is the data's reference date, not a deadline). b) has its " +
  "own '(xong trước ngày 22/4/2025)' = 21/4 (Mon), not inherited; 'gửi Sở Nội vụ thẩm định' a recipient; 'UBND các " +
  "huyện, thành phố' = @districts. Phase 2 'chậm nhất ngày 03/5/2025' a Saturday -> 05/5 (Mon): a) @districts (UBND " +
  "cấp xã are those the districts direct, not units of the task); c) Sở Tư pháp. b) its own range 'từ ngày 21/4/2025 " +
  "đến ngày 29/4/2025' due at its end 29/4 (Tue, the day before the 30/4 holiday), with Báo Lai Châu and Đài PT-TH " +
  "tỉnh. Phase 3 has no closing sentence, each item its own date: a) 'trước ngày 08/5/2025' 07/5; b) 'trước ngày " +
  "12/5/2025' = 11/5 a Sunday -> 12/5; c) 'trong tháng 5/2025' 31/5 a Saturday -> 02/6, Văn phòng UBND tỉnh with " +
  "Sở Nội vụ. Part III: weekly Friday reports, undated duties and a request to the Front: no task. NQ 60-NQ/TW and " +
  "KL 137-KL/TW are bases, no deadline.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 1520/KH-UBND of UBND tỉnh Lai Châu, 18/4/2025 (before the reorganisation: districts), sắp xếp " +
      "đơn vị hành chính cấp xã. HABIT: TWO LEVELS (phase points, lettered items) and EACH PHASE'S DEADLINE GIVEN " +
      "ONCE IN A CLOSING SENTENCE AFTER ITS ITEMS, some items with their own date. " + WORK +
      " PDF: LibreOffice then Ghostscript.",
    province: "Lai Châu",
    plan: { number: "1520/KH-UBND", date: "2025-04-18" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
