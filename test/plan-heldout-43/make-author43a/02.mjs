// 02: Thái Nguyên 2026 (after the reorganisation: merged departments, no districts, communes not in the directory),
// UBND tỉnh, Kế hoạch 41/KH-UBND ngày 26/02/2026 phát triển chính quyền số và bảo đảm an toàn thông tin mạng.
// Habit: a plan whose tasks are all in an APPENDIX TASK TABLE after the signature (landscape): group rows per area
// (I-IV, the last with its own time for its rows), TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
// Thời gian hoàn thành | Sản phẩm, units listed over several lines in a cell, "Thường xuyên" rows (no task), one
// Chủ trì cell merged over two rows in plan-auto.docx; one dated paragraph in V. TỔ CHỨC THỰC HIỆN.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, CC, N, buildMerged } from "./common.mjs";

const ID = "02-thai-nguyen-2026-appendix-task-table-group-rows-by-area-units-over-lines-thuong-xuyen-rows";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KC = "Sở Khoa học và Công nghệ", NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TC = "Sở Tài chính";
const NM = "Sở Nông nghiệp và Môi trường", YT = "Sở Y tế", BH = "Bảo hiểm xã hội tỉnh", CA = "Công an tỉnh";
const BD = "Bưu điện tỉnh", XA = "UBND các xã, phường", LQ = "Các cơ quan liên quan", S = "Các sở, ban, ngành";
const VNPT = "Viễn thông Thái Nguyên", VT = "Viettel Thái Nguyên", HCC = "Trung tâm Phục vụ hành chính công tỉnh";
const QS = "Bộ Chỉ huy Quân sự tỉnh";
const sec = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const item = (n, inst, text, o) => N(`${n}.`, "decimal", inst, text, o);

// Group rows [roman, title, time?]; task rows [content, lead cell, coordinator cell, time, product,
// due | null, lead[], coordinators[], inherited?]
const G = (roman, title, time) => ({ roman, title, time });
const ROWS = [
  G("I", "PHÁT TRIỂN HẠ TẦNG SỐ"),
  ["Nâng cấp mạng truyền số liệu chuyên dùng cấp II, bảo đảm kết nối thông suốt đến 100% xã, phường",
    { text: KC, vm: "restart" }, `${VNPT};\n${XA}`, "Quý II/2026", "Mạng truyền số liệu chuyên dùng được nâng cấp",
    "2026-06-30", [KC], [VNPT, XA]],
  ["Chuyển các hệ thống thông tin dùng chung của tỉnh lên nền tảng điện toán đám mây của Trung tâm dữ liệu tỉnh",
    { text: KC, vm: "continue" }, `${TC};\n${VT}`, "Tháng 9/2026", "Các hệ thống vận hành trên nền tảng đám mây",
    "2026-09-30", [KC], [TC, VT]],
  ["Duy trì vận hành ổn định hệ thống hội nghị truyền hình trực tuyến từ tỉnh đến xã, phường", VP,
    `Sở KH&CN;\n${XA}`, "Thường xuyên", "Hệ thống hoạt động ổn định", null],
  G("II", "PHÁT TRIỂN DỮ LIỆU SỐ"),
  ["Xây dựng, cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh, đồng bộ với Cơ sở dữ liệu quốc gia " +
    "về cán bộ, công chức, viên chức", NV, `Sở KH&CN;\n${S}`, "Trước 30/6/2026", "Cơ sở dữ liệu được cập nhật, " +
    "đồng bộ", "2026-06-29", [NV], [KC, "@departments"]],
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực; tái sử dụng dữ liệu đã số hóa",
    `${VP};\n${XA}`, HCC, "31/10/2026", "100% hồ sơ, kết quả còn hiệu lực được số hóa", "2026-10-31", [VP, XA],
    [HCC]],
  ["Xây dựng, cập nhật cơ sở dữ liệu đất đai, kết nối, chia sẻ với Hệ thống thông tin quốc gia về đất đai", NM,
    `Sở KH&CN;\n${TC};\n${XA} và các cơ quan liên quan`, "Tháng 11/2026", "Cơ sở dữ liệu đất đai được vận hành",
    "2026-11-30", [NM], [KC, TC, XA, LQ]],
  ["Công bố danh mục dữ liệu mở của tỉnh và kế hoạch mở dữ liệu năm 2026", KC, S, "Quý I/2026",
    "Quyết định công bố của UBND tỉnh", "2026-03-31", [KC], ["@departments"]],
  G("III", "PHÁT TRIỂN NỀN TẢNG, ỨNG DỤNG SỐ"),
  ["Nâng cấp Hệ thống quản lý văn bản và điều hành, tích hợp ký số trên thiết bị di động cho cán bộ, công chức",
    KC, `VP UBND tỉnh;\n${BD}`, "Từ tháng 3 đến tháng 7/2026", "Hệ thống được nâng cấp", "2026-07-31", [KC],
    [VP, BD]],
  ["Triển khai Hệ thống thông tin báo cáo của tỉnh, bổ sung các chế độ báo cáo điện tử, kết nối với Hệ thống " +
    "thông tin báo cáo Chính phủ", VP, `Sở KH&CN;\n${TC}`, "15/5/2026", "Các chế độ báo cáo được số hóa",
    "2026-05-15", [VP], [KC, TC]],
  ["Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh, liên thông dữ liệu khám, chữa bệnh bảo hiểm y tế", YT,
    `${BH};\nSở KH&CN`, "Trước ngày 30/9/2026", "100% bệnh viện tuyến tỉnh có bệnh án điện tử", "2026-09-29", [YT],
    [BH, KC]],
  ["Phổ cập kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng", KC,
    `Báo và Phát thanh, Truyền hình Thái Nguyên;\nTỉnh đoàn;\n${XA}`, "Thường xuyên", "Người dân được hướng dẫn " +
    "sử dụng dịch vụ số", null],
  G("IV", "BẢO ĐẢM AN TOÀN THÔNG TIN MẠNG", "Quý III/2026"),
  ["Phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin cho các hệ thống thông tin đang vận hành", KC, S, "",
    "Quyết định phê duyệt cấp độ", "2026-09-30", [KC], ["@departments"], true],
  ["Tổ chức diễn tập thực chiến bảo đảm an toàn thông tin mạng cấp tỉnh", KC, `${CA};\n${QS}`, "",
    "Báo cáo kết quả diễn tập", "2026-09-30", [KC], [CA, QS], true],
  ["Kiểm tra, đánh giá an toàn thông tin, phòng, chống lộ, lọt bí mật nhà nước trên không gian mạng tại các cơ " +
    "quan, đơn vị", CA, "Sở KH&CN", "Tháng 8/2026", "Thông báo kết quả kiểm tra", "2026-08-31", [CA], [KC]],
];

