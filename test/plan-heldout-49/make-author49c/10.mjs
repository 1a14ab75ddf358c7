// 10: Lai Châu 2024 (before the reorganisation: departments as they were, districts). The Phụ lục of Kế hoạch
// 58/KH-UBND ngày 18/01/2024 (nâng cao Chỉ số CCHC, SIPAS năm 2024) as the Sở Nội vụ keeps it in Excel: the
// DEADLINE COLUMN SPLIT IN TWO, "Thời hạn" merged over "Ngày" | "Tháng" (the year only in the title; numbers typed
// as numbers, words typed as text: "Trước 30" | 6, "Cuối" | 9, "" | "Quý II", "" | "7-8", 10 | "01/2025",
// 20 | "Hằng tháng"); a column-number row under the header carries an AUTOFILTER that the office left on, hiding the
// rows whose "Loại nhiệm vụ" is "Thường xuyên" (hidden rows, not printed, not in Excel's copy); task rows GROUPED
// (outline level 1) under their bold group rows I..V, expanded, the +/- buttons above. STT runs 1..17 across groups.
import { C, H, answer, blank, note, saveBook, task, title, when, writeExpected } from "./common.mjs";

const ID = "10-lai-chau-2024-thoi-han-split-ngay-thang-columns-year-in-title-autofilter-hiding-rows-outline-grouped-rows";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "58/KH-UBND";
const SBN = "Các sở, ban, ngành tỉnh", HTP = "UBND các huyện, thành phố", XPT = "UBND các xã, phường, thị trấn";
const MAP = {
  [SBN]: ["@departments"], [HTP]: ["@districts"], "VP UBND tỉnh": ["Văn phòng UBND tỉnh"],
  "Sở TT&TT": ["Sở Thông tin và Truyền thông"], "Sở KH&ĐT": ["Sở Kế hoạch và Đầu tư"],
  "Sở LĐ-TB&XH": ["Sở Lao động - Thương binh và Xã hội"], "Đài PT-TH tỉnh": ["Đài Phát thanh - Truyền hình tỉnh"],
  "KBNN tỉnh": ["Kho bạc Nhà nước tỉnh"],
};
const TX = "Thường xuyên", CO = "Có thời hạn", DK = "Định kỳ";

