// 10: Lai Châu, March 2025 (before the reorganisation: old departments, districts). The annex of Kế hoạch
// 845/KH-UBND ngày 14/3/2025 (nâng cao Chỉ số CCHC, Chỉ số SIPAS năm 2025) as the Sở Nội vụ sends it: ONE SHEET PER
// LEADING UNIT, the tab named after the unit as the office shortens it ("Sở TC", "Sở TTTT", "UBND TP Lai Châu"),
// each sheet the same template: "Biểu số N" top right, the annex title, "(Kèm theo Kế hoạch số …)", a row
// "ĐƠN VỊ CHỦ TRÌ: <UNIT IN CAPITALS>", then STT | Nhiệm vụ | Đơn vị phối hợp | Thời hạn | Sản phẩm with STT from 1
// on every sheet and NO LEAD COLUMN (the sheet's unit leads every row). Times typed in words ("Trước ngày …",
// "Tháng 4/2025", "Quý III/2025", "Từ tháng 10 đến tháng 11/2025", "6 tháng đầu năm 2025", a year left out).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, note, saveBook, title, unitsOf, when } from "./common.mjs";

const ID = "10-lai-chau-2025-one-sheet-per-lead-unit-tab-named-after-unit-bieu-so-stt-restarts-time-in-words";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "845/KH-UBND";
const SBN = "Các sở, ban, ngành", HUY = "UBND các huyện, thành phố", XTT = "UBND các xã, phường, thị trấn";
const TP = "UBND phường Tân Phong";
const MAP = { [SBN]: ["@departments"], [HUY]: ["@districts"], "Sở TT&TT": ["Sở Thông tin và Truyền thông"],
  "Sở KH&ĐT": ["Sở Kế hoạch và Đầu tư"], "VP UBND tỉnh": ["Văn phòng UBND tỉnh"] };
const units = (cell) => unitsOf(cell, MAP);

