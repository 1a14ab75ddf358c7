// 12: Thái Nguyên 2024, before the reorganisation. Kế hoạch số 40/KH-UBND ngày 05/3/2024 of UBND tỉnh Thái Nguyên
// (nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh, PCI, năm 2024), typed whole in one sheet, as the Sở Kế hoạch và Đầu tư
// keeps it after the adjusting plan of July: the tasks that plan dropped are NOT deleted but STRUCK THROUGH (the
// font's strikethrough over STT, task, units and time) with a red note in "Ghi chú" ("Không thực hiện (điều chỉnh tại
// Kế hoạch số 118/KH-UBND ngày 12/7/2024)", "Không thực hiện; lồng ghép vào nhiệm vụ số 11"). A struck row is no task;
// the rest are read as ever. Excel's copy (plan.txt) loses the strike but keeps the note.
import { C, H, D, answerUnits, headerRows, saveBook, signRows, task, title, when, writeExpected } from "./common.mjs";

const ID = "12-thai-nguyen-2024-working-copy-dropped-rows-struck-through-not-deleted-khong-thuc-hien-note-cites-adjusting-plan";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "40/KH-UBND";
const KH = "Sở Kế hoạch và Đầu tư", VP = "Văn phòng UBND tỉnh", TN = "Sở Tài nguyên và Môi trường", TP = "Sở Tư pháp";
const TT = "Sở Thông tin và Truyền thông", CT = "Sở Công Thương", HH = "Hiệp hội Doanh nghiệp tỉnh";
const SBN = "Các sở, ban, ngành", HUYEN = "UBND các huyện, thành phố";
const MAP = { [SBN]: ["@departments"], [HUYEN]: ["@districts"] };
const ans = (names) => answerUnits(names, MAP);
const ADJ = "Không thực hiện (điều chỉnh tại Kế hoạch số 118/KH-UBND ngày 12/7/2024)";

// [STT, task, leads, partners, time (Date | text), note, struck, due | null, why]
const R = [
  ["1", "Tổ chức Hội nghị công bố kết quả PCI năm 2023, quán triệt nhiệm vụ cải thiện môi trường đầu tư kinh doanh " +
    "năm 2024", [KH], [VP, HH], D(2024, 3, 29), "", false, "2024-03-29", ""],
  ["2", "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp, nhà đầu tư", [KH], [HH, SBN],
    "Quý II/2024", "", false, "2024-06-30", "the quarter's last day"],
  ["3", "Xây dựng Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) năm 2024", [KH],
    [SBN, HUYEN], D(2024, 5, 31), ADJ, true, null, ""],
  ["4", "Rút ngắn thời gian giải quyết thủ tục hành chính về đất đai cho doanh nghiệp, nhà đầu tư", [TN], [HUYEN],
    D(2024, 6, 28), "", false, "2024-06-28", ""],
  ["5", "Công khai quy hoạch, kế hoạch sử dụng đất năm 2024 trên Cổng Thông tin điện tử tỉnh", [TN], [HUYEN],
    "Tháng 4/2024", "", false, "2024-04-30", "the month's last day"],
  ["6", "Rút ngắn thời gian tiếp cận điện năng, nâng cao chất lượng cung cấp điện", ["Công ty Điện lực Thái Nguyên"],
    [CT], "Thường xuyên", "", false, null, ""],
  ["7", "Thuê đơn vị tư vấn độc lập khảo sát ý kiến doanh nghiệp về môi trường kinh doanh của tỉnh", [KH], [HH],
    "Quý III/2024", "Không thực hiện; lồng ghép vào nhiệm vụ số 11", true, null, ""],
  ["8", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh liên quan đến hoạt động của doanh nghiệp", [TP],
    [SBN], D(2024, 9, 16), "", false, "2024-09-16", ""],
  ["9", "Rà soát kế hoạch thanh tra, kiểm tra doanh nghiệp năm 2025, bảo đảm không chồng chéo, trùng lặp",
    ["Thanh tra tỉnh"], [SBN, HUYEN], "Trước ngày 20/12/2024", "", false, "2024-12-19", "'Trước ngày X' = X - 1"],
  ["10", "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số, sử dụng nền tảng số", [TT], [KH, HH], D(2024, 11, 30), "",
    false, "2024-11-30", ""],
  ["11", "Tổ chức lấy ý kiến doanh nghiệp về chất lượng giải quyết thủ tục hành chính của các sở, ngành, địa phương",
    [KH], [HH, "Cục Thống kê tỉnh"], "Tháng 10/2024", "", false, "2024-10-31", "the month's last day"],
  ["12", "Xây dựng chuyên trang \"Doanh nghiệp hỏi - Chính quyền trả lời\" trên Cổng Thông tin điện tử tỉnh", [TT],
    [VP], D(2024, 8, 30), "Không thực hiện (đã có chuyên mục trên Cổng Thông tin điện tử tỉnh)", true, null, ""],
  ["13", "Giải quyết hồ sơ hoàn thuế, tháo gỡ vướng mắc về thuế cho doanh nghiệp", ["Cục Thuế tỉnh"],
    ["Kho bạc Nhà nước tỉnh"], "Quý IV/2024", "", false, "2024-12-31", "the quarter's last day"],
  ["14", "Báo cáo kết quả thực hiện 6 tháng đầu năm 2024, gửi Sở Kế hoạch và Đầu tư tổng hợp", [SBN, HUYEN], [],
    D(2024, 6, 15), "", false, "2024-06-15", ""],
  ["15", "Báo cáo kết quả thực hiện năm 2024, gửi Sở Kế hoạch và Đầu tư tổng hợp", [SBN, HUYEN], [],
    D(2024, 12, 10), "", false, "2024-12-10", ""],
];

