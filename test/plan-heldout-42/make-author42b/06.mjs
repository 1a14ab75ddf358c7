// 06: Lai Châu 2024 (before the reorganisation: districts, old departments), UBND tỉnh, Quyết định 742/QĐ-UBND ngày
// 21/5/2024 ban hành Kế hoạch nâng cao Chỉ số PAPI năm 2024. Habit: a DECISION WITH THE PLAN ATTACHED: first page
// "QUYẾT ĐỊNH Ban hành Kế hoạch …" (Căn cứ …, Điều 1. Ban hành kèm theo …, Điều 2. hiệu lực, Điều 3. … chịu trách
// nhiệm thi hành: no task), Nơi nhận and signature; after a page break the plan itself, "KẾ HOẠCH … (Ban hành kèm
// theo Quyết định số 742/QĐ-UBND ngày 21/5/2024 của UBND tỉnh)", its tasks in prose by unit (1. Sở Nội vụ: a) …).
// The plan's number and date are the decision's.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H } from "./common.mjs";

const ID = "06-lai-chau-2024-decision-issuing-plan-attached-after-signature-tasks-by-unit-prose";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông", TTR = "Thanh tra tỉnh";
const TN = "Sở Tài nguyên và Môi trường", TC = "Sở Tài chính", YT = "Sở Y tế", BHXH = "Bảo hiểm xã hội tỉnh";
const BAO = "Báo Lai Châu", DAI = "Đài Phát thanh - Truyền hình tỉnh", HUYEN = "UBND các huyện, thành phố";
const MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh";
const NAME = "nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) tỉnh Lai Châu năm 2024";
const L = (inst) => ({ kind: "letter", inst });
const a = (text, n, inst) => P(text, { num: `${"abcdefgh"[n]})`, list: L(inst) });
const unit = (n, text) => P(text, { num: `${n}.`, bold: true, list: { kind: "decimal", inst: "units" } });

