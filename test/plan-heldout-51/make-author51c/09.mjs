// 09: Thái Nguyên 2025, before the reorganisation. The Công an tỉnh's workbook of the task list of Kế hoạch số
// 36/KH-UBND ngày 21/02/2025 (Đề án 06 năm 2025), after Excel's DATA > SUBTOTAL: the rows SORTED BY "Cơ quan chủ trì"
// (so the plan's STT runs out of order: 10, 1, 2, 14, 11 …), and under each lead a SUBTOTAL ROW Excel wrote itself
// (English Excel: "Công an tỉnh Count" in the lead column, =SUBTOTAL(3,…) counting the tasks in the content column,
// both bold), a "Grand Count" row at the end; the detail rows at outline level 2, the subtotal rows at level 1 (the
// outline expanded, buttons below). Deadlines real dates (dd/mm/yyyy) or text; one "Thường xuyên" row.
import { C, H, D, blank, saveBook51, task, title, when, writeExpected } from "./common.mjs";

const ID = "09-thai-nguyen-2025-excel-data-subtotal-rows-per-lead-unit-sorted-by-lead-stt-out-of-order-count-grand-count-outline";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "36/KH-UBND";
const CA = "Công an tỉnh", HUYEN = "UBND các huyện, thành phố", LD = "Sở Lao động - Thương binh và Xã hội";
const TT = "Sở Thông tin và Truyền thông", YT = "Sở Y tế", TP = "Sở Tư pháp", VP = "Văn phòng UBND tỉnh";
const GD = "Sở Giáo dục và Đào tạo", BH = "Bảo hiểm xã hội tỉnh";
const MAP = { [HUYEN]: "@districts", "Các sở, ban, ngành": "@departments" };
const ans = (names) => [...new Set(names.map((n) => MAP[n] ?? n))];

// The plan's rows, in the plan's order: [STT, task, lead, partners, time (Date | text), due | null, why, product]
const R = [
  ["1", "Rà soát, cập nhật, điều chỉnh thông tin trong Cơ sở dữ liệu quốc gia về dân cư bảo đảm \"đúng, đủ, sạch, sống\"",
    CA, [HUYEN], D(2025, 6, 30), "2025-06-30", "", "Dữ liệu được làm sạch"],
  ["2", "Triển khai cấp căn cước cho công dân dưới 14 tuổi theo nhu cầu, ưu tiên học sinh các trường tiểu học",
    CA, [GD], "Quý III/2025", "2025-09-30", "the quarter's last day", "Số thẻ căn cước được cấp"],
  ["3", "Cung cấp dịch vụ công trực tuyến toàn trình đối với 02 nhóm thủ tục hành chính liên thông (đăng ký khai sinh - " +
    "thường trú - thẻ BHYT; đăng ký khai tử - xóa thường trú - trợ cấp mai táng)", VP, [CA, TP], D(2025, 5, 31),
    "2025-05-31", "", "Dịch vụ công được cung cấp"],
  ["4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Bộ phận Một cửa cấp huyện, cấp xã",
    HUYEN, [VP], "Trước 31/10/2025", "2025-10-30", "'Trước X' = X - 1", "Hồ sơ được số hóa"],
  ["5", "Kết nối, chia sẻ dữ liệu hộ tịch điện tử với Cơ sở dữ liệu quốc gia về dân cư", TP, [CA], D(2025, 4, 15),
    "2025-04-15", "", "Dữ liệu được đồng bộ"],
  ["6", "Làm sạch dữ liệu người có công, đối tượng bảo trợ xã hội, đối chiếu với Cơ sở dữ liệu quốc gia về dân cư", LD,
    [CA, HUYEN], D(2025, 4, 30), "2025-04-30", "", "Dữ liệu được làm sạch"],
  ["7", "Triển khai xác thực thông tin thẻ BHYT bằng căn cước, VNeID tại 100% cơ sở khám, chữa bệnh", YT, [BH],
    "Tháng 3/2025", "2025-03-31", "the month's last day", "Báo cáo kết quả"],
  ["8", "Chi trả an sinh xã hội không dùng tiền mặt cho các đối tượng thụ hưởng", LD, ["Bưu điện tỉnh", HUYEN],
    "Thường xuyên", null, "", ""],
  ["9", "Triển khai cấp giấy chứng sinh, giấy báo tử điện tử và khám sức khỏe lái xe điện tử", YT, [CA], D(2025, 9, 30),
    "2025-09-30", "", "Giấy tờ điện tử được cấp"],
  ["10", "Đồng bộ dữ liệu bảo hiểm xã hội, bảo hiểm y tế với Cơ sở dữ liệu quốc gia về dân cư", BH, [CA], D(2025, 6, 30),
    "2025-06-30", "", "Dữ liệu được đồng bộ"],
  ["11", "Cập nhật dữ liệu học sinh, giáo viên lên cơ sở dữ liệu ngành giáo dục gắn với số định danh cá nhân", GD, [CA],
    D(2025, 8, 15), "2025-08-15", "", "Dữ liệu được cập nhật"],
  ["12", "Nâng cấp hạ tầng mạng, bảo đảm an toàn thông tin cho Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
    TT, [VP, CA], "Quý II/2025", "2025-06-30", "the quarter's last day", "Hệ thống được nâng cấp"],
  ["13", "Tuyên truyền, hướng dẫn người dân cài đặt, kích hoạt và sử dụng ứng dụng VNeID", TT,
    ["Báo Thái Nguyên", "Đài Phát thanh - Truyền hình tỉnh", HUYEN], "Từ tháng 4 đến tháng 12/2025", "2025-12-31",
    "the span's end: the month's last day", "Tin, bài tuyên truyền"],
  ["14", "Sơ kết 06 tháng thực hiện Đề án 06, báo cáo UBND tỉnh và Tổ công tác Đề án 06 của Chính phủ", CA,
    ["Các sở, ban, ngành", HUYEN], "Trước ngày 10/6/2025", "2025-06-09", "'Trước ngày X' = X - 1", "Báo cáo sơ kết"],
];

