// 12: Thái Nguyên, April 2025 (before the reorganisation: districts, old departments). "Phụ lục" of Kế hoạch
// 64/KH-UBND ngày 11/4/2025 (nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết TTHC năm 2025) as
// a workbook: a TWO-ROW MERGED HEADER (STT | Nội dung nhiệm vụ | Đơn vị thực hiện: Chủ trì, Phối hợp | Thời gian:
// Bắt đầu, Hoàn thành | Ghi chú), STT TYPED AS TEXT ("1", "1.1" … "1.10", cells formatted "@" so 1.10 stays 1.10),
// GROUP ROWS in bold (group 2 with its own Bắt đầu / Hoàn thành, its first two tasks leaving theirs empty), times
// typed as text (days, months, quarters, "Trước …", a month with no year, "Thường xuyên"), abbreviated department
// names; a SECOND SHEET "Ghi chú" with the notes (how the columns read, the abbreviations).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, saveBook, title, unitsOf, when } from "./common.mjs";

const ID = "12-thai-nguyen-2025-phu-luc-two-row-merged-header-stt-as-text-1-10-group-time-notes-sheet";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "64/KH-UBND";
const SBN = "Các sở, ban, ngành", HUY = "UBND các huyện, thành phố", XTT = "UBND các xã, phường, thị trấn";
const MAP = { [SBN]: ["@departments"], [HUY]: ["@districts"], "Sở TT&TT": ["Sở Thông tin và Truyền thông"],
  "VP UBND tỉnh": ["Văn phòng UBND tỉnh"], "Sở LĐ-TBXH": ["Sở Lao động - Thương binh và Xã hội"],
  "Sở TN&MT": ["Sở Tài nguyên và Môi trường"], "Sở KH&ĐT": ["Sở Kế hoạch và Đầu tư"],
  "Đài PTTH tỉnh": ["Đài Phát thanh - Truyền hình tỉnh"] };
const units = (cell) => unitsOf(cell, MAP);

