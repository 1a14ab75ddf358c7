// 04: Lai Châu March 2025 (before the reorganisation: districts, old departments), UBND tỉnh, Kế hoạch 865/KH-UBND
// ngày 18/3/2025 cải thiện Chỉ số PCI và Chỉ số SIPAS năm 2025. Habit: a TASK TABLE WITH YEARLESS TIMES: "II.
// NHIỆM VỤ, GIẢI PHÁP CỤ THỂ" is one table (group rows I PCI / II SIPAS, STT restarting in each group), its time
// column written without a year ("Quý II", "Tháng 6", "Trước 30/9", "Tuần thứ 2 tháng 4", "Cuối tháng 5") because
// the title says "năm 2025"; one time cell and one Chủ trì cell merged over two rows in plan-auto.docx; then a short
// prose "III. TỔ CHỨC THỰC HIỆN" whose deadlines are yearless too.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, CC, N, buildMerged } from "./common.mjs";

const ID = "04-lai-chau-2025-pci-sipas-task-table-yearless-times-year-in-title-merged-cells-prose-after";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KH = "Sở Kế hoạch và Đầu tư", TT = "Sở Thông tin và Truyền thông", TN = "Sở Tài nguyên và Môi trường";
const XD = "Sở Xây dựng", VP = "Văn phòng UBND tỉnh", NV = "Sở Nội vụ", TC = "Sở Tài chính", BD = "Bưu điện tỉnh";
const HH = "Hiệp hội Doanh nghiệp tỉnh", BAO = "Báo Lai Châu", DAI = "Đài Phát thanh - Truyền hình tỉnh";
const HCC = "Trung tâm Phục vụ hành chính công tỉnh", LQ = "Các cơ quan liên quan", XA = "UBND các xã, phường, thị trấn";
const S = "Các sở, ban, ngành", HU = "UBND các huyện, thành phố";
const sec = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });

// group rows {roman, title}; task rows [task, lead cell, coordinator cell, time cell, due | null, lead[], coord[]]
const ROWS = [
  { roman: "I", title: "CẢI THIỆN CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI)" },
  ["Xây dựng, ban hành kế hoạch cải thiện từng chỉ số thành phần PCI được phân công theo dõi", S, "Sở KH&ĐT",
    "Tháng 4", "2025-04-30", ["@departments"], [KH]],
  ["Tuyên truyền kết quả Chỉ số PCI năm 2023 của tỉnh và nội dung Kế hoạch trên các phương tiện thông tin đại " +
    "chúng", "Sở TT&TT", `${BAO};\nĐài PT-TH tỉnh`, "Tuần thứ 2 tháng 4", "2025-04-14", [TT], [BAO, DAI]],
  ["Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp, nhà đầu tư", KH, `${HH};\nVP UBND tỉnh`,
    "Quý II", "2025-06-30", [KH], [HH, VP]],
  ["Rà soát, công khai quy hoạch, kế hoạch sử dụng đất, quỹ đất sạch để kêu gọi đầu tư", TN, HU, "Trước 30/9",
    "2025-09-29", [TN], ["@districts"]],
  ["Công khai danh mục dự án kêu gọi đầu tư, thông tin quy hoạch trên Cổng thông tin điện tử tỉnh", KH, "Sở TT&TT",
    { text: "Tháng 6", vm: "restart" }, "2025-06-30", [KH], [TT]],
  ["Rút ngắn thời gian giải quyết thủ tục cấp Giấy chứng nhận đăng ký đầu tư, giấy phép xây dựng còn không quá 50% " +
    "thời gian quy định", `${XD};\nSở KH&ĐT`, HCC, { text: "Tháng 6", vm: "continue" }, "2025-06-30", [XD, KH], [HCC]],
  ["Giải quyết dứt điểm các kiến nghị của doanh nghiệp tại Hội nghị đối thoại", VP, `${S} và các cơ quan liên quan`,
    "Trước ngày 15/8", "2025-08-14", [VP], ["@departments", LQ]],
  ["Đẩy mạnh thanh toán không dùng tiền mặt trong thu phí, lệ phí và dịch vụ công", "Sở Công Thương", BD,
    "Thường xuyên", null],
  { roman: "II", title: "NÂNG CAO CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS)" },
  ["Rà soát, chuẩn hóa, công khai thủ tục hành chính trên Cổng Dịch vụ công và tại Bộ phận Một cửa các cấp",
    { text: VP, vm: "restart" }, S, "Cuối tháng 5", "2025-05-31", [VP], ["@departments"]],
  ["Đánh giá chất lượng giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một cửa " +
    "cấp huyện", { text: VP, vm: "continue" }, NV, "Quý III", "2025-09-30", [VP], [NV]],
  ["Tổ chức khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà " +
    "nước", NV, `${BD};\n${HU};\n${XA}`, "Từ tháng 8 đến tháng 10", "2025-10-31", [NV],
  [BD, "@districts", XA]],
  ["Tập huấn kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận Một cửa các cấp", NV, HU,
    "Giữa tháng 7", "2025-07-15", [NV], ["@districts"]],
  ["Tổng hợp, đánh giá kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh", `${NV};\nSở KH&ĐT`, S, "Trước 20/11",
    "2025-11-19", [NV, KH], ["@departments"]],
];

