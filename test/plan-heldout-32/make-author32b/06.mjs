// 06: Bắc Kạn, UBND tỉnh, 05/4/2023 — bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2023.
// plan.txt is what an OCR program gave from a scan of the signed plan: prose lines broken where the scanned lines
// ended, the small table's cells run together with spaces, stray page numbers ("2", "- 3 -") from the page tops,
// and the typical shape confusions only: O for 0 and l / I for 1 inside numbers ("3O/6/2O23", "l5/5/2023"), "Sờ"
// for "Sở" a few times. The answer is the true plan. Word files and plan.pdf (WeasyPrint) are the clean plan.
import { build, task, toText, wrap } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "06-bac-kan-2023-ocr-text-copy-digit-letter-confusions";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const LD = "Sở Lao động - Thương binh và Xã hội";
const PN = "Hội Liên hiệp Phụ nữ tỉnh";
const VH = "Sở Văn hóa, Thể thao và Du lịch";

const P = (num, text, kind, inst) => ({ t: "p", num, text, align: "justify", bold: kind === "roman" || kind === "decimal",
  list: kind ? { kind, inst } : undefined });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 205/KH-UBND", "Bắc Kạn, ngày 05 tháng 4 năm 2023", "KẾ HOẠCH",
    "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Bắc Kạn năm 2023"),
  P(undefined, "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030 ban hành kèm theo Nghị quyết số " +
    "28/NQ-CP ngày 03/3/2021 của Chính phủ, Ủy ban nhân dân tỉnh Bắc Kạn ban hành Kế hoạch thực hiện năm 2023 như sau:"),
  P("I.", "MỤC ĐÍCH, YÊU CẦU", "roman", "r"),
  P(undefined, "Nâng cao nhận thức, thu hẹp khoảng cách giới, tạo điều kiện để phụ nữ tham gia bình đẳng vào các lĩnh " +
    "vực chính trị, kinh tế, văn hóa, xã hội; xác định rõ nhiệm vụ, thời hạn và trách nhiệm của từng cơ quan."),
  P("II.", "NHIỆM VỤ VÀ GIẢI PHÁP", "roman", "r"),
  P("1.", "Công tác tuyên truyền, nâng cao nhận thức", "decimal", "d1"),
  P("a)", "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Thông tin và Truyền thông xây dựng chuyên mục " +
    "“Bình đẳng giới” trên Cổng Thông tin điện tử tỉnh; hoàn thành trước ngày 15/5/2023.", "letter", "a1"),
  P("b)", "Sở Văn hóa, Thể thao và Du lịch chỉ đạo hệ thống thông tin cơ sở lồng ghép nội dung bình đẳng giới vào " +
    "các hoạt động văn hóa, văn nghệ; thực hiện thường xuyên.", "letter", "a1"),
  P("c)", "Hội Liên hiệp Phụ nữ tỉnh chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức tập huấn kỹ " +
    "năng phòng, chống xâm hại cho hội viên phụ nữ các xã đặc biệt khó khăn; hoàn thành trong quý III/2023.",
  "letter", "a1"),
  P("2.", "Nâng cao năng lực, bảo đảm điều kiện thực hiện", "decimal", "d1"),
  P("a)", "Sở Nội vụ chủ trì rà soát tỷ lệ nữ tham gia cấp ủy, nữ cán bộ lãnh đạo, quản lý trong các cơ quan hành " +
    "chính nhà nước, báo cáo UBND tỉnh trước ngày 30/6/2023.", "letter", "a2"),
  P("b)", "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Cục Thống kê tỉnh cập nhật bộ chỉ tiêu thống kê " +
    "giới cấp tỉnh; chậm nhất ngày 31/8/2023.", "letter", "a2"),
  P("c)", "UBND các huyện, thành phố bố trí, kiện toàn cán bộ phụ trách công tác bình đẳng giới cấp xã; hoàn thành " +
    "trong tháng 6/2023.", "letter", "a2"),
  P("3.", "Phòng ngừa, ứng phó với bạo lực trên cơ sở giới", "decimal", "d1"),
  P("a)", "Công an tỉnh chủ trì, phối hợp với Sở Tư pháp rà soát, củng cố các địa chỉ tin cậy, đường dây nóng tiếp " +
    "nhận tin báo về bạo lực gia đình; hoàn thành trước ngày 30/10/2023.", "letter", "a3"),
  P("b)", "Sở Y tế chủ trì triển khai phòng tư vấn, hỗ trợ nạn nhân bạo lực trên cơ sở giới tại trung tâm y tế các " +
    "huyện; thời gian từ tháng 7 đến hết tháng 11/2023.", "letter", "a3"),
  P("III.", "CÁC HOẠT ĐỘNG TRỌNG TÂM", "roman", "r"),
  { t: "table", widths: [600, 3900, 1700, 1900, 1300], header: 1, rows: [
    ["STT", "Hoạt động", "Chủ trì", "Phối hợp", "Thời gian"],
    [{ text: "1", list: { kind: "cell", inst: "t" } }, "Lễ mít tinh hưởng ứng Tháng hành động vì bình đẳng giới và " +
      "phòng ngừa, ứng phó với bạo lực trên cơ sở giới", "Sở Lao động - TB&XH", "UBND huyện Chợ Mới", "Ngày 15/11/2023"],
    [{ text: "2", list: { kind: "cell", inst: "t" } }, "Hội thi “Cán bộ Hội giỏi về bình đẳng giới” cấp tỉnh", PN,
      VH, "Tháng 10/2023"],
    [{ text: "3", list: { kind: "cell", inst: "t" } }, "Kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng " +
      "giới tại huyện Pác Nặm, huyện Na Rì", "Sở Lao động - TB&XH", "Sở Y tế, Sở Giáo dục và Đào tạo",
    "Từ ngày 10/8 đến ngày 25/8/2023"],
    [{ text: "4", list: { kind: "cell", inst: "t" } }, "Báo cáo kết quả thực hiện công tác bình đẳng giới năm 2023 " +
      "(gửi Sở Lao động - Thương binh và Xã hội)", "Các sở, ban, ngành; UBND các huyện, thành phố", "",
    "Trước ngày 15/12/2023"],
  ] },
  P("IV.", "TỔ CHỨC THỰC HIỆN", "roman", "r"),
  P("1.", "Sở Lao động - Thương binh và Xã hội là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch; tổng " +
    "hợp, báo cáo UBND tỉnh và Bộ Lao động - Thương binh và Xã hội kết quả năm 2023 trước ngày 20/12/2023.",
  "decimal", "d4"),
  P("2.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện trong dự toán chi thường xuyên của các cơ quan, đơn vị " +
    "theo phân cấp ngân sách hiện hành.", "decimal", "d4"),
  ...sign(["Bộ LĐ-TBXH (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Đỗ Thị Minh Hoa"),
];

