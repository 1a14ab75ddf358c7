// 04: Thái Nguyên, UBND tỉnh after the reorganisation (12/01/2026) — plan for the Tết Bính Ngọ 2026 visits and gifts
// to people with meritorious service and social-protection beneficiaries (work the Sở Nội vụ took over from the
// former Sở LĐ-TBXH). The tasks are one table whose time is given TWICE: a two-row header with "Thời gian hoàn
// thành" spanning "Dương lịch" | "Âm lịch" (the lunar date "tháng Chạp", "tháng Giêng" as Tết plans write it), three
// roman group rows; a done row whose time cell spans both columns; an undated "Dịp Tết" row and a holiday duty row.
// plan.pdf: LibreOffice.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-thai-nguyen-2026-tet-gifts-plan-solar-and-lunar-date-columns";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const SNV = "Sở Nội vụ";
const STC = "Sở Tài chính";
const XA = "UBND cấp xã";
const BD = "Bưu điện tỉnh";
const VP = "Văn phòng UBND tỉnh";
const CTXH = "Trung tâm Công tác xã hội tỉnh";
const MTX = "Ủy ban MTTQ Việt Nam các xã, phường";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const n = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst } });
const n2 = n("II");
const n4 = n("IV");
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const d1 = dash("I");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const C = { kind: "cell", inst: "T" };
const st = (s) => ({ text: s, align: "center", list: C });
const ce = (s) => ({ text: s, align: "center" });
const grp = (num, text) => [{ text: num, bold: true, align: "center" }, { text, bold: true, span: 5 }];
const H = (s) => ({ text: s, vm: "restart", rows: 2 });
const HC = { text: "", vm: "continue" };

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 06/KH-UBND", "Thái Nguyên, ngày 12 tháng 01 năm 2026",
    "KẾ HOẠCH", "Thăm, tặng quà người có công với cách mạng, đối tượng bảo trợ xã hội và hộ nghèo nhân dịp Tết " +
    "Nguyên đán Bính Ngọ năm 2026"),
  plain("Thực hiện Chỉ thị số 45/CT-TTg ngày 20/12/2025 của Thủ tướng Chính phủ về việc tổ chức Tết Nguyên đán Bính " +
    "Ngọ năm 2026; Công văn số 215/BNV-NCC ngày 25/12/2025 của Bộ Nội vụ về việc tặng quà của Chủ tịch nước nhân dịp " +
    "Tết, UBND tỉnh ban hành Kế hoạch như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("Bảo đảm mọi người có công, đối tượng bảo trợ xã hội, hộ nghèo trên địa bàn tỉnh đều được chăm lo, đón Tết vui " +
    "tươi, an toàn; không để hộ gia đình nào không có Tết."),
  d1("Quà được trao tận tay đối tượng trước Tết, đúng đối tượng, đúng mức; công khai, minh bạch."),
  sec("II.", "ĐỐI TƯỢNG VÀ MỨC QUÀ"),
  n2("1.", "Quà của Chủ tịch nước: thực hiện theo Công văn số 215/BNV-NCC của Bộ Nội vụ (mức 300.000 đồng và 600.000 " +
    "đồng/suất)."),
  n2("2.", "Quà của tỉnh: 500.000 đồng/suất đối với người có công đang hưởng trợ cấp hằng tháng, thân nhân liệt sĩ, " +
    "đối tượng bảo trợ xã hội đang hưởng trợ cấp tại cộng đồng; 1.000.000 đồng/hộ đối với hộ nghèo. Dự kiến 61.280 " +
    "suất, tổng kinh phí khoảng 35,2 tỷ đồng từ ngân sách tỉnh."),
  sec("III.", "NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN"),
  { t: "table", header: 2, widths: [750, 2550, 1400, 1650, 1550, 1450], rows: [
    [H("STT"), H("Nội dung công việc"), H("Cơ quan chủ trì"), H("Cơ quan phối hợp"),
      { text: "Thời gian hoàn thành", span: 2 }],
    [HC, HC, HC, HC, "Dương lịch", "Âm lịch"],
    grp("I", "CÔNG TÁC CHUẨN BỊ"),
    [st("1"), "Tiếp nhận chỉ tiêu, kinh phí quà của Chủ tịch nước", SNV, STC,
      { text: "Đã thực hiện (ngày 29/12/2025)", span: 2, align: "center" }],
    [st("2"), "Rà soát, lập danh sách đối tượng được tặng quà trên địa bàn", "UBND các xã, phường", SNV,
      ce("Trước ngày 20/01/2026"), ce("Trước mùng 2 tháng Chạp")],
    [st("3"), "Tổng hợp danh sách, dự toán kinh phí quà của tỉnh, trình UBND tỉnh", SNV, "UBND các xã, phường",
      ce("23/01/2026"), ce("Ngày 5 tháng Chạp")],
    [st("4"), "Thẩm định, tham mưu bố trí kinh phí quà của tỉnh", STC, SNV, ce("Trước ngày 28/01/2026"),
      ce("Trước ngày 10 tháng Chạp")],
    [st("5"), "Cấp phát quà của Chủ tịch nước đến đối tượng", SNV, `UBND các xã, phường; ${BD}`,
      ce("Trước ngày 02/02/2026"), ce("Trước ngày 15 tháng Chạp")],
    [st("6"), "Chi trả trợ cấp ưu đãi người có công tháng 02 và tháng 3/2026 vào cùng một kỳ", BD, SNV,
      ce("Trước ngày 07/02/2026"), ce("Trước ngày 20 tháng Chạp")],
    grp("II", "THĂM, TẶNG QUÀ"),
    [st("7"), "Phục vụ các Đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh thăm, tặng quà Mẹ Việt " +
      "Nam anh hùng, thương binh, bệnh binh nặng", SNV, `${VP}; UBND các xã, phường`, ce("Từ 03/02 đến 10/02/2026"),
      ce("Từ 16 đến 23 tháng Chạp")],
    [st("8"), "Thăm, chúc Tết, tặng quà đối tượng tại các cơ sở trợ giúp xã hội", SNV, CTXH, ce("09/02/2026"),
      ce("22 tháng Chạp")],
    [st("9"), "Tổ chức trao quà của tỉnh đến từng đối tượng, hộ nghèo", "UBND các xã, phường", MTX,
      ce("Trước ngày 12/02/2026"), ce("Xong trước 25 tháng Chạp")],
    [st("10"), "Thăm, tặng quà bệnh nhân nghèo điều trị dài ngày tại các bệnh viện", "Sở Y tế",
      "Hội Chữ thập đỏ tỉnh", ce("Dịp Tết Nguyên đán"), ce("")],
    grp("III", "SAU TẾT"),
    [st("11"), "Trực, tiếp nhận phản ánh về chế độ, chính sách người có công, bảo trợ xã hội", SNV, "",
      ce("Các ngày nghỉ Tết"), ce("Hằng ngày")],
    [st("12"), "Tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ kết quả thăm, tặng quà Tết", SNV, "UBND các xã, phường",
      ce("Trước ngày 26/02/2026"), ce("Trước mùng 10 tháng Giêng")],
  ] },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Sở Nội vụ là cơ quan thường trực, hướng dẫn, kiểm tra, đôn đốc các địa phương thực hiện Kế hoạch này; " +
    "kịp thời báo cáo UBND tỉnh những vấn đề phát sinh."),
  n4("2.", "UBND các xã, phường chịu trách nhiệm về tính chính xác của danh sách; niêm yết công khai danh sách đối " +
    "tượng được tặng quà tại trụ sở, nhà văn hóa thôn, tổ dân phố."),
  n4("3.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động doanh nghiệp, nhà hảo tâm ủng hộ Quỹ \"Đền ơn đáp " +
    "nghĩa\", Quỹ \"Vì người nghèo\" để chăm lo Tết cho các đối tượng."),
  n4("4.", "Báo và Phát thanh, Truyền hình Thái Nguyên đưa tin về các hoạt động thăm, tặng quà trong dịp Tết."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Ủy ban MTTQ Việt Nam tỉnh", "Các sở, ngành có tên tại Mục III", "UBND các xã, phường",
    "Báo và PT-TH Thái Nguyên"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
];

