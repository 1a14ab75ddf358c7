// 06: Lai Châu 2024, the Sở Nội vụ's own plan for the Nội vụ sector: the "Đơn vị thực hiện" header spans two
// columns, the Sở's offices ("Phòng, đơn vị thuộc Sở") and the districts' offices ("Phòng Nội vụ cấp huyện").
import path from "node:path";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "06-lai-chau-2024-department-plan-own-and-district-offices";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const li = (kind, inst, num, text, extra = {}) => p(text, { num, list: { kind, inst }, ...extra });
const g = (roman, label) => [{ text: roman, bold: true, align: "center" }, { text: label, bold: true, span: 5 }];
const TC = "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ";
const XD = "Phòng Xây dựng chính quyền và Công tác thanh niên";
const CC = "Phòng Công chức, viên chức";
const CH = "Phòng Cải cách hành chính";
const VT = "Chi cục Văn thư - Lưu trữ";
const PNV = "Phòng Nội vụ các huyện, thành phố";
const pnv = (...h) => h.map((x) => "Phòng Nội vụ huyện " + x);

const rows = [
  [{ text: "TT", vm: "start" }, { text: "Nội dung công việc", vm: "start" }, { text: "Đơn vị thực hiện", span: 2 },
    { text: "Đơn vị phối hợp", vm: "start" }, { text: "Thời hạn hoàn thành", vm: "start" }],
  [{ text: "", vm: "cont" }, { text: "", vm: "cont" }, "Phòng, đơn vị thuộc Sở", "Phòng Nội vụ cấp huyện",
    { text: "", vm: "cont" }, { text: "", vm: "cont" }],
  g("I", "TỔ CHỨC BỘ MÁY, BIÊN CHẾ, CHÍNH QUYỀN ĐỊA PHƯƠNG"),
  ["1", "Thẩm định đề án điều chỉnh vị trí việc làm của các cơ quan, đơn vị", TC, PNV, "Các sở, ban, ngành",
    "Trước ngày 15/5/2024"],
  ["2", "Hướng dẫn, tổng hợp phương án sắp xếp thôn, bản, tổ dân phố không đủ tiêu chuẩn", XD,
    "Phòng Nội vụ huyện Sìn Hồ, Mường Tè, Phong Thổ", "Sở Tài chính", "Quý II/2024"],
  g("II", "CÔNG CHỨC, VIÊN CHỨC"),
  ["3", "Tổ chức kỳ thi nâng ngạch công chức từ ngạch chuyên viên lên chuyên viên chính", CC, "", "Văn phòng Sở",
    "Quý III/2024"],
  ["4", "Đánh giá, xếp loại chất lượng cán bộ, công chức cấp xã năm 2024", "", PNV, XD, "Chậm nhất ngày 20/12/2024"],
  ["5", "Rà soát, thống kê số lượng, chất lượng công chức, viên chức (số liệu đến ngày 31/12/2023)", CC, PNV, "",
    "Trước ngày 01/3/2024"],
  g("III", "CẢI CÁCH HÀNH CHÍNH"),
  ["6", "Tham mưu Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 của UBND tỉnh", CH, "",
    "Văn phòng UBND tỉnh", "Tháng 3/2024"],
  ["7", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 của Sở Nội vụ", CH, "",
    "Các phòng, đơn vị thuộc Sở", "Chậm nhất ngày 05/02/2024"],
  ["8", "Tham mưu UBND cấp huyện tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023", "", PNV, CH,
    "Trước ngày 06/02/2024"],
  g("IV", "VĂN THƯ, LƯU TRỮ"),
  ["9", "Kiểm tra công tác văn thư, lưu trữ tại các cơ quan, tổ chức thuộc nguồn nộp lưu", VT, "", "Thanh tra Sở",
    "Quý IV/2024"],
  ["10", "Thu nhận hồ sơ, tài liệu đến hạn nộp lưu vào Lưu trữ lịch sử tỉnh", VT,
    "Phòng Nội vụ huyện Tam Đường, Than Uyên", "", "Tháng 10/2024"],
  ["11", "Hướng dẫn nghiệp vụ văn thư, lưu trữ cho công chức Văn phòng - Thống kê cấp xã", "", PNV, VT,
    "Thường xuyên"],
  g("V", "THI ĐUA, KHEN THƯỞNG; TÍN NGƯỠNG, TÔN GIÁO"),
  ["12", "Hướng dẫn tổng kết công tác thi đua, khen thưởng năm 2024", "Ban Thi đua - Khen thưởng", PNV,
    "Văn phòng Sở", "Trước ngày 25/11/2024"],
  ["13", "Thống kê cơ sở thờ tự, chức sắc, chức việc các tôn giáo trên địa bàn", "Ban Tôn giáo",
    "Phòng Nội vụ huyện Phong Thổ, Tân Uyên, Nậm Nhùn", "", "Tháng 8/2024"],
];

