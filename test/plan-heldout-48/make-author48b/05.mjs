// 05: Lai Châu, Chủ tịch UBND tỉnh, Quyết định 412/QĐ-UBND ngày 23/3/2026 (after the reorganisation: merged
// departments, communes and wards, no districts) ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026.
// Habit: a QUYẾT ĐỊNH (Điều 1-3, "Nơi nhận" | signature) FOLLOWED BY THE PLAN IT ISSUES ("KẾ HOẠCH … (Ban hành kèm
// theo Quyết định số …)", the decision's number and date), whose schedule is a TABLE STT | Đơn vị được kiểm tra |
// Thời gian kiểm tra | Thành phần Đoàn | Ghi chú under three group rows A-C, STT running 1-12 through them. A row is
// the task "kiểm tra tại <unit>": lead the unit of the Đoàn's Trưởng đoàn, coordinators the Đoàn's other members (the
// inspected unit is the title, neither lead nor partner, as sets 9 and the main corpus read a schedule), due the
// inspection's last day. plan-auto.docx merges the Đoàn cell over its rows. Part III
// prose: dated duties, and relative ones ("trước 05 ngày làm việc so với ngày kiểm tra") that give no task.
import { P, H, L, C, buildTwo, sign, job, style } from "./common.mjs";

const ID = "05-lai-chau-2026-quyet-dinh-then-attached-plan-inspection-schedule-table-truong-doan-lead-merged-doan-cell";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TC = "Sở Tài chính";
const KC = "Sở Khoa học và Công nghệ", CA = "Công an tỉnh", XA = "UBND cấp xã";
const TTPV = "Trung tâm Phục vụ hành chính công tỉnh";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
let sub = 0;
const N = (n, text, o = {}) => L(`${n}.`, text, "decimal", `n${n === 1 ? ++sub : sub}`, o);
let lt = 0;
const a = (l, text) => L(`${l})`, text, "letter", `l${l === "a" ? ++lt : lt}`);
const D = (text) => L("-", text, "dash", "d");

// The Đoàn of each group: its text in the table, its Trưởng đoàn's unit (lead) and its members (coordinators).
const DOAN = {
  A: ["Đoàn số 1: Lãnh đạo Sở Nội vụ (Trưởng đoàn); đại diện Văn phòng UBND tỉnh, Sở Tư pháp, Sở Tài chính",
    [NV], [VP, TP, TC]],
  B: ["Đoàn số 2: Lãnh đạo Sở Nội vụ (Trưởng đoàn); đại diện Sở Khoa học và Công nghệ, Công an tỉnh", [NV], [KC, CA]],
  C: ["Đoàn số 3: Lãnh đạo Văn phòng UBND tỉnh (Trưởng đoàn); đại diện Sở Nội vụ, Sở Khoa học và Công nghệ", [VP],
    [NV, KC]],
};
const GROUPS = {
  A: "CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH",
  B: "UBND CÁC XÃ, PHƯỜNG",
  C: "KIỂM TRA CHUYÊN ĐỀ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH, CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG",
};
// [group, STT, inspected unit (as written = its name), time as typed, note, due]
const ROWS = [
  ["A", "1", "Sở Nông nghiệp và Môi trường", "14 - 15/4/2026", "", "2026-04-15"],
  ["A", "2", "Sở Văn hóa, Thể thao và Du lịch", "Ngày 21/4/2026", "", "2026-04-21"],
  ["A", "3", "Sở Giáo dục và Đào tạo", "Từ ngày 05/5 đến ngày 06/5/2026", "Kiểm tra 01 trường THPT trực thuộc",
    "2026-05-06"],
  ["A", "4", "Sở Khoa học và Công nghệ", "12/5/2026", "", "2026-05-12"],
  ["A", "5", "Sở Dân tộc và Tôn giáo", "Tuần thứ 4 tháng 5/2026", "", "2026-05-28"],
  ["B", "6", "UBND phường Tân Phong", "09 - 10/6/2026", "Kết hợp kiểm tra công vụ", "2026-06-10"],
  ["B", "7", "UBND xã Tam Đường", "16/6/2026", "", "2026-06-16"],
  ["B", "8", "UBND xã Than Uyên", "Từ 07/7 đến 09/7/2026", "Kết hợp kiểm tra công vụ", "2026-07-09"],
  ["B", "9", "UBND xã Mường Tè", "Tháng 8/2026", "Ngày cụ thể Trưởng đoàn thông báo sau", "2026-08-31"],
  ["B", "10", "UBND phường Đoàn Kết", "Quý III/2026", "Kiểm tra đột xuất, không báo trước", "2026-09-30"],
  ["C", "11", TTPV, "Tháng 10/2026", "", "2026-10-31"],
  ["C", "12", "UBND xã Sìn Hồ", "Đầu tháng 11/2026", "Kiểm tra cả Bộ phận Một cửa", "2026-11-10"],
];

