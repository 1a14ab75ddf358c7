// 02: Bắc Kạn, before the reorganisation (11/11/2024) — the provincial Emulation and Reward Council's yearly
// guidance (Hướng dẫn, signed by the Sở Nội vụ director as the council's standing vice-chair): hold the year-end
// reviews, then send the award dossiers. The dossier part is a table whose ROWS ARE AWARD FORMS (Huân chương, Cờ thi
// đua, Chiến sĩ thi đua …), with the submitting bodies, the number of sets and the deadline "gửi về Ban Thi đua -
// Khen thưởng" (a recipient); rows 3-4 share one vMerged deadline cell; two rows have no date. Part III's notes hold a
// target, a done event, the next year's registration and the council's own review.
// plan.pdf: Chromium (HTML print).
import { build, task } from "./lib.mjs";
import { head } from "./head.mjs";

const ID = "02-bac-kan-2024-emulation-guidance-award-form-rows-dossier-deadlines";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KC = "Trưởng các Khối, Cụm thi đua";
const SB = "Các sở, ban, ngành, đoàn thể tỉnh";
const HU = "UBND cấp huyện";
const BTD = "Ban Thi đua - Khen thưởng";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const n = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst } });
const n1 = n("I");
const n3 = n("III");
const plus = (inst) => (text) => ({ t: "p", num: "+", text, list: { kind: "plus", inst } });
const p1 = plus("P1");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const C = { kind: "cell", inst: "H" };
const st = (s) => ({ text: s, align: "center", list: C });

