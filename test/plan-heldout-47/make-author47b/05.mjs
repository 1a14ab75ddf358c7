// 05: Lai Châu 2026 (after the reorganisation: merged departments, communes and wards, no districts), Kế hoạch
// 41/KH-UBND ngày 04/02/2026 (thông tin, tuyên truyền cải cách hành chính năm 2026) as the Sở Nội vụ keeps its
// annex: one sheet "Tiến độ 2026", STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện
// năm 2026 (merged over MONTH COLUMNS "T1" … "T12") | Sản phẩm; each task MARKED "x" over the months it runs, NO
// WRITTEN TIME COLUMN: the due day is the end of the last marked month, as the note under the table says. Group rows
// I..IV, tasks numbered 1..15 across groups; one row with no mark ("Khi có yêu cầu"): no task. One old department
// ("Sở Thông tin và Truyền thông") left from last year's table: a successor.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, note, saveBook, title, unitsOf, when } from "./common.mjs";

const ID = "05-lai-chau-2026-month-columns-t1-t12-marked-x-due-end-of-last-marked-month";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "41/KH-UBND";
const SBN = "Các sở, ban, ngành", XP = "UBND các xã, phường", TTTT = "Sở Thông tin và Truyền thông";
const BAO = "Báo và Phát thanh, Truyền hình Lai Châu";
const U = { [SBN]: "@departments", [TTTT]: "Sở Khoa học và Công nghệ" };
const units = (cell) => unitsOf(cell, U);
const LAST = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n) => String(n).padStart(2, "0");

// group: {g, name}; task: [STT, text, lead, coordinators, [first month, last month] | null, product]
const ROWS = [
  { g: "I", name: "TUYÊN TRUYỀN TRÊN BÁO CHÍ, CỔNG THÔNG TIN ĐIỆN TỬ" },
  ["1", "Duy trì chuyên mục “Cải cách hành chính - Vì dân phục vụ” phát sóng, đăng tải định kỳ", BAO,
    "Sở Nội vụ", [3, 11], "Chuyên mục hằng tháng"],
  ["2", "Đăng tin, bài phản ánh kết quả cải cách thủ tục hành chính trên Cổng Thông tin điện tử tỉnh",
    "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ", [2, 12], "Tin, bài"],
  ["3", "Cập nhật văn bản chỉ đạo, điều hành về cải cách hành chính lên trang thông tin điện tử của cơ quan, địa " +
    "phương", `${SBN}; ${XP}`, "", [2, 4], "Chuyên mục trên trang thông tin"],
  ["4", "Cung cấp thông tin về cải cách hành chính cho các cơ quan báo chí trung ương và địa phương", "Sở Nội vụ",
    SBN, null, "Khi có yêu cầu"],
  { g: "II", name: "TUYÊN TRUYỀN QUA HỘI NGHỊ, TẬP HUẤN VÀ CUỘC THI" },
  ["5", "Mở lớp bồi dưỡng kỹ năng tuyên truyền cải cách hành chính cho công chức đầu mối của cơ quan, đơn vị",
    "Sở Nội vụ", "Văn phòng UBND tỉnh", [5, 5], "01 lớp, 120 học viên"],
  ["6", "Phát động và tổ chức Cuộc thi trực tuyến tìm hiểu cải cách hành chính tỉnh Lai Châu năm 2026",
    "Sở Nội vụ", `${TTTT}; Tỉnh đoàn`, [6, 8], "Quyết định khen thưởng"],
  ["7", "Lồng ghép nội dung cải cách hành chính trong sinh hoạt định kỳ của đoàn viên, hội viên", "Tỉnh đoàn",
    "Hội Liên hiệp Phụ nữ tỉnh; Hội Nông dân tỉnh", [4, 9], "Báo cáo kết quả"],
  ["8", "Đưa nội dung tìm hiểu dịch vụ công trực tuyến vào hoạt động ngoại khóa của học sinh trung học phổ thông",
    "Sở Giáo dục và Đào tạo", "", [9, 11], "Kế hoạch của Sở"],
  { g: "III", name: "TUYÊN TRUYỀN TRỰC QUAN, TẠI BỘ PHẬN MỘT CỬA" },
  ["9", "Biên soạn, in tờ gấp hướng dẫn nộp hồ sơ trực tuyến bằng tiếng Việt và tiếng dân tộc Thái, Mông",
    "Sở Dân tộc và Tôn giáo", "Sở Nội vụ", [3, 4], "5.000 tờ gấp"],
  ["10", "Niêm yết công khai thủ tục hành chính, số điện thoại đường dây nóng tại Bộ phận Một cửa", XP,
    "Văn phòng UBND tỉnh", [2, 3], "Bảng niêm yết"],
  ["11", "Treo băng rôn, khẩu hiệu hưởng ứng cải cách hành chính tại trụ sở làm việc", `${SBN}; ${XP}`, "",
    [7, 7], "Băng rôn, khẩu hiệu"],
  { g: "IV", name: "KHẢO SÁT, KIỂM TRA VÀ BÁO CÁO" },
  ["12", "Khảo sát ý kiến người dân về hiệu quả công tác thông tin, tuyên truyền cải cách hành chính",
    "Sở Nội vụ", XP, [8, 10], "Báo cáo khảo sát"],
  ["13", "Kiểm tra việc thực hiện nhiệm vụ tuyên truyền cải cách hành chính tại một số cơ quan, địa phương",
    "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch", [10, 11], "Thông báo kết quả kiểm tra"],
  ["14", "Báo cáo kết quả thực hiện nhiệm vụ tuyên truyền cải cách hành chính của cơ quan, đơn vị", `${SBN}; ${XP}`,
    "", [11, 11], "Báo cáo gửi Sở Nội vụ"],
  ["15", "Tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh và Bộ Nội vụ", "Sở Nội vụ", "", [12, 12],
    "Báo cáo của UBND tỉnh"],
];

