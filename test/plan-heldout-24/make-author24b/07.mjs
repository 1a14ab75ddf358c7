// 07: Bắc Kạn, UBND tỉnh (before the reorganisation), 22/02/2024 — the yearly records-and-archives plan typed as a
// "form": after the usual header and title, the whole body is ONE bordered two-column table, left column the item
// number (I, II, III on section rows; 1, 2, … restarting per section), right column the content, with the points
// a), b) and the dash lines as paragraphs (lists) inside the cell. The signature follows the table. plan-auto:
// numbers from numbering.xml (a Roman list for the section rows, a decimal list per section, letter and dash lists
// per cell). plan.pdf: Chromium (Skia) from the HTML of the same content.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "07-bac-kan-2024-form-layout-body-one-table-lists-in-cells";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const TTTT = "Sở Thông tin và Truyền thông";
const TTLT = "Trung tâm Lưu trữ lịch sử tỉnh";
const TNMT = "Sở Tài nguyên và Môi trường";
const KHDT = "Sở Kế hoạch và Đầu tư";
const BB = "UBND huyện Ba Bể";
const CM = "UBND huyện Chợ Mới";
const HTP = "UBND các huyện, thành phố";
const SBN = "Các sở, ban, ngành";

const secRow = (n, text) => [{ text: n, align: "center", bold: true, list: { kind: "rcell", inst: "sec" } },
  { text, bold: true }];
const itemRow = (sec, n, paras) => [{ text: n, align: "center", list: { kind: "cell", inst: "s" + sec } },
  { paras }];
const title = (text) => ({ text, bold: true });
const ptf = (inst) => (num, text) => ({ num, text, list: { kind: "letter", inst } });
const dsh = (inst) => (text) => ({ num: "-", text, list: { kind: "dash", inst } });

