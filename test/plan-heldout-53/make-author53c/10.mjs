// 10: Lai Châu 2024, before the reorganisation. Kế hoạch cải thiện, nâng cao Chỉ số PAPI năm 2024 typed in one sheet
// whose third column is "Cơ quan chủ trì, thời gian hoàn thành": ONE WRAPPED CELL HOLDING THE LEAD AND THE TIME,
// split by a manual line break (Alt+Enter) as the clerk typed it, in the clerk's varying ways: the unit then the time
// on its own line ("Sở Nội vụ" / "Tháng 3/2024"), the time in brackets ("(Quý II/2024)"), labelled ("Thời gian:
// 15/5/2024"), on the same line in brackets ("Sở Tài nguyên và Môi trường (Quý III/2024)"), two leads over one time.
// No separate time column; coordinators in their own column.
import { C, H, answerUnits, headerRows, note, saveBook, signRows, task, title, when, writeExpected } from "./common.mjs";

const ID = "10-lai-chau-2024-papi-plan-lead-and-time-in-one-wrapped-cell-alt-enter-line-breaks-no-time-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "52/KH-UBND";
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", TNMT = "Sở Tài nguyên và Môi trường", VP = "Văn phòng UBND tỉnh";
const SBN = "Các sở, ban, ngành", HUYEN = "UBND các huyện, thành phố";
const MAP = { [SBN]: ["@departments"], [HUYEN]: ["@districts"] };
const ans = (names) => answerUnits(names, MAP);

// group rows: ["I", text]; task rows: [TT, task, leads, the time as typed in the cell, how the cell is typed
// ("line" own line | "paren" own line in brackets | "label" "Thời gian: " | "same" same line in brackets), partners,
// due | null]
const R = [
  ["I", "THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"],
  ["1", "Tổ chức hội nghị quán triệt, triển khai Kế hoạch cải thiện, nâng cao Chỉ số PAPI năm 2024", [NV],
    "Tháng 3/2024", "line", [VP], "2024-03-31"],
  ["2", "Tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở năm 2022 đến cán bộ, công chức và Nhân dân", [TP],
    "Quý II/2024", "paren", ["Báo Lai Châu", "Đài Phát thanh - Truyền hình tỉnh"], "2024-06-30"],
  ["II", "CÔNG KHAI, MINH BẠCH"],
  ["3", "Công khai quy hoạch, kế hoạch sử dụng đất năm 2024 cấp huyện tại trụ sở UBND cấp xã và nhà văn hóa thôn, bản",
    [HUYEN], "Trước 30/4/2024", "line", [TNMT], "2024-04-29"],
  ["4", "Hướng dẫn công khai danh sách hộ nghèo, hộ cận nghèo năm 2024 tại thôn, bản",
    ["Sở Lao động - Thương binh và Xã hội"], "15/5/2024", "label", [HUYEN], "2024-05-15"],
  ["III", "TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN"],
  ["5", "Tổ chức đối thoại giữa người đứng đầu cơ quan hành chính với người dân, doanh nghiệp", [SBN, HUYEN],
    "Tháng 9/2024", "line", ["Ủy ban MTTQ Việt Nam tỉnh"], "2024-09-30"],
  ["IV", "KIỂM SOÁT THAM NHŨNG TRONG KHU VỰC CÔNG"],
  ["6", "Thanh tra trách nhiệm thực hiện công vụ của cán bộ, công chức trong giải quyết thủ tục hành chính",
    ["Thanh tra tỉnh"], "Trước ngày 30/10/2024", "line", [NV], "2024-10-29"],
  ["V", "THỦ TỤC HÀNH CHÍNH CÔNG"],
  ["7", "Niêm yết công khai đầy đủ, kịp thời thủ tục hành chính tại Bộ phận Một cửa các cấp", [VP], "Thường xuyên",
    "line", [SBN, HUYEN], null],
  ["8", "Rút ngắn thời gian giải quyết thủ tục hành chính lĩnh vực đất đai so với quy định", [TNMT], "Quý III/2024",
    "same", [HUYEN], "2024-09-30"],
  ["VI", "CUNG ỨNG DỊCH VỤ CÔNG"],
  ["9", "Rà soát, bổ sung trang thiết bị khám, chữa bệnh cho các trạm y tế xã, phường, thị trấn", ["Sở Y tế"],
    "Quý IV/2024", "line", ["Sở Tài chính"], "2024-12-31"],
  ["10", "Kiểm tra chất lượng nước sinh hoạt tại các công trình cấp nước sinh hoạt nông thôn",
    ["Sở Nông nghiệp và Phát triển nông thôn"], "31/8/2024", "line", ["Sở Y tế", HUYEN], "2024-08-31"],
  ["VII", "QUẢN TRỊ MÔI TRƯỜNG"],
  ["11", "Kiểm tra việc thu gom, xử lý rác thải sinh hoạt tại các khu dân cư tập trung", [TNMT], "Tháng 7/2024",
    "paren", [HUYEN], "2024-07-31"],
  ["VIII", "QUẢN TRỊ ĐIỆN TỬ"],
  ["12", "Hướng dẫn người dân sử dụng Cổng thông tin điện tử tỉnh và Cổng dịch vụ công trực tuyến",
    ["Sở Thông tin và Truyền thông"], "20/12/2024", "label", ["Bưu điện tỉnh", "Tỉnh đoàn"], "2024-12-20"],
  ["IX", "TỔ CHỨC THỰC HIỆN"],
  ["13", "Báo cáo kết quả thực hiện Kế hoạch năm 2024, gửi Sở Nội vụ tổng hợp, báo cáo UBND tỉnh", [SBN, HUYEN],
    "Trước 05/12/2024", "line", [], "2024-12-04"],
];

