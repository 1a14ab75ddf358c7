// 02: Thái Nguyên after the reorganisation (08/01/2026) — UBND tỉnh's plan for the 2026 Economic Census in the
// province. III is a list of dated stages ("Giai đoạn 1: Chuẩn bị (từ ngày … đến ngày …)", a Word list with the
// level text "Giai đoạn %1:"); under each stage, lettered items that OPEN with their unit in bold and a colon
// ("a) Thống kê tỉnh: …"), several units per stage; an item takes the stage's end date unless it carries its own
// in brackets. Acronyms defined once (BCĐ tỉnh, BCĐ cấp xã). plan.pdf: Chromium from the HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-thai-nguyen-2026-economic-census-stage-list-dated-headings-unit-colon-items";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const BCD = "BCĐ tỉnh";
// The committee the answer names: the full name the plan's short form ("sau đây gọi tắt là BCĐ tỉnh") stands for.
const BCD_FULL = "Ban Chỉ đạo Tổng điều tra kinh tế năm 2026 tỉnh Thái Nguyên";
const TK = "Thống kê tỉnh";
const THUE = "Thuế tỉnh";
const TC = "Sở Tài chính";
const KH = "Sở Khoa học và Công nghệ";
const CA = "Công an tỉnh";
const NV = "Sở Nội vụ";
const XA = "UBND cấp xã";
const SN = "Các sở, ngành liên quan";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item = (inst, kind) => (num, text, extra = {}) => ({ t: "p", num, text, list: { kind, inst }, ...extra });
const d1 = item("I", "dash");
const n2 = item("II", "decimal");
const stage = (num, text) => ({ t: "p", num: `Giai đoạn ${num}:`, text, bold: true, italic: true,
  list: { kind: "gd", inst: "III" } });
// "a) <unit>: <work>" — the unit run is in bold in the Word files (plan.txt keeps the words).
const L = (inst) => (num, unit, work) => ({ t: "p", num, text: `⟦b⟧${unit}:⟦/b⟧ ${work}`,
  list: { kind: "letter", inst } });
