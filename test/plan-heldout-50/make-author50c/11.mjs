// 11: Bắc Kạn 2024 (before the reorganisation). The Sở Tư pháp's follow-up workbook of Kế hoạch 25/KH-UBND ngày
// 18/01/2024 (phổ biến, giáo dục pháp luật năm 2024), as saved in June: the visible sheet "Theo doi 2024" whose
// "Thời gian hoàn thành" cells are real dates FORMATTED "dd/mm" (NO YEAR SHOWN; the year is the title's), some text;
// "Kết quả thực hiện" and "Ngày hoàn thành" columns filled on the done rows (dates that are no deadlines); and a
// HIDDEN SHEET "Du thao" left in the file: the draft table sent for comments in January, with the draft's own,
// older deadlines and one task dropped later. The hidden draft is no part of the plan (not copied, not printed).
import { C, H, D, blank, note, saveBook, task, title, when, writeExpected } from "./common.mjs";

const ID = "11-bac-kan-2024-hidden-draft-sheet-left-in-file-dd-mm-format-no-year-ket-qua-ngay-hoan-thanh-columns";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "25/KH-UBND";
const SBN = "Các sở, ban, ngành", HUYEN = "UBND các huyện, thành phố";
const MAP = {
  [SBN]: ["@departments"], "các sở, ban, ngành": ["@departments"], [HUYEN]: ["@districts"],
  "Sở TT&TT": ["Sở Thông tin và Truyền thông"], "Sở GD&ĐT": ["Sở Giáo dục và Đào tạo"],
  "Sở TN&MT": ["Sở Tài nguyên và Môi trường"], "Sở LĐ-TB&XH": ["Sở Lao động - Thương binh và Xã hội"],
  "Đài PT-TH tỉnh": ["Đài Phát thanh - Truyền hình tỉnh"], "Sở GTVT": ["Sở Giao thông vận tải"],
  "Ủy ban MTTQ Việt Nam tỉnh": ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
};
const ans = (cell) => [...new Set(cell.split(/;\s*/).filter(Boolean).flatMap((n) => MAP[n] ?? [n]))];

