// 02: Lai Châu (after the reorganisation), Kế hoạch 27/KH-UBND ngày 23/01/2026 of UBND xã Mường Kim, cải cách hành
// chính năm 2026. Habit: a COMMUNE'S PLAN WHOSE TASKS NAME THEIR UNITS AFTER THE WORK, in passive and assigning
// clauses closing the sentence or in the sentence after it: "Việc … do X chủ trì, phối hợp với Y thực hiện", "…, do X
// thực hiện", "Nhiệm vụ này giao X chủ trì, Y phối hợp.", "…; đơn vị tham mưu là X.", "X là đơn vị chủ trì; Y, Z phối
// hợp.", "do X phối hợp với Y tổ chức" (the subject of "phối hợp" leads); letter items a), b), c) under six areas.
import { P, buildDoc, dirOf, head, lister, sign, task } from "./common.mjs";

const ID = "02-lai-chau-2026-commune-plan-units-after-the-work-passive-do-x-chu-tri-giao-x-thuc-hien-closing-clauses";
const DIR = dirOf(ID, import.meta.url);
const VP = "Văn phòng HĐND và UBND xã", KT = "Phòng Kinh tế", VX = "Phòng Văn hóa - Xã hội";
const TT = "Trung tâm Phục vụ hành chính công xã", CA = "Công an xã", BAN = "Trưởng các bản";

