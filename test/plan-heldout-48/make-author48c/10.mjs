// 10: Lai Châu 2025, before the reorganisation (departments as they were, districts). The list of tasks of Kế
// hoạch 1068/KH-UBND ngày 21/3/2025 (phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2025) as the Sở Tư pháp
// keeps it: a merged title and the subtitle "(Kèm theo Kế hoạch số …/KH-UBND ngày …)" on rows 1-2, an update line
// on row 4, the HEADER ON ROWS 6-7 (Đơn vị thực hiện merged over Chủ trì | Phối hợp); a "Thời hạn" column of REAL
// EXCEL DATES dd/mm/yyyy for most rows and text for some ("Trước 30/6", "Tháng 9/2025", "Thường xuyên"); a
// "Tình trạng" column ("Đã hoàn thành", "Đang thực hiện") that is no deadline; BOLD group rows I..IV with STT
// restarting in each, a bold TỔNG CỘNG row counting the tasks. Unit names partly abbreviated.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, isoOf, writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, note, saveBook, title, unitsOf, when } from "./common.mjs";

const ID = "10-lai-chau-2025-header-rows-6-7-under-title-date-cells-and-text-times-status-column-bold-group-rows";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "1068/KH-UBND";
const HTP = "UBND các huyện, thành phố", SBN = "Các sở, ban, ngành", XPT = "UBND các xã, phường, thị trấn";
const MAP = {
  [HTP]: ["@districts"], [SBN]: ["@departments"],
  "Đài PT-TH tỉnh": ["Đài Phát thanh - Truyền hình tỉnh"], "Sở GD&ĐT": ["Sở Giáo dục và Đào tạo"],
  "Sở GTVT": ["Sở Giao thông vận tải"], "Sở TT&TT": ["Sở Thông tin và Truyền thông"],
  "Sở LĐ-TB&XH": ["Sở Lao động - Thương binh và Xã hội"], "BHXH tỉnh": ["Bảo hiểm xã hội tỉnh"],
  "LĐLĐ tỉnh": ["Liên đoàn Lao động tỉnh"],
};
const units = (cell) => unitsOf(cell, MAP);
const DONE = "Đã hoàn thành", DOING = "Đang thực hiện";

