// 06: Thái Nguyên 2025, before the reorganisation (districts; Sở TT&TT and Sở KH&ĐT still exist) — a "Quyết định
// giao nhiệm vụ": the decision's articles are short (Điều 1 gives the work "chi tiết tại Phụ lục", Điều 2 says how
// the deadlines count), and the Phụ lục is one table whose group rows, spanning the table, are the UNITS given the
// work ("I. SỞ THÔNG TIN VÀ TRUYỀN THÔNG"); there is no lead column. STT restarts in each unit (auto docx: a Word
// list per unit in the STT cells). Most deadlines count days from the signing ("Trong vòng 30 ngày kể từ ngày ký").
// plan.pdf: LibreOffice, distilled again by Ghostscript pdfwrite (a virtual PDF printer).
import { build, task } from "./lib.mjs";

const ID = "06-thai-nguyen-2025-decision-giao-nhiem-vu-unit-group-rows-days-from-signing";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TT = "Sở Thông tin và Truyền thông";
const KC = "Sở Khoa học và Công nghệ";
const NV = "Sở Nội vụ";
const KH = "Sở Kế hoạch và Đầu tư";
const TC = "Sở Tài chính";
const VP = "Văn phòng UBND tỉnh";
const TP = "Sở Tư pháp";
const p = (text, o = {}) => ({ t: "p", text, ...o });
const art = (n, text) => p(`Điều ${n}. ` + text);
let g = 0;
const G = (text) => { g += 1; return [{ text, span: 5, bold: true }]; };
const r = (n, ...cells) => [{ text: n, list: { kind: "cell", inst: "g" + g }, align: "center" }, ...cells];

