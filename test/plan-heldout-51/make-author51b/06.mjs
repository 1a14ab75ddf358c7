// 06: Lai Châu (after the reorganisation), Văn phòng UBND tỉnh, Thông báo 52/TB-VP ngày 23/3/2026: kết luận của Chủ
// tịch UBND tỉnh tại cuộc họp về chuyển đổi số và Đề án 06 quý I/2026. Habit: A THÔNG BÁO KẾT LUẬN WHOSE "GIAO …"
// POINTS IN PROSE ARE REPEATED IN A "PHỤ LỤC TỔNG HỢP NHIỆM VỤ GIAO" after the signature (TT | Nhiệm vụ | Cơ quan
// chủ trì | Cơ quan phối hợp | Thời hạn | Ghi chú, the last column citing the prose point: "Điểm a khoản 2"), as
// offices attach for tracking in the e-office system: each task is read ONCE (ref = the Phụ lục's TT); a first part
// assessing the quarter full of past dates; one "Đề nghị" to two telecom companies; one "Thường xuyên" row.
import { P, buildPaged, lister, task, head, sign, tt } from "./common.mjs";

const ID = "06-lai-chau-2026-thong-bao-ket-luan-prose-giao-points-repeated-in-phu-luc-tong-hop-nhiem-vu-giao-counted-once";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KC = "Sở Khoa học và Công nghệ", CA = "Công an tỉnh", VP = "Văn phòng UBND tỉnh", NV = "Sở Nội vụ";
const TC = "Sở Tài chính", YT = "Sở Y tế", BH = "Bảo hiểm xã hội tỉnh", XA = "UBND các xã, phường";
const VT = "Viettel Lai Châu", VN = "VNPT Lai Châu";

const n1 = lister("decimal", "i", { bold: true });
// Vietnamese letters (a, b, c, d, đ, e, g, h, i) are typed in both files: Word's lowerLetter has no "đ)".
const a2 = (num, text) => P(text, { num });

const rows = (auto) => {
  let n = 0;
  const T = (what, lead, partners, time, note) => [tt(auto, n += 1, "pl"), what, lead, partners,
    { text: time, align: "center" }, { text: note, align: "center" }];
  return [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Ghi chú"],
    T("Tham mưu UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2026 gắn với Đề án 06", KC, CA, "Trước 10/4/2026",
      "Điểm a khoản 2"),
    T("Làm sạch dữ liệu dân cư, bảo đảm “đúng, đủ, sạch, sống”", CA, XA, "Tháng 5/2026", "Điểm b khoản 2"),
    T("Hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2 cho người dân từ đủ 14 tuổi", CA, XA, "Quý II/2026",
      "Điểm b khoản 2"),
    T("Rà soát, tái cấu trúc quy trình 20 thủ tục hành chính để cung cấp dịch vụ công trực tuyến toàn trình",
      "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)", KC, "Trước 30/6/2026", "Điểm c khoản 2"),
    T("Đưa tiêu chí chuyển đổi số vào đánh giá, xếp loại tập thể, người đứng đầu; báo cáo UBND tỉnh", NV, KC,
      "15/5/2026", "Điểm d khoản 2"),
    T("Tham mưu bố trí kinh phí thực hiện chuyển đổi số trong dự toán ngân sách năm 2027", TC, KC, "Trước 31/7/2026",
      "Điểm đ khoản 2"),
    T("Phủ sóng di động 4G tại 15 thôn, bản còn “lõm sóng”", "Viettel Lai Châu; VNPT Lai Châu", KC, "Quý III/2026",
      "Điểm e khoản 2 (đề nghị)"),
    T("Triển khai Sổ sức khỏe điện tử, bảo đảm 90% dân số có sổ", YT, BH, "Quý III/2026", "Điểm g khoản 2"),
    T("Chỉ đạo Tổ công nghệ số cộng đồng hướng dẫn người dân sử dụng dịch vụ công trực tuyến", XA, KC,
      "Thường xuyên", "Điểm h khoản 2"),
    T("Tổ chức sơ kết 6 tháng triển khai chuyển đổi số và Đề án 06", KC, CA, "Tháng 7/2026", "Điểm i khoản 2"),
    T("Theo dõi, đôn đốc; tổng hợp, báo cáo Chủ tịch UBND tỉnh tình hình thực hiện các nhiệm vụ", VP, "",
      "Trước 05/7/2026", "Khoản 3"),
  ];
};

