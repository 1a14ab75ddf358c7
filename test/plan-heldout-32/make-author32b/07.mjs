// 07: Thái Nguyên (the merged province), UBND tỉnh, 02/3/2026 — phong trào "Bình dân học vụ số" năm 2026.
// Landscape. Page 2 holds the task list as TWO FLOATING TABLES SIDE BY SIDE (w:tblpPr anchored to the page at
// tblpX/tblpY, no text wrapping beside them): "A. KHỐI SỞ, NGÀNH" left, "B. KHỐI XÃ, PHƯỜNG" right, each with its
// own STT "A.1"… / "B.1"…; in the XML the left table comes first, then the right. plan.txt: the two tables one after
// the other. plan-auto: the outline numbers as Word lists (the STT "A.n" / "B.n" as lists "A.%1" / "B.%1").
// plan.pdf: LibreOffice (plan-auto).
import { addKind, build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "07-thai-nguyen-2026-floating-tables-side-by-side";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KH = "Sở Khoa học và Công nghệ";
const GD = "Sở Giáo dục và Đào tạo";
const XA = "UBND cấp xã";
const XV = "UBND các xã vùng đồng bào dân tộc thiểu số";
addKind("stta", ["decimal", "A.%1"]);
addKind("sttb", ["decimal", "B.%1"]);

const W = [750, 2900, 2050, 1350];
const mk = (letter, caption, items) => [
  [{ text: caption, span: 4, bold: true, align: "center" }],
  ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời hạn"].map((t) => ({ text: t, bold: true, align: "center" })),
  ...items.map(([text, unit, time], i) => [{ text: `${letter}.${i + 1}`, align: "center",
    list: { kind: letter === "A" ? "c-stta" : "c-sttb", inst: letter } }, text, unit, time]),
];
addKind("c-stta", ["decimal", "A.%1"]);
addKind("c-sttb", ["decimal", "B.%1"]);
const left = mk("A", "A. KHỐI SỞ, NGÀNH", [
  ["Ban hành bộ tài liệu hướng dẫn kỹ năng số cơ bản cho người dân", `Chủ trì: ${KH}; phối hợp: ${GD}`,
    "Trước ngày 31/3/2026"],
  ["Tập huấn cho thành viên Tổ công nghệ số cộng đồng", `Chủ trì: ${KH}; phối hợp: Tỉnh đoàn`, "Tháng 4/2026"],
  ["Phổ cập kỹ năng số, an toàn trên không gian mạng cho học sinh trung học", `Chủ trì: ${GD}`,
    "Trước ngày 31/5/2026"],
  ["Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức", `Chủ trì: Sở Nội vụ; phối hợp: ${KH}`, "Quý II/2026"],
  ["Hướng dẫn người bệnh sử dụng sổ sức khỏe điện tử trên ứng dụng VNeID", "Chủ trì: Sở Y tế; phối hợp: Công an tỉnh",
    "Tháng 7/2026"],
  ["Xây dựng chuyên mục “Bình dân học vụ số” trên báo chí, mạng xã hội",
    "Chủ trì: Báo và Phát thanh, Truyền hình Thái Nguyên", "Thường xuyên"],
  ["Sơ kết 6 tháng thực hiện phong trào", `Chủ trì: ${KH}`, "Ngày 15/7/2026"],
  ["Tổng kết, khen thưởng tập thể, cá nhân tiêu biểu năm 2026", `Chủ trì: ${KH}; phối hợp: Sở Nội vụ`,
    "Tháng 12/2026"],
]);
const right = mk("B", "B. KHỐI XÃ, PHƯỜNG", [
  ["Thành lập, kiện toàn Tổ công nghệ số cộng đồng tại thôn, tổ dân phố", "UBND các xã, phường",
    "Trước ngày 20/3/2026"],
  ["Mở lớp “Bình dân học vụ số” tại nhà văn hóa thôn, tổ dân phố", "UBND các xã, phường",
    "Từ tháng 4 đến tháng 9/2026"],
  ["Hỗ trợ hộ kinh doanh, chợ truyền thống thanh toán không dùng tiền mặt",
    "UBND các xã, phường; phối hợp: Sở Công Thương", "Quý III/2026"],
  ["Hướng dẫn người dân nộp hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công cấp xã", "UBND các xã, phường",
    "Thường xuyên"],
  ["Rà soát người trong độ tuổi lao động chưa có kỹ năng số", `${XV}; phối hợp: Sở Dân tộc và Tôn giáo`,
    "Chậm nhất ngày 30/6/2026"],
  ["Báo cáo kết quả 6 tháng, gửi Sở Khoa học và Công nghệ", "UBND các xã, phường", "Trước ngày 05/7/2026"],
  ["Công nhận thôn, tổ dân phố đạt tiêu chí “thôn số”", "UBND các xã, phường", "Giữa tháng 11/2026"],
  ["Báo cáo kết quả năm 2026, gửi Sở Khoa học và Công nghệ", "UBND các xã, phường", "Trước ngày 05/12/2026"],
]);

const P = (num, text, kind, bold) => ({ t: "p", num, text, align: "justify", bold,
  list: kind ? { kind, inst: kind } : undefined });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 37/KH-UBND", "Thái Nguyên, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH",
    "Triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh Thái Nguyên năm 2026"),
  P(undefined, "Thực hiện Kế hoạch số 01-KH/BCĐTW ngày 23/4/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, " +
    "công nghệ, đổi mới sáng tạo và chuyển đổi số về triển khai phong trào “Bình dân học vụ số”, UBND tỉnh ban hành " +
    "Kế hoạch thực hiện năm 2026 như sau:"),
  P("I.", "MỤC ĐÍCH, YÊU CẦU", "roman", true),
  P(undefined, "Phổ cập kiến thức, kỹ năng số cơ bản cho người dân, cán bộ, công chức; phân công nhiệm vụ cụ thể cho " +
    "khối sở, ngành và khối xã, phường, có thời hạn hoàn thành."),
  P("II.", "NHIỆM VỤ CỤ THỂ", "roman", true),
  P(undefined, "(Phân công nhiệm vụ theo hai khối tại bảng dưới đây)"),
  { t: "br", before: true },
  { t: "table", widths: W, rows: left, float: { x: 0, y: 0, v: "text", h: "margin" } },
  { t: "table", widths: W, rows: right, float: { x: 7520, y: 0, v: "text", h: "margin" } },
  { t: "br" },
  P("III.", "TỔ CHỨC THỰC HIỆN", "roman", true),
  P(undefined, "Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch; các cơ quan, " +
    "đơn vị báo cáo định kỳ hằng quý về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh."),
  ...sign(["Bộ Khoa học và Công nghệ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Nguyễn Thanh Bình"),
];