const N = 17;
const months = (span) => Array.from({ length: 12 }, (_, i) =>
  C(span && i + 1 >= span[0] && i + 1 <= span[1] ? "x" : "", { align: "center", valign: "middle" }));
const sheet = {
  name: "Tiến độ 2026", widths: [5, 46, 20, 22, ...Array(12).fill(4.5), 18], boxFrom: 6, size: 11,
  rows: [
    title("PHỤ LỤC", N),
    title("NỘI DUNG, TIẾN ĐỘ THỰC HIỆN CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026", N),
    title(`(Ban hành kèm theo Kế hoạch số ${NUM} ngày 04/02/2026 của Ủy ban nhân dân tỉnh Lai Châu)`, N,
      { bold: false, italic: true }),
    blank(),
    blank(),
    { cells: [C("STT", { ...H, down: 1 }), C("Nội dung công việc", { ...H, down: 1 }),
      C("Cơ quan chủ trì", { ...H, down: 1 }), C("Cơ quan phối hợp", { ...H, down: 1 }),
      C("Thời gian thực hiện năm 2026", { ...H, across: 11 }), C("Sản phẩm", { ...H, down: 1 })] },
    { cells: Array.from({ length: 12 }, (_, i) => C(`T${i + 1}`, H)) },
    ...ROWS.map((r) => (r.g
      ? { cells: [C(r.g, { bold: true, align: "center" }), C(r.name, { bold: true, across: 15 }), C("")] }
      : { cells: [C(r[0], { align: "center" }), C(r[1]), C(r[2].replaceAll("; ", ";\n")),
        C(r[3].replaceAll("; ", ";\n")), ...months(r[4]), C(r[5])] })),
    blank(),
    note("Ghi chú: Dấu (x) thể hiện tháng thực hiện nhiệm vụ; nhiệm vụ phải hoàn thành trong tháng cuối cùng được " +
      "đánh dấu. Cơ quan chủ trì gửi kết quả về Sở Nội vụ để tổng hợp.", N, { italic: true }),
  ],
};

await saveBook(DIR, [sheet], { creator: "Vang Thi Mai", created: "2026-01-28T01:30:00Z",
  modified: "2026-02-04T02:15:00Z", size: 11 });

const tasks = [];
const lines = [];
for (const r of ROWS) {
  if (r.g) continue;
  const [stt, text, lead, co, span] = r;
  if (!span) {
    lines.push(`${stt} no month marked ('Khi có yêu cầu') no task`);
    continue;
  }
  const due = `2026-${pad(span[1])}-${LAST[span[1]]}`;
  tasks.push(task(stt, text, due, units(lead), units(co)));
  const marked = span[0] === span[1] ? `x in T${span[0]}` : `x in T${span[0]}-T${span[1]}`;
  lines.push(when(stt, marked, due));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 04/02/2026 (after the reorganisation: merged departments, no ` +
    "districts; 'UBND các xã, phường' = unresolved 'UBND cấp xã'), thông tin, tuyên truyền CCHC 2026: the plan's " +
    "annex as the office's WORKBOOK, one sheet 'Tiến độ 2026' titled 'PHỤ LỤC' with '(Ban hành kèm theo Kế hoạch " +
    "số … ngày 04/02/2026 …)' (number and date); STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | " +
    "'Thời gian thực hiện năm 2026' merged over MONTH COLUMNS T1..T12 | Sản phẩm. NO WRITTEN TIME: each task is " +
    "MARKED 'x' in the months it runs; due = LAST DAY OF THE LAST MARKED MONTH of 2026 (the note under the table: " +
    "'hoàn thành trong tháng cuối cùng được đánh dấu'). GROUP ROWS I..IV (no unit, no mark: no task); STT runs " +
    "1..15 across groups, ref = STT. Row 4 has no mark (Sản phẩm 'Khi có yêu cầu'): no task. Dates: " +
    lines.join("; ") + ". 'Các sở, ban, ngành' = @departments; 'Sở Thông tin và Truyền thông' (a 2026 plan) is a " +
    "successor: Sở Khoa học và Công nghệ; 'Báo và Phát thanh, Truyền hình Lai Châu' is one unit (its comma is " +
    "part of the name); several units in a cell one a line ended by ';'. Sản phẩm and 'gửi … Sở Nội vụ', 'báo cáo " +
    "UBND tỉnh và Bộ Nội vụ' name recipients or products, no units. plan.xlsx (exceljs), .xls/.ods LibreOffice's " +
    "copies, plan.pdf its print, plan.txt Excel's copy after the tab name (a merged cell's value in its first cell).",
  province: "Lai Châu",
  plan: { number: NUM, date: "2026-02-04" },
  tasks,
  unresolved: [XP],
  successors: [{ written: TTTT, unit: "Sở Khoa học và Công nghệ" }],
});
