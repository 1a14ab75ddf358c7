// 06: Bắc Kạn, April 2025 (before the reorganisation: old departments, districts). The Sở Nội vụ's REGISTER OF WORK
// THE PROVINCE ASSIGNED ("Sổ theo dõi nhiệm vụ UBND tỉnh giao về cải cách hành chính"), sent with its Công văn
// 612/SNV-CCHC ngày 14/4/2025 to urge the units on: one sheet "Sổ theo dõi", STT | Số, ký hiệu văn bản | Ngày văn
// bản | Trích yếu nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Hạn xử lý | Ghi chú. The document's number
// and date cells MERGED DOWN over the tasks one document gave; DOCUMENT DATES ARE NO DEADLINES; Hạn xử lý mixed:
// real Excel dates and typed words ("Quý II/2025", "Trước 15/5/2025", "Chậm nhất 10/5/2025", "Thường xuyên"); one
// overdue row; one Ghi chú that EXTENDS a deadline ("Đã được gia hạn đến ngày 20/5/2025 …").
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, isoOf, writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, note, saveBook, title, unitsOf, when } from "./common.mjs";

const ID = "06-bac-kan-2025-register-of-assigned-work-document-number-and-date-columns-merged-han-xu-ly";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "612/SNV-CCHC";
const SBN = "Các sở, ban, ngành", HUY = "UBND các huyện, thành phố", TTPV = "Trung tâm Phục vụ hành chính công tỉnh";
const U = { [SBN]: "@departments", [HUY]: "@districts", "Sở TT&TT": "Sở Thông tin và Truyền thông",
  "VP UBND tỉnh": "Văn phòng UBND tỉnh" };
const units = (cell) => unitsOf(cell, U);

