// 01: Thái Nguyên 2024 — Kế hoạch whose section II is one table of seven rows (one per field of reform); each row's
// "Nhiệm vụ cụ thể" cell holds that field's tasks as a numbered list (Word numbering restarting in each cell), the
// row's lead / partners / time columns apply to every item unless the item states its own.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const DIR = new URL("../01-thai-nguyen-2024-section-cell-numbered-lists/", import.meta.url).pathname;
const D = "@departments";
const H = "@districts";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
let inst = 10;
const items = (...texts) => { inst++; return texts.map((text, i) => ({ num: `${i + 1}.`, text, list: { kind: "decimal", inst } })); };

// [TT, field, items, lead cell, partners cell, time cell]
const R = [
  ["1", "Cải cách thể chế", items(
    "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành; kịp thời đề xuất sửa đổi, bổ sung, thay thế văn bản không còn phù hợp.",
    "Tổ chức kiểm tra công tác theo dõi tình hình thi hành pháp luật tại 03 sở, ngành và 02 huyện, hoàn thành trước ngày 31/8/2024.",
    "Thực hiện đánh giá tác động của chính sách trong quá trình xây dựng dự thảo nghị quyết của HĐND tỉnh (thực hiện thường xuyên)."),
    "Sở Tư pháp", "Các sở, ban, ngành; UBND các huyện, thành phố", "Quý II/2024"],
  ["2", "Cải cách thủ tục hành chính", items(
    "Rà soát, chuẩn hóa danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa bàn tỉnh.",
    "Công bố danh mục thủ tục hành chính được tiếp nhận hồ sơ không phụ thuộc vào địa giới hành chính, hoàn thành trong tháng 5/2024.",
    "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, bảo đảm tỷ lệ số hóa đạt tối thiểu 80%.",
    "Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng UBND tỉnh nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối với Cổng Dịch vụ công quốc gia, chậm nhất ngày 15/8/2024."),
    "Văn phòng UBND tỉnh", "Các sở, ban, ngành; Trung tâm Phục vụ hành chính công tỉnh", "Tháng 9/2024"],
  ["3", "Cải cách tổ chức bộ máy hành chính nhà nước", items(
    "Rà soát, sắp xếp, kiện toàn các đơn vị sự nghiệp công lập theo hướng tinh gọn, giảm đầu mối.",
    "Thực hiện sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 theo Nghị quyết của Ủy ban Thường vụ Quốc hội, hoàn thành trước ngày 30/9/2024.",
    "Kiểm tra việc thực hiện quy định về phân cấp, ủy quyền trong quản lý nhà nước tại 05 cơ quan, đơn vị."),
    "Sở Nội vụ", "Các sở, ban, ngành; UBND các huyện, thành phố", "Năm 2024"],
  ["4", "Cải cách chế độ công vụ", items(
    "Tham mưu phê duyệt, điều chỉnh vị trí việc làm, cơ cấu ngạch công chức của các cơ quan, tổ chức hành chính, hoàn thành trước ngày 15/6/2024.",
    "Tổ chức 02 lớp bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận Một cửa các cấp trong tháng 7/2024.",
    "Kiểm tra công vụ đột xuất việc chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức."),
    "Sở Nội vụ", "Các sở, ban, ngành; UBND các huyện, thành phố", "Thường xuyên"],
  ["5", "Cải cách tài chính công", items(
    "Hướng dẫn, thẩm định phương án tự chủ tài chính của các đơn vị sự nghiệp công lập giai đoạn 2024 - 2026.",
    "Công khai dự toán, quyết toán ngân sách địa phương trên Cổng thông tin điện tử tỉnh, hoàn thành trong tháng 8/2024."),
    "Sở Tài chính", "Sở Kế hoạch và Đầu tư, Kho bạc Nhà nước tỉnh", "Trước ngày 31/10/2024"],
  ["6", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", items(
    "Triển khai Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) kết nối với các hệ thống thông tin của bộ, ngành.",
    "Bảo đảm 100% văn bản đi của các cơ quan hành chính được ký số (trừ văn bản mật), hoàn thành trước ngày 01/7/2024.",
    "Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Thông tin và Truyền thông hoàn thành kết nối liên thông Hệ thống quản lý văn bản và điều hành 4 cấp, trước ngày 20/9/2024."),
    "Sở TT&TT", "Các sở, ban, ngành; UBND các huyện, thành phố", "Quý III/2024"],
  ["7", "Nâng cao Chỉ số CCHC (PAR INDEX), Chỉ số SIPAS", items(
    "Tuyên truyền về Chỉ số CCHC, Chỉ số SIPAS và các phương thức đánh giá sự hài lòng trên Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh.",
    "Tổ chức điều tra xã hội học xác định Chỉ số CCHC năm 2024 của các sở, ban, ngành và UBND các huyện, thành phố.",
    "Các sở, ban, ngành, UBND các huyện, thành phố tự đánh giá, chấm điểm Chỉ số CCHC năm 2024 của cơ quan, đơn vị mình, gửi kết quả về Sở Nội vụ trước ngày 10/12/2024."),
    "Sở Nội vụ", "Các sở, ban, ngành; UBND các huyện, thành phố; Báo Thái Nguyên; Đài PTTH tỉnh", "Tháng 11/2024"],
];
const rows = [["TT", "Lĩnh vực", "Nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]];
// rows 3 and 4 share lead and partners: merged down (vMerge) as the office typed it, blank in row 4 of a text copy
R.forEach(([n, field, its, lead, co, time], i) => {
  const same = (k) => k >= 0 && k < R.length && R[k][3] === lead && R[k][4] === co;
  const vm = same(i - 1) ? "cont" : same(i + 1) ? "restart" : undefined;
  rows.push([{ text: n, align: "center" }, { text: field, bold: true }, { items: its },
    vm ? { text: lead, vm } : lead, vm ? { text: co, vm } : co, { text: time, align: "center" }]);
});

const tasks = [
  task("1.1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "2024-06-30", "2024-07-01", ["Sở Tư pháp"], [D, H], true),
  task("1.2", "Tổ chức kiểm tra công tác theo dõi tình hình thi hành pháp luật tại 03 sở, ngành và 02 huyện", "2024-08-30", "2024-08-30", ["Sở Tư pháp"], [D, H]),
  task("2.1", "Rà soát, chuẩn hóa danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp", "2024-09-30", "2024-09-30", ["Văn phòng UBND tỉnh"], [D, TT], true),
  task("2.2", "Công bố danh mục thủ tục hành chính được tiếp nhận hồ sơ không phụ thuộc vào địa giới hành chính", "2024-05-31", "2024-05-31", ["Văn phòng UBND tỉnh"], [D, TT]),
  task("2.3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "2024-09-30", "2024-09-30", ["Văn phòng UBND tỉnh"], [D, TT], true),
  task("2.4", "Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng UBND tỉnh nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2024-08-15", "2024-08-15", ["Sở Thông tin và Truyền thông"], ["Văn phòng UBND tỉnh"]),
  task("3.1", "Rà soát, sắp xếp, kiện toàn các đơn vị sự nghiệp công lập", "2024-12-31", "2024-12-31", ["Sở Nội vụ"], [D, H], true),
  task("3.2", "Thực hiện sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025", "2024-09-29", "2024-09-30", ["Sở Nội vụ"], [D, H]),
  task("3.3", "Kiểm tra việc thực hiện quy định về phân cấp, ủy quyền trong quản lý nhà nước", "2024-12-31", "2024-12-31", ["Sở Nội vụ"], [D, H], true),
  task("4.1", "Tham mưu phê duyệt, điều chỉnh vị trí việc làm, cơ cấu ngạch công chức", "2024-06-14", "2024-06-14", ["Sở Nội vụ"], [D, H]),
  task("4.2", "Tổ chức 02 lớp bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận Một cửa các cấp", "2024-07-31", "2024-07-31", ["Sở Nội vụ"], [D, H]),
  task("5.1", "Hướng dẫn, thẩm định phương án tự chủ tài chính của các đơn vị sự nghiệp công lập", "2024-10-30", "2024-10-30", ["Sở Tài chính"], ["Sở Kế hoạch và Đầu tư", "Kho bạc Nhà nước tỉnh"], true),
  task("5.2", "Công khai dự toán, quyết toán ngân sách địa phương trên Cổng thông tin điện tử tỉnh", "2024-08-31", "2024-09-04", ["Sở Tài chính"], ["Sở Kế hoạch và Đầu tư", "Kho bạc Nhà nước tỉnh"]),
  task("6.1", "Triển khai Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)", "2024-09-30", "2024-09-30", ["Sở Thông tin và Truyền thông"], [D, H], true),
  task("6.2", "Bảo đảm 100% văn bản đi của các cơ quan hành chính được ký số", "2024-06-30", "2024-07-01", ["Sở Thông tin và Truyền thông"], [D, H]),
  task("6.3", "Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Thông tin và Truyền thông hoàn thành kết nối liên thông Hệ thống quản lý văn bản và điều hành 4 cấp", "2024-09-19", "2024-09-19", ["Văn phòng UBND tỉnh"], ["Sở Thông tin và Truyền thông"]),
  task("7.1", "Tuyên truyền về Chỉ số CCHC, Chỉ số SIPAS và các phương thức đánh giá sự hài lòng", "2024-11-30", "2024-12-02", ["Sở Nội vụ"], [D, H, "Báo Thái Nguyên", "Đài Phát thanh - Truyền hình tỉnh"], true),
  task("7.2", "Tổ chức điều tra xã hội học xác định Chỉ số CCHC năm 2024", "2024-11-30", "2024-12-02", ["Sở Nội vụ"], [D, H, "Báo Thái Nguyên", "Đài Phát thanh - Truyền hình tỉnh"], true),
  task("7.3", "Các sở, ban, ngành, UBND các huyện, thành phố tự đánh giá, chấm điểm Chỉ số CCHC năm 2024", "2024-12-09", "2024-12-09", [D, H], []),
];

const P = (text, o = {}) => ({ t: "p", text, ...o });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 86/KH-UBND", "Thái Nguyên, ngày 18 tháng 3 năm 2024",
    "KẾ HOẠCH", "Khắc phục tồn tại, hạn chế, nâng cao Chỉ số cải cách hành chính\nvà Chỉ số hài lòng của người dân, tổ chức năm 2024"),
  P("Căn cứ Kế hoạch số 214/KH-UBND ngày 29/12/2023 của UBND tỉnh về cải cách hành chính nhà nước tỉnh Thái Nguyên năm 2024; Quyết định số 126/QĐ-BNV ngày 23/02/2024 của Bộ Nội vụ phê duyệt và công bố Chỉ số cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương;"),
  P("Trên cơ sở kết quả Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023, UBND tỉnh ban hành Kế hoạch khắc phục tồn tại, hạn chế, nâng cao các chỉ số năm 2024 như sau:"),
  P("MỤC ĐÍCH, YÊU CẦU", { num: "I.", list: { kind: "roman", inst: 1 }, bold: true }),
  P("Khắc phục triệt để các tồn tại, hạn chế được chỉ ra qua kết quả đánh giá Chỉ số CCHC năm 2023 (tỉnh đạt 88,12 điểm, xếp thứ 9/63 tỉnh, thành phố), phấn đấu năm 2024 Chỉ số CCHC của tỉnh thuộc nhóm 10 tỉnh, thành phố dẫn đầu cả nước; Chỉ số SIPAS đạt trên 85%."),
  P("Xác định rõ nhiệm vụ, thời hạn hoàn thành và trách nhiệm của cơ quan chủ trì, cơ quan phối hợp; gắn kết quả thực hiện với đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của cơ quan, đơn vị và người đứng đầu."),
  P("NHIỆM VỤ, GIẢI PHÁP", { num: "II.", list: { kind: "roman", inst: 1 }, bold: true }),
  P("Các nhiệm vụ cụ thể theo từng lĩnh vực như sau (nhiệm vụ có ghi thời hạn riêng thì thực hiện theo thời hạn đó; nhiệm vụ do cơ quan khác chủ trì thì ghi rõ trong nội dung nhiệm vụ):"),
  { t: "table", header: 1, widths: [450, 1250, 3550, 1250, 1450, 1150], rows },
  P("TỔ CHỨC THỰC HIỆN", { num: "III.", list: { kind: "roman", inst: 1 }, bold: true }),
  P("Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố chỉ đạo triển khai các nhiệm vụ được giao; định kỳ hằng quý báo cáo kết quả thực hiện (trước ngày 15 của tháng cuối quý) về Sở Nội vụ để tổng hợp.", { num: "1.", list: { kind: "decimal", inst: 2 } }),
  P("Sở Nội vụ theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả vào báo cáo cải cách hành chính năm 2024 của tỉnh.", { num: "2.", list: { kind: "decimal", inst: 2 } }),
  P("Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.", { num: "3.", list: { kind: "decimal", inst: 2 } }),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố", "Báo Thái Nguyên, Đài PTTH tỉnh"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Quang Tiến"),
];
const style = `Kế hoạch 86/KH-UBND Thái Nguyên 18/3/2024; PDF: Chromium print of the HTML. Section II is one table, a row per field (TT 1-7) | Lĩnh vực | Nhiệm vụ cụ thể | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành; the 'Nhiệm vụ cụ thể' cell holds the field's tasks as a numbered list 1., 2., 3. (Word numbering restarting per cell in plan-auto.docx). Each dated item is a task, ref = row.item ('2.3'), with the row's lead, partners and time (inherited) unless it states its own date (not inherited). An item naming its own lead ('X chủ trì, phối hợp với Y …', 2.4 and 6.3; 'Các sở, ban, ngành, UBND các huyện, thành phố tự đánh giá … gửi … về Sở Nội vụ', 7.3) takes its own units only. Row 4 'Thường xuyên': only its dated items; 1.3 and 4.3 undated. 'Trung tâm Phục vụ hành chính công tỉnh' unresolved. Weekend/holiday moves: see make-author12a/README.md.`;
await build(DIR, { blocks, printer: "chromium", title: "Kế hoạch 86/KH-UBND", expected: {
  id: "01-thai-nguyen-2024-section-cell-numbered-lists", style, province: "Thái Nguyên",
  plan: { number: "86/KH-UBND", date: "2024-03-18" }, tasks, quotas: [], unresolved: [TT], successors: [] } });
