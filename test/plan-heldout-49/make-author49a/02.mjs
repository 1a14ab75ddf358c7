// 02: Lai Châu, UBND xã Bản Bo, Kế hoạch 09/KH-UBND ngày 14/01/2026 (after the reorganisation: a commune of the
// two-level government, no district), cải cách hành chính năm 2026. Habit: a COMMUNE'S PLAN giving work to its own
// offices (Văn phòng HĐND và UBND xã, Trung tâm Phục vụ hành chính công xã, Phòng Kinh tế, Phòng Văn hóa - Xã hội,
// Công an xã) and to village heads (Trưởng các bản, two named heads); part III by unit heading, each heading with
// its own a), b), c) list (Word lowerLetter) whose items OPEN WITH THE TIME and a colon ("Trước ngày 31/01/2026:
// tham mưu …", "Quý I/2026: …", "Từ tháng 4 đến tháng 6/2026: …", "Thường xuyên: …", "Hằng quý: …"); one heading
// shared by two offices; a deadline before Tết that falls on the Saturday before the Tết days off; one item of the
// village heads' part with its time at the end instead.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildDoc, dash, lister } from "./common.mjs";

const ID = "02-lai-chau-2026-commune-plan-own-offices-village-heads-items-open-with-time-colon-shared-heading-tet-saturday";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VP = "Văn phòng HĐND và UBND xã", TT = "Trung tâm Phục vụ hành chính công xã", KT = "Phòng Kinh tế";
const VX = "Phòng Văn hóa - Xã hội", CA = "Công an xã", DTN = "Đoàn Thanh niên xã", TB = "Trưởng các bản";
const NB = "Trưởng bản Nà Bo", PP = "Trưởng bản Phiêng Pẳn";

const R = lister("roman", "parts", { bold: true, indent: false });
const U = lister("decimal", "units", { bold: true });
const a = (inst) => lister("letter", inst);
const n4 = lister("decimal", "iv");

