// 01: Thái Nguyên, Sở Nội vụ after the reorganisation (15/9/2025) — Kế hoạch thu thập hồ sơ, tài liệu of the merged /
// dissolved bodies into the provincial historical archives. The body gives the archives' own work (II) and the
// Sở's offices (III); the appendix after the signature is the archive list the Sở sends every year: STT running on
// across three roman group rows | Cơ quan giao nộp | Phông lưu trữ (the OLD body whose records they are) | years |
// shelf metres | Thời hạn giao nộp | Ghi chú. One row is already delivered, one has no date.
// plan.pdf: LibreOffice export as PDF/A-2b, tagged (as offices export files for digital signing).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const ID = "01-thai-nguyen-2025-archives-transfer-list-fonds-column-group-rows-pdfa";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TT = "Trung tâm Lưu trữ lịch sử tỉnh";
const PTC = "Phòng Tổ chức bộ máy và Văn thư, lưu trữ";
const VPS = "Văn phòng Sở";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const n = (inst) => (num, text, bold = false) => ({ t: "p", num, text, bold, list: { kind: "decimal", inst } });
const n2 = n("II");
const n3 = n("III");
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const d1 = dash("I");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const grp = (num, text) => [{ text: num, bold: true, align: "center" }, { text, bold: true, span: 6 }];
const C = { kind: "cell", inst: "A" };
const row = (stt, unit, fonds, years, m, due, note = "") =>
  [{ text: stt, align: "center", list: C }, unit, fonds, { text: years, align: "center" },
    { text: m, align: "center" }, { text: due, align: "center" }, note];

