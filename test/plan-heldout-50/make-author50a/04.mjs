// 04: Thái Nguyên, Sở Nội vụ (the merged department, after the reorganisation), Kế hoạch 2318/KH-SNV ngày
// 24/11/2025, đánh giá, xếp loại chất lượng công chức, viên chức, người lao động năm 2025 gắn với bình xét thi đua.
// Habit: a DEPARTMENT'S OWN PLAN as a timetable table TT | Nội dung công việc | Phòng, đơn vị thực hiện | Thời hạn |
// NƠI NHẬN KẾT QUẢ: the last column names who RECEIVES the product (the leadership, another office, UBND tỉnh,
// Ban Tổ chức Tỉnh ủy), never a unit doing the work; the units cell marks its lead "(chủ trì)" where there are
// several; times "Xong trước 05/12/2025", "16 giờ 00 ngày 17/12/2025", "Tháng 01/2026", "Sau khi có kết quả" (no
// date); a group of the Sở's own units ("Các phòng, chi cục, đơn vị sự nghiệp thuộc Sở") leading the first row.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildDoc, dash, lister } from "./common.mjs";

const ID = "04-thai-nguyen-2025-so-noi-vu-own-units-xep-loai-cong-chuc-timetable-noi-nhan-ket-qua-recipient-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const ALL = "Các phòng, chi cục, đơn vị sự nghiệp thuộc Sở", VP = "Văn phòng Sở", CCVC = "Phòng Công chức, viên chức";
const TDKT = "Ban Thi đua - Khen thưởng", VL = "Trung tâm Dịch vụ việc làm", LT = "Trung tâm Lưu trữ lịch sử";
const CB = "Chi ủy các chi bộ trực thuộc";

const R = lister("roman", "parts", { bold: true, indent: false });
const _n1 = lister("decimal", "i");
const n3 = lister("decimal", "iii");

const rows = (auto) => {
  let tt = 0;
  const T = (what, who, time, to) => [
    { text: String(tt += 1), align: "center", ...(auto ? { list: { kind: "cell", inst: "tt" } } : {}) },
    what, who, { text: time, align: "center" }, to];
  return [
    ["TT", "Nội dung công việc", "Phòng, đơn vị thực hiện", "Thời hạn", "Nơi nhận kết quả"],
    T("Tổ chức cho công chức, viên chức, người lao động tự đánh giá, xếp loại theo Mẫu số 01, 02, 03; họp tập thể " +
      "phòng, đơn vị nhận xét, đề xuất mức xếp loại", ALL, "Xong trước 05/12/2025",
      "Văn phòng Sở (bộ phận Tổ chức - Cán bộ)"),
    T("Lấy ý kiến nhận xét của chi ủy nơi công chức, viên chức sinh hoạt đối với người đứng đầu, cấp phó người đứng " +
      "đầu phòng, đơn vị", "Văn phòng Sở (chủ trì); Chi ủy các chi bộ trực thuộc", "10/12/2025", "Ban Giám đốc Sở"),
    T("Tổng hợp kết quả, dự kiến tỷ lệ “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số được xếp loại “Hoàn " +
      "thành tốt nhiệm vụ” trở lên", CCVC, "12/12/2025", "Giám đốc Sở"),
    T("Tham mưu tổ chức họp Ban Giám đốc đánh giá, xếp loại Trưởng, Phó các phòng, chi cục, đơn vị sự nghiệp",
      VP, "15/12/2025", "Giám đốc Sở"),
    T("Đánh giá, xếp loại viên chức, người lao động của đơn vị theo thẩm quyền; gửi kết quả và biên bản họp",
      "Trung tâm Dịch vụ việc làm; Trung tâm Lưu trữ lịch sử", "16 giờ 00 ngày 17/12/2025", "Văn phòng Sở"),
    T("Thông báo công khai kết quả đánh giá, xếp loại; hoàn thiện hồ sơ đánh giá của từng công chức, viên chức",
      CCVC, "19/12/2025", "Các phòng, đơn vị; Cổng thông tin điện tử Sở"),
    T("Tổng hợp đề nghị danh hiệu “Lao động tiên tiến”, “Chiến sĩ thi đua cơ sở” năm 2025 trên cơ sở kết quả xếp " +
      "loại", "Ban Thi đua - Khen thưởng (chủ trì); Văn phòng Sở", "24/12/2025", "Hội đồng Thi đua - Khen thưởng Sở"),
    T("Báo cáo kết quả đánh giá, xếp loại chất lượng công chức, viên chức năm 2025 của Sở", VP, "31/12/2025",
      "UBND tỉnh; Ban Tổ chức Tỉnh ủy"),
    T("Cập nhật kết quả đánh giá, xếp loại vào Cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh",
      "Phòng Công chức, viên chức (chủ trì); Văn phòng Sở", "Trước 15/01/2026", "Cơ sở dữ liệu CBCCVC"),
    T("Lưu phiếu đánh giá, biên bản, quyết định xếp loại vào hồ sơ cá nhân", VP, "Tháng 01/2026", "Lưu trữ cơ quan"),
    T("Giải quyết kiến nghị (nếu có) về kết quả đánh giá, xếp loại", VP, "Sau khi có kết quả", "Giám đốc Sở"),
  ];
};
const table = (auto) => ({ t: "table", widths: [500, 3600, 2200, 1500, 1600], header: 1, rows: rows(auto) });