const g1 = L("G1");
const g2 = L("G2");
const g3 = L("G3");
const g4 = L("G4");
const g5 = L("G5");
const n4 = item("IV", "decimal");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 09/KH-UBND", "Thái Nguyên, ngày 08 tháng 01 năm 2026",
    "KẾ HOẠCH", "Thực hiện Tổng điều tra kinh tế năm 2026 trên địa bàn tỉnh Thái Nguyên"),
  plain("Căn cứ Luật Thống kê năm 2015, được sửa đổi, bổ sung năm 2021; Quyết định của Thủ tướng Chính phủ về tổ " +
    "chức Tổng điều tra kinh tế năm 2026; Quyết định số 3215/QĐ-UBND ngày 22/12/2025 của UBND tỉnh về việc thành " +
    "lập Ban Chỉ đạo Tổng điều tra kinh tế năm 2026 tỉnh Thái Nguyên (sau đây gọi tắt là BCĐ tỉnh), UBND tỉnh ban " +
    "hành Kế hoạch thực hiện như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("-", "Thu thập thông tin về số lượng, lao động, kết quả sản xuất kinh doanh của doanh nghiệp, hợp tác xã, cơ " +
    "sở sản xuất kinh doanh cá thể, đơn vị sự nghiệp, tổ chức tôn giáo trên địa bàn tỉnh, phục vụ đánh giá tình " +
    "hình kinh tế - xã hội sau sắp xếp đơn vị hành chính."),
  d1("-", "Thực hiện đúng phương án của Trung ương; bảo đảm thông tin được bảo mật, chỉ dùng cho mục đích thống kê."),
  sec("II.", "ĐỐI TƯỢNG, PHẠM VI VÀ HÌNH THỨC THU THẬP"),
  n2("1.", "Đối tượng: các doanh nghiệp, hợp tác xã, cơ sở sản xuất kinh doanh cá thể, đơn vị sự nghiệp, tổ chức " +
    "tôn giáo đang hoạt động trên địa bàn 92 xã, phường của tỉnh."),
  n2("2.", "Hình thức: thu thập bằng phiếu điện tử trên thiết bị di động (CAPI) và phiếu trực tuyến (webform); " +
    "thời điểm điều tra là ngày 01/4/2026."),
  sec("III.", "CÁC GIAI ĐOẠN THỰC HIỆN VÀ PHÂN CÔNG NHIỆM VỤ"),
  plain("Thống kê tỉnh Thái Nguyên (sau đây gọi tắt là Thống kê tỉnh) là cơ quan thường trực BCĐ tỉnh; Ban Chỉ đạo " +
    "Tổng điều tra cấp xã (sau đây gọi tắt là BCĐ cấp xã) do Chủ tịch UBND xã, phường làm Trưởng ban. Mỗi giai " +
    "đoạn phải hoàn thành trong thời gian ghi tại tên giai đoạn, trừ nội dung có thời hạn riêng."),
  stage("1", "Chuẩn bị (từ ngày 15/01/2026 đến ngày 28/02/2026)"),
  g1("a)", BCD, "ban hành Quy chế hoạt động, phân công nhiệm vụ các thành viên (trước ngày 31/01/2026)."),
  g1("b)", TK, "rà soát, cập nhật danh mục địa bàn điều tra theo đơn vị hành chính mới (đã hoàn thành tháng " +
    "12/2025); chủ trì, phối hợp với Thuế tỉnh lập bảng kê cơ sở sản xuất kinh doanh cá thể, đơn vị sự nghiệp, " +
    "tổ chức tôn giáo."),
  g1("c)", TC, "thẩm định dự toán, tham mưu UBND tỉnh bố trí kinh phí địa phương hỗ trợ Tổng điều tra."),
  g1("d)", "UBND các xã, phường", "thành lập BCĐ cấp xã; tuyển chọn điều tra viên, tổ trưởng, gửi danh sách về " +
    "Thống kê tỉnh."),
  stage("2", "Tập huấn nghiệp vụ (tháng 3/2026)"),
  g2("a)", TK, "tổ chức tập huấn cấp tỉnh cho giám sát viên, tổ trưởng và điều tra viên (từ ngày 09/3 đến ngày " +
    "13/3/2026)."),
  g2("b)", KH, "phối hợp với Thống kê tỉnh bảo đảm hạ tầng mạng, đường truyền và hướng dẫn cài đặt ứng dụng CAPI " +
    "trên thiết bị của điều tra viên."),
  g2("c)", "Báo và Phát thanh, Truyền hình Thái Nguyên", "mở chuyên mục tuyên truyền về Tổng điều tra, thực hiện " +
    "thường xuyên trong suốt thời gian Tổng điều tra."),
  stage("3", "Thu thập thông tin tại địa bàn (từ ngày 01/4/2026 đến ngày 31/5/2026)"),
  g3("a)", "UBND các xã, phường", "chỉ đạo điều tra viên thu thập đầy đủ thông tin các cơ sở trên địa bàn (xong " +
    "trước ngày 25/5/2026)."),
  g3("b)", TK, "giám sát, kiểm tra, nghiệm thu phiếu điều tra trên chương trình phần mềm."),
  g3("c)", CA, "phối hợp với Thống kê tỉnh bảo đảm an ninh, trật tự và an toàn dữ liệu trong thời gian thu thập."),
  g3("d)", THUE, "cung cấp, đối chiếu danh sách doanh nghiệp, hộ kinh doanh đang nộp thuế, tạm ngừng kinh doanh."),
  stage("4", "Kiểm tra, làm sạch và tổng hợp số liệu (từ tháng 6 đến tháng 9/2026)"),
  g4("a)", TK, "làm sạch dữ liệu, tổng hợp và công bố kết quả sơ bộ của tỉnh (trong tháng 7/2026)."),
  g4("b)", SN, "đối chiếu số liệu của ngành với kết quả sơ bộ, gửi ý kiến về Thống kê tỉnh."),
  stage("5", "Công bố kết quả và tổng kết (quý IV/2026)"),
  g5("a)", "UBND các xã, phường", "tổng kết Tổng điều tra trên địa bàn, báo cáo BCĐ tỉnh (trước ngày 15/11/2026)."),
  g5("b)", NV, "tham mưu khen thưởng tập thể, cá nhân có thành tích xuất sắc."),
  g5("c)", BCD, "công bố kết quả chính thức Tổng điều tra kinh tế năm 2026 của tỉnh (tháng 12/2026)."),
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Các thành viên BCĐ tỉnh theo dõi, chỉ đạo các xã, phường được phân công phụ trách; tham dự các buổi " +
    "kiểm tra, giám sát của BCĐ tỉnh."),
  n4("2.", "Định kỳ hằng tháng (trước ngày 20), Thống kê tỉnh tổng hợp tiến độ, báo cáo Trưởng BCĐ tỉnh."),
  n4("3.", "Kinh phí thực hiện từ nguồn ngân sách Trung ương bảo đảm theo phương án Tổng điều tra và ngân sách " +
    "địa phương hỗ trợ theo quy định./."),
  ...sign(["Cục Thống kê (Bộ Tài chính) (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Thành viên BCĐ tỉnh", "Các sở, ban, ngành tỉnh", "UBND các xã, phường"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
];

// Stage ends: 1 -> 28/02/2026, 2 -> 31/3/2026, 3 -> 31/5/2026, 4 -> 30/9/2026, 5 -> 31/12/2026.
const tasks = [
  task("III.1.a", "Ban hành Quy chế hoạt động, phân công nhiệm vụ các thành viên", "2026-01-30", [BCD_FULL]),
  task("III.1.b", "Lập bảng kê cơ sở sản xuất kinh doanh cá thể, đơn vị sự nghiệp, tổ chức tôn giáo", "2026-02-28",
    [TK], [THUE], true),
  task("III.1.c", "Thẩm định dự toán, tham mưu UBND tỉnh bố trí kinh phí địa phương hỗ trợ Tổng điều tra",
    "2026-02-28", [TC], [], true),
  task("III.1.d", "Thành lập BCĐ cấp xã; tuyển chọn điều tra viên, tổ trưởng, gửi danh sách về Thống kê tỉnh",
    "2026-02-28", [XA], [], true),
  task("III.2.a", "Tổ chức tập huấn cấp tỉnh cho giám sát viên, tổ trưởng và điều tra viên", "2026-03-13", [TK]),
  task("III.2.b", "Bảo đảm hạ tầng mạng, đường truyền và hướng dẫn cài đặt ứng dụng CAPI trên thiết bị của điều " +
    "tra viên", "2026-03-31", [KH], [TK], true),
  task("III.3.a", "Chỉ đạo điều tra viên thu thập đầy đủ thông tin các cơ sở trên địa bàn", "2026-05-24", [XA]),
  task("III.3.b", "Giám sát, kiểm tra, nghiệm thu phiếu điều tra trên chương trình phần mềm", "2026-05-31", [TK], [],
    true),
  task("III.3.c", "Bảo đảm an ninh, trật tự và an toàn dữ liệu trong thời gian thu thập", "2026-05-31", [CA], [TK],
    true),
  task("III.3.d", "Cung cấp, đối chiếu danh sách doanh nghiệp, hộ kinh doanh đang nộp thuế, tạm ngừng kinh doanh",
    "2026-05-31", [THUE], [], true),
  task("III.4.a", "Làm sạch dữ liệu, tổng hợp và công bố kết quả sơ bộ của tỉnh", "2026-07-31", [TK]),
  task("III.4.b", "Đối chiếu số liệu của ngành với kết quả sơ bộ, gửi ý kiến về Thống kê tỉnh", "2026-09-30", [SN],
    [], true),
  task("III.5.a", "Tổng kết Tổng điều tra trên địa bàn, báo cáo BCĐ tỉnh", "2026-11-14", [XA]),
  task("III.5.b", "Tham mưu khen thưởng tập thể, cá nhân có thành tích xuất sắc", "2026-12-31", [NV], [], true),
  task("III.5.c", "Công bố kết quả chính thức Tổng điều tra kinh tế năm 2026 của tỉnh", "2026-12-31", [BCD_FULL]),
];

await build(DIR, {
  blocks, printer: "chromium",
  css: "p.b.i{text-indent:0}",
  extra: { transform: (xml) => xml.replace(/⟦b⟧([^⟦]*)⟦\/b⟧/g, (m, u) =>
    `</w:t></w:r><w:r><w:rPr><w:b/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">${u}</w:t></w:r>` +
    '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">') },
  expected: {
    id: ID,
    style: "Kế hoạch 09/KH-UBND of UBND tỉnh Thái Nguyên, 08/01/2026 (after the reorganisation: merged " +
      "departments, UBND các xã, phường), 2026 Economic Census. III is a list of five dated stages, each a bold " +
      "italic heading 'Giai đoạn n: <name> (<time>)' (in the auto docx a Word list with level text 'Giai đoạn " +
      "%1:'); under each stage, lettered items that open with their unit and a colon ('a) Thống kê tỉnh: …', the " +
      "unit in bold), several units per stage. Acronyms defined once and then used: 'BCĐ tỉnh', 'Thống kê tỉnh', " +
      "'BCĐ cấp xã'. Reading: ref = III.<stage>.<letter>; lead = the unit before the colon ('UBND các xã, " +
      "phường' = UBND cấp xã); 'chủ trì, phối hợp với Y' / 'X: phối hợp với Y …' give Y as coordinator (X " +
      "leads); an item with its own bracketed date takes it (inherited false), else the stage's end date " +
      "(inherited true): stage 1 'đến ngày 28/02/2026' (Sat -> 2/3), 2 'tháng 3/2026' -> 31/3, 3 'đến ngày " +
      "31/5/2026' (Sun -> 1/6), 4 'từ tháng 6 đến tháng 9/2026' -> 30/9, 5 'quý IV/2026' -> 31/12. Own dates: " +
      "'trước ngày 31/01' -> 30/01; 'từ 09/3 đến 13/3' -> 13/3; 'xong trước ngày 25/5' -> 24/5 Sun -> 25/5; " +
      "'trong tháng 7/2026' -> 31/7; 'trước ngày 15/11' -> 14/11 Sat -> 16/11; 'tháng 12/2026' -> 31/12 (own " +
      "words, so inherited false though equal to the stage's). III.1.b: its first clause is done ('đã hoàn thành " +
      "tháng 12/2025'), the task is the second clause. Left out: III.2.c (thường xuyên), IV.1 undated, IV.2 hằng " +
      "tháng. 'gửi … về Thống kê tỉnh', 'báo cáo BCĐ tỉnh' name recipients. 'Các sở, ngành liên quan' is a " +
      "partial group, kept as written. PDF: Chromium from the HTML.",
    province: "Thái Nguyên",
    plan: { number: "09/KH-UBND", date: "2026-01-08" },
    tasks,
    unresolved: [BCD_FULL, XA, SN],
    successors: [],
  },
});