const blocks = [
  ...head("UBND TỈNH THÁI NGUYÊN\nSỞ NỘI VỤ", "Số: 1487/KH-SNV", "Thái Nguyên, ngày 15 tháng 9 năm 2025", "KẾ HOẠCH",
    "Thu thập hồ sơ, tài liệu của các cơ quan, tổ chức đã hợp nhất, kết thúc hoạt động do sắp xếp tổ chức bộ máy " +
    "vào Lưu trữ lịch sử tỉnh giai đoạn 2025 - 2026"),
  plain("Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024; Nghị định số 113/2025/NĐ-CP ngày 03/6/2025 của Chính phủ quy " +
    "định chi tiết một số điều của Luật Lưu trữ; Công văn số 2650/UBND-NC ngày 25/8/2025 của UBND tỉnh về việc quản " +
    "lý hồ sơ, tài liệu của các cơ quan, đơn vị khi sắp xếp tổ chức bộ máy, Sở Nội vụ xây dựng Kế hoạch như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("Thu thập đầy đủ, kịp thời hồ sơ, tài liệu có giá trị lưu trữ vĩnh viễn của các sở, ngành của tỉnh Thái Nguyên " +
    "và tỉnh Bắc Kạn (trước sắp xếp), của UBND các huyện, thành phố đã kết thúc hoạt động; không để thất lạc, hư " +
    "hỏng tài liệu."),
  d1("Tài liệu giao nộp phải được chỉnh lý hoàn chỉnh, có mục lục hồ sơ, danh mục tài liệu hạn chế sử dụng; việc giao " +
    "nộp lập thành biên bản theo mẫu."),
  sec("II.", "NỘI DUNG THỰC HIỆN"),
  n2("1.", "Hướng dẫn nghiệp vụ: Trung tâm Lưu trữ lịch sử tỉnh ban hành văn bản hướng dẫn chỉnh lý, lập mục lục hồ " +
    "sơ và thủ tục giao nộp cho các cơ quan thuộc nguồn nộp lưu; hoàn thành trong tháng 9/2025."),
  n2("2.", "Khảo sát nguồn nộp lưu: Trung tâm Lưu trữ lịch sử tỉnh chủ trì, phối hợp với Phòng Tổ chức bộ máy và Văn " +
    "thư, lưu trữ khảo sát thực tế khối lượng, tình trạng tài liệu tại các cơ quan có tên trong Phụ lục kèm theo, " +
    "trình Giám đốc Sở điều chỉnh danh mục nguồn nộp lưu trước ngày 15/10/2025."),
  n2("3.", "Chỉnh lý và giao nộp: các cơ quan, tổ chức có tên tại Phụ lục chỉnh lý hồ sơ, tài liệu và giao nộp vào " +
    "Lưu trữ lịch sử tỉnh theo thời hạn ghi tại Phụ lục."),
  n2("4.", "Tiếp nhận, bảo quản: Trung tâm Lưu trữ lịch sử tỉnh tiếp nhận tài liệu, kiểm tra, đối chiếu mục lục, vệ " +
    "sinh, khử trùng và sắp xếp lên giá; thực hiện thường xuyên trong thời gian giao nộp."),
  n2("5.", "Số hóa tài liệu: Trung tâm Lưu trữ lịch sử tỉnh số hóa tài liệu đã thu về, cập nhật vào Hệ thống quản lý " +
    "tài liệu lưu trữ điện tử của tỉnh; hoàn thành số hóa ít nhất 60% khối lượng tài liệu thu về trong năm 2026."),
  n2("6.", "Kiểm tra: Phòng Tổ chức bộ máy và Văn thư, lưu trữ chủ trì, phối hợp với Trung tâm Lưu trữ lịch sử tỉnh " +
    "kiểm tra việc quản lý, chỉnh lý tài liệu tại các cơ quan giao nộp, chia làm hai đợt:"),
  { t: "p", num: "a)", text: "Đợt 1: các cơ quan tại Mục I của Phụ lục, thực hiện trong quý IV/2025;",
    list: { kind: "letter", inst: "K" } },
  { t: "p", num: "b)", text: "Đợt 2: các cơ quan tại Mục II, Mục III của Phụ lục, thực hiện trong quý II/2026.",
    list: { kind: "letter", inst: "K" } },
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Văn phòng Sở lập dự toán kinh phí thu thập, chỉnh lý, số hóa tài liệu (vật tư, bìa hộp, thuê khoán chỉnh " +
    "lý), trình Giám đốc Sở trước ngày 30/9/2025 để gửi Sở Tài chính thẩm định."),
  n3("2.", "Trung tâm Lưu trữ lịch sử tỉnh là đầu mối tiếp nhận; báo cáo Giám đốc Sở kết quả thu thập hằng quý."),
  n3("3.", "Đề nghị các cơ quan, tổ chức có tên tại Phụ lục bố trí kho tạm, không để tài liệu bó gói, tồn đọng; phân " +
    "công công chức văn thư phối hợp với Trung tâm Lưu trữ lịch sử tỉnh trong quá trình giao nộp."),
  plain("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ (qua Trung tâm Lưu " +
    "trữ lịch sử tỉnh, điện thoại 0208.3855.146) để được hướng dẫn./."),
  ...sign(["UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Các cơ quan có tên tại Phụ lục", "Trung tâm LTLS tỉnh",
    "Cổng TTĐT Sở"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Thị Thu Hằng"),
  { t: "p", text: "Phụ lục", bold: true, align: "center", indent: false },
  { t: "p", text: "DANH MỤC CƠ QUAN, TỔ CHỨC GIAO NỘP HỒ SƠ, TÀI LIỆU VÀO LƯU TRỮ LỊCH SỬ TỈNH", bold: true,
    align: "center", indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 1487/KH-SNV ngày 15/9/2025 của Sở Nội vụ)", italic: true, align: "center",
    indent: false },
  { t: "table", header: 1, widths: [750, 1800, 2050, 900, 900, 1450, 1400], rows: [
    ["STT", "Cơ quan, tổ chức giao nộp", "Phông lưu trữ / khối tài liệu", "Thời gian tài liệu",
      "Khối lượng dự kiến (mét giá)", "Thời hạn giao nộp", "Ghi chú"],
    grp("I", "Tài liệu của các sở hợp nhất (tỉnh Thái Nguyên trước sắp xếp)"),
    row("1", "Sở Tài chính", "Phông Sở Kế hoạch và Đầu tư tỉnh Thái Nguyên", "1997 - 2015", "62", "Tháng 11/2025",
      "Đã chỉnh lý sơ bộ"),
    row("2", "Sở Khoa học và Công nghệ", "Phông Sở Thông tin và Truyền thông", "2004 - 2015", "18", "15/12/2025"),
    row("3", "Sở Xây dựng", "Phông Sở Giao thông vận tải", "1997 - 2014", "45", "Quý I/2026", "Chưa chỉnh lý"),
    row("4", "Sở Nông nghiệp và Môi trường", "Phông Sở Tài nguyên và Môi trường; phông Sở Nông nghiệp và PTNT",
      "1997 - 2015", "120", "Trước 30/6/2026", "Giao nộp thành 02 lần"),
    row("5", "Sở Nội vụ", "Phông Sở Lao động - Thương binh và Xã hội", "1997 - 2015", "55", "Đã giao nộp",
      "Biên bản giao nhận ngày 12/8/2025"),
    row("6", "Sở Dân tộc và Tôn giáo", "Phông Ban Dân tộc tỉnh", "2000 - 2015", "9", "Tháng 10/2025"),
    grp("II", "Tài liệu của các cơ quan tỉnh Bắc Kạn (trước sắp xếp)"),
    row("7", "Sở Tài chính", "Phông Sở Kế hoạch và Đầu tư tỉnh Bắc Kạn; phông Sở Tài chính tỉnh Bắc Kạn",
      "1997 - 2015", "70", "Năm 2026"),
    row("8", "Sở Y tế", "Phông Sở Y tế tỉnh Bắc Kạn", "1997 - 2014", "30", "Quý II/2026"),
    row("9", "Văn phòng UBND tỉnh", "Phông UBND tỉnh Bắc Kạn (khối Văn phòng)", "1997 - 2015", "150",
      "Theo kế hoạch riêng", "UBND tỉnh quyết định"),
    grp("III", "Tài liệu của UBND cấp huyện đã kết thúc hoạt động"),
    row("10", "UBND phường Phan Đình Phùng", "Phông UBND thành phố Thái Nguyên", "2005 - 2015", "85", "Tháng 3/2026"),
    row("11", "UBND các xã, phường nơi đặt trụ sở UBND huyện, thành phố cũ",
      "Phông UBND các huyện, thành phố (tài liệu đến hạn nộp lưu)", "2011 - 2015", "210", "Trước ngày 15/5/2026",
      "Theo hướng dẫn của Trung tâm LTLS tỉnh"),
    [{ text: "", }, { text: "Tổng cộng", bold: true }, "", "", { text: "854", bold: true, align: "center" }, "", ""],
  ] },
];

const tasks = [
  task("II.1", "Ban hành văn bản hướng dẫn chỉnh lý, lập mục lục hồ sơ và thủ tục giao nộp", "2025-09-30", [TT]),
  task("II.2", "Khảo sát khối lượng, tình trạng tài liệu tại các cơ quan nguồn nộp lưu; trình điều chỉnh danh mục " +
    "nguồn nộp lưu", "2025-10-14", [TT], [PTC]),
  task("II.5", "Số hóa ít nhất 60% khối lượng tài liệu thu về, cập nhật vào Hệ thống quản lý tài liệu lưu trữ điện tử",
    "2026-12-31", [TT]),
  task("II.6.a", "Kiểm tra đợt 1 việc quản lý, chỉnh lý tài liệu tại các cơ quan Mục I của Phụ lục", "2025-12-31",
    [PTC], [TT]),
  task("II.6.b", "Kiểm tra đợt 2 việc quản lý, chỉnh lý tài liệu tại các cơ quan Mục II, Mục III của Phụ lục",
    "2026-06-30", [PTC], [TT]),
  task("III.1", "Lập dự toán kinh phí thu thập, chỉnh lý, số hóa tài liệu", "2025-09-29", [VPS]),
  task("1", "Giao nộp Phông Sở Kế hoạch và Đầu tư tỉnh Thái Nguyên", "2025-11-30", ["Sở Tài chính"]),
  task("2", "Giao nộp Phông Sở Thông tin và Truyền thông", "2025-12-15", ["Sở Khoa học và Công nghệ"]),
  task("3", "Giao nộp Phông Sở Giao thông vận tải", "2026-03-31", ["Sở Xây dựng"]),
  task("4", "Giao nộp Phông Sở Tài nguyên và Môi trường; phông Sở Nông nghiệp và PTNT", "2026-06-29",
    ["Sở Nông nghiệp và Môi trường"]),
  task("6", "Giao nộp Phông Ban Dân tộc tỉnh", "2025-10-31", ["Sở Dân tộc và Tôn giáo"]),
  task("7", "Giao nộp Phông Sở Kế hoạch và Đầu tư tỉnh Bắc Kạn; phông Sở Tài chính tỉnh Bắc Kạn", "2026-12-31",
    ["Sở Tài chính"]),
  task("8", "Giao nộp Phông Sở Y tế tỉnh Bắc Kạn", "2026-06-30", ["Sở Y tế"]),
  task("10", "Giao nộp Phông UBND thành phố Thái Nguyên", "2026-03-31", ["UBND phường Phan Đình Phùng"]),
  task("11", "Giao nộp Phông UBND các huyện, thành phố (tài liệu đến hạn nộp lưu)", "2026-05-14", ["UBND cấp xã"]),
];

function pdfa(out) {
  const tmp = fs.mkdtempSync("/tmp/author23a-");
  const opts = JSON.stringify({ SelectPdfVersion: { type: "long", value: "2" },
    UseTaggedPDF: { type: "boolean", value: "true" } });
  execFileSync("soffice", ["-env:UserInstallation=file:///tmp/author23a-lo", "--headless", "--convert-to",
    `pdf:writer_pdf_Export:${opts}`, "--outdir", tmp, DIR + "plan-auto.docx"], { stdio: "ignore" });
  fs.copyFileSync(tmp + "/plan-auto.pdf", out);
}

await build(DIR, {
  blocks, printer: pdfa,
  expected: {
    id: ID,
    style: "Kế hoạch 1487/KH-SNV of Sở Nội vụ Thái Nguyên (after the reorganisation, 15/9/2025): collecting the " +
      "records of merged/dissolved bodies into the provincial historical archives. Body: I aims (no task); II " +
      "numbered contents with the doer inside the sentence ('hoàn thành trong tháng 9/2025' -> 30/9; 'trình Giám " +
      "đốc Sở … trước ngày 15/10/2025' -> 14/10, Giám đốc Sở a recipient; 'trong năm 2026' -> 31/12/2026; II.6 " +
      "splits into a) quý IV/2025 and b) quý II/2026, refs II.6.a/b); II.3 refers to the appendix (no date of its " +
      "own, not a task), II.4 'thường xuyên' out; III.1 'trình Giám đốc Sở trước ngày 30/9/2025' -> 29/9 ('gửi Sở " +
      "Tài chính thẩm định' is a recipient); III.2 'hằng quý' and III.3 (request, undated) out. After the " +
      "signature, an appendix table: STT (Word cell numbering in plan-auto, running on across the roman group " +
      "rows I-III, which span the other six columns) | Cơ quan, tổ chức giao nộp (the lead) | Phông lưu trữ (the " +
      "OLD body whose records they are: not a unit of the task; it becomes the title 'Giao nộp Phông …') | years | " +
      "metres | Thời hạn giao nộp | Ghi chú; a total row. Ref = STT. 'Tháng 11/2025' -> 30/11 (Sun -> 1/12); " +
      "'15/12/2025' as written; 'Quý I/2026' -> 31/3; 'Trước 30/6/2026' -> 29/6; 'Năm 2026' -> 31/12; row 5 'Đã " +
      "giao nộp' (done) and row 9 'Theo kế hoạch riêng' (undated) out. Row 11 'UBND các xã, phường nơi đặt trụ sở " +
      "UBND huyện, thành phố cũ' read as 'UBND cấp xã'. The Sở's own offices (Trung tâm Lưu trữ lịch sử tỉnh, " +
      "Phòng Tổ chức bộ máy và Văn thư, lưu trữ, Văn phòng Sở) as written (unresolved). PDF: LibreOffice export " +
      "as PDF/A-2b, tagged.",
    province: "Thái Nguyên",
    plan: { number: "1487/KH-SNV", date: "2025-09-15" },
    tasks,
    unresolved: [TT, PTC, VPS, "UBND phường Phan Đình Phùng", "UBND cấp xã"],
    successors: [],
  },
});