// [document number, document date, rows merged (0 = merged above)], then per task:
// [STT, text, lead, coordinators, Hạn xử lý (Date | words), due (ISO | null), Ghi chú]
const ROWS = [
  [["15/KH-UBND", D(2025, 1, 20), 2], "1", "Xây dựng kế hoạch kiểm tra công tác cải cách hành chính năm 2025 của " +
    "cơ quan, đơn vị", `${SBN}; ${HUY}`, "", D(2025, 2, 28), "2025-02-28", "Quá hạn, còn 03 đơn vị chưa gửi"],
  [null, "2", "Tổ chức tự kiểm tra và gửi báo cáo kết quả tự kiểm tra công tác cải cách hành chính",
    `${SBN}; ${HUY}`, "", "Quý II/2025", "2025-06-30", ""],
  [["276/UBND-NCPC", D(2025, 2, 14), 1], "3", "Rà soát, hoàn thiện danh mục vị trí việc làm trong các cơ quan " +
    "hành chính theo hướng dẫn của Bộ Nội vụ", "Sở Nội vụ", SBN, D(2025, 4, 30), "2025-05-20",
  "Đã được gia hạn đến ngày 20/5/2025 tại Công văn số 702/UBND-NCPC ngày 09/4/2025"],
  [["89/QĐ-UBND", D(2025, 2, 24), 1], "4", "Công bố danh mục thủ tục hành chính được chuẩn hóa thuộc thẩm quyền " +
    "giải quyết của cấp huyện, cấp xã", "VP UBND tỉnh", "Sở Tư pháp", "Trước 15/5/2025", "2025-05-14", ""],
  [["31/KH-UBND", D(2025, 3, 5), 3], "5", "Nâng cấp phần mềm một cửa điện tử, bảo đảm đồng bộ dữ liệu với Cổng " +
    "Dịch vụ công quốc gia", "Sở TT&TT", "VP UBND tỉnh; Công an tỉnh", D(2025, 6, 15), "2025-06-15", ""],
  [null, "6", "Hướng dẫn công chức Bộ phận Một cửa cấp huyện, cấp xã sử dụng chữ ký số trên thiết bị di động",
    "Sở TT&TT", HUY, "Tháng 5/2025", "2025-05-31", ""],
  [null, "7", "Theo dõi, đôn đốc việc tiếp nhận, giải quyết hồ sơ trực tuyến toàn trình trên địa bàn tỉnh",
    "Sở TT&TT", "VP UBND tỉnh", "Thường xuyên", null, "Báo cáo khi có yêu cầu"],
  [["412/UBND-KT", D(2025, 3, 12), 1], "8", "Rà soát, đề xuất cắt giảm chi phí tuân thủ thủ tục hành chính trong " +
    "lĩnh vực đầu tư", "Sở Kế hoạch và Đầu tư", "Sở Tài chính; Hiệp hội Doanh nghiệp tỉnh", D(2025, 4, 25),
  "2025-04-25", "Đang thực hiện"],
  [["518/UBND-NCPC", D(2025, 3, 25), 1], "9", "Báo cáo tình hình thực hiện cơ chế một cửa, một cửa liên thông quý " +
    "I năm 2025", `${SBN}; ${HUY}`, "", D(2025, 4, 18), "2025-04-18", "Gửi VP UBND tỉnh tổng hợp"],
  [["44/KH-UBND", D(2025, 3, 28), 2], "10", "Khảo sát, đo lường sự hài lòng của người dân đối với sự phục vụ của " +
    "cơ quan hành chính năm 2025", "Sở Nội vụ", `Bưu điện tỉnh; ${HUY}`, "Tháng 10/2025", "2025-10-31", ""],
  [null, "11", "Lập danh sách người dân, tổ chức đã giải quyết thủ tục hành chính để chọn mẫu khảo sát",
    `${HUY}; ${SBN}`, TTPV, "Trước ngày 30/6/2025", "2025-06-29", "Theo mẫu Phụ lục kèm Kế hoạch"],
  [["615/UBND-NCPC", D(2025, 4, 7), 2], "12", "Kiểm tra việc thực hiện quy định về văn hóa công vụ tại một số cơ " +
    "quan, đơn vị", "Sở Nội vụ", "Thanh tra tỉnh", "Quý III/2025", "2025-09-30", ""],
  [null, "13", "Xây dựng đề án sắp xếp đơn vị hành chính cấp xã, trình UBND tỉnh xem xét", HUY, "Sở Nội vụ",
    D(2025, 4, 28), "2025-04-28", "Chưa đến hạn"],
  [["47/TB-UBND", D(2025, 4, 9), 1], "14", "Hoàn thiện dự thảo Quy định đánh giá, chấm điểm Chỉ số cải cách hành " +
    "chính của các cơ quan, đơn vị", "Sở Nội vụ", "Sở Tư pháp", "Chậm nhất 10/5/2025", "2025-05-10", ""],
];

const N = 8;
const cut = (s) => s.replaceAll("; ", ";\n");
const sheet = {
  name: "Sổ theo dõi", widths: [5, 15, 12, 48, 20, 22, 14, 24], boxFrom: 7, size: 11,
  rows: [
    note("UBND TỈNH BẮC KẠN", N, { bold: false }),
    note("SỞ NỘI VỤ", N, { bold: true }),
    title("SỔ THEO DÕI NHIỆM VỤ UBND TỈNH GIAO VỀ CẢI CÁCH HÀNH CHÍNH NĂM 2025", N),
    title(`(Kèm theo Công văn số ${NUM} ngày 14/4/2025 của Sở Nội vụ về việc đôn đốc thực hiện nhiệm vụ)`, N,
      { bold: false, italic: true }),
    title("Số liệu cập nhật đến ngày 11/4/2025", N, { bold: false, italic: true, align: "right" }),
    blank(),
    { cells: ["STT", "Số, ký hiệu văn bản", "Ngày văn bản", "Trích yếu nội dung nhiệm vụ", "Đơn vị chủ trì",
      "Đơn vị phối hợp", "Hạn xử lý", "Ghi chú"].map((v) => C(v, { ...H, fill: "FFFCE4D6" })) },
    { cells: ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"].map((v) => C(v, { align: "center",
      italic: true })) },
    ...ROWS.map(([doc, stt, text, lead, co, han, , gc]) => ({ cells: [C(stt, { align: "center" }),
      ...(doc ? [C(doc[0], { align: "center", valign: "middle", down: doc[2] - 1 }),
        C(doc[1], { align: "center", valign: "middle", down: doc[2] - 1 })] : []),
      C(text), C(cut(lead)), C(cut(co)), C(han, { align: "center" }), C(gc, { italic: true })] })),
    blank(),
    note("Ghi chú: Cột (3) là ngày ban hành văn bản giao nhiệm vụ; hạn xử lý tại cột (7). Đề nghị các cơ quan, " +
      "đơn vị gửi báo cáo kết quả thực hiện về Sở Nội vụ (qua Phòng Cải cách hành chính) đúng hạn.", N,
    { italic: true }),
  ],
};

