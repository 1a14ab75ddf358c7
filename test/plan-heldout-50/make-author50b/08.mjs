// 08: Lai Châu (after the reorganisation), UBND tỉnh, Kế hoạch 38/KH-UBND ngày 09/01/2026, kiểm soát và cải cách
// thủ tục hành chính năm 2026. Habit: part II lists the work as NUMBERED TASKS IN BRACKETS (1)-(11), running on across
// three groups, each with its time but NO UNIT; part III then gives each unit its tasks BY THEIR NUMBERS ("chủ trì
// nhiệm vụ (2), (4), (7) và (10); phối hợp thực hiện nhiệm vụ (1)"), so a task's lead and partners are gathered from
// several paragraphs; one paragraph of part III adds a dated duty of its own. PDF: LibreOffice.
import { P, buildDoc, dash, head, lister, sign, task } from "./common.mjs";
import { addKind } from "../../plan-corpus/author-kit/lib.mjs";

const ID = "08-lai-chau-2026-bracketed-task-numbers-no-units-then-units-assigned-by-task-number-in-part-iii";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
addKind("paren", ["decimal", "(%1)"]);

const VP = "Văn phòng UBND tỉnh", STP = "Sở Tư pháp", CA = "Công an tỉnh", TT = "Trung tâm Phục vụ hành chính công tỉnh";
const BD = "Bưu điện tỉnh", STC = "Sở Tài chính", HH = "Hiệp hội Doanh nghiệp tỉnh", KHCN = "Sở Khoa học và Công nghệ";
const DEPTS = "@departments", XA = "UBND cấp xã";

