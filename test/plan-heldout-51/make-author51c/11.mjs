// 11: Lai Châu 2025, after the reorganisation. Kế hoạch số 3152/KH-UBND ngày 26/9/2025 of UBND tỉnh Lai Châu typed
// WHOLE IN EXCEL (the Decree 30 header block in cells, "Số:" and the place and date in their own cells, Nơi nhận and
// signature under the table): a two-year roadmap (Nghị quyết 57-NQ/TW, 2025 - 2026) whose time is "Thời gian hoàn
// thành" merged over ONE COLUMN PER YEAR, "Năm 2025" | "Năm 2026", each cell holding only a month, a quarter or a
// day-month without the year ("Tháng 11", "Quý II", "Trước 15/12", "30/10", cells formatted as Text), the year being
// the column's; one row with words in both years ("Bắt đầu triển khai" | "Hoàn thành Quý III"), one "Thường xuyên"
// merged across both. Bold group rows I-IV, STT running 1-13.
import { C, H, blank, note, saveBook51, task, title, when, writeExpected } from "./common.mjs";

const ID = "11-lai-chau-2025-whole-plan-typed-in-excel-roadmap-one-time-column-per-year-nam-2025-nam-2026-yearless-cells";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "3152/KH-UBND";
const KH = "Sở Khoa học và Công nghệ", TP = "Sở Tư pháp", TC = "Sở Tài chính", CA = "Công an tỉnh";
const XA = "UBND các xã, phường", SBN = "Các sở, ban, ngành";
const MAP = { [SBN]: "@departments" };
const ans = (names) => [...new Set(names.map((n) => MAP[n] ?? n))];

// Group rows: ["I", title]. Task rows: [STT, task, lead, partners, cell 2025, cell 2026, due | null, why, product];
// a 2025 cell "*" = one cell merged over both years.
const R = [
  ["I", "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH"],
  ["1", "Rà soát, đề xuất sửa đổi, bãi bỏ các quy định của tỉnh không còn phù hợp, cản trở phát triển khoa học, công " +
    "nghệ, đổi mới sáng tạo và chuyển đổi số", TP, [SBN], "Tháng 11", "", "2025-11-30", "Năm 2025 'Tháng 11': the " +
    "month's last day", "Báo cáo rà soát"],
  ["2", "Xây dựng, trình HĐND tỉnh ban hành chính sách hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh",
    KH, [TC, TP], "", "Quý II", "2026-06-30", "Năm 2026 'Quý II'", "Nghị quyết của HĐND tỉnh"],
  ["II", "PHÁT TRIỂN HẠ TẦNG SỐ"],
  ["3", "Phủ sóng di động 4G/5G đến các thôn, bản chưa có sóng hoặc sóng yếu", KH,
    ["Viettel Lai Châu", "VNPT Lai Châu", XA], "Bắt đầu triển khai", "Hoàn thành Quý III", "2026-09-30",
    "2025 says only when it starts; 2026 'Hoàn thành Quý III' is its deadline", "Các trạm BTS được lắp đặt"],
  ["4", "Nâng cấp Trung tâm dữ liệu tỉnh, bảo đảm an toàn thông tin theo cấp độ 3", KH, [CA], "", "Tháng 3",
    "2026-03-31", "Năm 2026 'Tháng 3'", "Hồ sơ cấp độ được phê duyệt"],
  ["5", "Trang bị thiết bị, đường truyền cho Bộ phận Một cửa cấp xã bảo đảm giải quyết thủ tục hành chính trên môi " +
    "trường điện tử", XA, [KH, TC], "Trước 15/12", "", "2025-12-14", "Năm 2025 'Trước 15/12' = 15/12 - 1",
    "Thiết bị được trang bị"],
  ["III", "PHÁT TRIỂN DỮ LIỆU SỐ"],
  ["6", "Xây dựng, hoàn thiện cơ sở dữ liệu đất đai, kết nối với Hệ thống thông tin đất đai quốc gia",
    "Sở Nông nghiệp và Môi trường", [XA], "", "Quý IV", "2026-12-31", "Năm 2026 'Quý IV'", "Cơ sở dữ liệu đất đai"],
  ["7", "Làm sạch, chuẩn hóa dữ liệu hồ sơ sức khỏe điện tử, kết nối với ứng dụng VNeID", "Sở Y tế",
    ["Bảo hiểm xã hội tỉnh", CA], "31/12", "", "2025-12-31", "Năm 2025 '31/12'", "Dữ liệu được làm sạch"],
  ["8", "Số hóa sổ hộ tịch, dữ liệu hộ tịch lưu trữ tại cấp xã", TP, [XA], "", "15/5", "2026-05-15", "Năm 2026 " +
    "'15/5'", "Dữ liệu hộ tịch được số hóa"],
  ["9", "Chuẩn hóa dữ liệu học sinh, giáo viên, kết nối cơ sở dữ liệu ngành giáo dục với Cơ sở dữ liệu quốc gia về dân cư",
    "Sở Giáo dục và Đào tạo", [KH], "Quý IV", "", "2025-12-31", "Năm 2025 'Quý IV'", "Dữ liệu được kết nối"],
  ["IV", "PHÁT TRIỂN NHÂN LỰC, TUYÊN TRUYỀN"],
  ["10", "Vận hành Nền tảng học trực tuyến \"Bình dân học vụ số\", hướng dẫn người dân sử dụng kỹ năng số cơ bản", KH,
    ["Tỉnh đoàn", XA], "*", "Thường xuyên", null, "", "Số lượt người học"],
  ["11", "Bồi dưỡng kỹ năng số, an toàn thông tin cho cán bộ, công chức cấp xã", "Sở Nội vụ", [KH, XA], "", "Tháng 8",
    "2026-08-31", "Năm 2026 'Tháng 8'", "Số lớp, số học viên"],
  ["12", "Mở chuyên mục tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    "Báo và Phát thanh, Truyền hình Lai Châu", ["Sở Văn hóa, Thể thao và Du lịch"], "30/10", "", "2025-10-30",
    "Năm 2025 '30/10'", "Chuyên mục được phát sóng"],
  ["13", "Sơ kết, đánh giá kết quả thực hiện giai đoạn 2025 - 2026, báo cáo Ban Thường vụ Tỉnh ủy", KH, [SBN, XA], "",
    "Trước 20/12", "2026-12-19", "Năm 2026 'Trước 20/12' = 20/12 - 1", "Báo cáo sơ kết"],
];

