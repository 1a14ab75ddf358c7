// 02: Thái Nguyên, UBND phường Phan Đình Phùng, Kế hoạch 38/KH-UBND ngày 20/01/2026 (after the reorganisation: a
// ward of the two-level government), triển khai Đề án 06 năm 2026. Habit: a WARD'S TABLE whose time column is
// "Mốc hoàn thành" written in the office's SHORT FORMS: "T3/2026" (tháng 3), "Q2/2026" (quý II), "Hết T9/2026",
// "15/3/2026", "Trước 10/7/2026", "Thường xuyên"; a "Chỉ tiêu" column of targets between the task and its units;
// group rows A-D by the Đề án's five groups of utilities, TT running on; the ward's own offices, Công an phường,
// Trạm Y tế phường, tổ dân phố heads and the Tổ công nghệ số cộng đồng as units.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildDoc, dash, lister } from "./common.mjs";

const ID = "02-thai-nguyen-2026-ward-de-an-06-table-moc-hoan-thanh-short-forms-t3-2026-q2-2026-chi-tieu-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CA = "Công an phường", VP = "Văn phòng HĐND và UBND phường", TT = "Trung tâm Phục vụ hành chính công phường";
const VX = "Phòng Văn hóa - Xã hội", KT = "Phòng Kinh tế, Hạ tầng và Đô thị", YT = "Trạm Y tế phường";
const TDP = "Tổ trưởng các tổ dân phố", CNS = "Tổ công nghệ số cộng đồng", BD = "Bưu điện tỉnh";

const R = lister("roman", "parts", { bold: true, indent: false });
const n3 = lister("decimal", "iii");

const G = (l, title) => [{ text: l, bold: true, align: "center" }, { text: title, bold: true, span: 5 }];
const rows = (auto) => {
  let tt = 0;
  const T = (what, target, lead, partners, time) => [
    { text: String(tt += 1), align: "center", ...(auto ? { list: { kind: "cell", inst: "tt" } } : {}) },
    what, target, lead, partners, { text: time, align: "center" }];
  return [
    ["TT", "Nhiệm vụ", "Chỉ tiêu", "Chủ trì", "Phối hợp", "Mốc hoàn thành"],
    G("A", "Nhóm tiện ích phục vụ giải quyết thủ tục hành chính và dịch vụ công trực tuyến"),
    T("Tiếp nhận, giải quyết liên thông nhóm thủ tục đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm " +
      "y tế cho trẻ dưới 6 tuổi", "100% hồ sơ", "Trung tâm Phục vụ hành chính công phường; Công an phường", "",
      "Q1/2026"),
    T("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc thẩm quyền của phường", "100%",
      TT, VP, "Q2/2026"),
    T("Thu phí, lệ phí thủ tục hành chính không dùng tiền mặt", "≥ 80% giao dịch", TT, KT, "Thường xuyên"),
    T("Bố trí máy tính, máy quét, thiết bị đọc thẻ căn cước tại khu vực tự phục vụ của Trung tâm", "02 bộ", VP, TT,
      "15/3/2026"),
    G("B", "Nhóm tiện ích phục vụ phát triển kinh tế - xã hội"),
    T("Chi trả trợ cấp xã hội, trợ cấp người có công qua tài khoản ngân hàng", "100% đối tượng có tài khoản", VX,
      BD, "T6/2026"),
    T("Cập nhật, làm sạch dữ liệu hộ kinh doanh trên địa bàn phường", "100% hộ đăng ký", KT, CA, "T5/2026"),
    G("C", "Nhóm tiện ích phục vụ công dân số"),
    T("Rà soát, làm sạch dữ liệu dân cư bảo đảm “đúng, đủ, sạch, sống”", "100% tổ dân phố", CA, TDP, "T3/2026"),
    T("Hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2, cài đặt ứng dụng VNeID cho người từ đủ 14 tuổi",
      "≥ 95%", CA, CNS, "T4/2026"),
    T("Triển khai Sổ sức khỏe điện tử tích hợp trên VNeID", "≥ 90% dân số", YT, CA, "Hết T9/2026"),
    G("D", "Kiểm tra, sơ kết, tổng kết"),
    T("Sơ kết 6 tháng triển khai Đề án 06 trên địa bàn phường", "Báo cáo", CA, VP, "Trước 10/7/2026"),
    T("Tổng kết năm 2026, đề xuất khen thưởng tập thể, cá nhân tiêu biểu", "Báo cáo, Tờ trình", CA, VX,
      "T12/2026"),
  ];
};
const table = (auto) => ({ t: "table", widths: [550, 3000, 1250, 1600, 1450, 1500], header: 1, rows: rows(auto) });

