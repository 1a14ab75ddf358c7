// 03: Bắc Kạn 2024 (before the reorganisation: old departments, districts), the annex of Kế hoạch 38/KH-UBND ngày
// 02/02/2024 (nâng cao Chỉ số CCHC và Chỉ số SIPAS năm 2024) as the office's workbook: title rows above, the HEADER
// ON ROW 6, COLUMNS IN THE OFFICE'S OWN ORDER "STT | Thời gian | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối
// hợp | Ghi chú" (a schedule ordered by time); TIMES TYPED AS TEXT ("Tháng 02/2024", "Trước 15/3/2024", "31/3/2024",
// "Quý II/2024"); ONE GHI CHÚ CELL MOVES ITS ROW'S DEADLINE; NOTES UNDER THE TABLE, one of them a rule for the
// quarters ("chậm nhất ngày 20 của tháng cuối quý"). plan.xlsx by exceljs, .xls/.ods LibreOffice's copies, plan.pdf
// its print, plan.txt Excel's copy.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, note, saveBook, title, when } from "./book.mjs";

const ID = "03-bac-kan-2024-time-first-column-order-header-row-6-ghi-chu-moves-deadline-quarter-rule-note";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "38/KH-UBND";
const SBN = "Các sở, ban, ngành", HUY = "UBND các huyện, thành phố", TT = "Trung tâm Phục vụ hành chính công tỉnh";
const U = { [SBN]: "@departments", [HUY]: "@districts" };
const units = (cell) => (cell ? cell.split("; ").map((n) => U[n] ?? n) : []);
const BOTH = `${SBN}; ${HUY}`;

// [STT, time typed, task, lead, coordinators, Ghi chú, due (by hand) | null, how]
const ROWS = [
  ["1", "Tháng 02/2024", "Ban hành kế hoạch cải cách hành chính năm 2024 của cơ quan, đơn vị", BOTH, "",
    "Gửi Sở Nội vụ 01 bản để theo dõi", "2024-02-29", "end of month"],
  ["2", "Trước 15/3/2024", "Tổ chức hội nghị quán triệt, triển khai nhiệm vụ cải cách hành chính năm 2024",
    "Sở Nội vụ", "Văn phòng UBND tỉnh", "", "2024-03-14", "before = D-1"],
  ["3", "31/3/2024", "Cập nhật danh sách công chức đầu mối làm công tác cải cách hành chính của cơ quan", BOTH, "",
    "", "2024-03-31", "that day"],
  ["4", "Tháng 4/2024", "Rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính trên Hệ thống thông tin " +
    "giải quyết TTHC tỉnh", "Văn phòng UBND tỉnh", `Sở Thông tin và Truyền thông; ${TT}`, "", "2024-04-30",
  "end of month"],
  ["5", "Quý II/2024", "Kiểm tra công tác cải cách hành chính, thực thi công vụ tại các cơ quan, đơn vị",
    "Sở Nội vụ", "Thanh tra tỉnh; Sở Tư pháp", "", "2024-06-20", "quarter rule: 20th of its last month"],
  ["6", "Tháng 5/2024", "Lập danh sách mẫu điều tra xã hội học (công chức, người dân, tổ chức) theo hướng dẫn",
    BOTH, "Bưu điện tỉnh", "Gửi Sở Nội vụ bản điện tử và bản giấy", "2024-05-31", "end of month"],
  ["7", "Tháng 6/2024", "Thẩm định, tổng hợp danh sách mẫu điều tra xã hội học toàn tỉnh", "Sở Nội vụ",
    "Cục Thống kê tỉnh", "Thời gian điều chỉnh theo Công văn số 415/BNV-CCHC ngày 29/01/2024 của Bộ Nội vụ: " +
    "hoàn thành trước ngày 15/7/2024", "2024-07-14", "Ghi chú moves it: 'trước ngày 15/7/2024' = 14/7"],
  ["8", "Từ tháng 7 đến tháng 9/2024", "Tổ chức điều tra xã hội học đo lường sự hài lòng của người dân, tổ chức " +
    "(SIPAS) năm 2024", "Sở Nội vụ", `Bưu điện tỉnh; ${HUY}`, "", "2024-09-30", "'từ A đến B' = end of B"],
  ["9", "Quý III/2024", "Tự kiểm tra việc thực hiện quy chế làm việc, quy chế văn hóa công sở tại cơ quan", BOTH,
    "", "Kết quả lồng ghép trong báo cáo quý III", "2024-09-20", "quarter rule"],
  ["10", "Tháng 10/2024", "Đánh giá mức độ chuyển đổi số của các sở, ban, ngành, UBND các huyện, thành phố năm 2024",
    "Sở Thông tin và Truyền thông", "Sở Nội vụ", "", "2024-10-31", "end of month"],
  ["11", "Trước 25/11/2024", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của cơ quan, đơn vị", BOTH,
    "", "Gửi Sở Nội vụ kèm tài liệu kiểm chứng", "2024-11-24", "before = D-1"],
  ["12", "Tháng 12/2024", "Thẩm định kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính của các cơ quan, đơn vị",
    "Sở Nội vụ", "Văn phòng UBND tỉnh; Sở Tư pháp", "", "2024-12-31", "end of month"],
  ["13", "Quý IV/2024", "Báo cáo kết quả thực hiện Kế hoạch năm 2024, đề xuất nhiệm vụ năm 2025", "Sở Nội vụ", SBN,
    "Trình UBND tỉnh", "2024-12-20", "quarter rule"],
  ["14", "Thường xuyên", "Tuyên truyền về cải cách hành chính trên Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh",
    "Báo Bắc Kạn; Đài Phát thanh - Truyền hình tỉnh", "Sở Thông tin và Truyền thông", "", null, "no task"],
];

