// 07: Bắc Kạn, January 2025 (before the reorganisation: districts, old departments). Habit: a QUYẾT ĐỊNH BAN HÀNH
// KẾ HOẠCH: page 1 the decision 58/QĐ-UBND ngày 16/01/2025 (Căn cứ, Điều 1-3, Nơi nhận, signature), then the plan
// "(Ban hành kèm theo Quyết định số 58/QĐ-UBND …)" mixing a prose part (II. Nhiệm vụ trọng tâm, numbered items) and
// a table (III. Biểu phân công: group rows I-V, one group deadline, one vertically merged deadline cell).
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, N } from "./common.mjs";

const ID = "07-bac-kan-2025-decision-issuing-plan-prose-part-and-assignment-table";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông";
const TC = "Sở Tài chính", KH = "Sở Kế hoạch và Đầu tư", CA = "Công an tỉnh", BD = "Bưu điện tỉnh";
const BAO = "Báo Bắc Kạn", DAI = "Đài Phát thanh - Truyền hình tỉnh", S = "@departments", D = "@districts";
const NAME = "Kế hoạch cải cách hành chính nhà nước tỉnh Bắc Kạn năm 2025";
const QD = "Quyết định số 58/QĐ-UBND ngày 16/01/2025 của UBND tỉnh Bắc Kạn";

