// 07: Bắc Kạn (before the reorganisation), UBND tỉnh, Kế hoạch 142/KH-UBND ngày 02/4/2024, dịch vụ công trực tuyến,
// thanh toán trực tuyến và số hóa hồ sơ năm 2024: prose parts and a body table. Habit: TIME CELLS THAT GIVE ONLY A
// START ("Từ ngày 01/5/2024", "Bắt đầu từ Quý II/2024", "Kể từ tháng 5/2024 và các năm tiếp theo") among end dates,
// ranges ("Từ ngày 20/5 đến ngày 31/5/2024") and a start beside an end ("Từ ngày 15/4/2024; hoàn thành trước ngày
// 31/8/2024", "Hoàn thành trong tháng 6/2024; sử dụng từ ngày 01/7/2024"); one start-only duty in the prose part III.
// Printed by WeasyPrint.
import { P, buildDoc, lister, task, read, head, sign, tt, dirOf } from "./common.mjs";

const ID = "07-bac-kan-2024-time-cells-start-only-tu-ngay-bat-dau-tu-ke-tu-among-end-dates-and-ranges-weasyprint";
const DIR = dirOf(ID, import.meta.url);
const NV = "Sở Nội vụ", TT = "Sở Thông tin và Truyền thông", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp";
const TN = "Sở Tài nguyên và Môi trường", CA = "Công an tỉnh", TC = "Sở Tài chính", KB = "Kho bạc Nhà nước tỉnh";
const THUE = "Cục Thuế tỉnh", TD = "Tỉnh đoàn", HUY = "UBND các huyện, thành phố", DEP = "Các sở, ban, ngành";

const R = lister("roman", "parts", { bold: true, indent: false });
const n3 = lister("decimal", "iii");

const rows = (auto) => {
  let n = 0;
  const T = (what, lead, partners, time) => [tt(auto, n += 1), what, lead, partners, { text: time, align: "center" }];
  return [
    ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
    T("Cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia đối với 100% thủ tục hành chính " +
      "đủ điều kiện", TT, `${VP}; các sở, ban, ngành`, "Trước ngày 30/6/2024"),
    T("Áp dụng tiếp nhận hồ sơ trực tuyến đối với các thủ tục hành chính thuộc danh mục tiếp nhận trực tuyến bắt " +
      "buộc", `${DEP}; ${HUY}`, VP, "Từ ngày 01/5/2024"),
    T("Triển khai thanh toán trực tuyến nghĩa vụ tài chính, phí, lệ phí trong giải quyết thủ tục hành chính", TC,
      `${KB}; ${THUE}`, "Bắt đầu từ Quý II/2024"),
    T("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp huyện", HUY, TT,
      "Từ tháng 4/2024 đến hết tháng 10/2024"),
    T("Tích hợp, xác thực tài khoản định danh điện tử VNeID trên Hệ thống thông tin giải quyết thủ tục hành chính " +
      "tỉnh", CA, `${TT}; ${VP}`, "Tháng 7/2024"),
    T("Rà soát, chuẩn hóa dữ liệu hộ tịch, đất đai phục vụ liên thông dịch vụ công", TP, `${TN}; ${HUY}`,
      "Từ ngày 15/4/2024; hoàn thành trước ngày 31/8/2024"),
    T("Duy trì Tổ công nghệ số cộng đồng hỗ trợ người dân nộp hồ sơ trực tuyến tại thôn, tổ dân phố", HUY,
      `${TD}; ${TT}`, "Kể từ tháng 5/2024 và các năm tiếp theo"),
    T("Tổ chức tập huấn kỹ năng hướng dẫn dịch vụ công trực tuyến cho công chức Bộ phận Một cửa các cấp", TT,
      `${NV}; ${VP}`, "Từ ngày 20/5 đến ngày 31/5/2024"),
    T("Cấp chứng thư số cá nhân cho cán bộ, công chức, viên chức chưa được cấp", TT, DEP,
      "Hoàn thành trong tháng 6/2024; sử dụng từ ngày 01/7/2024"),
    T("Kiểm tra việc cung cấp, sử dụng dịch vụ công trực tuyến tại các cơ quan, đơn vị", NV, `${VP}; ${TT}`,
      "Tháng 9/2024"),
    T("Đánh giá, công bố mức độ hài lòng của người dân, doanh nghiệp đối với dịch vụ công trực tuyến", VP, TT,
      "Quý IV/2024"),
  ];
};

const body = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 142/KH-UBND", "Bắc Kạn, ngày 02 tháng 4 năm 2024", "KẾ HOẠCH",
    "Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến,\nthanh toán trực tuyến và số hóa hồ sơ thủ tục " +
    "hành chính năm 2024"),
  P("Thực hiện Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi " +
    "trường điện tử và Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ, UBND tỉnh Bắc Kạn ban hành " +
    "Kế hoạch năm 2024 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Nâng tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến đạt tối thiểu 50%; tỷ lệ số hóa hồ " +
    "sơ, kết quả giải quyết thủ tục hành chính đạt 100% ở cấp tỉnh, 80% ở cấp huyện vào cuối năm 2024. Kế hoạch áp " +
    "dụng từ ngày ký ban hành đến hết ngày 31/12/2024."),
  R("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  P("Các cơ quan, đơn vị tập trung thực hiện các nhiệm vụ sau (thời gian thực hiện ghi tại cột 5; nhiệm vụ chỉ ghi " +
    "thời điểm bắt đầu được thực hiện thường xuyên từ thời điểm đó):"),
  { t: "table", widths: [700, 3450, 1550, 1750, 1900], header: 1, rows: rows(auto) },
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Văn phòng UBND tỉnh tham mưu UBND tỉnh ban hành danh mục thủ tục hành chính tiếp nhận trực tuyến bắt " +
    "buộc (nhiệm vụ số 2) trước ngày 25/4/2024."),
  n3("2.", "Các sở, ban, ngành, UBND các huyện, thành phố: kể từ ngày 01/5/2024, báo cáo tỷ lệ hồ sơ trực tuyến hằng " +
    "tháng, gửi Sở Thông tin và Truyền thông trước ngày 20 hằng tháng."),
  n3("3.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
  n3("4.", "Sở Thông tin và Truyền thông là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện; tổng hợp, báo cáo " +
    "UBND tỉnh kết quả thực hiện Kế hoạch trước ngày 10/12/2024."),
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Văn Minh"),
];

