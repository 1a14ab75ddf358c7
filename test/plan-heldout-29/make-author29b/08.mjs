// 08: Lai Châu, UBND tỉnh (before the reorganisation), 04/4/2024 — raising the PAPI index in 2024. Units are
// cited by NUMBER CODES: a legend paragraph "Đơn vị thực hiện: (1) Sở Nội vụ; (2) Văn phòng UBND tỉnh; …" before
// the table, and the table's "Chủ trì" / "Phối hợp" cells hold "(2)" or "(13), (17)" (once a code and a name).
// Table TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian hoàn thành, group rows I.-VI. (the PAPI dimensions), tasks
// numbered 1-15 running on across the groups. plan.pdf: WeasyPrint from HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-lai-chau-2024-units-as-number-codes-legend-before-table-group-rows";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const LEGEND = ["Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư",
  "Sở Thông tin và Truyền thông", "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội",
  "Thanh tra tỉnh", "Công an tỉnh", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Ủy ban MTTQ Việt Nam tỉnh", "Báo Lai Châu",
  "Đài Phát thanh - Truyền hình tỉnh", "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"];
// The directory's names for the codes.
const NAME = [...LEGEND.slice(0, 12), "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Báo Lai Châu",
  "Đài Phát thanh - Truyền hình tỉnh", "@departments", "@districts"];
const LQ = "Các cơ quan, đơn vị liên quan";
const units = (cell) => [...cell.matchAll(/\((\d+)\)/g)].map((m) => NAME[Number(m[1]) - 1])
  .concat(/liên quan/.test(cell) ? [LQ] : []);

// [group, [[task, Chủ trì, Phối hợp, time, due | null]]]
const GROUPS = [
  ["Tham gia của người dân ở cấp cơ sở", [
    ["Hướng dẫn thực hiện Luật Thực hiện dân chủ ở cơ sở tại các thôn, bản, tổ dân phố", "(1)", "(13), (17)",
      "Tháng 5/2024", "2024-05-31"],
    ["Kiểm tra việc công khai, sử dụng các khoản đóng góp của Nhân dân tại các xã, phường, thị trấn", "(17)",
      "(4), (9)", "Quý III/2024", "2024-09-30"],
  ]],
  ["Công khai, minh bạch", [
    ["Công khai quy hoạch, kế hoạch sử dụng đất năm 2024 cấp huyện trên trang thông tin điện tử", "(7)", "(17)",
      "Trước 30/6/2024", "2024-06-29"],
    ["Công khai danh sách hộ nghèo, hộ cận nghèo được hưởng chính sách hỗ trợ năm 2024", "(8)", "(17)",
      "Quý II/2024", "2024-06-30"],
  ]],
  ["Trách nhiệm giải trình với người dân", [
    ["Tổ chức đối thoại giữa Chủ tịch UBND tỉnh với Nhân dân về công tác tiếp công dân, giải quyết khiếu nại, tố " +
      "cáo", "(2)", "(9), (10)", "15/10/2024", "2024-10-15"],
    ["Rà soát, giải quyết dứt điểm các vụ việc khiếu nại, tố cáo tồn đọng, kéo dài", "(9)", "(7), (10), (17)",
      "Năm 2024", "2024-12-31"],
  ]],
  ["Kiểm soát tham nhũng trong khu vực công", [
    ["Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng cho cán bộ, công chức, viên chức và Nhân dân",
      "(3)", "(14), (15)", "Thường xuyên", null],
    ["Kiểm tra việc kê khai, công khai bản kê khai tài sản, thu nhập năm 2023 tại một số cơ quan, đơn vị", "(9)",
      "(10); các cơ quan, đơn vị liên quan", "Quý III/2024", "2024-09-30"],
    ["Rà soát việc thực hiện quy định về tuyển dụng, bổ nhiệm, luân chuyển cán bộ, công chức", "(1)", "(16), (17)",
      "Trước 31/10/2024", "2024-10-30"],
  ]],
  ["Thủ tục hành chính công", [
    ["Công bố, công khai danh mục thủ tục hành chính thực hiện trên Cổng Dịch vụ công quốc gia", "(2)", "(16)",
      "Tháng 4/2024", "2024-04-30"],
    ["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối với các cơ sở dữ liệu quốc gia", "(6)",
      "(2), (10)", "Quý III/2024", "2024-09-30"],
    ["Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2024",
      "(1)", "(16), (17)", "Tháng 11/2024", "2024-11-30"],
  ]],
  ["Cung ứng dịch vụ công và quản trị điện tử", [
    ["Kiểm tra chất lượng khám, chữa bệnh tại các trạm y tế xã, phường, thị trấn", "(11)", "(17)", "Quý IV/2024",
      "2024-12-31"],
    ["Bảo đảm cơ sở vật chất, nước sạch, nhà vệ sinh tại các điểm trường vùng khó khăn", "(12)", "(4), (5), (17)",
      "Trước khai giảng năm học 2024-2025 (trước 05/9/2024)", "2024-09-04"],
    ["Tuyên truyền kết quả Chỉ số PAPI, hướng dẫn người dân sử dụng dịch vụ công trực tuyến", "(14), (15)", "(6)",
      "Quý II/2024", "2024-06-30"],
  ]],
];

const ROMAN = ["I", "II", "III", "IV", "V", "VI"];
const tasks = [];
const trows = [];
let n = 0;
GROUPS.forEach(([g, rows], gi) => {
  trows.push([{ text: ROMAN[gi], bold: true, align: "center", list: { kind: "rcell", inst: "grp" } },
    { text: g, span: 4, bold: true }]);
  for (const [text, lead, co, time, due] of rows) {
    n += 1;
    if (due) tasks.push(task(String(n), text, due, units(lead), units(co)));
    trows.push([{ text: String(n), align: "center", list: { kind: "cell", inst: "tt" } }, text,
      { text: lead, align: "center" }, { text: co, align: "center" }, { text: time, align: "center" }]);
  }
});
tasks.push(task("III.1", "Tổng hợp kết quả thực hiện Kế hoạch năm 2024", "2024-11-14", ["Sở Nội vụ"]));

