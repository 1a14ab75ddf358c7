// 02: Lai Châu 2024 (before the reorganisation) — a Sở Y tế plan for dengue and rainy-season epidemics, sent to its
// own bodies (CDC, the provincial hospital, the district health centres, its offices). Part III is a response
// scenario table by level (Cấp độ | Tình huống | Hoạt động đáp ứng | Đơn vị thực hiện; a full-width group row per
// situation, the unit cell vMerged over two levels): actions triggered by events ("trong vòng 24 giờ kể từ …"), no
// dates, no tasks. Part IV gives each body numbered a)-d) points; some dated, some weekly or conditional.
// plan.pdf: WeasyPrint prints the model's HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-lai-chau-2024-syt-response-levels-table-then-unit-points";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const unit = (num, text) => ({ t: "p", num, text, bold: true, list: { kind: "decimal", inst: "IV" } });
const pt = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "letter", inst } });
const a1 = pt("a1"), a2 = pt("a2"), a3 = pt("a3"), a4 = pt("a4"), a5 = pt("a5"), a6 = pt("a6");
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const d2 = dash("II");

const CDC = "Trung tâm Kiểm soát bệnh tật tỉnh", BV = "Bệnh viện Đa khoa tỉnh";
const TTYT = "Trung tâm Y tế các huyện, thành phố", NVY = "Phòng Nghiệp vụ Y", KHTC = "Phòng Kế hoạch - Tài chính";

const LEVELS = [
  [{ text: "Cấp độ", bold: true }, { text: "Tình huống", bold: true }, { text: "Hoạt động đáp ứng chính", bold: true },
    { text: "Đơn vị thực hiện", bold: true }],
  [{ text: "Tình huống A: Chưa ghi nhận ổ dịch trên địa bàn tỉnh", span: 4, bold: true, align: "left" }],
  ["1", "Có ca bệnh tản phát, chưa có ổ dịch", "Giám sát chặt chẽ ca bệnh; xử lý ổ bọ gậy tại hộ gia đình có ca " +
    "bệnh trong vòng 48 giờ kể từ khi nhận được thông tin", { text: "Trạm Y tế xã, phường, thị trấn; Trung tâm Y " +
    "tế huyện, thành phố", vm: "restart", rows: 2 }],
  ["2", "Chỉ số Breteau (BI) ≥ 30 tại một xã", "Tổ chức chiến dịch diệt bọ gậy tại xã trong vòng 07 ngày", { text: "",
    vm: "continue" }],
  [{ text: "Tình huống B: Xuất hiện ổ dịch", span: 4, bold: true, align: "left" }],
  ["3", "Ổ dịch tại 01 huyện", "Phun hóa chất diện rộng trong vòng 24 giờ kể từ khi xác định ổ dịch; lập tổ cấp " +
    "cứu lưu động tại Trung tâm Y tế huyện", CDC + "; " + TTYT],
  ["4", "Ổ dịch tại từ 02 huyện trở lên", "Báo cáo Sở Y tế tham mưu UBND tỉnh công bố dịch; huy động lực lượng " +
    "tuyến tỉnh hỗ trợ", "Sở Y tế; " + CDC + "; " + BV],
];

