// 07: Bắc Kạn 2024 (plan of 28/02/2024, before the reorganisation: old departments, districts), UBND tỉnh, Kế hoạch
// 95/KH-UBND, xác định Chỉ số CCHC năm 2024 của các sở, ban, ngành, UBND các huyện, thành phố. Habit: a PDF WHOSE
// ANNEX TABLE PAGES ARE ROTATED: the body is portrait; the landscape annex (the task table) is stored as portrait
// pages with /Rotate 90 and their content drawn turned a quarter turn (text running bottom to top in page space), as
// "Microsoft Print to PDF" and scanning stations write landscape pages. rotate.mjs rewrites LibreOffice's print so.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H } from "./common.mjs";
import { rotateLandscapePages } from "./rotate.mjs";

const ID = "07-bac-kan-2024-pdf-annex-table-pages-rotated-portrait-pages-with-rotate-90-content-drawn-sideways";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông", TC = "Sở Tài chính";
const TP = "Sở Tư pháp", BD = "Bưu điện tỉnh", TK = "Cục Thống kê tỉnh", HD = "Hội đồng thẩm định";
const TO = "Tổ thẩm định", S = "Các sở, ban, ngành", HU = "UBND các huyện, thành phố";

// group rows [label, title]; rows [title, lead cell, coord cell, product, time cell, due | null, lead[], coord[], vm]
const data = [
  ["A", "CÔNG TÁC CHUẨN BỊ"],
  ["Ban hành Bộ chỉ số và Quy định đánh giá, chấm điểm Chỉ số CCHC năm 2024 của các cơ quan, đơn vị", NV, TP,
    "Quyết định của UBND tỉnh", "Trước ngày 15/3/2024", "2024-03-14", [NV], [TP]],
  ["Kiện toàn Hội đồng thẩm định, Tổ thẩm định Chỉ số CCHC năm 2024", NV, VP, "Quyết định kiện toàn",
    "Chậm nhất ngày 25/3/2024", "2024-03-25", [NV], [VP]],
  ["Bố trí kinh phí điều tra xã hội học và thẩm định Chỉ số CCHC", TC, NV, "Quyết định phân bổ kinh phí",
    "Quý I/2024", "2024-03-31", [TC], [NV]],
  ["Nâng cấp phần mềm đánh giá, chấm điểm Chỉ số CCHC trực tuyến", TT, NV, "Phần mềm được nâng cấp", "Tháng 4/2024",
    "2024-04-30", [TT], [NV]],
  ["B", "ĐIỀU TRA XÃ HỘI HỌC"],
  ["Lập, gửi danh sách công chức và người dân, tổ chức đã giao dịch thủ tục hành chính để chọn mẫu điều tra",
    `${S}; ${HU}`, NV, "Danh sách theo mẫu", "Trước ngày 20/5/2024", "2024-05-19", ["@departments", "@districts"],
    [NV]],
  ["Phát, thu phiếu khảo sát lãnh đạo, công chức các cơ quan, đơn vị", NV, BD, "Phiếu khảo sát hợp lệ",
    "Từ ngày 10/6 đến ngày 31/7/2024", "2024-07-31", [NV], [BD], "restart"],
  ["Phát, thu phiếu khảo sát người dân, tổ chức đã giao dịch thủ tục hành chính", NV, `${BD}; ${HU}`,
    "Phiếu khảo sát hợp lệ", "", "2024-07-31", [NV], [BD, "@districts"], "continue"],
  ["Nhập liệu, tổng hợp, phân tích kết quả điều tra xã hội học", NV, TK, "Báo cáo kết quả điều tra", "Tháng 8/2024",
    "2024-08-31", [NV], [TK]],
  ["C", "TỰ ĐÁNH GIÁ, THẨM ĐỊNH VÀ CÔNG BỐ"],
  ["Tự đánh giá, chấm điểm, gửi báo cáo kèm tài liệu kiểm chứng qua phần mềm", `${S}; ${HU}`, "",
    "Báo cáo tự đánh giá", "Chậm nhất ngày 10/12/2024", "2024-12-10", ["@departments", "@districts"], []],
  ["Thẩm định kết quả tự đánh giá của các cơ quan, đơn vị", TO, NV, "Biên bản thẩm định",
    "Từ ngày 11/12 đến ngày 25/12/2024", "2024-12-25", [TO], [NV]],
  ["Họp Hội đồng thẩm định, thống nhất kết quả Chỉ số CCHC năm 2024", HD, NV, "Biên bản họp Hội đồng",
    "Trước ngày 05/01/2025", "2025-01-04", [HD], [NV]],
  ["Trình UBND tỉnh quyết định công bố Chỉ số CCHC năm 2024", NV, VP, "Quyết định công bố", "Quý I/2025",
    "2025-03-31", [NV], [VP]],
  ["Đăng tải kết quả Chỉ số CCHC năm 2024 trên Cổng Thông tin điện tử tỉnh", TT, "Báo Bắc Kạn", "Tin, bài",
    "Sau khi có Quyết định công bố", null, [TT], []],
];

const rows = [["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm",
  "Thời gian hoàn thành"]];