const tasks = [
  task("A.1", "Ban hành bộ tài liệu hướng dẫn kỹ năng số cơ bản cho người dân", "2026-03-30", [KH], [GD]),
  task("A.2", "Tập huấn cho thành viên Tổ công nghệ số cộng đồng", "2026-04-30", [KH], ["Tỉnh đoàn"]),
  task("A.3", "Phổ cập kỹ năng số, an toàn trên không gian mạng cho học sinh trung học", "2026-05-30", [GD]),
  task("A.4", "Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức", "2026-06-30", ["Sở Nội vụ"], [KH]),
  task("A.5", "Hướng dẫn người bệnh sử dụng sổ sức khỏe điện tử trên ứng dụng VNeID", "2026-07-31", ["Sở Y tế"],
    ["Công an tỉnh"]),
  task("A.7", "Sơ kết 6 tháng thực hiện phong trào", "2026-07-15", [KH]),
  task("A.8", "Tổng kết, khen thưởng tập thể, cá nhân tiêu biểu năm 2026", "2026-12-31", [KH], ["Sở Nội vụ"]),
  task("B.1", "Thành lập, kiện toàn Tổ công nghệ số cộng đồng tại thôn, tổ dân phố", "2026-03-19", [XA]),
  task("B.2", "Mở lớp “Bình dân học vụ số” tại nhà văn hóa thôn, tổ dân phố", "2026-09-30", [XA]),
  task("B.3", "Hỗ trợ hộ kinh doanh, chợ truyền thống thanh toán không dùng tiền mặt", "2026-09-30", [XA],
    ["Sở Công Thương"]),
  task("B.5", "Rà soát người trong độ tuổi lao động chưa có kỹ năng số", "2026-06-30", [XV],
    ["Sở Dân tộc và Tôn giáo"]),
  task("B.6", "Báo cáo kết quả 6 tháng", "2026-07-04", [XA]),
  task("B.7", "Công nhận thôn, tổ dân phố đạt tiêu chí “thôn số”", "2026-11-15", [XA]),
  task("B.8", "Báo cáo kết quả năm 2026", "2026-12-04", [XA]),
];

await build(DIR, {
  blocks, printer: "libreoffice", landscape: true,
  expected: {
    id: ID,
    style: "Kế hoạch 37/KH-UBND of UBND tỉnh Thái Nguyên (the merged province), 02/3/2026, phong trào 'Bình dân học " +
      "vụ số'. Landscape; page 2 holds two FLOATING tables side by side (w:tblpPr anchored to the page, tblpX 1134 " +
      "and 8704, the same tblpY, no text wrapping), 'A. KHỐI SỞ, NGÀNH' left and 'B. KHỐI XÃ, PHƯỜNG' right, each " +
      "with a caption row and its own STT printed 'A.1'…'A.8' / 'B.1'…'B.8' (plan-auto: Word lists 'A.%1' / " +
      "'B.%1'); XML order: left table, then right. plan.txt: the two tables one after the other. ref = the STT as " +
      "printed ('A.3', 'B.5'). Column 'Đơn vị thực hiện': 'Chủ trì: X; phối hợp: Y' (B rows: the lead first, then " +
      "'phối hợp:'). Dates (2026): A.1 'Trước 31/3' -> 30/3 Mon; A.2 'Tháng 4' 30/4 (day off, 1/5 too, then a " +
      "weekend) -> 4/5 Mon; A.3 'Trước 31/5' -> 30/5 Sat -> 1/6; A.4 'Quý II' 30/6; A.5 'Tháng 7' 31/7 Fri; A.6 " +
      "'Thường xuyên' no task; A.7 'Ngày 15/7' Wed; A.8 'Tháng 12' 31/12 Thu; B.1 'Trước 20/3' -> 19/3; B.2 'Từ " +
      "tháng 4 đến tháng 9' 30/9; B.3 'Quý III' 30/9; B.4 'Thường xuyên' no task; B.5 'Chậm nhất 30/6' (lead 'UBND " +
      "các xã vùng đồng bào dân tộc thiểu số', a partial group: as written, unresolved); B.6 'Trước 05/7' -> 4/7 " +
      "Sat -> 6/7 (Sở KH&CN the recipient); B.7 'Giữa tháng 11' 15/11 Sun -> 16/11; B.8 'Trước 05/12' -> 4/12 " +
      "Fri. 'UBND các xã, phường' = UBND cấp xã (unresolved). Part III's quarterly reports are undated, no task.",
    province: "Thái Nguyên",
    plan: { number: "37/KH-UBND", date: "2026-03-02" },
    tasks,
    unresolved: [XA, XV],
    successors: [],
  },
});
