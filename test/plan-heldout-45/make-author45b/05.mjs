// 05: Lai Châu, UBND tỉnh, Kế hoạch 61/KH-UBND ngày 16/3/2026 (after the reorganisation: merged departments, communes,
// no districts), kiểm tra công vụ năm 2026. Habit: a PUBLIC-SERVICE INSPECTION PLAN: what and how (no task), the
// preparation in prose paragraphs 1.-5. of part III (who drafts the decision, who sends the team's members, when the
// units report; one step undated), part IV a schedule table STT | Thời gian | Cơ quan, đơn vị được kiểm tra | Đoàn
// kiểm tra (cơ quan chủ trì) | Cơ quan cử thành viên, two teams led by different agencies, and the wrap-up in V.
// plan.txt and plan-typed.docx repeat the team cells on every row; plan-auto.docx (PDF, .doc, .odt, .rtf) merges them
// over each run of visits by the same team.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, item, buildTwo, runs } from "./common.mjs";

const ID = "05-lai-chau-2026-inspection-plan-prep-in-prose-schedule-table-two-teams";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TTr = "Thanh tra tỉnh", CA = "Công an tỉnh";
const LIENQUAN = "các cơ quan liên quan";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const one = item("decimal", "p2");
const prep = item("decimal", "p3");
const wrap = item("decimal", "p5");
const dash = (text) => P(text, { num: "-", list: { kind: "dash", inst: "d" } });

const TEAM = [
  { lead: NV, cell: "Đoàn số 1 (Sở Nội vụ chủ trì)", partners: [TP, TTr], members: "Sở Tư pháp, Thanh tra tỉnh" },
  { lead: VP, cell: "Đoàn số 2 (Văn phòng UBND tỉnh chủ trì)", partners: [NV, CA], members: "Sở Nội vụ; Công an tỉnh" },
];
// [time as written, inspected, due, team]
const VISITS = [
  ["Thứ Ba, ngày 07/4/2026", "Sở Giáo dục và Đào tạo", "2026-04-07", 0],
  ["Thứ Năm, ngày 09/4/2026", "Sở Văn hóa, Thể thao và Du lịch", "2026-04-09", 0],
  ["Ngày 14 và 15/4/2026", "UBND phường Tân Phong, UBND phường Đoàn Kết", "2026-04-15", 1],
  ["Tuần thứ 3 của tháng 4/2026", "UBND xã Tam Đường, UBND xã Bình Lư", "2026-04-21", 1],
  ["Thứ Năm, ngày 23/4/2026", "Sở Dân tộc và Tôn giáo", "2026-04-23", 0],
  ["Sáng thứ Ba, 05/5/2026", "Sở Nông nghiệp và Môi trường", "2026-05-05", 0],
  ["Từ ngày 12/5 đến hết ngày 13/5/2026", "UBND xã Than Uyên, UBND xã Mường Kim", "2026-05-13", 1],
];

function schedule(merged) {
  const teams = VISITS.map((v) => v[3]);
  const leads = runs(teams.map((g) => TEAM[g].cell), merged);
  const members = runs(teams.map((g) => TEAM[g].members), merged);
  const rows = [["STT", "Thời gian", "Cơ quan, đơn vị được kiểm tra", "Đoàn kiểm tra (cơ quan chủ trì)",
    "Cơ quan cử thành viên"]];
  VISITS.forEach(([time, unit], i) => rows.push([{ text: String(i + 1), align: "center",
    list: { kind: "cell", inst: "stt" } }, time, unit, leads[i], members[i]]));
  return { t: "table", widths: [800, 1900, 2750, 2100, 1900], header: 1, rows };
}

