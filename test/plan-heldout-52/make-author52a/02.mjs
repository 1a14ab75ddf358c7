// 02: Lai Châu (before the reorganisation), Kế hoạch 1352/KH-UBND ngày 08/4/2024 of UBND tỉnh, dịch vụ công trực
// tuyến và số hóa hồ sơ năm 2024. Habit: EXCEPTIONS TYPED BY HAND AFTER AN ITEM, a paragraph of its own opening
// "Riêng …:" that gives some of the item's units (or some districts of its group) another deadline, later or earlier
// ("Riêng các huyện Mường Tè, Nậm Nhùn: hoàn thành trước ngày 30/9/2024."), as a clerk adds them after the
// departments' comments on the draft; the item itself keeps its own deadline for everyone else.
import { H, P, buildDoc, dirOf, head, lister, sign, task } from "./common.mjs";

const ID = "02-lai-chau-2024-dvc-plan-rieng-exception-lines-typed-after-items-other-dates-for-some-units";
const DIR = dirOf(ID, import.meta.url);
const TTTT = "Sở Thông tin và Truyền thông", VP = "Văn phòng UBND tỉnh", SNV = "Sở Nội vụ", STP = "Sở Tư pháp";
const STC = "Sở Tài chính", CA = "Công an tỉnh", BD = "Bưu điện tỉnh", DIS = "@districts", DEP = "@departments";
const TU = "UBND huyện Than Uyên", TaU = "UBND huyện Tân Uyên", TD = "UBND huyện Tam Đường";
const PT = "UBND huyện Phong Thổ";
const item = lister("decimal", "ii");
const except = (text) => P(text, { italic: true });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 1352/KH-UBND", "Lai Châu, ngày 08 tháng 4 năm 2024", "KẾ HOẠCH",
    "Nâng cao chất lượng cung cấp dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính " +
    "trên địa bàn tỉnh Lai Châu năm 2024"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Nâng tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành " +
    "chính đạt 100% ở cấp tỉnh, 80% ở cấp huyện, 60% ở cấp xã; xác định rõ trách nhiệm, thời hạn hoàn thành của " +
    "từng cơ quan, đơn vị, có tính đến điều kiện đặc thù của các huyện vùng cao, biên giới."),
  H("II.", "NHIỆM VỤ CỤ THỂ"),
  item("1.", "Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng UBND tỉnh nâng cấp Hệ thống thông tin giải " +
    "quyết thủ tục hành chính tỉnh, tích hợp chức năng thanh toán trực tuyến và ký số cho người dân; hoàn thành trước " +
    "ngày 30/6/2024."),
  item("2.", "Văn phòng UBND tỉnh rà soát, tham mưu Chủ tịch UBND tỉnh công bố danh mục dịch vụ công trực tuyến toàn " +
    "trình, một phần của các cơ quan, đơn vị; hoàn thành trong tháng 5/2024."),
  item("3.", "Các sở, ban, ngành tỉnh rà soát, cập nhật quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành " +
    "chính thuộc thẩm quyền lên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, xong trước ngày 15/6/2024."),
  except("Riêng Sở Tài nguyên và Môi trường, Sở Xây dựng (lĩnh vực có nhiều thủ tục hành chính liên thông): hoàn " +
    "thành trước ngày 15/7/2024."),
  item("4.", "UBND các huyện, thành phố bố trí nhân lực, thiết bị thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục " +
    "hành chính còn hiệu lực tại Bộ phận Một cửa cấp huyện, cấp xã; hoàn thành trước ngày 31/7/2024."),
  except("Riêng các huyện Mường Tè, Nậm Nhùn: hoàn thành trước ngày 30/9/2024."),
  item("5.", "UBND các huyện Than Uyên, Tân Uyên, Tam Đường, Phong Thổ triển khai thí điểm ki-ốt hướng dẫn nộp hồ sơ " +
    "trực tuyến tại Bộ phận Một cửa cấp xã, hoàn thành trước ngày 30/8/2024."),
  except("Riêng huyện Phong Thổ: hoàn thành trước ngày 31/10/2024 (do ảnh hưởng của mưa lũ năm 2023 chưa khắc phục " +
    "xong trụ sở các xã)."),
  item("6.", "Công an tỉnh chủ trì, phối hợp với Sở Tư pháp, UBND các huyện, thành phố làm sạch dữ liệu hộ tịch, bảo " +
    "đảm đồng bộ với Cơ sở dữ liệu quốc gia về dân cư; chậm nhất ngày 31/8/2024."),
  item("7.", "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành " +
    "chính cho các cơ quan, địa phương còn thiếu kinh phí, trước ngày 20/7/2024."),
  item("8.", "UBND các huyện, thành phố tổ chức tập huấn kỹ năng hướng dẫn người dân sử dụng dịch vụ công trực tuyến " +
    "cho công chức Bộ phận Một cửa cấp xã, Tổ công nghệ số cộng đồng; hoàn thành trong quý III/2024."),
  except("Riêng thành phố Lai Châu (địa phương thí điểm): hoàn thành trong tháng 7/2024."),
  item("9.", "Bưu điện tỉnh phối hợp với UBND các huyện, thành phố mở rộng dịch vụ tiếp nhận hồ sơ, trả kết quả giải " +
    "quyết thủ tục hành chính qua dịch vụ bưu chính công ích; ký kết thỏa thuận phối hợp trước ngày 15/5/2024."),
  item("10.", "Báo Lai Châu, Đài Phát thanh - Truyền hình tỉnh thường xuyên tuyên truyền về lợi ích của dịch vụ công " +
    "trực tuyến, thanh toán trực tuyến."),
  item("11.", "Sở Nội vụ tham mưu đưa tỷ lệ hồ sơ trực tuyến, tỷ lệ số hóa vào tiêu chí đánh giá, xếp loại chất lượng " +
    "người đứng đầu năm 2024, trình UBND tỉnh trước ngày 30/10/2024."),
  item("12.", "Sở Thông tin và Truyền thông theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh " +
    "trước ngày 05/12/2024."),
  H("III.", "TỔ CHỨC THỰC HIỆN"),
  P("Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh " +
    "về kết quả thực hiện nhiệm vụ được giao. Các cơ quan, đơn vị có thời hạn riêng nêu tại mục II phải bảo đảm " +
    "hoàn thành đúng thời hạn đó, không đề nghị lùi thêm. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo " +
    "cáo UBND tỉnh (qua Sở Thông tin và Truyền thông) để xem xét, chỉ đạo./."),
  ...sign(["Bộ Thông tin và Truyền thông (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

const tasks = [
  task("II.1", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, tích hợp chức năng thanh toán trực " +
    "tuyến và ký số cho người dân", "2024-06-29", [TTTT], [VP]),
  task("II.2", "Rà soát, tham mưu Chủ tịch UBND tỉnh công bố danh mục dịch vụ công trực tuyến toàn trình, một phần",
    "2024-05-31", [VP]),
  task("II.3", "Rà soát, cập nhật quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành chính thuộc thẩm quyền",
    "2024-06-14", [DEP]),
  task("II.4", "Bố trí nhân lực, thiết bị thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
    "2024-07-30", [DIS]),
  task("II.5", "Triển khai thí điểm ki-ốt hướng dẫn nộp hồ sơ trực tuyến tại Bộ phận Một cửa cấp xã", "2024-08-29",
    [TU, TaU, TD, PT]),
  task("II.6", "Làm sạch dữ liệu hộ tịch, bảo đảm đồng bộ với Cơ sở dữ liệu quốc gia về dân cư", "2024-08-31", [CA],
    [STP, DIS]),
  task("II.7", "Tham mưu UBND tỉnh bố trí kinh phí thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "2024-07-19", [STC]),
  task("II.8", "Tổ chức tập huấn kỹ năng hướng dẫn người dân sử dụng dịch vụ công trực tuyến", "2024-09-30", [DIS]),
  task("II.9", "Mở rộng dịch vụ tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công " +
    "ích", "2024-05-14", [BD], [DIS]),
  task("II.11", "Tham mưu đưa tỷ lệ hồ sơ trực tuyến, tỷ lệ số hóa vào tiêu chí đánh giá, xếp loại chất lượng người " +
    "đứng đầu năm 2024", "2024-10-29", [SNV]),
  task("II.12", "Theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh", "2024-12-04", [TTTT]),
];

const WORK = "Items II.1-II.12 are tasks (ref 'II.n'); after four of them a hand-typed italic paragraph 'Riêng …: " +
  "hoàn thành …' (no number) gives SOME of the item's units another day. It is no task and changes neither the " +
  "task's units nor its deadline: the task is due at the item's own day, which binds every other unit, and the " +
  "exception is a note on it. II.1 'trước ngày 30/6/2024' 29/6 (Sat) -> 01/7. II.2 'trong tháng 5/2024' 31/5 (Fri). " +
  "II.3 @departments 'xong trước ngày 15/6/2024' 14/6 (Fri); 'Riêng Sở Tài nguyên và Môi trường, Sở Xây dựng: … " +
  "trước ngày 15/7/2024' is a later day for two of them, not the task's. II.4 @districts 'trước ngày 31/7/2024' 30/7 " +
  "(Tue); 'Riêng các huyện Mường Tè, Nậm Nhùn: … 30/9/2024' not taken. II.5 four named districts lead, 'trước ngày " +
  "30/8/2024' 29/8 (Thu); 'Riêng huyện Phong Thổ: … 31/10/2024' not taken, Phong Thổ stays a lead. II.6 Công an " +
  "tỉnh leads, Sở Tư pháp and @districts coordinate, 'chậm nhất ngày 31/8/2024' 31/8 (Sat) -> Quốc khánh 02-03/9 " +
  "-> 04/9. II.7 'tham mưu UBND tỉnh … trước ngày 20/7/2024' 19/7 (Fri). II.8 @districts 'trong quý III/2024' 30/9 " +
  "(Mon); 'Riêng thành phố Lai Châu: … trong tháng 7/2024' is an EARLIER day for one district, still not the " +
  "task's. II.9 Bưu điện tỉnh 'phối hợp với UBND các huyện, thành phố' (subject leads, the districts coordinate), " +
  "'ký kết thỏa thuận phối hợp trước ngày 15/5/2024' 14/5 (Tue). II.10 standing: no task. II.11 'trình UBND tỉnh " +
  "trước ngày 30/10/2024' 29/10 (Tue). II.12 'báo cáo UBND tỉnh trước ngày 05/12/2024' 04/12 (Wed).";

await buildDoc(DIR, {
  typed: blocks,
  printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 1352/KH-UBND of UBND tỉnh Lai Châu (before the reorganisation), 08/4/2024, DVC trực tuyến và số " +
      "hóa. HABIT: HAND-TYPED 'Riêng …:' EXCEPTION LINES AFTER ITEMS giving some units another day. " + WORK +
      " PDF: LibreOffice then Ghostscript.",
    province: "Lai Châu",
    plan: { number: "1352/KH-UBND", date: "2024-04-08" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