// group: {g, name}; task: [STT, task, leads [], partners [], Ngày, Tháng, Loại, due (ISO) | null, how it reads, note]
const ROWS = [
  { g: "I", name: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" },
  ["1", "Ban hành Kế hoạch khắc phục hạn chế, nâng cao Chỉ số cải cách hành chính năm 2023 của tỉnh", ["Sở Nội vụ"],
    [SBN], 29, 2, CO, "2024-02-29", "29 | 2", ""],
  ["2", "Tổ chức Hội nghị phân tích kết quả Chỉ số CCHC, Chỉ số SIPAS năm 2023 của tỉnh", ["Sở Nội vụ"],
    ["VP UBND tỉnh"], "", 3, CO, "2024-03-31", "'' | 3 = month 3's last day", "Chủ tịch UBND tỉnh chủ trì"],
  ["3", "Theo dõi, đôn đốc, tổng hợp tình hình thực hiện nhiệm vụ cải cách hành chính của các cơ quan, đơn vị",
    ["Sở Nội vụ"], [], "", "", TX, null, "hidden", ""],
  { g: "II", name: "CẢI CÁCH THỂ CHẾ, THỦ TỤC HÀNH CHÍNH" },
  ["4", "Rà soát, đề xuất sửa đổi văn bản quy phạm pháp luật của tỉnh không còn phù hợp", ["Sở Tư pháp"], [SBN],
    "Trước 30", 6, CO, "2024-06-29", "'Trước 30' | 6 = 29/6", ""],
  ["5", "Công bố, công khai danh mục thủ tục hành chính, quy trình nội bộ giải quyết thủ tục hành chính",
    ["VP UBND tỉnh"], [SBN], "", "Quý II", CO, "2024-06-30", "'' | 'Quý II' = 30/6", ""],
  ["6", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp huyện, cấp xã", [HTP],
    ["Sở TT&TT"], "Cuối", 9, CO, "2024-09-30", "'Cuối' | 9 = 30/9", "Tỷ lệ số hóa tối thiểu 80%"],
  ["7", "Báo cáo tình hình, kết quả giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết TTHC",
    [SBN, HTP], ["VP UBND tỉnh"], 20, "Hằng tháng", DK, null, "20 | 'Hằng tháng'", ""],
  { g: "III", name: "CẢI CÁCH TỔ CHỨC BỘ MÁY, CHẾ ĐỘ CÔNG VỤ" },
  ["8", "Xây dựng Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 trên địa bàn tỉnh", ["Sở Nội vụ"],
    [HTP], 31, 7, CO, "2024-07-31", "31 | 7", "Trình HĐND tỉnh kỳ họp giữa năm"],
  ["9", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024", [SBN, HTP], [], 15, 12, CO,
    "2024-12-15", "15 | 12", ""],
  ["10", "Thực hiện kỷ luật, kỷ cương hành chính, chấn chỉnh lề lối làm việc của cán bộ, công chức", [SBN, HTP],
    [], "", "", TX, null, "hidden", ""],
  { g: "IV", name: "CẢI CÁCH TÀI CHÍNH CÔNG, XÂY DỰNG CHÍNH QUYỀN SỐ" },
  ["11", "Báo cáo tình hình giải ngân vốn đầu tư công, đề xuất điều chuyển vốn của các dự án chậm giải ngân",
    ["Sở KH&ĐT"], ["Sở Tài chính", "KBNN tỉnh"], "Đầu", 10, CO, "2024-10-10", "'Đầu' | 10 = 10/10", ""],
  ["12", "Triển khai thanh toán trực tuyến phí, lệ phí trong giải quyết thủ tục hành chính", ["Sở TT&TT"],
    ["Bưu điện tỉnh", HTP], "", "7-8", CO, "2024-08-31", "'' | '7-8' = 31/8", ""],
  ["13", "Chi trả trợ cấp an sinh xã hội không dùng tiền mặt cho đối tượng bảo trợ xã hội", ["Sở LĐ-TB&XH"],
    ["Bưu điện tỉnh", XPT], 30, 11, CO, "2024-11-30", "30 | 11", ""],
  { g: "V", name: "ĐO LƯỜNG SỰ HÀI LÒNG, THÔNG TIN TUYÊN TRUYỀN, BÁO CÁO" },
  ["14", "Lập danh sách mẫu điều tra xã hội học xác định Chỉ số CCHC năm 2024 gửi Sở Nội vụ", [SBN, HTP], [], 25,
    10, CO, "2024-10-25", "25 | 10", "Theo hướng dẫn của Bộ Nội vụ"],
  ["15", "Tuyên truyền về cải cách hành chính trên Báo Lai Châu, Đài PT-TH tỉnh", ["Sở Nội vụ"],
    ["Báo Lai Châu", "Đài PT-TH tỉnh"], "", "Quý III", CO, "2024-09-30", "'' | 'Quý III' = 30/9", ""],
  ["16", "Báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính năm 2024 của cơ quan, đơn vị", [SBN, HTP], [],
    10, "01/2025", CO, "2025-01-10", "10 | '01/2025' = 10/01/2025 (the year typed in the cell)", ""],
  ["17", "Tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ kết quả cải cách hành chính năm 2024", ["Sở Nội vụ"], [],
    "Trước 15", 12, CO, "2024-12-14", "'Trước 15' | 12 = 14/12", ""],
];

const N = 8;
const MID = { align: "center" };
const head = 6;
const rows = [
  { cells: [C("UBND TỈNH LAI CHÂU", { bold: true, across: 2, align: "center" })], box: false },
  title("PHỤ LỤC", N),
  title("DANH MỤC NHIỆM VỤ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH, CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC NĂM 2024", N),
  title(`(Kèm theo Kế hoạch số ${NUM} ngày 18/01/2024 của UBND tỉnh Lai Châu)`, N, { bold: false, italic: true }),
  blank(),
  { cells: [C("STT", { ...H, down: 1 }), C("Nhiệm vụ", { ...H, down: 1 }), C("Đơn vị chủ trì", { ...H, down: 1 }),
    C("Đơn vị phối hợp", { ...H, down: 1 }), C("Thời hạn", { ...H, across: 1 }),
    C("Loại nhiệm vụ", { ...H, down: 1 }), C("Ghi chú", { ...H, down: 1 })] },
  { cells: [C("Ngày", H), C("Tháng", H)] },
  { cells: ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"].map((x) => C(x, { ...MID, italic: true })) },
  ...ROWS.map((r) => (r.g
    ? { cells: [C(r.g, { bold: true, align: "center" }), C(r.name, { bold: true, across: N - 2 })] }
    : { cells: [C(r[0], MID), C(r[1]), C(r[2].join(", ")), C(r[3].join(", ")), C(r[4], MID), C(r[5], MID),
      C(r[6], MID), C(r[9])] })),
];
const last = rows.length;
rows.push(blank(), note("Ghi chú: Cột (5), (6) là ngày, tháng của năm 2024, trừ trường hợp ghi rõ năm khác. Nhiệm " +
  "vụ thường xuyên theo dõi tại sheet riêng của Sở Nội vụ.", N, { italic: true }));
const FIRST = head + 3; // first row under the column-number row
const filtered = [];
ROWS.forEach((r, i) => { if (!r.g && r[6] === TX) filtered.push(FIRST + i); });
const sheet = {
  name: "Phu luc", widths: [5, 48, 20, 24, 8, 9, 12, 20], boxFrom: head, size: 11, filtered,
  rows,
  setup(ws) {
    ws.autoFilter = `A${head + 2}:H${last}`;
    ws.properties.outlineProperties = { summaryBelow: false, summaryRight: false };
    ws.properties.outlineLevelRow = 1;
    ROWS.forEach((r, i) => {
      const row = ws.getRow(FIRST + i);
      if (!r.g) row.outlineLevel = 1;
      if (filtered.includes(FIRST + i)) row.hidden = true;
    });
    ws.views = [{ state: "frozen", ySplit: head + 2, showGridLines: false }];
    ws.pageSetup.printTitlesRow = `${head}:${head + 2}`;
  },
};

await saveBook(DIR, [sheet], { creator: "Lò Thị Hương", created: "2024-01-10T02:00:00Z",
  modified: "2024-03-04T07:45:00Z", size: 11 }, (files) => {
  const f = "xl/worksheets/sheet1.xml";
  files[f] = files[f].replace(/<autoFilter ref="([^"]+)"\s*\/>/, (_, ref) => `<autoFilter ref="${ref}"><filterColumn ` +
    `colId="6"><filters blank="1"><filter val="${CO}"/><filter val="${DK}"/></filters></filterColumn></autoFilter>`);
  if (!files[f].includes("filterColumn")) throw new Error("no autoFilter to patch");
  files[f] = files[f].replace(/ collapsed="1"/g, ""); // filtered rows, not a collapsed outline
});