function schedule(auto) {
  const rows = [["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra", "Thành phần Đoàn", "Ghi chú"]
    .map((text) => ({ text, bold: true, align: "center" }))];
  let group = "";
  for (const [g, stt, unit, time, note] of ROWS) {
    if (g !== group) {
      const cell = { text: GROUPS[g], bold: true };
      rows.push([{ text: g, bold: true, align: "center" }, ...(auto ? [{ ...cell, span: 4 }] : [cell, "", "", ""])]);
    }
    const first = g !== group;
    group = g;
    const no = auto ? { text: stt, align: "center", list: { kind: "cell", inst: "stt" } } : { text: stt, align: "center" };
    const doan = !auto ? DOAN[g][0] : first ? { text: DOAN[g][0], vm: "restart" } : { text: "", vm: "continue" };
    rows.push([no, unit, { text: time, align: "center" }, doan, note]);
  }
  return { t: "table", widths: [720, 2380, 1700, 3100, 1600], header: 1, rows };
}

const blocks = (auto) => [
  { t: "table", borders: false, widths: [3800, 5600], rows: [
    [{ text: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 412/QĐ-UBND", align: "center" },
      { text: "Lai Châu, ngày 23 tháng 3 năm 2026", italic: true, align: "center" }],
  ] },
  C("QUYẾT ĐỊNH"),
  C("Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026"),
  C("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"),
  P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
  P("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;"),
  P("Căn cứ Quyết định số 1875/QĐ-UBND ngày 26 tháng 12 năm 2025 của UBND tỉnh ban hành Kế hoạch cải cách hành " +
    "chính nhà nước tỉnh Lai Châu năm 2026;"),
  P("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 96/TTr-SNV ngày 16 tháng 3 năm 2026."),
  C("QUYẾT ĐỊNH:"),
  P("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính năm 2026 tại các cơ " +
    "quan chuyên môn thuộc UBND tỉnh và UBND các xã, phường trên địa bàn tỉnh Lai Châu."),
  P("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
  P("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nội vụ; Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các " +
    "xã, phường và các cơ quan, đơn vị có tên tại Kế hoạch chịu trách nhiệm thi hành Quyết định này./."),
  ...sign(["Như Điều 3", "Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Cổng TTĐT tỉnh", "Lãnh đạo VP, CV NC"], "CHỦ TỊCH", "Lê Văn Lương"),
  { t: "br" },
  { t: "table", borders: false, widths: [3800, 5600], rows: [
    [{ text: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
  ] },
  C("KẾ HOẠCH"),
  C("Kiểm tra công tác cải cách hành chính năm 2026"),
  C("(Ban hành kèm theo Quyết định số 412/QĐ-UBND ngày 23/3/2026 của Chủ tịch UBND tỉnh Lai Châu)",
    { bold: false, italic: true }),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  N(1, "Mục đích", { bold: true }),
  D("Đánh giá đúng thực trạng việc triển khai các nhiệm vụ cải cách hành chính tại cơ quan, đơn vị; kịp thời phát " +
    "hiện những hạn chế, vướng mắc sau khi sắp xếp tổ chức bộ máy và vận hành chính quyền địa phương hai cấp để chấn " +
    "chỉnh, tháo gỡ, đồng thời xem xét trách nhiệm của người đứng đầu khi để xảy ra sai phạm."),
  D("Kết quả kiểm tra là một trong những căn cứ để chấm điểm Chỉ số cải cách hành chính năm 2026 của các sở, ban, " +
    "ngành và UBND các xã, phường, đánh giá, xếp loại tập thể, cá nhân cuối năm."),
  N(2, "Yêu cầu", { bold: true }),
  D("Việc kiểm tra bảo đảm khách quan, công khai, đúng trọng tâm, không gây phiền hà, không làm ảnh hưởng đến hoạt " +
    "động bình thường của cơ quan, đơn vị được kiểm tra."),
  R("II.", "NỘI DUNG, HÌNH THỨC VÀ LỊCH KIỂM TRA"),
  N(1, "Nội dung kiểm tra", { bold: true }),
  a("a", "Việc ban hành và tổ chức thực hiện kế hoạch cải cách hành chính năm 2026, kế hoạch tuyên truyền, kế hoạch " +
    "kiểm soát thủ tục hành chính của cơ quan, đơn vị; việc thực hiện chế độ thông tin, báo cáo định kỳ."),
  a("b", "Việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại Bộ phận Một cửa; việc số hóa hồ sơ, kết quả giải " +
    "quyết; việc công khai thủ tục hành chính; xin lỗi người dân khi giải quyết hồ sơ quá hạn."),
  a("c", "Việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ của cán bộ, công chức, viên chức; việc sử " +
    "dụng Hệ thống quản lý văn bản và điều hành, chữ ký số, dịch vụ công trực tuyến."),
  N(2, "Hình thức kiểm tra", { bold: true }),
  P("Kiểm tra theo lịch tại mục 3 dưới đây (Đoàn làm việc trực tiếp, nghe báo cáo, kiểm tra hồ sơ, tài liệu) kết hợp " +
    "kiểm tra đột xuất. Các đợt kiểm tra theo kế hoạch được thực hiện trong khoảng từ tháng 4 đến tháng 11 năm 2026."),
  N(3, "Đơn vị được kiểm tra, thời gian kiểm tra và thành phần Đoàn", { bold: true }),
  schedule(auto),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  N(1, "Sở Nội vụ", { bold: true }),
  a("a", "Tham mưu Chủ tịch UBND tỉnh quyết định thành lập các Đoàn kiểm tra số 1, số 2 và số 3, bảo đảm đúng thành " +
    "phần tại mục 3 phần II, hoàn thành trước ngày 10/4/2026."),
  a("b", "Thông báo lịch kiểm tra cụ thể đến cơ quan, đơn vị được kiểm tra chậm nhất 07 ngày làm việc trước ngày Đoàn " +
    "đến làm việc (trừ trường hợp kiểm tra đột xuất); xây dựng đề cương báo cáo, bảng tiêu chí kiểm tra."),
  a("c", "Tổng hợp kết quả kiểm tra của các Đoàn, xây dựng báo cáo kết quả kiểm tra công tác cải cách hành chính " +
    "năm 2026, trình Chủ tịch UBND tỉnh chậm nhất ngày 15/12/2026."),
  N(2, "Văn phòng UBND tỉnh", { bold: true }),
  P("Chủ trì Đoàn kiểm tra số 3 kiểm tra chuyên đề công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, " +
    "một cửa liên thông; gửi kết quả kiểm tra chuyên đề về Sở Nội vụ trước ngày 20/11/2026 để tổng hợp chung."),
  N(3, "Sở Tài chính", { bold: true }),
  P("Bảo đảm kinh phí thực hiện Kế hoạch từ nguồn kinh phí cải cách hành chính năm 2026 đã giao trong dự toán của " +
    "Sở Nội vụ, Văn phòng UBND tỉnh theo quy định."),
  N(4, "Các cơ quan, đơn vị được kiểm tra", { bold: true }),
  P("Xây dựng báo cáo tự kiểm tra theo đề cương của Sở Nội vụ, gửi Đoàn kiểm tra (qua Sở Nội vụ) trước 05 ngày làm " +
    "việc so với ngày kiểm tra; chuẩn bị đầy đủ hồ sơ, tài liệu, bố trí thành phần làm việc với Đoàn. Sau kiểm tra, " +
    "tổ chức khắc phục các tồn tại, báo cáo kết quả khắc phục trong thời hạn 30 ngày kể từ ngày nhận được Thông báo " +
    "kết luận kiểm tra."),
  N(5, "Các sở, ban, ngành tỉnh, UBND các xã, phường không có tên trong lịch kiểm tra", { bold: true }),
  P("Tổ chức tự kiểm tra công tác cải cách hành chính tại cơ quan, đơn vị mình theo nội dung tại mục 1 phần II; gửi " +
    "báo cáo kết quả tự kiểm tra về Sở Nội vụ trước ngày 31/10/2026."),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, " +
    "báo cáo Chủ tịch UBND tỉnh xem xét, quyết định./."),
];

const tasks = [
  ...ROWS.map(([g, stt, unit, , , due]) => job(stt, unit, due, DOAN[g][1], DOAN[g][2])),
  job("III.1.a", "Tham mưu Chủ tịch UBND tỉnh quyết định thành lập các Đoàn kiểm tra", "2026-04-09", [NV]),
  job("III.1.c", "Tổng hợp kết quả kiểm tra của các Đoàn, xây dựng báo cáo kết quả kiểm tra", "2026-12-15", [NV]),
  job("III.2", "Chủ trì Đoàn kiểm tra số 3 kiểm tra chuyên đề công tác kiểm soát thủ tục hành chính", "2026-11-19",
    [VP]),
  job("III.5", "Tổ chức tự kiểm tra công tác cải cách hành chính tại cơ quan, đơn vị mình", "2026-10-30",
    ["@departments", XA]),
];

const DATES = "Table rows = tasks 'kiểm tra tại <unit>', ref = STT (1-12 straight through group rows A-C), title = " +
  "the unit cell; lead = the Trưởng đoàn's unit in the Đoàn cell, coordinators = the Đoàn's other members (the " +
  "inspected unit is the title only); due = last day of the inspection. Đoàn 1 (rows 1-5): Sở Nội vụ; VP UBND tỉnh, Sở Tư pháp, Sở " +
  "Tài chính. Đoàn 2 (6-10): Sở Nội vụ; Sở KH&CN, Công an tỉnh. Đoàn 3 (11-12): VP UBND tỉnh; Sở Nội vụ, Sở " +
  "KH&CN. 1 '14 - 15/4/2026' 15/4; 2 'Ngày 21/4/2026'; 3 'Từ ngày 05/5 đến ngày 06/5/2026' 06/5; 4 '12/5/2026'; " +
  "5 'Tuần thứ 4 tháng 5/2026' 28/5; 6 '09 - 10/6/2026' 10/6; 7 '16/6/2026'; 8 'Từ 07/7 đến 09/7/2026' 09/7; 9 " +
  "'Tháng 8/2026' 31/8; 10 'Quý III/2026' 30/9 (đột xuất, still dated); 11 'Tháng 10/2026' 31/10 Sat -> 02/11; " +
  "12 'Đầu tháng 11/2026' 10/11. The inspected communes, wards and Trung tâm Phục vụ hành chính công " +
  "tỉnh are titles, no units. 'từ tháng 4 đến tháng 11 năm 2026' in II.2 only sums up the schedule: no task. III.1.a 'hoàn " +
  "thành trước ngày 10/4/2026' 09/4; III.1.b '07 ngày làm việc trước ngày Đoàn đến' relative: no task; III.1.c " +
  "'chậm nhất ngày 15/12/2026' 15/12 (Chủ tịch UBND tỉnh recipient); III.2 VP UBND tỉnh 'gửi … về Sở Nội vụ " +
  "trước ngày 20/11/2026' 19/11 (Sở Nội vụ recipient); III.3 no day; III.4 'trước 05 ngày làm việc so với ngày " +
  "kiểm tra', 'trong thời hạn 30 ngày kể từ ngày nhận được Thông báo': relative, no task; III.5 'Các sở, ban, " +
  "ngành tỉnh, UBND các xã, phường' = @departments + UBND cấp xã, 'trước ngày 31/10/2026' 30/10. Plan number and " +
  "date = the decision's; Căn cứ and Tờ trình days are no deadlines.";

await buildTwo(DIR, {
  typed: blocks(false),
  auto: blocks(true),
  expected: {
    id: ID,
    style: style("Quyết định 412/QĐ-UBND of Chủ tịch UBND tỉnh Lai Châu, 23/3/2026 (after 7/2025), issuing the " +
      "Kế hoạch kiểm tra CCHC năm 2026. HABIT: DECISION (Điều 1-3, Nơi nhận) THEN THE ATTACHED PLAN, ITS SCHEDULE A " +
      "TABLE STT | ĐƠN VỊ ĐƯỢC KIỂM TRA | THỜI GIAN | THÀNH PHẦN ĐOÀN | GHI CHÚ, the Đoàn cell merged in Word. " +
      DATES),
    province: "Lai Châu",
    plan: { number: "412/QĐ-UBND", date: "2026-03-23" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});