// [STT, task, lead ("; "), partners ("; "), time (Date shown dd/mm | text), due | null, result, done day | "",
//  draft time (the hidden sheet's cell) | undefined = not in the draft]
const R = [
  ["1", "Xây dựng, ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2024 của cơ quan, đơn vị, địa phương",
    `${SBN}; ${HUYEN}`, "", D(2024, 2, 15), "2024-02-15", "Đã hoàn thành (19/20 đơn vị)", D(2024, 2, 22), D(2024, 2, 7)],
  ["2", "Tổ chức Hội nghị phổ biến các luật mới được Quốc hội thông qua tại Kỳ họp thứ 6",
    "Sở Tư pháp", "Sở TT&TT", D(2024, 3, 29), "2024-03-29", "Đã tổ chức", D(2024, 3, 28), D(2024, 3, 15)],
  ["3", "Tổ chức Cuộc thi trực tuyến tìm hiểu Luật Đất đai năm 2024 trên địa bàn tỉnh",
    "Sở Tư pháp", "Sở TN&MT; Báo Bắc Kạn", "Tháng 5 - 6", "2024-06-30", "Đang tổ chức, 6.120 lượt dự thi", "",
    "Tháng 5"],
  ["4", "Phổ biến pháp luật cho đồng bào dân tộc thiểu số tại các thôn, bản vùng đặc biệt khó khăn",
    "Ban Dân tộc tỉnh", `Sở Tư pháp; ${HUYEN}`, D(2024, 9, 30), "2024-09-30", "", "", D(2024, 9, 30)],
  ["5", "Đưa tin, bài tuyên truyền pháp luật trên Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh",
    "Báo Bắc Kạn; Đài PT-TH tỉnh", "Sở Tư pháp", "Thường xuyên", null, "", "", "Thường xuyên"],
  ["6", "Lồng ghép giáo dục pháp luật trong nhà trường, tổ chức ngoại khóa về an toàn giao thông",
    "Sở GD&ĐT", "Tỉnh đoàn", D(2024, 5, 31), "2024-05-31", "Đã hoàn thành", D(2024, 5, 24), D(2024, 5, 15)],
  ["7", "Tuyên truyền pháp luật về trật tự an toàn giao thông, phòng cháy chữa cháy tại khu dân cư",
    "Công an tỉnh", "Sở GTVT", D(2024, 4, 30), "2024-04-30", "Đã hoàn thành", D(2024, 4, 26), D(2024, 4, 30)],
  ["8", "Bồi dưỡng kiến thức, kỹ năng cho đội ngũ báo cáo viên pháp luật cấp tỉnh, cấp huyện",
    "Sở Tư pháp", "Sở Nội vụ", D(2024, 7, 20), "2024-07-20", "", "", D(2024, 6, 28)],
  ["9", "Kiện toàn tổ hòa giải ở cơ sở, tập huấn nghiệp vụ cho hòa giải viên",
    HUYEN, "Sở Tư pháp; Ủy ban MTTQ Việt Nam tỉnh", D(2024, 6, 15), "2024-06-15", "Đang thực hiện", "",
    D(2024, 6, 15)],
  ["10", "Phổ biến pháp luật lao động, bảo hiểm xã hội cho người lao động trong doanh nghiệp",
    "Sở LĐ-TB&XH", "Liên đoàn Lao động tỉnh; Bảo hiểm xã hội tỉnh", D(2024, 8, 31), "2024-08-31", "", "", undefined],
  ["11", "Kiểm tra công tác phổ biến, giáo dục pháp luật tại một số sở, ngành, huyện",
    "Sở Tư pháp", "Sở Nội vụ", "Quý III", "2024-09-30", "", "", "Tháng 8"],
  ["12", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Sở Tư pháp", "các sở, ban, ngành", D(2024, 11, 8), "2024-11-08", "", "", D(2024, 11, 9)],
  ["13", "Báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2024 gửi Sở Tư pháp tổng hợp",
    `${SBN}; ${HUYEN}`, "", D(2024, 11, 15), "2024-11-15", "", "", D(2024, 11, 30)],
];
// In the draft only: dropped after the departments' comments.
const DROPPED = ["14", "Xây dựng tủ sách pháp luật điện tử tại các xã đặc biệt khó khăn", "Sở Tư pháp", "Sở TT&TT",
  D(2024, 10, 31)];

const N = 8;
const MID = { align: "center" };
const head = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
  "Kết quả thực hiện", "Ngày hoàn thành", "Ghi chú"];