// sheets: {tab, head (as the title row writes it), lead (the answer's units), rows: [[task, coordinators, time
//   written, due (null = no task), product]]}
const SHEETS = [
  { tab: "Sở Nội vụ", head: "SỞ NỘI VỤ", lead: ["Sở Nội vụ"], rows: [
    ["Hướng dẫn các cơ quan, đơn vị xây dựng kế hoạch khắc phục tồn tại, hạn chế qua kết quả Chỉ số CCHC năm 2024",
      "", "Trước ngày 31/3/2025", "2025-03-30", "Văn bản hướng dẫn"],
    ["Tập huấn nghiệp vụ cải cách hành chính cho công chức đầu mối của các sở, ngành, huyện, thành phố",
      "VP UBND tỉnh", "Tháng 4/2025", "2025-04-30", "Hội nghị tập huấn"],
    ["Kiểm tra công tác cải cách hành chính tại 04 sở, ngành và 03 huyện", "Thanh tra tỉnh; VP UBND tỉnh",
      "Quý III/2025", "2025-09-30", "Báo cáo kết quả kiểm tra"],
    ["Tổ chức điều tra xã hội học xác định Chỉ số CCHC năm 2025 của các sở, ngành và huyện, thành phố",
      `Bưu điện tỉnh; ${HUY}`, "Từ tháng 10 đến tháng 11/2025", "2025-11-30", "Phiếu điều tra đã thu về"],
    ["Theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch", "", "Thường xuyên", null, "Báo cáo định kỳ"],
  ] },
  { tab: "VP UBND tỉnh", head: "VĂN PHÒNG UBND TỈNH", lead: ["Văn phòng UBND tỉnh"], rows: [
    ["Rà soát, công bố danh mục thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", SBN,
      "Chậm nhất ngày 30/6/2025", "2025-06-30", "Quyết định công bố"],
    ["Tổng hợp, báo cáo tình hình kiểm soát thủ tục hành chính trên địa bàn tỉnh", `${SBN}; ${HUY}`,
      "6 tháng đầu năm 2025", "2025-06-30", "Báo cáo UBND tỉnh"],
    ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công", "Sở TT&TT",
      "Tháng 9/2025", "2025-09-30", "Kho dữ liệu điện tử"],
  ] },
  { tab: "Sở Tư pháp", head: "SỞ TƯ PHÁP", lead: ["Sở Tư pháp"], rows: [
    ["Rà soát, đề xuất bãi bỏ văn bản quy phạm pháp luật của HĐND, UBND tỉnh không còn phù hợp",
      `${SBN}; ${HUY}`, "Trước 15/5", "2025-05-14", "Danh mục văn bản đề nghị bãi bỏ"],
    ["Đánh giá tình hình thi hành pháp luật về xử lý vi phạm hành chính trên địa bàn tỉnh", "Công an tỉnh",
      "Quý IV/2025", "2025-12-31", "Báo cáo đánh giá"],
  ] },
  { tab: "Sở TC", head: "SỞ TÀI CHÍNH", lead: ["Sở Tài chính"], rows: [
    ["Thẩm định, bố trí kinh phí thực hiện nhiệm vụ cải cách hành chính năm 2025 của các cơ quan, đơn vị",
      "Sở Nội vụ; Sở KH&ĐT", "Tháng 5/2025", "2025-05-31", "Văn bản thẩm định"],
    ["Hướng dẫn thực hiện cơ chế tự chủ tài chính đối với đơn vị sự nghiệp công lập", "Sở Nội vụ",
      "Ngày 15/8/2025", "2025-08-15", "Văn bản hướng dẫn"],
  ] },
  { tab: "Sở TTTT", head: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", lead: ["Sở Thông tin và Truyền thông"], rows: [
    ["Bảo đảm kết nối Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với Cổng Dịch vụ công quốc gia",
      "VP UBND tỉnh", "Trước ngày 30/6/2025", "2025-06-29", "Hệ thống vận hành ổn định"],
    ["Tuyên truyền về cải cách hành chính trên Cổng thông tin điện tử tỉnh và mạng xã hội",
      "Báo Lai Châu; Đài Phát thanh - Truyền hình tỉnh", "Thường xuyên", null, "Tin, bài"],
    ["Hướng dẫn các huyện, thành phố đánh giá mức độ chuyển đổi số cấp huyện, cấp xã", HUY, "Tháng 8/2025",
      "2025-08-31", "Văn bản hướng dẫn"],
  ] },
  { tab: "UBND TP Lai Châu", head: "UBND THÀNH PHỐ LAI CHÂU", lead: ["UBND thành phố Lai Châu"], rows: [
    ["Thí điểm mô hình Bộ phận Một cửa thân thiện, không hẹn lại tại cấp xã", `${TP}; Sở Nội vụ`, "Tháng 6/2025",
      "2025-06-30", "Mô hình được đưa vào hoạt động"],
    ["Tổ chức đối thoại giữa Chủ tịch UBND thành phố với doanh nghiệp về thủ tục hành chính",
      "Hiệp hội Doanh nghiệp tỉnh", "Quý III/2025", "2025-09-30", "Thông báo kết luận đối thoại"],
  ] },
  { tab: "Các huyện, TP", head: "UBND CÁC HUYỆN, THÀNH PHỐ", lead: ["@districts"], rows: [
    ["Chỉ đạo nâng cao chất lượng tiếp nhận, giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp xã", XTT,
      "Quý II/2025", "2025-06-30", "Văn bản chỉ đạo"],
    ["Tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 và gửi kết quả kèm tài liệu kiểm chứng về Sở Nội vụ", "",
      "Trước ngày 20/11/2025", "2025-11-19", "Báo cáo tự đánh giá"],
    ["Đánh giá, xếp hạng Chỉ số cải cách hành chính năm 2025 của UBND các xã, phường, thị trấn", XTT,
      "Tháng 12/2025", "2025-12-31", "Quyết định công bố kết quả"],
  ] },
];