const body = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nPHƯỜNG PHAN ĐÌNH PHÙNG", "Số: 38/KH-UBND",
    "Phan Đình Phùng, ngày 20 tháng 01 năm 2026", "KẾ HOẠCH",
    "Triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) " +
    "trên địa bàn phường năm 2026"),
  P("Căn cứ Kế hoạch của UBND tỉnh Thái Nguyên về triển khai Đề án 06 năm 2026; theo đề nghị của Công an phường " +
    "(Thường trực Tổ công tác triển khai Đề án 06 phường), UBND phường Phan Đình Phùng ban hành Kế hoạch như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("Khai thác hiệu quả Cơ sở dữ liệu quốc gia về dân cư trong giải quyết thủ tục hành chính, phát triển kinh " +
    "tế - xã hội và phục vụ người dân trên địa bàn phường."),
  dash("Mỗi nhiệm vụ có chỉ tiêu, đơn vị chủ trì và mốc hoàn thành cụ thể (chi tiết tại mục II)."),
  R("II.", "NHIỆM VỤ, CHỈ TIÊU VÀ PHÂN CÔNG"),
  table(auto),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Các cơ quan, đơn vị được giao chủ trì chủ động xây dựng kế hoạch chi tiết, bảo đảm hoàn thành đúng mốc " +
    "thời gian; gửi báo cáo kết quả định kỳ ngày 20 hằng tháng về UBND phường (qua Công an phường) để tổng hợp."),
  n3("2.", "Tổ trưởng các tổ dân phố phối hợp chặt chẽ với Công an phường trong rà soát, cập nhật dữ liệu dân cư; " +
    "vận động Nhân dân sử dụng dịch vụ công trực tuyến."),
  n3("3.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể phường phối hợp tuyên truyền, vận động " +
    "đoàn viên, hội viên tham gia thực hiện."),
  P("Ghi chú: T = tháng; Q = quý."),
  ...sign(["UBND tỉnh (b/c)", "Công an tỉnh (b/c)", "TT Đảng ủy, TT HĐND phường", "CT, các PCT UBND phường",
    "Các cơ quan, đơn vị thuộc phường", "Các tổ dân phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Dương Thị Thu Hà"),
];

const tasks = [
  task("1", "Tiếp nhận, giải quyết liên thông nhóm thủ tục đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo " +
    "hiểm y tế", "2026-03-31", [TT, CA]),
  task("2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "2026-06-30", [TT], [VP]),
  task("4", "Bố trí máy tính, máy quét, thiết bị đọc thẻ căn cước tại khu vực tự phục vụ", "2026-03-15", [VP], [TT]),
  task("5", "Chi trả trợ cấp xã hội, trợ cấp người có công qua tài khoản ngân hàng", "2026-06-30", [VX], [BD]),
  task("6", "Cập nhật, làm sạch dữ liệu hộ kinh doanh trên địa bàn phường", "2026-05-31", [KT], [CA]),
  task("7", "Rà soát, làm sạch dữ liệu dân cư bảo đảm “đúng, đủ, sạch, sống”", "2026-03-31", [CA], [TDP]),
  task("8", "Hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2, cài đặt ứng dụng VNeID", "2026-04-30", [CA],
    [CNS]),
  task("9", "Triển khai Sổ sức khỏe điện tử tích hợp trên VNeID", "2026-09-30", [YT], [CA]),
  task("10", "Sơ kết 6 tháng triển khai Đề án 06 trên địa bàn phường", "2026-07-09", [CA], [VP]),
  task("11", "Tổng kết năm 2026, đề xuất khen thưởng tập thể, cá nhân tiêu biểu", "2026-12-31", [CA], [VX]),
];

const WORK = "Refs: TT, running on 1-11 across the group rows A-D (the plan's one task table). The Mốc hoàn thành " +
  "short forms, explained by the note 'T = tháng; Q = quý' after part III: 'Q1/2026' 31/3; 'Q2/2026' 30/6; " +
  "'T6/2026' 30/6; 'T5/2026' 31/5 Sun -> 01/6; 'T3/2026' 31/3; 'T4/2026' 30/4, a holiday with 01/5, then the " +
  "weekend -> 04/5; 'Hết T9/2026' 30/9; 'T12/2026' 31/12; '15/3/2026' a Sunday -> 16/3; 'Trước 10/7/2026' 09/7. " +
  "Row 3 'Thường xuyên': no task. The Chỉ tiêu column is a target, not a time. Row 1's Chủ trì cell names two " +
  "units (both lead, its Phối hợp empty). Bưu điện tỉnh is the province's post (a directory unit); the ward's " +
  "offices, Công an phường, Trạm Y tế phường, 'Tổ trưởng các tổ dân phố' and the 'Tổ công nghệ số cộng đồng' are " +
  "kept as written, unresolved. III.1 monthly reports 'ngày 20 hằng tháng' and III.2, III.3 (no time): no task.";

await buildDoc(DIR, {
  typed: body(false),
  auto: body(true),
  printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 38/KH-UBND of UBND phường Phan Đình Phùng (Thái Nguyên, after the reorganisation), 20/01/2026, " +
      "Đề án 06 năm 2026. HABIT: A WARD'S TASK TABLE WITH A 'MỐC HOÀN THÀNH' COLUMN IN SHORT FORMS (T3/2026, " +
      "Q2/2026, Hết T9/2026) and a Chỉ tiêu column before the units. " + WORK +
      " PDF: LibreOffice then Ghostscript.",
    province: "Thái Nguyên",
    plan: { number: "38/KH-UBND", date: "2026-01-20" },
    tasks,
    unresolved: [CA, VP, TT, VX, KT, YT, TDP, CNS],
    successors: [],
  },
});
