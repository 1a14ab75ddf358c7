// 04: Thái Nguyên after the reorganisation (24/11/2025) — Ban Quản lý các khu công nghiệp tỉnh's plan for workers
// in the industrial zones over Tết Bính Ngọ and early 2026: one table whose Thời hạn column mixes two-date cells
// ("Dự thảo: 28/11/2025; Ban hành: 05/12/2025"), "Trước Tết Nguyên đán Bính Ngọ", "Sau Tết …", "Giữa tháng",
// "Đầu tháng", "Cuối tháng", "Cuối quý I/2026". plan.pdf: LibreOffice, then Ghostscript pdfwrite.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-thai-nguyen-2026-industrial-zones-board-tet-workers-table-draft-issue-time-cells";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const LDG = "Phòng Quản lý lao động";
const QH = "Phòng Quản lý quy hoạch và xây dựng";
const MTR = "Phòng Quản lý môi trường";
const VPB = "Văn phòng Ban";
const XA = "UBND cấp xã";
const XAK = "UBND các xã, phường có khu công nghiệp";

const C = (text) => ({ text, align: "center" });
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });

const ROWS = [
  ["Ban hành kế hoạch kiểm tra việc chấp hành pháp luật lao động, trả lương, thưởng Tết tại doanh nghiệp", LDG,
    "Sở Nội vụ; Liên đoàn Lao động tỉnh", "Dự thảo: 28/11/2025;\nBan hành: 05/12/2025"],
  ["Nắm tình hình nợ lương, nợ bảo hiểm xã hội, nguy cơ ngừng việc tập thể", LDG,
    "Bảo hiểm xã hội tỉnh; Công an tỉnh", "Giữa tháng 12/2025"],
  ["Tổng hợp phương án thưởng Tết, lịch nghỉ Tết của doanh nghiệp, báo cáo UBND tỉnh, Sở Nội vụ", LDG, "",
    "Trước ngày 10/01/2026"],
  ["Kiểm tra phòng cháy, chữa cháy tại nhà xưởng, kho hàng, khu lưu trú công nhân", "Công an tỉnh",
    `Phòng Quản lý doanh nghiệp; ${XAK}`, "Cuối tháng 12/2025"],
  ["Tổ chức chương trình “Tết sum vầy”, trao quà cho công nhân có hoàn cảnh khó khăn", "Liên đoàn Lao động tỉnh",
    VPB, "Trước Tết Nguyên đán Bính Ngọ"],
  ["Bảo đảm cấp điện ổn định cho các khu công nghiệp", "Công ty Điện lực Thái Nguyên", QH,
    "Trước, trong và sau Tết"],
  ["Kiểm tra tình hình người lao động trở lại làm việc", LDG, "Công đoàn các khu công nghiệp",
    "Sau Tết Nguyên đán"],
  ["Xây dựng Quy chế phối hợp quản lý nhà ở cho công nhân trong khu công nghiệp", QH, `Sở Xây dựng; UBND các ` +
    "xã, phường", "Dự thảo: tháng 02/2026;\nBan hành: tháng 3/2026"],
  ["Rà soát, đánh giá hệ thống xử lý nước thải tập trung của các khu công nghiệp Yên Bình, Điềm Thụy, Sông " +
    "Công II", MTR, "Sở Nông nghiệp và Môi trường", "Đầu tháng 3/2026"],
  ["Sơ kết công tác bảo đảm quyền lợi người lao động dịp Tết, báo cáo UBND tỉnh", VPB, "Các phòng thuộc Ban",
    "Cuối quý I/2026"],
  ["Cập nhật dữ liệu lao động trong khu công nghiệp lên hệ thống thông tin thị trường lao động", LDG,
    "Công an tỉnh", "Hằng tháng"],
  ["Tổng kết công tác năm 2026", VPB, "Các phòng thuộc Ban", "Dự thảo báo cáo: 25/11/2026;\nGửi UBND tỉnh: " +
    "05/12/2026"],
];