const [a1, a2, a3, a4, a5] = ["u1", "u2", "u3", "u4", "u5"].map(a);

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nXÃ BẢN BO", "Số: 09/KH-UBND", "Bản Bo, ngày 14 tháng 01 năm 2026", "KẾ HOẠCH",
    "Cải cách hành chính năm 2026 của UBND xã Bản Bo"),
  P("Căn cứ Kế hoạch số 4125/KH-UBND ngày 22/12/2025 của UBND tỉnh Lai Châu về cải cách hành chính nhà nước năm " +
    "2026; căn cứ tình hình thực tế tại địa phương, UBND xã Bản Bo xây dựng Kế hoạch cải cách hành chính năm 2026 " +
    "như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("Nâng cao chất lượng phục vụ người dân, tổ chức của chính quyền cấp xã sau sắp xếp; phấn đấu Chỉ số cải " +
    "cách hành chính năm 2026 của xã xếp nhóm khá trở lên trong các xã, phường của tỉnh."),
  dash("Phân công cụ thể, gắn trách nhiệm người đứng đầu các cơ quan, đơn vị thuộc UBND xã và trưởng các bản với " +
    "kết quả thực hiện."),
  R("II.", "CHỈ TIÊU"),
  dash("100% thủ tục hành chính thuộc thẩm quyền của xã được công khai đầy đủ, đúng quy định; trên 95% hồ sơ được " +
    "giải quyết đúng hạn."),
  dash("Tỷ lệ hồ sơ nộp trực tuyến đạt trên 60%; mức độ hài lòng của người dân đạt trên 90%."),
  R("III.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
  U("1.", "Văn phòng HĐND và UBND xã (cơ quan đầu mối)"),
  a1("a)", "Trước ngày 31/01/2026: tham mưu UBND xã ban hành Quyết định công bố danh mục thủ tục hành chính thuộc " +
    "thẩm quyền giải quyết của UBND xã."),
  a1("b)", "Chậm nhất ngày 14/02/2026 (trước Tết Nguyên đán Bính Ngọ): hoàn thành kiểm tra việc chấp hành kỷ luật, " +
    "kỷ cương hành chính, văn hóa công vụ của cán bộ, công chức xã."),
  a1("c)", "Hằng quý: tổng hợp, báo cáo kết quả cải cách hành chính gửi Sở Nội vụ."),
  a1("d)", "Trong tháng 11/2026: tham mưu UBND xã tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026, " +
    "hoàn thiện tài liệu kiểm chứng theo hướng dẫn của Sở Nội vụ."),
  U("2.", "Trung tâm Phục vụ hành chính công xã"),
  a2("a)", "Quý I/2026: niêm yết, cập nhật đầy đủ bộ thủ tục hành chính tại Trung tâm và trên Cổng Dịch vụ công " +
    "quốc gia."),
  a2("b)", "Từ tháng 4 đến tháng 6/2026: phối hợp với Đoàn Thanh niên xã hướng dẫn người dân nộp hồ sơ trực tuyến " +
    "tại nhà văn hóa các bản."),
  a2("c)", "Thường xuyên: tiếp nhận, giải quyết hồ sơ đúng hạn; xin lỗi người dân khi hồ sơ trễ hạn."),
  U("3.", "Phòng Kinh tế, Phòng Văn hóa - Xã hội"),
  a3("a)", "Trước ngày 30/4/2026: rà soát, đề xuất phương án đơn giản hóa ít nhất 03 thủ tục hành chính trong lĩnh " +
    "vực đất đai, chứng thực, hộ tịch."),
  a3("b)", "6 tháng cuối năm 2026: số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc lĩnh " +
    "vực được giao."),
  U("4.", "Công an xã"),
  a4("a)", "Tháng 5/2026: phối hợp với Phòng Văn hóa - Xã hội làm sạch dữ liệu hộ tịch, dân cư trên địa bàn xã."),
  a4("b)", "Trước ngày 30/6/2026: hoàn thành cấp tài khoản định danh điện tử mức độ 2 cho trên 90% công dân từ đủ " +
    "14 tuổi trở lên."),
  U("5.", "Trưởng các bản"),
  a5("a)", "Trước ngày 15/3/2026: phổ biến nội dung Kế hoạch này tới nhân dân tại các cuộc họp bản."),
  a5("b)", "Trưởng bản Nà Bo, Trưởng bản Phiêng Pẳn phối hợp với Trung tâm Phục vụ hành chính công xã bố trí địa " +
    "điểm tổ chức điểm hỗ trợ dịch vụ công lưu động, hoàn thành trong quý III/2026."),
  R("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Thủ trưởng các cơ quan, đơn vị thuộc UBND xã, trưởng các bản căn cứ nhiệm vụ được phân công chủ động " +
    "triển khai; chịu trách nhiệm trước Chủ tịch UBND xã về kết quả thực hiện."),
  n4("2.", "Phòng Kinh tế, Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công xã, Công an xã báo cáo kết quả " +
    "thực hiện năm 2026 về Văn phòng HĐND và UBND xã trước ngày 10/11/2026 để tổng hợp."),
  n4("3.", "Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã tăng cường giám sát việc thực " +
    "hiện cải cách hành chính tại xã."),
  P("Trên đây là Kế hoạch cải cách hành chính năm 2026 của UBND xã Bản Bo. Quá trình thực hiện có khó khăn, vướng " +
    "mắc, các cơ quan, đơn vị phản ánh về Văn phòng HĐND và UBND xã để tổng hợp, báo cáo Chủ tịch UBND xã./."),
  ...sign(["Sở Nội vụ tỉnh Lai Châu (b/c)", "TT Đảng ủy, TT HĐND xã (b/c)", "Chủ tịch, các PCT UBND xã",
    "Các cơ quan, đơn vị thuộc UBND xã", "Trưởng các bản"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lò Văn Thương"),
];

const tasks = [
  task("III.1.a", "tham mưu UBND xã ban hành Quyết định công bố danh mục thủ tục hành chính", "2026-01-30", [VP]),
  task("III.1.b", "hoàn thành kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ", "2026-02-14",
    [VP]),
  task("III.1.d", "tham mưu UBND xã tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026", "2026-11-30", [VP]),
  task("III.2.a", "niêm yết, cập nhật đầy đủ bộ thủ tục hành chính tại Trung tâm", "2026-03-31", [TT]),
  task("III.2.b", "hướng dẫn người dân nộp hồ sơ trực tuyến tại nhà văn hóa các bản", "2026-06-30", [TT], [DTN]),
  task("III.3.a", "rà soát, đề xuất phương án đơn giản hóa ít nhất 03 thủ tục hành chính", "2026-04-29", [KT, VX]),
  task("III.3.b", "số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "2026-12-31", [KT, VX]),
  task("III.4.a", "làm sạch dữ liệu hộ tịch, dân cư trên địa bàn xã", "2026-05-31", [CA], [VX]),
  task("III.4.b", "hoàn thành cấp tài khoản định danh điện tử mức độ 2", "2026-06-29", [CA]),
  task("III.5.a", "phổ biến nội dung Kế hoạch này tới nhân dân tại các cuộc họp bản", "2026-03-14", [TB]),
  task("III.5.b", "bố trí địa điểm tổ chức điểm hỗ trợ dịch vụ công lưu động", "2026-09-30", [NB, PP], [TT]),
  task("IV.2", "báo cáo kết quả thực hiện năm 2026 về Văn phòng HĐND và UBND xã", "2026-11-09", [KT, VX, TT, CA]),
];

const WORK = "Refs III.<heading>.<letter> and IV.n as numbered; a heading's unit(s) lead its items. Items open with " +
  "their time and a colon. III.1 VP HĐND và UBND xã: a) 'Trước ngày 31/01/2026' 30/01; b) 'Chậm nhất ngày " +
  "14/02/2026 (trước Tết Nguyên đán Bính Ngọ)' 14/02 Sat, then Sun and the Tết days off 16-20/02 -> 23/02; c) " +
  "'Hằng quý' no task ('gửi Sở Nội vụ' a recipient); d) 'Trong tháng 11/2026' 30/11 (Sở Nội vụ only named as the " +
  "guide's author). III.2 Trung tâm PVHCC xã: a) 'Quý I/2026' 31/3; b) 'Từ tháng 4 đến tháng 6/2026' the range's " +
  "end 30/6, with Đoàn Thanh niên xã; c) 'Thường xuyên' no task. III.3 one heading of two offices: both lead a) " +
  "'Trước ngày 30/4/2026' 29/4 and b) '6 tháng cuối năm 2026' 31/12. III.4 Công an xã: a) 'Tháng 5/2026' 31/5 Sun " +
  "-> 01/6, with Phòng Văn hóa - Xã hội; b) 'Trước ngày 30/6/2026' 29/6. III.5 Trưởng các bản (kept as written): a) " +
  "'Trước ngày 15/3/2026' 14/3 Sat -> 16/3; b) names two heads who lead (the heading's group does not), with the " +
  "Trung tâm PVHCC xã, time at the end 'hoàn thành trong quý III/2026' 30/9. IV.1 no time; IV.2 four units lead, " +
  "'về Văn phòng HĐND và UBND xã trước ngày 10/11/2026' 09/11 (the office a recipient); IV.3 a request to the " +
  "Front, no time: no task. The cited provincial plan (22/12/2025) is no deadline. All units are the commune's own " +
  "(or its village heads): unresolved as written.";

await buildDoc(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Kế hoạch 09/KH-UBND of UBND xã Bản Bo (Lai Châu, after the reorganisation), 14/01/2026, cải cách " +
      "hành chính năm 2026. HABIT: A COMMUNE'S PLAN TO ITS OWN OFFICES AND VILLAGE HEADS, unit headings with " +
      "a)-d) items that OPEN WITH THEIR TIME AND A COLON. " + WORK + " PDF: LibreOffice.",
    province: "Lai Châu",
    plan: { number: "09/KH-UBND", date: "2026-01-14" },
    tasks,
    unresolved: [VP, TT, KT, VX, CA, DTN, TB, NB, PP],
    successors: [],
  },
});
