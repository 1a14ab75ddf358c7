// 07: Lai Châu, UBND tỉnh (before the reorganisation), 25/01/2024 — a legal-education plan COPIED FROM A WEB PAGE
// into Word: hidden characters everywhere. Non-breaking spaces (U+00A0) after "ngày", "Sở", "tỉnh" and inside unit
// names, zero-width spaces (U+200B) inside dates ("15/<U+200B>3/2024") and names, soft hyphens (U+00AD) beside
// the spaces of unit names and inside dates, "&nbsp; " double spaces (U+00A0 + space) here and there, smart quotes.
// Paragraphs in the "Normal (Web)" style. One task table TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
// with two group rows (I, II) and numbers 1-12 running on; prose III after it. plan.pdf: Chromium from HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "07-lai-chau-2024-web-page-copy-hidden-characters-nbsp-zero-width-soft-hyphens-table";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
// Tokens: {n} no-break space, {z} zero-width space, {s} soft hyphen, {d} "&nbsp; " double space.
const HID = { n: "\u00A0", z: "\u200B", s: "\u00AD", d: "\u00A0 " };
const web = (s) => s.replace(/\{([nzsd])\}/g, (_, k) => HID[k]).replace(/(ngày|Sở|tỉnh|UBND) (?=\S)/g, "$1\u00A0");
const plain = (s) => s.replace(/\{([nzsd])\}/g, (_, k) => (k === "d" ? " " : k === "n" ? " " : ""));
const TP = "Sở Tư pháp";
const DH = "@districts";
const LQ = "các cơ quan, đơn vị có liên quan";

// [TT, content, lead written, L, coord written, C, time written, due]
const ROWS = [
  ["1", "Tham mưu kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Sở Tư{s} pháp", [TP],
    "Sở Nội{n}vụ", ["Sở Nội vụ"], "Trước ngày 29/{z}02/2024", "2024-02-28"],
  ["2", "Tổ chức hội nghị phổ{s} biến Luật Đất đai năm 2024 và các luật mới được Quốc hội thông qua tại Kỳ họp thứ " +
    "6, Quốc hội khóa XV", "Sở Tư pháp", [TP], "Sở Tài{s} nguyên và Môi{s} trường; các cơ quan, đơn vị có liên quan",
  ["Sở Tài nguyên và Môi trường", LQ], "Tháng 4/{z}2024", "2024-04-30"],
  ["3", "Phổ biến pháp luật cho đồng bào dân tộc thiểu số ở vùng sâu, vùng xa bằng tiếng dân tộc", "Ban Dân{s} tộc " +
    "tỉnh", ["Ban Dân tộc tỉnh"], "Đài Phát{s} thanh - Truyền{s} hình tỉnh; UBND các{n}huyện, thành{n}phố",
  ["Đài Phát thanh - Truyền hình tỉnh", DH], "Quý II/2024", "2024-06-30"],
  ["4", "Duy trì chuyên trang “Pháp luật và đời sống” trên Báo Lai{n}Châu điện{n}tử", "Báo Lai{n}Châu", ["Báo Lai Châu"],
    "Sở Tư pháp", [TP], "Từ ngày 01/3 đến{d}ngày 31/{s}12/2024", "2024-12-31"],
  ["5", "Tổ chức Cuộc thi trực tuyến “Tìm hiểu pháp luật về phòng, chống ma{n}túy”{d}hưởng ứng Ngày quốc tế phòng, " +
    "chống ma túy", "Công an{n}tỉnh", ["Công an tỉnh"], "Sở Tư pháp; Tỉnh {z}đoàn", [TP, "Tỉnh đoàn"],
  "Trước ngày 26/{z}6/2024", "2024-06-25"],
  ["6", "Tuyên truyền pháp luật về lao động, việc làm cho người lao động đi làm việc ngoài tỉnh",
    "Sở Lao{s} động - Thương{s} binh và Xã{s} hội", ["Sở Lao động - Thương binh và Xã hội"], "Liên{s} đoàn Lao{n}động tỉnh",
    ["Liên đoàn Lao động tỉnh"], "Quý III/2024", "2024-09-30"],
  ["7", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Sở Tư pháp", [TP],
    "Các sở, ban, ngành;{d}UBND các huyện, thành phố", ["@departments", DH], "Ngày 09/{z}11/2024", "2024-11-09"],
  ["8", "Tập huấn kỹ năng, nghiệp vụ hòa giải cho hòa giải viên ở cơ sở", "Sở Tư pháp", [TP],
    "Ủy ban MTTQ Việt{n}Nam tỉnh", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], "Tháng 5/2024", "2024-05-31"],
  ["9", "Đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật năm 2023", "UBND các{n}huyện, " +
    "thành{n}phố", [DH], "Sở Tư{s} pháp", [TP], "Trước ngày 15/{s}3/2024", "2024-03-14"],
  ["10", "Kiểm tra công tác hòa{s} giải ở cơ sở, {z}xây dựng cấp xã đạt chuẩn tiếp cận pháp luật tại huyện Sìn Hồ, huyện " +
    "Nậm Nhùn", "Sở Tư pháp", [TP], "UBND huyện Sìn{n}Hồ; UBND huyện Nậm {z}Nhùn",
  ["UBND huyện Sìn Hồ", "UBND huyện Nậm Nhùn"], "Từ 10/9 đến 20/{z}9/2024", "2024-09-20"],
  ["11", "Cập nhật văn bản quy phạm pháp luật của tỉnh lên Cơ sở dữ liệu quốc gia về pháp luật", "Văn{n}phòng UBND " +
    "tỉnh", null, "Sở Tư pháp; Sở Thông {z}tin và Truyền{s} thông", null, "Thường{n}xuyên", null],
  ["12", "Tổng kết, báo cáo kết quả công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở năm 2024", "Sở Tư{n}pháp",
    [TP], "Các sở, ban, ngành; UBND các huyện, thành phố", ["@departments", DH], "Trước ngày 05/{z}12/2024",
    "2024-12-04"],
];

