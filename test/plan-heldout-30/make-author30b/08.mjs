// 08: Thái Nguyên, UBND tỉnh (after the reorganisation), 10/3/2026 — a short plan (Ngày Sách và Văn hóa đọc Việt
// Nam 2026) whose task table is TRANSPOSED: the row headers run down the first column ("Nội dung", "Cơ quan chủ
// trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm") and each task is a COLUMN ("Nhiệm vụ 1" … "Nhiệm vụ 6" in the
// header row). The table sits in a landscape section between two portrait ones; prose after it (III) gives four
// more dated tasks. plan.pdf: LibreOffice.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-thai-nguyen-2026-transposed-task-table-one-column-per-task-landscape-then-prose";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VH = "Sở Văn hóa, Thể thao và Du lịch";
const GD = "Sở Giáo dục và Đào tạo";
const KH = "Sở Khoa học và Công nghệ";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";
const TV = "Thư viện tỉnh";
const XA = "UBND cấp xã";

// [content, lead written, L, coord written, C, time written, due, product]
const COLS = [
  ["Xây dựng, ban hành kế hoạch chi tiết và hướng dẫn tổ chức các hoạt động hưởng ứng Ngày Sách tại thư viện, " +
    "trường học, điểm bưu điện văn hóa xã", VH, [VH], GD, [GD], "Trước ngày 20/3/2026", "2026-03-19",
  "Văn bản hướng dẫn"],
  ["Tổ chức Hội sách tỉnh năm 2026; trưng bày, giới thiệu sách, tài liệu về Thái Nguyên và Bắc Kạn (cũ)", VH, [VH],
    "Bưu điện tỉnh; UBND các xã, phường", ["Bưu điện tỉnh", XA], "Từ ngày 18/4 đến ngày 21/4/2026", "2026-04-21",
    "Hội sách tỉnh"],
  ["Phát động cuộc thi Đại sứ Văn hóa đọc và phong trào đọc sách trong học sinh các cấp", GD, [GD],
    "Tỉnh đoàn; Sở Văn hóa, Thể thao và Du lịch", ["Tỉnh đoàn", VH], "Tháng 4/2026", "2026-04-30",
    "Kế hoạch phát động, danh sách bài dự thi"],
  ["Tuyên truyền về Ngày Sách trên báo in, báo điện tử, truyền hình; mở chuyên mục “Cuốn sách tôi yêu”", BAO, [BAO],
    VH, [VH], "Từ ngày 01/4 đến ngày 25/4/2026", "2026-04-25", "Tin, bài, phóng sự"],
  ["Số hóa, đưa lên Thư viện số của tỉnh tài liệu địa chí Thái Nguyên và Bắc Kạn (cũ)", KH, [KH],
    "Sở Văn hóa, Thể thao và Du lịch; Thư viện tỉnh", [VH, TV], "Quý II/2026", "2026-06-30",
    "Bộ sưu tập số tài liệu địa chí"],
  ["Tổng hợp kết quả tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2026 trên địa bàn tỉnh", VH, [VH],
    "Các sở, ban, ngành; UBND các xã, phường", ["@departments", XA], "Trước ngày 15/5/2026", "2026-05-14",
    "Báo cáo UBND tỉnh, Bộ Văn hóa, Thể thao và Du lịch"],
];

const tasks = COLS.map(([text, , L, , C, , due], i) => task(String(i + 1), text, due, L, C));
tasks.push(task("III.1", "Báo cáo UBND tỉnh công tác chuẩn bị Ngày Sách và Văn hóa đọc Việt Nam năm 2026",
  "2026-04-10", [VH]));
tasks.push(task("III.2", "Xây dựng kế hoạch hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2026", "2026-03-30",
  ["@departments", XA]));
tasks.push(task("III.3", "Thẩm định, tham mưu bố trí kinh phí tổ chức Hội sách tỉnh năm 2026", "2026-04-03",
  ["Sở Tài chính"]));
tasks.push(task("III.4", "Chỉ đạo tổ chức Ngày hội đọc sách thiếu nhi tại các xã, phường", "2026-04-23",
  ["Tỉnh đoàn"], ["Hội Liên hiệp Phụ nữ tỉnh"]));