// group: {g, name, start, end, due}; task: [STT, task, lead, coordinators, start, end written, due (null: no task,
//   undefined: the group's)]
const ROWS = [
  { g: "1", name: "Nâng cao chất lượng tiếp nhận, giải quyết thủ tục hành chính", start: "", end: "" },
  ["1.1", "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết " +
    "TTHC tỉnh", "VP UBND tỉnh", `${SBN}; Sở TT&TT`, "Tháng 4/2025", "30/6/2025", "2025-06-30"],
  ["1.2", "Công khai kết quả giải quyết hồ sơ, thực hiện xin lỗi tổ chức, cá nhân khi giải quyết quá hạn",
    `${SBN}; ${HUY}`, "", "Tháng 4/2025", "Thường xuyên", null],
  ["1.3", "Tiếp nhận, giải quyết không phụ thuộc địa giới hành chính đối với 20 thủ tục lĩnh vực tư pháp",
    "Sở Tư pháp", HUY, "01/5/2025", "Quý III/2025", "2025-09-30"],
  ["1.4", "Khảo sát mức độ hài lòng của người dân, doanh nghiệp tại Bộ phận Một cửa cấp huyện", "Sở Nội vụ",
    `Bưu điện tỉnh; ${HUY}`, "Tháng 8/2025", "Tháng 10/2025", "2025-10-31"],
  ["1.5", "Chi trả trợ cấp xã hội hằng tháng không dùng tiền mặt cho đối tượng bảo trợ xã hội", "Sở LĐ-TBXH",
    `Bưu điện tỉnh; ${HUY}`, "Tháng 4/2025", "Tháng 6/2025", "2025-06-30"],
  ["1.6", "Rút ngắn thời gian giải quyết thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu", "Sở TN&MT", HUY,
    "Tháng 5/2025", "Trước 31/10/2025", "2025-10-30"],
  ["1.7", "Cắt giảm thời gian cấp giấy phép xây dựng nhà ở riêng lẻ trên địa bàn thành phố",
    "UBND thành phố Thái Nguyên", "Sở Xây dựng", "Tháng 5/2025", "31/8/2025", "2025-08-31"],
  ["1.8", "Đẩy mạnh đăng ký doanh nghiệp qua mạng điện tử, giảm hồ sơ nộp trực tiếp", "Sở KH&ĐT",
    "Hiệp hội Doanh nghiệp tỉnh", "Tháng 4/2025", "15/12/2025", "2025-12-15"],
  ["1.9", "Kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông tại cấp xã", HUY, XTT, "Tháng 6/2025",
    "Quý IV/2025", "2025-12-31"],
  ["1.10", "Hoàn thành số hóa sổ hộ tịch lưu trữ tại cấp huyện, cấp xã", "Sở Tư pháp",
    "UBND huyện Đại Từ; UBND huyện Định Hóa", "Tháng 4/2025", "Tháng 11", "2025-11-30"],
  { g: "2", name: "Ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết thủ tục hành chính",
    start: "Tháng 5/2025", end: "Tháng 9/2025", due: "2025-09-30" },
  ["2.1", "Tích hợp, cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia", "Sở TT&TT",
    "VP UBND tỉnh", "", "", undefined],
  ["2.2", "Triển khai ký số, lưu trữ điện tử hồ sơ thủ tục hành chính tại Bộ phận Một cửa các cấp",
    `${SBN}; ${HUY}`, "Sở TT&TT", "", "", undefined],
  ["2.3", "Nâng cấp ứng dụng tiếp nhận phản ánh, kiến nghị của người dân trên thiết bị di động", "Sở TT&TT",
    "Công an tỉnh", "Tháng 5/2025", "31/7/2025", "2025-07-31"],
  { g: "3", name: "Tuyên truyền, đối thoại, đánh giá kết quả", start: "", end: "" },
  ["3.1", "Tuyên truyền các mô hình, cách làm hay trong giải quyết thủ tục hành chính", "Báo Thái Nguyên",
    "Đài PTTH tỉnh; Sở Nội vụ", "Tháng 4/2025", "Thường xuyên", null],
  ["3.2", "Tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp về thủ tục hành chính",
    "VP UBND tỉnh", "Hiệp hội Doanh nghiệp tỉnh; Sở KH&ĐT", "Tháng 9/2025", "Tháng 10/2025", "2025-10-31"],
  ["3.3", "Đánh giá, công bố kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp quý III của các cơ quan, địa " +
    "phương", "VP UBND tỉnh", "Sở TT&TT", "Tháng 10/2025", "20/10/2025", "2025-10-20"],
  ["3.4", "Sơ kết, báo cáo kết quả thực hiện Kế hoạch năm 2025", "Sở Nội vụ", `${SBN}; ${HUY}`, "Tháng 11/2025",
    "Trước ngày 10/12/2025", "2025-12-09"],
];