// The OCR copy: prose broken at the scanned line ends, table cells joined by spaces, page numbers, shape errors.
function ocr() {
  const lines = [];
  for (const line of toText(blocks).split("\n")) {
    if (line.includes("\t")) lines.push(line.split("\t").filter(Boolean).join("  "));
    else if (!line) lines.push("");
    else lines.push(...wrap(line, 430, 13, false, 400));
  }
  let t = lines.join("\n").replace(/\n\n+/g, "\n");
  const at = (after, page) => { t = t.replace(after, after + "\n" + page); };
  at("Nâng cao năng lực, bảo đảm điều kiện thực hiện", "2");
  at("CÁC HOẠT ĐỘNG TRỌNG TÂM", "- 3 -");
  const fix = [["Số: 205/KH-UBND", "Số: 2O5/KH-UBND"], ["ngày 05 tháng 4 năm 2023", "ngày O5 tháng 4 năm 2O23"],
    ["15/5/2023", "l5/5/2023"], ["30/6/2023", "3O/6/2O23"], ["31/8/2023", "3l/8/2O23"], ["tháng 6/2023", "tháng 6/2O23"],
    ["30/10/2023", "3O/1O/2023"], ["11/2023.", "1l/2023."], ["15/11/2023", "l5/11/2O23"], ["10/8", "lO/8"],
    ["15/12/2023", "15/I2/2023"], ["20/12/2023", "2O/12/2O23"], ["Sở Nội vụ chủ trì", "Sờ Nội vụ chủ trì"],
    ["Sở Y tế chủ trì", "Sờ Y tế chủ trì"], ["với Sở Tư pháp", "với Sờ Tư pháp"], ["Tháng 10/2023", "Tháng lO/2023"]];
  for (const [a, b] of fix) {
    if (!t.includes(a)) throw new Error("ocr: " + a);
    t = t.replace(a, b);
  }
  // the signed seal and signature come out as noise
  return t.replace("Đỗ Thị Minh Hoa", "~ ;.\nĐỗ Thị Minh Hoa") + "\n";
}

