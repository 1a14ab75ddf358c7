// 10: Lai Châu 2025, before the reorganisation. The Sở Nội vụ's TRACKING SHEET of the tasks of Kế hoạch số 15/KH-UBND
// ngày 16/01/2025 of UBND tỉnh Lai Châu (cải cách hành chính năm 2025), as updated on 20/5/2025: beside the plan's
// "Thời hạn" (date cells dd/mm/yyyy, a few quarters in words) a "GIA HẠN ĐẾN" column filled on the rows UBND tỉnh
// allowed more time (a date cell, once a quarter in words) and a "LÝ DO GIA HẠN" column citing the request or letter
// (its own document dates), then "Tình hình thực hiện". The due day is the extended day where one is filled, else the
// plan's; the reason's dates date letters.
import { C, H, D, answerUnits, headerRows, note, saveBook, signRows, task, title, when, writeExpected } from "./common.mjs";

const ID = "10-lai-chau-2025-tracking-sheet-thoi-han-and-gia-han-den-columns-extended-day-is-due-ly-do-cites-letters";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "15/KH-UBND";
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông", TP = "Sở Tư pháp";
const SBN = "Các sở, ban, ngành", HUYEN = "UBND các huyện, thành phố", BD = "Bưu điện tỉnh";
const MAP = { [SBN]: ["@departments"], [HUYEN]: ["@districts"] };
const ans = (names) => answerUnits(names, MAP);

// [STT, task, leads, partners, Thời hạn (Date | text), Gia hạn đến (Date | text | ""), Lý do, status, due | null, why]
const R = [
  ["1", "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025", [NV], [VP], D(2025, 2, 28), "", "",
    "Đã hoàn thành (KH số 52/KH-SNV)", "2025-02-28", ""],
  ["2", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025", [NV], [TT, "Báo Lai Châu",
    "Đài Phát thanh - Truyền hình tỉnh"], D(2025, 3, 14), "", "", "Đã hoàn thành", "2025-03-14", ""],
  ["3", "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính, giấy tờ công dân thuộc phạm vi quản lý",
    [VP], [SBN], D(2025, 3, 31), D(2025, 4, 30), "Chờ các bộ, ngành công bố thủ tục hành chính sửa đổi, bổ sung " +
    "(Công văn số 418/VP-KSTT ngày 25/3/2025)", "Đang thực hiện", "2025-04-30", "extended"],
  ["4", "Rà soát, hoàn thiện Đề án vị trí việc làm của các cơ quan, đơn vị hành chính", [NV], [SBN], "Quý I/2025",
    "Quý II/2025", "Chờ hướng dẫn của Bộ Nội vụ sau sắp xếp tổ chức bộ máy", "Đang thực hiện", "2025-06-30",
    "extended, the quarter's last day"],
  ["5", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp huyện, cấp xã", [HUYEN], [TT],
    D(2025, 6, 30), "", "", "Đang thực hiện (đạt 62%)", "2025-06-30", ""],
  ["6", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đáp ứng yêu cầu kết nối, chia sẻ dữ liệu",
    [TT], [VP], D(2025, 4, 30), D(2025, 5, 31), "Nhà thầu chậm bàn giao phần mềm (Tờ trình số 96/TTr-STTTT ngày " +
    "22/4/2025)", "Đang thực hiện", "2025-05-31", "extended"],
  ["7", "Tổ chức Hội nghị tập huấn nghiệp vụ cải cách hành chính cho công chức làm công tác cải cách hành chính", [NV],
    [], D(2025, 4, 25), "", "", "Đã hoàn thành", "2025-04-25", ""],
  ["8", "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị theo Kế hoạch kiểm tra", [NV], [VP, TP],
    "Quý II/2025", D(2025, 8, 15), "Lùi thời gian kiểm tra để phù hợp với việc sắp xếp đơn vị hành chính cấp xã",
    "Chưa thực hiện", "2025-08-15", "extended"],
  ["9", "Điều tra xã hội học đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính " +
    "nhà nước", [NV], [BD, HUYEN], "Tháng 8/2025", "", "", "Chưa thực hiện", "2025-08-31", "the month's last day"],
  ["10", "Triển khai tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích tại " +
    "nhà", [BD], [VP, HUYEN], D(2025, 5, 30), D(2025, 7, 30), "Theo đề nghị của Bưu điện tỉnh tại Văn bản số " +
    "245/BĐLC-KD ngày 12/5/2025", "Đang thực hiện", "2025-07-30", "extended"],
  ["11", "Thẩm định, xác định kết quả Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành, UBND các huyện, " +
    "thành phố", ["Hội đồng thẩm định"], [NV], D(2025, 3, 31), D(2025, 4, 25), "Theo Công văn số 1021/BNV-CCHC ngày " +
    "10/3/2025 của Bộ Nội vụ", "Đã hoàn thành", "2025-04-25", "extended"],
  ["12", "Báo cáo kết quả cải cách hành chính quý I năm 2025, gửi Sở Nội vụ tổng hợp", [SBN, HUYEN], [],
    D(2025, 3, 12), "", "", "Đã hoàn thành", "2025-03-12", ""],
  ["13", "Báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2025, gửi Sở Nội vụ tổng hợp", [SBN, HUYEN], [],
    D(2025, 6, 12), "", "", "Chưa đến hạn", "2025-06-12", ""],
  ["14", "Duy trì áp dụng, cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015", [SBN, HUYEN], [],
    "Thường xuyên", "", "", "Đang thực hiện", null, ""],
];

