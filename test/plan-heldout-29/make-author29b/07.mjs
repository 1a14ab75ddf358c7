// 07: Thái Nguyên, UBND tỉnh (after the reorganisation), 16/3/2026 — a plan AMENDING the deadlines of an earlier
// plan (Kế hoạch 15/KH-UBND of 23/01/2026 on the business climate, PCI). II.1 is a table "TT | Nhiệm vụ | Cơ quan
// chủ trì | Thời hạn theo Kế hoạch số 15/KH-UBND | Thời hạn điều chỉnh" with a column-number row "(1) … (5)";
// most rows give the new deadline in (5) or "Giữ nguyên"; three rows were edited in place instead: (4) shows the
// old deadline STRUCK THROUGH (w:strike; HTML <s>) and the new one after it, (5) left empty. II.2 quotes a
// paragraph of the old plan with its date struck through the same way. plan.txt writes a struck text as a copy
// does: "old (đã điều chỉnh: new)". plan.pdf: LibreOffice, then Ghostscript.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "07-thai-nguyen-2026-deadline-amendment-table-old-new-columns-struck-old-dates-keep-rows";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TC = "Sở Tài chính";
const NM = "Sở Nông nghiệp và Môi trường";
const VP = "Văn phòng UBND tỉnh";
const NHNN = "Ngân hàng Nhà nước Chi nhánh Khu vực 5";
const XA = "UBND cấp xã";
const KEEP = "Giữ nguyên";

// [task, lead written, lead, old (4), new (5), due]
const ROWS = [
  ["Vận hành Cổng thông tin hỗ trợ doanh nghiệp, nhà đầu tư của tỉnh trên nền tảng số", TC, [TC], "Tháng 3/2026",
    "Tháng 6/2026", "2026-06-30"],
  ["Công bố danh mục dự án kêu gọi đầu tư năm 2026", TC, [TC], "Trước 31/3/2026", "Trước 15/5/2026", "2026-05-14"],
  ["Rà soát, công khai quỹ đất sạch sẵn sàng giao cho nhà đầu tư", NM, [NM], "Quý I/2026", KEEP, "2026-03-31"],
  ["Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp, nhà đầu tư", VP, [VP], "30/4/2026",
    "Ngày 12/5/2026", "2026-05-12"],
  ["Khảo sát, công bố kết quả đánh giá năng lực điều hành của các sở, ngành và UBND các xã, phường (DDCI) năm " +
    "2026", "Sở Nội vụ", ["Sở Nội vụ"], "⟪Tháng 9/2026→Tháng 11/2026⟫", "", "2026-11-30"],
  ["Số hóa, hoàn thiện cơ sở dữ liệu đất đai, kết nối với Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", NM,
    [NM], "Quý II/2026", "Quý III/2026", "2026-09-30"],
  ["Ban hành quy trình nội bộ rút ngắn thời gian cấp giấy phép xây dựng", "Sở Xây dựng", ["Sở Xây dựng"],
    "Trước 30/4/2026", KEEP, "2026-04-29"],
  ["Xây dựng cơ sở dữ liệu doanh nghiệp dùng chung của tỉnh", "Sở Khoa học và Công nghệ", ["Sở Khoa học và Công nghệ"],
    "⟪Tháng 5/2026→Tháng 8/2026⟫", "", "2026-08-31"],
  ["Hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận các chương trình tín dụng ưu đãi", NHNN, [NHNN], "Quý II/2026",
    "Quý IV/2026", "2026-12-31"],
  ["Triển khai hoàn thuế điện tử; công khai thủ tục, thời gian giải quyết hồ sơ thuế", "Thuế tỉnh", ["Thuế tỉnh"],
    "Tháng 6/2026", KEEP, "2026-06-30"],
  ["Rà soát, đề xuất cắt giảm, đơn giản hóa thủ tục hành chính trong lĩnh vực đầu tư, đất đai, xây dựng", VP, [VP],
    "⟪Trước 15/4/2026→Trước 15/6/2026⟫", "", "2026-06-14"],
  ["Tổ chức Hội nghị xúc tiến đầu tư vào các khu công nghiệp", "Ban Quản lý các khu công nghiệp tỉnh",
    ["Ban Quản lý các khu công nghiệp tỉnh"], "Quý III/2026", "Tháng 10/2026", "2026-10-31"],
];

const tasks = ROWS.map(([text, , lead, , , due], i) => task(String(i + 1), text, due, lead));
tasks.push(task("II.2", "Báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm", "2026-06-19", ["@departments", XA]));
tasks.push(task("III.3", "Tổng hợp kết quả thực hiện các nhiệm vụ điều chỉnh", "2026-12-14", [TC]));

