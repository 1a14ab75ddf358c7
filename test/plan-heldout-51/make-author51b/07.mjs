// 07: Thái Nguyên (after the reorganisation, Bắc Kạn merged in), UBND tỉnh, Kế hoạch 87/KH-UBND ngày 09/3/2026,
// cải cách hành chính nhà nước năm 2026. Habit: THE BODY STATES THE WORK IN UNDATED PROSE POINTS (mục II, khoản 1-6,
// điểm a, b), AND A PHỤ LỤC WITH GROUP ROWS I-V GIVES EACH ITEM ITS UNITS AND TIME IN A ROW WHOSE THIRD COLUMN CITES
// THE BODY'S POINT ("Điểm b khoản 2 Mục II", "Khoản 3 Mục II"): the citation is no ref and no time, the Phụ lục's
// STT (running on 1-12 across the group rows) is; two "Thường xuyên"/"Theo hướng dẫn" rows; a part III with two
// dated duties of its own. Printed by Chromium.
import { P, buildDoc, lister, task, head, sign, tt, group } from "./common.mjs";

const ID = "07-thai-nguyen-2026-undated-body-points-phu-luc-group-rows-column-citing-diem-khoan-muc-of-the-body";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", VP = "Văn phòng UBND tỉnh", KC = "Sở Khoa học và Công nghệ";
const TTr = "Thanh tra tỉnh", CA = "Công an tỉnh", PV = "Trung tâm Phục vụ hành chính công tỉnh";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên", XA = "UBND các xã, phường", DEP = "@departments";

const R = lister("roman", "parts", { bold: true, indent: false });
const k2 = lister("decimal", "k2", { bold: true });
const n3 = lister("decimal", "iii");
const pt = (num, text) => P(text, { num });