const N = 9;
const cellOf = (v) => (v instanceof Date ? C(v, { align: "center", fmt: "dd/mm/yyyy" }) : C(v, { align: "center" }));
const rows = [
  ...headerRows({ up: "UBND TỈNH LAI CHÂU", agency: "SỞ NỘI VỤ", place: "Lai Châu, ngày 20 tháng 5 năm 2025" }, N, 3),
  title("BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025", N),
  title(`(Theo Kế hoạch số ${NUM} ngày 16/01/2025 của UBND tỉnh Lai Châu; số liệu cập nhật đến ngày 20/5/2025)`, N,
    { bold: false, italic: true }),
  { cells: [C("", { across: N - 1 })], box: false },
  { cells: ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Gia hạn đến", "Lý do gia hạn",
    "Tình hình thực hiện", "Ghi chú"].map((h) => C(h, { ...H, fill: "FFFCE4D6" })) },
];
const HEAD = rows.length;
for (const r of R) {
  rows.push({ cells: [C(r[0], { align: "center" }), r[1], r[2].join(";\n"), r[3].join(";\n"), cellOf(r[4]),
    C(cellOf(r[5]).v, { ...cellOf(r[5]), color: "FFC00000", bold: r[5] !== "" }), C(r[6], { size: 11 }), r[7], ""] });
}
rows.push({ cells: [C("", { across: N - 1 })], box: false });
rows.push(note("Ghi chú: Cột \"Gia hạn đến\" ghi thời hạn mới đối với nhiệm vụ được Chủ tịch UBND tỉnh đồng ý gia hạn; " +
  "các nhiệm vụ còn lại thực hiện theo thời hạn tại Kế hoạch.", N, { italic: true }));
rows.push(...signRows(["- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các sở, ban, ngành tỉnh;",
  "- UBND các huyện, thành phố;", "- Lưu: VT, CCHC."],
["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "", "Tẩn Thị Mai"], N, 3));

const sheet = {
  name: "Theo doi KH 15", widths: [5, 44, 20, 24, 13, 13, 30, 18, 10], boxFrom: HEAD, size: 11, rows,
  setup(ws) {
    ws.views = [{ state: "frozen", ySplit: HEAD, showGridLines: false }];
    ws.pageSetup.printTitlesRow = `${HEAD}:${HEAD}`;
  },
};
await saveBook(DIR, [sheet], { creator: "Phong CCHC - SNV Lai Chau", created: "2025-01-20T02:30:00Z",
  modified: "2025-05-20T09:05:00Z", size: 11 });

const show = (v) => (v instanceof Date ? null : v);
const tasks = [];
const lines = [];
for (const r of R) {
  if (!r[8]) { lines.push(`${r[0]} '${r[4]}' no task`); continue; }
  tasks.push(task(r[0], r[1], r[8], ans(r[2]), ans(r[3])));
  const plan = r[4] instanceof Date ? `${r[4].getUTCDate()}/${r[4].getUTCMonth() + 1}` : `'${r[4]}'`;
  lines.push(r[5] === "" ? when(r[0], show(r[4]), r[8]) + (r[9] ? ` (${r[9]})` : "")
    : when(`${r[0]} Thời hạn ${plan}, Gia hạn đến`, show(r[5]), r[8]) + ` (${r[9]})`);
}
writeExpected(DIR, {
  id: ID,
  style: `The Sở Nội vụ Lai Châu's tracking sheet (20/5/2025) of Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 16/01/2025 ` +
    "(CCHC năm 2025, before 1/7/2025): header block of the Sở (no number), title naming the plan, table, Nơi nhận, " +
    "signature. Beside the plan's 'Thời hạn' a 'GIA HẠN ĐẾN' column (red) filled on 6 rows and a 'Lý do gia hạn' " +
    "column; the note says an extended row runs to its new day, so due = 'Gia hạn đến' where filled, else 'Thời " +
    "hạn'. The reasons' dates (Công văn 418/VP-KSTT 25/3/2025, Văn bản 245/BĐLC-KD 12/5/2025 …) date letters. A " +
    "task done ('Đã hoàn thành') is still a task of the plan. " + lines.join("; ") + ". ref = STT. Units one a " +
    "line; 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts; 'gửi Sở Nội vụ tổng hợp' " +
    "names the recipient. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, plan.pdf LibreOffice's print, " +
    "plan.txt Excel's copy.",
  province: "Lai Châu",
  plan: { number: NUM, date: "2025-01-16" },
  tasks,
  unresolved: [],
  successors: [],
});
