// 04: Thái Nguyên, UBND tỉnh, 15/01/2025 (before the merger; the sở of January 2025) — Kế hoạch cải cách hành
// chính năm 2025. The task table is a landscape schedule STT | Nhiệm vụ | Chủ trì | Phối hợp | T1 … T12 (the
// months of 2025): a deadline is the DAY NUMBER written in its month's column ("15" under T6 = 15/6/2025), "x"
// = the whole month (its last day), two filled cells on one row = two deadlines (the task's due is the later one);
// group rows (I., II., …) span the table; one row's month cells are merged into "Thường xuyên" (no task).
// A legend under the table says how to read the month columns. plan.pdf: WeasyPrint from HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-thai-nguyen-2025-month-columns-holding-day-numbers";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const TP = "Sở Tư pháp";
const TT = "Sở Thông tin và Truyền thông";
const VP = "Văn phòng UBND tỉnh";

// [stt, task, lead, coordinators, {month: mark}] ; a string row = a group row
const ROWS = [
  ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"],
  ["1", "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025", "Sở Nội vụ", "Văn phòng UBND tỉnh",
    { 2: "28" }],
  ["2", "Tổ chức kiểm tra công tác cải cách hành chính tại các sở, ngành, UBND cấp huyện", "Sở Nội vụ",
    "Văn phòng UBND tỉnh, Sở Tư pháp", { 5: "20", 10: "20" }],
  ["3", "Xác định, công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành, UBND các huyện, thành phố",
    "Sở Nội vụ", "", { 4: "x" }],
  ["4", "Báo cáo sơ kết 6 tháng, tổng kết năm công tác cải cách hành chính", "Sở Nội vụ", "Các sở, ban, ngành",
    { 6: "10", 12: "10" }],
  ["II", "CẢI CÁCH THỂ CHẾ VÀ THỦ TỤC HÀNH CHÍNH"],
  ["5", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "Sở Tư pháp",
    "Các sở, ban, ngành", { 3: "x" }],
  ["6", "Đánh giá tác động thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật của tỉnh", "Sở Tư pháp",
    "Các sở, ban, ngành", { 6: "15" }],
  ["7", "Kiện toàn Bộ phận Một cửa cấp huyện, cấp xã theo mô hình mới", "UBND các huyện, thành phố", "Sở Nội vụ",
    { 5: "31" }],
  ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ TÀI CHÍNH CÔNG"],
  ["8", "Rà soát, sắp xếp các đơn vị sự nghiệp công lập thuộc tỉnh", "Sở Nội vụ",
    "Các sở, ban, ngành, UBND các huyện, thành phố", { 9: "x" }],
  ["9", "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập giai đoạn 2025-2027", "Sở Tài chính", "Sở Nội vụ",
    { 7: "15" }],
  ["10", "Khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính",
    "Sở Nội vụ", "UBND các huyện, thành phố", { 8: "x" }],
  ["IV", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"],
  ["11", "Nâng cấp Hệ thống quản lý văn bản và điều hành; kết nối liên thông văn bản 4 cấp", "Sở Thông tin và " +
    "Truyền thông", "Văn phòng UBND tỉnh", { 2: "x", 8: "15" }],
  ["12", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên Cổng Dịch vụ công tỉnh", "Văn phòng UBND tỉnh",
    "Sở Thông tin và Truyền thông", { 6: "30" }],
  ["13", "Tập huấn nâng cao kỹ năng số cho cán bộ, công chức, viên chức", "Sở Thông tin và Truyền thông", "Sở Nội vụ",
    { 11: "x" }],
  ["14", "Tuyên truyền cải cách hành chính trên Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh", "Sở Thông tin " +
    "và Truyền thông", "Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh", "Thường xuyên"],
];
const W0 = [560, 4100, 1900, 2300];
const WM = 470;
const widths = [...W0, ...Array(12).fill(WM)];
const hdr = [["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`)]];
const rows = ROWS.map((r) => {
  if (r.length === 2) return [{ text: r[0], bold: true, align: "center" }, { text: r[1], bold: true, span: 15 }];
  const [stt, t, lead, co, m] = r;
  const months = typeof m === "string" ? [{ text: m, span: 12, align: "center", italic: true }] :
    Array.from({ length: 12 }, (_, i) => ({ text: m[i + 1] ?? "", align: "center" }));
  return [{ text: stt, align: "center" }, t, lead, co, ...months];
});

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 12/KH-UBND", "Thái Nguyên, ngày 15 tháng 01 năm 2025",
    "KẾ HOẠCH", "Cải cách hành chính nhà nước tỉnh Thái Nguyên năm 2025"),
  { t: "p", text: "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải " +
    "cách hành chính nhà nước giai đoạn 2021-2030; Kế hoạch số 145/KH-UBND ngày 20/9/2021 của UBND tỉnh về cải " +
    "cách hành chính giai đoạn 2021-2025, UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2025 như sau:",
  align: "justify" },
  { t: "p", text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true, indent: false },
  { t: "p", text: "Triển khai đồng bộ, hiệu quả các nội dung cải cách hành chính; phấn đấu nâng thứ hạng Chỉ số " +
    "PAR INDEX, SIPAS, PAPI của tỉnh năm 2025; xác định rõ nhiệm vụ, cơ quan chủ trì, phối hợp và thời gian hoàn " +
    "thành theo từng tháng.", align: "justify" },
  { t: "p", text: "II. NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN", bold: true, indent: false },
  { t: "p", text: "(Chi tiết tại Bảng phân công nhiệm vụ dưới đây)", italic: true, align: "center", indent: false },
  { t: "sect", landscape: false },
  { t: "table", widths, header: 1, rows: [...hdr, ...rows] },
  { t: "p", text: "Ghi chú: Số ghi tại cột tháng là ngày phải hoàn thành trong tháng đó (năm 2025); ký hiệu “x” là " +
    "hoàn thành trong tháng. Nhiệm vụ có từ hai mốc trở lên thì mốc sau cùng là thời hạn hoàn thành nhiệm vụ, các " +
    "mốc trước là thời hạn từng đợt.", italic: true, align: "justify", indent: false },
  { t: "sect", landscape: true },
  { t: "p", text: "III. TỔ CHỨC THỰC HIỆN", bold: true, indent: false },
  { t: "p", text: "1. Các sở, ban, ngành, UBND các huyện, thành phố căn cứ Kế hoạch này xây dựng kế hoạch cải cách " +
    "hành chính của cơ quan, đơn vị; báo cáo định kỳ hằng quý gửi Sở Nội vụ trước ngày 15 của tháng cuối quý.",
  align: "justify" },
  { t: "p", text: "2. Sở Nội vụ theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch, báo cáo UBND tỉnh theo quy " +
    "định.", align: "justify" },
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Trịnh Việt Hùng"),
];

const tasks = [
  task("1", "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025", "2025-02-28", [NV], [VP]),
  task("2", "Tổ chức kiểm tra công tác cải cách hành chính tại các sở, ngành, UBND cấp huyện", "2025-10-20", [NV],
    [VP, TP]),
  task("3", "Xác định, công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành, UBND các huyện, thành " +
    "phố", "2025-04-30", [NV]),
  task("4", "Báo cáo sơ kết 6 tháng, tổng kết năm công tác cải cách hành chính", "2025-12-10", [NV],
    ["@departments"]),
  task("5", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "2025-03-31", [TP],
    ["@departments"]),
  task("6", "Đánh giá tác động thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật của tỉnh", "2025-06-15",
    [TP], ["@departments"]),
  task("7", "Kiện toàn Bộ phận Một cửa cấp huyện, cấp xã theo mô hình mới", "2025-05-31", ["@districts"], [NV]),
  task("8", "Rà soát, sắp xếp các đơn vị sự nghiệp công lập thuộc tỉnh", "2025-09-30", [NV],
    ["@departments", "@districts"]),
  task("9", "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập giai đoạn 2025-2027", "2025-07-15",
    ["Sở Tài chính"], [NV]),
  task("10", "Khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính",
    "2025-08-31", [NV], ["@districts"]),
  task("11", "Nâng cấp Hệ thống quản lý văn bản và điều hành; kết nối liên thông văn bản 4 cấp", "2025-08-15", [TT],
    [VP]),
  task("12", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên Cổng Dịch vụ công tỉnh", "2025-06-30", [VP],
    [TT]),
  task("13", "Tập huấn nâng cao kỹ năng số cho cán bộ, công chức, viên chức", "2025-11-30", [TT], [NV]),
];

await build(DIR, {
  blocks, printer: "weasyprint",
  css: "@page{size:A4;margin:2cm 1.5cm 2cm 2cm}@page wide{size:A4 landscape;margin:1.5cm}" +
    ".sec-1{page:wide}.sec-1 table.bd td,.sec-1 table.bd th{font-size:10pt;padding:2pt}",
  expected: {
    id: ID,
    style: "Kế hoạch 12/KH-UBND of UBND tỉnh Thái Nguyên, 15/01/2025 (before the merger: the sở of January 2025, " +
      "districts exist), cải cách hành chính 2025. Prose parts I-III portrait; the task table in a LANDSCAPE " +
      "section: STT | Nhiệm vụ | Chủ trì | Phối hợp | T1 … T12 (the months of 2025). Reading: a deadline is the " +
      "DAY NUMBER in its month's column ('15' under T6 = 15/6/2025); 'x' = the whole month = its last day; two " +
      "filled month cells on one row = two deadlines, the task's due is the LATER one (the legend under the table " +
      "says so: the last mark is the task's deadline, earlier marks are rounds). Group rows I-IV (spanning) are no " +
      "tasks; ref = the table's STT (running 1-14). Row 14's month cells are merged into 'Thường xuyên': no task. " +
      "Dates: 1 T2 '28' 28/2 Fri; 2 T5 '20' + T10 '20' -> 20/10 Mon; 3 T4 'x' 30/4 (day off) -> 1/5, 2/5 off, " +
      "weekend -> eff 5/5; 4 T6 '10' + T12 '10' -> 10/12 Wed; 5 T3 'x' 31/3 Mon; 6 T6 '15' Sun -> 16/6; 7 T5 '31' " +
      "Sat -> 2/6; 8 T9 'x' 30/9 Tue; 9 T7 '15' Tue; 10 T8 'x' 31/8 Sun -> 1/9, 2/9 off -> 3/9; 11 T2 'x' + T8 " +
      "'15' -> 15/8 Fri; 12 T6 '30' Mon; 13 T11 'x' 30/11 Sun -> 1/12. Units: 'Các sở, ban, ngành' = " +
      "@departments, 'UBND các huyện, thành phố' = @districts. Part III: 'báo cáo định kỳ hằng quý … trước ngày 15 " +
      "của tháng cuối quý' is periodic, undated, no task; Sở Nội vụ a recipient there. Legal-basis dates no tasks.",
    province: "Thái Nguyên",
    plan: { number: "12/KH-UBND", date: "2025-01-15" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