const blocks = (merged) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 61/KH-UBND", "Lai Châu, ngày 16 tháng 3 năm 2026", "KẾ HOẠCH",
    "Kiểm tra công vụ năm 2026"),
  P("Căn cứ Luật Cán bộ, công chức năm 2025; Nghị định số 106/2025/NĐ-CP của Chính phủ quy định về kiểm tra công " +
    "vụ; căn cứ Kế hoạch cải cách hành chính nhà nước tỉnh Lai Châu năm 2026, Ủy ban nhân dân tỉnh xây dựng Kế " +
    "hoạch kiểm tra công vụ năm 2026 với các nội dung sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  one("1.", "Nắm bắt tình hình thực thi công vụ của cán bộ, công chức tại các cơ quan chuyên môn thuộc UBND tỉnh và " +
    "UBND cấp xã sau gần một năm vận hành chính quyền địa phương hai cấp; phát hiện, chấn chỉnh kịp thời những " +
    "biểu hiện né tránh, đùn đẩy, sợ trách nhiệm."),
  one("2.", "Kiểm tra đúng nội dung, đúng đối tượng; không chồng chéo với hoạt động thanh tra, kiểm toán; kết luận " +
    "rõ ưu điểm, tồn tại và trách nhiệm của tập thể, cá nhân."),
  R("II.", "NỘI DUNG VÀ PHƯƠNG THỨC KIỂM TRA"),
  dash("Việc chấp hành quy định về thời giờ làm việc, nội quy, quy chế làm việc, văn hóa công sở, quy tắc ứng xử; " +
    "việc bố trí, sử dụng công chức theo vị trí việc làm."),
  dash("Việc giải quyết hồ sơ thủ tục hành chính, trả lời phản ánh, kiến nghị của người dân, doanh nghiệp; việc " +
    "thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao."),
  dash("Phương thức: kiểm tra theo kế hoạch, làm việc trực tiếp tại trụ sở cơ quan, đơn vị; có thể kiểm tra đột " +
    "xuất tại Bộ phận Một cửa mà không báo trước."),
  R("III.", "CÔNG TÁC CHUẨN BỊ"),
  prep("1.", "Giao Sở Nội vụ dự thảo Quyết định thành lập 02 Đoàn kiểm tra công vụ năm 2026, trình Chủ tịch UBND " +
    "tỉnh ký ban hành trước ngày 25/3/2026."),
  prep("2.", `${VP}, ${TP}, ${TTr}, ${CA} và ${LIENQUAN} cử công chức tham gia Đoàn kiểm tra (mỗi cơ quan từ 01 ` +
    "đến 02 người), gửi danh sách về Sở Nội vụ để tổng hợp. Thời gian gửi: trong tuần thứ 4 của tháng 3/2026."),
  prep("3.", "Giám đốc Sở Nội vụ ban hành đề cương báo cáo, thông báo lịch làm việc của từng Đoàn tới các cơ quan, " +
    "đơn vị được kiểm tra; hoàn thành trong ngày 31/3/2026."),
  prep("4.", "Thành viên các Đoàn nghiên cứu văn bản, tài liệu liên quan, thống nhất cách thức ghi biên bản và tổng " +
    "hợp kết quả trước khi làm việc tại cơ quan, đơn vị."),
  prep("5.", "Các sở, ban, ngành tỉnh và UBND các xã, phường tự kiểm tra công vụ tại cơ quan, đơn vị mình, gửi báo " +
    "cáo bằng văn bản (kèm danh mục tài liệu kiểm chứng) về Sở Nội vụ trước ngày 06/4/2026, kể cả cơ quan, đơn vị " +
    "không có tên trong lịch kiểm tra tại Mục IV."),
  R("IV.", "LỊCH KIỂM TRA"),
  P("Các Đoàn làm việc từ 08 giờ 00 (buổi chiều từ 14 giờ 00); ngày làm việc với hai đơn vị thì buổi sáng tại đơn " +
    "vị thứ nhất, buổi chiều tại đơn vị thứ hai, cụ thể:"),
  schedule(merged),
  R("V.", "TỔ CHỨC THỰC HIỆN"),
  wrap("1.", "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh tổng hợp kết quả của hai Đoàn, dự thảo báo cáo " +
    "kết quả kiểm tra công vụ năm 2026 trình UBND tỉnh trong tháng 5/2026."),
  wrap("2.", "Thủ trưởng các cơ quan, đơn vị được kiểm tra tổ chức khắc phục tồn tại, hạn chế đã được chỉ ra, báo " +
    "cáo kết quả về Sở Nội vụ trong thời hạn 30 ngày kể từ ngày nhận được Thông báo kết luận kiểm tra."),
  wrap("3.", "Kinh phí kiểm tra bố trí trong dự toán chi thường xuyên năm 2026 của Sở Nội vụ và Văn phòng UBND " +
    "tỉnh; các cơ quan cử thành viên bảo đảm chế độ công tác phí cho người của cơ quan mình."),
  P("Trong quá trình thực hiện, trường hợp cần thay đổi thời gian kiểm tra, Sở Nội vụ thông báo trước ít nhất 02 " +
    "ngày làm việc tới cơ quan, đơn vị liên quan./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Lãnh đạo VP, CB NC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

const tasks = [
  task("III.1", "dự thảo Quyết định thành lập 02 Đoàn kiểm tra công vụ năm 2026", "2026-03-24", [NV]),
  task("III.2", "cử công chức tham gia Đoàn kiểm tra", "2026-03-28", [VP, TP, TTr, CA, LIENQUAN]),
  task("III.3", "ban hành đề cương báo cáo, thông báo lịch làm việc của từng Đoàn", "2026-03-31", [NV]),
  task("III.5", "tự kiểm tra công vụ tại cơ quan, đơn vị mình", "2026-04-05", ["@departments", "UBND các xã, phường"]),
  ...VISITS.map(([, unit, due, g], i) => task(String(i + 1), unit, due, [TEAM[g].lead], TEAM[g].partners)),
  task("V.1", "tổng hợp kết quả của hai Đoàn, dự thảo báo cáo kết quả kiểm tra công vụ", "2026-05-31", [NV], [VP]),
];

const WORK = "III.1 Sở Nội vụ 'trước ngày 25/3/2026' 24/3; III.2 the deadline in the next sentence 'Thời gian gửi: " +
  "trong tuần thứ 4 của tháng 3/2026' = day 28 (Sat) -> Mon 30/3, leads VP UBND tỉnh, Sở Tư pháp, Thanh tra tỉnh, " +
  "Công an tỉnh and 'các cơ quan liên quan' (unresolved; Sở Nội vụ a recipient); III.3 led by its head 'Giám đốc " +
  "Sở Nội vụ', 'hoàn thành trong ngày 31/3/2026' 31/3; III.4 undated, no task; III.5 'Các sở, ban, ngành tỉnh và " +
  "UBND các xã, phường' (@departments, UBND cấp xã unresolved), 'trước ngày 06/4/2026' 5/4 (Sun) -> 6/4; schedule " +
  "rows 1-7 (ref STT, title the unit inspected, which is neither lead nor partner): the visit's day, 07/4, 09/4, " +
  "'Ngày 14 và 15/4/2026' 15/4, 'Tuần thứ 3 của tháng 4/2026' day 21, 23/4, 05/5, 'Từ ngày 12/5 đến hết ngày " +
  "13/5/2026' 13/5; Đoàn số 1 rows (1, 2, 5, 6) lead Sở Nội vụ, partners Sở Tư pháp, Thanh tra tỉnh; Đoàn số 2 " +
  "rows (3, 4, 7) lead Văn phòng UBND tỉnh, partners Sở Nội vụ, Công an tỉnh (the 'Cơ quan cử thành viên' cell). " +
  "V.1 Sở Nội vụ with VP UBND tỉnh 'trong tháng 5/2026' 31/5 (Sun) -> 1/6; V.2 '30 ngày kể từ ngày nhận được " +
  "Thông báo' no day, no task; V.3 funds, no task. Parts I, II no task.";

await buildTwo(DIR, {
  typed: blocks(false), auto: blocks(true),
  expected: {
    id: ID,
    style: "Kế hoạch 61/KH-UBND of UBND tỉnh Lai Châu, 16/3/2026, after the reorganisation (merged departments, " +
      "communes, no districts). HABIT: a PUBLIC-SERVICE INSPECTION PLAN (kiểm tra công vụ): I purpose, II content " +
      "and method in '-' bullets (no task), III Công tác chuẩn bị in numbered prose paragraphs 1.-5., IV Lịch kiểm " +
      "tra a table STT | Thời gian | Cơ quan, đơn vị được kiểm tra | Đoàn kiểm tra (cơ quan chủ trì) | Cơ quan cử " +
      "thành viên with two teams led by different agencies, V Tổ chức thực hiện. plan.txt and plan-typed.docx " +
      "repeat the team cells on every row; plan-auto.docx (and the PDF, .doc, .odt, .rtf made from it) merge them " +
      "vertically over each run of visits by one team, each row keeping its own. " + WORK +
      " plan.pdf is LibreOffice's print of plan-auto.docx.",
    province: "Lai Châu",
    plan: { number: "61/KH-UBND", date: "2026-03-16" },
    tasks, unresolved: [LIENQUAN, "UBND các xã, phường"], successors: [],
  },
});