const blocks = [
  ...head("UBND TỈNH THÁI NGUYÊN\nBAN QUẢN LÝ CÁC\nKHU CÔNG NGHIỆP", "Số: 96/KH-BQL",
    "Thái Nguyên, ngày 24 tháng 11 năm 2025", "KẾ HOẠCH",
    "Chăm lo đời sống, bảo đảm quyền lợi người lao động trong các khu công nghiệp\ndịp Tết Nguyên đán Bính Ngọ " +
    "và quý I năm 2026"),
  plain("Căn cứ Chỉ thị của Chủ tịch UBND tỉnh về tổ chức Tết Nguyên đán Bính Ngọ năm 2026; Ban Quản lý các khu " +
    "công nghiệp tỉnh ban hành Kế hoạch với các nhiệm vụ, phân công cụ thể tại bảng dưới đây:"),
  { t: "table", widths: [750, 3750, 1700, 1900, 1800], header: 1, rows: [
    [C("STT"), C("Nhiệm vụ"), C("Đơn vị chủ trì"), C("Đơn vị phối hợp"), C("Thời hạn")],
    ...ROWS.map((r, i) => [{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "T" } }, ...r]),
  ] },
  plain("Các phòng thuộc Ban báo cáo kết quả thực hiện về Văn phòng Ban trước ngày 25 hằng tháng để tổng hợp. " +
    "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Ban Quản lý các khu công nghiệp tỉnh " +
    "(qua Phòng Quản lý lao động) để xử lý./."),
  ...sign(["UBND tỉnh (b/c)", "Sở Nội vụ", "Liên đoàn Lao động tỉnh", "Công an tỉnh",
    "UBND các xã, phường có khu công nghiệp", "Các phòng thuộc Ban"], "TRƯỞNG BAN", "Dương Văn Lượng"),
];

const t = (n, due, lead, co = []) => task(String(n), ROWS[n - 1][0], due, lead, co);
const tasks = [
  t(1, "2025-12-05", [LDG], ["Sở Nội vụ", "Liên đoàn Lao động tỉnh"]),
  t(2, "2025-12-15", [LDG], ["Bảo hiểm xã hội tỉnh", "Công an tỉnh"]),
  t(3, "2026-01-09", [LDG]),
  t(4, "2025-12-31", ["Công an tỉnh"], ["Phòng Quản lý doanh nghiệp", XAK]),
  t(5, "2026-02-16", ["Liên đoàn Lao động tỉnh"], [VPB]),
  t(8, "2026-03-31", [QH], ["Sở Xây dựng", XA]),
  t(9, "2026-03-10", [MTR], ["Sở Nông nghiệp và Môi trường"]),
  t(10, "2026-03-31", [VPB], ["Các phòng thuộc Ban"]),
  t(12, "2026-12-05", [VPB], ["Các phòng thuộc Ban"]),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 96/KH-BQL of Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên, 24/11/2025 (after the " +
      "reorganisation), workers in the industrial zones over Tết Bính Ngọ 2026. No Roman sections: one table STT " +
      "| Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn (STT a Word cell list in the auto docx), then a " +
      "closing paragraph (hằng tháng, no task). ref = the STT ('1' … '12'). Lead = Đơn vị chủ trì, coordinators = " +
      "Đơn vị phối hợp (split at ';'). Times: two-date cells -> the LAST date ('Dự thảo: 28/11/2025; Ban hành: " +
      "05/12/2025' -> 5/12; 'Dự thảo: tháng 02/2026; Ban hành: tháng 3/2026' -> 31/3; 'Dự thảo báo cáo: " +
      "25/11/2026; Gửi UBND tỉnh: 05/12/2026' -> 5/12 Sat -> 7/12); 'Giữa tháng 12/2025' -> 15/12; 'Trước ngày " +
      "10/01/2026' -> 9/1; 'Cuối tháng 12/2025' -> 31/12; 'Đầu tháng 3/2026' -> 10/3 (the 10th, as the corpus " +
      "reads đầu tháng); 'Cuối quý I/2026' -> 31/3; 'Trước Tết Nguyên đán Bính Ngọ' -> Tết = mùng 1 Tết = " +
      "17/2/2026, 'trước X' = X-1 -> 16/2 (Tết days off 16-20/2, weekend) -> 23/2. Left out: row 6 ('Trước, " +
      "trong và sau Tết': a period, no end date), row 7 ('Sau Tết Nguyên đán': a start), row 11 (hằng tháng). " +
      "The Board's own offices (Phòng Quản lý lao động, … , Văn phòng Ban, Các phòng thuộc Ban), Công đoàn các " +
      "khu công nghiệp and 'UBND các xã, phường có khu công nghiệp' (a partial group) are unresolved as written; " +
      "'UBND các xã, phường' = UBND cấp xã. 'báo cáo UBND tỉnh, Sở Nội vụ' is a recipient. PDF: LibreOffice from " +
      "the auto docx, then Ghostscript pdfwrite.",
    province: "Thái Nguyên",
    plan: { number: "96/KH-BQL", date: "2025-11-24" },
    tasks,
    unresolved: [LDG, QH, MTR, VPB, XA, XAK, "Phòng Quản lý doanh nghiệp", "Các phòng thuộc Ban"],
    successors: [],
  },
});