const N = 6;
const rows = [
  ...headerRows({ up: "ỦY BAN NHÂN DÂN", agency: "TỈNH THÁI NGUYÊN", number: NUM,
    place: "Thái Nguyên, ngày 05 tháng 3 năm 2024" }, N),
  title("KẾ HOẠCH", N),
  title("Nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) tỉnh Thái Nguyên năm 2024", N),
  { cells: [C("", { across: N - 1 })], box: false },
  { cells: ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"]
    .map((h) => C(h, H)) },
];
const HEAD = rows.length;
const struck = [];
for (const r of R) {
  const time = r[4] instanceof Date ? C(r[4], { align: "center", fmt: "dd/mm/yyyy" }) : C(r[4], { align: "center" });
  rows.push({ cells: [C(r[0], { align: "center" }), r[1], r[2].join(";\n"), r[3].join(";\n"), time,
    C(r[5], { italic: true, color: "FFFF0000", size: 11 })] });
  if (r[6]) struck.push(rows.length);
}
rows.push({ cells: [C("", { across: N - 1 })], box: false });
rows.push(...signRows(["- Bộ Kế hoạch và Đầu tư (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
  "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành;", "- UBND các huyện, thành phố;",
  "- Hiệp hội Doanh nghiệp tỉnh;", "- Lưu: VT, KT."],
["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Đặng Xuân Trường"], N));

const sheet = {
  name: "KH PCI 2024", widths: [6, 54, 24, 26, 16, 28], boxFrom: HEAD, size: 12, rows,
  setup(ws) {
    // The office's strikethrough over the dropped rows (all but the note it typed beside them).
    for (const r of struck) {
      for (let c = 1; c < N; c++) {
        const cell = ws.getRow(r).getCell(c);
        cell.font = { ...cell.font, strike: true };
      }
    }
    ws.pageSetup.printTitlesRow = `${HEAD}:${HEAD}`;
  },
};
await saveBook(DIR, [sheet], { creator: "Phong KT - So KH&DT", created: "2024-03-05T02:00:00Z",
  modified: "2024-07-16T03:25:00Z", size: 12 });

const tasks = [];
const lines = [];
for (const r of R) {
  const written = r[4] instanceof Date ? `${r[4].getUTCDate()}/${r[4].getUTCMonth() + 1}` : `'${r[4]}'`;
  if (r[6]) { lines.push(`${r[0]} ${written} STRUCK ('${r[5]}'): no task`); continue; }
  if (!r[7]) { lines.push(`${r[0]} ${written} no task`); continue; }
  tasks.push(task(r[0], r[1], r[7], ans(r[2]), ans(r[3])));
  lines.push(when(r[0], r[4] instanceof Date ? null : r[4], r[7]) + (r[8] ? ` (${r[8]})` : ""));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 05/3/2024 (PCI 2024, before 1/7/2025), typed whole in one sheet, ` +
    "as the Sở Kế hoạch và Đầu tư keeps it after the adjusting plan 118/KH-UBND of 12/7/2024: the dropped tasks' rows " +
    "are STRUCK THROUGH (font strikethrough over STT, task, units and time; lost in plan.txt) with a red 'Ghi chú' " +
    "'Không thực hiện …' that every format keeps; a struck row is no task. The note's 'Kế hoạch số 118/KH-UBND ngày " +
    "12/7/2024' dates another document. " + lines.join("; ") + ". ref = STT. Units one a line; 'Các sở, ban, ngành' " +
    "= @departments, 'UBND các huyện, thành phố' = @districts; 'gửi Sở Kế hoạch và Đầu tư tổng hợp' names the " +
    "recipient. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, plan.pdf LibreOffice's print, plan.txt Excel's " +
    "copy.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2024-03-05" },
  tasks,
  unresolved: [],
  successors: [],
});