const body = (auto) => [
  ...head(["UBND TỈNH LAI CHÂU", "VĂN PHÒNG"], "Số: 52/TB-VP", "Lai Châu, ngày 23 tháng 3 năm 2026", "THÔNG BÁO",
    "Kết luận của đồng chí Chủ tịch UBND tỉnh tại cuộc họp về tình hình triển khai chuyển đổi số và Đề án 06 " +
    "quý I năm 2026"),
  P("Ngày 18/3/2026, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp về tình hình triển khai chuyển đổi số và Đề án " +
    "phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) quý I năm 2026. Tham dự cuộc " +
    "họp có lãnh đạo các sở: Khoa học và Công nghệ, Nội vụ, Tài chính, Y tế; Công an tỉnh, Văn phòng UBND tỉnh, Bảo " +
    "hiểm xã hội tỉnh, Viettel Lai Châu, VNPT Lai Châu và Chủ tịch UBND các xã, phường (dự trực tuyến)."),
  P("Sau khi nghe Sở Khoa học và Công nghệ báo cáo, ý kiến phát biểu của các đại biểu dự họp, đồng chí Chủ tịch " +
    "UBND tỉnh kết luận như sau:"),
  n1("1.", "Đánh giá chung"),
  P("Quý I năm 2026, các cơ quan, đơn vị đã tích cực triển khai các nhiệm vụ chuyển đổi số; đến ngày 15/3/2026, tỷ " +
    "lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt 72%; 100% xã, phường đã kết " +
    "nối Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh từ ngày 01/02/2026. Tuy nhiên, việc làm sạch dữ " +
    "liệu dân cư tại một số xã vùng cao còn chậm; hạ tầng viễn thông tại một số thôn, bản chưa bảo đảm."),
  n1("2.", "Nhiệm vụ trong thời gian tới"),
  a2("a)", "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh tham mưu UBND tỉnh ban hành Kế hoạch " +
    "chuyển đổi số năm 2026 gắn với Đề án 06, trình UBND tỉnh trước ngày 10/4/2026."),
  a2("b)", "Giao Công an tỉnh chủ trì, phối hợp với UBND các xã, phường tiếp tục làm sạch dữ liệu dân cư, bảo đảm " +
    "“đúng, đủ, sạch, sống”, hoàn thành trong tháng 5/2026; hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2 " +
    "cho người dân từ đủ 14 tuổi, hoàn thành trong quý II/2026."),
  a2("c)", "Giao Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh) chủ trì, phối hợp với Sở Khoa học và " +
    "Công nghệ rà soát, tái cấu trúc quy trình 20 thủ tục hành chính để cung cấp dịch vụ công trực tuyến toàn " +
    "trình; hoàn thành trước ngày 30/6/2026."),
  a2("d)", "Giao Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ đưa tiêu chí chuyển đổi số vào đánh giá, " +
    "xếp loại tập thể, người đứng đầu các cơ quan, đơn vị; báo cáo UBND tỉnh chậm nhất ngày 15/5/2026."),
  a2("đ)", "Giao Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu bố trí kinh phí thực hiện " +
    "chuyển đổi số trong dự toán ngân sách năm 2027, hoàn thành trước ngày 31/7/2026."),
  a2("e)", "Đề nghị Viettel Lai Châu, VNPT Lai Châu phối hợp với Sở Khoa học và Công nghệ hoàn thành phủ sóng di " +
    "động 4G tại 15 thôn, bản còn “lõm sóng” trong quý III/2026."),
  a2("g)", "Giao Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh triển khai Sổ sức khỏe điện tử, bảo đảm 90% " +
    "dân số có sổ trong quý III/2026."),
  a2("h)", "UBND các xã, phường chỉ đạo Tổ công nghệ số cộng đồng hướng dẫn người dân sử dụng dịch vụ công trực " +
    "tuyến; thực hiện thường xuyên."),
  a2("i)", "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh tổ chức sơ kết 6 tháng triển khai " +
    "chuyển đổi số và Đề án 06 trong tháng 7/2026."),
  n1("3.", "Tổ chức thực hiện"),
  P("Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện các nhiệm vụ tại Thông báo này (tổng hợp tại Phụ " +
    "lục kèm theo); tổng hợp, báo cáo Chủ tịch UBND tỉnh tình hình thực hiện trước ngày 05/7/2026."),
  P("Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."),
  ...sign(["Chủ tịch, các PCT UBND tỉnh", "Các sở: KH&CN, NV, TC, YT", "Công an tỉnh", "Bảo hiểm xã hội tỉnh",
    "Viettel Lai Châu, VNPT Lai Châu", "UBND các xã, phường", "LĐVP"], "CHÁNH VĂN PHÒNG", "Lò Văn Hùng"),
  { t: "br" },
  { t: "p", text: "PHỤ LỤC", bold: true, align: "center", indent: false },
  { t: "p", text: "TỔNG HỢP CÁC NHIỆM VỤ GIAO TẠI THÔNG BÁO KẾT LUẬN", bold: true, align: "center", indent: false },
  { t: "p", text: "(Kèm theo Thông báo số 52/TB-VP ngày 23/3/2026 của Văn phòng UBND tỉnh)", italic: true,
    align: "center", indent: false },
  { t: "table", widths: [500, 3000, 1700, 1500, 1300, 1300], header: 1, rows: rows(auto) },
];