// group: {g, name}; task: [STT, text, lead, coordinators, time (Date | words), due for words (ISO) | null, state,
// note]
const ROWS = [
  { g: "I", name: "BAN HÀNH VĂN BẢN, KIỆN TOÀN TỔ CHỨC" },
  ["1", "Ban hành Kế hoạch hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh năm 2025",
    "Sở Tư pháp", "", D(2025, 3, 31), null, DONE, "Kế hoạch số 35/KH-HĐPH ngày 28/3/2025"],
  ["2", "Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật cấp huyện và tổ hòa giải ở cơ sở", HTP,
    "Sở Tư pháp", D(2025, 4, 15), null, DONE, ""],
  ["3", "Xây dựng, ban hành kế hoạch phổ biến, giáo dục pháp luật năm 2025 của cơ quan, đơn vị, địa phương",
    `${SBN}; ${HTP}`, "", D(2025, 4, 10), null, DONE, ""],
  { g: "II", name: "PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT" },
  ["1", "Tổ chức hội nghị phổ biến Luật Ban hành văn bản quy phạm pháp luật năm 2025 cho cán bộ, công chức",
    "Sở Tư pháp", "Sở Nội vụ", D(2025, 4, 25), null, DONE, "Tổ chức ngày 24/4/2025, 320 đại biểu"],
  ["2", "Biên soạn, phát hành tài liệu pháp luật song ngữ Việt - Mông, Việt - Thái cho đồng bào dân tộc thiểu số",
    "Ban Dân tộc tỉnh", "Sở Tư pháp", "Trước 30/6", "2025-06-29", DOING, ""],
  ["3", "Duy trì chuyên mục “Pháp luật và đời sống” trên sóng phát thanh, truyền hình của tỉnh", "Đài PT-TH tỉnh",
    "Sở Tư pháp", "Thường xuyên", null, DOING, "Phát sóng 02 kỳ/tháng"],
  ["4", "Tuyên truyền pháp luật về trật tự, an toàn giao thông cho học sinh trước kỳ nghỉ hè", "Sở GD&ĐT",
    "Công an tỉnh; Sở GTVT", D(2025, 5, 23), null, DOING, ""],
  ["5", "Tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến trên Cổng thông tin điện tử tỉnh Lai Châu", "Sở Tư pháp",
    "Sở TT&TT; Tỉnh đoàn", "Tháng 9/2025", "2025-09-30", DOING, "Đã xây dựng Thể lệ"],
  ["6", "Phổ biến pháp luật về lao động, bảo hiểm xã hội cho người lao động tại các doanh nghiệp, khu công nghiệp",
    "Sở LĐ-TB&XH", "BHXH tỉnh; LĐLĐ tỉnh", D(2025, 5, 31), null, DOING, ""],
  ["7", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2025",
    "Sở Tư pháp", `${SBN}; ${HTP}`, D(2025, 11, 9), null, DOING, ""],
  { g: "III", name: "HÒA GIẢI Ở CƠ SỞ, CHUẨN TIẾP CẬN PHÁP LUẬT" },
  ["1", "Bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải cho hòa giải viên ở cơ sở", HTP, "Sở Tư pháp",
    D(2025, 5, 15), null, DONE, "Mở 08 lớp"],
  ["2", "Đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật năm 2024", HTP, "",
    D(2025, 4, 16), null, DONE, ""],
  ["3", "Thống kê, báo cáo kết quả hòa giải ở cơ sở 6 tháng đầu năm 2025", XPT, "", D(2025, 6, 12), null, DOING,
    "Gửi Phòng Tư pháp cấp huyện"],
  { g: "IV", name: "KIỂM TRA, SƠ KẾT, BÁO CÁO" },
  ["1", "Kiểm tra công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở tại một số huyện, thành phố",
    "Sở Tư pháp", "Sở Nội vụ", D(2025, 8, 29), null, DOING, ""],
  ["2", "Báo cáo kết quả công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2025", `${SBN}; ${HTP}`, "",
    D(2025, 11, 15), null, DOING, "Gửi Sở Tư pháp tổng hợp"],
  ["3", "Tổng hợp, báo cáo UBND tỉnh, Bộ Tư pháp kết quả thực hiện Kế hoạch năm 2025", "Sở Tư pháp", "",
    D(2025, 12, 5), null, DOING, ""],
];

const N = 7;
const all = ROWS.filter((r) => !r.g);
const count = (s) => all.filter((r) => r[6] === s).length;
const sheet = {
  name: "Danh mục NV", widths: [6, 46, 22, 20, 12, 15, 24], boxFrom: 6, size: 12,
  rows: [
    title("DANH MỤC NHIỆM VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT, HÒA GIẢI Ở CƠ SỞ NĂM 2025", N, { size: 13 }),
    title(`(Kèm theo Kế hoạch số ${NUM} ngày 21/3/2025 của UBND tỉnh Lai Châu)`, N, { bold: false, italic: true }),
    blank(),
    { cells: [C("", { across: 3 }), C("Tình trạng cập nhật đến ngày 20/5/2025", { across: 2, italic: true,
      align: "right" })], box: false },
    blank(),
    { cells: [C("STT", { ...H, down: 1 }), C("Nội dung nhiệm vụ", { ...H, down: 1 }),
      C("Đơn vị thực hiện", { ...H, across: 1 }), C("Thời hạn", { ...H, down: 1 }),
      C("Tình trạng", { ...H, down: 1 }), C("Ghi chú", { ...H, down: 1 })] },
    { cells: [C("Chủ trì", H), C("Phối hợp", H)] },
    ...ROWS.map((r) => (r.g
      ? { cells: [C(r.g, { align: "center" }), C(r.name, { across: N - 2 })], bold: true }
      : { cells: [C(r[0], { align: "center" }), C(r[1]), C(r[2].replaceAll("; ", ";\n")),
        C(r[3].replaceAll("; ", ";\n")), C(r[4], { align: "center" }), C(r[6]), C(r[7], { italic: true })] })),
    { cells: [C(""), C("TỔNG CỘNG", { align: "center" }), C(`${all.length} nhiệm vụ`, { across: 2 }),
      C(`${DONE}: ${count(DONE)}\n${DOING}: ${count(DOING)}`, { across: 1 })], bold: true },
    blank(),
    note("Ghi chú: Cột Tình trạng do Sở Tư pháp cập nhật theo báo cáo của các cơ quan, đơn vị; cơ quan chủ trì gửi " +
      "kết quả thực hiện về Sở Tư pháp để tổng hợp, báo cáo UBND tỉnh.", N, { italic: true }),
  ],
  setup(ws) {
    ws.pageSetup.printTitlesRow = "6:7";
  },
};

