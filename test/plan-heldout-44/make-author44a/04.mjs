// 04: Lai Châu 2026 (after the reorganisation: merged departments, no districts, no communes in the directory), the
// annex of Kế hoạch 46/KH-UBND ngày 09/02/2026 (Chỉ số CCHC, SIPAS và chuyển đổi số năm 2026) as the office's
// workbook: ONE COLUMN "ĐƠN VỊ THỰC HIỆN" HOLDING LEAD AND PARTNERS (the lead marked "(chủ trì)", or "X chủ trì, phối
// hợp với Y, Z", or simply written first; a note under the table says so), a "KẾT QUẢ/SẢN PHẨM" column, deadlines
// as real Excel dates in most rows, typed "Quý III/2026", "Tháng 6/2026", "Trước 01/12/2026" in some, and rows
// "THƯỜNG XUYÊN" (no task). plan.xlsx by exceljs, .xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt
// Excel's copy.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, isoOf, writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, note, saveBook, title, when } from "./book.mjs";

const ID = "04-lai-chau-2026-one-don-vi-thuc-hien-column-lead-marked-chu-tri-or-first-ket-qua-san-pham-thuong-xuyen";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "46/KH-UBND";
const XP = "UBND các xã, phường", TT = "Trung tâm Phục vụ hành chính công tỉnh";
const SBN = "@departments";

// [STT, task, Đơn vị thực hiện as typed, lead (answer), partners (answer), Kết quả/Sản phẩm, time (Date | text),
//  due by hand for a typed time]
const ROWS = [
  ["1", "Xây dựng, ban hành kế hoạch cải cách hành chính năm 2026 của cơ quan, đơn vị", "Các sở, ban, ngành tỉnh",
    [SBN], [], "Kế hoạch được ban hành, gửi Sở Nội vụ", D(2026, 2, 28)],
  ["2", "Tuyên truyền, phổ biến về cải cách hành chính, vận hành chính quyền địa phương hai cấp",
    "Sở Văn hóa, Thể thao và Du lịch (chủ trì);\nBáo và Phát thanh, Truyền hình Lai Châu", [], [],
    "Tin, bài, chuyên mục", "Thường xuyên"],
  ["3", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành",
    "Sở Tư pháp (chủ trì);\ncác sở, ban, ngành", ["Sở Tư pháp"], [SBN], "Báo cáo kết quả rà soát",
    D(2026, 3, 31)],
  ["4", "Công bố danh mục thủ tục hành chính thực hiện dịch vụ công trực tuyến toàn trình, một phần",
    `Văn phòng UBND tỉnh;\nSở Khoa học và Công nghệ;\n${TT}`, ["Văn phòng UBND tỉnh"],
    ["Sở Khoa học và Công nghệ", TT], "Quyết định công bố của Chủ tịch UBND tỉnh", D(2026, 4, 15)],
  ["5", "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị và UBND các xã, phường",
    "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh, Thanh tra tỉnh", ["Sở Nội vụ"],
    ["Văn phòng UBND tỉnh", "Thanh tra tỉnh"], "Báo cáo kết quả kiểm tra", "Quý III/2026", "2026-09-30"],
  ["6", "Niêm yết, công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa cấp xã", XP, [XP], [],
    "Thủ tục hành chính được niêm yết, công khai", D(2026, 4, 30)],
  ["7", "Thanh toán trực tuyến phí, lệ phí trong giải quyết thủ tục hành chính",
    `Văn phòng UBND tỉnh (chủ trì);\n${TT};\n${XP}`, ["Văn phòng UBND tỉnh"], [TT, XP],
    "Tỷ lệ hồ sơ thanh toán trực tuyến đạt trên 50%", "Tháng 6/2026", "2026-06-30"],
  ["8", "Vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, bảo đảm an toàn thông tin",
    "Sở Khoa học và Công nghệ", [], [], "Hệ thống hoạt động ổn định", "Thường xuyên"],
  ["9", "Khảo sát, đo lường sự hài lòng của người dân, tổ chức (SIPAS) năm 2026",
    `Sở Nội vụ (chủ trì);\nBưu điện tỉnh;\n${XP}`, ["Sở Nội vụ"], ["Bưu điện tỉnh", XP],
    "Báo cáo kết quả khảo sát", D(2026, 10, 15)],
  ["10", "Hướng dẫn lập dự toán kinh phí thực hiện nhiệm vụ cải cách hành chính năm 2027",
    "Sở Tài chính (chủ trì), Sở Nội vụ", ["Sở Tài chính"], ["Sở Nội vụ"], "Văn bản hướng dẫn", D(2026, 10, 31)],
  ["11", "Đánh giá, xếp loại mức độ chuyển đổi số của các sở, ngành, xã, phường năm 2026",
    "Sở Khoa học và Công nghệ (chủ trì)\nSở Nội vụ", ["Sở Khoa học và Công nghệ"], ["Sở Nội vụ"],
    "Quyết định công bố kết quả", D(2026, 11, 20)],
  ["12", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 của cơ quan, đơn vị", "Các sở, ban, ngành tỉnh",
    [SBN], [], "Hồ sơ tự chấm điểm kèm tài liệu kiểm chứng", "Trước 01/12/2026", "2026-11-30"],
  ["13", "Thẩm định kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026",
    "Sở Nội vụ (chủ trì); Hội đồng thẩm định", ["Sở Nội vụ"], ["Hội đồng thẩm định"], "Kết quả thẩm định",
    D(2026, 12, 25)],
  ["14", "Cập nhật hồ sơ cán bộ, công chức trên Cơ sở dữ liệu quốc gia về cán bộ, công chức",
    `Sở Nội vụ (chủ trì);\ncác sở, ban, ngành;\n${XP}`, [], [], "Dữ liệu được cập nhật, làm sạch", "Thường xuyên"],
  ["15", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch năm 2026", "Sở Nội vụ", ["Sở Nội vụ"], [],
    "Báo cáo UBND tỉnh, Bộ Nội vụ", D(2027, 1, 15)],
];