const P = (text, extra = {}) => ({ t: "p", text, align: "justify", ...extra });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 87/KH-UBND", "Lai Châu, ngày 04 tháng 4 năm 2024", "KẾ HOẠCH",
    "Nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024"),
  P("Căn cứ kết quả Chỉ số PAPI năm 2023 của tỉnh Lai Châu; để khắc phục những nội dung thành phần có điểm số " +
    "giảm, UBND tỉnh ban hành Kế hoạch nâng cao Chỉ số PAPI năm 2024 như sau:"),
  P("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  P("1. Cải thiện điểm số các chỉ số nội dung, nhất là các chỉ số có điểm số thấp hoặc giảm so với năm 2023; phấn " +
    "đấu Chỉ số PAPI năm 2024 của tỉnh thuộc nhóm đạt điểm trung bình cao trở lên."),
  P("2. Xác định rõ cơ quan chủ trì, phối hợp, thời gian hoàn thành đối với từng nhiệm vụ; gắn kết quả thực hiện với " +
    "đánh giá, xếp loại người đứng đầu."),
  P("II. NHIỆM VỤ, GIẢI PHÁP", { bold: true }),
  P("Các nhiệm vụ, giải pháp cụ thể và phân công thực hiện theo bảng dưới đây; cơ quan, đơn vị được ghi bằng số " +
    "trong ngoặc đơn theo danh sách sau."),
  P("Đơn vị thực hiện: " + LEGEND.map((u, i) => `(${i + 1}) ${u}`).join("; ") + ".", { italic: true }),
  { t: "table", widths: [600, 4150, 1200, 1600, 1800], header: 1, rows: [
    ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"],
    ...trows,
  ] },
  P("III. TỔ CHỨC THỰC HIỆN", { bold: true }),
  P("1. Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả thực hiện " +
    "Kế hoạch năm 2024, báo cáo UBND tỉnh trước ngày 15/11/2024."),
  P("2. Thủ trưởng các cơ quan, đơn vị tại danh sách nêu trên chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả " +
    "thực hiện các nhiệm vụ được giao; báo cáo kết quả định kỳ 6 tháng, năm lồng ghép trong báo cáo cải cách hành " +
    "chính."),
  P("3. Đề nghị Ủy ban MTTQ Việt Nam tỉnh phối hợp giám sát việc thực hiện dân chủ ở cơ sở, tuyên truyền Nhân dân " +
    "tham gia khảo sát PAPI."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các cơ quan, đơn vị tại Kế hoạch", "UBND các huyện, thành phố"],
  "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Lương"),
];

const css = "@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}table.bd td:first-child{text-align:center}" +
  "table.bd td:nth-child(n+3){text-align:center}table.bd td[colspan]{text-align:left}" +
  "table.nb td:first-child{font-size:11pt}table.bd tr{break-inside:avoid}";
await build(DIR, {
  blocks, printer: "weasyprint", css,
  expected: {
    id: ID,
    style: "Kế hoạch 87/KH-UBND of UBND tỉnh Lai Châu (before the reorganisation: old departments, districts), " +
      "04/4/2024, PAPI 2024; signed TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH. II: a legend paragraph 'Đơn vị thực hiện: (1) " +
      "Sở Nội vụ; (2) Văn phòng UBND tỉnh; … (17) UBND các huyện, thành phố.' then ONE table TT | Nhiệm vụ | Chủ " +
      "trì | Phối hợp | Thời gian hoàn thành whose unit cells hold NUMBER CODES ('(2)', '(13), (17)'): each code is " +
      "the legend's unit, named as the directory names it ((13) Ủy ban MTTQ -> the Front; (16) 'Các sở, ban, " +
      "ngành tỉnh' = @departments; (17) 'UBND các huyện, thành phố' = @districts). Row 8's Phối hợp '(10); các cơ " +
      "quan, đơn vị liên quan' mixes a code and a vague group (unresolved as written). Row 15 has two leads " +
      "(14), (15). Group rows I.-VI. (PAPI dimensions) carry no time; tasks numbered 1-15 running on across groups: " +
      "ref = that number. Row 7 'Thường xuyên' is no task. Dates (2024): 1 'Tháng 5' 31/5; 2, 8, 11 'Quý III' " +
      "30/9; 3 'Trước 30/6' -> 29/6 Sat -> 1/7; 4, 15 'Quý II' 30/6 Sun -> 1/7; 5 '15/10/2024'; 6 'Năm 2024' " +
      "31/12; 9 'Trước 31/10' -> 30/10; 10 'Tháng 4' 30/4 (29/4-1/5 off) -> 2/5; 12 'Tháng 11' 30/11 Sat -> 2/12; " +
      "13 'Quý IV' 31/12; 14 'Trước khai giảng năm học 2024-2025 (trước 05/9/2024)' -> 4/9 (2-3/9 off, 4/9 a " +
      "working day). III.1 'báo cáo UBND tỉnh trước ngày 15/11/2024' -> 14/11, Sở Nội vụ leads (the report's " +
      "recipient is no lead); III.2 periodic, III.3 undated. PDF: WeasyPrint.",
    province: "Lai Châu",
    plan: { number: "87/KH-UBND", date: "2024-04-04" },
    tasks,
    unresolved: [LQ],
    successors: [],
  },
});