const rows = (auto) => {
  let n = 0;
  const T = (what, cite, lead, partners, time) => [tt(auto, n += 1, "pl"), what, { text: cite, italic: true },
    lead, partners, { text: time, align: "center" }];
  return [
    ["STT", "Nhiệm vụ", "Nội dung tại Kế hoạch", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    group("I", "CẢI CÁCH THỂ CHẾ", 5),
    T("Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh Thái Nguyên và tỉnh Bắc Kạn (trước sắp " +
      "xếp) ban hành còn hiệu lực", "Điểm a khoản 1 Mục II", TP, "Các sở, ban, ngành", "Trước 30/6/2026"),
    T("Kiểm tra, xử lý văn bản quy phạm pháp luật của HĐND, UBND cấp xã", "Điểm b khoản 1 Mục II", TP, XA,
      "Quý III/2026"),
    group("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 5),
    T("Công bố, công khai thủ tục hành chính, quy trình nội bộ giải quyết thủ tục hành chính",
      "Điểm a khoản 2 Mục II", VP, "Các sở, ban, ngành", "Thường xuyên"),
    T("Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình đối với 30 thủ tục hành chính có số " +
      "lượng hồ sơ lớn", "Điểm b khoản 2 Mục II", KC, "Văn phòng UBND tỉnh; Trung tâm Phục vụ hành chính công tỉnh",
    "31/8/2026"),
    T("Đánh giá chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính theo Bộ chỉ số; công " +
      "bố kết quả năm 2026", "Điểm c khoản 2 Mục II", VP, KC, "Trước 20/12/2026"),
    group("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ", 5),
    T("Rà soát, hoàn thiện quy định chức năng, nhiệm vụ, quyền hạn của các cơ quan chuyên môn sau sắp xếp",
      "Khoản 3 Mục II", NV, "Các sở, ban, ngành", "Quý II/2026"),
    T("Xây dựng, trình phê duyệt vị trí việc làm của cán bộ, công chức cấp xã", "Khoản 3 Mục II", NV, XA,
      "Tháng 9/2026"),
    T("Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị", "Khoản 4 Mục II", NV,
      "Thanh tra tỉnh; Công an tỉnh", "Quý II và Quý IV/2026"),
    group("IV", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 5),
    T("Nâng cấp Hệ thống quản lý văn bản và điều hành, kết nối liên thông văn bản điện tử 4 cấp",
      "Điểm a khoản 5 Mục II", KC, VP, "30/9/2026"),
    T("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Bộ phận Một cửa cấp xã",
      "Điểm b khoản 5 Mục II", XA, "Sở Khoa học và Công nghệ; Trung tâm Phục vụ hành chính công tỉnh",
      "Hết tháng 10/2026"),
    group("V", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH, TUYÊN TRUYỀN", 5),
    T("Mở chuyên mục “Cải cách hành chính” trên sóng phát thanh, truyền hình và báo điện tử", "Khoản 6 Mục II", NV,
      BAO, "Từ tháng 4 đến tháng 11/2026"),
    T("Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026", "Khoản 6 Mục II",
      "Các sở, ban, ngành; UBND các xã, phường", NV, "Theo hướng dẫn của Bộ Nội vụ"),
  ];
};

const body = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 87/KH-UBND", "Thái Nguyên, ngày 09 tháng 3 năm 2026", "KẾ HOẠCH",
    "Cải cách hành chính nhà nước tỉnh Thái Nguyên năm 2026"),
  P("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính " +
    "nhà nước giai đoạn 2021 - 2030; căn cứ tình hình thực tế của tỉnh sau sắp xếp đơn vị hành chính, UBND tỉnh " +
    "ban hành Kế hoạch cải cách hành chính nhà nước năm 2026 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Tiếp tục đẩy mạnh cải cách hành chính gắn với vận hành chính quyền địa phương hai cấp; cải thiện các Chỉ số " +
    "PAR INDEX, SIPAS của tỉnh năm 2026. Nhiệm vụ được phân công cụ thể về cơ quan chủ trì, phối hợp và thời gian " +
    "hoàn thành tại Phụ lục kèm theo Kế hoạch này."),
  R("II.", "NHIỆM VỤ TRỌNG TÂM"),
  k2("1.", "Cải cách thể chế"),
  pt("a)", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của hai tỉnh trước sắp xếp còn hiệu lực; kịp thời đề " +
    "xuất sửa đổi, bổ sung, thay thế hoặc bãi bỏ bảo đảm thống nhất trên địa bàn tỉnh."),
  pt("b)", "Tăng cường kiểm tra, xử lý văn bản quy phạm pháp luật của chính quyền cấp xã."),
  k2("2.", "Cải cách thủ tục hành chính"),
  pt("a)", "Công bố, công khai đầy đủ, kịp thời thủ tục hành chính và quy trình nội bộ giải quyết thủ tục hành chính."),
  pt("b)", "Tái cấu trúc quy trình, nâng cao tỷ lệ dịch vụ công trực tuyến toàn trình và hồ sơ nộp trực tuyến."),
  pt("c)", "Đánh giá chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính theo Bộ chỉ số."),
  k2("3.", "Cải cách tổ chức bộ máy"),
  P("Hoàn thiện quy định về chức năng, nhiệm vụ của các cơ quan chuyên môn sau sắp xếp; xác định vị trí việc làm " +
    "của cán bộ, công chức cấp xã bảo đảm phù hợp với mô hình chính quyền địa phương hai cấp."),
  k2("4.", "Cải cách chế độ công vụ"),
  P("Siết chặt kỷ luật, kỷ cương hành chính; kiểm tra công vụ đột xuất, kết hợp kiểm tra theo chuyên đề."),
  k2("5.", "Xây dựng chính quyền điện tử, chính quyền số"),
  pt("a)", "Nâng cấp hạ tầng, nền tảng dùng chung; bảo đảm liên thông văn bản điện tử giữa các cấp chính quyền."),
  pt("b)", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; tái sử dụng dữ liệu đã số hóa."),
  k2("6.", "Công tác chỉ đạo, điều hành và tuyên truyền"),
  P("Đổi mới hình thức tuyên truyền cải cách hành chính; nâng cao chất lượng tự đánh giá, chấm điểm Chỉ số cải " +
    "cách hành chính của các cơ quan, đơn vị."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Các sở, ban, ngành, UBND các xã, phường xây dựng kế hoạch cải cách hành chính năm 2026 của cơ quan, đơn " +
    "vị, gửi Sở Nội vụ trước ngày 20/3/2026."),
  n3("2.", "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết " +
    "quả cải cách hành chính năm 2026 trước ngày 10/12/2026."),
  n3("3.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các xã, phường", "Báo và PT-TH Thái Nguyên"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Nguyễn Thanh Bình"),
  { t: "br" },
  { t: "p", text: "PHỤ LỤC", bold: true, align: "center", indent: false },
  { t: "p", text: "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", bold: true, align: "center",
    indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 87/KH-UBND ngày 09/3/2026 của UBND tỉnh Thái Nguyên)", italic: true,
    align: "center", indent: false },
  { t: "table", widths: [550, 2900, 1300, 1500, 1700, 1450], header: 1, rows: rows(auto) },
];

const tasks = [
  task("1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh Thái Nguyên và tỉnh Bắc Kạn (trước " +
    "sắp xếp) ban hành còn hiệu lực", "2026-06-29", [TP], [DEP]),
  task("2", "Kiểm tra, xử lý văn bản quy phạm pháp luật của HĐND, UBND cấp xã", "2026-09-30", [TP], [XA]),
  task("4", "Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình đối với 30 thủ tục hành chính",
    "2026-08-31", [KC], [VP, PV]),
  task("5", "Đánh giá chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính theo Bộ chỉ số",
    "2026-12-19", [VP], [KC]),
  task("6", "Rà soát, hoàn thiện quy định chức năng, nhiệm vụ, quyền hạn của các cơ quan chuyên môn sau sắp xếp",
    "2026-06-30", [NV], [DEP]),
  task("7", "Xây dựng, trình phê duyệt vị trí việc làm của cán bộ, công chức cấp xã", "2026-09-30", [NV], [XA]),
  task("8", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị", "2026-12-31", [NV], [TTr, CA]),
  task("9", "Nâng cấp Hệ thống quản lý văn bản và điều hành, kết nối liên thông văn bản điện tử 4 cấp", "2026-09-30",
    [KC], [VP]),
  task("10", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Bộ phận Một cửa cấp xã",
    "2026-10-31", [XA], [KC, PV]),
  task("11", "Mở chuyên mục “Cải cách hành chính” trên sóng phát thanh, truyền hình và báo điện tử", "2026-11-30",
    [NV], [BAO]),
  task("III.1", "xây dựng kế hoạch cải cách hành chính năm 2026 của cơ quan, đơn vị, gửi Sở Nội vụ", "2026-03-19",
    [DEP, XA]),
  task("III.2", "tổng hợp, báo cáo UBND tỉnh kết quả cải cách hành chính năm 2026", "2026-12-09", [NV]),
];

const WORK = "Mục II's points (khoản 1-6, điểm a-c) state the work with no unit and no time: none is a task by itself; " +
  "the Phụ lục gives each its row, and that row is the task (ref = its STT, running on 1-12 across the group rows " +
  "I-V; the 'Nội dung tại Kế hoạch' column, 'Điểm b khoản 2 Mục II', only cites the body and is neither ref nor " +
  "time). Times: 'Trước 30/6/2026' 29/6 Mon; 'Quý III/2026' 30/9 Wed; '31/8/2026' Mon; 'Trước 20/12/2026' 19/12 " +
  "Sat -> 21/12; 'Quý II/2026' 30/6 Tue; 'Tháng 9/2026' and '30/9/2026' Wed; 'Quý II và Quý IV/2026' (two rounds) " +
  "due with the last, 31/12 Thu; 'Hết tháng 10/2026' 31/10 Sat -> 02/11; 'Từ tháng 4 đến tháng 11/2026' 30/11 Mon. " +
  "Rows 3 ('Thường xuyên') and 12 ('Theo hướng dẫn của Bộ Nội vụ'): no task. Part III: III.1 'trước ngày " +
  "20/3/2026' 19/3 Thu, led by @departments and UBND cấp xã (the plans are sent to Sở Nội vụ, a recipient); III.2 " +
  "'trước ngày 10/12/2026' 09/12 Wed; III.3 no time. 'Các sở, ban, ngành' = @departments; 'UBND các xã, phường' " +
  "(no commune imported) the unresolved 'UBND cấp xã'; Trung tâm Phục vụ hành chính công tỉnh is no directory unit " +
  "(unresolved). The merged press body and Thanh tra tỉnh, Công an tỉnh are the directory's. Row 1 names the two " +
  "provinces before the merger only in its title.";

await buildDoc(DIR, {
  typed: body(false),
  auto: body(true),
  printer: "chromium",
  expected: {
    id: ID,
    style: "Kế hoạch 87/KH-UBND of UBND tỉnh Thái Nguyên (after the reorganisation), 09/3/2026, cải cách hành chính " +
      "năm 2026. HABIT: UNDATED BODY POINTS AND A PHỤ LỤC WITH GROUP ROWS WHOSE THIRD COLUMN CITES THE BODY'S POINT " +
      "('Điểm b khoản 2 Mục II'); units and times only in the Phụ lục. " + WORK + " PDF: Chromium.",
    province: "Thái Nguyên",
    plan: { number: "87/KH-UBND", date: "2026-03-09" },
    tasks,
    unresolved: [PV, XA],
    successors: [],
  },
});