const P = (text, extra = {}) => ({ t: "p", text, align: "justify", ...extra });
const LABELS = ["Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm"];
const FIELD = [0, 1, 3, 5, 7];
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 64/KH-UBND", "Thái Nguyên, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH",
    "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam lần thứ 5 năm 2026 trên địa bàn tỉnh Thái Nguyên"),
  P("Thực hiện Quyết định số 1862/QĐ-TTg ngày 04/11/2021 của Thủ tướng Chính phủ về Ngày Sách và Văn hóa đọc Việt " +
    "Nam và hướng dẫn của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh ban hành Kế hoạch tổ chức Ngày Sách và Văn hóa " +
    "đọc Việt Nam lần thứ 5 năm 2026 (ngày 21/4/2026) như sau:"),
  P("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  P("Khuyến khích, phát triển phong trào đọc sách trong cộng đồng, nhất là thanh thiếu niên, học sinh; phát huy vai " +
    "trò của hệ thống thư viện sau khi hợp nhất tỉnh Thái Nguyên và tỉnh Bắc Kạn. Các hoạt động tổ chức thiết thực, " +
    "tiết kiệm, gắn với chuyển đổi số trong lĩnh vực thư viện."),
  P("II. NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN", { bold: true }),
  P("Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp, thời hạn và sản phẩm được phân công tại bảng sau:"),
  { t: "sect" },
  { t: "table", widths: [1970, ...COLS.map(() => 2100)], header: 1, rows: [
    [{ text: "Nhiệm vụ\nTiêu chí", align: "center" }, ...COLS.map((_, i) => ({ text: `Nhiệm vụ ${i + 1}`,
      align: "center" }))],
    ...LABELS.map((label, r) => [{ text: label, bold: true }, ...COLS.map((c) => ({ text: c[FIELD[r]],
      align: r >= 3 ? "center" : undefined }))]),
  ] },
  { t: "sect", landscape: true, type: "nextPage" },
  P("III. TỔ CHỨC THỰC HIỆN", { bold: true }),
  P("1. Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế " +
    "hoạch; chậm nhất ngày 10/4/2026 báo cáo UBND tỉnh công tác chuẩn bị Ngày Sách và Văn hóa đọc Việt Nam năm 2026."),
  P("2. Các sở, ban, ngành, UBND các xã, phường căn cứ chức năng, nhiệm vụ xây dựng kế hoạch hưởng ứng, gửi Sở Văn " +
    "hóa, Thể thao và Du lịch trước ngày 31/3/2026 để tổng hợp."),
  P("3. Sở Tài chính thẩm định, tham mưu bố trí kinh phí tổ chức Hội sách tỉnh năm 2026 từ nguồn sự nghiệp văn hóa, " +
    "hoàn thành trong ngày 03/4/2026."),
  P("4. Tỉnh đoàn chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh chỉ đạo tổ chức Ngày hội đọc sách thiếu nhi tại " +
    "các xã, phường, xong ngày 23/4/2026."),
  P("5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, vận động " +
    "đoàn viên, hội viên tích cực tham gia các hoạt động hưởng ứng."),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo UBND tỉnh (qua Sở " +
    "Văn hóa, Thể thao và Du lịch) để xem xét, chỉ đạo./."),
  ...sign(["Bộ Văn hóa, Thể thao và Du lịch (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Đặng Xuân Trường"),
];

await build(DIR, {
  blocks, printer: "libreoffice", lastType: "nextPage",
  expected: {
    id: ID,
    style: "Kế hoạch 64/KH-UBND of UBND tỉnh Thái Nguyên (after the reorganisation), 10/3/2026, Ngày Sách và Văn hóa " +
      "đọc Việt Nam 2026. II is a TRANSPOSED task table in a landscape section: the first column holds the row " +
      "headers 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Sản phẩm'; the header row names one " +
      "column per task 'Nhiệm vụ 1' … 'Nhiệm vụ 6' (its corner cell 'Nhiệm vụ / Tiêu chí'). A task is a COLUMN: ref " +
      "= its number ('1'-'6'), title = its 'Nội dung' cell, lead / coordinators / due from the cells below it in " +
      "the same column; 'Sản phẩm' is no unit (6's 'Báo cáo UBND tỉnh, Bộ …' is the product, not a lead). Dates " +
      "(2026): 1 'Trước ngày 20/3' -> 19/3 Thu; 2 'Từ ngày 18/4 đến ngày 21/4' -> 21/4 Tue; 3 'Tháng 4' -> 30/4 " +
      "(holiday) -> 4/5 Mon; 4 'Từ 01/4 đến 25/4' -> 25/4 Sat, 27/4 Giỗ Tổ (compensated) -> 28/4 Tue; 5 'Quý II' " +
      "30/6 Tue; 6 'Trước ngày 15/5' -> 14/5 Thu. III (portrait again, prose): III.1 'chậm nhất ngày 10/4/2026 " +
      "báo cáo UBND tỉnh' 10/4 Fri (UBND tỉnh a recipient); III.2 'gửi Sở VHTTDL trước ngày 31/3/2026' -> 30/3 Mon " +
      "(lead @departments and UBND các xã, phường = UBND cấp xã, unresolved; the Sở a recipient); III.3 'hoàn " +
      "thành trong ngày 03/4/2026' 3/4 Fri; III.4 'Tỉnh đoàn chủ trì, phối hợp với Hội LHPN tỉnh … xong ngày " +
      "23/4/2026' Thu. III.5 ('Đề nghị' the Front, undated) no task. 'Thư viện tỉnh' is no directory unit: as " +
      "written, unresolved. PDF: LibreOffice from plan-auto.docx (portrait, landscape, portrait pages).",
    province: "Thái Nguyên",
    plan: { number: "64/KH-UBND", date: "2026-03-10" },
    tasks,
    unresolved: [XA, TV],
    successors: [],
  },
});
