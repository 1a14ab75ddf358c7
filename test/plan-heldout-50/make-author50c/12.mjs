// 12: Thái Nguyên 2025 (after the reorganisation: merged departments, communes and wards, no districts). The Phụ lục
// of Kế hoạch 318/KH-UBND ngày 12/09/2025 (Chiến dịch làm giàu, làm sạch cơ sở dữ liệu đất đai) kept as ONE SHEET
// holding TWO TABLES ONE UNDER THE OTHER, each with its own caption and header and its STT restarting: A (the
// departments': TT | Nội dung | Chủ trì | Phối hợp | Thời hạn) and B (the communes' and wards': TT | Nội dung |
// Thời hạn | Sản phẩm | Gửi về — NO UNIT COLUMN, the doer named once in B's caption). Thời hạn holds real dates,
// DATE-TIME cells formatted "hh:mm dd/mm/yyyy" (a report due at 16:00) and text; B's "Gửi về" names recipients.
import { C, H, D, blank, note, saveBook, task, title, when, writeExpected } from "./common.mjs";

const ID = "12-thai-nguyen-2025-two-tables-stacked-one-sheet-own-captions-headers-stt-restarts-part-b-no-unit-column-hh-mm-dates";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "318/KH-UBND";
const XP = "UBND các xã, phường";
const MAP = {
  "Sở NN&MT": ["Sở Nông nghiệp và Môi trường"], "Sở KH&CN": ["Sở Khoa học và Công nghệ"],
  "Báo và PT-TH Thái Nguyên": ["Báo và Phát thanh, Truyền hình Thái Nguyên"],
};
const ans = (cell) => [...new Set(cell.split(/;\s*/).filter(Boolean).flatMap((n) => MAP[n] ?? [n]))];

// A: [TT, task, lead, partners ("; "), time, fmt, due | null]
const A = [
  ["1", "Thành lập Tổ công tác cấp tỉnh triển khai Chiến dịch làm giàu, làm sạch cơ sở dữ liệu đất đai",
    "Sở NN&MT", "Công an tỉnh; Sở Nội vụ", D(2025, 9, 19), "dd/mm/yyyy", "2025-09-19"],
  ["2", "Ban hành hướng dẫn quy trình rà soát, đối chiếu, chỉnh lý dữ liệu đất đai cho cấp xã",
    "Sở NN&MT", "Công an tỉnh", D(2025, 9, 27), "dd/mm/yyyy", "2025-09-27"],
  ["3", "Bảo đảm hạ tầng, đường truyền, an toàn thông tin phục vụ cập nhật dữ liệu tại xã, phường",
    "Sở KH&CN", "VNPT Thái Nguyên", "Trong tháng 9/2025", null, "2025-09-30"],
  ["4", "Bố trí kinh phí thực hiện Chiến dịch cho các cơ quan, đơn vị và xã, phường",
    "Sở Tài chính", "Sở NN&MT", D(2025, 10, 15), "dd/mm/yyyy", "2025-10-15"],
  ["5", "Kết nối, đồng bộ cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư",
    "Công an tỉnh", "Sở NN&MT; Sở KH&CN", D(2025, 10, 31), "dd/mm/yyyy", "2025-10-31"],
  ["6", "Tuyên truyền về mục đích, ý nghĩa của Chiến dịch trên báo chí và mạng xã hội",
    "Báo và PT-TH Thái Nguyên", "Sở NN&MT", "Thường xuyên", null, null],
  ["7", "Tổng kết Chiến dịch, báo cáo UBND tỉnh và Bộ Nông nghiệp và Môi trường",
    "Sở NN&MT", "Công an tỉnh", D(2025, 12, 5), "dd/mm/yyyy", "2025-12-05"],
];
// B: [TT, task, time, fmt, due | null, product, send to]
const B = [
  ["1", "Thành lập Tổ công tác cấp xã, phân công công chức phụ trách từng thôn, tổ dân phố",
    D(2025, 9, 22), "dd/mm/yyyy", "2025-09-22", "Quyết định thành lập Tổ công tác", "Sở NN&MT"],
  ["2", "Thu thập, rà soát giấy chứng nhận, đối chiếu thông tin căn cước của người sử dụng đất",
    D(2025, 10, 31), "dd/mm/yyyy", "2025-10-31", "Phiếu thu thập thông tin", "Sở NN&MT"],
  ["3", "Báo cáo kết quả thực hiện đợt 1 (số thửa đất đã rà soát, đã đối chiếu)",
    new Date(Date.UTC(2025, 9, 10, 16)), "hh:mm dd/mm/yyyy", "2025-10-10", "Báo cáo theo mẫu số 02", "Sở NN&MT; Công an tỉnh"],
  ["4", "Báo cáo nhanh tiến độ thực hiện Chiến dịch của xã, phường",
    "Thứ Năm hằng tuần", null, null, "Biểu số 01", "Sở NN&MT"],
  ["5", "Cập nhật, chỉnh lý dữ liệu đã làm sạch vào Hệ thống thông tin đất đai của tỉnh",
    D(2025, 11, 20), "dd/mm/yyyy", "2025-11-20", "Dữ liệu được cập nhật", ""],
  ["6", "Báo cáo tổng kết Chiến dịch tại xã, phường, đề xuất khen thưởng tập thể, cá nhân",
    new Date(Date.UTC(2025, 10, 25, 16)), "hh:mm dd/mm/yyyy", "2025-11-25", "Báo cáo tổng kết", "Sở NN&MT"],
];