const rows = [
  ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"].map((text) => ({ text, italic: true, bold: false, align: "center" })),
];
const tasks = [];
let tt = 0;
for (const r of ROWS) {
  if (!Array.isArray(r)) {
    const roman = { text: r.roman, bold: true, align: "center", list: { kind: "rcell", inst: "g" } };
    rows.push(r.time ? [roman, { text: r.title, span: 3, bold: true }, { text: r.time, bold: true }, ""] :
      [roman, { text: r.title, span: 5, bold: true }]);
    continue;
  }
  const [content, lead, coord, time, product, due, leads, coords, inherited] = r;
  tt += 1;
  rows.push([{ text: String(tt), align: "center", list: { kind: "cell", inst: "tt" } }, content, lead, coord, time,
    product]);
  if (due) tasks.push(task(String(tt), content, due, leads, coords, inherited ?? false));
}

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 41/KH-UBND", "Thái Nguyên, ngày 26 tháng 02 năm 2026",
    "KẾ HOẠCH", "Phát triển chính quyền số và bảo đảm an toàn thông tin mạng tỉnh Thái Nguyên năm 2026"),
  CC("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
  CC("Căn cứ Luật An ninh mạng ngày 12 tháng 6 năm 2018;"),
  CC("Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, " +
    "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
  CC("Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 35/TTr-SKHCN ngày 10 tháng 02 năm 2026."),
  P("Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển chính quyền số và bảo đảm an toàn thông tin mạng tỉnh Thái " +
    "Nguyên năm 2026, cụ thể như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("- Phát triển chính quyền số gắn với vận hành mô hình chính quyền địa phương hai cấp; lấy người dân, doanh " +
    "nghiệp làm trung tâm, bảo đảm hoạt động của các cơ quan nhà nước thông suốt trên môi trường số."),
  P("- Xác định rõ nhiệm vụ, cơ quan chủ trì, thời gian hoàn thành và sản phẩm; gắn trách nhiệm người đứng đầu với " +
    "kết quả thực hiện."),
  sec("II.", "CHỈ TIÊU CHỦ YẾU"),
  P("- 100% văn bản trao đổi giữa các cơ quan nhà nước (trừ văn bản mật) dưới dạng điện tử, được ký số."),
  P("- Tối thiểu 80% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình."),
  P("- 100% hệ thống thông tin đang vận hành được phê duyệt cấp độ an toàn hệ thống thông tin."),
  sec("III.", "NHIỆM VỤ, GIẢI PHÁP"),
  P("Tập trung phát triển hạ tầng số, dữ liệu số, nền tảng và ứng dụng số, bảo đảm an toàn thông tin mạng; các " +
    "nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp, thời gian hoàn thành và sản phẩm tại Phụ lục kèm theo Kế hoạch này."),
  sec("IV.", "KINH PHÍ THỰC HIỆN"),
  P("Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép các chương trình, " +
    "đề án có liên quan và các nguồn huy động hợp pháp khác."),
  sec("V.", "TỔ CHỨC THỰC HIỆN"),
  item(1, "org", `${KC} là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng ` +
    "hợp, báo cáo UBND tỉnh và Bộ Khoa học và Công nghệ kết quả thực hiện Kế hoạch trước ngày 10/12/2026."),
  item(2, "org", `${TC} tham mưu UBND tỉnh bố trí kinh phí thực hiện các nhiệm vụ theo quy định của pháp luật về ` +
    "ngân sách nhà nước."),
  item(3, "org", `${S}, ${XA} chủ động triển khai các nhiệm vụ được giao tại Phụ lục; định kỳ báo cáo kết quả thực ` +
    "hiện theo yêu cầu của Sở Khoa học và Công nghệ."),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công " +
    "nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, chỉ đạo./."),
  ...sign(["Bộ Khoa học và Công nghệ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", XA, "Viễn thông Thái Nguyên, Viettel Thái Nguyên"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Huy Khánh"),
  { t: "sect" },
  { t: "p", text: "Phụ lục", bold: true, align: "center", indent: false, tight: true },
  { t: "p", text: "DANH MỤC NHIỆM VỤ PHÁT TRIỂN CHÍNH QUYỀN SỐ VÀ BẢO ĐẢM AN TOÀN THÔNG TIN MẠNG NĂM 2026",
    bold: true, align: "center", indent: false, tight: true },
  { t: "p", text: "(Kèm theo Kế hoạch số 41/KH-UBND ngày 26/02/2026 của UBND tỉnh Thái Nguyên)", italic: true,
    align: "center", indent: false },
  { t: "table", widths: [700, 5000, 2300, 2900, 1600, 2000], header: 2, rows },
];

tasks.push(task("V.1", "tổng hợp, báo cáo UBND tỉnh và Bộ Khoa học và Công nghệ kết quả thực hiện Kế hoạch",
  "2026-12-09", [KC]));

const DATES = "1 'Quý II/2026' 30/6 (Chủ trì merged with row 2 in plan-auto.docx: Sở KH&CN leads both); 2 'Tháng " +
  "9/2026' 30/9; 3 'Thường xuyên' no task; 4 'Trước 30/6/2026' 29/6; 5 '31/10/2026' Sat -> 02/11, two leads over " +
  "two lines (VP UBND tỉnh; UBND các xã, phường); 6 'Tháng 11/2026' 30/11, coord over three lines, the last 'UBND " +
  "các xã, phường và các cơ quan liên quan'; 7 'Quý I/2026' 31/3; 8 'Từ tháng 3 đến tháng 7/2026' 31/7; 9 " +
  "'15/5/2026'; 10 'Trước ngày 30/9/2026' 29/9; 11 'Thường xuyên' no task; group IV row 'Quý III/2026': 12 and 13 " +
  "blank time cells, inherited 30/9; 14 its own 'Tháng 8/2026' 31/8. V.1 'báo cáo UBND tỉnh và Bộ Khoa học và Công " +
  "nghệ … trước ngày 10/12/2026' 09/12 (recipients); V.2, V.3 undated.";

await buildMerged(DIR, {
  blocks, landscape: true,
  expected: {
    id: ID,
    style: "Kế hoạch 41/KH-UBND of UBND tỉnh Thái Nguyên, 26/02/2026 (after the reorganisation; communes not in the " +
      "directory: 'UBND các xã, phường' = UBND cấp xã). HABIT: an APPENDIX TASK TABLE: body (Căn cứ, I-V) portrait, " +
      "'Phụ lục … (Kèm theo Kế hoạch số 41/KH-UBND …)' landscape after the signature: TT | Nội dung nhiệm vụ | Cơ " +
      "quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm, a (1)…(6) row, group rows I-IV (TT runs " +
      "on 1-14 over the groups, ref = TT), several units per cell one per line ending ';' (plan.txt: the line " +
      "breaks inside the row; short forms Sở KH&CN, VP UBND tỉnh). " + DATES + " Companies, Trung tâm Phục vụ " +
      "hành chính công tỉnh and Bộ Chỉ huy Quân sự tỉnh unresolved. plan.txt and plan-typed.docx repeat the merged " +
      "Chủ trì; plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "41/KH-UBND", date: "2026-02-26" },
    tasks, unresolved: [VNPT, VT, XA, HCC, LQ, QS], successors: [],
  },
});
