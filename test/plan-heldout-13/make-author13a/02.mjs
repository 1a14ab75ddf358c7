// 02: Lai Châu 2026 — a prose plan by field (a), b), c) items) whose deadlines use wording no set has used:
// "chậm nhất vào ngày", "xong trước ngày", "hạn cuối", "không quá ngày", "cuối tháng", "hạn chót", "muộn nhất",
// "đến hết ngày", "không muộn hơn ngày", "cuối năm".
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-lai-chau-2026-deadline-wording-variants";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const D = "@departments";
const X = "UBND cấp xã";
const NV = "Sở Nội vụ";
const TP = "Sở Tư pháp";
const TC = "Sở Tài chính";
const KH = "Sở Khoa học và Công nghệ";
const VP = "Văn phòng UBND tỉnh";

const sec = (num, text) => ({ t: "p", num, text, bold: true, list: { kind: "roman", inst: 1 } });
let decs = 20;
const field = (num, text, fresh = false, bold = true) =>
  ({ t: "p", num, text, bold, list: { kind: "decimal", inst: fresh ? ++decs : decs } });
let letters = 40;
const item = (num, text) => ({ t: "p", num, text, list: { kind: "letter", inst: num === "a)" ? ++letters : letters } });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 812/KH-UBND", "Lai Châu, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH",
    "Triển khai các giải pháp cải thiện Chỉ số cải cách hành chính tỉnh Lai Châu năm 2026"),
  { t: "p", text: "Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Quyết định số 2140/QĐ-UBND ngày " +
    "26/12/2025 của UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2026; trên cơ sở kết quả Chỉ số cải cách " +
    "hành chính năm 2025 của tỉnh, UBND tỉnh ban hành Kế hoạch triển khai các giải pháp cải thiện Chỉ số cải cách " +
    "hành chính năm 2026, cụ thể như sau:" },
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  { t: "p", text: "Khắc phục các chỉ số thành phần bị đánh giá thấp năm 2025; phân công cụ thể cơ quan chủ trì, thời " +
    "hạn hoàn thành từng nhiệm vụ; người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh về " +
    "kết quả thực hiện." },
  sec("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  field("1.", "Cải cách thể chế", true),
  item("a)", "Sở Tư pháp chủ trì rà soát, lập danh mục văn bản quy phạm pháp luật của tỉnh cần sửa đổi, bổ sung sau " +
    "sắp xếp tổ chức bộ máy, trình UBND tỉnh chậm nhất vào ngày 20/3/2026."),
  item("b)", "Các sở, ban, ngành rà soát văn bản do mình tham mưu ban hành, gửi kết quả về Sở Tư pháp xong " +
    "trước ngày " +
    "31/3/2026."),
  item("c)", "Sở Tư pháp tổ chức kiểm tra việc thi hành pháp luật tại một số cơ quan, đơn vị; thời gian: trong quý " +
    "III/2026."),
  field("2.", "Cải cách thủ tục hành chính"),
  item("a)", "Văn phòng UBND tỉnh trình Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính được chuẩn hóa sau " +
    "sắp xếp; hạn cuối: ngày 15/4/2026."),
  item("b)", "Các sở, ban, ngành, UBND các xã, phường cập nhật quy trình nội bộ giải quyết thủ tục hành chính " +
    "trên Hệ " +
    "thống thông tin giải quyết thủ tục hành chính của tỉnh, không quá ngày 30/4/2026."),
  item("c)", "Văn phòng UBND tỉnh phối hợp với Sở Khoa học và Công nghệ đánh giá mức độ hài lòng qua Cổng dịch vụ " +
    "công, công bố kết quả hằng tháng."),
  item("d)", "Văn phòng UBND tỉnh chủ trì, phối hợp với Công an tỉnh hoàn thành việc tái cấu trúc quy trình 25 thủ " +
    "tục hành chính liên thông, cuối tháng 5/2026 đưa vào vận hành."),
  field("3.", "Cải cách tổ chức bộ máy hành chính nhà nước"),
  item("a)", "Sở Nội vụ hướng dẫn các cơ quan, đơn vị rà soát, hoàn thiện quy chế làm việc sau sắp xếp; hoàn thành " +
    "trong quý II/2026."),
  item("b)", "Các sở, ban, ngành gửi Sở Nội vụ đề án vị trí việc làm điều chỉnh theo chức năng, nhiệm vụ mới, " +
    "hạn chót " +
    "là ngày 10/7/2026."),
  field("4.", "Cải cách chế độ công vụ"),
  item("a)", "Sở Nội vụ tổ chức thi tuyển công chức năm 2026 của tỉnh, muộn nhất ngày 25/7/2026 công bố kết quả."),
  item("b)", "Sở Nội vụ chủ trì, phối hợp với Thanh tra tỉnh kiểm tra công vụ đột xuất tại các xã, phường; thời gian " +
    "từ ngày 03/8/2026 đến hết ngày 14/8/2026."),
  field("5.", "Cải cách tài chính công"),
  item("a)", "Sở Tài chính hướng dẫn UBND các xã, phường giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập " +
    "thuộc xã, hoàn thành không muộn hơn ngày 15/9/2026."),
  item("b)", "Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh đánh giá tình hình giải ngân vốn đầu tư công " +
    "năm 2026, báo cáo UBND tỉnh cuối tháng 10/2026."),
  field("6.", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"),
  item("a)", "Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh nâng cấp Hệ thống quản lý văn bản " +
    "và điều hành, kết nối với các xã, phường xong trong tháng 11 năm 2026."),
  item("b)", "Sở Khoa học và Công nghệ tổ chức đánh giá mức độ chuyển đổi số của các sở, ban, ngành và các xã, " +
    "phường " +
    "năm 2026, trình UBND tỉnh trước ngày 16/11/2026."),
  item("c)", "Các sở, ban, ngành, UBND các xã, phường bảo đảm 100% hồ sơ công việc (trừ hồ sơ mật) được xử lý " +
    "trên môi " +
    "trường mạng; chỉ tiêu phải đạt vào cuối năm 2026."),
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  field("1.", "Các cơ quan, đơn vị được giao nhiệm vụ tại Mục II báo cáo kết quả thực hiện lồng ghép trong báo cáo " +
    "cải cách hành chính hằng quý, gửi Sở Nội vụ trước ngày 15 của tháng cuối quý.", true, false),
  field("2.", "Sở Nội vụ theo dõi, đôn đốc; tham mưu UBND tỉnh tự đánh giá Chỉ số cải cách hành chính năm 2026 " +
    "của tỉnh, gửi Bộ Nội vụ hạn cuối cùng 05/12/2026.", false, false),
  field("3.", "Sở Nội vụ tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh không quá ngày " +
    "10/01/2027.", false, false),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Tống Thanh Hải"),
];
for (const b of blocks) if (b.t === "p" && !b.list && !b.bold && b.align === undefined) b.align = "justify";

const tasks = [
  task("II.1.a", "Sở Tư pháp chủ trì rà soát, lập danh mục văn bản quy phạm pháp luật", "2026-03-20", [TP]),
  task("II.1.b", "Các sở, ban, ngành rà soát văn bản do mình tham mưu ban hành", "2026-03-30", [D]),
  task("II.1.c", "Sở Tư pháp tổ chức kiểm tra việc thi hành pháp luật", "2026-09-30", [TP]),
  task("II.2.a", "Văn phòng UBND tỉnh trình Chủ tịch UBND tỉnh công bố danh mục thủ tục hành " +
    "chính", "2026-04-15", [VP]),
  task("II.2.b", "Các sở, ban, ngành, UBND các xã, phường cập nhật quy trình nội bộ", "2026-04-30", [D, X]),
  task("II.2.d", "Văn phòng UBND tỉnh chủ trì, phối hợp với Công an tỉnh hoàn thành việc tái cấu trúc quy trình",
    "2026-05-31", [VP], ["Công an tỉnh"]),
  task("II.3.a", "Sở Nội vụ hướng dẫn các cơ quan, đơn vị rà soát, hoàn thiện quy chế làm việc", "2026-06-30", [NV]),
  task("II.3.b", "Các sở, ban, ngành gửi Sở Nội vụ đề án vị trí việc làm", "2026-07-10", [D]),
  task("II.4.a", "Sở Nội vụ tổ chức thi tuyển công chức năm 2026", "2026-07-25", [NV]),
  task("II.4.b", "Sở Nội vụ chủ trì, phối hợp với Thanh tra tỉnh kiểm tra công vụ đột xuất", "2026-08-14", [NV],
    ["Thanh tra tỉnh"]),
  task("II.5.a", "Sở Tài chính hướng dẫn UBND các xã, phường giao quyền tự chủ tài chính", "2026-09-15", [TC]),
  task("II.5.b", "Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh đánh giá tình hình giải ngân", "2026-10-31",
    [TC], ["Kho bạc Nhà nước tỉnh"]),
  task("II.6.a", "Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh nâng cấp Hệ thống quản lý văn bản",
    "2026-11-30", [KH], [VP]),
  task("II.6.b", "Sở Khoa học và Công nghệ tổ chức đánh giá mức độ chuyển đổi số", "2026-11-15", [KH]),
  task("II.6.c", "Các sở, ban, ngành, UBND các xã, phường bảo đảm 100% hồ sơ công việc", "2026-12-31", [D, X]),
  task("III.2", "Sở Nội vụ theo dõi, đôn đốc; tham mưu UBND tỉnh tự đánh giá Chỉ số cải cách hành chính", "2026-12-05",
    [NV]),
  task("III.3", "Sở Nội vụ tổng hợp kết quả thực hiện Kế hoạch", "2027-01-10", [NV]),
];
const style =
  "Kế hoạch 812/KH-UBND Lai Châu 05/3/2026, prose: II fields 1-6 with items a)-d) (ref II.n.x), III " +
  "1-3. PDF: WeasyPrint. Deadline wording: 'chậm nhất vào ngày', 'xong trước ngày' (X-1), 'hạn cuối: " +
  "ngày', 'không quá ngày', 'cuối tháng 5/2026' (31/5), 'trong quý II/III', 'hạn chót là ngày', 'muộn " +
  "nhất ngày', 'từ … đến hết ngày' (end), 'không muộn hơn ngày', 'xong trong tháng 11 năm 2026', 'vào " +
  "cuối năm 2026' (31/12), 'hạn cuối cùng 05/12/2026', 'không quá ngày 10/01/2027'. Left out: II.2.c " +
  "(monthly), III.1 (quarterly). Lead = the sentence's subject; 'phối hợp với X' = coordinator; 'UBND " +
  "các xã, phường' = UBND cấp xã (no communes imported), lead in II.2.b and II.6.c only (elsewhere " +
  "where/for whom). 'trình/gửi/báo cáo X' = recipient. Cited NQ 76, QĐ 2140 dates are none.";
await build(DIR, { blocks, printer: "weasyprint", css: "@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}", expected: {
  id: ID, style, province: "Lai Châu", plan: { number: "812/KH-UBND", date: "2026-03-05" }, tasks, quotas: [],
  unresolved: [X], successors: [] } });
