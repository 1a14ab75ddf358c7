// 04: Lai Châu after the reorganisation (10/02/2026) — UBND tỉnh's plan to speed up the 2026 public-investment
// disbursement, addressed mainly to the provincial project boards (Ban Quản lý dự án đầu tư xây dựng …), Kho bạc
// Nhà nước khu vực and Thuế tỉnh. II has four areas 1.-4. with second-level items 1.1., 1.2. … (Word lists "N.%1.");
// most items carry two dates in one sentence (a draft or first milestone to a body, then the final one to the UBND
// or the year's end); one's second step is counted from an event without a date. plan.pdf: LibreOffice, then
// Ghostscript pdfwrite.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-lai-chau-2026-project-boards-disbursement-two-level-items-two-dates";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TC = "Sở Tài chính";
const XD = "Sở Xây dựng";
const NM = "Sở Nông nghiệp và Môi trường";
const THUE = "Thuế tỉnh";
const KB = "Kho bạc Nhà nước khu vực";
const XA = "UBND các xã, phường";
const GT = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh";
const DD = "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh";
const NN = "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item = (inst, kind) => (num, text, extra = {}) => ({ t: "p", num, text, list: { kind, inst }, ...extra });
const d1 = item("I", "dash");
const n2 = (num, text) => item("II", "decimal")(num, text, { bold: true });
const s = (n) => item("II" + n, "s" + n);
const n3 = item("III", "decimal");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 412/KH-UBND", "Lai Châu, ngày 10 tháng 02 năm 2026",
    "KẾ HOẠCH", "Đẩy nhanh tiến độ thực hiện và giải ngân kế hoạch vốn đầu tư công năm 2026"),
  plain("Căn cứ Luật Đầu tư công năm 2024; Nghị quyết của HĐND tỉnh về kế hoạch đầu tư công năm 2026; UBND tỉnh " +
    "đã giao chi tiết kế hoạch vốn đợt 1 tại Quyết định số 2105/QĐ-UBND ngày 19/12/2025. Để giải ngân hết kế hoạch " +
    "vốn được giao, UBND tỉnh ban hành Kế hoạch như sau:"),
  sec("I.", "MỤC TIÊU"),
  d1("-", "Tỷ lệ giải ngân vốn đầu tư công năm 2026 đạt trên 95% kế hoạch; không để vốn bị hủy dự toán hoặc phải " +
    "chuyển nguồn do chủ đầu tư chậm thực hiện."),
  d1("-", "Xác định rõ trách nhiệm của chủ đầu tư, cơ quan tham mưu và người đứng đầu trong từng khâu."),
  sec("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  n2("1.", "Phân bổ, giao kế hoạch vốn"),
  s(1)("1.1.", `${TC} rà soát số vốn năm 2026 chưa phân bổ chi tiết, xây dựng phương án phân bổ, gửi dự thảo lấy ý ` +
    "kiến các thành viên UBND tỉnh trước ngày 06/3/2026 và trình UBND tỉnh để trình HĐND tỉnh tại kỳ họp chuyên đề " +
    "trước ngày 20/3/2026."),
  s(1)("1.2.", `${GT}, ${DD} hoàn thiện hồ sơ các dự án khởi công mới chưa đủ thủ tục giao vốn, gửi ${TC} chậm ` +
    "nhất ngày 28/02/2026."),
  n2("2.", "Giải phóng mặt bằng, tạo nguồn thu"),
  s(2)("2.1.", `${XA} có dự án chủ trì, phối hợp với ${GT} hoàn thành kiểm đếm, lập phương án bồi thường, hỗ trợ, ` +
    `tái định cư dự án đường nối Tam Đường - Bình Lư; gửi dự thảo phương án đến ${NM} để lấy ý kiến trước ngày ` +
    "15/4/2026, phê duyệt phương án xong trong tháng 5/2026."),
  s(2)("2.2.", `${NM} hướng dẫn các xã, phường xác định giá đất cụ thể để tính bồi thường; giải đáp vướng mắc ` +
    "ngay khi có đề nghị."),
  s(2)("2.3.", `${THUE} phối hợp với ${NM} đôn đốc thu tiền sử dụng đất từ các dự án đấu giá để bổ sung vốn đầu tư, ` +
    "đạt tối thiểu 50% dự toán trước ngày 30/6/2026."),
  n2("3.", "Thực hiện và thanh toán vốn"),
  s(3)("3.1.", `${GT} giải ngân đạt tối thiểu 40% kế hoạch vốn được giao trước ngày 30/6/2026 và trên 95% đến hết ` +
    "ngày 31/12/2026."),
  s(3)("3.2.", `${DD} lập hồ sơ quyết toán dự án hoàn thành Trường Trung học phổ thông Dân tộc nội trú tỉnh (giai ` +
    `đoạn 2), gửi ${TC} thẩm tra trước ngày 30/4/2026; ${TC} thẩm tra, trình UBND tỉnh phê duyệt quyết toán trong ` +
    "30 ngày kể từ ngày nhận đủ hồ sơ."),
  s(3)("3.3.", `${NN} khởi công dự án Kè chống sạt lở bờ suối Nậm Lụm trong quý II/2026.`),
  s(3)("3.4.", `${KB} kiểm soát, thanh toán vốn trong 01 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ; phối hợp với ` +
    `${TC} đối chiếu số liệu giải ngân vốn năm 2025 được kéo dài, xác nhận số dư tạm ứng, gửi kết quả về ${TC} ` +
    "trước ngày 15/3/2026."),
  n2("4.", "Thể chế, kỷ luật, kỷ cương"),
  s(4)("4.1.", `${XD} xây dựng dự thảo Quyết định quy định phân cấp quản lý chất lượng công trình xây dựng trên địa ` +
    "bàn tỉnh, gửi Sở Tư pháp thẩm định trước ngày 31/3/2026, trình UBND tỉnh ban hành trong tháng 4/2026."),
  s(4)("4.2.", `${TC} tham mưu dự thảo Quyết định điều chuyển kế hoạch vốn từ dự án giải ngân chậm sang dự án có ` +
    `nhu cầu, gửi lấy ý kiến ${XD} và các chủ đầu tư trước ngày 15/7/2026, trình UBND tỉnh trước ngày 31/7/2026.`),
  s(4)("4.3.", "Sở Nội vụ tham mưu xem xét trách nhiệm người đứng đầu chủ đầu tư có tỷ lệ giải ngân thấp sau mỗi " +
    "kỳ đánh giá quý."),
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Các chủ đầu tư báo cáo tiến độ thực hiện, giải ngân từng dự án về Sở Tài chính trước ngày 20 hằng tháng."),
  n3("2.", `${TC} tổng hợp, báo cáo UBND tỉnh kết quả giải ngân 6 tháng đầu năm 2026 trước ngày 10/7/2026.`),
  n3("3.", `${TC} chủ trì, phối hợp với ${KB} dự thảo báo cáo tình hình giải ngân năm 2026, gửi các thành viên Tổ ` +
    "công tác đôn đốc giải ngân trước ngày 15/12/2026, trình UBND tỉnh trước ngày 25/12/2026."),
  plain("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo UBND tỉnh (qua Sở Tài " +
    "chính) để xem xét, chỉ đạo./."),
  ...sign(["Bộ Tài chính (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "Các Ban QLDA ĐTXD tỉnh", "Kho bạc Nhà nước khu vực", "UBND các xã, phường"],
  "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Lương"),
];

const tasks = [
  task("II.1.1", "Xây dựng phương án phân bổ số vốn năm 2026 chưa phân bổ chi tiết", "2026-03-19", [TC]),
  task("II.1.2", "Hoàn thiện hồ sơ các dự án khởi công mới chưa đủ thủ tục giao vốn", "2026-02-28", [GT, DD]),
  task("II.2.1", "Kiểm đếm, lập và phê duyệt phương án bồi thường, hỗ trợ, tái định cư dự án đường nối Tam Đường - " +
    "Bình Lư", "2026-05-31", [XA], [GT]),
  task("II.2.3", "Đôn đốc thu tiền sử dụng đất từ các dự án đấu giá, đạt tối thiểu 50% dự toán", "2026-06-29", [THUE],
    [NM]),
  task("II.3.1", "Giải ngân kế hoạch vốn được giao (tối thiểu 40% đến 30/6, trên 95% cả năm)", "2026-12-31", [GT]),
  task("II.3.2", "Lập hồ sơ quyết toán dự án hoàn thành Trường Trung học phổ thông Dân tộc nội trú tỉnh (giai đoạn " +
    "2), gửi Sở Tài chính thẩm tra", "2026-04-29", [DD]),
  task("II.3.3", "Khởi công dự án Kè chống sạt lở bờ suối Nậm Lụm", "2026-06-30", [NN]),
  task("II.3.4", "Đối chiếu số liệu giải ngân vốn năm 2025 được kéo dài, xác nhận số dư tạm ứng", "2026-03-14", [KB],
    [TC]),
  task("II.4.1", "Xây dựng dự thảo Quyết định quy định phân cấp quản lý chất lượng công trình xây dựng", "2026-04-30",
    [XD]),
  task("II.4.2", "Tham mưu dự thảo Quyết định điều chuyển kế hoạch vốn từ dự án giải ngân chậm sang dự án có nhu cầu",
    "2026-07-30", [TC]),
  task("III.2", "Tổng hợp, báo cáo kết quả giải ngân 6 tháng đầu năm 2026", "2026-07-09", [TC]),
  task("III.3", "Dự thảo báo cáo tình hình giải ngân năm 2026", "2026-12-24", [TC], [KB]),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 412/KH-UBND of UBND tỉnh Lai Châu, 10/02/2026 (after the reorganisation: no districts, Sở " +
      "Nông nghiệp và Môi trường, UBND các xã, phường), 2026 public-investment disbursement, addressed mainly to " +
      "the three provincial project boards, Kho bạc Nhà nước khu vực and Thuế tỉnh. II has bold areas 1.-4. with " +
      "second-level items 1.1., 2.3. … (Word lists with level text 'N.%1.'), ref II.n.m; III 1.-3. Most items have " +
      "two dates in one sentence (draft to a body / first milestone, then the final step): due = the final date " +
      "('gửi dự thảo … trước 06/3, trình … trước ngày 20/3' -> 19/3; 'gửi … trước 15/4, phê duyệt xong trong tháng " +
      "5/2026' -> 31/5 Sun -> 1/6; 'tối thiểu 40% trước 30/6 và trên 95% đến hết ngày 31/12' -> 31/12; 'gửi Sở Tư " +
      "pháp thẩm định trước 31/3, trình … trong tháng 4' -> 30/4 (holidays 30/4, 1/5, weekend) -> 4/5; '… trước " +
      "15/7, trình … trước ngày 31/7' -> 30/7; '… trước 15/12, trình … trước ngày 25/12' -> 24/12). II.3.2's " +
      "second step (Sở Tài chính, 'trong 30 ngày kể từ ngày nhận đủ hồ sơ') has no date: the board's dated part is " +
      "the task ('trước ngày 30/4' -> 29/4). One-date items: 'chậm nhất ngày 28/02' (Sat -> 2/3); 'trước ngày " +
      "30/6' -> 29/6; 'quý II' -> 30/6; 'trước ngày 15/3' -> 14/3 Sat -> 16/3; 'trước ngày 10/7' -> 9/7. Out: the " +
      "done Quyết định 2105 in the preamble; II.2.2 'ngay khi có đề nghị'; II.3.4's 01-ngày payment rule; II.4.3 " +
      "'sau mỗi kỳ đánh giá quý'; III.1 monthly. 'gửi Sở Tài chính / Sở Tư pháp / các thành viên …', 'gửi lấy ý " +
      "kiến Sở Xây dựng và các chủ đầu tư', 'trình UBND tỉnh' are recipients. PDF: LibreOffice, then Ghostscript.",
    province: "Lai Châu",
    plan: { number: "412/KH-UBND", date: "2026-02-10" },
    tasks,
    unresolved: [XA, GT, DD, NN],
    successors: [],
  },
});