const tasks = [
  task("1", "Tham mưu UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2026 gắn với Đề án 06", "2026-04-09", [KC], [CA]),
  task("2", "Làm sạch dữ liệu dân cư, bảo đảm “đúng, đủ, sạch, sống”", "2026-05-31", [CA], [XA]),
  task("3", "Hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2 cho người dân từ đủ 14 tuổi", "2026-06-30",
    [CA], [XA]),
  task("4", "Rà soát, tái cấu trúc quy trình 20 thủ tục hành chính để cung cấp dịch vụ công trực tuyến toàn trình",
    "2026-06-29", [VP], [KC]),
  task("5", "Đưa tiêu chí chuyển đổi số vào đánh giá, xếp loại tập thể, người đứng đầu", "2026-05-15", [NV], [KC]),
  task("6", "Tham mưu bố trí kinh phí thực hiện chuyển đổi số trong dự toán ngân sách năm 2027", "2026-07-30", [TC],
    [KC]),
  task("7", "Phủ sóng di động 4G tại 15 thôn, bản còn “lõm sóng”", "2026-09-30", [VT, VN], [KC]),
  task("8", "Triển khai Sổ sức khỏe điện tử, bảo đảm 90% dân số có sổ", "2026-09-30", [YT], [BH]),
  task("10", "Tổ chức sơ kết 6 tháng triển khai chuyển đổi số và Đề án 06", "2026-07-31", [KC], [CA]),
  task("11", "Theo dõi, đôn đốc; tổng hợp, báo cáo Chủ tịch UBND tỉnh tình hình thực hiện các nhiệm vụ",
    "2026-07-04", [VP]),
];

const WORK = "The Thông báo states each assignment twice: in prose (khoản 2, points a)-i), and khoản 3) and in the " +
  "Phụ lục after the signature, whose Ghi chú column cites the prose point; they agree on units and times, so each " +
  "task is read once, with the Phụ lục's TT as ref and its wording as title (point b) is two tasks there, rows 2 " +
  "and 3). Khoản 1 'Đánh giá chung' reports the past ('đến ngày 15/3/2026 … 72%', 'từ ngày 01/02/2026'): no task. " +
  "Times: 'trước ngày 10/4/2026' / 'Trước 10/4/2026' 09/4 Thu; 'trong tháng 5/2026' 31/5 Sun -> 01/6; 'quý II/2026' " +
  "30/6 Tue; 'trước ngày 30/6/2026' 29/6 Mon; 'chậm nhất ngày 15/5/2026' Fri; 'trước ngày 31/7/2026' 30/7 Thu; " +
  "'quý III/2026' 30/9 Wed; 'tháng 7/2026' 31/7 Fri; 'trước ngày 05/7/2026' 04/7 Sat -> 06/7. Row 9 (point h) " +
  "'Thường xuyên': no task. Row 4's lead is Văn phòng UBND tỉnh (its centre named in brackets is part of it, not a " +
  "second unit). Row 7 (point e, 'Đề nghị'): the two telecom companies lead, kept as written (unresolved), Sở Khoa " +
  "học và Công nghệ coordinates. 'UBND các xã, phường' with no commune imported is the unresolved 'UBND cấp xã'. " +
  "Lai Châu after 1 July 2025: Sở Khoa học và Công nghệ is the directory's (no old name).";

await buildPaged(DIR, {
  typed: body(false),
  auto: body(true),
  printer: "weasyprint",
  // the Word files number their pages from page 2; the print keeps the time cells on one line, the Phụ lục on its
  // own page
  page: { page: true },
  css: "table.bd td:nth-child(5){white-space:nowrap}table.bd{page-break-before:always}",
  expected: {
    id: ID,
    style: "Thông báo 52/TB-VP of Văn phòng UBND tỉnh Lai Châu (after the reorganisation), 23/3/2026, kết luận của " +
      "Chủ tịch UBND tỉnh về chuyển đổi số và Đề án 06. HABIT: A THÔNG BÁO KẾT LUẬN WHOSE 'GIAO …' POINTS ARE " +
      "REPEATED IN A 'PHỤ LỤC TỔNG HỢP NHIỆM VỤ GIAO' TABLE whose Ghi chú cites the prose point: each task counted " +
      "once. " + WORK + " PDF: WeasyPrint.",
    province: "Lai Châu",
    plan: { number: "52/TB-VP", date: "2026-03-23" },
    tasks,
    unresolved: [VT, VN, XA],
    successors: [],
  },
});