const N = 5;
const MID = { align: "center" };
const TM = (v, fmt) => C(v, { align: "center", ...(fmt ? { fmt } : {}) });
const rows = [
  { cells: [C("ỦY BAN NHÂN DÂN", { bold: true, align: "center", across: 1 })], box: false },
  { cells: [C("TỈNH THÁI NGUYÊN", { bold: true, align: "center", across: 1 })], box: false },
  blank(),
  title("Phụ lục", N),
  title("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CHIẾN DỊCH LÀM GIÀU, LÀM SẠCH CƠ SỞ DỮ LIỆU ĐẤT ĐAI", N),
  title(`(Kèm theo Kế hoạch số ${NUM} ngày 12/09/2025 của UBND tỉnh Thái Nguyên)`, N, { bold: false, italic: true }),
  blank(),
  { cells: [C("A. NHIỆM VỤ CỦA CÁC SỞ, NGÀNH", { bold: true, across: N - 1 })], box: false },
  { cells: ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"].map((h) => C(h, H)) },
  ...A.map((r) => ({ cells: [C(r[0], MID), r[1], r[2], r[3].split("; ").join(";\n"), TM(r[4], r[5])] })),
  { cells: [], box: false },
  { cells: [], box: false },
  { cells: [C("B. NHIỆM VỤ CỦA UBND CÁC XÃ, PHƯỜNG", { bold: true, across: N - 1 })], box: false },
  { cells: [C("(Chủ tịch UBND các xã, phường trực tiếp chỉ đạo, chịu trách nhiệm về tiến độ, chất lượng dữ liệu " +
    "trên địa bàn)", { italic: true, across: N - 1 })], box: false },
  { cells: ["TT", "Nội dung nhiệm vụ", "Thời hạn", "Sản phẩm", "Gửi về"].map((h) => C(h, H)) },
  ...B.map((r) => ({ cells: [C(r[0], MID), r[1], TM(r[2], r[3]), r[5], r[6].split("; ").join(";\n")] })),
  blank(),
  note("Ghi chú: Chiến dịch thực hiện từ ngày 15/9/2025 đến ngày 30/11/2025; thời hạn ghi giờ là hạn gửi báo cáo " +
    "qua Hệ thống quản lý văn bản và điều hành.", N, { italic: true }),
];
const sheet = { name: "Phu luc", widths: [5, 54, 20, 26, 18], boxFrom: 9, size: 11, portrait: true, rows };
await saveBook(DIR, [sheet], { creator: "Phong Dat dai - So NN&MT", created: "2025-09-10T07:00:00Z",
  modified: "2025-09-12T02:45:00Z", size: 11, active: 0 });

const tasks = [];
const lines = [];
for (const r of A) {
  if (!r[6]) { lines.push(`A.${r[0]} '${r[4]}' no task`); continue; }
  tasks.push(task(`A.${r[0]}`, r[1], r[6], ans(r[2]), ans(r[3])));
  lines.push(when(`A.${r[0]}`, typeof r[4] === "string" ? r[4] : "", r[6]));
}
for (const r of B) {
  if (!r[4]) { lines.push(`B.${r[0]} '${r[2]}' no task (recurring)`); continue; }
  tasks.push(task(`B.${r[0]}`, r[1], r[4], [XP], []));
  lines.push(when(`B.${r[0]}`, r[3] === "hh:mm dd/mm/yyyy" ? `16:00 ${r[4].slice(8)}/${r[4].slice(5, 7)}/2025` : "", r[4]));
}
writeExpected(DIR, {
  id: ID,
  style: `Phụ lục of Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 12/09/2025 (after the reorganisation: no districts), ` +
    "Chiến dịch làm giàu, làm sạch dữ liệu đất đai, as ONE SHEET holding TWO TABLES ONE UNDER THE OTHER, two empty " +
    "rows between: 'A. NHIỆM VỤ CỦA CÁC SỞ, NGÀNH' (TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | " +
    "Thời hạn) and 'B. NHIỆM VỤ CỦA UBND CÁC XÃ, PHƯỜNG' with its own header TT | Nội dung nhiệm vụ | Thời hạn | " +
    "Sản phẩm | Gửi về: NO UNIT COLUMN, every B row done by the caption's UBND các xã, phường (the unresolved " +
    "'UBND cấp xã'); 'Gửi về' names the recipients of a report, no coordinators. TT restarts in B: ref = the part's " +
    "letter '.' TT. Thời hạn: real dates (due = the day), DATE-TIME cells shown 'hh:mm dd/mm/yyyy' (16:00 on a " +
    "day: due = that day), text ('Trong tháng 9/2025' = 30/9, 'Thường xuyên' and 'Thứ Năm hằng tuần' no task): " +
    lines.join("; ") + ". The note's 'từ ngày 15/9/2025 đến ngày 30/11/2025' is the campaign's span, no deadline. " +
    "'Sở NN&MT', 'Sở KH&CN', 'Báo và PT-TH Thái Nguyên' their directory names; 'VNPT Thái Nguyên' unresolved. " +
    "plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt Excel's copy after the tab name.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2025-09-12" },
  tasks,
  unresolved: ["VNPT Thái Nguyên", XP],
  successors: [],
});