const blocks = [
  ...head("UBND TỈNH BẮC KẠN\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "Số: 09/HD-HĐTĐKT",
    "Bắc Kạn, ngày 11 tháng 11 năm 2024", "HƯỚNG DẪN",
    "Tổng kết công tác thi đua, khen thưởng năm 2024 và đề nghị khen thưởng tổng kết năm"),
  plain("Thực hiện Luật Thi đua, khen thưởng năm 2022; Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ; " +
    "Quyết định số 12/2024/QĐ-UBND ngày 08/4/2024 của UBND tỉnh ban hành Quy chế công tác thi đua, khen thưởng trên " +
    "địa bàn tỉnh Bắc Kạn, Hội đồng Thi đua - Khen thưởng tỉnh hướng dẫn tổng kết công tác thi đua, khen thưởng năm " +
    "2024 như sau:"),
  sec("I.", "TỔNG KẾT, BÌNH XÉT THI ĐUA"),
  n1("1.", "Đối với các Khối, Cụm thi đua: Trưởng các Khối, Cụm thi đua chủ trì, phối hợp với Phó Khối, Phó Cụm tổ " +
    "chức hội nghị tổng kết, chấm điểm, bình xét, suy tôn đơn vị dẫn đầu, hoàn thành trước ngày 20/12/2024; biên " +
    "bản bình xét gửi về Hội đồng Thi đua - Khen thưởng tỉnh (qua Ban Thi đua - Khen thưởng, Sở Nội vụ)."),
  n1("2.", "Đối với các cơ quan, đơn vị, địa phương: các sở, ban, ngành, đoàn thể tỉnh và UBND các huyện, thành phố " +
    "tổ chức tổng kết, bình xét các danh hiệu thi đua tại đơn vị mình:"),
  p1("Bình xét danh hiệu \"Lao động tiên tiến\", \"Chiến sĩ thi đua cơ sở\", \"Tập thể lao động tiên tiến\" và quyết " +
    "định công nhận theo thẩm quyền, xong trước ngày 10/01/2025;"),
  p1("Tỷ lệ cá nhân được công nhận danh hiệu \"Chiến sĩ thi đua cơ sở\" không quá 15% tổng số cá nhân đạt danh " +
    "hiệu \"Lao động tiên tiến\";"),
  p1("Lập hồ sơ đề nghị cấp trên khen thưởng theo Mục II của Hướng dẫn này."),
  n1("3.", "Báo cáo tổng kết: các sở, ban, ngành, đoàn thể tỉnh và UBND các huyện, thành phố gửi Báo cáo tổng kết " +
    "công tác thi đua, khen thưởng năm 2024 (theo Đề cương gửi kèm) về Ban Thi đua - Khen thưởng chậm nhất ngày " +
    "15/01/2025."),
  n1("4.", "Ban Thi đua - Khen thưởng tổng hợp, xây dựng dự thảo Báo cáo tổng kết công tác thi đua, khen thưởng năm " +
    "2024 của tỉnh, trình Hội đồng trước ngày 25/01/2025."),
  sec("II.", "HỒ SƠ, THỜI HẠN ĐỀ NGHỊ KHEN THƯỞNG TỔNG KẾT NĂM 2024"),
  plain("Hồ sơ gửi về Ban Thi đua - Khen thưởng (Sở Nội vụ, tầng 4 Trụ sở hợp khối các cơ quan tỉnh) đồng thời gửi " +
    "bản điện tử qua Hệ thống quản lý văn bản và điều hành; cụ thể như sau:"),
  { t: "table", header: 1, widths: [600, 2700, 2400, 1500, 2100], rows: [
    ["STT", "Hình thức khen thưởng", "Cơ quan, đơn vị trình", "Số bộ hồ sơ",
      "Thời hạn gửi về Ban Thi đua - Khen thưởng"],
    [st("1"), "Huân chương Lao động, Huân chương Độc lập (thành tích xuất sắc, quá trình cống hiến)",
      "Các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thành phố", "04 bộ (bản chính)",
      { text: "Trước ngày 20/01/2025", align: "center" }],
    [st("2"), "Cờ thi đua của Chính phủ", "Trưởng các Khối, Cụm thi đua", "04 bộ (bản chính)",
      { text: "Chậm nhất ngày 15/02/2025", align: "center" }],
    [st("3"), "Cờ thi đua của UBND tỉnh; danh hiệu \"Tập thể lao động xuất sắc\"",
      "Trưởng các Khối, Cụm thi đua; UBND các huyện, thành phố", "02 bộ",
      { text: "Trước ngày 25/02/2025", align: "center", vm: "restart", rows: 2 }],
    [st("4"), "Danh hiệu \"Chiến sĩ thi đua cấp tỉnh\"",
      "Các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thành phố",
      "02 bộ, kèm quyết định công nhận sáng kiến", { text: "", vm: "continue" }],
    [st("5"), "Bằng khen của Chủ tịch UBND tỉnh (thành tích thực hiện nhiệm vụ năm 2024)",
      "Các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thành phố", "01 bộ",
      { text: "Trong tháng 02/2025", align: "center" }],
    [st("6"), "Khen thưởng theo đợt, chuyên đề, đột xuất", "Cơ quan, đơn vị chủ trì phong trào", "01 bộ",
      { text: "Ngay sau khi kết thúc đợt thi đua, chuyên đề", align: "center" }],
    [st("7"), "Khen thưởng đối ngoại (tổ chức, cá nhân nước ngoài)", "Sở Ngoại vụ phối hợp cơ quan đề nghị",
      "Theo quy định", { text: "Theo hướng dẫn riêng", align: "center" }],
  ] },
  plain("Hồ sơ gửi sau thời hạn nêu trên hoặc không đúng thành phần sẽ được trả lại để hoàn thiện và xét vào đợt " +
    "sau.", { italic: true }),
  sec("III.", "MỘT SỐ LƯU Ý VÀ TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Năm 2024, Hội đồng Thi đua - Khen thưởng tỉnh đã tổ chức sơ kết công tác thi đua 6 tháng đầu năm (ngày " +
    "18/7/2024) và kiểm tra công tác thi đua tại 12 cơ quan, đơn vị; các đơn vị tiếp tục khắc phục các hạn chế đã " +
    "được chỉ ra khi kiểm tra."),
  n3("2.", "Ban Thi đua - Khen thưởng thẩm định hồ sơ, trình Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng " +
    "tổng kết năm 2024, hoàn thành trong quý I/2025."),
  n3("3.", "Các Khối, Cụm thi đua và các cơ quan, đơn vị đăng ký thi đua, giao ước thi đua năm 2025 gửi Ban Thi đua " +
    "- Khen thưởng trước ngày 15/3/2025; Trưởng các Khối, Cụm thi đua năm 2025 xây dựng kế hoạch hoạt động của " +
    "Khối, Cụm thi đua ngay sau khi được phân công."),
  n3("4.", "Các cơ quan, đơn vị thực hiện báo cáo định kỳ công tác thi đua, khen thưởng 6 tháng, năm theo quy định."),
  plain("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Ban Thi đua - Khen thưởng (điện " +
    "thoại: 0209.3871.566) để được hướng dẫn./."),
  { t: "table", borders: false, widths: [4200, 5200], rows: [[
    { text: "Nơi nhận:\n- Thường trực Tỉnh ủy (b/c);\n- Chủ tịch, các PCT UBND tỉnh;\n- Thành viên Hội đồng TĐ-KT " +
      "tỉnh;\n- Các sở, ban, ngành, đoàn thể tỉnh;\n- UBND các huyện, thành phố;\n- Trưởng các Khối, Cụm thi đua;\n" +
      "- Lưu: VT, BTĐKT.", align: "left" },
    { text: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC\n\nGIÁM ĐỐC SỞ NỘI VỤ\n\n\nHoàng Văn Thịnh", bold: true,
      align: "center" },
  ]] },
];