const tasks = ROWS.filter((r) => r[7]).map(([n, text, , L, , C, , due]) => task(n, text, due, L, C));
tasks.push(task("III.2", "Báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2024", "2024-06-09",
  ["@departments", DH]));
tasks.push(task("III.3", "Tham mưu bố trí kinh phí thực hiện Kế hoạch", "2024-02-29", ["Sở Tài chính"], [TP]));

const P = (text, extra = {}) => ({ t: "p", text: web(text), align: "justify", style: "NormalWeb", ...extra });
const group = (r, text) => [{ text: r, bold: true, align: "center" }, { text: web(text), bold: true, span: 4 }];
const row = ([n, text, lw, , cw, , tw]) => [{ text: n, align: "center" }, web(text), web(lw), web(cw),
  { text: web(tw), align: "center" }];
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 31/KH-UBND", web("Lai Châu, ngày 25 tháng 01 năm 2024"), "KẾ HOẠCH",
    web("Công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật " +
      "trên địa bàn tỉnh Lai{n}Châu năm 2024")),
  P("Thực hiện Luật Phổ biến, giáo dục pháp luật năm 2012, Luật Hòa giải ở cơ sở năm 2013; Quyết định số " +
    "25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ; UBND tỉnh ban hành Kế{n}hoạch thực hiện năm 2024 " +
    "như{d}sau:"),
  P("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  P("Triển khai kịp thời, hiệu quả các văn bản pháp luật mới; đổi mới hình thức phổ biến, giáo dục pháp luật phù hợp " +
    "với từng đối tượng, địa bàn, nhất là vùng đồng bào dân tộc thiểu số. Xác định cụ thể nội dung, cơ quan chủ trì, " +
    "cơ quan phối hợp và thời gian thực hiện; gắn trách nhiệm của người đứng đầu với kết quả thực hiện."),
  P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", { bold: true }),
  P("(Chi tiết tại bảng dưới đây)", { italic: true, align: "center" }),
  { t: "table", widths: [600, 3500, 1800, 2100, 1600], header: 1, rows: [
    ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    group("I", "PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT"),
    ...ROWS.slice(0, 7).map(row),
    group("II", "HÒA GIẢI Ở CƠ SỞ; XÂY DỰNG CẤP XÃ ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT"),
    ...ROWS.slice(7).map(row),
  ] },
  P("III. TỔ CHỨC THỰC HIỆN", { bold: true }),
  P("1. Sở Tư{s} pháp là cơ quan thường trực của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, có trách " +
    "nhiệm hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch."),
  P("2. Các sở, ban, ngành, UBND các huyện, thành phố báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2024, gửi " +
    "về Sở Tư pháp trước ngày 10/{z}6/2024 để tổng hợp, báo cáo UBND tỉnh."),
  P("3. Sở Tài{n}chính chủ trì, phối hợp với Sở Tư pháp tham mưu bố trí kinh phí thực hiện Kế hoạch, hoàn thành " +
    "trong tháng 02/{s}2024."),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Tư pháp để tổng " +
    "hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
  ...sign(["Bộ Tư pháp (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"].map(web), "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Hà Trọng Hải"),
];