await saveBook(DIR, [sheet], { creator: "Lo Van Tuan", created: "2025-03-24T02:00:00Z",
  modified: "2025-05-20T09:05:00Z", size: 12 });

const tasks = [];
const lines = [];
let group = "";
for (const r of ROWS) {
  if (r.g) {
    group = r.g;
    continue;
  }
  const [stt, text, lead, co, time, words] = r;
  const ref = `${group}.${stt}`;
  if (!(time instanceof Date) && !words) {
    lines.push(`${ref} '${time}' no task`);
    continue;
  }
  const due = time instanceof Date ? isoOf(time) : words;
  tasks.push(task(ref, text, due, units(lead), units(co)));
  lines.push(when(ref, time instanceof Date ? null : time, due));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 21/3/2025 (before the reorganisation: departments as they were, ` +
    "districts), PBGDPL and hòa giải 2025: the Sở Tư pháp's WORKBOOK of its tasks, one sheet 'Danh mục NV': merged " +
    "title row 1, subtitle row 2 '(Kèm theo Kế hoạch số … ngày 21/3/2025 …)', row 4 an update line ('cập nhật đến " +
    "ngày 20/5/2025', no deadline), HEADER ON ROWS 6-7 (STT | Nội dung nhiệm vụ | Đơn vị thực hiện: Chủ trì | Phối " +
    "hợp | Thời hạn | Tình trạng | Ghi chú). Thời hạn mostly REAL EXCEL DATES dd/mm/yyyy (due = that day), some " +
    "text read by the rules ('Trước 30/6' = 29/6, 'Tháng 9/2025' = 30/9; 'Thường xuyên' no task). TÌNH TRẠNG " +
    "('Đã hoàn thành' / 'Đang thực hiện') is no deadline and drops no task: a done row is still a task of the plan " +
    "with its own deadline. Ghi chú dates (a plan's date, a held meeting) are no deadlines. BOLD GROUP ROWS I..IV, " +
    "STT restarting in each: ref = group.STT ('II.5'); the bold TỔNG CỘNG row counts, no task. Dates: " +
    lines.join("; ") + ". Units one a line: 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = " +
    "@districts, 'UBND các xã, phường, thị trấn' = unresolved 'UBND cấp xã'; 'Đài PT-TH tỉnh', 'Sở GD&ĐT', 'Sở " +
    "GTVT', 'Sở TT&TT', 'Sở LĐ-TB&XH', 'BHXH tỉnh', 'LĐLĐ tỉnh' = their directory names. 'Gửi Sở Tư pháp', 'gửi " +
    "Phòng Tư pháp cấp huyện' are recipients. plan.xlsx (exceljs), .xls/.ods copies, plan.pdf its print, plan.txt " +
    "Excel's copy after the tab name.",
  province: "Lai Châu",
  plan: { number: NUM, date: "2025-03-21" },
  tasks,
  unresolved: [XPT],
  successors: [],
});
