// 02: Lai Châu, Sở Ngoại vụ (under UBND tỉnh), 20/02/2025 — the 2025 work plan of a project funded by an
// international donor. Every paragraph sits in a BORDERLESS two-column table, Vietnamese left, English right; the
// task table has bilingual headers ("Nhiệm vụ / Tasks", "Chủ trì / Lead") and each cell holds the Vietnamese line
// then the English line. Where the two disagree on a deadline's reading ("Trước ngày 31/3/2025" / "By 31 March
// 2025"), the Vietnamese text is the plan. Expected: Vietnamese titles and units only. plan.pdf: Chromium.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-lai-chau-2025-bilingual-vietnamese-english-columns";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NGV = "Sở Ngoại vụ";
const KH = "Sở Kế hoạch và Đầu tư";
const TC = "Sở Tài chính";
const NN = "Sở Nông nghiệp và Phát triển nông thôn";
const BQL = "Ban Quản lý dự án";
const SH = "UBND huyện Sìn Hồ";
const MT = "UBND huyện Mường Tè";
const XA = "UBND các xã dự án";
const LQ = "các sở, ngành liên quan";

const bi = (pairs, bold = false) => ({ t: "table", plain: true, widths: [4600, 4600], rows: pairs.map(([v, e]) =>
  [{ text: v, bold, align: "justify" }, { text: e, bold, italic: !bold, align: "justify" }]) });

// [stt, [vi, en] task, [vi, en] lead, [vi, en] support, [vi, en] deadline]
const T = [
  ["1", ["Kiện toàn Ban Quản lý dự án, phân công cán bộ phụ trách từng hợp phần", "Consolidate the Project " +
    "Management Unit and assign staff to each component"], ["Sở Ngoại vụ", "DOFA"], ["Sở Nội vụ", "DOHA"],
  ["Trước ngày 31/3/2025", "By 31 March 2025"]],
  ["2", ["Thẩm định, trình phê duyệt kế hoạch hoạt động và ngân sách năm 2025", "Appraise and submit the 2025 " +
    "annual work plan and budget for approval"], ["Sở Kế hoạch và Đầu tư", "DPI"], ["Sở Tài chính, Sở Ngoại vụ",
    "DOF, DOFA"], ["Tháng 4/2025", "April 2025"]],
  ["3", ["Khảo sát đầu kỳ tại 12 xã dự án", "Baseline survey in the 12 project communes"], ["Ban Quản lý dự án",
    "PMU"], ["UBND huyện Sìn Hồ, UBND huyện Mường Tè", "Sin Ho and Muong Te District People's Committees"],
  ["Quý II/2025", "Q2 2025"]],
  ["4", ["Kiểm toán độc lập báo cáo tài chính dự án năm 2024", "Independent audit of the 2024 project financial " +
    "statements"], ["Ban Quản lý dự án", "PMU"], ["Sở Tài chính", "DOF"], ["Chậm nhất ngày 31/5/2025",
    "No later than 31 May 2025"]],
  ["5", ["Tập huấn kỹ thuật canh tác thích ứng biến đổi khí hậu cho nông dân", "Training for farmers on " +
    "climate-adaptive farming techniques"], ["Sở Nông nghiệp và Phát triển nông thôn", "DARD"],
  ["UBND các xã dự án", "Project Commune People's Committees"], ["15/7/2025", "15 July 2025"]],
  ["6", ["Báo cáo tiến độ 6 tháng đầu năm gửi nhà tài trợ", "Six-month progress report to the donor"],
    ["Ban Quản lý dự án", "PMU"], ["", ""], ["Trước ngày 15/7/2025", "Before 15 July 2025"]],
  ["7", ["Hỗ trợ giống cây trồng, vật nuôi cho hộ nghèo tham gia dự án", "Provide seeds and livestock to poor " +
    "participating households"], ["UBND huyện Sìn Hồ, UBND huyện Mường Tè", "Sin Ho and Muong Te District " +
    "People's Committees"], ["Sở Nông nghiệp và Phát triển nông thôn", "DARD"], ["Từ 01/5 đến 31/8/2025",
    "1 May - 31 August 2025"]],
  ["8", ["Thành lập tổ hợp tác, nhóm sinh kế của phụ nữ dân tộc thiểu số", "Establish cooperative groups and " +
    "livelihood groups of ethnic minority women"], ["Sở Lao động - Thương binh và Xã hội", "DOLISA"],
  ["UBND huyện Sìn Hồ, UBND huyện Mường Tè", "Sin Ho and Muong Te District People's Committees"],
  ["Trước ngày 30/9/2025", "By 30 September 2025"]],
  ["9", ["Giám sát, hỗ trợ kỹ thuật tại hiện trường", "Field monitoring and technical backstopping"],
    ["Ban Quản lý dự án", "PMU"], ["UBND các xã dự án", "Project Commune People's Committees"],
  ["Thường xuyên", "Ongoing"]],
  ["10", ["Đánh giá giữa kỳ dự án", "Mid-term review of the project"], ["Sở Ngoại vụ", "DOFA"],
    ["Sở Kế hoạch và Đầu tư, Sở Tài chính", "DPI, DOF"], ["Tháng 10/2025", "October 2025"]],
  ["11", ["Hội nghị tổng kết năm 2025, xây dựng kế hoạch năm 2026", "2025 review workshop and 2026 planning"],
    ["Sở Ngoại vụ", "DOFA"], ["Các sở, ngành liên quan", "Relevant departments"],
  ["Tuần thứ 2 tháng 12/2025", "2nd week of December 2025"]],
];
const two = ([v, e]) => (v ? v + "\n" + e : "");
const table = { t: "table", header: 1, widths: [700, 3300, 1900, 1900, 1600], rows: [
  ["STT\nNo.", "Nhiệm vụ\nTasks", "Chủ trì\nLead", "Phối hợp\nSupport", "Thời hạn\nDeadline"],
  ...T.map(([n, a, b, c, d]) => [{ text: n, align: "center", list: { kind: "cell", inst: "t" } }, two(a), two(b),
    two(c), two(d)]),
] };

