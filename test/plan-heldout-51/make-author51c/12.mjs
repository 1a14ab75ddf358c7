// 12: Thái Nguyên 2026, after the reorganisation. Phụ lục II of Kế hoạch số 27/KH-UBND ngày 09/02/2026 (số hóa hồ sơ,
// kết quả giải quyết TTHC năm 2026) as a workbook: a "Chỉ tiêu năm 2026" column, then "Lộ trình thực hiện (lũy kế)"
// merged over FOUR CUT-OFF COLUMNS titled by their days ("Đến 31/3/2026" … "Đến 15/12/2026") holding the CUMULATIVE
// TARGET to reach by each (real percentages "0%" or counts "#,##0"), the units AFTER the roadmap; a task is due at the
// first cut-off where it reaches its year's target (the note under the table says so); later cut-offs repeat the
// reached figure. One cut-off "-", one row "Thường xuyên" and two rows with a time written across the four cut-offs.
import { C, H, blank, note, saveBook51, task, title, writeExpected, when, shown51 } from "./common.mjs";

const ID = "12-thai-nguyen-2026-cumulative-target-cut-off-columns-den-ngay-percent-and-count-cells-due-at-first-reaching-target";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "27/KH-UBND";
const SBN = "Các sở, ban, ngành", XA = "UBND các xã, phường", VP = "Văn phòng UBND tỉnh";
const KH = "Sở Khoa học và Công nghệ", TTHCC = "Trung tâm Phục vụ hành chính công tỉnh";
const MAP = { [SBN]: "@departments" };
const ans = (names) => [...new Set(names.map((n) => MAP[n] ?? n))];
const CUT_HEAD = ["Đến 31/3/2026", "Đến 30/6/2026", "Đến 30/9/2026", "Đến 15/12/2026"];

// [STT, task, target text, cut-offs (4 numbers: < 1 = a share, shown "0%"; "-" none) | a text across them,
//  leads, partners, note, due | null, why]
const R = [
  ["1", "Số hóa hồ sơ thủ tục hành chính khi tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh", "100% hồ sơ",
    [0.6, 1, 1, 1], [TTHCC], [SBN], "", "2026-06-30", "100% first at 30/6"],
  ["2", "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực của các sở, ban, ngành", "100%", [0.3, 0.6, 0.9, 1],
    [SBN], [VP], "", "2026-12-15", "100% at 15/12"],
  ["3", "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực tại cấp xã", "100%", [0.25, 0.5, 1, 1], [XA],
    [VP, KH], "", "2026-09-30", "100% first at 30/9"],
  ["4", "Khai thác, sử dụng lại dữ liệu đã số hóa, không yêu cầu tổ chức, cá nhân nộp lại giấy tờ đã được số hóa",
    "Tối thiểu 50% hồ sơ", [0.2, 0.3, 0.4, 0.5], [VP], [KH], "", "2026-12-15", "the target 50% at 15/12"],
  ["5", "Số hóa sổ hộ tịch đang lưu trữ tại UBND cấp xã", "1.200 sổ", [300, 700, 1200, 1200], ["Sở Tư pháp"], [XA],
    "", "2026-09-30", "1,200 first at 30/9"],
  ["6", "Số hóa hồ sơ địa chính (bản đồ địa chính, sổ mục kê, sổ địa chính)", "100%", [0.1, 0.4, 0.7, 1],
    ["Sở Nông nghiệp và Môi trường"], [XA], "", "2026-12-15", "100% at 15/12"],
  ["7", "Cấp bản sao điện tử từ sổ gốc, chứng thực bản sao điện tử từ bản chính khi có yêu cầu", "100%", [1, 1, 1, 1],
    [SBN, XA], [], "Từ quý I đạt 100%", "2026-03-31", "100% already at 31/3"],
  ["8", "Số hóa tài liệu lưu trữ lịch sử tại Lưu trữ lịch sử tỉnh", "150.000 trang", [30000, 70000, 110000, 150000],
    ["Sở Nội vụ"], [], "", "2026-12-15", "150,000 at 15/12"],
  ["9", "Kết nối Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với Kho quản lý dữ liệu điện tử của tổ chức, " +
    "cá nhân trên Cổng Dịch vụ công quốc gia", "100%", ["-", 1, 1, 1], [KH], [VP, "Viễn thông Thái Nguyên"], "",
    "2026-06-30", "'-' at 31/3, 100% at 30/6"],
  ["10", "Làm sạch dữ liệu hộ tịch đã số hóa, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư", "100%", "Thường xuyên",
    ["Sở Tư pháp"], ["Công an tỉnh"], "", null, ""],
  ["11", "Thanh toán trực tuyến phí, lệ phí trong giải quyết thủ tục hành chính", "Tối thiểu 60%", [0.45, 0.6, 0.6, 0.6],
    ["Sở Tài chính"], [VP], "", "2026-06-30", "the target 60% first at 30/6"],
  ["12", "Báo cáo kết quả số hóa năm 2026 gửi Văn phòng UBND tỉnh tổng hợp", "", "Trước ngày 05/12/2026", [SBN, XA], [],
    "", "2026-12-04", "across the cut-offs: 'Trước ngày X' = X - 1"],
  ["13", "Kiểm tra việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại một số sở, ngành, xã, phường", "",
    "Quý III/2026", [VP], ["Sở Nội vụ", KH], "", "2026-09-30", "across the cut-offs: the quarter's last day"],
];