const blocks = [
  ...head("UBND TỈNH LAI CHÂU\nSỞ Y TẾ", "Số: 1127/KH-SYT", "Lai Châu, ngày 24 tháng 5 năm 2024", "KẾ HOẠCH",
    "Phòng, chống bệnh sốt xuất huyết Dengue và một số dịch bệnh mùa mưa năm 2024"),
  sec("I.", "TÌNH HÌNH DỊCH BỆNH"),
  { t: "p", text: "Năm 2023, toàn tỉnh ghi nhận 312 ca mắc sốt xuất huyết Dengue, tăng 2,4 lần so với năm 2022, " +
    "tập trung tại thành phố Lai Châu và huyện Tân Uyên; không có trường hợp tử vong. Năm tháng đầu năm 2024 đã " +
    "ghi nhận 27 ca mắc tản phát." },
  sec("II.", "MỤC TIÊU"),
  d2("Giảm 10% số ca mắc sốt xuất huyết so với trung bình 5 năm (2019 - 2023); khống chế tỷ lệ tử vong dưới 0,09%."),
  d2("100% ổ dịch được phát hiện và xử lý kịp thời theo hướng dẫn của Bộ Y tế."),
  sec("III.", "CÁC CẤP ĐỘ ĐÁP ỨNG"),
  { t: "table", widths: [900, 2500, 3800, 2200], header: 1, rows: LEVELS },
  sec("IV.", "NHIỆM VỤ CỦA CÁC ĐƠN VỊ"),
  unit("1.", CDC),
  a1("a)", "Tổ chức tập huấn giám sát, xét nghiệm chẩn đoán nhanh sốt xuất huyết cho cán bộ các Trung tâm Y tế " +
    "huyện, thành phố trước ngày 15/6/2024."),
  a1("b)", "Chủ trì, phối hợp với Trung tâm Y tế các huyện, thành phố tổ chức chiến dịch diệt bọ gậy đợt 1 trong " +
    "tháng 6/2024."),
  a1("c)", "Giám sát ca bệnh, chỉ số côn trùng; tổng hợp, báo cáo Sở Y tế vào thứ Sáu hằng tuần."),
  a1("d)", "Dự trù hóa chất, vật tư, trang thiết bị phòng chống dịch năm 2024, gửi Sở Y tế (qua Phòng Kế hoạch - " +
    "Tài chính) chậm nhất ngày 10/6/2024."),
  unit("2.", BV),
  a2("a)", "Kiện toàn đội cấp cứu lưu động, bố trí đủ cơ số thuốc, dịch truyền trước ngày 01/6/2024."),
  a2("b)", "Phối hợp với Phòng Nghiệp vụ Y tập huấn phác đồ chẩn đoán, điều trị sốt xuất huyết Dengue cho bác sĩ " +
    "tuyến huyện trong tháng 7/2024."),
  a2("c)", "Khi số bệnh nhân nhập viện tăng cao, bố trí khu điều trị riêng, tránh lây nhiễm chéo."),
  unit("3.", TTYT),
  a3("a)", "Xây dựng kế hoạch của đơn vị, tham mưu UBND huyện, thành phố ban hành kế hoạch phòng chống dịch của " +
    "địa phương trước ngày 10/6/2024."),
  a3("b)", "Chỉ đạo Trạm Y tế xã, phường, thị trấn thường xuyên giám sát ca bệnh, vận động người dân diệt lăng " +
    "quăng, bọ gậy."),
  a3("c)", "Phối hợp với UBND các xã, phường, thị trấn tổ chức chiến dịch diệt bọ gậy đợt 2 trong tháng 9/2024."),
  unit("4.", NVY),
  a4("a)", "Chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh kiểm tra công tác chuẩn bị phòng chống dịch " +
    "tại các đơn vị trong quý III/2024."),
  a4("b)", "Tổng hợp kết quả thực hiện Kế hoạch, tham mưu Giám đốc Sở báo cáo Bộ Y tế, UBND tỉnh trước ngày " +
    "15/12/2024."),
  unit("5.", KHTC),
  a5("a)", "Thẩm định dự trù hóa chất, vật tư của Trung tâm Kiểm soát bệnh tật tỉnh, trình Giám đốc Sở phê duyệt " +
    "trước ngày 20/6/2024."),
  unit("6.", "Đề nghị UBND các huyện, thành phố"),
  a6("a)", "Chỉ đạo UBND các xã, phường, thị trấn huy động các đoàn thể tham gia các đợt chiến dịch diệt bọ gậy; " +
    "bố trí kinh phí phòng chống dịch của địa phương."),
  a6("b)", "Chỉ đạo cơ quan truyền thông của huyện tăng thời lượng tuyên truyền trong mùa mưa."),
  { t: "p", text: "Yêu cầu các đơn vị nghiêm túc triển khai thực hiện; trong quá trình thực hiện có khó khăn, vướng " +
    "mắc báo cáo về Sở Y tế (qua Phòng Nghiệp vụ Y) để giải quyết./." },
  ...sign(["UBND tỉnh (b/c)", "Cục Y tế dự phòng - Bộ Y tế (b/c)", "Giám đốc, các PGĐ Sở", "Các đơn vị trực thuộc " +
    "Sở", "UBND các huyện, thành phố", "Các phòng thuộc Sở"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lò Văn Thắng"),
];

const tasks = [
  task("IV.1.a", "Tập huấn giám sát, xét nghiệm chẩn đoán nhanh sốt xuất huyết cho cán bộ các Trung tâm Y tế huyện, " +
    "thành phố", "2024-06-14", [CDC]),
  task("IV.1.b", "Tổ chức chiến dịch diệt bọ gậy đợt 1", "2024-06-30", [CDC], [TTYT]),
  task("IV.1.d", "Dự trù hóa chất, vật tư, trang thiết bị phòng chống dịch năm 2024, gửi Sở Y tế", "2024-06-10",
    [CDC]),
  task("IV.2.a", "Kiện toàn đội cấp cứu lưu động, bố trí đủ cơ số thuốc, dịch truyền", "2024-05-31", [BV]),
  task("IV.2.b", "Tập huấn phác đồ chẩn đoán, điều trị sốt xuất huyết Dengue cho bác sĩ tuyến huyện", "2024-07-31",
    [BV], [NVY]),
  task("IV.3.a", "Xây dựng kế hoạch của đơn vị, tham mưu UBND huyện, thành phố ban hành kế hoạch phòng chống dịch " +
    "của địa phương", "2024-06-09", [TTYT]),
  task("IV.3.c", "Tổ chức chiến dịch diệt bọ gậy đợt 2", "2024-09-30", [TTYT], ["UBND cấp xã"]),
  task("IV.4.a", "Kiểm tra công tác chuẩn bị phòng chống dịch tại các đơn vị", "2024-09-30", [NVY], [CDC]),
  task("IV.4.b", "Tổng hợp kết quả thực hiện Kế hoạch, tham mưu báo cáo Bộ Y tế, UBND tỉnh", "2024-12-14", [NVY]),
  task("IV.5.a", "Thẩm định dự trù hóa chất, vật tư của Trung tâm Kiểm soát bệnh tật tỉnh", "2024-06-19", [KHTC]),
];

await build(DIR, {
  blocks, printer: "weasyprint",
  css: "table.bd td:first-child{text-align:center}table.nb tr:only-child td:first-child{text-align:left;font-size:11pt}",
  expected: {
    id: ID,
    style: "Kế hoạch 1127/KH-SYT of the Sở Y tế Lai Châu, 24/5/2024 (before the reorganisation), dengue and " +
      "rainy-season epidemics, to its own bodies. Part II targets (no tasks). Part III a response-level table " +
      "Cấp độ | Tình huống | Hoạt động đáp ứng chính | Đơn vị thực hiện with full-width situation rows (gridSpan) " +
      "and a unit cell vMerged over levels 1-2: every action is triggered by an event ('trong vòng 48 giờ / 07 " +
      "ngày / 24 giờ kể từ …'), no date, no task; its numbers 1-4 are levels, not STT of tasks. Part IV: one bold " +
      "numbered heading per body (the body is the lead of its a)-d) points), refs IV.n.x. Left out: IV.1.c " +
      "(hằng tuần), IV.2.c (conditional 'Khi …'), IV.3.b (thường xuyên), IV.6 (a request to the districts, " +
      "undated). 'trước ngày X' = X-1: 15/6 -> 14/6, 01/6 -> 31/5, 10/6 -> 9/6 (Sun -> 10/6), 15/12 -> 14/12 (Sat " +
      "-> 16/12), 20/6 -> 19/6; 'chậm nhất ngày 10/6/2024' = 10/6; 'tháng 6/2024' = 30/6 (Sun -> 1/7), 'tháng 7' = " +
      "31/7, 'tháng 9' = 30/9; 'quý III/2024' = 30/9. IV.2.b 'Phối hợp với Phòng Nghiệp vụ Y …' under the hospital's " +
      "heading: hospital leads, Phòng Nghiệp vụ Y coordinates; IV.3.c likewise with UBND các xã, phường, thị trấn -> " +
      "UBND cấp xã. 'gửi Sở Y tế', 'báo cáo Bộ Y tế, UBND tỉnh', 'trình Giám đốc Sở' are recipients. Health bodies " +
      "and the Sở's offices unresolved, as written. PDF: WeasyPrint.",
    province: "Lai Châu",
    plan: { number: "1127/KH-SYT", date: "2024-05-24" },
    tasks,
    unresolved: [CDC, BV, TTYT, NVY, KHTC],
    successors: [],
  },
});
