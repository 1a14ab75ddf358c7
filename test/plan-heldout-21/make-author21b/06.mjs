// 06: Thái Nguyên 2024 (before the reorganisation) — a Quy chế phối hợp between UBND tỉnh and the Ban Thường vụ
// Hội Nông dân tỉnh, signed by both: a regulation in Chương / Điều / khoản, not a plan. Most articles are standing
// rules (principles, yearly meetings "vào tháng 12 hằng năm", reports "trước ngày 15/6 và 15/12 hằng năm"); the
// dated first steps are in Điều 5.2 and in Điều 9 "Tổ chức thực hiện". Joint header (two issuers stacked, one
// joint number), two signatures side by side with the Nơi nhận under them. plan.pdf: WeasyPrint from the HTML.
import { build, task } from "./lib.mjs";

const ID = "06-thai-nguyen-2024-quy-che-phoi-hop-chapters-articles-first-steps";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const HND = "Hội Nông dân tỉnh";
const chap = (a, b) => ({ t: "p", text: a + "\n" + b, bold: true, align: "center", indent: false });
const art = (text) => ({ t: "p", text, bold: true });
const k = (num, text, inst) => ({ t: "p", num, text, list: { kind: "decimal", inst } });

const blocks = [
  { t: "table", borders: false, widths: [4300, 5100], rows: [
    [{ text: "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nBAN THƯỜNG VỤ\nHỘI NÔNG DÂN TỈNH", bold: true,
      align: "center" },
    { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 01/QCPH-UBND-HND", align: "center" },
      { text: "Thái Nguyên, ngày 26 tháng 3 năm 2024", italic: true, align: "center" }],
  ] },
  { t: "p", text: "QUY CHẾ PHỐI HỢP", bold: true, align: "center", indent: false },
  { t: "p", text: "giữa Ủy ban nhân dân tỉnh và Ban Thường vụ Hội Nông dân tỉnh Thái Nguyên\ngiai đoạn 2024 - 2029",
    bold: true, align: "center", indent: false },
  { t: "p", text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của " +
    "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019; Điều lệ Hội Nông dân Việt " +
    "Nam; Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ;" },
  { t: "p", text: "Trên cơ sở kết quả tổng kết Quy chế phối hợp giai đoạn 2019 - 2023 (Hội nghị tổng kết đã tổ chức " +
    "ngày 12/12/2023), Ủy ban nhân dân tỉnh và Ban Thường vụ Hội Nông dân tỉnh thống nhất ban hành Quy chế phối " +
    "hợp công tác giai đoạn 2024 - 2029 như sau:" },
  chap("Chương I", "QUY ĐỊNH CHUNG"),
  art("Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng"),
  k("1.", "Quy chế này quy định nguyên tắc, nội dung, phương thức phối hợp giữa Ủy ban nhân dân tỉnh (sau đây " +
    "gọi là UBND tỉnh) và Ban Thường vụ Hội Nông dân tỉnh (sau đây gọi là Ban Thường vụ Hội) trong thực hiện " +
    "nhiệm vụ liên quan đến nông nghiệp, nông dân, nông thôn.", "K1"),
  k("2.", "Quy chế áp dụng đối với các sở, ban, ngành thuộc UBND tỉnh, UBND các huyện, thành phố và Hội Nông " +
    "dân các cấp.", "K1"),
  art("Điều 2. Nguyên tắc phối hợp"),
  k("1.", "Phối hợp trên cơ sở chức năng, nhiệm vụ, quyền hạn của mỗi bên theo quy định của pháp luật và Điều " +
    "lệ Hội; bảo đảm sự lãnh đạo của Tỉnh ủy.", "K2"),
  k("2.", "Chủ động, thường xuyên, kịp thời; việc phát sinh ngoài Quy chế do hai bên trao đổi, thống nhất.", "K2"),
  chap("Chương II", "NỘI DUNG PHỐI HỢP"),
  art("Điều 3. Phối hợp tuyên truyền, vận động hội viên, nông dân"),
  { t: "p", text: "UBND tỉnh chỉ đạo các cơ quan chuyên môn thường xuyên cung cấp thông tin về chủ trương, chính " +
    "sách phát triển nông nghiệp, nông thôn để Hội Nông dân tuyên truyền đến hội viên; Hội Nông dân tỉnh vận " +
    "động nông dân tham gia xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu." },
  art("Điều 4. Phối hợp hỗ trợ nông dân phát triển sản xuất"),
  k("1.", "Hằng năm, UBND tỉnh xem xét bố trí vốn ngân sách tỉnh ủy thác qua Quỹ Hỗ trợ nông dân tỉnh theo khả " +
    "năng cân đối ngân sách.", "K4"),
  k("2.", "Hội Nông dân tỉnh chủ trì tổ chức Hội chợ nông sản, sản phẩm OCOP tỉnh Thái Nguyên vào tháng 11 hằng " +
    "năm; các sở, ngành liên quan phối hợp.", "K4"),
  art("Điều 5. Phối hợp tham gia xây dựng chính sách, pháp luật"),
  k("1.", "Các cơ quan chủ trì soạn thảo gửi Hội Nông dân tỉnh dự thảo văn bản liên quan đến quyền, lợi ích của " +
    "nông dân để lấy ý kiến trước khi trình UBND tỉnh.", "K5"),
  k("2.", "Sở Tư pháp gửi Hội Nông dân tỉnh danh mục văn bản quy phạm pháp luật dự kiến ban hành năm 2024 có " +
    "liên quan đến nông nghiệp, nông dân, nông thôn trước ngày 15/4/2024.", "K5"),
  chap("Chương III", "CHẾ ĐỘ HỘI HỌP, THÔNG TIN"),
  art("Điều 6. Chế độ hội họp"),
  { t: "p", text: "Định kỳ vào tháng 12 hằng năm, UBND tỉnh và Ban Thường vụ Hội tổ chức hội nghị liên tịch đánh giá " +
    "kết quả phối hợp trong năm và thống nhất nội dung phối hợp năm sau. Hội nghị do Chủ tịch UBND tỉnh và " +
    "Chủ tịch Hội Nông dân tỉnh đồng chủ trì." },
  art("Điều 7. Chế độ thông tin, báo cáo"),
  { t: "p", text: "Hội Nông dân tỉnh gửi báo cáo kết quả hoạt động 6 tháng trước ngày 15/6 và báo cáo năm trước " +
    "ngày 15/12 hằng năm về UBND tỉnh (qua Văn phòng UBND tỉnh)." },
  chap("Chương IV", "TỔ CHỨC THỰC HIỆN"),
  art("Điều 8. Cơ quan đầu mối"),
  { t: "p", text: "Sở Nông nghiệp và Phát triển nông thôn là cơ quan thường trực giúp UBND tỉnh; Văn phòng Hội " +
    "Nông dân tỉnh là cơ quan thường trực giúp Ban Thường vụ Hội theo dõi, đôn đốc thực hiện Quy chế." },
  art("Điều 9. Trách nhiệm thi hành"),
  k("1.", "Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Hội Nông dân tỉnh xây dựng Chương trình " +
    "phối hợp giai đoạn 2024 - 2029 thực hiện Quy chế, trình UBND tỉnh phê duyệt trong quý II/2024.", "K9"),
  k("2.", "UBND tỉnh chỉ đạo UBND các huyện, thành phố xây dựng, ký kết quy chế phối hợp với Hội Nông dân cùng " +
    "cấp, hoàn thành trước ngày 30/6/2024.", "K9"),
  k("3.", "Sở Thông tin và Truyền thông phối hợp với Hội Nông dân tỉnh xây dựng chuyên mục \"Nhà nông cần biết\" " +
    "trên Cổng thông tin điện tử tỉnh, đưa vào hoạt động trong tháng 7/2024.", "K9"),
  k("4.", "Hội Nông dân tỉnh chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức 10 lớp đào tạo " +
    "nghề ngắn hạn cho nông dân, hoàn thành trong năm 2024.", "K9"),
  k("5.", "Sở Tài chính chủ trì, phối hợp với Hội Nông dân tỉnh tham mưu UBND tỉnh bổ sung 02 tỷ đồng vốn ủy thác " +
    "cho Quỹ Hỗ trợ nông dân tỉnh trong dự toán ngân sách năm 2025, trình trước ngày 15/11/2024.", "K9"),
  k("6.", "Văn phòng UBND tỉnh chủ trì, phối hợp với Văn phòng Hội Nông dân tỉnh tham mưu tổ chức Hội nghị sơ kết " +
    "01 năm thực hiện Quy chế trong tháng 3/2025.", "K9"),
  k("7.", "Các sở, ban, ngành thuộc UBND tỉnh, Hội Nông dân các cấp có trách nhiệm thực hiện Quy chế này.", "K9"),
  art("Điều 10. Hiệu lực thi hành"),
  { t: "p", text: "Quy chế có hiệu lực kể từ ngày ký và thay thế Quy chế phối hợp số 02/QCPH-UBND-HND ngày " +
    "15/4/2019. Trong quá trình thực hiện, nếu có vướng mắc, hai bên trao đổi, thống nhất sửa đổi, bổ sung./." },
  { t: "table", borders: false, widths: [4700, 4700], rows: [
    [{ text: "TM. BAN THƯỜNG VỤ\nHỘI NÔNG DÂN TỈNH\nCHỦ TỊCH\n\n\nNguyễn Văn Tùng", bold: true, align: "center" },
      { text: "TM. ỦY BAN NHÂN DÂN TỈNH\nCHỦ TỊCH\n\n\nTrịnh Việt Hùng", bold: true, align: "center" }],
    [{ text: "Nơi nhận:\n- Trung ương Hội Nông dân Việt Nam (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Thường trực " +
      "HĐND tỉnh;\n- Chủ tịch, các PCT UBND tỉnh;\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố;\n" +
      "- Hội Nông dân các huyện, thành phố;\n- Lưu: VT UBND tỉnh, VT Hội ND tỉnh.", align: "left" }, ""],
  ] },
];

const tasks = [
  task("Điều 5.2", "Gửi Hội Nông dân tỉnh danh mục văn bản quy phạm pháp luật dự kiến ban hành năm 2024 " +
    "có liên quan đến nông nghiệp, nông dân, nông thôn", "2024-04-14", ["Sở Tư pháp"]),
  task("Điều 9.1", "Xây dựng Chương trình phối hợp giai đoạn 2024 - 2029 thực hiện Quy chế", "2024-06-30",
    ["Sở Nông nghiệp và Phát triển nông thôn"], [HND]),
  task("Điều 9.2", "Xây dựng, ký kết quy chế phối hợp với Hội Nông dân cùng cấp", "2024-06-29",
    ["UBND cấp huyện"]),
  task("Điều 9.3", "Xây dựng chuyên mục \"Nhà nông cần biết\" trên Cổng thông tin điện tử tỉnh", "2024-07-31",
    ["Sở Thông tin và Truyền thông"], [HND]),
  task("Điều 9.4", "Tổ chức 10 lớp đào tạo nghề ngắn hạn cho nông dân", "2024-12-31", [HND],
    ["Sở Lao động - Thương binh và Xã hội"]),
  task("Điều 9.5", "Tham mưu bổ sung 02 tỷ đồng vốn ủy thác cho Quỹ Hỗ trợ nông dân tỉnh trong dự toán ngân " +
    "sách năm 2025", "2024-11-14", ["Sở Tài chính"], [HND]),
  task("Điều 9.6", "Tham mưu tổ chức Hội nghị sơ kết 01 năm thực hiện Quy chế", "2025-03-31",
    ["Văn phòng UBND tỉnh"], ["Văn phòng Hội Nông dân tỉnh"]),
];

await build(DIR, {
  blocks, printer: "weasyprint",
  css: "table.nb td{font-size:11.5pt}table.nb tr:last-child td:first-child{text-align:left;font-size:11pt}",
  expected: {
    id: ID,
    style: "Quy chế phối hợp 01/QCPH-UBND-HND, 26/3/2024, between UBND tỉnh Thái Nguyên and the Ban Thường vụ " +
      "Hội Nông dân tỉnh (before the reorganisation): a regulation in Chương I-IV / Điều 1-10 / khoản 1., 2. " +
      "(Word lists), joint header (two issuers stacked, one number), two signatures side by side (TM. BAN " +
      "THƯỜNG VỤ HỘI NÔNG DÂN TỈNH | TM. ỦY BAN NHÂN DÂN TỈNH) with the Nơi nhận under them. Most articles are " +
      "standing rules: Điều 3 (thường xuyên), 4.1 (hằng năm), 4.2 (fair 'vào tháng 11 hằng năm'), 5.1, Điều 6 " +
      "(meeting 'vào tháng 12 hằng năm'), Điều 7 (reports 'trước ngày 15/6 và 15/12 hằng năm'), Điều 8 (focal " +
      "bodies), 9.7, Điều 10, and the 2019-2023 review already held: no tasks. Tasks: Điều 5.2 and Điều 9.1-9.6, " +
      "ref 'Điều article.clause'. 'X chủ trì, phối hợp với Y' X lead, Y coordinator; 9.3 'X phối hợp với Y' " +
      "without chủ trì: X lead. 9.2 'UBND tỉnh chỉ đạo UBND các huyện, thành phố …' -> UBND cấp huyện (the body that " +
      "does it; UBND tỉnh only directs), the Hội Nông dân cùng cấp is the other party of the signing, no unit. " +
      "'Ban Thường vụ Hội' / 'Hội Nông dân tỉnh' = Hội Nông dân tỉnh (directory). 'trình UBND tỉnh', 'gửi Hội " +
      "Nông dân tỉnh' recipients. Dates: 'trước ngày 15/4' 14/4 (Sun) -> 15/4; 'quý II/2024' 30/6 (Sun) -> 1/7; " +
      "'trước ngày 30/6' 29/6 (Sat) -> 1/7; 'tháng 7' 31/7; 'trong năm 2024' 31/12; 'trước ngày 15/11' 14/11; " +
      "'tháng 3/2025' 31/3. Unresolved: UBND cấp huyện, Văn phòng Hội Nông dân tỉnh. PDF: WeasyPrint.",
    province: "Thái Nguyên",
    plan: { number: "01/QCPH-UBND-HND", date: "2024-03-26" },
    tasks,
  },
});