const N = 10;
const cut = (v) => (typeof v !== "number" ? C(v, { align: "center" })
  : C(v, { align: "center", fmt: v <= 1 ? "0%" : "#,##0" }));
const rows = [
  title("PHỤ LỤC II", N),
  title("LỘ TRÌNH, CHỈ TIÊU SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2026", N),
  title(`(Ban hành kèm theo Kế hoạch số: ${NUM} ngày 09/02/2026 của UBND tỉnh Thái Nguyên)`, N,
    { bold: false, italic: true }),
  blank(),
  { cells: [C("STT", { ...H, down: 1 }), C("Nhiệm vụ, chỉ tiêu", { ...H, down: 1 }),
    C("Chỉ tiêu năm 2026", { ...H, down: 1 }), C("Lộ trình thực hiện (lũy kế)", { ...H, across: 3 }),
    C("Cơ quan chủ trì", { ...H, down: 1 }), C("Cơ quan phối hợp", { ...H, down: 1 }), C("Ghi chú", { ...H, down: 1 })] },
  { cells: CUT_HEAD.map((h) => C(h, H)) },
];
const HEAD = 5;
for (const r of R) {
  const road = Array.isArray(r[3]) ? r[3].map(cut) : [C(r[3], { align: "center", across: 3 })];
  rows.push({ cells: [C(r[0], { align: "center" }), r[1], C(r[2], { align: "center" }), ...road, r[4].join(";\n"),
    r[5].join(";\n"), C(r[6], { italic: true })] });
}
rows.push(blank());
rows.push(note("Ghi chú: Số liệu tại các cột lộ trình là tỷ lệ (số lượng) lũy kế phải đạt đến mốc thời gian ghi ở đầu " +
  "cột; nhiệm vụ phải hoàn thành tại mốc đầu tiên đạt chỉ tiêu năm 2026, các mốc sau duy trì kết quả đã đạt.", N,
  { italic: true }));

const sheet = {
  name: "PL II - Lo trinh", widths: [5, 44, 13, 11, 11, 11, 12, 24, 26, 13], boxFrom: HEAD, size: 12, rows,
  setup(ws) { ws.pageSetup.printTitlesRow = `${HEAD}:${HEAD + 1}`; },
};
await saveBook51(DIR, [sheet], { creator: "VP UBND tinh - KSTT", created: "2026-02-03T01:30:00Z",
  modified: "2026-02-09T08:15:00Z", size: 12 }, { gs: true });

const tasks = [];
const lines = [];
for (const r of R) {
  const cells = Array.isArray(r[3]) ? r[3].map((v) => shown51(typeof v === "number" ? { v, fmt: v <= 1 ? "0%" : "#,##0" }
    : { v })).join(" | ") : r[3];
  if (!r[7]) { lines.push(`${r[0]} '${cells}' no task`); continue; }
  tasks.push(task(r[0], r[1], r[7], ans(r[4]), ans(r[5])));
  lines.push(when(r[0], cells, r[7]) + ` (${r[8]})`);
}
writeExpected(DIR, {
  id: ID,
  style: `Phụ lục II of Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 09/02/2026 (số hóa TTHC 2026). 'Lộ trình thực hiện ` +
    "(lũy kế)' over FOUR CUT-OFF COLUMNS 'Đến 31/3/2026' | 'Đến 30/6/2026' | 'Đến 30/9/2026' | 'Đến 15/12/2026' " +
    "holding cumulative targets; as the note says, due = the FIRST cut-off whose figure reaches the 'Chỉ tiêu năm " +
    "2026' (100%, or 'Tối thiểu 50%', '1.200 sổ'); later equal figures keep it. ref = STT. " + lines.join("; ") +
    ". 'Các sở, ban, ngành' = @departments; 'UBND các xã, phường' = the unresolved 'UBND cấp xã'; 'Trung tâm Phục " +
    "vụ hành chính công tỉnh', 'Viễn thông Thái Nguyên' unresolved; 12's 'gửi Văn phòng UBND tỉnh' is the recipient.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-02-09" },
  tasks,
  unresolved: [TTHCC, XA, "Viễn thông Thái Nguyên"],
  successors: [],
});