const tasks = [];
let n = 0;
for (const r of data) {
  if (r.length === 2) {
    rows.push([{ text: r[0], bold: true, align: "center" }, { text: r[1], span: 5, bold: true }]);
    continue;
  }
  const [title, lc, cc, product, time, due, lead, co, vm] = r;
  n++;
  rows.push([{ text: String(n), align: "center", list: { kind: "cell", inst: "stt" } }, title, lc, cc, product,
    vm ? { text: time, vm, align: "center" } : { text: time, align: "center" }]);
  if (due) tasks.push(task(String(n), title, due, lead, co));
}

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 95/KH-UBND", "Bắc Kạn, ngày 28 tháng 02 năm 2024", "KẾ HOẠCH",
    "Xác định Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành, UBND các huyện, thành phố"),
  P("Căn cứ Quyết định số 1452/QĐ-UBND ngày 18/8/2023 của UBND tỉnh ban hành Kế hoạch cải cách hành chính nhà nước " +
    "giai đoạn 2021-2025 (điều chỉnh); UBND tỉnh ban hành Kế hoạch xác định Chỉ số CCHC năm 2024 như sau:"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Theo dõi, đánh giá thực chất, khách quan kết quả thực hiện nhiệm vụ cải cách hành chính năm 2024 của các cơ " +
    "quan, đơn vị; kết quả Chỉ số CCHC là căn cứ đánh giá mức độ hoàn thành nhiệm vụ của người đứng đầu."),
  H("II.", "ĐỐI TƯỢNG, PHẠM VI"),
  P("18 sở, ban, ngành và 08 UBND các huyện, thành phố. Thời gian đánh giá từ ngày 01/01/2024 đến ngày 31/12/2024."),
  H("III.", "NỘI DUNG, PHƯƠNG PHÁP"),
  P("Đánh giá qua tự đánh giá, chấm điểm của cơ quan, đơn vị, thẩm định của Tổ thẩm định và điều tra xã hội học; " +
    "điểm điều tra xã hội học chiếm 35% tổng điểm. Nội dung công việc, thời gian thực hiện chi tiết tại Phụ lục " +
    "kèm theo Kế hoạch này."),
  H("IV.", "TỔ CHỨC THỰC HIỆN"),
  P("Sở Nội vụ là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch theo Phụ lục.",
    { num: "1." }),
  P("Các sở, ban, ngành, UBND các huyện, thành phố cử công chức đầu mối theo dõi Chỉ số CCHC, gửi danh sách về Sở " +
    "Nội vụ trước ngày 10/3/2024.", { num: "2." }),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh", S, HU],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lục Văn Thành"),
  { t: "sect" },
  { t: "p", text: "PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ XÁC ĐỊNH CHỈ SỐ CCHC NĂM 2024", bold: true, align: "center",
    indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 95/KH-UBND ngày 28/02/2024 của UBND tỉnh Bắc Kạn)", italic: true,
    align: "center", indent: false },
  { t: "table", widths: [700, 4600, 2100, 2400, 2300, 2400], header: 1, rows },
];
tasks.unshift(task("IV.2", "cử công chức đầu mối theo dõi Chỉ số CCHC, gửi danh sách về Sở Nội vụ", "2024-03-09",
  ["@departments", "@districts"]));

const DATES = "IV.2 'trước ngày 10/3/2024' 09/3 Sat -> 11/3 Mon; 1 'Trước ngày 15/3/2024' 14/3 Thu; 2 'Chậm nhất " +
  "ngày 25/3/2024' 25/3 Mon; 3 'Quý I/2024' 31/3 Sun -> 01/4 Mon; 4 'Tháng 4/2024' 30/4 Tue, a holiday (29/4-01/5) " +
  "-> 02/5 Thu; 5 'Trước ngày 20/5/2024' 19/5 Sun -> 20/5 Mon; 6-7 one vertically merged cell 'Từ ngày 10/6 đến " +
  "ngày 31/7/2024' = 31/7 Wed for both rows (not inherited); 8 'Tháng 8/2024' 31/8 Sat -> 04/9 Wed (02-03/9 " +
  "holidays); 9 'Chậm nhất ngày 10/12/2024' 10/12 Tue; 10 'Từ ngày 11/12 đến ngày 25/12/2024' 25/12 Wed; 11 'Trước " +
  "ngày 05/01/2025' 04/01/2025 Sat -> 06/01 Mon; 12 'Quý I/2025' 31/3/2025 Mon; 13 'Sau khi có Quyết định công bố' " +
  "undated, no task.";

await build(DIR, {
  blocks, landscape: true,
  printer: (out) => rotateLandscapePages(DIR, out),
  expected: {
    id: ID,
    style: "Kế hoạch 95/KH-UBND of UBND tỉnh Bắc Kạn, 28/02/2024 (before the reorganisation: old departments, " +
      "districts), determining the 2024 PAR Index of departments and districts. HABIT: plan.pdf has ROTATED ANNEX " +
      "PAGES: the body (header, I-IV, Nơi nhận, signature) is portrait; the annex 'PHỤ LỤC PHÂN CÔNG NHIỆM VỤ' is a " +
      "landscape table stored as portrait pages (MediaBox 595x842) with /Rotate 90 and content drawn turned a " +
      "quarter turn (cm 0 1 -1 0 595 0: text runs bottom to top in page space), as Microsoft Print to PDF writes " +
      "landscape pages; shown upright by a viewer. Other formats the kit's (portrait section, landscape annex " +
      "section). Annex table STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian " +
      "hoàn thành, group rows A-C, STT 1-13 running on (ref = STT); the body's IV.2 is one more task. " + DATES +
      " 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts; Tổ thẩm định and Hội đồng " +
      "thẩm định are directory bodies; 'gửi … về Sở Nội vụ' a recipient. Dates of the period (01/01-31/12/2024) " +
      "and of QĐ 1452 are no deadlines.",
    province: "Bắc Kạn",
    plan: { number: "95/KH-UBND", date: "2024-02-28" },
    tasks, unresolved: [], successors: [],
  },
});