const rows = [["STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]];
const tasks = [];
let group = "", n = 0;
for (const r of ROWS) {
  if (!Array.isArray(r)) {
    [group, n] = [r.roman, 0];
    rows.push([{ text: r.roman, bold: true, align: "center", list: { kind: "rcell", inst: "g" } },
      { text: r.title, span: 4, bold: true }]);
    continue;
  }
  const [text, lead, coord, time, due, leads, coords] = r;
  n += 1;
  rows.push([{ text: String(n), align: "center", list: { kind: "cell", inst: "stt" + group } }, text, lead, coord,
    time]);
  if (due) tasks.push(task(`${group}.${n}`, text, due, leads, coords));
}

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 865/KH-UBND", "Lai Châu, ngày 18 tháng 3 năm 2025", "KẾ HOẠCH",
    "Cải thiện, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và Chỉ số hài lòng của người dân, tổ chức đối " +
    "với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) tỉnh Lai Châu năm 2025"),
  CC("Căn cứ Nghị quyết số 02/NQ-CP ngày 08/01/2025 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu cải thiện " +
    "môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2025;"),
  CC("Căn cứ kết quả Chỉ số PCI năm 2023 và Chỉ số SIPAS năm 2023 của tỉnh Lai Châu;"),
  P("Để khắc phục các chỉ số thành phần giảm điểm, Ủy ban nhân dân tỉnh ban hành Kế hoạch cải thiện, nâng cao Chỉ " +
    "số PCI và Chỉ số SIPAS tỉnh Lai Châu năm 2025 như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("- Cải thiện mạnh mẽ môi trường đầu tư, kinh doanh; phấn đấu Chỉ số PCI của tỉnh tăng ít nhất 03 bậc, Chỉ số " +
    "SIPAS đạt trên 85%."),
  P("- Phân công cụ thể cơ quan chủ trì, phối hợp, thời gian thực hiện đối với từng nhiệm vụ; gắn trách nhiệm " +
    "người đứng đầu với kết quả các chỉ số thành phần được giao theo dõi."),
  sec("II.", "NHIỆM VỤ, GIẢI PHÁP CỤ THỂ"),
  { t: "table", widths: [700, 3500, 1700, 2100, 1300], header: 1, rows },
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  N("1.", "decimal", "org", `${S}, ${HU} căn cứ nhiệm vụ được giao chủ động triển khai thực hiện; báo cáo kết quả ` +
    "6 tháng về Sở Kế hoạch và Đầu tư (nội dung PCI), Sở Nội vụ (nội dung SIPAS) trước ngày 10/6 để tổng hợp."),
  N("2.", "decimal", "org", "Sở Kế hoạch và Đầu tư là cơ quan đầu mối theo dõi Chỉ số PCI, Sở Nội vụ theo dõi Chỉ " +
    "số SIPAS; thường xuyên đôn đốc, hướng dẫn các cơ quan, đơn vị thực hiện Kế hoạch."),
  N("3.", "decimal", "org", `${TC} tham mưu bố trí kinh phí thực hiện Kế hoạch, trình UBND tỉnh trước ngày 15/4.`),
  N("4.", "decimal", "org", `Đề nghị ${HH} phản ánh kịp thời khó khăn, vướng mắc của doanh nghiệp, tham gia ` +
    "giám sát việc thực hiện Kế hoạch."),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo UBND tỉnh (qua Sở Kế hoạch " +
    "và Đầu tư, Sở Nội vụ) để xem xét, giải quyết./."),
  ...sign(["Bộ Kế hoạch và Đầu tư (b/c)", "Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
    "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh", HU, HH],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Giàng Seo Lử"),
];

tasks.push(task("III.1", "báo cáo kết quả 6 tháng", "2025-06-09",
  ["@departments", "@districts"]));
tasks.push(task("III.3", "tham mưu bố trí kinh phí thực hiện Kế hoạch", "2025-04-14", [TC]));

const DATES = "the year left out everywhere = 2025 (the title's and the plan's). I.1 'Tháng 4' 30/4 (30/4-02/5 off, " +
  "weekend) -> 05/5, 'Các sở, ban, ngành' @departments, coord Sở KH&ĐT; I.2 'Tuần thứ 2 tháng 4' 14/4; I.3 'Quý " +
  "II' 30/6; I.4 'Trước 30/9' 29/9, coord @districts; I.5 and I.6 one 'Tháng 6' cell merged over both rows in " +
  "plan-auto.docx (each its own 30/6, not inherited; plan.txt, plan-typed.docx repeat it); I.6 two leads over two " +
  "lines 'Sở Xây dựng; Sở KH&ĐT'; I.7 'Trước ngày 15/8' 14/8, coord 'Các sở, ban, ngành và các cơ quan liên quan'; " +
  "I.8 'Thường xuyên' no task; II.1 and II.2 one Chủ trì cell (VP UBND tỉnh) merged in plan-auto.docx; II.1 'Cuối " +
  "tháng 5' 31/5 Sat -> 02/6; II.2 'Quý III' 30/9; II.3 'Từ tháng 8 đến tháng 10' 31/10, coord Bưu điện tỉnh, " +
  "@districts, 'UBND các xã, phường, thị trấn' (UBND cấp xã); II.4 'Giữa tháng 7' 15/7; II.5 two leads 'Sở Nội " +
  "vụ; Sở KH&ĐT', 'Trước 20/11' 19/11. III.1 leads @departments and @districts, 'báo cáo … về Sở Kế hoạch và Đầu " +
  "tư …, Sở Nội vụ … trước ngày 10/6' 09/6 (recipients); III.2 'thường xuyên' no task; III.3 'trình UBND tỉnh " +
  "trước ngày 15/4' 14/4; III.4 undated.";

await buildMerged(DIR, {
  blocks,
  expected: {
    id: ID,
    style: "Kế hoạch 865/KH-UBND of UBND tỉnh Lai Châu, 18/3/2025 (before the reorganisation: districts, old " +
      "departments; times after 1/7/2025 still name the units of the plan's day). HABIT: a TASK TABLE WITH " +
      "YEARLESS TIMES, the year only in the title 'năm 2025': II. NHIỆM VỤ, GIẢI PHÁP CỤ THỂ is one table STT | " +
      "Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện with group rows I (PCI) and " +
      "II (SIPAS), STT restarting in each (ref group.STT: I.1 … II.5), then a short prose III. TỔ CHỨC THỰC HIỆN. " +
      DATES + " plan.pdf LibreOffice's print of plan-auto.docx (merged cells).",
    province: "Lai Châu",
    plan: { number: "865/KH-UBND", date: "2025-03-18" },
    tasks, unresolved: [HCC, LQ, XA], successors: [],
  },
});