const styles = '<w:style w:type="paragraph" w:styleId="NormalWeb"><w:name w:val="Normal (Web)"/><w:basedOn ' +
  'w:val="Normal"/><w:uiPriority w:val="99"/><w:pPr><w:spacing w:before="100" w:beforeAutospacing="1" w:after="100" ' +
  'w:afterAutospacing="1"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style>';

await build(DIR, {
  blocks, printer: "chromium", extra: { styles }, css: "table.nb:last-of-type td:first-child{text-align:left}",
  expected: {
    id: ID,
    style: "Kế hoạch 31/KH-UBND of UBND tỉnh Lai Châu, 25/01/2024 (before the reorganisation): legal education, " +
      "grassroots mediation, access-to-law standard 2024, COPIED FROM A WEB PAGE into Word (paragraphs 'Normal " +
      "(Web)'). Hidden characters everywhere, in plan.txt, both docx and the HTML printed: U+00A0 after 'ngày', " +
      "'Sở', 'tỉnh', 'UBND' and inside names ('Sở Nội\\u00A0vụ'), U+200B inside dates ('29/\\u200B02/2024', " +
      "'Tỉnh \\u200Bđoàn'), soft hyphens U+00AD inside names and dates ('Sở Tư\\u00AD pháp', '15/\\u00AD3/2024'), " +
      "'\\u00A0 ' double spaces, smart quotes. Answers are written clean (a zero-width space or soft hyphen is " +
      "nothing, a no-break space a space). One task table TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối " +
      "hợp | Thời gian thực hiện, group rows I / II (no task, no deadline) and TT 1-12 running on: ref = TT. Row 11 " +
      "'Thường xuyên' no task. Dates (2024): 1 'Trước ngày 29/02' -> 28/2 Wed; 2 'Tháng 4' 30/4 (holiday) -> 2/5 " +
      "Thu; 3 'Quý II' 30/6 Sun -> 1/7; 4 'Từ 01/3 đến ngày 31/12' 31/12 Tue; 5 'Trước ngày 26/6' -> 25/6; 6 'Quý " +
      "III' 30/9 Mon; 7 'Ngày 09/11' Sat -> 11/11; 8 'Tháng 5' 31/5 Fri; 9 'Trước ngày 15/3' -> 14/3; 10 'Từ 10/9 " +
      "đến 20/9' 20/9 Fri; 12 'Trước ngày 05/12' -> 4/12. III.2 'gửi về Sở Tư pháp trước ngày 10/6/2024' -> 9/6 Sun " +
      "-> 10/6 Mon (lead @departments, @districts; Sở Tư pháp and UBND tỉnh recipients); III.3 'Sở Tài chính chủ " +
      "trì, phối hợp với Sở Tư pháp … trong tháng 02/2024' 29/2 Thu. III.1 undated. 'UBND các huyện, thành phố' = " +
      "@districts, 'Các sở, ban, ngành' = @departments; 'các cơ quan, đơn vị có liên quan' (row 2) as written, " +
      "unresolved. PDF: Chromium from the HTML (hidden characters in the HTML too).",
    province: "Lai Châu",
    plan: { number: "31/KH-UBND", date: "2024-01-25" },
    tasks: tasks.map((t) => ({ ...t, title: plain(t.title) })),
    unresolved: [LQ],
    successors: [],
  },
});