const tasks = [];
const lines = [];
for (const r of ROWS) {
  if (r.g) continue;
  if (!r[7]) {
    lines.push(`${r[0]} ${r[8]}: no task`);
    continue;
  }
  tasks.push(task(r[0], r[1], r[7], answer(r[2], MAP), answer(r[3], MAP)));
  lines.push(when(r[0], r[8].replace(/ = .*/, "").replace(/''/g, "(trống)").replace(/'/g, ""), r[7]));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 18/01/2024 (before the reorganisation: districts), Chỉ số CCHC and ` +
    "SIPAS 2024, its Phụ lục in Excel, sheet 'Phu luc'. Header rows 6-7: STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị " +
    "phối hợp | THỜI HẠN MERGED OVER 'Ngày' | 'Tháng' | Loại nhiệm vụ | Ghi chú, a column-number row (1)..(8). The " +
    "year is in the title and the note under the table: due = Ngày/Tháng of 2024; Ngày empty = the month's end; " +
    "'Trước D' = D-1; 'Cuối' = month end, 'Đầu' = the 10th; 'Quý II' = quarter end; '7-8' = August's end; " +
    "'01/2025' its own year; 'Hằng tháng' recurring: no task. An AUTOFILTER left on hides the 'Thường xuyên' rows " +
    "3, 10 (no day, no task; not printed, not in Excel's copy). Task rows GROUPED (outline level 1) under bold " +
    "group rows I..V; STT runs 1..17, ref = STT. " +
    lines.join("; ") + ". Names joined by ', ': 'Các sở, ban, ngành tỉnh' = @departments, 'UBND các huyện, " +
    "thành phố' = @districts, 'UBND các xã, phường, thị trấn' = unresolved 'UBND cấp xã'; 'VP UBND tỉnh', 'Sở " +
    "TT&TT', 'Sở KH&ĐT', 'Sở LĐ-TB&XH', 'Đài PT-TH tỉnh', 'KBNN tỉnh' their directory names. 'gửi Sở Nội vụ', " +
    "'báo cáo Bộ Nội vụ', Ghi chú's 'Chủ tịch UBND tỉnh chủ trì' are no units of the task. plan.xlsx (exceljs, " +
    "filter criteria patched in), .xls/.ods copies, plan.pdf print, plan.txt Excel's copy.",
  province: "Lai Châu",
  plan: { number: NUM, date: "2024-01-18" },
  tasks,
  unresolved: [XPT],
  successors: [],
});