const decision = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 58/QĐ-UBND", "Bắc Kạn, ngày 16 tháng 01 năm 2025", "QUYẾT ĐỊNH",
    `Ban hành ${NAME}`),
  { t: "p", text: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", bold: true, align: "center", indent: false },
  P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức " +
    "Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;", { italic: true }),
  P("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính " +
    "nhà nước giai đoạn 2021 - 2030;", { italic: true }),
  P("Căn cứ Kế hoạch số 611/KH-UBND ngày 14/9/2021 của UBND tỉnh về cải cách hành chính nhà nước tỉnh Bắc Kạn giai " +
    "đoạn 2021 - 2025;", { italic: true }),
  P("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 07/TTr-SNV ngày 08/01/2025.", { italic: true }),
  { t: "p", text: "QUYẾT ĐỊNH:", bold: true, align: "center", indent: false },
  P(`Điều 1. Ban hành kèm theo Quyết định này ${NAME}.`),
  P("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
  P("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các " +
    "huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."),
  ...sign(["Như Điều 3 (t/h)", "Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh",
    "LĐVP", "Trung tâm Công báo - Tin học"], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Duy Hưng"),
  { t: "br" },
];

const ST = { kind: "cell", inst: "stt" }, GR = { kind: "rcell", inst: "grp" };
const g = (roman, text, time = "") => [{ text: roman, bold: true, align: "center", list: GR },
  { text, bold: true, span: 3 }, { text: time, bold: true, align: "center" }];
let n = 0;
const r = (text, lead, co, time) => [{ text: String(++n), align: "center", list: ST }, text, lead, co,
  typeof time === "string" ? { text: time, align: "center" } : { align: "center", ...time }];
const rows = [
  ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
  g("I", "Cải cách thể chế"),
  r("Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành; đề xuất sửa đổi, bổ sung, bãi " +
    "bỏ văn bản không còn phù hợp", "Sở Tư pháp", "Các sở, ban, ngành; UBND các huyện, thành phố", "Quý I/2025"),
  r("Kiểm tra tình hình thi hành pháp luật về xử lý vi phạm hành chính tại UBND huyện Chợ Đồn, UBND huyện Na Rì",
    "Sở Tư pháp", CA, "Tháng 8/2025"),
  g("II", "Cải cách thủ tục hành chính", "Trước ngày 30/11/2025"),
  r("Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của ngành", "Các sở, ban, " +
    "ngành", "VP UBND tỉnh", ""),
  r("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Bộ phận Một cửa cấp huyện", "UBND các " +
    "huyện, thành phố", "Sở TT&TT", ""),
  r("Công khai đầy đủ, kịp thời thủ tục hành chính, quy trình nội bộ trên Cổng Dịch vụ công quốc gia và Hệ thống " +
    "thông tin giải quyết thủ tục hành chính tỉnh", VP, "Các sở, ban, ngành", "Ngày 15/6/2025"),
  g("III", "Cải cách tổ chức bộ máy hành chính nhà nước"),
  r("Tham mưu sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh theo chủ trương của Trung " +
    "ương", NV, "Các sở, ban, ngành", { text: "Quý I/2025", vm: "restart" }),
  r("Rà soát, sắp xếp các đơn vị sự nghiệp công lập thuộc UBND cấp huyện theo hướng tinh gọn", NV,
    "UBND các huyện, thành phố", { text: "", vm: "continue" }),
  g("IV", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"),
  r("Nâng cấp Hệ thống quản lý văn bản và điều hành, bảo đảm kết nối, liên thông văn bản điện tử 4 cấp", TT, VP,
    "Tháng 10/2025"),
  r("Tổ chức điều tra xã hội học xác định Chỉ số hài lòng của người dân, tổ chức (SIPAS) năm 2025", NV,
    "Bưu điện tỉnh; UBND các huyện, thành phố", "Từ tháng 9 đến tháng 11/2025"),
  g("V", "Cải cách tài chính công"),
  r("Hướng dẫn, giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn 2025 - 2027", TC,
    "Sở KH&ĐT; Sở Nội vụ", "Tháng 6/2025"),
];

const plan = [
  { t: "table", borders: false, widths: [3800, 5600], rows: [[
    { text: "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", bold: true, align: "center" },
    { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }]] },
  { t: "p", text: "KẾ HOẠCH", bold: true, align: "center", indent: false },
  { t: "p", text: "Cải cách hành chính nhà nước tỉnh Bắc Kạn năm 2025", bold: true, align: "center", indent: false },
  { t: "p", text: `(Ban hành kèm theo ${QD})`, italic: true, align: "center", indent: false },
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính năm 2025 cuối giai đoạn 2021 - 2025; phấn đấu " +
    "Chỉ số cải cách hành chính và Chỉ số SIPAS của tỉnh năm 2025 tăng so với năm 2024. Nhiệm vụ phải gắn với " +
    "trách nhiệm người đứng đầu, có thời hạn và sản phẩm cụ thể."),
  H("II.", "NHIỆM VỤ TRỌNG TÂM"),
  N(1, "Các sở, ban, ngành, UBND các huyện, thành phố xây dựng, ban hành kế hoạch cải cách hành chính năm 2025 của " +
    "cơ quan, đơn vị mình, gửi về Sở Nội vụ trước ngày 31/01/2025 để theo dõi.", "tt"),
  N(2, "Sở Nội vụ tham mưu UBND tỉnh tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, " +
    "ngành và UBND các huyện, thành phố, gắn với triển khai nhiệm vụ năm 2025; thời gian: tháng 3/2025.", "tt"),
  N(3, "Tổ chức Cuộc thi trực tuyến tìm hiểu về cải cách hành chính năm 2025. Giao Sở Nội vụ chủ trì, phối hợp với " +
    `${TT}, ${BAO}, ${DAI} thực hiện trong quý III/2025.`, "tt"),
  N(4, "Tăng cường kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính; kịp thời chấn chỉnh các " +
    "tồn tại, hạn chế.", "tt"),
  H("III.", "PHÂN CÔNG NHIỆM VỤ CỤ THỂ"),
  P("Các nhiệm vụ cụ thể được phân công tại Biểu dưới đây; nhiệm vụ thuộc nhóm có thời hạn chung thì thực hiện " +
    "theo thời hạn của nhóm."),
  { t: "table", widths: [760, 3440, 1600, 2050, 1550], header: 1, rows },
  H("IV.", "TỔ CHỨC THỰC HIỆN"),
  P("1. Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND " +
    "tỉnh về kết quả thực hiện nhiệm vụ được giao; báo cáo định kỳ hằng quý, 6 tháng, năm theo quy định."),
  P("2. Sở Nội vụ theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch; tổng hợp những khó khăn, vướng mắc, báo " +
    "cáo UBND tỉnh xem xét, giải quyết./."),
];

const tasks = [
  task("II.1", "xây dựng, ban hành kế hoạch cải cách hành chính năm 2025", "2025-01-30", [S, D]),
  task("II.2", "tham mưu UBND tỉnh tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2024", "2025-03-31", [NV]),
  task("II.3", "Tổ chức Cuộc thi trực tuyến tìm hiểu về cải cách hành chính năm 2025", "2025-09-30", [NV],
    [TT, BAO, DAI]),
  task("1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "2025-03-31", [TP], [S, D]),
  task("2", "Kiểm tra tình hình thi hành pháp luật về xử lý vi phạm hành chính", "2025-08-31", [TP], [CA]),
  task("3", "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính", "2025-11-29", [S], [VP], true),
  task("4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "2025-11-29", [D], [TT], true),
  task("5", "Công khai đầy đủ, kịp thời thủ tục hành chính, quy trình nội bộ", "2025-06-15", [VP], [S]),
  task("6", "Tham mưu sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn", "2025-03-31", [NV], [S]),
  task("7", "Rà soát, sắp xếp các đơn vị sự nghiệp công lập thuộc UBND cấp huyện", "2025-03-31", [NV], [D]),
  task("8", "Nâng cấp Hệ thống quản lý văn bản và điều hành", "2025-10-31", [TT], [VP]),
  task("9", "Tổ chức điều tra xã hội học xác định Chỉ số hài lòng của người dân, tổ chức", "2025-11-30", [NV], [BD, D]),
  task("10", "Hướng dẫn, giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập", "2025-06-30", [TC], [KH, NV]),
];

const DATES = "II.1 two leads (@departments, @districts), 'gửi về Sở Nội vụ trước ngày 31/01/2025' 30/01 (Tết " +
  "27-31/01) -> 03/02; II.2 'tháng 3/2025' 31/3; II.3 lead and deadline in the NEXT sentence 'Giao Sở Nội vụ chủ " +
  "trì, phối hợp với Sở TT&TT, Báo Bắc Kạn, Đài PT-TH tỉnh thực hiện trong quý III/2025' 30/9; II.4 undated. " +
  "Table: 1 'Quý I/2025' 31/3; 2 'Tháng 8/2025' 31/8 Sun -> 03/9 (01-02/9 off; the two huyện are inspected, not " +
  "units); group II row 'Trước ngày 30/11/2025': 3 and 4 blank = INHERITED 29/11 Sat -> 01/12 ('VP UBND tỉnh', " +
  "'Sở TT&TT'); 5 own 'Ngày 15/6/2025' Sun -> 16/6; 6-7 one VERTICALLY MERGED cell 'Quý I/2025' = 31/3 each, not " +
  "inherited (plan.txt, Word's copy, shows it on row 6 only); 8 'Tháng 10/2025' 31/10; 9 'Từ tháng 9 đến tháng " +
  "11/2025' 30/11 Sun -> 01/12; 10 'Tháng 6/2025' 30/6, 'Sở KH&ĐT'.";

await build(DIR, {
  blocks: [...decision, ...plan], printer: "libreoffice",
  expected: {
    id: ID,
    style: "Quyết định 58/QĐ-UBND of UBND tỉnh Bắc Kạn, 16/01/2025 (before the reorganisation: districts, old " +
      "departments). HABIT: a DECISION ISSUING A PLAN: page 1 the decision (Căn cứ, Điều 1-3: no task; Nơi nhận, " +
      "signature), then the plan '(Ban hành kèm theo Quyết định số 58/QĐ-UBND …)'; its number and date are the " +
      "decision's. The plan MIXES prose (II. Nhiệm vụ trọng tâm, items 1.-4., ref II.n) and a table (III, STT " +
      "1-10 under group rows I-V, ref = STT). 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = " +
      "@districts. " + DATES + " plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Bắc Kạn",
    plan: { number: "58/QĐ-UBND", date: "2025-01-16" },
    tasks, unresolved: [], successors: [],
  },
});