/** The lead-and-time cell as the clerk typed it. */
function leadCell(leads, time, how) {
  const units = leads.join(";\n");
  if (how === "same") return `${units} (${time})`;
  if (how === "paren") return `${units}\n(${time})`;
  if (how === "label") return `${units}\nThời gian: ${time}`;
  return `${units}\n${time}`;
}

const N = 4;
const rows = [
  ...headerRows({ up: "ỦY BAN NHÂN DÂN", agency: "TỈNH LAI CHÂU", number: NUM,
    place: "Lai Châu, ngày 05 tháng 3 năm 2024" }, N, 2, 0),
  title("KẾ HOẠCH", N),
  title("Cải thiện, nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) tỉnh Lai Châu năm 2024", N),
  { cells: [C("", { across: N - 1 })], box: false },
  { cells: ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì,\nthời gian hoàn thành", "Cơ quan phối hợp"]
    .map((h) => C(h, { ...H, fill: "FFE2EFDA" })) },
];
const HEAD = rows.length;
for (const r of R) {
  if (r.length === 2) {
    rows.push({ cells: [C(r[0], { bold: true, align: "center" }), C(r[1], { bold: true, across: N - 2 })] });
    continue;
  }
  rows.push({ cells: [C(r[0], { align: "center" }), r[1], C(leadCell(r[2], r[3], r[4]), { align: "center" }),
    r[5].join(";\n")] });
}
rows.push({ cells: [C("", { across: N - 1 })], box: false });
rows.push(note("Các cơ quan, đơn vị báo cáo đột xuất khi có yêu cầu; trong quá trình thực hiện, nếu có khó khăn, " +
  "vướng mắc, báo cáo UBND tỉnh (qua Sở Nội vụ) để xem xét, chỉ đạo.", N, { italic: true }));
rows.push(...signRows(["- Bộ Nội vụ (b/c);", "- TT. Tỉnh ủy, TT. HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
  "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, NC."],
["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Lò Văn Hùng"], N, 2, 0));

const sheet = {
  name: "KH PAPI 2024", widths: [6, 56, 32, 32], boxFrom: HEAD, size: 12, portrait: true, rows,
  setup(ws) { ws.pageSetup.printTitlesRow = `${HEAD}:${HEAD}`; },
};
await saveBook(DIR, [sheet], { creator: "Phong CCHC - So Noi vu", created: "2024-02-26T03:00:00Z",
  modified: "2024-03-05T07:45:00Z", size: 12 });

const tasks = [];
const lines = [];
for (const r of R) {
  if (r.length === 2) continue;
  const cell = leadCell(r[2], r[3], r[4]).replace(/\n/g, " ⏎ ");
  if (!r[6]) { lines.push(`${r[0]} '${r[3]}' no task`); continue; }
  tasks.push(task(r[0], r[1], r[6], ans(r[2]), ans(r[5])));
  lines.push(r[4] === "line" ? when(r[0], r[3], r[6]) : `${when(r[0], r[3], r[6])} (cell '${cell}')`);
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 05/3/2024 (before the reorganisation: old departments, districts), ` +
    "cải thiện Chỉ số PAPI năm 2024, typed in one sheet: header block, title, table TT | Nội dung nhiệm vụ | Cơ quan " +
    "chủ trì, thời gian hoàn thành | Cơ quan phối hợp, note, Nơi nhận, signature. No time column: the third column's " +
    "cell holds the lead AND the time, split by Alt+Enter line breaks (⏎ below): the lead is the unit line(s), the " +
    "due day is read from the time line, bare, in brackets, after 'Thời gian:', or in brackets on the unit's line. " +
    "Group rows I-IX (the eight PAPI areas and Tổ chức thực hiện) are no tasks; TT runs on 1-13 and is the ref. " +
    lines.join("; ") + ". 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts; 'gửi Sở Nội " +
    "vụ tổng hợp, báo cáo UBND tỉnh' names recipients. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, " +
    "plan.pdf LibreOffice's print, plan.txt Excel's copy (the wrapped cells quoted over lines).",
  province: "Lai Châu",
  plan: { number: NUM, date: "2024-03-05" },
  tasks,
  unresolved: [],
  successors: [],
});