const ROWS = [
  ["STT", "Nội dung nhiệm vụ", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Sản phẩm"],
  G("I. SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
  r("1", "Tham mưu UBND tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Thái Nguyên năm 2025 gắn với thực hiện Nghị " +
    "quyết số 57-NQ/TW", "Các sở, ban, ngành; UBND các huyện, thành phố", "Trong vòng 15 ngày kể từ ngày ký",
    "Kế hoạch của UBND tỉnh"),
  r("2", "Hướng dẫn các cơ quan tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình trên Hệ thống " +
    "thông tin giải quyết thủ tục hành chính tỉnh", "Văn phòng UBND tỉnh", "Trong vòng 30 ngày kể từ ngày ký",
    "Văn bản hướng dẫn"),
  r("3", "Vận hành, khai thác Trung tâm Giám sát, điều hành thông minh (IOC) của tỉnh", "Các sở, ngành liên quan",
    "Thường xuyên", "Báo cáo định kỳ"),
  r("4", "Ban hành Danh mục cơ sở dữ liệu dùng chung của tỉnh", "Các sở, ngành", "Đã hoàn thành (Quyết định số " +
    "2718/QĐ-UBND ngày 20/12/2024)", ""),
  G("II. SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
  r("1", "Đề xuất danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng năm 2025 phục vụ chuyển đổi số, đổi " +
    "mới sáng tạo", "Sở Kế hoạch và Đầu tư, Sở Tài chính", "Trong vòng 45 ngày kể từ ngày ký",
    "Tờ trình, danh mục nhiệm vụ"),
  r("2", "Rà soát, đề xuất sửa đổi quy định quản lý nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước của " +
    "tỉnh", "Sở Tư pháp", "Quý II/2025", "Dự thảo Quyết định của UBND tỉnh"),
  G("III. SỞ NỘI VỤ"),
  r("1", "Tham mưu bổ sung tiêu chí đánh giá kết quả chuyển đổi số vào Bộ Chỉ số cải cách hành chính của các sở, " +
    "ngành và UBND cấp huyện", "Sở Thông tin và Truyền thông", "Trong vòng 60 ngày kể từ ngày ký",
    "Quyết định sửa đổi Bộ Chỉ số"),
  r("2", "Thẩm định đề án vị trí việc làm chuyên trách công nghệ thông tin của các cơ quan, đơn vị", "",
    "Trong 10 ngày làm việc kể từ ngày nhận đủ hồ sơ", "Văn bản thẩm định"),
  G("IV. SỞ KẾ HOẠCH VÀ ĐẦU TƯ"),
  r("1", "Tổng hợp, đề xuất danh mục dự án chuyển đổi số đưa vào kế hoạch đầu tư công trung hạn giai đoạn 2026 - " +
    "2030", "Sở Tài chính, Sở Thông tin và Truyền thông", "Trước 30/6/2025", "Báo cáo, danh mục dự án"),
  G("V. SỞ TÀI CHÍNH"),
  r("1", "Tham mưu bổ sung dự toán năm 2025 cho các nhiệm vụ chuyển đổi số cấp bách", "Sở Thông tin và Truyền " +
    "thông, Sở Khoa học và Công nghệ", "Tháng 5/2025", "Tờ trình UBND tỉnh"),
  G("VI. UBND CÁC HUYỆN, THÀNH PHỐ"),
  r("1", "Ban hành kế hoạch của địa phương triển khai Nghị quyết số 57-NQ/TW và Kế hoạch chuyển đổi số năm 2025 " +
    "của tỉnh", "", "Trong vòng 30 ngày kể từ ngày ký", "Kế hoạch của UBND cấp huyện"),
  r("2", "Báo cáo kết quả thực hiện 6 tháng đầu năm 2025, gửi Sở Thông tin và Truyền thông tổng hợp", "",
    "Trước 15/6/2025", "Báo cáo"),
  r("3", "Duy trì hoạt động của Tổ công nghệ số cộng đồng; phổ cập kỹ năng số cho người dân", "UBND cấp xã",
    "Hằng tháng", "Báo cáo tháng"),
];

const blocks = [
  { t: "table", borders: false, widths: [3800, 5600], rows: [
    [{ text: "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 498/QĐ-UBND", align: "center" },
      { text: "Thái Nguyên, ngày 11 tháng 3 năm 2025", italic: true, align: "center" }],
  ] },
  p("QUYẾT ĐỊNH", { bold: true, align: "center", indent: false }),
  p("Về việc giao nhiệm vụ triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, " +
    "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh năm 2025",
  { bold: true, align: "center", indent: false }),
  p("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", { bold: true, align: "center", indent: false }),
  p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của " +
    "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;", { italic: true }),
  p("Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, " +
    "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của " +
    "Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW;", { italic: true }),
  p("Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 31/TTr-STTTT ngày 04 tháng 3 năm 2025.",
    { italic: true }),
  p("QUYẾT ĐỊNH:", { bold: true, align: "center", indent: false }),
  art(1, "Giao nhiệm vụ cho các sở, ngành và UBND các huyện, thành phố triển khai Nghị quyết số 57-NQ/TW của Bộ " +
    "Chính trị trên địa bàn tỉnh năm 2025 (chi tiết tại Phụ lục kèm theo Quyết định này)."),
  art(2, "Thời hạn ghi \"kể từ ngày ký\" tại Phụ lục được tính từ ngày ký ban hành Quyết định này. Cơ quan được " +
    "giao nhiệm vụ chủ động phối hợp với các cơ quan có liên quan tổ chức thực hiện, bảo đảm chất lượng, đúng thời " +
    "hạn; định kỳ hằng quý (trước ngày 20 của tháng cuối quý) báo cáo kết quả về Sở Thông tin và Truyền thông để " +
    "tổng hợp, báo cáo UBND tỉnh."),
  art(3, "Quyết định này có hiệu lực kể từ ngày ký."),
  art(4, "Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Thông tin và Truyền thông, Khoa học và Công nghệ, Nội vụ, Kế " +
    "hoạch và Đầu tư, Tài chính; Chủ tịch UBND các huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách " +
    "nhiệm thi hành Quyết định này./."),
  { t: "table", borders: false, widths: [4200, 5200], rows: [[
    { text: "Nơi nhận:\n- Như Điều 4;\n- Bộ Khoa học và Công nghệ (b/c);\n- Thường trực Tỉnh ủy (b/c);\n" +
      "- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT, KGVX.", align: "left" },
    { text: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nĐặng Xuân Trường", bold: true, align: "center" },
  ]] },
  p("Phụ lục", { bold: true, align: "center", indent: false }),
  p("DANH MỤC NHIỆM VỤ GIAO CÁC CƠ QUAN, ĐƠN VỊ TRIỂN KHAI NGHỊ QUYẾT SỐ 57-NQ/TW NĂM 2025",
    { bold: true, align: "center", indent: false }),
  p("(Kèm theo Quyết định số 498/QĐ-UBND ngày 11/3/2025 của UBND tỉnh Thái Nguyên)",
    { italic: true, align: "center", indent: false }),
  { t: "table", widths: [700, 3400, 2000, 1700, 1600], header: 1, rows: ROWS },
];

const tasks = [
  task("I.1", "Tham mưu UBND tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Thái Nguyên năm 2025 gắn với thực hiện Nghị " +
    "quyết số 57-NQ/TW", "2025-03-26", [TT], ["@departments", "@districts"]),
  task("I.2", "Hướng dẫn các cơ quan tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình",
    "2025-04-10", [TT], [VP]),
  task("II.1", "Đề xuất danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng năm 2025", "2025-04-25", [KC],
    [KH, TC]),
  task("II.2", "Rà soát, đề xuất sửa đổi quy định quản lý nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước " +
    "của tỉnh", "2025-06-30", [KC], [TP]),
  task("III.1", "Tham mưu bổ sung tiêu chí đánh giá kết quả chuyển đổi số vào Bộ Chỉ số cải cách hành chính",
    "2025-05-10", [NV], [TT]),
  task("IV.1", "Tổng hợp, đề xuất danh mục dự án chuyển đổi số đưa vào kế hoạch đầu tư công trung hạn giai đoạn " +
    "2026 - 2030", "2025-06-29", [KH], [TC, TT]),
  task("V.1", "Tham mưu bổ sung dự toán năm 2025 cho các nhiệm vụ chuyển đổi số cấp bách", "2025-05-31", [TC],
    [TT, KC]),
  task("VI.1", "Ban hành kế hoạch của địa phương triển khai Nghị quyết số 57-NQ/TW và Kế hoạch chuyển đổi số năm " +
    "2025 của tỉnh", "2025-04-10", ["@districts"]),
  task("VI.2", "Báo cáo kết quả thực hiện 6 tháng đầu năm 2025", "2025-06-14", ["@districts"]),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Quyết định 498/QĐ-UBND of UBND tỉnh Thái Nguyên, 11/3/2025 (before the reorganisation: districts, Sở " +
      "TT&TT, Sở KH&ĐT), giving the province's 2025 work under Nghị quyết 57-NQ/TW. Căn cứ lines, four short " +
      "articles (Điều 1 gives the work 'chi tiết tại Phụ lục'; Điều 2 says 'kể từ ngày ký' counts from the " +
      "signing and asks quarterly reports: recurring), signature, then the Phụ lục: one table STT | Nội dung " +
      "nhiệm vụ | Cơ quan phối hợp | Thời hạn hoàn thành | Sản phẩm with NO lead column: group rows spanning the " +
      "table ('I. SỞ THÔNG TIN VÀ TRUYỀN THÔNG' … 'VI. UBND CÁC HUYỆN, THÀNH PHỐ') are the units given the rows " +
      "under them (lead), STT restarts per unit (auto docx: a Word list per unit in the STT cells). ref = group " +
      "Roman + STT (I.1 …). Deadlines counted by the reader from 11/3/2025: 15 days = 26/3, 30 days = 10/4, 45 " +
      "days = 25/4, 60 days = 10/5 Sat -> 12/5; absolute: 'Quý II/2025' 30/6; 'Trước 30/6/2025' -> 29/6 Sun -> " +
      "30/6; 'Tháng 5/2025' 31/5 Sat -> 2/6; 'Trước 15/6/2025' -> 14/6 Sat -> 16/6. Left out: I.3 (Thường xuyên), " +
      "I.4 (Đã hoàn thành …), III.2 ('10 ngày làm việc kể từ ngày nhận đủ hồ sơ': no date), VI.3 (Hằng tháng). " +
      "'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts. VI.2 'gửi Sở TT&TT' is a " +
      "recipient; the Sản phẩm column names products, not units. The decision's date in the header is the " +
      "signing date. PDF: LibreOffice, then Ghostscript pdfwrite.",
    province: "Thái Nguyên",
    plan: { number: "498/QĐ-UBND", date: "2025-03-11" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