const N = 7;
const text = { fmt: "@", align: "center" };
const sheet = {
  name: "Phụ lục", widths: [7, 48, 20, 26, 13, 14, 12], boxFrom: 5,
  rows: [
    title("PHỤ LỤC", N),
    title("NHIỆM VỤ NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2025",
      N),
    title(`(Kèm theo Kế hoạch số ${NUM} ngày 11/4/2025 của UBND tỉnh Thái Nguyên)`, N, { bold: false, italic: true }),
    blank(),
    { cells: [C("STT", { ...H, down: 1 }), C("Nội dung nhiệm vụ", { ...H, down: 1 }),
      C("Đơn vị thực hiện", { ...H, across: 1 }), C("Thời gian", { ...H, across: 1 }),
      C("Ghi chú", { ...H, down: 1 })] },
    { cells: ["Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành"].map((v) => C(v, H)) },
    ...ROWS.map((r) => (Array.isArray(r)
      ? { cells: [C(r[0], text), C(r[1]), C(r[2].replaceAll("; ", ";\n")), C(r[3].replaceAll("; ", ";\n")),
        C(r[4], { align: "center" }), C(r[5], { align: "center" }), C("")] }
      : { cells: [C(r.g, { ...text, bold: true }), C(r.name, { bold: true, across: 2 }),
        C(r.start, { bold: true, align: "center" }), C(r.end, { bold: true, align: "center" }), C("")] })),
  ],
};
const NOTES = [
  "Cột \"Hoàn thành\" là thời hạn hoàn thành nhiệm vụ; cột \"Bắt đầu\" là thời điểm triển khai thực hiện.",
  "Nhiệm vụ không ghi thời gian thì thực hiện theo thời gian của nhóm nhiệm vụ (dòng in đậm).",
  "Nhiệm vụ ghi \"Thường xuyên\" thực hiện liên tục trong năm, kết quả báo cáo cùng báo cáo cải cách hành chính " +
    "định kỳ.",
  "Chữ viết tắt: VP UBND tỉnh - Văn phòng UBND tỉnh; Sở TT&TT - Sở Thông tin và Truyền thông; Sở LĐ-TBXH - Sở Lao " +
    "động - Thương binh và Xã hội; Sở TN&MT - Sở Tài nguyên và Môi trường; Sở KH&ĐT - Sở Kế hoạch và Đầu tư; Đài " +
    "PTTH tỉnh - Đài Phát thanh - Truyền hình tỉnh.",
  "Cơ quan chủ trì tổng hợp kết quả thực hiện nhiệm vụ được giao, gửi Sở Nội vụ cùng báo cáo cải cách hành chính " +
    "năm 2025.",
];
const notes = {
  name: "Ghi chú", widths: [6, 100], portrait: true,
  rows: [
    title("GHI CHÚ", 2),
    blank(),
    ...NOTES.map((t, i) => ({ cells: [C(`${i + 1}.`, { align: "right" }), C(t)], box: false })),
  ],
};

await saveBook(DIR, [sheet, notes], { creator: "Duong Thi Lan", created: "2025-04-03T01:40:00Z",
  modified: "2025-04-11T09:05:00Z" });

const tasks = [];
const lines = [];
let group;
for (const r of ROWS) {
  if (!Array.isArray(r)) {
    group = r;
    if (r.end) lines.push(`group ${r.g} '${r.end}'`);
    continue;
  }
  const [stt, title, lead, co, , end, due] = r;
  if (due === null) {
    lines.push(`${stt} '${end}' no task`);
    continue;
  }
  const inherited = due === undefined;
  const t = task(stt, title, inherited ? group.due : due, units(lead), units(co), inherited);
  tasks.push(t);
  lines.push(when(stt, inherited ? `(empty: group ${group.g}'s)` : end, t.due));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 11/4/2025 (before the reorganisation: districts, old ` +
    "departments): its 'PHỤ LỤC' as a workbook of two sheets; '(Kèm theo Kế hoạch số …)' gives number and date. " +
    "Sheet 'Phụ lục': a TWO-ROW MERGED HEADER, STT | Nội dung nhiệm vụ | Đơn vị thực hiện (Chủ trì | Phối hợp) | " +
    "Thời gian (Bắt đầu | Hoàn thành) | Ghi chú; STT TYPED AS TEXT ('1.10' stays 1.10, after 1.9), ref = STT; bold " +
    "GROUP ROWS '1', '2', '3' (no task); due = Hoàn thành (Bắt đầu is no deadline); group 2's row has its own " +
    "Bắt đầu / Hoàn thành and tasks 2.1, 2.2 leave theirs empty: INHERITED (the notes sheet says so). 'Tháng 11' " +
    "has no year: the plan's, 2025. Dates: " + lines.join("; ") + ". Sheet 'Ghi chú': five notes, the abbreviations " +
    "spelt out (no task, no day). 'Các sở, ban, ngành' = @departments; 'UBND các huyện, thành phố' = @districts; " +
    "'UBND các xã, phường, thị trấn' = unresolved 'UBND cấp xã'; 'VP UBND tỉnh', 'Sở TT&TT', 'Sở LĐ-TBXH', " +
    "'Sở TN&MT', 'Sở KH&ĐT', 'Đài PTTH tỉnh' = their directory names. plan.xlsx (exceljs), .xls/.ods LibreOffice's " +
    "copies, plan.pdf its print, plan.txt Excel's copy of both sheets after their tab names.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2025-04-11" },
  tasks,
  unresolved: [XTT],
  successors: [],
});