const N = 5;
const KEM = `(Kèm theo Kế hoạch số ${NUM} ngày 14/3/2025 của UBND tỉnh Lai Châu)`;
const sheets = SHEETS.map((s, k) => ({
  name: s.tab, widths: [6, 54, 28, 20, 24], boxFrom: 6, portrait: true,
  rows: [
    { cells: [C("", { across: 3 }), C(`Biểu số ${k + 1}`, { bold: true, italic: true, align: "right" })], box: false },
    title("PHÂN CÔNG NHIỆM VỤ NÂNG CAO CHỈ SỐ CCHC, CHỈ SỐ SIPAS NĂM 2025", N),
    title(KEM, N, { bold: false, italic: true }),
    { cells: [C(`ĐƠN VỊ CHỦ TRÌ: ${s.head}`, { bold: true, across: N - 1 })], box: false },
    blank(),
    { cells: ["STT", "Nhiệm vụ", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"].map((v) => C(v, H)) },
    ...s.rows.map(([text, co, time, , product], i) => ({ cells: [C(i + 1, { align: "center" }), C(text),
      C(co.replaceAll("; ", ";\n")), C(time, { align: "center" }), C(product)] })),
    blank(),
    note("Đơn vị chủ trì gửi sản phẩm về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh.", N, { italic: true }),
  ],
}));

await saveBook(DIR, sheets, { creator: "Lo Van Thanh", created: "2025-03-10T02:00:00Z",
  modified: "2025-03-14T08:30:00Z" });

const tasks = [];
const lines = [];
SHEETS.forEach((s, k) => {
  s.rows.forEach(([text, co, time, due], i) => {
    const ref = `${k + 1}.${i + 1}`;
    if (!due) {
      lines.push(`${ref} '${time}' no task`);
      return;
    }
    const t = task(ref, text, due, s.lead, units(co));
    tasks.push(t);
    lines.push(when(ref, time, t.due));
  });
});
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 14/3/2025 (before the reorganisation: districts, old ` +
    "departments), CCHC and SIPAS 2025: the plan's annex as ONE SHEET PER LEADING UNIT, tabs named as the office " +
    "shortens the unit ('Sở Nội vụ', 'VP UBND tỉnh', 'Sở Tư pháp', 'Sở TC', 'Sở TTTT', 'UBND TP Lai Châu', 'Các " +
    "huyện, TP'); every sheet the same template: 'Biểu số N' top right, the title, '(Kèm theo Kế hoạch số …)' " +
    "giving number and date, a row 'ĐƠN VỊ CHỦ TRÌ: <UNIT IN CAPITALS>' naming the lead of EVERY ROW of the sheet " +
    "(no lead column), then STT | Nhiệm vụ | Đơn vị phối hợp | Thời hạn | Sản phẩm, STT FROM 1 ON EVERY SHEET: ref = " +
    "Biểu number + '.' + STT ('4.2'). 'ĐƠN VỊ CHỦ TRÌ: UBND CÁC HUYỆN, THÀNH PHỐ' = @districts; 'Các sở, ban, " +
    "ngành' = @departments; 'UBND các huyện, thành phố' = @districts; 'Sở TT&TT', 'Sở KH&ĐT', 'VP UBND tỉnh' = " +
    "their directory names; 'UBND các xã, phường, thị trấn' = unresolved 'UBND cấp xã'; 'UBND phường Tân Phong' " +
    "unresolved. Times in words (strict reading; 'Trước 15/5' has no year: the plan's, 2025): " + lines.join("; ") +
    ". Sản phẩm and the note under each table ('gửi sản phẩm về Sở Nội vụ') name no unit of the task. plan.xlsx " +
    "(exceljs), .xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt Excel's copy of the seven sheets, " +
    "each after its tab name.",
  province: "Lai Châu",
  plan: { number: NUM, date: "2025-03-14" },
  tasks,
  unresolved: [XTT, TP],
  successors: [],
});
