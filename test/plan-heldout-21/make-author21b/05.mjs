// 05: Lai Châu 2026 (after the reorganisation) — a Party document: the Chương trình hành động of the Ban Thường
// vụ Tỉnh ủy implementing a Politburo resolution. Party header (TỈNH ỦY LAI CHÂU / * / Số 21-CTr/TU | ĐẢNG CỘNG
// SẢN VIỆT NAM, the date under it), no state motto; parts I-III are aims, targets and general solutions (no units,
// no dates, one done item); part IV assigns Party bodies, each a numbered label with its a)-d) points or one
// sentence. Party wording: "lãnh đạo, chỉ đạo", "tham mưu Ban Thường vụ Tỉnh ủy", "trình Ban Thường vụ".
// Signed T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC. plan.pdf: LibreOffice from plan-auto.docx.
import { build, task } from "./lib.mjs";

const ID = "05-lai-chau-2026-party-action-programme-party-bodies-labels";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, list: R, indent: false });
let n = 0;
const item = (num, text, bold = false) => ({ t: "p", num, text, bold, list: { kind: "decimal", inst: "D" + n } });
const pt = (num, text, inst) => ({ t: "p", num, text, list: { kind: "letter", inst } });
const dash = (text, inst) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const p = (text) => ({ t: "p", text });

const DUB = "Đảng ủy Ủy ban nhân dân tỉnh";
const DDH = "Đảng đoàn Hội đồng nhân dân tỉnh";
const MT = "Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam, các đoàn thể tỉnh";
const TG = "Ban Tuyên giáo và Dân vận Tỉnh ủy";
const TC = "Ban Tổ chức Tỉnh ủy";
const KT = "Ủy ban Kiểm tra Tỉnh ủy";
const VP = "Văn phòng Tỉnh ủy";
const DU = "Các đảng ủy trực thuộc Tỉnh ủy";