const tasks = [
  read("'Trước ngày 30/6/2024' 29/6 Sat -> 01/7 Mon; 'các sở, ban, ngành' after Văn phòng UBND tỉnh = @departments",
    task("1", "Cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia", "2024-06-29", [TT],
      [VP, "@departments"])),
  read("'Từ tháng 4/2024 đến hết tháng 10/2024' a range, due at its end: 31/10 Thu",
    task("4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp huyện", "2024-10-31",
      ["@districts"], [TT])),
  read("'Tháng 7/2024' 31/7 Wed",
    task("5", "Tích hợp, xác thực tài khoản định danh điện tử VNeID", "2024-07-31", [CA], [TT, VP])),
  read("'Từ ngày 15/4/2024; hoàn thành trước ngày 31/8/2024': the start beside an end, due 30/8 Fri",
    task("6", "Rà soát, chuẩn hóa dữ liệu hộ tịch, đất đai phục vụ liên thông dịch vụ công", "2024-08-30", [TP],
      [TN, "@districts"])),
  read("'Từ ngày 20/5 đến ngày 31/5/2024' a range, 31/5 Fri",
    task("8", "Tổ chức tập huấn kỹ năng hướng dẫn dịch vụ công trực tuyến cho công chức Bộ phận Một cửa các cấp",
      "2024-05-31", [TT], [NV, VP])),
  read("'Hoàn thành trong tháng 6/2024; sử dụng từ ngày 01/7/2024': due at the month's end, 30/6 Sun -> 01/7 Mon; " +
    "the 'từ ngày 01/7' is when the certificates are used, no deadline",
  task("9", "Cấp chứng thư số cá nhân cho cán bộ, công chức, viên chức chưa được cấp", "2024-06-30", [TT],
    ["@departments"])),
  read("'Tháng 9/2024' 30/9 Mon",
    task("10", "Kiểm tra việc cung cấp, sử dụng dịch vụ công trực tuyến tại các cơ quan, đơn vị", "2024-09-30", [NV],
      [VP, TT])),
  read("'Quý IV/2024' 31/12 Tue",
    task("11", "Đánh giá, công bố mức độ hài lòng của người dân, doanh nghiệp đối với dịch vụ công trực tuyến",
      "2024-12-31", [VP], [TT])),
  read("Part III item 1, 'trước ngày 25/4/2024' 24/4 Wed; 'tham mưu UBND tỉnh': UBND tỉnh issues, no unit",
    task("III.1", "tham mưu UBND tỉnh ban hành danh mục thủ tục hành chính tiếp nhận trực tuyến bắt buộc",
      "2024-04-24", [VP])),
  read("Part III item 4, 'trước ngày 10/12/2024' 09/12 Mon; UBND tỉnh the recipient",
    task("III.4", "tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch", "2024-12-09", [TT])),
];

await buildDoc(DIR, {
  typed: body(false),
  auto: body(true),
  printer: "weasyprint",
  expected: {
    id: ID,
    style: "Kế hoạch 142/KH-UBND of UBND tỉnh Bắc Kạn (before the reorganisation), 02/4/2024, DVC trực tuyến, " +
      "thanh toán trực tuyến, số hóa năm 2024: prose parts and a body table (STT 1-11 = ref). HABIT: TIME CELLS " +
      "GIVING ONLY A START among end dates and ranges. A time that only starts the work ('Từ ngày 01/5/2024', 'Bắt " +
      "đầu từ Quý II/2024', 'Kể từ tháng 5/2024 và các năm tiếp theo') names no deadline: the work goes on from " +
      "then (the plan says so above the table: 'nhiệm vụ chỉ ghi thời điểm bắt đầu được thực hiện thường xuyên từ " +
      "thời điểm đó'), so rows 2, 3 and 7 are no tasks; a start beside an end is due at the end; a range at its end. " +
      "Part III: III.2 'kể từ ngày 01/5/2024, báo cáo … trước ngày 20 hằng tháng' is standing monthly work, no " +
      "task; III.3 undated. The plan's own span 'từ ngày ký ban hành đến hết ngày 31/12/2024' (part I) is no task. " +
      "'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts; Kho bạc Nhà nước tỉnh, Cục " +
      "Thuế tỉnh, Tỉnh đoàn appear only in the no-task rows. Each task's reading is in its style. PDF: WeasyPrint.",
    province: "Bắc Kạn",
    plan: { number: "142/KH-UBND", date: "2024-04-02" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