const N = 7;
const TXT = { align: "center", fmt: "@" };
const rows = [
  { cells: [C("ỦY BAN NHÂN DÂN", { align: "center", across: 2 }), "", C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    { bold: true, align: "center", across: 2 })], box: false },
  { cells: [C("TỈNH LAI CHÂU", { bold: true, align: "center", across: 2 }), "", C("Độc lập - Tự do - Hạnh phúc",
    { bold: true, align: "center", across: 2 })], box: false },
  { cells: [C(`Số: ${NUM}`, { align: "center", across: 2 }), "", C("Lai Châu, ngày 26 tháng 9 năm 2025",
    { italic: true, align: "center", across: 2 })], box: false },
  blank(),
  title("KẾ HOẠCH", N),
  title("Lộ trình thực hiện các nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn " +
    "tỉnh giai đoạn 2025 - 2026", N),
  title("(Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, " +
    "đổi mới sáng tạo và chuyển đổi số quốc gia)", N, { bold: false, italic: true }),
  blank(),
  { cells: [C("STT", { ...H, down: 1 }), C("Nhiệm vụ", { ...H, down: 1 }), C("Cơ quan chủ trì", { ...H, down: 1 }),
    C("Cơ quan phối hợp", { ...H, down: 1 }), C("Thời gian hoàn thành", { ...H, across: 1 }),
    C("Sản phẩm", { ...H, down: 1 })] },
  { cells: [C("Năm 2025", H), C("Năm 2026", H)] },
];
const HEAD = 9;
for (const r of R) {
  if (r.length === 2) {
    rows.push({ cells: [C(r[0], { bold: true, align: "center" }), C(r[1], { bold: true, across: N - 2 })] });
    continue;
  }
  const time = r[4] === "*" ? [C(r[5], { ...TXT, across: 1 })] : [C(r[4], TXT), C(r[5], TXT)];
  rows.push({ cells: [C(r[0], { align: "center" }), r[1], r[2], r[3].join(";\n"), ...time, r[8]] });
}
rows.push(blank());
rows.push(note("Ghi chú: Thời gian tại cột \"Năm 2025\", \"Năm 2026\" là thời hạn hoàn thành nhiệm vụ trong năm đó.", N,
  { italic: true }));
rows.push(blank());
rows.push({ cells: [C("Nơi nhận:", { bold: true, italic: true, across: 1 }), "", "", C("TM. ỦY BAN NHÂN DÂN",
  { bold: true, align: "center", across: 2 })], box: false });
const recv = ["- Bộ Khoa học và Công nghệ (b/c);", "- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);",
  "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."];
const sign = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Lò Văn Hùng"];
recv.forEach((t, i) => rows.push({ cells: [C(t, { size: 10, across: 1 }), "", "",
  C(sign[i], { bold: i !== 3, italic: i === 3, align: "center", across: 2 })], box: false }));

const sheet = {
  name: "Ke hoach 3152", widths: [6, 50, 24, 28, 15, 15, 24], boxFrom: HEAD, size: 12, rows,
  setup(ws) { ws.pageSetup.printTitlesRow = `${HEAD}:${HEAD + 1}`; },
};
await saveBook51(DIR, [sheet], { creator: "VP UBND tinh Lai Chau", created: "2025-09-22T02:00:00Z",
  modified: "2025-09-26T09:10:00Z", size: 12 });

const tasks = [];
const lines = [];
for (const r of R) {
  if (r.length === 2) continue;
  if (!r[6]) { lines.push(`${r[0]} '${r[5]}' across both years: no task`); continue; }
  tasks.push(task(r[0], r[1], r[6], ans([r[2]]), ans(r[3])));
  lines.push(when(r[0], null, r[6]) + ` (${r[7]})`);
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 26/9/2025 (NQ 57, 2025 - 2026; after 1/7/2025), TYPED WHOLE IN EXCEL: ` +
    "header block, number and date in cells, table, Nơi nhận and signature. 'Thời gian hoàn thành' merged over ONE " +
    "COLUMN PER YEAR ('Năm 2025' | 'Năm 2026'); a cell's month, quarter or day is in its column's year (the note says " +
    "so). ref = STT (1-13 running through groups I-IV). " + lines.join("; ") + ". Partners one a line; 'Các sở, ban, " +
    "ngành' = @departments; 'UBND các xã, phường' (no commune imported) = the unresolved 'UBND cấp xã', lead of 5; " +
    "'Viettel Lai Châu', 'VNPT Lai Châu' unresolved. NQ 57's date 22/12/2024 dates a document; Nơi nhận names no task.",
  province: "Lai Châu",
  plan: { number: NUM, date: "2025-09-26" },
  tasks,
  unresolved: ["UBND các xã, phường", "Viettel Lai Châu", "VNPT Lai Châu"],
  successors: [],
});