await saveBook(DIR, [sheet], { creator: "Nong Thi Huyen", created: "2025-01-22T01:40:00Z",
  modified: "2025-04-14T08:05:00Z", size: 11 });

const tasks = [];
const lines = [];
for (const [, stt, text, lead, co, han, due] of ROWS) {
  const written = han instanceof Date ? null : han;
  if (!due) {
    lines.push(`${stt} '${han}' no task`);
    continue;
  }
  tasks.push(task(stt, text, due, units(lead), units(co)));
  if (due !== (han instanceof Date ? isoOf(han) : due)) {
    lines.push(`${when(stt, null, isoOf(han))}, Ghi chú 'gia hạn đến ngày 20/5/2025' ${when("", null, due).trim()}`);
  } else lines.push(when(stt, written, due));
}
writeExpected(DIR, {
  id: ID,
  style: `Công văn ${NUM} of Sở Nội vụ tỉnh Bắc Kạn, 14/4/2025 (before the reorganisation), đôn đốc: its ` +
    "attachment as a WORKBOOK, sheet 'Sổ theo dõi', a REGISTER OF WORK THE PROVINCE ASSIGNED ('(Kèm theo Công văn " +
    "số … ngày 14/4/2025 …)' gives number and date; 'cập nhật đến ngày 11/4/2025' is no deadline). STT | Số, ký " +
    "hiệu văn bản | Ngày văn bản | Trích yếu nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Hạn xử lý | Ghi " +
    "chú. DOCUMENT NUMBER AND DATE CELLS MERGED DOWN over one document's tasks (1-2, 5-7, 10-11, 12-13); DOCUMENT " +
    "DATES ARE NO DEADLINES. Hạn xử lý: a REAL DATE = that day, or words ('Quý II/2025' = 30/6, 'Tháng M/Y' = last " +
    "day, 'Trước D' = D-1, 'Chậm nhất D' = D, 'Thường xuyên' = no task). Row 1 is overdue, still a task. Row 3's " +
    "GHI CHÚ EXTENDS ITS DEADLINE ('Đã được gia hạn đến ngày 20/5/2025'): due 20/5. ref = STT. Dates: " +
    lines.join("; ") + ". 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts, 'Sở " +
    "TT&TT', 'VP UBND tỉnh' the full names; units one a line ended by ';'; 'Trung tâm Phục vụ hành chính công tỉnh' " +
    "unresolved. 'Gửi VP UBND tỉnh', 'trình UBND tỉnh' are recipients. plan.txt: Excel's copy after the tab name " +
    "(a merged cell's value in its first row only); .xls/.ods LibreOffice's copies, plan.pdf its print.",
  province: "Bắc Kạn",
  plan: { number: NUM, date: "2025-04-14" },
  tasks,
  unresolved: [TTPV],
  successors: [],
});