const R = lister("roman", "parts", { bold: true, indent: false });
const G = lister("decimal", "groups", { bold: true });
const t = lister("paren", "tasks");
const u = lister("decimal", "units");

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 38/KH-UBND", "Lai Châu, ngày 09 tháng 01 năm 2026", "KẾ HOẠCH",
    "Kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông và cải cách thủ tục hành chính " +
    "năm 2026"),
  P("Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế " +
    "một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia; Ủy ban nhân dân tỉnh ban hành " +
    "Kế hoạch năm 2026 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("Cắt giảm tối thiểu 10% thời gian giải quyết và chi phí tuân thủ thủ tục hành chính so với năm 2025; 100% hồ " +
    "sơ được tiếp nhận, giải quyết trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh."),
  dash("Nhiệm vụ được đánh số thứ tự để phân công tại Mục III; cơ quan được giao chủ trì chịu trách nhiệm về tiến " +
    "độ, kết quả thực hiện."),
  R("II.", "NHIỆM VỤ"),
  G("1.", "Rà soát, đơn giản hóa thủ tục hành chính"),
  t("(1)", "Rà soát, thống kê thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư thuộc phạm vi quản " +
    "lý của tỉnh; trước ngày 31/3/2026."),
  t("(2)", "Xây dựng, trình Chủ tịch UBND tỉnh phê duyệt phương án đơn giản hóa thủ tục hành chính nội bộ năm 2026; " +
    "hoàn thành trong quý II/2026."),
  t("(3)", "Tổ chức đối thoại với doanh nghiệp về những vướng mắc trong thực hiện thủ tục hành chính; tháng 9/2026."),
  G("2.", "Thực hiện cơ chế một cửa, một cửa liên thông"),
  t("(4)", "Rà soát, hoàn thiện quy trình nội bộ, quy trình điện tử của 100% thủ tục hành chính trên Hệ thống thông " +
    "tin giải quyết thủ tục hành chính tỉnh; trước ngày 30/4/2026."),
  t("(5)", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực đạt 100%; trước ngày 30/11/2026."),
  t("(6)", "Triển khai dịch vụ bưu chính công ích tiếp nhận hồ sơ, trả kết quả tại nhà cho người cao tuổi, người " +
    "khuyết tật; từ tháng 3 đến tháng 8/2026."),
  t("(7)", "Kiểm tra việc thực hiện thủ tục hành chính tại Bộ phận Một cửa của 10 xã, phường; quý III/2026."),
  G("3.", "Khai thác dữ liệu dân cư phục vụ giải quyết thủ tục hành chính"),
  t("(8)", "Làm sạch dữ liệu dân cư bảo đảm \"đúng, đủ, sạch, sống\", phục vụ giải quyết thủ tục hành chính; trước " +
    "ngày 15/6/2026."),
  t("(9)", "Tái sử dụng dữ liệu đã số hóa, không yêu cầu người dân nộp lại giấy tờ đã có trong cơ sở dữ liệu; " +
    "tháng 7/2026."),
  t("(10)", "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả kiểm soát, cải cách thủ tục hành chính năm 2026; trước " +
    "ngày 10/12/2026."),
  t("(11)", "Hỗ trợ, hướng dẫn người dân thực hiện dịch vụ công trực tuyến tại Bộ phận Một cửa; thường xuyên."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  u("1.", "Văn phòng UBND tỉnh: chủ trì nhiệm vụ (2), (4), (7) và (10); phối hợp với Sở Tư pháp thực hiện nhiệm vụ " +
    "(1)."),
  u("2.", "Sở Tư pháp: chủ trì nhiệm vụ (1); phối hợp thực hiện nhiệm vụ (2)."),
  u("3.", "Công an tỉnh: chủ trì nhiệm vụ (8) và (9); phối hợp thực hiện nhiệm vụ (1)."),
  u("4.", "Trung tâm Phục vụ hành chính công tỉnh: chủ trì nhiệm vụ (5) và (11); phối hợp thực hiện nhiệm vụ (4), (6)."),
  u("5.", "Bưu điện tỉnh: chủ trì nhiệm vụ (6)."),
  u("6.", "Sở Tài chính: chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh thực hiện nhiệm vụ (3)."),
  u("7.", "Sở Khoa học và Công nghệ: phối hợp thực hiện nhiệm vụ (4), (5) và (9)."),
  u("8.", "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường: phối hợp thực hiện nhiệm vụ (5), (8); gửi báo " +
    "cáo kết quả năm 2026 phục vụ nhiệm vụ (10) về Văn phòng UBND tỉnh trước ngày 30/11/2026."),
  P("Yêu cầu thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai; trong quá trình thực hiện nếu có vướng mắc, kịp " +
    "thời phản ánh về Văn phòng UBND tỉnh để tổng hợp, báo cáo Chủ tịch UBND tỉnh./."),
  ...sign(["Văn phòng Chính phủ (Cục KSTTHC) (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Bưu điện tỉnh"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Hà Quang Trung"),
];

const tasks = [
  task("1", "Rà soát, thống kê thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư", "2026-03-30", [STP],
    [VP, CA]),
  task("2", "Xây dựng, trình Chủ tịch UBND tỉnh phê duyệt phương án đơn giản hóa thủ tục hành chính nội bộ",
    "2026-06-30", [VP], [STP]),
  task("3", "Tổ chức đối thoại với doanh nghiệp về những vướng mắc trong thực hiện thủ tục hành chính", "2026-09-30",
    [STC], [HH]),
  task("4", "Rà soát, hoàn thiện quy trình nội bộ, quy trình điện tử của 100% thủ tục hành chính", "2026-04-29", [VP],
    [TT, KHCN]),
  task("5", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực đạt 100%", "2026-11-29", [TT],
    [KHCN, DEPTS, XA]),
  task("6", "Triển khai dịch vụ bưu chính công ích tiếp nhận hồ sơ, trả kết quả tại nhà", "2026-08-31", [BD], [TT]),
  task("7", "Kiểm tra việc thực hiện thủ tục hành chính tại Bộ phận Một cửa của 10 xã, phường", "2026-09-30", [VP]),
  task("8", "Làm sạch dữ liệu dân cư bảo đảm đúng, đủ, sạch, sống", "2026-06-14", [CA], [DEPTS, XA]),
  task("9", "Tái sử dụng dữ liệu đã số hóa, không yêu cầu người dân nộp lại giấy tờ", "2026-07-31", [CA], [KHCN]),
  task("10", "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả kiểm soát, cải cách thủ tục hành chính năm 2026",
    "2026-12-09", [VP]),
  task("III.8", "gửi báo cáo kết quả năm 2026 phục vụ nhiệm vụ (10) về Văn phòng UBND tỉnh", "2026-11-29",
    [DEPTS, XA]),
];

const WORK = "Refs are the bracketed numbers (1)-(10) of part II written without brackets (1-10; they run on across groups 1-3), and III.8 for the " +
  "duty part III adds. Each task's units are gathered from part III by its number: 'chủ trì nhiệm vụ (n)' = lead, " +
  "'phối hợp (với X) thực hiện nhiệm vụ (n)' = partner. (1) 'trước ngày 31/3/2026' 30/3: Sở Tư pháp leads (III.2), " +
  "Văn phòng UBND tỉnh (III.1) and Công an tỉnh (III.3) partners. (2) 'trong quý II/2026' 30/6: Văn phòng, with Sở " +
  "Tư pháp. (3) 'tháng 9/2026' 30/9: Sở Tài chính 'chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh'. (4) 'trước " +
  "ngày 30/4/2026' 29/4: Văn phòng, with the Trung tâm PVHCC tỉnh (unresolved) and Sở KH&CN. (5) 'trước ngày " +
  "30/11/2026' 29/11 Sun -> 30/11: the Trung tâm, with Sở KH&CN, @departments and UBND cấp xã (III.8 'các sở, ban, " +
  "ngành tỉnh; UBND các xã, phường', no commune imported). (6) 'từ tháng 3 đến tháng 8/2026' the range's end 31/8 " +
  "(Mon): Bưu điện tỉnh, with the Trung tâm. (7) 'quý III/2026' 30/9: Văn phòng alone ('10 xã, phường' are those " +
  "checked). (8) 'trước ngày 15/6/2026' 14/6 Sun -> 15/6: Công an tỉnh, with @departments, UBND cấp xã. (9) 'tháng " +
  "7/2026' 31/7: Công an tỉnh, with Sở KH&CN. (10) 'trước ngày 10/12/2026' 09/12: Văn phòng (UBND tỉnh a recipient). " +
  "(11) 'thường xuyên': no task (the Trung tâm leads it, undated). III.8 'gửi báo cáo … về Văn phòng UBND tỉnh " +
  "trước ngày 30/11/2026' 29/11 Sun -> 30/11: @departments and UBND cấp xã lead, the Office a recipient. Nghị định " +
  "118/2025/NĐ-CP of 09/6/2025 is a basis.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 38/KH-UBND of UBND tỉnh Lai Châu, 09/01/2026 (after the reorganisation), kiểm soát và cải cách " +
      "TTHC năm 2026. HABIT: TASKS NUMBERED (1)-(11) WITH TIMES BUT NO UNITS; PART III ASSIGNS EACH UNIT ITS TASKS BY " +
      "NUMBER (chủ trì / phối hợp). " + WORK + " PDF: LibreOffice.",
    province: "Lai Châu",
    plan: { number: "38/KH-UBND", date: "2026-01-09" },
    tasks,
    unresolved: [TT, XA],
    successors: [],
  },
});
