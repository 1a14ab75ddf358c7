// 06: Lai Châu (after the reorganisation: no districts, merged departments), UBND tỉnh, Kế hoạch 215/KH-UBND ngày
// 08/9/2025, Đề án 06 and dịch vụ công trực tuyến in the last months of 2025. Habit: THE TASK TABLE ENDS WITH A
// "CƠ QUAN THEO DÕI, ĐÔN ĐỐC" COLUMN after the time: the body of the plan assigns each task a unit that follows it up
// and reports on it (Văn phòng UBND tỉnh, Công an tỉnh as the Tổ công tác Đề án 06's standing body, Sở Nội vụ, Sở
// Khoa học và Công nghệ). That unit neither leads nor coordinates the task unless the unit columns name it too.
// Printed by LibreOffice, then distilled by Ghostscript.
import { P, buildDoc, lister, task, read, head, sign, tt, dirOf } from "./common.mjs";

const ID = "06-lai-chau-2025-de-an-06-table-last-column-co-quan-theo-doi-don-doc-follow-up-unit-not-a-partner";
const DIR = dirOf(ID, import.meta.url);
const NV = "Sở Nội vụ", TC = "Sở Tài chính", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", CA = "Công an tỉnh";
const KC = "Sở Khoa học và Công nghệ", NM = "Sở Nông nghiệp và Môi trường", YT = "Sở Y tế";
const BH = "Bảo hiểm xã hội tỉnh", BD = "Bưu điện tỉnh", XA = "UBND các xã, phường", DEP = "@departments";

const R = lister("roman", "parts", { bold: true, indent: false });
const n3 = lister("decimal", "iii");

const rows = (auto) => {
  let n = 0;
  const T = (what, lead, partners, time, follow) => [tt(auto, n += 1), what, lead, partners,
    { text: time, align: "center" }, follow];
  return [
    ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
      "Cơ quan theo dõi, đôn đốc"],
    T("Rà soát, chuẩn hóa, làm sạch dữ liệu hộ tịch đã số hóa, kết nối với Cơ sở dữ liệu quốc gia về dân cư", TP,
      `${CA}; ${XA}`, "Trước ngày 30/9/2025", "Công an tỉnh (Tổ công tác Đề án 06 tỉnh)"),
    T("Cung cấp 100% thủ tục hành chính đủ điều kiện dưới dạng dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ " +
      "công quốc gia", KC, `${VP}; các sở, ban, ngành`, "Tháng 10/2025", VP),
    T("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh và Trung tâm " +
      "Phục vụ hành chính công các xã, phường", XA, KC, "Quý IV/2025", VP),
    T("Chi trả trợ cấp, trợ giúp xã hội không dùng tiền mặt cho 100% đối tượng có tài khoản", NV, `${BD}; ${XA}`,
      "Trước ngày 15/11/2025", CA),
    T("Làm sạch dữ liệu đất đai; kết nối, đồng bộ cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư", NM,
      `${CA}; ${XA}`, "Ngày 31/12/2025", CA),
    T("Đào tạo, tập huấn kỹ năng số, kỹ năng xử lý hồ sơ trực tuyến cho cán bộ, công chức cấp xã", NV, KC,
      "Tháng 11/2025", VP),
    T("Khám, chữa bệnh bảo hiểm y tế bằng thẻ căn cước, ứng dụng VNeID; triển khai sổ sức khỏe điện tử", YT,
      `${BH}; ${CA}`, "Quý IV/2025", CA),
    T("Tuyên truyền, hướng dẫn người dân sử dụng tài khoản định danh điện tử, dịch vụ công trực tuyến", KC,
      `Báo và Phát thanh, Truyền hình Lai Châu; ${XA}`, "Thường xuyên", KC),
    T("Xây dựng kho dữ liệu dùng chung của tỉnh; kết nối Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với " +
      "Cổng Dịch vụ công quốc gia", KC, `${VP}; ${CA}`, "Trước ngày 20/12/2025", VP),
    T("Tham mưu bố trí kinh phí thực hiện Đề án 06 năm 2026 trong dự toán ngân sách địa phương", TC, `${CA}; ${KC}`,
      "Trước ngày 01/12/2025", NV),
    T("Công khai kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp " +
      "quý III/2025", VP, KC, "Ngày 15/10/2025", NV),
    T("Sơ kết thực hiện Đề án 06 năm 2025, đề xuất nhiệm vụ năm 2026", CA, `${VP}; các sở, ban, ngành; ${XA}`,
      "Trước ngày 25/12/2025", VP),
  ];
};