const N = 5;
const sheet = {
  name: "PL nhiem vu", widths: [6, 50, 32, 30, 15], boxFrom: 5,
  rows: [
    title("PHỤ LỤC", N),
    title("NHIỆM VỤ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH, CHỈ SỐ SIPAS VÀ CHUYỂN ĐỔI SỐ NĂM 2026", N),
    title(`(Kèm theo Kế hoạch số ${NUM} ngày 09/02/2026 của UBND tỉnh Lai Châu)`, N, { bold: false, italic: true }),
    blank(),
    { cells: [C("STT", { ...H, down: 1 }), C("Nội dung nhiệm vụ", { ...H, down: 1 }), C("Đơn vị thực hiện", H),
      C("Kết quả/Sản phẩm", { ...H, down: 1 }), C("Thời gian hoàn thành", { ...H, down: 1 })], bold: true },
    { cells: [C("(đơn vị chủ trì ghi trước)", { align: "center", italic: true })] },
    ...ROWS.map(([stt, text, who, , , out, t]) => ({ cells: [C(stt, { align: "center" }), C(text), C(who), C(out),
      C(t, { align: "center" })] })),
    blank(),
    note("Ghi chú: Tại cột Đơn vị thực hiện, đơn vị có ghi “(chủ trì)”, hoặc được ghi đầu tiên, là đơn vị chủ " +
      "trì; các đơn vị còn lại là đơn vị phối hợp.", N, { italic: true }),
    note("Các nhiệm vụ thường xuyên thực hiện trong cả năm, kết quả tổng hợp trong báo cáo cải cách hành chính " +
      "định kỳ gửi Sở Nội vụ.", N, { italic: true }),
  ],
};

await saveBook(DIR, [sheet], { creator: "Tran Thi Mai Anh", created: "2026-02-03T01:15:00Z",
  modified: "2026-02-09T02:30:00Z", size: 12 });

const tasks = [];
const lines = [];
for (const [stt, text, , lead, co, , t, typedDue] of ROWS) {
  if (t === "Thường xuyên") {
    lines.push(`${stt} 'Thường xuyên' no task`);
    continue;
  }
  const due = t instanceof Date ? isoOf(t) : typedDue;
  tasks.push(task(stt, text, due, lead, co));
  lines.push(when(stt, t instanceof Date ? null : t, due));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 09/02/2026 (after the reorganisation: merged departments, no ` +
    "districts; no communes in the directory, 'UBND các xã, phường' = unresolved 'UBND cấp xã'), Chỉ số CCHC, " +
    "SIPAS and chuyển đổi số 2026: the plan's annex as the office's workbook (sheet 'PL nhiem vu'), 'PHỤ LỤC', " +
    "title, '(Kèm theo Kế hoạch số … ngày 09/02/2026 …)' (number and date); STT | Nội dung nhiệm vụ | ĐƠN VỊ THỰC " +
    "HIỆN (ONE COLUMN FOR LEAD AND PARTNERS, a second header row '(đơn vị chủ trì ghi trước)') | KẾT QUẢ/SẢN PHẨM | " +
    "Thời gian hoàn thành. As the note under the table says, the unit marked '(chủ trì)' or written first leads, " +
    "the others coordinate: forms 'X (chủ trì);' + one a line, 'X chủ trì, phối hợp với Y, Z', 'X (chủ trì), Y', " +
    "'X (chủ trì)' then Y on the next line, 'X; Y; Z' (first leads), a lone unit. Kết quả/Sản phẩm is the output " +
    "('Báo cáo UBND tỉnh, Bộ Nội vụ', 'gửi Sở Nội vụ': recipients). Deadlines: REAL EXCEL DATES (dd/mm/yyyy) = that " +
    "day; typed 'Quý III/2026' = 30/9, 'Tháng 6/2026' = 30/6, 'Trước 01/12/2026' = 30/11; 'THƯỜNG XUYÊN' rows are " +
    "no tasks. ref = STT. Dates: " + lines.join("; ") + ". 'Các sở, ban, ngành (tỉnh)' = @departments; " +
    "'Trung tâm Phục vụ hành chính công tỉnh' unresolved. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, " +
    "plan.pdf its print, plan.txt Excel's copy after the tab name.",
  province: "Lai Châu",
  plan: { number: NUM, date: "2026-02-09" },
  tasks,
  unresolved: [XP, TT],
  successors: [],
});
