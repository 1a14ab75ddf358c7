// 08: Thái Nguyên 2025 (after the reorganisation) — the Front's own yearly supervision plan: Ban Thường trực Ủy ban
// MTTQ Việt Nam tỉnh, Kế hoạch giám sát năm 2026. Its table has an "Đối tượng giám sát" column naming the
// departments and communes being supervised (they are no units of the task) before the chủ trì / phối hợp
// columns; the mass organisations (now under the Front) lead some rows. Part III social critique: one undated
// (when drafts are sent), one dated; part IV dated steps, a relative deadline with no anchor, a request to UBND
// tỉnh. plan.pdf: LibreOffice, distilled again by Ghostscript pdfwrite (a virtual PDF printer).
import { build, task } from "./lib.mjs";

const ID = "08-thai-nguyen-2025-front-supervision-plan-supervised-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh";
const BTT = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh";
const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, list: R, indent: false });
const k = (num, text, inst) => ({ t: "p", num, text, list: { kind: "decimal", inst } });
const pt = (num, text, inst) => ({ t: "p", num, text, list: { kind: "letter", inst } });
const c = (n) => ({ text: String(n), list: { kind: "cell", inst: "T" }, align: "center" });

const blocks = [
  { t: "table", borders: false, widths: [4000, 5400], rows: [
    [{ text: "ỦY BAN MTTQ VIỆT NAM\nTỈNH THÁI NGUYÊN\nBAN THƯỜNG TRỰC", bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 58/KH-MTTQ-BTT", align: "center" },
      { text: "Thái Nguyên, ngày 15 tháng 12 năm 2025", italic: true, align: "center" }],
  ] },
  { t: "p", text: "KẾ HOẠCH", bold: true, align: "center", indent: false },
  { t: "p", text: "Giám sát, phản biện xã hội năm 2026", bold: true, align: "center", indent: false },
  { t: "p", text: "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015 (sửa đổi, bổ sung năm 2025); Quy chế giám sát và " +
    "phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội; căn cứ Chương trình phối " +
    "hợp thống nhất hành động năm 2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh xây dựng Kế hoạch giám sát, phản " +
    "biện xã hội năm 2026 như sau:" },
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  k("1.", "Phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong giám sát việc thực hiện " +
    "chính sách, pháp luật; kịp thời kiến nghị khắc phục hạn chế, bất cập.", "K1"),
  k("2.", "Giám sát có trọng tâm, trọng điểm; không chồng chéo với hoạt động thanh tra, kiểm tra, giám sát của " +
    "các cơ quan khác.", "K1"),
  sec("II.", "NỘI DUNG GIÁM SÁT"),
  { t: "table", header: 1, widths: [750, 2350, 1800, 1600, 1600, 1300], rows: [
    ["STT", "Nội dung giám sát", "Đối tượng giám sát", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
    [c(1), "Việc giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông",
      "Trung tâm Phục vụ hành chính công tỉnh; Sở Tài chính", BTT, "Liên đoàn Lao động tỉnh; Hội Cựu chiến binh " +
      "tỉnh", "Quý II/2026"],
    [c(2), "Việc thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế đối với người lao động",
      "Bảo hiểm xã hội tỉnh; 05 doanh nghiệp trong khu công nghiệp Yên Bình", "Liên đoàn Lao động tỉnh", BTT,
      "Tháng 5/2026"],
    [c(3), "Việc thực hiện chính sách hỗ trợ phát triển sản xuất nông nghiệp, sản phẩm OCOP",
      "Sở Nông nghiệp và Môi trường; UBND xã Phú Đình, UBND xã Chợ Đồn", "Hội Nông dân tỉnh",
      "Hội Liên hiệp Phụ nữ tỉnh", "Quý III/2026"],
    [c(4), "Việc thực hiện Luật Thực hiện dân chủ ở cơ sở", "UBND phường Phan Đình Phùng, UBND xã Đại Từ, UBND xã " +
      "Bạch Thông", BTT, "Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn", "Tháng 8/2026"],
    [c(5), "Việc bảo đảm an toàn thực phẩm trong bếp ăn tập thể trường học", "Sở Giáo dục và Đào tạo; Sở Y tế",
      "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn", "Tháng 10/2026"],
    [c(6), "Việc thực hiện chế độ, chính sách đối với cựu chiến binh", "Sở Nội vụ", "Hội Cựu chiến binh tỉnh", "",
      "Quý IV/2026"],
  ] },
  sec("III.", "PHẢN BIỆN XÃ HỘI"),
  k("1.", "Tổ chức phản biện xã hội đối với các dự thảo nghị quyết của HĐND tỉnh, quyết định của UBND tỉnh liên " +
    "quan trực tiếp đến quyền, lợi ích hợp pháp của Nhân dân khi được cơ quan chủ trì soạn thảo gửi đến.", "K3"),
  k("2.", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì, phối hợp với Hội Nông dân tỉnh tổ chức hội nghị phản " +
    "biện xã hội dự thảo Đề án phát triển kinh tế tập thể, hợp tác xã tỉnh Thái Nguyên giai đoạn 2026 - 2030, " +
    "hoàn thành trước ngày 30/4/2026.", "K3"),
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  k("1.", "Cơ quan chủ trì cuộc giám sát xây dựng kế hoạch, thành lập đoàn giám sát, gửi kế hoạch đến đối tượng " +
    "giám sát chậm nhất 15 ngày trước khi tiến hành giám sát.", "K4"),
  k("2.", "Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường xây dựng kế hoạch giám sát, phản biện xã hội năm 2026 " +
    "của cấp mình, hoàn thành trước ngày 31/01/2026.", "K4"),
  k("3.", "Giao Văn phòng Ủy ban MTTQ Việt Nam tỉnh:", "K4"),
  pt("a)", "Tổng hợp kết quả giám sát 6 tháng đầu năm 2026, báo cáo Ban Thường trực trước ngày 20/6/2026;", "A"),
  pt("b)", "Tổng hợp kết quả giám sát, phản biện xã hội năm 2026, báo cáo Ban Thường trực trước ngày 15/11/2026;", "A"),
  pt("c)", "Theo dõi, đôn đốc việc trả lời kiến nghị sau giám sát của các cơ quan, đơn vị.", "A"),
  k("4.", "Đề nghị UBND tỉnh chỉ đạo các cơ quan, địa phương là đối tượng giám sát chuẩn bị báo cáo, cung cấp " +
    "thông tin, tài liệu và tạo điều kiện để đoàn giám sát hoàn thành nhiệm vụ./.", "K4"),
  { t: "table", borders: false, widths: [4400, 5000], rows: [[
    { text: "Nơi nhận:\n- Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam (b/c);\n- Thường trực Tỉnh ủy (b/c);\n" +
      "- Thường trực HĐND tỉnh, UBND tỉnh;\n- Các tổ chức chính trị - xã hội tỉnh;\n- Các cơ quan, đơn vị là " +
      "đối tượng giám sát;\n- Ban Thường trực Ủy ban MTTQ các xã, phường;\n- Lưu: VT.", align: "left" },
    { text: "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n\n\nHoàng Thị Thanh Huyền", bold: true, align: "center" },
  ]] },
];

const VPMT = "Văn phòng Ủy ban MTTQ Việt Nam tỉnh";
const tasks = [
  task("1", "Giám sát việc giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông", "2026-06-30",
    [MT], ["Liên đoàn Lao động tỉnh", "Hội Cựu chiến binh tỉnh"]),
  task("2", "Giám sát việc thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế đối với người lao động",
    "2026-05-31", ["Liên đoàn Lao động tỉnh"], [MT]),
  task("3", "Giám sát việc thực hiện chính sách hỗ trợ phát triển sản xuất nông nghiệp, sản phẩm OCOP",
    "2026-09-30", ["Hội Nông dân tỉnh"], ["Hội Liên hiệp Phụ nữ tỉnh"]),
  task("4", "Giám sát việc thực hiện Luật Thực hiện dân chủ ở cơ sở", "2026-08-31", [MT],
    ["Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"]),
  task("5", "Giám sát việc bảo đảm an toàn thực phẩm trong bếp ăn tập thể trường học", "2026-10-31",
    ["Hội Liên hiệp Phụ nữ tỉnh"], ["Tỉnh đoàn"]),
  task("6", "Giám sát việc thực hiện chế độ, chính sách đối với cựu chiến binh", "2026-12-31",
    ["Hội Cựu chiến binh tỉnh"]),
  task("III.2", "Tổ chức hội nghị phản biện xã hội dự thảo Đề án phát triển kinh tế tập thể, hợp tác xã tỉnh Thái " +
    "Nguyên giai đoạn 2026 - 2030", "2026-04-29", [MT], ["Hội Nông dân tỉnh"]),
  task("IV.2", "Xây dựng kế hoạch giám sát, phản biện xã hội năm 2026 của cấp mình", "2026-01-30",
    ["Ủy ban MTTQ Việt Nam cấp xã"]),
  task("IV.3.a", "Tổng hợp kết quả giám sát 6 tháng đầu năm 2026", "2026-06-19", [VPMT]),
  task("IV.3.b", "Tổng hợp kết quả giám sát, phản biện xã hội năm 2026", "2026-11-14", [VPMT]),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 58/KH-MTTQ-BTT of the Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên, 15/12/2025 " +
      "(after the reorganisation; merged province, communes and wards only), the Front's supervision and social " +
      "critique plan for 2026; header ỦY BAN MTTQ VIỆT NAM / TỈNH THÁI NGUYÊN / BAN THƯỜNG TRỰC, signed TM. BAN " +
      "THƯỜNG TRỰC / PHÓ CHỦ TỊCH. II a table STT | Nội dung giám sát | Đối tượng giám sát | Cơ quan chủ trì | " +
      "Cơ quan phối hợp | Thời gian: the supervised bodies (Trung tâm PVHCC, Sở Tài chính, BHXH tỉnh, UBND xã …, " +
      "Sở Nội vụ) are NOT units of the task; each row a task of its chủ trì (title 'Giám sát ' + content). " +
      "'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh' = Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (directory). Mass " +
      "organisations as the directory spells them. III.1 (when drafts are sent) and IV.1 (15 days before each " +
      "supervision, no anchor) undated; IV.3.c, IV.4 (Đề nghị UBND tỉnh, undated) left out. IV.2 'Ban Thường " +
      "trực Ủy ban MTTQ Việt Nam các xã, phường' -> Ủy ban MTTQ Việt Nam cấp xã (as UBND các xã, phường -> " +
      "UBND cấp xã). IV.3 'Giao Văn phòng …:' label, a)/b) take it as lead; 'báo cáo Ban Thường trực' " +
      "recipient. Dates: 'Quý II' 30/6; 'Tháng 5/2026' 31/5 (Sun) -> 1/6; 'Quý III' 30/9; 'Tháng 8' 31/8; " +
      "'Tháng 10' 31/10 (Sat) -> 2/11; 'Quý IV' 31/12; 'trước ngày 30/4/2026' 29/4 (the 27/4 Giỗ Tổ and 30/4 " +
      "are off, 29/4 a workday); 'trước ngày 31/01/2026' 30/1; 'trước ngày 20/6' 19/6; 'trước ngày 15/11' " +
      "14/11 (Sat) -> 16/11. Unresolved: Văn phòng Ủy ban MTTQ Việt Nam tỉnh, Ủy ban MTTQ Việt Nam cấp xã. " +
      "PDF: LibreOffice + Ghostscript pdfwrite.",
    province: "Thái Nguyên",
    plan: { number: "58/KH-MTTQ-BTT", date: "2025-12-15" },
    tasks,
  },
});