const [l21, l22, l23, l24] = ["21", "22", "23", "24"].map(ptf);
const rows = [
  [{ text: "Số TT", align: "center", bold: true }, { text: "Nội dung", align: "center", bold: true }],
  secRow("I", "MỤC ĐÍCH, YÊU CẦU"),
  itemRow(1, "1", [title("Mục đích"),
    dsh("m1")("Nâng cao chất lượng, hiệu quả công tác văn thư, lưu trữ; bảo quản an toàn, phát huy giá trị tài " +
      "liệu lưu trữ phục vụ phát triển kinh tế - xã hội của tỉnh."),
    dsh("m1")("Từng bước chuyển đổi số trong công tác văn thư, lưu trữ, gắn với xây dựng chính quyền số.")]),
  itemRow(1, "2", [title("Yêu cầu"),
    dsh("m2")("Các nhiệm vụ được xác định cụ thể, có cơ quan chủ trì và thời hạn hoàn thành."),
    dsh("m2")("Người đứng đầu cơ quan, đơn vị chịu trách nhiệm về công tác văn thư, lưu trữ tại cơ quan, " +
      "đơn vị mình.")]),
  secRow("II", "NHIỆM VỤ CỤ THỂ"),
  itemRow(2, "1", [title("Hoàn thiện thể chế"),
    l21("a)", "Sở Nội vụ tham mưu UBND tỉnh ban hành Quy chế công tác văn thư, lưu trữ của tỉnh (thay thế Quyết " +
      "định số 1520/QĐ-UBND ngày 10/9/2019); trình trước ngày 30/4/2024."),
    l21("b)", "Sở Nội vụ ban hành hướng dẫn xác định thời hạn bảo quản hồ sơ, tài liệu chuyên môn nghiệp vụ của " +
      "các ngành; thời gian: quý II/2024.")]),
  itemRow(2, "2", [title("Công tác văn thư"),
    l22("a)", "Các sở, ban, ngành, UBND các huyện, thành phố thực hiện lập hồ sơ điện tử, ký số văn bản đi trên " +
      "Hệ thống quản lý văn bản và điều hành theo quy định (thực hiện thường xuyên)."),
    l22("b)", "Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ nâng cấp Hệ thống quản lý văn bản và " +
      "điều hành, đáp ứng chức năng lập hồ sơ và nộp lưu hồ sơ điện tử vào Lưu trữ lịch sử; hoàn thành trong " +
      "tháng 9/2024.")]),
  itemRow(2, "3", [title("Công tác lưu trữ"),
    l23("a)", "Trung tâm Lưu trữ lịch sử tỉnh chỉnh lý khoảng 80 mét giá tài liệu tồn đọng của các cơ quan thuộc " +
      "nguồn nộp lưu; hoàn thành trước ngày 30/11/2024."),
    l23("b)", "Thu thập hồ sơ, tài liệu vào Lưu trữ lịch sử tỉnh:"),
    dsh("b3")("Sở Tài nguyên và Môi trường, Sở Kế hoạch và Đầu tư: nộp lưu hồ sơ, tài liệu giai đoạn 2005 - " +
      "2014 đã đến hạn nộp lưu; chậm nhất ngày 31/10/2024."),
    dsh("b3")("UBND huyện Ba Bể, UBND huyện Chợ Mới: nộp lưu tài liệu của các cơ quan cấp huyện đã giải thể, " +
      "sáp nhập; trong quý III/2024."),
    dsh("b3")("Các cơ quan còn lại thuộc Danh mục nguồn nộp lưu: theo thông báo của Trung tâm Lưu trữ lịch sử " +
      "tỉnh."),
    l23("c)", "Trung tâm Lưu trữ lịch sử tỉnh chủ trì, phối hợp với Sở Thông tin và Truyền thông số hóa tối thiểu " +
      "150.000 trang tài liệu phông Ủy ban nhân dân tỉnh giai đoạn 1997 - 2010; hoàn thành trong năm 2024."),
    l23("d)", "Thẩm tra, tiêu hủy tài liệu hết giá trị đợt 1 năm 2024: đã thực hiện xong (tháng 01/2024).")]),
  itemRow(2, "4", [title("Bồi dưỡng, kiểm tra"),
    l24("a)", "Sở Nội vụ tổ chức lớp bồi dưỡng nghiệp vụ cho công chức, viên chức làm công tác văn thư, lưu trữ " +
      "tại các cơ quan, đơn vị; thời gian: tháng 6/2024."),
    l24("b)", "Sở Nội vụ chủ trì, phối hợp với UBND các huyện, thành phố kiểm tra công tác văn thư, lưu trữ tại " +
      "08 sở, ngành và 04 huyện; thời gian từ tháng 7 đến tháng 10/2024.")]),
  secRow("III", "TỔ CHỨC THỰC HIỆN"),
  itemRow(3, "1", [{ text: "Sở Nội vụ theo dõi, hướng dẫn, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo UBND " +
    "tỉnh, Bộ Nội vụ (Cục Văn thư và Lưu trữ nhà nước) kết quả công tác văn thư, lưu trữ năm 2024 trước ngày " +
    "15/12/2024." }]),
  itemRow(3, "2", [{ text: "Sở Tài chính tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch trong dự " +
    "toán ngân sách năm 2024 của các cơ quan, đơn vị." }]),
  itemRow(3, "3", [{ text: "Các sở, ban, ngành, UBND các huyện, thành phố báo cáo kết quả công tác văn thư, lưu " +
    "trữ năm 2024 về Sở Nội vụ trước ngày 30/11/2024 (số liệu tính từ ngày 15/11/2023 đến ngày 14/11/2024)." }]),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 97/KH-UBND", "Bắc Kạn, ngày 22 tháng 02 năm 2024",
    "KẾ HOẠCH", "Công tác văn thư, lưu trữ trên địa bàn tỉnh Bắc Kạn năm 2024"),
  { t: "p", text: "Căn cứ Luật Lưu trữ năm 2011; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công " +
    "tác văn thư, Ủy ban nhân dân tỉnh ban hành Kế hoạch công tác văn thư, lưu trữ năm 2024 như sau:" },
  { t: "table", widths: [900, 8500], header: 1, rows },
  ...sign(["Cục Văn thư và Lưu trữ nhà nước (b/c)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố", "LĐVP"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];

const tasks = [
  task("II.1.a", "Tham mưu ban hành Quy chế công tác văn thư, lưu trữ của tỉnh", "2024-04-29", [NV]),
  task("II.1.b", "Ban hành hướng dẫn xác định thời hạn bảo quản hồ sơ, tài liệu chuyên môn nghiệp vụ", "2024-06-30",
    [NV]),
  task("II.2.b", "Nâng cấp Hệ thống quản lý văn bản và điều hành đáp ứng chức năng lập hồ sơ, nộp lưu hồ sơ điện tử",
    "2024-09-30", [TTTT], [NV]),
  task("II.3.a", "Chỉnh lý khoảng 80 mét giá tài liệu tồn đọng", "2024-11-29", [TTLT]),
  task("II.3.b", "Nộp lưu hồ sơ, tài liệu giai đoạn 2005 - 2014 vào Lưu trữ lịch sử tỉnh", "2024-10-31",
    [TNMT, KHDT]),
  task("II.3.b", "Nộp lưu tài liệu của các cơ quan cấp huyện đã giải thể, sáp nhập", "2024-09-30", [BB, CM]),
  task("II.3.c", "Số hóa tối thiểu 150.000 trang tài liệu phông UBND tỉnh giai đoạn 1997 - 2010", "2024-12-31",
    [TTLT], [TTTT]),
  task("II.4.a", "Tổ chức lớp bồi dưỡng nghiệp vụ văn thư, lưu trữ", "2024-06-30", [NV]),
  task("II.4.b", "Kiểm tra công tác văn thư, lưu trữ tại 08 sở, ngành và 04 huyện", "2024-10-31", [NV], [HTP]),
  task("III.1", "Tổng hợp, báo cáo kết quả công tác văn thư, lưu trữ năm 2024", "2024-12-14", [NV]),
  task("III.3", "Báo cáo kết quả công tác văn thư, lưu trữ năm 2024 về Sở Nội vụ", "2024-11-29", [SBN, HTP]),
];

await build(DIR, {
  blocks, printer: "chromium", css: "@page{size:A4;margin:20mm 20mm 20mm 30mm}table.bd td:first-child{" +
    "text-align:center;width:12%}",
  expected: {
    id: ID,
    style: "Kế hoạch 97/KH-UBND of UBND tỉnh Bắc Kạn (before the reorganisation), 22/02/2024, records and " +
      "archives 2024, typed as a form: the whole body is one bordered two-column table 'Số TT | Nội dung'; " +
      "section rows (I, II, III and the heading), item rows (1, 2, … restarting per section) whose right cell " +
      "holds a bold item title and the points a)-d) and dash lines as paragraphs. Refs: section.item.letter " +
      "(II.3.c); the two dated dash lines under II.3.b share the ref II.3.b (dashes carry no number); III items " +
      "are III.1, III.3. Out: I (aims), II.2.a 'thường xuyên', the third dash of II.3.b ('theo thông báo'), " +
      "II.3.d done ('đã thực hiện xong'), III.2 undated. Dates: 'trình trước ngày 30/4/2024' -> 29/4 (bridge " +
      "day off -> 2/5); 'quý II/2024' -> 30/6 (Sun -> 1/7); 'trong tháng 9/2024' -> 30/9; 'trước ngày 30/11' -> " +
      "29/11; 'chậm nhất ngày 31/10' -> 31/10; 'quý III/2024' -> 30/9; 'trong năm 2024' -> 31/12; 'tháng " +
      "6/2024' -> 30/6 (-> 1/7); 'từ tháng 7 đến tháng 10/2024' -> 31/10; III.1 'trước ngày 15/12' -> 14/12 " +
      "(Sat -> 16/12); III.3 'trước ngày 30/11/2024' -> 29/11 (the bracketed 'từ ngày 15/11/2023 đến ngày " +
      "14/11/2024' is the data period, no deadline). 'tham mưu UBND tỉnh', 'báo cáo UBND tỉnh, Bộ Nội vụ', 'về " +
      "Sở Nội vụ' are recipients. 'X: nộp lưu …' dash lines: the units before the colon lead.",
    province: "Bắc Kạn",
    plan: { number: "97/KH-UBND", date: "2024-02-22" },
    tasks,
    unresolved: [TTLT, HTP, SBN],
    successors: [],
  },
});