const tasks = [
  task("II.1.a", "Xây dựng chuyên mục “Bình đẳng giới” trên Cổng Thông tin điện tử tỉnh", "2023-05-14", [LD],
    ["Sở Thông tin và Truyền thông"]),
  task("II.1.c", "Tập huấn kỹ năng phòng, chống xâm hại cho hội viên phụ nữ các xã đặc biệt khó khăn", "2023-09-30",
    [PN], [LD]),
  task("II.2.a", "Rà soát tỷ lệ nữ tham gia cấp ủy, nữ cán bộ lãnh đạo, quản lý trong các cơ quan hành chính nhà " +
    "nước", "2023-06-29", ["Sở Nội vụ"]),
  task("II.2.b", "Cập nhật bộ chỉ tiêu thống kê giới cấp tỉnh", "2023-08-31", [LD], ["Cục Thống kê tỉnh"]),
  task("II.2.c", "Bố trí, kiện toàn cán bộ phụ trách công tác bình đẳng giới cấp xã", "2023-06-30", ["@districts"]),
  task("II.3.a", "Rà soát, củng cố các địa chỉ tin cậy, đường dây nóng tiếp nhận tin báo về bạo lực gia đình",
    "2023-10-29", ["Công an tỉnh"], ["Sở Tư pháp"]),
  task("II.3.b", "Triển khai phòng tư vấn, hỗ trợ nạn nhân bạo lực trên cơ sở giới tại trung tâm y tế các huyện",
    "2023-11-30", ["Sở Y tế"]),
  task("1", "Lễ mít tinh hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở " +
    "giới", "2023-11-15", [LD], ["UBND huyện Chợ Mới"]),
  task("2", "Hội thi “Cán bộ Hội giỏi về bình đẳng giới” cấp tỉnh", "2023-10-31", [PN], [VH]),
  task("3", "Kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới tại huyện Pác Nặm, huyện Na Rì",
    "2023-08-25", [LD], ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
  task("4", "Báo cáo kết quả thực hiện công tác bình đẳng giới năm 2023", "2023-12-14", ["@departments", "@districts"]),
  task("IV.1", "Tổng hợp, báo cáo kết quả thực hiện công tác bình đẳng giới năm 2023", "2023-12-19", [LD]),
];

await build(DIR, {
  blocks, printer: "weasyprint", txt: ocr(),
  expected: {
    id: ID,
    style: "Kế hoạch 205/KH-UBND of UBND tỉnh Bắc Kạn, 05/4/2023, bình đẳng giới 2023: prose outline I-IV with " +
      "1./a) items and a small task table in III (STT | Hoạt động | Chủ trì | Phối hợp | Thời gian). plan.txt is an " +
      "OCR copy of the scanned signed plan: lines broken at the scan's line ends, table cells joined by spaces, " +
      "stray page numbers '2' and '- 3 -', seal noise, and only shape confusions: O for 0 and l / I for 1 inside " +
      "numbers ('Số: 2O5/KH-UBND', 'O5 tháng 4 năm 2O23', 'l5/5/2023', '3O/6/2O23', '3l/8/2O23', '3O/1O/2023', " +
      "'lO/8', '15/I2/2023'), 'Sờ' for 'Sở' (Sờ Nội vụ, Sờ Y tế, Sờ Tư pháp). The answer is the TRUE plan (number " +
      "205/KH-UBND, dates as printed in the Word files/PDF, WeasyPrint). refs: the outline path for prose items, " +
      "the table's own STT for table rows. Dates (2023): II.1.a 'trước 15/5' -> 14/5 Sun -> 15/5; II.1.b " +
      "'thường xuyên' no task; II.1.c 'quý III' 30/9 Sat -> 2/10; II.2.a 'báo cáo UBND tỉnh trước 30/6' -> 29/6 " +
      "(UBND tỉnh recipient); II.2.b 'chậm nhất 31/8' Thu; II.2.c 'trong tháng 6' 30/6 Fri, lead @districts; " +
      "II.3.a 'trước 30/10' -> 29/10 Sun -> 30/10; II.3.b 'từ tháng 7 đến hết tháng 11' 30/11; table 1 'Ngày " +
      "15/11' Wed (Sở Lao động - TB&XH = Sở Lao động - Thương binh và Xã hội); 2 'Tháng 10' 31/10; 3 'Từ 10/8 " +
      "đến 25/8' 25/8 Fri; 4 'Trước 15/12' -> 14/12, lead @departments + @districts (Sở LĐ-TBXH the recipient); " +
      "IV.1 'trước 20/12' -> 19/12 (UBND tỉnh and the Ministry recipients); IV.2 no date, no task.",
    province: "Bắc Kạn",
    plan: { number: "205/KH-UBND", date: "2023-04-05" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