const R = lister("roman", "parts", { bold: true, indent: false });
const n2 = lister("decimal", "ii", { bold: true });
const a = (inst) => lister("letter", inst);
const n3 = lister("decimal", "iii");
const [a1, a2, a3, a4, a5, a6] = [1, 2, 3, 4, 5, 6].map((i) => a(`a${i}`));

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nXÃ MƯỜNG KIM", "Số: 27/KH-UBND", "Mường Kim, ngày 23 tháng 01 năm 2026", "KẾ HOẠCH",
    "Cải cách hành chính năm 2026"),
  P("Căn cứ Kế hoạch số 4185/KH-UBND ngày 25/12/2025 của UBND tỉnh Lai Châu về cải cách hành chính nhà nước năm " +
    "2026; căn cứ tình hình thực tế của địa phương sau 06 tháng vận hành chính quyền địa phương 02 cấp, Ủy ban nhân " +
    "dân xã Mường Kim xây dựng Kế hoạch cải cách hành chính (CCHC) năm 2026 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("1. Triển khai đồng bộ, hiệu quả các nhiệm vụ CCHC; phấn đấu Chỉ số CCHC của xã năm 2026 nằm trong nhóm khá " +
    "của tỉnh, tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%."),
  P("2. Xác định rõ nhiệm vụ, thời hạn và đơn vị chịu trách nhiệm; gắn kết quả CCHC với đánh giá, xếp loại cán bộ, " +
    "công chức cuối năm."),
  R("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  n2("1.", "Cải cách thể chế"),
  a1("a)", "Rà soát, hệ thống hóa các văn bản quy phạm pháp luật do HĐND, UBND xã ban hành và văn bản của các xã " +
    "cũ trước sắp xếp còn hiệu lực, đề xuất bãi bỏ những văn bản không còn phù hợp. Việc rà soát do Văn phòng HĐND " +
    "và UBND xã chủ trì, phối hợp với Phòng Kinh tế, Phòng Văn hóa - Xã hội thực hiện, hoàn thành trước ngày " +
    "31/3/2026."),
  a1("b)", "Phổ biến, giáo dục pháp luật cho cán bộ, công chức và Nhân dân, chú trọng các văn bản mới về tổ chức " +
    "chính quyền địa phương 02 cấp; nhiệm vụ thường xuyên, giao Văn phòng HĐND và UBND xã thực hiện."),
  n2("2.", "Cải cách thủ tục hành chính"),
  a2("a)", "Niêm yết, công khai đầy đủ, kịp thời các thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã tại " +
    "Trung tâm Phục vụ hành chính công xã và trên Trang thông tin điện tử của xã, do Trung tâm Phục vụ hành chính " +
    "công xã thực hiện, xong trong tháng 02/2026."),
  a2("b)", "Rà soát, đề xuất phương án đơn giản hóa ít nhất 02 thủ tục hành chính trong lĩnh vực đất đai, nông " +
    "nghiệp, gửi Văn phòng UBND tỉnh trước ngày 15/5/2026. Nhiệm vụ này giao Phòng Kinh tế chủ trì, Trung tâm Phục " +
    "vụ hành chính công xã phối hợp."),
  n2("3.", "Cải cách tổ chức bộ máy"),
  a3("a)", "Kiện toàn Ban Chỉ đạo CCHC và Tổ giúp việc của xã sau khi có sự thay đổi nhân sự, do Văn phòng HĐND và " +
    "UBND xã tham mưu, hoàn thành chậm nhất ngày 27/02/2026."),
  a3("b)", "Xây dựng Đề án vị trí việc làm của các cơ quan chuyên môn thuộc UBND xã, trình UBND xã trong quý II/2026; " +
    "đơn vị tham mưu là Văn phòng HĐND và UBND xã."),
  n2("4.", "Cải cách chế độ công vụ"),
  a4("a)", "Tổ chức cho 100% cán bộ, công chức xã tham gia bồi dưỡng kỹ năng số, kỹ năng giao tiếp, ứng xử với người " +
    "dân trong 6 tháng đầu năm 2026, do Phòng Văn hóa - Xã hội phối hợp với Văn phòng HĐND và UBND xã tổ chức."),
  a4("b)", "Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2026 theo quy định; thời gian trong tháng 12/2026; " +
    "giao Văn phòng HĐND và UBND xã tham mưu, tổng hợp."),
  n2("5.", "Cải cách tài chính công"),
  a5("a)", "Công khai dự toán ngân sách xã năm 2026 và kế hoạch đầu tư công trung hạn của xã trên Trang thông tin " +
    "điện tử, tại trụ sở và các nhà văn hóa bản trước ngày 15/02/2026, do Phòng Kinh tế thực hiện."),
  n2("6.", "Xây dựng chính quyền điện tử, chính quyền số"),
  a6("a)", "Cập nhật, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực của các xã cũ, hoàn thành 100% " +
    "trước ngày 30/9/2026. Phòng Văn hóa - Xã hội là đơn vị chủ trì; Trung tâm Phục vụ hành chính công xã, Công an " +
    "xã phối hợp."),
  a6("b)", "Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2 và sử dụng dịch vụ công trực " +
    "tuyến đến hết tháng 10/2026, do Công an xã chủ trì, phối hợp với Trưởng các bản thực hiện."),
  a6("c)", "Duy trì hoạt động của Tổ công nghệ số cộng đồng ở các bản; việc này thực hiện thường xuyên, giao Phòng " +
    "Văn hóa - Xã hội theo dõi."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Thủ trưởng các cơ quan chuyên môn, đơn vị thuộc UBND xã chịu trách nhiệm trước Chủ tịch UBND xã về kết " +
    "quả thực hiện nhiệm vụ được giao; báo cáo kết quả CCHC định kỳ hằng quý (trước ngày 12 của tháng cuối quý) về " +
    "Văn phòng HĐND và UBND xã."),
  n3("2.", "Báo cáo kết quả thực hiện công tác CCHC năm 2026 của xã, gửi Sở Nội vụ trước ngày 05/12/2026, do Văn " +
    "phòng HĐND và UBND xã tham mưu, tổng hợp."),
  n3("3.", "Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội tăng cường giám sát việc thực hiện " +
    "Kế hoạch; phản ánh kịp thời những hạn chế trong giải quyết thủ tục hành chính."),
  P("Trên đây là Kế hoạch cải cách hành chính năm 2026 của UBND xã Mường Kim. Trong quá trình thực hiện, nếu có khó " +
    "khăn, vướng mắc, các cơ quan, đơn vị báo cáo Chủ tịch UBND xã (qua Văn phòng HĐND và UBND xã) để xem xét, giải " +
    "quyết./."),
  ...sign(["Sở Nội vụ (b/c)", "TT Đảng ủy, TT HĐND xã", "Chủ tịch, các PCT UBND xã", "Các cơ quan, đơn vị thuộc xã",
    "Trưởng các bản"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lò Văn Thắng"),
];

const tasks = [
  task("II.1.a", "Rà soát, hệ thống hóa các văn bản quy phạm pháp luật do HĐND, UBND xã ban hành và văn bản của các " +
    "xã cũ trước sắp xếp còn hiệu lực", "2026-03-30", [VP], [KT, VX]),
  task("II.2.a", "Niêm yết, công khai đầy đủ, kịp thời các thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã",
    "2026-02-28", [TT]),
  task("II.2.b", "Rà soát, đề xuất phương án đơn giản hóa ít nhất 02 thủ tục hành chính trong lĩnh vực đất đai, nông " +
    "nghiệp", "2026-05-14", [KT], [TT]),
  task("II.3.a", "Kiện toàn Ban Chỉ đạo CCHC và Tổ giúp việc của xã", "2026-02-27", [VP]),
  task("II.3.b", "Xây dựng Đề án vị trí việc làm của các cơ quan chuyên môn thuộc UBND xã", "2026-06-30", [VP]),
  task("II.4.a", "Tổ chức cho 100% cán bộ, công chức xã tham gia bồi dưỡng kỹ năng số, kỹ năng giao tiếp, ứng xử với " +
    "người dân", "2026-06-30", [VX], [VP]),
  task("II.4.b", "Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2026", "2026-12-31", [VP]),
  task("II.5.a", "Công khai dự toán ngân sách xã năm 2026 và kế hoạch đầu tư công trung hạn của xã", "2026-02-14",
    [KT]),
  task("II.6.a", "Cập nhật, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực của các xã cũ",
    "2026-09-29", [VX], [TT, CA]),
  task("II.6.b", "Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2 và sử dụng dịch vụ công " +
    "trực tuyến", "2026-10-31", [CA], [BAN]),
  task("III.2", "Báo cáo kết quả thực hiện công tác CCHC năm 2026 của xã", "2026-12-04", [VP]),
];

const WORK = "Refs II.area.letter, III.n. Each item states the work first, its units after it. II.1.a 'Việc rà " +
  "soát do Văn phòng HĐND và UBND xã chủ trì, phối hợp với Phòng Kinh tế, Phòng Văn hóa - Xã hội thực hiện, hoàn " +
  "thành trước ngày 31/3/2026' 30/3. II.1.b, II.6.c 'thường xuyên': no task. II.2.a 'do Trung tâm … thực hiện, xong " +
  "trong tháng 02/2026' 28/02 (Sat) -> 02/3. II.2.b 'gửi Văn phòng UBND tỉnh trước ngày 15/5/2026' 14/5 (the " +
  "office receives); the NEXT sentence 'Nhiệm vụ này giao Phòng Kinh tế chủ trì, Trung tâm … phối hợp' gives the " +
  "units. II.3.a 'do Văn phòng … tham mưu, hoàn thành chậm nhất ngày 27/02/2026'. II.3.b 'trong quý II/2026' 30/6, " +
  "'đơn vị tham mưu là Văn phòng …' leads. II.4.a 'trong 6 tháng đầu năm 2026' 30/6; 'do Phòng Văn hóa - Xã hội " +
  "phối hợp với Văn phòng … tổ chức': the clause's subject leads. II.4.b 'trong tháng 12/2026' 31/12; 'giao Văn " +
  "phòng … tham mưu, tổng hợp'. II.5.a 'trước ngày 15/02/2026' 14/02 (Sat), then Sunday, the Tết days off 16-20/02 " +
  "and the weekend -> 23/02. II.6.a 'trước ngày 30/9/2026' 29/9; next sentence 'Phòng Văn hóa - Xã hội là đơn vị " +
  "chủ trì; Trung tâm …, Công an xã phối hợp'. II.6.b 'đến hết tháng 10/2026' 31/10 (Sat) -> 02/11; 'do Công an " +
  "xã chủ trì, phối hợp với Trưởng các bản'. III.1 quarterly (recurring), III.3 (the Front, no date): no task. " +
  "III.2 'gửi Sở Nội vụ trước ngày 05/12/2026' 04/12 (Sở Nội vụ receives). The commune's offices, centre, Công an " +
  "xã and village heads: kept as written, unresolved.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "weasyprint",
  expected: {
    id: ID,
    style: "Kế hoạch 27/KH-UBND of UBND xã Mường Kim, Lai Châu (after the reorganisation), 23/01/2026, cải cách hành " +
      "chính năm 2026. HABIT: A COMMUNE'S PLAN WHOSE TASKS NAME THEIR UNITS AFTER THE WORK, in passive or assigning " +
      "clauses at the end of the sentence or in the next one ('do X chủ trì, phối hợp với Y thực hiện', 'Nhiệm vụ " +
      "này giao X chủ trì, Y phối hợp', 'đơn vị tham mưu là X', 'X là đơn vị chủ trì'). " + WORK +
      " PDF: WeasyPrint.",
    province: "Lai Châu",
    plan: { number: "27/KH-UBND", date: "2026-01-23" },
    tasks,
    unresolved: [VP, KT, VX, TT, CA, BAN],
    successors: [],
  },
});