const all = [SB, HU];
const tasks = [
  task("I.1", "Tổ chức hội nghị tổng kết, chấm điểm, bình xét, suy tôn đơn vị dẫn đầu Khối, Cụm thi đua",
    "2024-12-19", [KC], ["Phó Khối, Phó Cụm"]),
  task("I.2", "Bình xét danh hiệu \"Lao động tiên tiến\", \"Chiến sĩ thi đua cơ sở\", \"Tập thể lao động tiên " +
    "tiến\" và quyết định công nhận theo thẩm quyền", "2025-01-09", all),
  task("I.3", "Báo cáo tổng kết công tác thi đua, khen thưởng năm 2024", "2025-01-15", all),
  task("I.4", "Xây dựng dự thảo Báo cáo tổng kết công tác thi đua, khen thưởng năm 2024 của tỉnh", "2025-01-24",
    [BTD]),
  task("1", "Gửi hồ sơ đề nghị tặng Huân chương Lao động, Huân chương Độc lập", "2025-01-19", all),
  task("2", "Gửi hồ sơ đề nghị tặng Cờ thi đua của Chính phủ", "2025-02-15", [KC]),
  task("3", "Gửi hồ sơ đề nghị tặng Cờ thi đua của UBND tỉnh; danh hiệu \"Tập thể lao động xuất sắc\"",
    "2025-02-24", [KC, HU]),
  task("4", "Gửi hồ sơ đề nghị tặng danh hiệu \"Chiến sĩ thi đua cấp tỉnh\"", "2025-02-24", all),
  task("5", "Gửi hồ sơ đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh", "2025-02-28", all),
  task("III.2", "Thẩm định hồ sơ, trình Hội đồng họp xét khen thưởng tổng kết năm 2024", "2025-03-31", [BTD]),
  task("III.3", "Đăng ký thi đua, giao ước thi đua năm 2025", "2025-03-14",
    ["Các Khối, Cụm thi đua", "Các cơ quan, đơn vị"]),
];

await build(DIR, {
  blocks, printer: "chromium",
  css: "table.nb td:first-child{text-align:left}table.nb:first-of-type td:first-child{text-align:center}",
  expected: {
    id: ID,
    style: "Hướng dẫn 09/HD-HĐTĐKT of the Hội đồng Thi đua - Khen thưởng tỉnh Bắc Kạn (before the reorganisation, " +
      "11/11/2024), signed KT. Chủ tịch by the Sở Nội vụ director: year-end emulation review and award dossiers. " +
      "I numbered points; I.2 with '+' bullets (Word bullets in plan-auto): one dated (ref I.2), a 15% quota " +
      "(target, out), one pointing to II (no date of its own, out); I.3 the year report, I.4 the Ban's draft. II is a table whose rows are AWARD FORMS: STT | Hình thức | Cơ quan, đơn vị trình " +
      "(the leads) | Số bộ | 'Thời hạn gửi về Ban Thi đua - Khen thưởng' (a recipient, not a unit); ref = STT; " +
      "titles 'Gửi hồ sơ đề nghị tặng <form>'. Rows 3 and 4 share one vMerged deadline cell (read for both, not " +
      "inherited: it is the rows' own cell); rows 6 ('Ngay sau khi kết thúc…') and 7 ('Theo hướng dẫn riêng') " +
      "undated, out. III.1 done work (out), III.4 periodic reports (out); III.3's second clause 'ngay sau khi " +
      "được phân công' undated. Dates: 'trước ngày X' -> X-1 (20/12/2024 -> 19/12; 10/01/2025 -> 9/1; " +
      "20/01/2025 -> 19/1 Sun -> 20/1; 25/01 -> 24/1; 25/02 -> 24/2; 15/3 -> 14/3); 'chậm nhất ngày' as written " +
      "(15/01; 15/02 Sat -> 17/2); 'xong trước ngày' = trước; 'Trong tháng 02/2025' -> 28/2; 'quý I/2025' -> " +
      "31/3. 'Trưởng các Khối, Cụm thi đua chủ trì, phối hợp với Phó Khối, Phó Cụm': lead and coordinator. 'UBND " +
      "các huyện, thành phố' -> 'UBND cấp huyện'; 'các sở, ban, ngành, đoàn thể tỉnh', the Khối/Cụm, Ban Thi đua - " +
      "Khen thưởng as written (unresolved). 'gửi về Hội đồng … (qua Ban Thi đua - Khen thưởng, Sở Nội vụ)', " +
      "'trình Hội đồng' are recipients. Row 7's 'Sở Ngoại vụ' is in an undated row. PDF: Chromium.",
    province: "Bắc Kạn",
    plan: { number: "09/HD-HĐTĐKT", date: "2024-11-11" },
    tasks,
    unresolved: [KC, "Phó Khối, Phó Cụm", SB, HU, BTD, "Các Khối, Cụm thi đua", "Các cơ quan, đơn vị"],
    successors: [],
  },
});