const visible = {
  name: "Theo doi 2024", widths: [5, 46, 20, 24, 12, 20, 12, 12], boxFrom: 6, size: 11,
  rows: [
    { cells: [C("SỞ TƯ PHÁP TỈNH BẮC KẠN", { bold: true, align: "center", across: 1 })], box: false },
    title("THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2024", N),
    title(`(Kế hoạch số ${NUM} ngày 18/01/2024 của UBND tỉnh Bắc Kạn)`, N, { bold: false, italic: true }),
    note("Cập nhật đến ngày 20/6/2024", N, { italic: true, align: "right" }),
    blank(),
    { cells: head.map((h) => C(h, { ...H, fill: "FFE2EFDA" })) },
    ...R.map((r) => ({ cells: [C(r[0], MID), r[1], r[2].split("; ").join(";\n"), r[3].split("; ").join(";\n"),
      C(r[4], { align: "center", ...(r[4] instanceof Date ? { fmt: "dd/mm" } : {}) }), r[6],
      C(r[7], { align: "center", ...(r[7] instanceof Date ? { fmt: "dd/mm/yyyy" } : {}) }), ""] })),
    blank(),
    note("Ghi chú: Thời gian hoàn thành trong năm 2024; các đơn vị gửi kết quả về Phòng Phổ biến, giáo dục pháp luật " +
      "- Sở Tư pháp trước ngày 20 hằng tháng để cập nhật.", N, { italic: true }),
  ],
  setup(ws) { ws.views = [{ state: "frozen", ySplit: 6, showGridLines: false }]; ws.pageSetup.printTitlesRow = "6:6"; },
};
const draftRows = [...R.filter((r) => r[8] !== undefined).map((r) => [r[0], r[1], r[2], r[3], r[8]]), DROPPED];
const hidden = {
  name: "Du thao", widths: [5, 46, 20, 24, 14], boxFrom: 4, size: 11, hidden: true,
  rows: [
    title("DỰ THẢO - DANH MỤC NHIỆM VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2024 (xin ý kiến các sở, ngành)", 5),
    note("Bản gửi xin ý kiến ngày 05/01/2024", 5, { italic: true }),
    blank(),
    { cells: ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"].map((h) => C(h, H)) },
    ...draftRows.map((r, i) => ({ cells: [C(String(i + 1), MID), r[1], r[2], r[3],
      C(r[4], { align: "center", ...(r[4] instanceof Date ? { fmt: "dd/mm/yyyy" } : {}) })] })),
  ],
};
await saveBook(DIR, [visible, hidden], { creator: "Phong PBGDPL - STP", created: "2024-01-05T01:15:00Z",
  modified: "2024-06-20T09:30:00Z", size: 11, active: 0 });

const tasks = [];
const lines = [];
for (const r of R) {
  if (!r[5]) { lines.push(`${r[0]} '${r[4]}' no task`); continue; }
  tasks.push(task(r[0], r[1], r[5], ans(r[2]), ans(r[3])));
  lines.push(when(r[0], r[4] instanceof Date ? `${r[5].slice(8)}/${r[5].slice(5, 7)}` : r[4], r[5]));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Bắc Kạn, 18/01/2024 (phổ biến, giáo dục pháp luật 2024), as the Sở Tư ` +
    "pháp's FOLLOW-UP WORKBOOK saved on 20/6/2024: visible sheet 'Theo doi 2024' (STT | Nội dung công việc | Cơ " +
    "quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Kết quả thực hiện | Ngày hoàn thành | Ghi chú) and a " +
    "HIDDEN sheet 'Du thao', the January draft left in the file with its older times and a task 14 dropped later: " +
    "the hidden draft is no part of the plan (no tasks, no deadlines from it). ref = STT. Thời gian hoàn thành: " +
    "real dates FORMATTED 'dd/mm' (no year shown; the cells hold 2024, the title's year) or text in 2024 ('Tháng " +
    "5 - 6' = 30/6, 'Quý III' = 30/9, 'Thường xuyên' no task): " + lines.join("; ") + ". 'Ngày hoàn thành' (the " +
    "day a task was done), 'Cập nhật đến ngày 20/6/2024' and 'trước ngày 20 hằng tháng' (a recurring update) are " +
    "no deadlines; 'Kết quả thực hiện' drops no task. Names one a line: 'Các sở, ban, ngành' = @departments, " +
    "'UBND các huyện, thành phố' = @districts (both lead 1 and 13: 'gửi Sở Tư pháp' names the recipient), 'Sở " +
    "TT&TT', 'Sở TN&MT', 'Sở GTVT', 'Sở LĐ-TB&XH', 'Sở GD&ĐT', 'Đài PT-TH tỉnh' their directory names; row 5 (two " +
    "leads) is 'Thường xuyên': no task. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies (the draft stays " +
    "hidden), plan.pdf its print (the hidden sheet not printed), plan.txt Excel's copy of the visible sheet.",
  province: "Bắc Kạn",
  plan: { number: NUM, date: "2024-01-18" },
  tasks,
  unresolved: [],
  successors: [],
});
