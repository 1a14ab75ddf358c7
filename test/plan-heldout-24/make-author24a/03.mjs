// 03: Lai Châu before the reorganisation (14/3/2025) — UBND tỉnh's plan for fire-safety inspection of markets and
// trade centres, worked by Công an tỉnh. III assigns the work per unit under "n. Trách nhiệm của …" headings with
// a)-d) items and NO dates; IV "Tiến độ thực hiện" is a separate timetable at the end, in date order, STT | Nội dung
// công việc | Thời hạn | Ghi chú, that names each work by its wording (no unit, no item number). plan.pdf:
// WeasyPrint from the HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-lai-chau-2025-fire-safety-markets-unit-duties-then-timetable-by-wording";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CA = "Công an tỉnh";
const CT = "Sở Công Thương";
const DL = "Công ty Điện lực Lai Châu";
const HUYEN = "UBND các huyện, thành phố";
const TC = "Sở Tài chính";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item = (inst, kind) => (num, text, extra = {}) => ({ t: "p", num, text, list: { kind, inst }, ...extra });
const d1 = item("I", "dash");
const n2 = item("II", "decimal");
const n3 = item("III", "decimal");
const h3 = (num, text) => n3(num, text, { bold: true });
const l = (inst) => item(inst, "letter");
const l1 = l("III1");
const l2 = l("III2");
const l3 = l("III3");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 986/KH-UBND", "Lai Châu, ngày 14 tháng 3 năm 2025",
    "KẾ HOẠCH", "Kiểm tra an toàn phòng cháy, chữa cháy tại các chợ, trung tâm thương mại trên địa bàn tỉnh năm 2025"),
  plain("Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024; Nghị định số 60/2024/NĐ-CP ngày 05/6/2024 " +
    "của Chính phủ về phát triển và quản lý chợ; theo đề nghị của Công an tỉnh tại Tờ trình số 215/TTr-CAT-PC07 " +
    "ngày 06/3/2025, UBND tỉnh ban hành Kế hoạch kiểm tra như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("-", "Phát hiện, khắc phục kịp thời sơ hở, thiếu sót về phòng cháy, chữa cháy tại các chợ, trung tâm thương " +
    "mại; không để xảy ra cháy lớn gây thiệt hại nghiêm trọng về người và tài sản."),
  d1("-", "Nâng cao trách nhiệm của Ban Quản lý chợ, doanh nghiệp, hợp tác xã quản lý chợ và tiểu thương."),
  sec("II.", "ĐỐI TƯỢNG, NỘI DUNG KIỂM TRA"),
  n2("1.", "Đối tượng: 42 chợ (03 chợ hạng 1, 09 chợ hạng 2, 30 chợ hạng 3) và 02 trung tâm thương mại trên địa " +
    "bàn tỉnh."),
  n2("2.", "Nội dung: hồ sơ quản lý, theo dõi hoạt động phòng cháy, chữa cháy; lối thoát nạn, khoảng cách an toàn; " +
    "hệ thống điện; phương tiện chữa cháy; lực lượng phòng cháy, chữa cháy cơ sở; phương án chữa cháy."),
  sec("III.", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
  h3("1.", "Trách nhiệm của Công an tỉnh"),
  l1("a)", "Chủ trì xây dựng kế hoạch kiểm tra chi tiết; tham mưu thành lập đoàn kiểm tra liên ngành gồm đại diện " +
    "Công an tỉnh, Sở Công Thương, Sở Xây dựng, Công ty Điện lực Lai Châu."),
  l1("b)", "Chủ trì, phối hợp với Sở Công Thương, Công ty Điện lực Lai Châu, UBND các huyện, thành phố kiểm tra an " +
    "toàn phòng cháy, chữa cháy tại các chợ hạng 1, hạng 2 và trung tâm thương mại; kiểm tra xác suất các chợ hạng 3."),
  l1("c)", "Tập huấn nghiệp vụ phòng cháy, chữa cháy và cứu nạn, cứu hộ cho lực lượng phòng cháy, chữa cháy cơ sở, " +
    "Ban Quản lý chợ và tiểu thương."),
  l1("d)", "Xử lý nghiêm các hành vi vi phạm theo quy định; tổng hợp kết quả kiểm tra, báo cáo UBND tỉnh."),
  h3("2.", "Trách nhiệm của Sở Công Thương"),
  l2("a)", "Rà soát, cập nhật danh sách, phân hạng chợ, trung tâm thương mại trên địa bàn tỉnh, cung cấp cho Công an " +
    "tỉnh làm căn cứ kiểm tra."),
  l2("b)", "Cử cán bộ tham gia đoàn kiểm tra liên ngành."),
  l2("c)", "Hướng dẫn UBND các huyện, thành phố chuyển đổi mô hình quản lý chợ gắn với bảo đảm an toàn phòng cháy, " +
    "chữa cháy."),
  h3("3.", "Trách nhiệm của UBND các huyện, thành phố"),
  l3("a)", "Chỉ đạo Ban Quản lý chợ, doanh nghiệp, hợp tác xã kinh doanh, khai thác và quản lý chợ hạng 3 tự kiểm " +
    "tra, khắc phục ngay các tồn tại về lối thoát nạn, hệ thống điện, phương tiện chữa cháy."),
  l3("b)", "Bố trí kinh phí cải tạo hệ thống phòng cháy, chữa cháy của các chợ do cấp huyện quản lý có nguy cơ cháy " +
    "cao."),
  l3("c)", "Phối hợp với đoàn kiểm tra liên ngành trong quá trình kiểm tra tại địa phương."),
  h3("4.", "Trách nhiệm của Sở Tài chính"),
  plain("Thẩm định dự toán, tham mưu UBND tỉnh bố trí kinh phí hoạt động của đoàn kiểm tra liên ngành."),
  h3("5.", "Trách nhiệm của Công ty Điện lực Lai Châu"),
  plain("Kiểm tra hệ thống điện đấu nối từ lưới điện vào các chợ; khuyến cáo Ban Quản lý chợ thay thế dây dẫn, thiết " +
    "bị điện không bảo đảm an toàn."),
  h3("6.", "Trách nhiệm của Đài Phát thanh - Truyền hình tỉnh, Báo Lai Châu"),
  plain("Thường xuyên tuyên truyền kiến thức phòng cháy, chữa cháy tại chợ; phản ánh kết quả kiểm tra."),
  sec("IV.", "TIẾN ĐỘ THỰC HIỆN"),
  { t: "table", widths: [700, 4700, 2300, 1700], header: 1, rows: [
    ["STT", "Nội dung công việc", "Thời hạn", "Ghi chú"],
    ["1", "Khảo sát hiện trạng phòng cháy, chữa cháy tại 12 chợ hạng 1, hạng 2", "Tháng 02/2025", "Đã thực hiện"],
    ["2", "Rà soát, cập nhật danh sách chợ và trung tâm thương mại", "Trước ngày 25/3/2025", ""],
    ["3", "Thẩm định, tham mưu bố trí kinh phí cho đoàn kiểm tra", "Trong tháng 3/2025", ""],
    ["4", "Ban hành kế hoạch kiểm tra chi tiết, thành lập đoàn kiểm tra liên ngành", "Trước ngày 31/3/2025", ""],
    ["5", "Tự kiểm tra, khắc phục tồn tại về phòng cháy, chữa cháy tại các chợ hạng 3", "Trong tháng 4/2025", ""],
    ["6", "Kiểm tra tại các chợ hạng 1, hạng 2, trung tâm thương mại; kiểm tra xác suất chợ hạng 3",
      "Từ 01/4/2025 đến 31/5/2025", "Lịch cụ thể do đoàn kiểm tra thông báo"],
    ["7", "Kiểm tra hệ thống điện đấu nối vào các chợ", "Xong trước ngày 15/5/2025", "Cùng đợt kiểm tra"],
    ["8", "Tập huấn lực lượng phòng cháy, chữa cháy cơ sở tại chợ", "Quý II/2025", ""],
    ["9", "Báo cáo UBND tỉnh kết quả kiểm tra", "Chậm nhất ngày 15/7/2025", ""],
    ["10", "Hoàn thành cải tạo hệ thống phòng cháy, chữa cháy tại các chợ có nguy cơ cháy cao",
      "Trước ngày 30/9/2025", ""],
    ["11", "Hướng dẫn chuyển đổi mô hình quản lý chợ", "Quý III/2025", ""],
  ] },
  plain("Công an tỉnh là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện đúng tiến độ; định kỳ " +
    "hằng tháng tổng hợp tình hình, báo cáo UBND tỉnh (qua Văn phòng UBND tỉnh)./."),
  ...sign(["Bộ Công an (C07) (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ngành: CA, CT, XD, TC", "Công ty Điện lực Lai Châu", "UBND các huyện, thành phố"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

// Timetable row -> body item (matched by wording): 2 -> III.2.a, 3 -> III.4, 4 -> III.1.a, 5 -> III.3.a, 6 -> III.1.b,
// 7 -> III.5, 8 -> III.1.c, 9 -> III.1.d (its report half), 10 -> III.3.b, 11 -> III.2.c. Row 1 done.
const tasks = [
  task("III.1.a", "Xây dựng kế hoạch kiểm tra chi tiết; tham mưu thành lập đoàn kiểm tra liên ngành", "2025-03-30",
    [CA]),
  task("III.1.b", "Kiểm tra an toàn phòng cháy, chữa cháy tại các chợ hạng 1, hạng 2 và trung tâm thương mại; kiểm " +
    "tra xác suất các chợ hạng 3", "2025-05-31", [CA], [CT, DL, HUYEN]),
  task("III.1.c", "Tập huấn nghiệp vụ phòng cháy, chữa cháy và cứu nạn, cứu hộ cho lực lượng phòng cháy, chữa cháy " +
    "cơ sở, Ban Quản lý chợ và tiểu thương", "2025-06-30", [CA]),
  task("III.1.d", "Tổng hợp kết quả kiểm tra, báo cáo UBND tỉnh", "2025-07-15", [CA]),
  task("III.2.a", "Rà soát, cập nhật danh sách, phân hạng chợ, trung tâm thương mại, cung cấp cho Công an tỉnh",
    "2025-03-24", [CT]),
  task("III.2.c", "Hướng dẫn UBND các huyện, thành phố chuyển đổi mô hình quản lý chợ gắn với bảo đảm an toàn phòng " +
    "cháy, chữa cháy", "2025-09-30", [CT]),
  task("III.3.a", "Chỉ đạo Ban Quản lý chợ, doanh nghiệp, hợp tác xã quản lý chợ hạng 3 tự kiểm tra, khắc phục tồn " +
    "tại về phòng cháy, chữa cháy", "2025-04-30", [HUYEN]),
  task("III.3.b", "Bố trí kinh phí, hoàn thành cải tạo hệ thống phòng cháy, chữa cháy của các chợ có nguy cơ cháy " +
    "cao", "2025-09-29", [HUYEN]),
  task("III.4", "Thẩm định dự toán, tham mưu bố trí kinh phí hoạt động của đoàn kiểm tra liên ngành", "2025-03-31",
    [TC]),
  task("III.5", "Kiểm tra hệ thống điện đấu nối từ lưới điện vào các chợ", "2025-05-14", [DL]),
];

await build(DIR, {
  blocks, printer: "weasyprint",
  expected: {
    id: ID,
    style: "Kế hoạch 986/KH-UBND of UBND tỉnh Lai Châu, 14/3/2025 (before the reorganisation: districts), fire-" +
      "safety inspection of markets, worked by Công an tỉnh. III gives the work per unit under bold headings '1. " +
      "Trách nhiệm của Công an tỉnh' … '6. Trách nhiệm của Đài …, Báo Lai Châu' with a)-d) items (4 and 5 one " +
      "paragraph each) and NO dates; the heading names the lead of its items. IV 'Tiến độ thực hiện' is a separate " +
      "timetable at the end, in date order: STT | Nội dung công việc | Thời hạn | Ghi chú, naming each work by a " +
      "paraphrase of its wording, with no unit and no item number. Reading: each timetable row is matched to the " +
      "body item it paraphrases; the task is the body item (ref = its path III.n.x, lead from the heading, " +
      "coordinators from the item), due from the row; inherited false (a date for that item alone). Row 1 'Đã thực " +
      "hiện' is done and matches no item. Row 9 'Báo cáo UBND tỉnh kết quả kiểm tra' matches III.1.d's second half " +
      "(the first half, xử lý vi phạm, is ongoing). Row 10 'Hoàn thành cải tạo …' matches III.3.b 'Bố trí kinh " +
      "phí cải tạo …'. Items without a row are undated: III.2.b, III.3.c, III.6 (thường xuyên). Dates: 'Trước ngày " +
      "25/3' -> 24/3; 'Trong tháng 3/2025' -> 31/3; 'Trước ngày 31/3' -> 30/3 Sun -> 31/3; 'Trong tháng 4/2025' -> " +
      "30/4 (holiday; 1/5, 2/5 bridge, weekend) -> 5/5; 'Từ 01/4 đến 31/5' -> 31/5 Sat -> 2/6; 'Xong trước ngày " +
      "15/5' -> 14/5; 'Quý II' -> 30/6; 'Chậm nhất ngày 15/7' -> 15/7; 'Trước ngày 30/9' -> 29/9; 'Quý III' -> " +
      "30/9. The đoàn's members ('gồm đại diện …') are not coordinators. PDF: WeasyPrint from the HTML.",
    province: "Lai Châu",
    plan: { number: "986/KH-UBND", date: "2025-03-14" },
    tasks,
    unresolved: [HUYEN],
    successors: [],
  },
});