const P = (text, extra = {}) => ({ t: "p", text, align: "justify", ...extra });
const c = (text) => ({ text, align: "center" });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 58/KH-UBND", "Thái Nguyên, ngày 16 tháng 3 năm 2026", "KẾ HOẠCH",
    "Điều chỉnh thời hạn thực hiện một số nhiệm vụ tại Kế hoạch số 15/KH-UBND ngày 23/01/2026 của UBND tỉnh về cải " +
    "thiện môi trường đầu tư kinh doanh, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2026"),
  P("I. SỰ CẦN THIẾT ĐIỀU CHỈNH", { bold: true }),
  P("Sau hơn hai tháng triển khai Kế hoạch số 15/KH-UBND ngày 23/01/2026, một số nhiệm vụ phải chờ hướng dẫn của các " +
    "bộ, ngành Trung ương hoặc liên quan đến việc kiện toàn tổ chức bộ máy, chưa thể hoàn thành theo thời hạn đã " +
    "đề ra. Trên cơ sở đề nghị của các cơ quan chủ trì và ý kiến thẩm định của Sở Tài chính, UBND tỉnh điều chỉnh " +
    "thời hạn thực hiện một số nhiệm vụ như sau."),
  P("II. NỘI DUNG ĐIỀU CHỈNH", { bold: true }),
  P("1. Điều chỉnh thời hạn thực hiện các nhiệm vụ tại Phụ lục ban hành kèm theo Kế hoạch số 15/KH-UBND:"),
  { t: "table", widths: [550, 3900, 1900, 1500, 1500], header: 2, rows: [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn theo Kế hoạch số 15/KH-UBND", "Thời hạn điều chỉnh"],
    ["(1)", "(2)", "(3)", "(4)", "(5)"].map((x) => ({ text: x, italic: true, align: "center", bold: false })),
    ...ROWS.map(([text, leadW, , old, neu], i) => [{ text: String(i + 1), align: "center",
      list: { kind: "cell", inst: "tt" } }, text, leadW, c(old), c(neu)]),
  ] },
  P("2. Sửa đổi điểm b khoản 2 Mục IV Kế hoạch số 15/KH-UBND như sau:"),
  P("“b) Các sở, ban, ngành, UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm, gửi Sở Tài " +
    "chính trước ⟪ngày 10/6/2026→ngày 20/6/2026⟫ để tổng hợp, báo cáo UBND tỉnh.”", { italic: true }),
  P("III. TỔ CHỨC THỰC HIỆN", { bold: true }),
  P("1. Các nội dung khác tại Kế hoạch số 15/KH-UBND ngày 23/01/2026 của UBND tỉnh giữ nguyên giá trị thực hiện."),
  P("2. Các cơ quan được giao chủ trì nhiệm vụ khẩn trương triển khai, bảo đảm hoàn thành đúng thời hạn đã điều " +
    "chỉnh; không đề xuất gia hạn lần thứ hai đối với các nhiệm vụ nêu tại Kế hoạch này."),
  P("3. Sở Tài chính theo dõi, đôn đốc việc thực hiện; tổng hợp kết quả thực hiện các nhiệm vụ điều chỉnh, báo cáo " +
    "UBND tỉnh trước ngày 15/12/2026."),
  ...sign(["TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh",
    "UBND các xã, phường", "Hiệp hội Doanh nghiệp tỉnh"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Nguyễn Thanh Bình"),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 58/KH-UBND of UBND tỉnh Thái Nguyên (after the reorganisation), 16/3/2026, AMENDING the " +
      "deadlines of Kế hoạch 15/KH-UBND of 23/01/2026 (PCI 2026). II.1 a table TT | Nhiệm vụ | Cơ quan chủ trì | " +
      "Thời hạn theo Kế hoạch số 15/KH-UBND | Thời hạn điều chỉnh, then a column-number row (1)-(5) (header, no " +
      "task). Ref = TT ('1'-'12'). Due = the adjusted deadline (5); 'Giữ nguyên' in (5) keeps the old one (4) " +
      "(rows 3, 7, 10). Rows 5, 8, 11 were edited in place: (4) has the old deadline struck through (w:strike in " +
      "Word, <s> in HTML; plan.txt 'Tháng 9/2026 (đã điều chỉnh: Tháng 11/2026)', as a copy shows it) and the new one " +
      "after it, (5) empty: due = the new one, never the struck one. II.2 quotes the old plan's paragraph with its " +
      "date struck the same way: 'trước ngày 10/6/2026 (đã điều chỉnh: ngày 20/6/2026)' -> 19/6; lead " +
      "@departments and 'UBND các xã, phường' = UBND cấp xã (unresolved); 'gửi Sở Tài chính', 'báo cáo UBND tỉnh' " +
      "recipients. III.3 'trước ngày 15/12/2026' -> 14/12; III.1-2 undated. Dates (2026): 1 'Tháng 6' 30/6; 2 " +
      "'Trước 15/5' -> 14/5; 3 'Quý I' 31/3; 4 'Ngày 12/5' 12/5; 5 'Tháng 11' 30/11; 6 'Quý III' 30/9; 7 'Trước " +
      "30/4' -> 29/4; 8 'Tháng 8' 31/8; 9 'Quý IV' 31/12; 10 'Tháng 6' 30/6; 11 'Trước 15/6' -> 14/6 Sun -> 15/6; 12 " +
      "'Tháng 10' -> 31/10 Sat -> 2/11. 'Ngân hàng Nhà nước Chi nhánh Khu vực 5' is no directory unit: as written, " +
      "unresolved. 'Thuế tỉnh' as the directory names it. No coordinators anywhere. The plan's own number and " +
      "date are 58/KH-UBND, 16/3/2026 (not the amended plan's 15/KH-UBND, 23/01/2026). PDF: the LibreOffice " +
      "export distilled by Ghostscript; the strike is drawn, pdftotext shows old and new side by side.",
    province: "Thái Nguyên",
    plan: { number: "58/KH-UBND", date: "2026-03-16" },
    tasks,
    unresolved: [NHNN, XA],
    successors: [],
  },
});