const tasks = [
  task("2", "Rà soát, lập danh sách đối tượng được tặng quà trên địa bàn", "2026-01-19", [XA], [SNV]),
  task("3", "Tổng hợp danh sách, dự toán kinh phí quà của tỉnh", "2026-01-23", [SNV], [XA]),
  task("4", "Thẩm định, tham mưu bố trí kinh phí quà của tỉnh", "2026-01-27", [STC], [SNV]),
  task("5", "Cấp phát quà của Chủ tịch nước đến đối tượng", "2026-02-01", [SNV], [XA, BD]),
  task("6", "Chi trả trợ cấp ưu đãi người có công tháng 02 và tháng 3/2026 vào cùng một kỳ", "2026-02-06", [BD],
    [SNV]),
  task("7", "Phục vụ các Đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh thăm, tặng quà Mẹ Việt Nam anh hùng, thương binh, bệnh binh nặng",
    "2026-02-10", [SNV], [VP, XA]),
  task("8", "Thăm, chúc Tết, tặng quà đối tượng tại các cơ sở trợ giúp xã hội", "2026-02-09", [SNV], [CTXH]),
  task("9", "Tổ chức trao quà của tỉnh đến từng đối tượng, hộ nghèo", "2026-02-11", [XA], [MTX]),
  task("12", "Tổng hợp, báo cáo kết quả thăm, tặng quà Tết", "2026-02-25", [SNV], [XA]),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 06/KH-UBND of UBND tỉnh Thái Nguyên (after the reorganisation, 12/01/2026): Tết Bính Ngọ 2026 " +
      "visits and gifts. I aims, II gift amounts and the number of gifts (no tasks). III one table STT | Nội dung " +
      "| Cơ quan chủ trì | Cơ quan phối hợp | 'Thời gian hoàn thành' over two sub-columns 'Dương lịch' | 'Âm " +
      "lịch' (two header rows: gridSpan, and vMerge for the first four; rowspan in HTML); roman group rows I-III " +
      "span the other columns and carry no time. Ref = STT (Word cell numbering in plan-auto). The solar column " +
      "is read; the lunar one says the same day (1 tháng Chạp Ất Tỵ = 19/01/2026, 1 tháng Giêng Bính Ngọ = " +
      "17/02/2026): 'Trước ngày 20/01' -> 19/1; '23/01/2026' as written; 'Trước ngày 28/01' -> 27/1; 'Trước ngày " +
      "02/02' -> 1/2 (Sun -> 2/2); 'Trước ngày 07/02' -> 6/2; 'Từ 03/02 đến 10/02/2026' -> 10/2; '09/02/2026'; " +
      "'Trước ngày 12/02' -> 11/2; 'Trước ngày 26/02' -> 25/2. Row 1 'Đã thực hiện' (spanning both time columns) " +
      "done; row 10 'Dịp Tết Nguyên đán' undated; row 11 holiday duty ('Các ngày nghỉ Tết' / 'Hằng ngày') " +
      "recurring: out. 'trình UBND tỉnh' (3), 'báo cáo UBND tỉnh, Bộ Nội vụ' (12) are recipients. 'UBND các xã, " +
      "phường' -> 'UBND cấp xã'; 'Ủy ban MTTQ Việt Nam các xã, phường', 'Trung tâm Công tác xã hội tỉnh' as " +
      "written (unresolved). IV: 1 standing role, 2 duties without dates, 3 a request to the Front, 4 press " +
      "coverage: out. PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "06/KH-UBND", date: "2026-01-12" },
    tasks,
    unresolved: [XA, CTXH, MTX],
    successors: [],
  },
});
