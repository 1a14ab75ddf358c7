// 08: Lai Châu, UBND tỉnh (after the reorganisation), 16/3/2026 — community tourism linked with new rural areas in
// 2026. Parts "A." "B." "C." (a Word list, upper letters), sections "I." "II." "III." under B (upper Roman,
// restarting in each part); each section of B has a task table with NO BORDERS AT ALL (columns aligned only by
// their position; header in bold) TT | Nội dung | Chủ trì | Phối hợp | Thời gian; deadlines written in words
// ("Trong tháng Sáu năm 2026", "ngày 15 tháng 5 năm 2026", "6 tháng cuối năm 2026"). C's numbered paragraphs hold
// two dated report tasks. plan.pdf: LibreOffice from plan-auto.docx, then Ghostscript pdfwrite.
import { addKind, build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-lai-chau-2026-parts-a-b-c-borderless-tables-position-columns-dates-in-words";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VH = "Sở Văn hóa, Thể thao và Du lịch";
const NNMT = "Sở Nông nghiệp và Môi trường";
const XD = "Sở Xây dựng";
const TC = "Sở Tài chính";
const CT = "Sở Công Thương";
const KHCN = "Sở Khoa học và Công nghệ";
const NV = "Sở Nội vụ";
const DTTG = "Sở Dân tộc và Tôn giáo";
const BAO = "Báo và Phát thanh, Truyền hình Lai Châu";
const XA = "UBND các xã, phường";
const SSH = "UBND xã Sin Suối Hồ";
const resolve = (u) => (u === XA ? "UBND cấp xã" : /^các sở, ban, ngành/i.test(u) ? "@departments" : u);

addKind("part", ["upperLetter", "%1."]);
addKind("c-tt", ["decimal", "%1"]);
addKind("arabic", ["decimal", "%1."]);

// sections of B: [roman, heading, rows: [content, lead[], co[], time, due | null]]
const SECS = [
  ["I", "Quy hoạch, đầu tư hạ tầng du lịch cộng đồng", [
    ["Rà soát, lựa chọn các bản, điểm du lịch cộng đồng đủ điều kiện đầu tư, nâng cấp", [VH], [NNMT, XA],
      "Trước ngày 30 tháng 4 năm 2026", "2026-04-29"],
    ["Hỗ trợ đầu tư đường giao thông kết nối đến các điểm du lịch cộng đồng từ nguồn vốn các chương trình mục tiêu " +
      "quốc gia", [XD], [TC, XA], "Quý III năm 2026", "2026-09-30"],
    ["Phân bổ vốn sự nghiệp hỗ trợ phát triển du lịch nông thôn năm 2026", [TC], [NNMT],
      "Ngày 15 tháng 5 năm 2026", "2026-05-15"],
    ["Cải tạo nhà vệ sinh công cộng, điểm dừng chân tại bản du lịch cộng đồng Sin Suối Hồ", [SSH], [VH],
      "Chậm nhất ngày 31 tháng 10 năm 2026", "2026-10-31"],
    ["Duy trì vệ sinh môi trường, cảnh quan tại các điểm du lịch", [XA], [], "Thường xuyên", null],
  ]],
  ["II", "Phát triển sản phẩm, xúc tiến, quảng bá du lịch", [
    ["Xây dựng, đánh giá, công nhận sản phẩm OCOP gắn với du lịch cộng đồng", [NNMT], [VH], "Năm 2026", "2026-12-31"],
    ["Tổ chức Tuần Văn hóa - Du lịch tỉnh Lai Châu năm 2026", [VH], [CT, BAO],
      "Trong tháng Mười một năm 2026", "2026-11-30"],
    ["Tham gia các hội chợ, sự kiện xúc tiến du lịch trong nước", [VH], [], "Theo kế hoạch của Bộ", null],
    ["Xây dựng bản đồ số du lịch cộng đồng, tích hợp trên ứng dụng du lịch thông minh của tỉnh", [KHCN], [VH],
      "Hoàn thành trong 6 tháng đầu năm 2026", "2026-06-30"],
    ["Sản xuất phóng sự, chuyên mục quảng bá bản du lịch cộng đồng", [BAO], [VH],
      "Từ tháng 4 đến tháng 9 năm 2026", "2026-09-30"],
  ]],
  ["III", "Đào tạo, bồi dưỡng nguồn nhân lực", [
    ["Mở lớp bồi dưỡng kỹ năng đón tiếp, phục vụ khách lưu trú tại nhà dân (homestay)", [VH], [XA],
      "Trong tháng Sáu năm 2026", "2026-06-30"],
    ["Đào tạo nghề nấu ăn, hướng dẫn viên tại điểm cho lao động nông thôn", [NV], [DTTG],
      "6 tháng cuối năm 2026", "2026-12-31"],
    ["Tập huấn bảo tồn, phát huy giá trị văn hóa truyền thống của đồng bào các dân tộc trong hoạt động du lịch",
      [DTTG], [VH], "Xong trước ngày 20 tháng 8 năm 2026", "2026-08-19"],
  ]],
];

const tasks = [];
const blocksB = [];
const W = [500, 3500, 1750, 1900, 1750];
for (const [roman, heading, items] of SECS) {
  blocksB.push({ t: "p", num: `${roman}.`, text: heading.toUpperCase(), bold: true, indent: false,
    list: { kind: "roman", inst: "B" } });
  const rows = [["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]];
  items.forEach(([content, lead, co, time, due], i) => {
    if (due) tasks.push(task(`B.${roman}.${i + 1}`, content, due, lead.map(resolve), co.map(resolve)));
    rows.push([{ text: String(i + 1), list: { kind: "c-tt", inst: "T" + roman } }, content, lead.join(", "),
      co.join(", "), time]);
  });
  blocksB.push({ t: "table", plain: true, widths: W, header: 1, rows });
}
tasks.push(task("C.3", "Báo cáo kết quả thực hiện Kế hoạch năm 2026", "2026-12-04", ["@departments", "UBND cấp xã"]));
tasks.push(task("C.4", "Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm 2026", "2026-12-14", [VH]));

const part = (l, text) => ({ t: "p", num: `${l}.`, text, bold: true, indent: false, list: { kind: "part", inst: "P" } });
const sec = (roman, text, inst) => ({ t: "p", num: `${roman}.`, text, bold: true, indent: false,
  list: { kind: "roman", inst } });
const plain = (text) => ({ t: "p", text });
const c = (n, text) => ({ t: "p", num: `${n}.`, text, list: { kind: "arabic", inst: "C" } });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 95/KH-UBND", "Lai Châu, ngày 16 tháng 3 năm 2026",
    "KẾ HOẠCH", "Phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới tỉnh Lai Châu năm 2026"),
  plain("Căn cứ Quyết định số 922/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản " +
    "phẩm giai đoạn 2021-2025; Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch, Ủy ban nhân dân " +
    "tỉnh ban hành Kế hoạch phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới năm 2026 như sau:"),
  part("A", "MỤC ĐÍCH, YÊU CẦU"),
  sec("I", "Mục đích", "A"),
  plain("Khai thác tiềm năng văn hóa, cảnh quan của các bản vùng cao để phát triển du lịch cộng đồng, tạo sinh kế " +
    "bền vững, tăng thu nhập cho người dân; góp phần hoàn thành tiêu chí nông thôn mới."),
  sec("II", "Yêu cầu", "A"),
  plain("Các nhiệm vụ được phân công cụ thể cho cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành; huy động " +
    "sự tham gia của người dân, doanh nghiệp."),
  part("B", "NHIỆM VỤ VÀ GIẢI PHÁP"),
  ...blocksB,
  part("C", "TỔ CHỨC THỰC HIỆN"),
  c(1, "Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch."),
  c(2, "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách; hằng quý tổng hợp " +
    "tình hình giải ngân các nguồn vốn hỗ trợ."),
  c(3, "Các sở, ban, ngành tỉnh, UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch năm 2026 gửi Sở Văn hóa, Thể " +
    "thao và Du lịch trước ngày 05 tháng 12 năm 2026."),
  c(4, "Sở Văn hóa, Thể thao và Du lịch tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm 2026 trước ngày " +
    "15 tháng 12 năm 2026./."),
  ...sign(["Bộ Văn hóa, Thể thao và Du lịch (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Tống Thanh Hải"),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 95/KH-UBND of UBND tỉnh Lai Châu (after the reorganisation), 16/3/2026, community tourism and " +
      "new rural areas. Parts 'A.', 'B.', 'C.' (plan-auto: one Word list, upper letters), sections 'I.', 'II.' " +
      "(upper Roman, restarting in each part). A: aims, no tasks. B: three sections, each a task table with NO " +
      "BORDERS at all (the columns TT | Nội dung | Chủ trì | Phối hợp | Thời gian are aligned only by position; " +
      "in the PDF's text the long cells wrap inside their column), TT restarting per section; ref = B.<roman>." +
      "<TT>. C: numbered paragraphs; C.3 and C.4 are dated report tasks (C.3's lead 'Các sở, ban, ngành tỉnh' = " +
      "@departments plus 'UBND các xã, phường' = 'UBND cấp xã'; 'gửi Sở Văn hóa …' and 'báo cáo UBND tỉnh' are " +
      "recipients); C.2 'hằng quý' out. Out in B: I.5 'Thường xuyên', II.3 'Theo kế hoạch của Bộ' (undated). " +
      "'UBND xã Sin Suối Hồ' is a named commune (unresolved). Dates in words: 'Trước ngày 30 tháng 4 năm 2026' -> " +
      "29/4; 'Quý III' -> 30/9; 'Ngày 15 tháng 5' bare -> 15/5; 'Chậm nhất ngày 31 tháng 10' -> 31/10 (Sat -> " +
      "2/11); 'Năm 2026' -> 31/12; 'Trong tháng Mười một' -> 30/11; 'Hoàn thành trong 6 tháng đầu năm' -> 30/6; " +
      "'Từ tháng 4 đến tháng 9' -> 30/9; 'Trong tháng Sáu' -> 30/6; '6 tháng cuối năm 2026' -> 31/12; 'Xong " +
      "trước ngày 20 tháng 8' -> 19/8; C.3 'trước ngày 05 tháng 12' -> 4/12; C.4 'trước ngày 15 tháng 12' -> 14/12.",
    province: "Lai Châu",
    plan: { number: "95/KH-UBND", date: "2026-03-16" },
    tasks,
    unresolved: ["UBND cấp xã", SSH],
    successors: [],
  },
});