const blocks = [
  ...head("UBND TỈNH LAI CHÂU\nSỞ NỘI VỤ", "Số: 41/KH-SNV", "Lai Châu, ngày 22 tháng 01 năm 2024", "KẾ HOẠCH",
    "Thực hiện nhiệm vụ trọng tâm ngành Nội vụ năm 2024"),
  p("Căn cứ Kế hoạch số 256/KH-UBND ngày 19/01/2024 của UBND tỉnh Lai Châu về công tác nội vụ năm 2024; Sở Nội vụ " +
    "ban hành Kế hoạch thực hiện nhiệm vụ trọng tâm của ngành năm 2024 như sau:"),
  li("roman", 1, "I.", "MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  li("dash", 1, "-", "Phân công cụ thể cho các phòng, đơn vị thuộc Sở và Phòng Nội vụ các huyện, thành phố; gắn " +
    "trách nhiệm người đứng đầu với kết quả thực hiện nhiệm vụ."),
  li("dash", 1, "-", "Nhiệm vụ giao cho cả hai cấp thì phòng, đơn vị thuộc Sở thực hiện ở cấp tỉnh, Phòng Nội vụ " +
    "cấp huyện thực hiện trên địa bàn huyện."),
  li("roman", 1, "II.", "NHIỆM VỤ CỤ THỂ", { bold: true }),
  p("(Có Biểu phân công nhiệm vụ kèm theo)", { italic: true }),
  li("roman", 1, "III.", "TỔ CHỨC THỰC HIỆN", { bold: true }),
  li("decimal", 1, "1.", "Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm trước Giám đốc Sở về tiến độ, chất " +
    "lượng nhiệm vụ được giao."),
  li("decimal", 1, "2.", "Phòng Nội vụ các huyện, thành phố tham mưu UBND cấp huyện triển khai; báo cáo kết quả " +
    "thực hiện năm 2024 về Sở Nội vụ (qua Văn phòng Sở) trước ngày 10/11/2024."),
  li("decimal", 1, "3.", "Văn phòng Sở theo dõi, tổng hợp, tham mưu Giám đốc Sở báo cáo tổng kết công tác nội vụ " +
    "năm 2024 trước ngày 05/12/2024."),
  ...sign(["UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Các phòng, đơn vị thuộc Sở", "Phòng Nội vụ các huyện, " +
    "thành phố"], "GIÁM ĐỐC", "Nguyễn Văn Thắng"),
  p("BIỂU PHÂN CÔNG NHIỆM VỤ", { bold: true, align: "center", indent: false }),
  p("(Kèm theo Kế hoạch số 41/KH-SNV ngày 22/01/2024 của Sở Nội vụ tỉnh Lai Châu)",
    { italic: true, align: "center", indent: false }),
  { t: "table", header: 2, widths: [550, 2600, 1600, 1550, 1400, 1650], rows },
];

