// 07: Bắc Kạn 2024 — a Sở's own reform plan: the task table's lead column names the department's offices
// ("Phòng …", "Văn phòng Sở", "Thanh tra Sở", a Trung tâm), merged down over consecutive rows.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "07-bac-kan-2024-department-offices-lead-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const XD = "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật";
const PB = "Phòng Phổ biến, giáo dục pháp luật";
const HC = "Phòng Hành chính tư pháp";
const VPS = "Văn phòng Sở";
const TTS = "Thanh tra Sở";
const TG = "Trung tâm Trợ giúp pháp lý nhà nước";
const CP = "Các phòng, đơn vị thuộc Sở";
const DEP = "@departments";
const DIS = "@districts";

const H = (num, text) => ({ t: "p", num, text, list: { kind: "roman", inst: 1 }, bold: true });
const P = (text) => ({ t: "p", text });
const N = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: 2 } });
const G = (roman, text) => [{ text: roman, bold: true, align: "center" }, { text, span: 5, bold: true }];
const R = (text) => ({ text, vm: "restart" });
const C = { text: "", vm: "cont" };

// TT | Nội dung công việc | Phòng, đơn vị chủ trì | Phòng, đơn vị phối hợp | Thời gian hoàn thành | Ghi chú
const rows = [
  ["TT", "Nội dung công việc", "Phòng, đơn vị chủ trì", "Phòng, đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"],
  G("I", "CẢI CÁCH THỂ CHẾ"),
  ["1", "Tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra, rà soát văn bản quy phạm pháp luật năm 2024", R(XD),
    VPS, "Tháng 02/2024", "Kế hoạch của UBND tỉnh"],
  ["2", "Thẩm định 100% dự thảo văn bản quy phạm pháp luật do các sở, ngành chủ trì soạn thảo", C,
    "Các sở, ban, ngành", "Thường xuyên", ""],
  ["3", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh kỳ 2019 - 2023, báo cáo UBND tỉnh",
    C, "Các sở, ban, ngành", "Trước ngày 31/3/2024", "Theo Kế hoạch số 12/KH-UBND ngày 15/01/2024"],
  ["4", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)", PB,
    "Sở Thông tin và Truyền thông; Đài Phát thanh - Truyền hình tỉnh", "Tháng 11/2024", ""],
  G("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
  ["5", "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch, lý lịch tư pháp", HC, VPS,
    "Quý II/2024", "Báo cáo, phương án đơn giản hóa"],
  ["6", "Cập nhật, công khai thủ tục hành chính được công bố mới, sửa đổi trên Cổng Dịch vụ công của tỉnh", VPS,
    "Các phòng chuyên môn thuộc Sở", "Chậm nhất 05 ngày làm việc kể từ ngày Quyết định công bố có hiệu lực", ""],
  ["7", "Hướng dẫn UBND các huyện, thành phố thực hiện liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ " +
    "bảo hiểm y tế cho trẻ em dưới 6 tuổi", HC, "UBND các huyện, thành phố", "Trước 15/4/2024", ""],
  G("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH"),
  ["8", "Rà soát, tham mưu sửa đổi Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở " +
    "Tư pháp", R(VPS), R(CP), "Chậm nhất ngày 30/6/2024", "Trình UBND tỉnh"],
  ["9", "Xây dựng Đề án vị trí việc làm của Sở và các đơn vị sự nghiệp trực thuộc, gửi Sở Nội vụ thẩm định", C, C,
    "Quý III/2024", ""],
  G("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"),
  ["10", "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, đạo đức công vụ tại các phòng, đơn vị thuộc Sở",
    TTS, VPS, "Tháng 10 - 11/2024", ""],
  ["11", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024", VPS, CP, "Trước ngày 20/12/2024", ""],
  G("V", "CẢI CÁCH TÀI CHÍNH CÔNG"),
  ["12", "Xây dựng, ban hành Quy chế chi tiêu nội bộ, Quy chế quản lý, sử dụng tài sản công năm 2024", VPS, "",
    "Tháng 3/2024", ""],
  ["13", "Xây dựng phương án tự chủ tài chính giai đoạn 2024 - 2026", TG, VPS, "Quý IV/2024",
    "Trình Giám đốc Sở"],
  G("VI", "XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"),
  ["14", "Số hóa sổ hộ tịch lưu trữ tại Sở, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử", HC,
    "UBND các huyện, thành phố; Sở Thông tin và Truyền thông", "Năm 2024", ""],
  ["15", "Bảo đảm 100% văn bản đi (trừ văn bản mật) được ký số, gửi nhận trên môi trường mạng", VPS, CP,
    "Thường xuyên", ""],
  G("VII", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"),
  ["16", "Tự đánh giá, chấm điểm xác định Chỉ số cải cách hành chính năm 2024 của Sở, gửi Sở Nội vụ thẩm định",
    R(VPS), R(CP), "Chậm nhất ngày 30/11/2024", "Kèm tài liệu kiểm chứng"],
  ["17", "Xây dựng báo cáo cải cách hành chính định kỳ (quý, 6 tháng, năm)", C, C, "Theo quy định", ""],
];

const blocks = [
  ...head("UBND TỈNH BẮC KẠN\nSỞ TƯ PHÁP", "Số: 42/KH-STP", "Bắc Kạn, ngày 25 tháng 01 năm 2024", "KẾ HOẠCH",
    "Cải cách hành chính năm 2024 của Sở Tư pháp"),
  P("Căn cứ Kế hoạch số 781/KH-UBND ngày 22/12/2023 của UBND tỉnh Bắc Kạn về cải cách hành chính nhà nước tỉnh " +
    "Bắc Kạn năm 2024; căn cứ chức năng, nhiệm vụ được giao, Sở Tư pháp xây dựng Kế hoạch cải cách hành chính năm " +
    "2024 như sau:"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Xác định rõ nhiệm vụ, thời hạn hoàn thành và trách nhiệm của từng phòng, đơn vị thuộc Sở; gắn kết quả thực " +
    "hiện nhiệm vụ cải cách hành chính với đánh giá, xếp loại tập thể, cá nhân cuối năm."),
  H("II.", "NHIỆM VỤ CỤ THỂ"),
  P("Các nhiệm vụ cải cách hành chính năm 2024 của Sở được phân công chi tiết tại Biểu kèm theo Kế hoạch này."),
  H("III.", "TỔ CHỨC THỰC HIỆN"),
  N("1.", "Trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện, bảo đảm " +
    "chất lượng, đúng thời hạn; định kỳ báo cáo kết quả về Văn phòng Sở trước ngày 12 của tháng cuối quý."),
  N("2.", "Văn phòng Sở theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, tham mưu Giám đốc Sở báo cáo kết quả " +
    "cải cách hành chính năm 2024 của Sở, gửi Sở Nội vụ trước ngày 10/12/2024."),
  ...sign(["Sở Nội vụ (b/c)", "Giám đốc, các PGĐ Sở", "Các phòng, đơn vị thuộc Sở", "Trang TTĐT Sở"],
    "GIÁM ĐỐC", "Hoàng Văn Thắng"),
  { t: "p", text: "BIỂU PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024", bold: true, align: "center",
    indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 42/KH-STP ngày 25/01/2024 của Sở Tư pháp)", italic: true, align: "center",
    indent: false },
  { t: "table", header: 1, widths: [500, 3300, 1700, 1600, 1400, 1000], size: 22, rows },
];

const tasks = [
  task("III.2", "Văn phòng Sở theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, tham mưu Giám đốc Sở báo cáo",
    "2024-12-09", "2024-12-09", [VPS]),
  task("1", "Tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra, rà soát văn bản quy phạm pháp luật năm 2024",
    "2024-02-29", "2024-02-29", [XD], [VPS]),
  task("3", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh kỳ 2019 - 2023", "2024-03-30",
    "2024-04-01", [XD], [DEP]),
  task("4", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam", "2024-11-30",
    "2024-12-02", [PB], ["Sở Thông tin và Truyền thông", "Đài Phát thanh - Truyền hình tỉnh"]),
  task("5", "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch, lý lịch tư pháp",
    "2024-06-30", "2024-07-01", [HC], [VPS]),
  task("7", "Hướng dẫn UBND các huyện, thành phố thực hiện liên thông đăng ký khai sinh", "2024-04-14", "2024-04-15",
    [HC], [DIS]),
  task("8", "Rà soát, tham mưu sửa đổi Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức",
    "2024-06-30", "2024-07-01", [VPS], [CP]),
  task("9", "Xây dựng Đề án vị trí việc làm của Sở và các đơn vị sự nghiệp trực thuộc", "2024-09-30", "2024-09-30",
    [VPS], [CP]),
  task("10", "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, đạo đức công vụ", "2024-11-30", "2024-12-02",
    [TTS], [VPS]),
  task("11", "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024", "2024-12-19", "2024-12-19", [VPS], [CP]),
  task("12", "Xây dựng, ban hành Quy chế chi tiêu nội bộ, Quy chế quản lý, sử dụng tài sản công năm 2024",
    "2024-03-31", "2024-04-01", [VPS]),
  task("13", "Xây dựng phương án tự chủ tài chính giai đoạn 2024 - 2026", "2024-12-31", "2024-12-31", [TG], [VPS]),
  task("14", "Số hóa sổ hộ tịch lưu trữ tại Sở", "2024-12-31", "2024-12-31", [HC],
    [DIS, "Sở Thông tin và Truyền thông"]),
  task("16", "Tự đánh giá, chấm điểm xác định Chỉ số cải cách hành chính năm 2024 của Sở", "2024-11-30",
    "2024-12-02", [VPS], [CP]),
];

const style = "Kế hoạch 42/KH-STP of the Sở Tư pháp of Bắc Kạn, 25/01/2024: a department's own plan; 'Biểu phân " +
  "công' TT | Nội dung công việc | Phòng, đơn vị chủ trì | Phòng, đơn vị phối hợp | Thời gian hoàn thành | Ghi " +
  "chú, rows 1-17 straight through under group rows I-VII (ref = TT). Lead and partner cells name the Sở's own " +
  "offices (Phòng …, 'Văn phòng Sở', 'Thanh tra Sở', 'Trung tâm Trợ giúp pháp lý nhà nước', 'Các phòng, đơn vị " +
  "thuộc Sở'): not directory units (not Thanh tra tỉnh, not Văn phòng UBND tỉnh), unresolved. Lead cells merged " +
  "down (vMerge) over rows 1-3, 8-9, 16-17 (partners over 8-9, 16-17): a row under a merge takes the merged cell. " +
  "'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts. Left out: rows 2, 15 (Thường " +
  "xuyên), 6 ('Chậm nhất 05 ngày làm việc kể từ ngày Quyết định công bố có hiệu lực'), 17 ('Theo quy định'), III.1 " +
  "(quarterly). Row 4's '(09/11)' names a day; its time is 'Tháng 11/2024'. Plus III.2 of the body. PDF: Chromium.";

await build(DIR, { blocks, printer: "chromium", expected: { id: ID, style, province: "Bắc Kạn",
  plan: { number: "42/KH-STP", date: "2024-01-25" }, tasks, quotas: [], unresolved: [XD, PB, HC, VPS, TTS, TG, CP],
  successors: [] } });