const decision = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 742/QĐ-UBND", "Lai Châu, ngày 21 tháng 5 năm 2024", "QUYẾT ĐỊNH",
    `Ban hành Kế hoạch ${NAME}`),
  { t: "p", text: "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", bold: true, align: "center", indent: false },
  P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật " +
    "Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;", { italic: true }),
  P("Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách " +
    "hành chính nhà nước giai đoạn 2021 - 2030;", { italic: true }),
  P("Căn cứ Báo cáo Chỉ số PAPI năm 2023 do Trung tâm Nghiên cứu phát triển và Hỗ trợ cộng đồng (CECODES) và Chương " +
    "trình Phát triển Liên hợp quốc (UNDP) công bố ngày 02 tháng 4 năm 2024;", { italic: true }),
  P("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 96/TTr-SNV ngày 14 tháng 5 năm 2024.", { italic: true }),
  { t: "p", text: "QUYẾT ĐỊNH:", bold: true, align: "center", indent: false },
  P(`Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ${NAME}.`),
  P("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
  P("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh; Chủ tịch UBND các huyện, " +
    "thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."),
  ...sign(["Như Điều 3", "Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Cổng Thông tin điện tử tỉnh"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Lương"),
  { t: "br" },
];

const plan = [
  { t: "table", borders: false, widths: [3800, 5600], rows: [[
    { text: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", bold: true, align: "center" },
    { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }]] },
  { t: "p", text: "KẾ HOẠCH", bold: true, align: "center", indent: false },
  { t: "p", text: NAME[0].toUpperCase() + NAME.slice(1), bold: true, align: "center", indent: false },
  { t: "p", text: "(Ban hành kèm theo Quyết định số 742/QĐ-UBND ngày 21/5/2024 của UBND tỉnh)", italic: true,
    align: "center", indent: false },
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Khắc phục các nội dung có điểm số thấp của Chỉ số PAPI năm 2023, nhất là các nội dung \"Công khai, minh bạch " +
    "trong việc ra quyết định ở địa phương\", \"Kiểm soát tham nhũng trong khu vực công\" và \"Quản trị điện tử\"; " +
    "phấn đấu năm 2024 Chỉ số PAPI của tỉnh tăng ít nhất 05 bậc so với năm 2023."),
  H("II.", "CHỈ TIÊU"),
  P("100% kế hoạch sử dụng đất cấp huyện được công khai; 100% phản ánh, kiến nghị của người dân trên Hệ thống thông " +
    "tin tiếp nhận, trả lời phản ánh, kiến nghị được xử lý đúng hạn."),
  H("III.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
  unit(1, "Sở Nội vụ"),
  a("Chủ trì, phối hợp với các cơ quan liên quan phân tích kết quả Chỉ số PAPI năm 2023 của tỉnh theo từng chỉ số " +
    "nội dung, chỉ số thành phần; tham mưu UBND tỉnh giao cơ quan theo dõi từng chỉ số, hoàn thành trước ngày " +
    "15/6/2024.", 0, "nv"),
  a("Tổ chức tập huấn, quán triệt các nội dung của Chỉ số PAPI cho cán bộ, công chức cấp huyện, cấp xã trong tháng " +
    "7/2024.", 1, "nv"),
  a("Theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh trước ngày 10/12/2024.", 2, "nv"),
  unit(2, "Văn phòng UBND tỉnh"),
  a("Rà soát, công khai đầy đủ thủ tục hành chính, kết quả giải quyết hồ sơ trên Cổng Dịch vụ công của tỉnh; hoàn " +
    "thành trong quý III/2024.", 0, "vp"),
  a("Vận hành thông suốt Hệ thống thông tin tiếp nhận, trả lời phản ánh, kiến nghị của người dân, doanh nghiệp; " +
    "xử lý dứt điểm các phản ánh, kiến nghị tồn đọng chậm nhất ngày 31/8/2024.", 1, "vp"),
  unit(3, "Sở Thông tin và Truyền thông"),
  P(`Chủ trì, phối hợp với ${BAO}, ${DAI} tuyên truyền về Chỉ số PAPI và quyền được thông tin, tham gia của người ` +
    "dân ở cơ sở; thời gian thực hiện từ tháng 6 đến tháng 10/2024."),
  unit(4, "Thanh tra tỉnh"),
  P("Thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham " +
    "nhũng của Chủ tịch UBND huyện Sìn Hồ và UBND huyện Mường Tè trong quý III/2024."),
  unit(5, "Sở Tài nguyên và Môi trường"),
  P(`Chủ trì, phối hợp với ${HUYEN} công khai quy hoạch, kế hoạch sử dụng đất năm 2024 cấp huyện, khung giá đền bù tại trụ ` +
    "sở UBND cấp xã; hoàn thành trước ngày 30/6/2024."),
  unit(6, "Sở Tài chính"),
  P("Hướng dẫn các xã, thị trấn công khai dự toán, quyết toán ngân sách và các khoản đóng góp của nhân dân; xong " +
    "giữa tháng 10/2024."),
  unit(7, "Sở Y tế"),
  P(`Chủ trì, phối hợp với ${BHXH} rà soát, đơn giản hóa thủ tục khám, chữa bệnh bảo hiểm y tế tại các cơ sở y tế ` +
    "tuyến huyện, xã; hoàn thành trong quý IV/2024."),
  unit(8, HUYEN),
  a("Xây dựng kế hoạch cải thiện các chỉ số nội dung của Chỉ số PAPI tại địa phương, gửi Sở Nội vụ trước ngày " +
    "20/6/2024.", 0, "h"),
  a("Chỉ đạo UBND cấp xã công khai danh sách hộ nghèo, hộ cận nghèo, các khoản thu, chi tại nhà văn hóa thôn, bản; " +
    "hoàn thành trước ngày 01/10/2024.", 1, "h"),
  a("Báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ trước ngày 25/11/2024 để tổng hợp.", 2, "h"),
  unit(9, "Đề nghị Ủy ban MTTQ Việt Nam tỉnh"),
  P("Chủ trì giám sát việc thực hiện dân chủ ở cơ sở, việc công khai các khoản đóng góp của nhân dân tại các xã, " +
    "thị trấn trong năm 2024."),
  H("IV.", "TỔ CHỨC THỰC HIỆN"),
  P("Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh " +
    "về kết quả các chỉ số nội dung được giao theo dõi. Trong quá trình thực hiện, nếu có vướng mắc, phản ánh về Sở " +
    "Nội vụ để tổng hợp, báo cáo UBND tỉnh./."),
];

const tasks = [
  // "phối hợp với các cơ quan liên quan": a group naming nobody, an unresolved partner as in every answer (set 22).
  task("III.1.a", "phân tích kết quả Chỉ số PAPI năm 2023 của tỉnh theo từng chỉ số nội dung", "2024-06-14", [NV], [
    "Các cơ quan liên quan",
  ]),
  task("III.1.b", "Tổ chức tập huấn, quán triệt các nội dung của Chỉ số PAPI", "2024-07-31", [NV]),
  task("III.1.c", "Theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch", "2024-12-09", [NV]),
  task("III.2.a", "Rà soát, công khai đầy đủ thủ tục hành chính, kết quả giải quyết hồ sơ", "2024-09-30", [VP]),
  task("III.2.b", "xử lý dứt điểm các phản ánh, kiến nghị tồn đọng", "2024-08-31", [VP]),
  task("III.3", "tuyên truyền về Chỉ số PAPI và quyền được thông tin", "2024-10-31", [TT], [BAO, DAI]),
  task("III.4", "Thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân", "2024-09-30", [TTR]),
  task("III.5", "công khai quy hoạch, kế hoạch sử dụng đất năm 2024 cấp huyện", "2024-06-29", [TN], ["@districts"]),
  task("III.6", "Hướng dẫn các xã, thị trấn công khai dự toán, quyết toán ngân sách", "2024-10-15", [TC]),
  task("III.7", "rà soát, đơn giản hóa thủ tục khám, chữa bệnh bảo hiểm y tế", "2024-12-31", [YT], [BHXH]),
  task("III.8.a", "Xây dựng kế hoạch cải thiện các chỉ số nội dung của Chỉ số PAPI tại địa phương", "2024-06-19",
    ["@districts"]),
  task("III.8.b", "Chỉ đạo UBND cấp xã công khai danh sách hộ nghèo, hộ cận nghèo", "2024-09-30", ["@districts"]),
  task("III.8.c", "Báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ", "2024-11-24", ["@districts"]),
  task("III.9", "giám sát việc thực hiện dân chủ ở cơ sở", "2024-12-31", [MT]),
];

const DATES = "III.1.a 'trước ngày 15/6/2024' 14/6; III.1.b 'trong tháng 7/2024' 31/7; III.1.c 'trước ngày 10/12/2024' " +
  "09/12; III.2.a 'trong quý III/2024' 30/9; III.2.b 'chậm nhất ngày 31/8/2024' 31/8 Sat -> 04/9 (02-03/9 Quốc " +
  "khánh); III.3 'từ tháng 6 đến tháng 10/2024' 31/10; III.4 'trong quý III/2024' 30/9 (UBND huyện Sìn Hồ, Mường " +
  "Tè are inspected, not coordinators); III.5 'trước ngày 30/6/2024' 29/6 Sat -> 01/7, lead the unit heading (Sở " +
  "TN&MT, 'Chủ trì, phối hợp với UBND các huyện, thành phố' = @districts coordinating); III.6 'giữa tháng 10/2024' 15/10; " +
  "III.7 'trong quý IV/2024' 31/12; III.8.a 'trước ngày 20/6/2024' 19/6 (Sở Nội vụ a recipient); III.8.b 'trước " +
  "ngày 01/10/2024' 30/9; III.8.c 'trước ngày 25/11/2024' 24/11 Sun -> 25/11; III.9 'trong năm 2024' 31/12, lead " +
  "'Đề nghị Ủy ban MTTQ Việt Nam tỉnh' = Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.";

await build(DIR, {
  blocks: [...decision, ...plan], printer: "ghostscript",
  expected: {
    id: ID,
    style: "Quyết định 742/QĐ-UBND of UBND tỉnh Lai Châu, 21/5/2024 (before the reorganisation: districts, old " +
      "departments). HABIT: a DECISION WITH THE PLAN ATTACHED: page 1 the decision (Căn cứ …, Điều 1 ban hành kèm " +
      "theo, Điều 2 hiệu lực, Điều 3 chịu trách nhiệm thi hành: no task; Nơi nhận, signature), then after a page " +
      "break 'KẾ HOẠCH Nâng cao Chỉ số … PAPI … (Ban hành kèm theo Quyết định số 742/QĐ-UBND ngày 21/5/2024 của " +
      "UBND tỉnh)', header without number. The plan's number and date are the decision's. Tasks in prose by unit " +
      "under III (1. Sở Nội vụ: a) …; ref III.n or III.n.x): " + DATES + " 'UBND các huyện, thành phố' = " +
      "@districts. plan.pdf LibreOffice's print of plan-auto.docx distilled by Ghostscript.",
    province: "Lai Châu",
    plan: { number: "742/QĐ-UBND", date: "2024-05-21" },
    tasks, unresolved: ["Các cơ quan liên quan"], successors: [],
  },
});