const t = (n) => rows.find((r) => r[0] === n)[1];
const VS = "Văn phòng Sở";
const PNV3 = pnv("Sìn Hồ", "Mường Tè", "Phong Thổ");
const tasks = [
  task("1", t("1"), "2024-05-14", [TC, PNV], ["@departments"]),
  task("2", t("2"), "2024-06-30", [XD, ...PNV3], ["Sở Tài chính"]),
  task("3", t("3"), "2024-09-30", [CC], [VS]),
  task("4", t("4"), "2024-12-20", [PNV], [XD]),
  task("5", t("5"), "2024-02-29", [CC, PNV]),
  task("6", t("6"), "2024-03-31", [CH], ["Văn phòng UBND tỉnh"]),
  task("7", t("7"), "2024-02-05", [CH], ["Các phòng, đơn vị thuộc Sở"]),
  task("8", t("8"), "2024-02-05", [PNV], [CH]),
  task("9", t("9"), "2024-12-31", [VT], ["Thanh tra Sở"]),
  task("10", t("10"), "2024-10-31", [VT, ...pnv("Tam Đường", "Than Uyên")]),
  task("12", t("12"), "2024-11-24", ["Ban Thi đua - Khen thưởng", PNV], [VS]),
  task("13", t("13"), "2024-08-31", ["Ban Tôn giáo", ...pnv("Phong Thổ", "Tân Uyên", "Nậm Nhùn")]),
  task("III.2", "Tham mưu UBND cấp huyện triển khai; báo cáo kết quả thực hiện năm 2024 về Sở Nội vụ",
    "2024-11-09", [PNV]),
  task("III.3", "Theo dõi, tổng hợp, tham mưu Giám đốc Sở báo cáo tổng kết công tác nội vụ năm 2024",
    "2024-12-04", [VS]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "libreoffice", expected: {
  id,
  style: "Kế hoạch 41/KH-SNV of the Sở Nội vụ of Lai Châu, 22/01/2024: a department's plan for its sector. Body " +
    "I-III (Word lists), signature 'GIÁM ĐỐC', then 'Biểu phân công nhiệm vụ': TT | Nội dung công việc | 'Đơn vị " +
    "thực hiện' spanning two columns (gridSpan; second header row 'Phòng, đơn vị thuộc Sở' | 'Phòng Nội vụ cấp " +
    "huyện'; the other header cells vMerge over both rows) | Đơn vị phối hợp | Thời hạn hoàn thành; group rows I-V, " +
    "rows numbered 1-13 straight through (ref = TT). Both 'thực hiện' columns are leads (section I says each level " +
    "does it on its own ground); an empty cell adds none. 'Phòng Nội vụ huyện Sìn Hồ, Mường Tè, Phong Thổ' = one " +
    "lead per district office; 'Phòng Nội vụ các huyện, thành phố' is one group name, NOT @districts; all the " +
    "Sở's offices and the district offices are unresolved. Row 5's '(số liệu đến ngày 31/12/2023)' is no " +
    "deadline; row 11 'Thường xuyên' left out. III.2 'báo cáo … về Sở Nội vụ (qua Văn phòng Sở) trước ngày " +
    "10/11/2024' = the district offices' task (recipients not leads). Moves: 30/6 (Sun) -> 1/7; 31/3 (Sun) -> 1/4; " +
    "24/11 (Sun) -> 25/11; 31/8 (Sat; 2-3/9 off) -> 4/9; 9/11 (Sat) -> 11/11. Printed by LibreOffice.",
  province: "Lai Châu",
  plan: { number: "41/KH-SNV", date: "2024-01-22" },
  tasks,
  unresolved: [TC, XD, CC, CH, VT, PNV, ...PNV3, ...pnv("Tam Đường", "Than Uyên", "Tân Uyên", "Nậm Nhùn"), VS,
    "Các phòng, đơn vị thuộc Sở", "Thanh tra Sở", "Ban Thi đua - Khen thưởng", "Ban Tôn giáo"],
  successors: [],
} });