const blocks = [
  ...head(["UBND TỈNH LAI CHÂU", "SỞ NGOẠI VỤ"], "Số: 21/KH-SNgV", "Lai Châu, ngày 20 tháng 02 năm 2025",
    "KẾ HOẠCH / WORK PLAN", "Thực hiện Dự án “Sinh kế bền vững và thích ứng biến đổi khí hậu vùng cao tỉnh Lai " +
    "Châu” năm 2025 / Implementation of the “Sustainable Livelihoods and Climate Adaptation in Upland Lai Chau” " +
    "Project in 2025"),
  bi([
    ["Căn cứ Hiệp định viện trợ không hoàn lại ký ngày 15/11/2022 giữa UBND tỉnh Lai Châu và nhà tài trợ; Quyết " +
      "định số 1520/QĐ-UBND ngày 20/12/2022 của UBND tỉnh phê duyệt văn kiện Dự án, Sở Ngoại vụ (cơ quan chủ quản " +
      "được ủy quyền) ban hành Kế hoạch thực hiện Dự án năm 2025 như sau:",
    "Pursuant to the Grant Agreement signed on 15 November 2022 between Lai Chau Provincial People's Committee and " +
      "the donor, and Decision No. 1520/QĐ-UBND dated 20 December 2022 approving the Project Document, the " +
      "Department of Foreign Affairs (the authorised line agency) issues the 2025 Project Work Plan as follows:"],
  ]),
  bi([["I. MỤC TIÊU", "I. OBJECTIVES"]], true),
  bi([["Nâng cao thu nhập, khả năng chống chịu với thiên tai cho 2.400 hộ dân tộc thiểu số tại 12 xã thuộc hai " +
    "huyện Sìn Hồ, Mường Tè; giải ngân 100% kế hoạch vốn viện trợ năm 2025.", "Increase incomes and disaster " +
    "resilience of 2,400 ethnic minority households in 12 communes of Sin Ho and Muong Te districts; disburse " +
    "100% of the 2025 grant allocation."]]),
  bi([["II. NHIỆM VỤ VÀ TIẾN ĐỘ", "II. TASKS AND SCHEDULE"]], true),
  table,
  bi([["III. TỔ CHỨC THỰC HIỆN", "III. IMPLEMENTATION ARRANGEMENTS"]], true),
  bi([
    ["1. Ban Quản lý dự án là đầu mối điều phối, báo cáo định kỳ hằng quý cho nhà tài trợ và UBND tỉnh.",
      "1. The PMU is the coordinating focal point and reports quarterly to the donor and the Provincial People's " +
      "Committee."],
    ["2. Thời hạn ghi bằng tiếng Việt là thời hạn chính thức; bản tiếng Anh để tham khảo.", "2. The Vietnamese " +
      "deadlines are authoritative; the English text is for reference only."],
  ]),
  ...sign(["UBND tỉnh (b/c)", "Nhà tài trợ (để phối hợp)", "Các sở, ngành liên quan", "UBND các huyện Sìn Hồ, Mường " +
    "Tè"], "GIÁM ĐỐC", "Nguyễn Văn Thành"),
];