const body = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 215/KH-UBND", "Lai Châu, ngày 08 tháng 9 năm 2025", "KẾ HOẠCH",
    "Đẩy mạnh triển khai Đề án 06 và cung cấp dịch vụ công trực tuyến\ntrên địa bàn tỉnh Lai Châu những tháng cuối năm 2025"),
  P("Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ; để bảo đảm việc giải quyết thủ tục " +
    "hành chính thông suốt sau khi tổ chức chính quyền địa phương hai cấp, UBND tỉnh ban hành Kế hoạch như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Hoàn thành các chỉ tiêu của Đề án 06 năm 2025; 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến " +
    "toàn trình; không để gián đoạn việc tiếp nhận, giải quyết hồ sơ của người dân, doanh nghiệp."),
  R("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  P("Các cơ quan, địa phương thực hiện các nhiệm vụ tại bảng dưới đây. Cơ quan chủ trì chịu trách nhiệm tổ chức thực " +
    "hiện; cơ quan phối hợp tham gia theo chức năng. Cơ quan theo dõi, đôn đốc (cột 6) không tham gia thực hiện nhiệm " +
    "vụ mà có trách nhiệm theo dõi tiến độ, đôn đốc cơ quan chủ trì và tổng hợp kết quả vào báo cáo định kỳ gửi UBND " +
    "tỉnh."),
  { t: "table", widths: [550, 2750, 1450, 1600, 1500, 1550], header: 1, rows: rows(auto) },
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Các sở, ban, ngành, UBND các xã, phường báo cáo tiến độ thực hiện gửi Công an tỉnh (Cơ quan thường trực " +
    "Tổ công tác Đề án 06 tỉnh) trước ngày 15 hằng tháng."),
  n3("2.", "Văn phòng UBND tỉnh chủ trì, phối hợp với Công an tỉnh tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND " +
    "tỉnh trước ngày 05/01/2026."),
  n3("3.", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, địa phương kịp thời báo cáo UBND tỉnh " +
    "(qua Công an tỉnh) để xem xét, chỉ đạo./."),
  ...sign(["Bộ Công an (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các xã, phường", "Tổ công tác Đề án 06 tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

const tasks = [
  read("'Trước ngày 30/9/2025' 29/9 Mon; Công an tỉnh coordinates (column 4) and also follows up: once, as a " +
    "coordinator", task("1", "Rà soát, chuẩn hóa, làm sạch dữ liệu hộ tịch đã số hóa, kết nối với Cơ sở dữ liệu " +
    "quốc gia về dân cư", "2025-09-29", [TP], [CA, XA])),
  read("'Tháng 10/2025' 31/10 Fri; VP UBND tỉnh is in column 4: a coordinator; 'các sở, ban, ngành' = @departments",
    task("2", "Cung cấp 100% thủ tục hành chính đủ điều kiện dưới dạng dịch vụ công trực tuyến toàn trình trên Cổng " +
      "Dịch vụ công quốc gia", "2025-10-31", [KC], [VP, DEP])),
  read("'Quý IV/2025' 31/12 Wed; the communes lead; VP UBND tỉnh only follows up (column 6): no unit of the task",
    task("3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh",
      "2025-12-31", [XA], [KC])),
  read("'Trước ngày 15/11/2025' 14/11 Fri; Công an tỉnh follows up only",
    task("4", "Chi trả trợ cấp, trợ giúp xã hội không dùng tiền mặt cho 100% đối tượng có tài khoản", "2025-11-14",
      [NV], [BD, XA])),
  read("'Ngày 31/12/2025' Wed; Công an tỉnh in column 4 and column 6: a coordinator",
    task("5", "Làm sạch dữ liệu đất đai; kết nối, đồng bộ cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân " +
      "cư", "2025-12-31", [NM], [CA, XA])),
  read("'Tháng 11/2025' 30/11 Sun -> 01/12 Mon; VP UBND tỉnh follows up only",
    task("6", "Đào tạo, tập huấn kỹ năng số, kỹ năng xử lý hồ sơ trực tuyến cho cán bộ, công chức cấp xã",
      "2025-11-30", [NV], [KC])),
  read("'Quý IV/2025' 31/12 Wed; Công an tỉnh in column 4: a coordinator",
    task("7", "Khám, chữa bệnh bảo hiểm y tế bằng thẻ căn cước, ứng dụng VNeID; triển khai sổ sức khỏe điện tử",
      "2025-12-31", [YT], [BH, CA])),
  read("'Trước ngày 20/12/2025' 19/12 Fri; VP UBND tỉnh in column 4: a coordinator",
    task("9", "Xây dựng kho dữ liệu dùng chung của tỉnh; kết nối Hệ thống thông tin giải quyết thủ tục hành chính " +
      "tỉnh với Cổng Dịch vụ công quốc gia", "2025-12-19", [KC], [VP, CA])),
  read("'Trước ngày 01/12/2025' 30/11 Sun -> 01/12 Mon; Sở Nội vụ follows up only",
    task("10", "Tham mưu bố trí kinh phí thực hiện Đề án 06 năm 2026 trong dự toán ngân sách địa phương",
      "2025-11-30", [TC], [CA, KC])),
  read("'Ngày 15/10/2025' Wed; Sở Nội vụ follows up only",
    task("11", "Công khai kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, " +
      "doanh nghiệp quý III/2025", "2025-10-15", [VP], [KC])),
  read("'Trước ngày 25/12/2025' 24/12 Wed; VP UBND tỉnh in column 4 (a coordinator) and column 6",
    task("12", "Sơ kết thực hiện Đề án 06 năm 2025, đề xuất nhiệm vụ năm 2026", "2025-12-24", [CA],
      [VP, DEP, XA])),
  read("Part III item 2, 'báo cáo UBND tỉnh trước ngày 05/01/2026' 04/01/2026 Sun -> 05/01 Mon; 'Văn phòng UBND " +
    "tỉnh chủ trì, phối hợp với Công an tỉnh'", task("III.2", "tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND " +
    "tỉnh", "2026-01-04", [VP], [CA])),
];

await buildDoc(DIR, {
  typed: body(false),
  auto: body(true),
  printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 215/KH-UBND of UBND tỉnh Lai Châu (after the reorganisation), 08/9/2025, Đề án 06 and DVC trực " +
      "tuyến; a body task table TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | " +
      "Cơ quan theo dõi, đôn đốc (TT 1-12 = ref). HABIT: A LAST COLUMN NAMING THE UNIT THAT FOLLOWS EACH TASK UP " +
      "(Văn phòng UBND tỉnh, Công an tỉnh '(Tổ công tác Đề án 06 tỉnh)', Sở Nội vụ, Sở KH&CN); the body says it " +
      "takes no part in the work, only tracks it and reports. It is no unit of the task: neither lead nor " +
      "coordinator, unless column 3 or 4 names it too (rows 1, 2, 5, 7, 9, 12). Row 8 'Thường xuyên': no task. Part " +
      "III: III.2 dated; III.1 monthly, III.3 undated. 'các sở, ban, ngành' = @departments; 'UBND các xã, phường' " +
      "(no commune imported) the unresolved 'UBND cấp xã'. Each task's reading is in its style. PDF: LibreOffice " +
      "then Ghostscript.",
    province: "Lai Châu",
    plan: { number: "215/KH-UBND", date: "2025-09-08" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});