const N = 6;
const sheet = {
  name: "Sheet1", widths: [6, 15, 50, 24, 24, 24], boxFrom: 6,
  rows: [
    { cells: [C("UBND TỈNH BẮC KẠN", { bold: true, align: "center", across: 1 })], box: false },
    title("PHỤ LỤC", N),
    title("LỊCH TRIỂN KHAI NHIỆM VỤ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH, CHỈ SỐ SIPAS NĂM 2024", N),
    title(`(Kèm theo Kế hoạch số ${NUM} ngày 02/02/2024 của UBND tỉnh Bắc Kạn)`, N, { bold: false, italic: true }),
    blank(),
    { cells: ["STT", "Thời gian", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"]
      .map((v) => C(v, H)) },
    { cells: ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"].map((v) => C(v, { align: "center", italic: true })) },
    ...ROWS.map(([stt, t, text, lead, co, gc]) => ({ cells: [C(stt, { align: "center" }), C(t, { align: "center" }),
      C(text), C(lead.replaceAll("; ", ";\n")), C(co.replaceAll("; ", ";\n")), C(gc, { italic: true })] })),
    blank(),
    note("Ghi chú:", N, { bold: true }),
    note("- Nhiệm vụ có thời gian thực hiện theo quý: các cơ quan, đơn vị hoàn thành chậm nhất ngày 20 của tháng " +
      "cuối quý.", N),
    note("- Sản phẩm, báo cáo gửi về Sở Nội vụ (qua Phòng Cải cách hành chính) bằng văn bản điện tử trên Hệ thống " +
      "quản lý văn bản và điều hành.", N),
    note("- Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng " +
      "hợp, báo cáo UBND tỉnh xem xét.", N),
  ],
};

await saveBook(DIR, [sheet], { creator: "Nong Thi Hoa", created: "2024-01-30T02:40:00Z",
  modified: "2024-02-02T04:10:00Z" });

const tasks = [];
const lines = [];
for (const [stt, t, text, lead, co, , due, how] of ROWS) {
  if (!due) {
    lines.push(`${stt} '${t}' ${how}`);
    continue;
  }
  const x = task(stt, text, due, units(lead), units(co));
  tasks.push(x);
  lines.push(`${when(stt, t, due)} (${how})`);
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Bắc Kạn, 02/02/2024 (before the reorganisation: old departments, districts), ` +
    "Chỉ số CCHC and SIPAS 2024: the plan's annex as the office's workbook (sheet 'Sheet1'): 'UBND TỈNH BẮC KẠN', " +
    "'PHỤ LỤC', title, '(Kèm theo Kế hoạch số … ngày 02/02/2024 …)' (number and date), blank; HEADER ON ROW 6 in " +
    "THE OFFICE'S OWN COLUMN ORDER STT | Thời gian | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Ghi " +
    "chú, a row of column numbers (1)..(6), rows ordered by time. TIMES TYPED AS TEXT. NOTES UNDER THE TABLE: the " +
    "first is a rule, 'theo quý … hoàn thành chậm nhất ngày 20 của tháng cuối quý' (Quý II = 20/6, III = 20/9, IV " +
    "= 20/12), the others send reports to Sở Nội vụ (recipient). Row 7's GHI CHÚ MOVES ITS DEADLINE: 'Tháng " +
    "6/2024' adjusted by a Bộ Nội vụ letter to 'trước ngày 15/7/2024' = 14/7. ref = STT. Dates: " +
    lines.join("; ") + ". 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts, several " +
    "units one a line ended by ';'; 'Trung tâm Phục vụ hành chính công tỉnh' unresolved. 'Gửi Sở Nội vụ', 'Trình " +
    "UBND tỉnh' in Ghi chú are recipients. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, plan.pdf its " +
    "print, plan.txt Excel's copy after the tab name.",
  province: "Bắc Kạn",
  plan: { number: NUM, date: "2024-02-02" },
  tasks,
  unresolved: [TT],
  successors: [],
});