const tasks = [
  task("1", "Kiện toàn Ban Quản lý dự án, phân công cán bộ phụ trách từng hợp phần", "2025-03-30", [NGV],
    ["Sở Nội vụ"]),
  task("2", "Thẩm định, trình phê duyệt kế hoạch hoạt động và ngân sách năm 2025", "2025-04-30", [KH], [TC, NGV]),
  task("3", "Khảo sát đầu kỳ tại 12 xã dự án", "2025-06-30", [BQL], [SH, MT]),
  task("4", "Kiểm toán độc lập báo cáo tài chính dự án năm 2024", "2025-05-31", [BQL], [TC]),
  task("5", "Tập huấn kỹ thuật canh tác thích ứng biến đổi khí hậu cho nông dân", "2025-07-15", [NN], [XA]),
  task("6", "Báo cáo tiến độ 6 tháng đầu năm gửi nhà tài trợ", "2025-07-14", [BQL]),
  task("7", "Hỗ trợ giống cây trồng, vật nuôi cho hộ nghèo tham gia dự án", "2025-08-31", [SH, MT], [NN]),
  task("8", "Thành lập tổ hợp tác, nhóm sinh kế của phụ nữ dân tộc thiểu số", "2025-09-29",
    ["Sở Lao động - Thương binh và Xã hội"], [SH, MT]),
  task("10", "Đánh giá giữa kỳ dự án", "2025-10-31", [NGV], [KH, TC]),
  task("11", "Hội nghị tổng kết năm 2025, xây dựng kế hoạch năm 2026", "2025-12-14", [NGV], [LQ]),
];

await build(DIR, {
  blocks, printer: "chromium", css: "@page{size:A4;margin:2cm 1.5cm}table.pl td{text-align:justify}",
  expected: {
    id: ID,
    style: "Kế hoạch 21/KH-SNgV of Sở Ngoại vụ tỉnh Lai Châu (under UBND tỉnh), 20/02/2025, 2025 work plan of a " +
      "donor-funded project. BILINGUAL: every paragraph is a row of a borderless two-column table, Vietnamese left, " +
      "English right (italic); the task table's headers are 'STT / No.', 'Nhiệm vụ / Tasks', 'Chủ trì / Lead', " +
      "'Phối hợp / Support', 'Thời hạn / Deadline', each cell the Vietnamese line then the English line. Expected " +
      "titles and units are the VIETNAMESE lines only (English abbreviations DOFA, DPI, PMU are not units); " +
      "deadlines read from the Vietnamese line, which the plan itself calls authoritative (III.2), even where the " +
      "English says otherwise ('Trước ngày 31/3/2025' / 'By 31 March 2025' = 30/3). ref = STT. Dates (2025): 1 " +
      "trước 31/3 -> 30/3 Sun -> eff 31/3; 2 tháng 4 -> 30/4 (off; 1/5, 2/5 off, weekend) -> 5/5; 3 quý II -> 30/6 Mon; 4 chậm " +
      "nhất 31/5 Sat -> 2/6; 5 15/7 Tue; 6 trước 15/7 -> 14/7 Mon (nhà tài trợ recipient); 7 từ 01/5 đến 31/8 " +
      "-> 31/8 Sun -> 1/9, 2/9 off -> 3/9; 8 trước 30/9 -> 29/9 Mon; 9 'Thường xuyên / Ongoing' no task; " +
      "10 tháng 10 -> 31/10 Fri; 11 'tuần thứ 2 tháng 12' -> 14/12 Sun -> 15/12. Units as in force on 20/02/2025 (before the March 2025 mergers of sở). 'Ban Quản lý dự án' (the " +
      "project's own board under the issuer), 'UBND các xã dự án' and 'các sở, ngành liên quan' are as written " +
      "and unresolved. III.1 quarterly reporting is periodic, no task. Legal-basis dates no tasks.",
    province: "Lai Châu",
    plan: { number: "21/KH-SNgV", date: "2025-02-20" },
    tasks,
    unresolved: [BQL, XA, LQ],
    successors: [],
  },
});