// Excel's sort by "Cơ quan chủ trì" (ascending, Vietnamese order); rows of one lead keep the plan's order.
const ORDER = [BH, CA, GD, LD, TT, TP, YT, HUYEN, VP];
const N = 6;
const MID = { align: "center" };
const head = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Sản phẩm"];
const rows = [
  { cells: [C("CÔNG AN TỈNH THÁI NGUYÊN", { bold: true, align: "center", across: 1 })], box: false },
  { cells: [C("Thường trực Tổ công tác Đề án 06 tỉnh", { italic: true, align: "center", across: 1 })], box: false },
  title("DANH MỤC NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06 NĂM 2025 TRÊN ĐỊA BÀN TỈNH", N),
  title(`(Kèm theo Kế hoạch số ${NUM} ngày 21 tháng 02 năm 2025 của UBND tỉnh Thái Nguyên)`, N, { bold: false, italic: true }),
  blank(),
  { cells: head.map((h) => C(h, { ...H, fill: "FFDDEBF7" })) },
];
const HEAD_ROW = rows.length; // 6
const level = {}; // row number -> outline level
const first = HEAD_ROW + 1;
for (const lead of ORDER) {
  const mine = R.filter((r) => r[2] === lead);
  const from = rows.length + 1;
  for (const r of mine) {
    rows.push({ cells: [C(r[0], MID), r[1], r[2], r[3].join(";\n"),
      C(r[4], { align: "center", ...(r[4] instanceof Date ? { fmt: "dd/mm/yyyy" } : {}) }), r[7]] });
    level[rows.length] = 2;
  }
  const to = rows.length;
  rows.push({ cells: ["", C(mine.length, { formula: `SUBTOTAL(3,B${from}:B${to})`, bold: true, align: "left" }),
    C(`${lead} Count`, { bold: true }), "", "", ""] });
  level[rows.length] = 1;
}
rows.push({ cells: ["", C(R.length, { formula: `SUBTOTAL(3,B${first}:B${rows.length})`, bold: true, align: "left" }),
  C("Grand Count", { bold: true }), "", "", ""] });

const sheet = {
  name: "DA06 2025", widths: [6, 52, 24, 28, 16, 22], boxFrom: HEAD_ROW, size: 12, rows,
  setup(ws) {
    for (const [r, l] of Object.entries(level)) ws.getRow(+r).outlineLevel = l;
    ws.properties.outlineLevelRow = 2;
    ws.properties.outlineProperties = { summaryBelow: true, summaryRight: true };
    ws.views = [{ state: "frozen", ySplit: HEAD_ROW, showGridLines: false }];
    ws.pageSetup.printTitlesRow = `${HEAD_ROW}:${HEAD_ROW}`;
  },
};
await saveBook51(DIR, [sheet], { creator: "PC06 - CA tinh", created: "2025-02-24T02:10:00Z",
  modified: "2025-03-05T08:40:00Z", size: 12 });

const tasks = [];
const lines = [];
for (const lead of ORDER) {
  for (const r of R.filter((x) => x[2] === lead)) {
    if (!r[5]) { lines.push(`${r[0]} '${r[4]}' no task`); continue; }
    tasks.push(task(r[0], r[1], r[5], ans([r[2]]), ans(r[3])));
    lines.push(when(r[0], r[4] instanceof Date ? null : r[4], r[5]) + (r[6] ? ` (${r[6]})` : ""));
  }
}
writeExpected(DIR, {
  id: ID,
  style: `Task list of Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 21/02/2025 (Đề án 06 năm 2025, before 1/7/2025), ` +
    "as the Công an tỉnh keeps it after Excel's DATA > SUBTOTAL: rows SORTED BY 'Cơ quan chủ trì', so the plan's STT " +
    "runs out of order (10, 1, 2, 14, 11 …), each lead's rows followed by a bold SUBTOTAL ROW Excel wrote ('Công an " +
    "tỉnh Count' in the lead column, =SUBTOTAL(3,…) = the number of its tasks in the content column), 'Grand Count' " +
    "last; outline levels 2/1, expanded. The subtotal and Grand Count rows are no tasks (their numbers count rows, " +
    "they are no STT). ref = the plan's STT as written; one row, one lead. Thời hạn: real dates dd/mm/yyyy or text: " +
    lines.join("; ") + ". Partners one a line: 'UBND các huyện, thành phố' = @districts, 'Các sở, ban, ngành' = " +
    "@departments. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, plan.pdf LibreOffice's print, plan.txt " +
    "Excel's copy.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2025-02-21" },
  tasks,
  unresolved: [],
  successors: [],
});