const body = (auto) => [
  ...head(["UBND TỈNH THÁI NGUYÊN", "SỞ NỘI VỤ"], "Số: 2318/KH-SNV", "Thái Nguyên, ngày 24 tháng 11 năm 2025",
    "KẾ HOẠCH", "Đánh giá, xếp loại chất lượng công chức, viên chức, người lao động năm 2025"),
  P("Căn cứ Nghị định số 90/2020/NĐ-CP ngày 13/8/2020 của Chính phủ về đánh giá, xếp loại chất lượng cán bộ, công " +
    "chức, viên chức (được sửa đổi, bổ sung bởi Nghị định số 48/2023/NĐ-CP); căn cứ Quy chế làm việc của Sở Nội vụ " +
    "sau hợp nhất, Giám đốc Sở Nội vụ ban hành Kế hoạch đánh giá, xếp loại chất lượng năm 2025 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("Đánh giá đúng, khách quan kết quả thực hiện nhiệm vụ của từng công chức, viên chức, người lao động trong năm " +
    "đầu tiên Sở hoạt động sau hợp nhất; làm căn cứ bình xét thi đua, khen thưởng năm 2025."),
  dash("Đánh giá gắn với sản phẩm cụ thể, theo đúng trình tự, thời hạn tại Mục II."),
  R("II.", "TRÌNH TỰ, THỜI HẠN THỰC HIỆN"),
  table(auto),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Trưởng các phòng, Chi cục trưởng, Giám đốc các đơn vị sự nghiệp chịu trách nhiệm trước Giám đốc Sở về " +
    "kết quả đánh giá, xếp loại của phòng, đơn vị mình."),
  n3("2.", "Văn phòng Sở là đầu mối theo dõi, đôn đốc; kịp thời báo cáo Giám đốc Sở những vướng mắc phát sinh."),
  ...sign(["Giám đốc, các PGĐ Sở", "Đảng ủy Sở", "Các phòng, chi cục, đơn vị thuộc Sở"], "GIÁM ĐỐC",
    "Trần Thị Minh Nguyệt"),
];

const tasks = [
  task("1", "Tổ chức cho công chức, viên chức, người lao động tự đánh giá, xếp loại theo Mẫu số 01, 02, 03",
    "2025-12-04", [ALL]),
  task("2", "Lấy ý kiến nhận xét của chi ủy nơi công chức, viên chức sinh hoạt", "2025-12-10", [VP], [CB]),
  task("3", "Tổng hợp kết quả, dự kiến tỷ lệ “Hoàn thành xuất sắc nhiệm vụ”", "2025-12-12", [CCVC]),
  task("4", "Tham mưu tổ chức họp Ban Giám đốc đánh giá, xếp loại Trưởng, Phó các phòng, chi cục, đơn vị sự nghiệp",
    "2025-12-15", [VP]),
  task("5", "Đánh giá, xếp loại viên chức, người lao động của đơn vị theo thẩm quyền", "2025-12-17", [VL, LT]),
  task("6", "Thông báo công khai kết quả đánh giá, xếp loại; hoàn thiện hồ sơ đánh giá", "2025-12-19", [CCVC]),
  task("7", "Tổng hợp đề nghị danh hiệu “Lao động tiên tiến”, “Chiến sĩ thi đua cơ sở” năm 2025", "2025-12-24", [TDKT],
    [VP]),
  task("8", "Báo cáo kết quả đánh giá, xếp loại chất lượng công chức, viên chức năm 2025 của Sở", "2025-12-31", [VP]),
  task("9", "Cập nhật kết quả đánh giá, xếp loại vào Cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh",
    "2026-01-14", [CCVC], [VP]),
  task("10", "Lưu phiếu đánh giá, biên bản, quyết định xếp loại vào hồ sơ cá nhân", "2026-01-31", [VP]),
];

const WORK = "Refs = TT 1-11. 'Phòng, đơn vị thực hiện' does the work: one unit leads; several with one marked " +
  "'(chủ trì)': it leads, the rest coordinate (rows 2, 7, 9); several unmarked: all lead (row 5, the two centres). " +
  "'Nơi nhận kết quả' names who receives the product (Văn phòng Sở in rows 1 and 5, Giám đốc Sở, UBND tỉnh, Ban " +
  "Tổ chức Tỉnh ủy, a council, a database, the archive): never a lead or coordinator. Times: row 1 'Xong trước " +
  "05/12/2025' read 'trước X' = 04/12; rows 2-4, 6-8 the day written (10/12, 12/12, 15/12, 19/12, 24/12, 31/12, all " +
  "working days); row 5 '16 giờ 00 ngày 17/12/2025' 17/12; row 9 'Trước 15/01/2026' 14/01; row 10 'Tháng 01/2026' " +
  "31/01 Sat -> 02/02; row 11 'Sau khi có kết quả' no date: no task. Row 1's lead is the Sở's own group 'Các phòng, " +
  "chi cục, đơn vị sự nghiệp thuộc Sở', kept as written; the Sở's offices, Ban Thi đua - Khen thưởng, its two " +
  "centres and 'Chi ủy các chi bộ trực thuộc' are no directory unit: unresolved as written. Decrees 90/2020 and " +
  "48/2023 are no deadlines; part III has no time.";

await buildDoc(DIR, {
  typed: body(false),
  auto: body(true),
  printer: "chromium",
  expected: {
    id: ID,
    style: "Kế hoạch 2318/KH-SNV of Sở Nội vụ Thái Nguyên (the merged department, after the reorganisation), " +
      "24/11/2025, đánh giá, xếp loại chất lượng công chức, viên chức năm 2025. HABIT: A DEPARTMENT'S OWN " +
      "TIMETABLE TABLE WITH A 'NƠI NHẬN KẾT QUẢ' (RECIPIENT) COLUMN beside the units doing the work. " + WORK +
      " PDF: Chromium.",
    province: "Thái Nguyên",
    plan: { number: "2318/KH-SNV", date: "2025-11-24" },
    tasks,
    unresolved: [ALL, VP, CCVC, TDKT, VL, LT, CB],
    successors: [],
  },
});