const blocks = [
  { t: "table", borders: false, widths: [4000, 5400], rows: [
    [{ text: "TỈNH ỦY LAI CHÂU\n*", bold: true, align: "center" },
      { text: "ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, align: "center" }],
    [{ text: "Số 21-CTr/TU", align: "center" },
      { text: "Lai Châu, ngày 14 tháng 01 năm 2026", italic: true, align: "center" }],
  ] },
  { t: "p", text: "CHƯƠNG TRÌNH HÀNH ĐỘNG", bold: true, align: "center", indent: false },
  { t: "p", text: "thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng " +
    "và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới", bold: true, align: "center",
    indent: false },
  { t: "p", text: "-----", align: "center", indent: false },
  p("Thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành " +
    "pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới (sau đây gọi tắt là Nghị quyết số " +
    "66-NQ/TW), Ban Thường vụ Tỉnh ủy xây dựng Chương trình hành động như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  item("1.", "Quán triệt sâu sắc, đầy đủ quan điểm, mục tiêu, nhiệm vụ, giải pháp của Nghị quyết số 66-NQ/TW đến " +
    "cán bộ, đảng viên; tạo chuyển biến mạnh mẽ về nhận thức và hành động của cấp ủy, tổ chức đảng, chính quyền, " +
    "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội về công tác xây dựng và thi hành pháp luật."),
  item("2.", "Xác định rõ nhiệm vụ trọng tâm, trách nhiệm của từng cấp ủy, tổ chức đảng, cơ quan, đơn vị; gắn " +
    "việc thực hiện Chương trình với thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV."),
  sec("II.", "MỤC TIÊU"),
  dash("Đến năm 2027, hoàn thành việc rà soát, xử lý các vướng mắc, bất cập trong văn bản quy phạm pháp luật " +
    "của tỉnh; 100% dự thảo nghị quyết, quyết định quy phạm pháp luật được lấy ý kiến đối tượng chịu tác động.", "M"),
  dash("Đến năm 2030, 100% văn bản quy phạm pháp luật của tỉnh được cập nhật kịp thời trên Cơ sở dữ liệu quốc gia " +
    "về pháp luật; chỉ số tiếp cận pháp luật của người dân đạt mức khá trở lên.", "M"),
  sec("III.", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
  (n++, item("1.", "Tăng cường sự lãnh đạo của cấp ủy, tổ chức đảng đối với công tác xây dựng và thi hành pháp " +
    "luật. Các cấp ủy, tổ chức đảng thường xuyên quán triệt, đưa nội dung này vào nghị quyết lãnh đạo hằng năm; " +
    "người đứng đầu trực tiếp chỉ đạo, chịu trách nhiệm về chất lượng văn bản do cơ quan mình tham mưu.")),
  item("2.", "Đổi mới quy trình xây dựng văn bản quy phạm pháp luật của tỉnh theo hướng chủ động, kịp thời, " +
    "không để khoảng trống pháp lý; tăng cường lấy ý kiến, đối thoại với người dân, doanh nghiệp."),
  item("3.", "Nâng cao hiệu quả tổ chức thi hành pháp luật; đẩy mạnh ứng dụng công nghệ số trong phổ biến, giáo " +
    "dục pháp luật, trợ giúp pháp lý cho đồng bào dân tộc thiểu số ở vùng sâu, vùng xa."),
  item("4.", "Bảo đảm nguồn lực cho công tác xây dựng và thi hành pháp luật. Năm 2025, tỉnh đã kiện toàn tổ chức " +
    "pháp chế tại 100% sở, ban, ngành và bố trí công chức làm công tác tư pháp tại các xã, phường mới; tiếp " +
    "tục bồi dưỡng, nâng cao năng lực đội ngũ này."),
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  (n++, item("1.", DU, true)),
  pt("a)", "Tổ chức học tập, quán triệt Nghị quyết số 66-NQ/TW và Chương trình hành động này đến cán bộ, đảng " +
    "viên, hoàn thành trong quý I/2026.", "A1"),
  pt("b)", "Xây dựng kế hoạch thực hiện phù hợp với tình hình của địa phương, đơn vị, gửi về Văn phòng Tỉnh ủy " +
    "trước ngày 15/3/2026.", "A1"),
  pt("c)", "Hằng năm, đưa nội dung lãnh đạo thực hiện Nghị quyết vào chương trình kiểm tra, giám sát của cấp ủy.",
    "A1"),
  item("2.", "Đảng ủy Ủy ban nhân dân tỉnh", true),
  pt("a)", "Lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai thực hiện Chương trình hành động, " +
    "hoàn thành trước ngày 28/02/2026.", "A2"),
  pt("b)", "Chỉ đạo Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát, hệ thống hóa văn bản quy phạm pháp luật " +
    "do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành từ năm 2016 đến nay, đề xuất sửa đổi, thay thế, bãi bỏ; " +
    "hoàn thành trong tháng 6/2026.", "A2"),
  pt("c)", "Chỉ đạo bố trí đủ biên chế, kinh phí cho công tác xây dựng, kiểm tra, rà soát văn bản và phổ biến, " +
    "giáo dục pháp luật.", "A2"),
  pt("d)", "Lãnh đạo xây dựng Đề án \"Nâng cao chất lượng đội ngũ cán bộ làm công tác xây dựng và thi hành pháp " +
    "luật tỉnh Lai Châu giai đoạn 2026 - 2030\", trình Ban Thường vụ Tỉnh ủy trong quý III/2026.", "A2"),
  item("3.", "Đảng đoàn Hội đồng nhân dân tỉnh", true),
  pt("a)", "Lãnh đạo Thường trực Hội đồng nhân dân tỉnh xây dựng và tổ chức giám sát chuyên đề việc ban hành, thi " +
    "hành văn bản quy phạm pháp luật trên địa bàn tỉnh trong năm 2026.", "A3"),
  pt("b)", "Chỉ đạo đổi mới hoạt động chất vấn, giải trình tại các kỳ họp; tăng thời lượng thảo luận các dự thảo " +
    "nghị quyết quy phạm pháp luật.", "A3"),
  item("4.", "Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam, các đoàn thể tỉnh lãnh đạo Ủy ban Mặt trận Tổ quốc Việt " +
    "Nam tỉnh và các tổ chức chính trị - xã hội tăng cường phản biện xã hội đối với dự thảo văn bản; ban hành " +
    "hướng dẫn phản biện xã hội đối với dự thảo văn bản quy phạm pháp luật của tỉnh trước ngày 30/6/2026."),
  item("5.", "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo Báo và " +
    "Phát thanh, Truyền hình Lai Châu mở chuyên trang, chuyên mục \"Pháp luật và đời sống\", hoàn thành trong " +
    "tháng 3/2026; định hướng tuyên truyền về Nghị quyết trong suốt quá trình thực hiện."),
  item("6.", "Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Đảng ủy Ủy ban nhân dân tỉnh tham mưu Ban Thường vụ Tỉnh " +
    "ủy ban hành quy định về trách nhiệm của người đứng đầu trong công tác xây dựng và thi hành pháp luật, " +
    "hoàn thành trước ngày 30/9/2026."),
  item("7.", "Ủy ban Kiểm tra Tỉnh ủy đưa việc lãnh đạo thực hiện Nghị quyết số 66-NQ/TW vào chương trình kiểm " +
    "tra, giám sát hằng năm; tổ chức kiểm tra chuyên đề tại một số đảng ủy trực thuộc Tỉnh ủy trong quý IV/2026."),
  item("8.", "Văn phòng Tỉnh ủy", true),
  pt("a)", "Theo dõi, đôn đốc, định kỳ 6 tháng, hằng năm tổng hợp tình hình, báo cáo Ban Thường vụ Tỉnh ủy.", "A8"),
  pt("b)", "Chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy sơ kết 02 năm " +
    "thực hiện Chương trình hành động trong quý IV/2027.", "A8"),
  p("Chương trình hành động này được quán triệt đến chi bộ và đảng viên./."),
  { t: "table", borders: false, widths: [4600, 4800], rows: [[
    { text: "Nơi nhận:\n- Ban Bí thư (b/c),\n- Văn phòng Trung ương Đảng (b/c),\n- Ban Chính sách, chiến lược " +
      "Trung ương (b/c),\n- Các đồng chí Tỉnh ủy viên,\n- Các đảng ủy trực thuộc Tỉnh ủy,\n- Các ban, cơ quan " +
      "tham mưu giúp việc Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy.", align: "left" },
    { text: "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\n\nVũ Mạnh Hà", bold: true, align: "center" },
  ]] },
];

const tasks = [
  task("IV.1.a", "Tổ chức học tập, quán triệt Nghị quyết số 66-NQ/TW và Chương trình hành động đến cán bộ, đảng " +
    "viên", "2026-03-31", [DU]),
  task("IV.1.b", "Xây dựng kế hoạch thực hiện phù hợp với tình hình của địa phương, đơn vị", "2026-03-14", [DU]),
  task("IV.2.a", "Lãnh đạo, chỉ đạo UBND tỉnh ban hành kế hoạch triển khai thực hiện Chương trình hành động",
    "2026-02-27", [DUB]),
  task("IV.2.b", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành từ năm 2016 đến " +
    "nay, đề xuất sửa đổi, thay thế, bãi bỏ", "2026-06-30", ["Sở Tư pháp"], ["Sở Nội vụ"]),
  task("IV.2.d", "Xây dựng Đề án \"Nâng cao chất lượng đội ngũ cán bộ làm công tác xây dựng và thi hành pháp luật " +
    "tỉnh Lai Châu giai đoạn 2026 - 2030\"", "2026-09-30", [DUB]),
  task("IV.3.a", "Xây dựng và tổ chức giám sát chuyên đề việc ban hành, thi hành văn bản quy phạm pháp luật trên " +
    "địa bàn tỉnh", "2026-12-31", [DDH]),
  task("IV.4", "Ban hành hướng dẫn phản biện xã hội đối với dự thảo văn bản quy phạm pháp luật của tỉnh",
    "2026-06-29", [MT]),
  task("IV.5", "Chỉ đạo Báo và Phát thanh, Truyền hình Lai Châu mở chuyên trang, chuyên mục \"Pháp luật và đời " +
    "sống\"", "2026-03-31", [TG], [DUB]),
  task("IV.6", "Tham mưu ban hành quy định về trách nhiệm của người đứng đầu trong công tác xây dựng và thi hành " +
    "pháp luật", "2026-09-29", [TC], [DUB]),
  task("IV.7", "Kiểm tra chuyên đề tại một số đảng ủy trực thuộc Tỉnh ủy", "2026-12-31", [KT]),
  task("IV.8.b", "Tham mưu sơ kết 02 năm thực hiện Chương trình hành động", "2027-12-31", [VP], [TG]),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Chương trình hành động 21-CTr/TU of the Ban Thường vụ Tỉnh ủy Lai Châu, 14/01/2026 (after the " +
      "reorganisation), implementing Nghị quyết 66-NQ/TW. Party header: 'TỈNH ỦY LAI CHÂU / * / Số 21-CTr/TU' | " +
      "'ĐẢNG CỘNG SẢN VIỆT NAM' with the date under it (no state motto); signed 'T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ " +
      "THƯỜNG TRỰC'. I aims, II targets (2027/2030, no unit), III general solutions (recurring; III.4 done in " +
      "2025): no tasks. IV assigns Party bodies: items 1, 2, 3, 8 are bold labels naming the body, their a)-d) " +
      "points take it as lead (refs IV.n.x); items 4-7 are one sentence each (ref IV.n). Reading: the labelled " +
      "or named Party body leads ('lãnh đạo, chỉ đạo X …' keeps the Party body as lead, X is the object), " +
      "except where the sentence gives the work to a body with 'chủ trì' (IV.2.b: Sở Tư pháp chủ trì, phối hợp " +
      "với Sở Nội vụ). 'tham mưu / trình / báo cáo Ban Thường vụ Tỉnh ủy', 'gửi Văn phòng Tỉnh ủy' are " +
      "recipients. Left out: IV.1.c and IV.8.a (hằng năm, định kỳ), IV.2.c, IV.3.b (undated), IV.5's ongoing " +
      "guidance, IV.7's yearly programme. Dates: 'quý I' 31/3; 'trước ngày 15/3' 14/3 (Sat) -> 16/3; 'trước " +
      "ngày 28/02' 27/2; 'tháng 6' 30/6; 'quý III' 30/9; 'trong năm 2026' 31/12; 'trước ngày 30/6' 29/6; " +
      "'trước ngày 30/9' 29/9; 'quý IV/2027' 31/12/2027. Unresolved: the Party bodies as written (Đảng ủy Ủy " +
      "ban nhân dân tỉnh, Đảng đoàn Hội đồng nhân dân tỉnh, Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam, các đoàn " +
      "thể tỉnh, Ban Tuyên giáo và Dân vận " +
      "Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Tỉnh ủy, Các đảng ủy trực thuộc Tỉnh " +
      "ủy). PDF: LibreOffice.",
    province: "Lai Châu",
    plan: { number: "21-CTr/TU", date: "2026-01-14" },
    tasks,
  },
});
