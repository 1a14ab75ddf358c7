// 03: Bắc Kạn, UBND tỉnh, 13/3/2024 — plan for the national target programme for ethnic-minority and mountain
// areas in 2024, in prose (I, II.1-3 with a) b) …, III). The Word files are the plan as typed and carry ENDNOTES
// (Word's default lower-roman marks i, ii, … ; the notes at the end of the document) explaining terms and citing
// the legal basis with its dates; no endnote is a task. plan.txt is the plan as it arrived forwarded by e-mail:
// the quoting line of the mail client, then every line of the plan prefixed "> " and hard-wrapped near 76
// characters; the endnote marks are "[i]" and the notes follow the signature. plan.pdf: LibreOffice from
// plan-auto.docx, then Ghostscript.
import { build, task, toText } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-bac-kan-2024-email-quoted-hard-wrapped-text-word-endnotes-legal-basis";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const BDT = "Ban Dân tộc tỉnh";
const KH = "Sở Kế hoạch và Đầu tư";
const TC = "Sở Tài chính";
const NN = "Sở Nông nghiệp và Phát triển nông thôn";
const GD = "Sở Giáo dục và Đào tạo";
const LD = "Sở Lao động - Thương binh và Xã hội";
const VH = "Sở Văn hóa, Thể thao và Du lịch";
const TT = "Sở Thông tin và Truyền thông";
const PN = "Hội Liên hiệp Phụ nữ tỉnh";
const CHUQUAN = "Các sở, ngành chủ quản dự án thành phần";
const BB = "UBND huyện Ba Bể";

const NOTES = [
  "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai " +
    "đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025, phê duyệt tại Quyết định số 1719/QĐ-TTg ngày " +
    "14/10/2021 của Thủ tướng Chính phủ.",
  "Nghị quyết số 88/2019/QH14 ngày 18/11/2019 của Quốc hội phê duyệt Đề án tổng thể phát triển kinh tế - xã hội " +
    "vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030; Nghị quyết số 120/2020/QH14 ngày " +
    "19/6/2020 của Quốc hội phê duyệt chủ trương đầu tư Chương trình.",
  "Xã khu vực III, thôn đặc biệt khó khăn được xác định theo Quyết định số 861/QĐ-TTg ngày 04/6/2021 của Thủ " +
    "tướng Chính phủ và Quyết định số 612/QĐ-UBDT ngày 16/9/2021 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc.",
  "Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt. Đối tượng là hộ dân tộc thiểu " +
    "số nghèo, hộ nghèo dân tộc Kinh sinh sống ở xã, thôn đặc biệt khó khăn.",
  "Thông tư số 02/2022/TT-UBDT ngày 30/6/2022 của Ủy ban Dân tộc hướng dẫn thực hiện một số dự án thành phần " +
    "thuộc Chương trình, được sửa đổi, bổ sung bởi Thông tư số 02/2023/TT-UBDT ngày 21/8/2023.",
  "Theo Điều 68 Luật Đầu tư công năm 2019, thời gian thực hiện và giải ngân kế hoạch vốn đầu tư công hằng năm " +
    "được kéo dài đến ngày 31 tháng 01 năm sau.",
];
const en = (i) => `⟦en:${i}⟧`;

const P = (text, more = {}) => ({ t: "p", text, align: "justify", ...more });
const R = (num, text) => P(text, { num, bold: true, indent: false, list: { kind: "roman", inst: "r" } });
const S = (num, text, inst) => P(text, { num, bold: true, list: { kind: "decimal", inst } });
// Points a) b) … are typed in both Word files (Vietnamese letters a b c d đ e g, which Word's lists cannot count).
const A = (num, text) => P(text, { num });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 156/KH-UBND", "Bắc Kạn, ngày 13 tháng 3 năm 2024", "KẾ HOẠCH",
    "Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền " +
    "núi năm 2024 trên địa bàn tỉnh Bắc Kạn"),
  P(`Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền ` +
    `núi giai đoạn 2021 - 2030${en(1)}, UBND tỉnh Bắc Kạn ban hành Kế hoạch thực hiện Chương trình năm 2024 như ` +
    "sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P(`1. Cụ thể hóa các mục tiêu của Đề án tổng thể${en(2)} và Chương trình trong năm 2024; tập trung nguồn lực ` +
    `cho các xã khu vực III, thôn đặc biệt khó khăn${en(3)} trên địa bàn tỉnh.`),
  P("2. Xác định rõ nhiệm vụ, thời hạn và trách nhiệm của từng cơ quan, đơn vị, địa phương; bảo đảm giải ngân " +
    "vốn đúng tiến độ, sử dụng vốn đúng mục đích, hiệu quả, công khai, minh bạch."),
  R("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  S("1.", "Công tác chỉ đạo, điều hành và phân bổ vốn", "s"),
  A("a)", "Ban Dân tộc tỉnh (cơ quan thường trực Chương trình) tham mưu UBND tỉnh kiện toàn Ban Chỉ đạo các " +
    "chương trình mục tiêu quốc gia tỉnh và bộ phận giúp việc, hoàn thành trước ngày 31/3/2024.", "a1"),
  A("b)", "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính, Ban Dân tộc tỉnh tham mưu phân bổ chi tiết " +
    "kế hoạch vốn đầu tư phát triển năm 2024 của Chương trình cho các chủ đầu tư; xong trong tháng 4/2024.", "a1"),
  A("c)", "Sở Tài chính chủ trì, phối hợp với Ban Dân tộc tỉnh và các sở, ngành chủ quản dự án thành phần tham " +
    "mưu phân bổ kinh phí sự nghiệp năm 2024, chậm nhất ngày 15/4/2024.", "a1"),
  S("2.", "Tổ chức thực hiện các dự án thành phần", "s"),
  A("a)", `Dự án 1${en(4)}: UBND các huyện, thành phố rà soát, phê duyệt danh sách hộ thiếu đất ở, nhà ở, nước ` +
    `sinh hoạt theo hướng dẫn tại Thông tư số 02/2022/TT-UBDT${en(5)}, gửi kết quả về Ban Dân tộc tỉnh trước ` +
    "ngày 10/5/2024.", "a2"),
  A("b)", "Dự án 3: Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các huyện, thành phố thẩm " +
    "định, phê duyệt các dự án hỗ trợ phát triển sản xuất theo chuỗi giá trị, mô hình sản xuất cộng đồng; hoàn " +
    "thành trong quý II/2024.", "a2"),
  A("c)", "Dự án 5: Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội hoàn thành " +
    "việc sửa chữa, bổ sung cơ sở vật chất các trường phổ thông dân tộc nội trú, bán trú trong tháng 8/2024 để " +
    "phục vụ năm học mới.", "a2"),
  A("d)", "Dự án 6: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ban Dân tộc tỉnh, UBND huyện Ba Bể tổ " +
    "chức Ngày hội văn hóa, thể thao các dân tộc tỉnh Bắc Kạn vào tháng 10/2024.", "a2"),
  A("đ)", "Dự án 7: Sở Y tế chủ trì triển khai các hoạt động chăm sóc sức khỏe Nhân dân, nâng cao thể trạng, tầm " +
    "vóc người dân tộc thiểu số; định kỳ 6 tháng báo cáo kết quả về Ban Dân tộc tỉnh.", "a2"),
  A("e)", "Dự án 8: Đề nghị Hội Liên hiệp Phụ nữ tỉnh tổ chức tập huấn về bình đẳng giới, phòng, chống tảo hôn, " +
    "hôn nhân cận huyết thống cho cán bộ cơ sở, xong trước ngày 30/9/2024.", "a2"),
  A("g)", "Dự án 10: Sở Thông tin và Truyền thông chủ trì, phối hợp với Ban Dân tộc tỉnh xây dựng chuyên trang, " +
    "chuyên mục tuyên truyền về Chương trình trên Cổng Thông tin điện tử tỉnh, hoàn thành trong quý III/2024.",
  "a2"),
  S("3.", "Giải ngân, kiểm tra, giám sát, báo cáo", "s"),
  A("a)", `Các sở, ngành chủ quản dự án thành phần, UBND các huyện, thành phố đẩy nhanh tiến độ thực hiện, giải ` +
    `ngân 100% kế hoạch vốn năm 2024 được giao trước ngày 31/01/2025${en(6)}.`, "a3"),
  A("b)", "Ban Dân tộc tỉnh chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài chính kiểm tra, giám sát việc " +
    "thực hiện Chương trình tại các huyện, thành phố từ tháng 7 đến tháng 9/2024.", "a3"),
  A("c)", "Ban Dân tộc tỉnh tổng hợp báo cáo sơ kết 6 tháng đầu năm 2024 thực hiện Chương trình, trình UBND tỉnh " +
    "trước ngày 25/6/2024.", "a3"),
  A("d)", "Ban Dân tộc tỉnh tổng hợp báo cáo kết quả thực hiện Chương trình năm 2024, đề xuất kế hoạch năm 2025, " +
    "trình UBND tỉnh trước ngày 15/12/2024.", "a3"),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  P("1. Các sở, ban, ngành, UBND các huyện, thành phố căn cứ nhiệm vụ được giao tổ chức triển khai; định kỳ hằng " +
    "quý báo cáo kết quả về Ban Dân tộc tỉnh để tổng hợp."),
  P("2. Kho bạc Nhà nước tỉnh kiểm soát, thanh toán vốn Chương trình theo quy định. Chi nhánh Ngân hàng Chính " +
    "sách xã hội tỉnh phối hợp thực hiện chính sách tín dụng ưu đãi đối với các hộ thuộc đối tượng của Chương " +
    "trình."),
  ...sign(["Ban Dân tộc (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố", "LĐVP"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];

const tasks = [
  task("II.1.a", "Tham mưu UBND tỉnh kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh và bộ phận giúp " +
    "việc", "2024-03-30", [BDT]),
  task("II.1.b", "Tham mưu phân bổ chi tiết kế hoạch vốn đầu tư phát triển năm 2024 của Chương trình cho các chủ " +
    "đầu tư", "2024-04-30", [KH], [TC, BDT]),
  task("II.1.c", "Tham mưu phân bổ kinh phí sự nghiệp năm 2024", "2024-04-15", [TC], [BDT, CHUQUAN]),
  task("II.2.a", "Rà soát, phê duyệt danh sách hộ thiếu đất ở, nhà ở, nước sinh hoạt", "2024-05-09", ["@districts"]),
  task("II.2.b", "Thẩm định, phê duyệt các dự án hỗ trợ phát triển sản xuất theo chuỗi giá trị, mô hình sản xuất " +
    "cộng đồng", "2024-06-30", [NN], ["@districts"]),
  task("II.2.c", "Hoàn thành việc sửa chữa, bổ sung cơ sở vật chất các trường phổ thông dân tộc nội trú, bán trú",
    "2024-08-31", [GD], [LD]),
  task("II.2.d", "Tổ chức Ngày hội văn hóa, thể thao các dân tộc tỉnh Bắc Kạn", "2024-10-31", [VH], [BDT, BB]),
  task("II.2.e", "Tổ chức tập huấn về bình đẳng giới, phòng, chống tảo hôn, hôn nhân cận huyết thống cho cán bộ " +
    "cơ sở", "2024-09-29", [PN]),
  task("II.2.g", "Xây dựng chuyên trang, chuyên mục tuyên truyền về Chương trình trên Cổng Thông tin điện tử tỉnh",
    "2024-09-30", [TT], [BDT]),
  task("II.3.a", "Đẩy nhanh tiến độ thực hiện, giải ngân 100% kế hoạch vốn năm 2024 được giao", "2025-01-30",
    [CHUQUAN, "@districts"]),
  task("II.3.b", "Kiểm tra, giám sát việc thực hiện Chương trình tại các huyện, thành phố", "2024-09-30", [BDT],
    [KH, TC]),
  task("II.3.c", "Tổng hợp báo cáo sơ kết 6 tháng đầu năm 2024 thực hiện Chương trình", "2024-06-24", [BDT]),
  task("II.3.d", "Tổng hợp báo cáo kết quả thực hiện Chương trình năm 2024, đề xuất kế hoạch năm 2025",
    "2024-12-14", [BDT]),
];

// plan.txt: the forwarded mail. Endnote marks become "[i]"; the notes follow the signature; every line of the
// plan is quoted "> " and wrapped at 74 characters (76 with the quote mark).
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii"];
const marked = blocks.map((b) => (b.t === "p" ? { ...b, text: b.text.replace(/⟦en:(\d+)⟧/g,
  (_, i) => `[${ROMAN[i - 1]}]`) } : b));
const plain = toText(marked).replace(/\t/g, "   ") + "\n\n" + "_".repeat(20) + "\n\n" +
  NOTES.map((t, i) => `[${ROMAN[i]}] ${t}`).join("\n\n");
function wrap(line, width) {
  if (!line.trim()) return [""];
  if (line.length <= width) return [line];
  const out = [];
  let cur = "";
  for (const w of line.split(/ +/)) {
    if (cur && (cur + " " + w).length > width) {
      out.push(cur);
      cur = w;
    } else cur = cur ? cur + " " + w : w;
  }
  out.push(cur);
  return out;
}
const quoted = plain.normalize("NFC").split("\n").flatMap((l) => wrap(l, 74)).map((l) => (l ? "> " + l : ">"));
const txt = ["Vào Th 4, 13 thg 3, 2024 vào lúc 16:42 Văn thư UBND tỉnh Bắc Kạn <",
  "vanthu.ubnd@backan.gov.vn> đã viết:", "", ...quoted, ""].join("\n");

await build(DIR, {
  blocks, printer: "ghostscript", txt, extra: { endnotes: NOTES },
  expected: {
    id: ID,
    style: "Kế hoạch 156/KH-UBND of UBND tỉnh Bắc Kạn, 13/3/2024 (districts, old departments), national target " +
      "programme for ethnic-minority and mountain areas 2024; header 'ỦY BAN NHÂN DÂN / TỈNH BẮC KẠN', signed TM. " +
      "UBND / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH. Prose: I aims, II.1-3 with points a) b) c) … (II.2 skips 'f' as " +
      "Vietnamese lists do: a b c d đ e g), III prose. ref = outline path ('II.2.e'). The Word files carry six " +
      "ENDNOTES (Word's lower-roman marks i-vi, notes at the end) explaining terms and citing the legal basis with " +
      "dates (14/10/2021, 18/11/2019, 04/6/2021, 30/6/2022, '31 tháng 01 năm sau' …): none is a task. plan.txt is " +
      "the plan as forwarded by e-mail: a mail client's quoting line ('Vào Th 4, 13 thg 3, 2024 vào lúc 16:42 …'), " +
      "then every line '> '-quoted and hard-wrapped near 76 characters (a sentence, and a date's wording, can " +
      "break across quoted lines), the endnote marks as '[i]', the notes after the signature. Dates: II.1.a " +
      "'trước ngày 31/3/2024' -> 30/3 Sat -> 1/4; 1.b 'trong tháng 4/2024' -> 30/4 (29/4-1/5 off) -> 2/5; 1.c " +
      "'chậm nhất ngày 15/4/2024'; 2.a 'trước ngày 10/5/2024' -> 9/5; 2.b 'quý II/2024' -> 30/6 Sun -> 1/7; 2.c " +
      "'trong tháng 8/2024' -> 31/8 Sat (2, 3/9 off) -> 4/9; 2.d 'vào tháng 10/2024' -> 31/10; 2.e 'trước ngày " +
      "30/9/2024' -> 29/9 Sun -> 30/9; 2.g 'quý III/2024' -> 30/9; 3.a 'trước ngày 31/01/2025' -> 30/1/2025 (Tết) " +
      "-> 3/2/2025; 3.b 'từ tháng 7 đến tháng 9/2024' -> 30/9; 3.c 'trước ngày 25/6/2024' -> 24/6; 3.d 'trước " +
      "ngày 15/12/2024' -> 14/12 Sat -> 16/12. Out: II.2.đ (định kỳ 6 tháng), III (hằng quý, undated). 'gửi … " +
      "về Ban Dân tộc tỉnh', 'trình UBND tỉnh' are recipients. 'Đề nghị Hội Liên hiệp Phụ nữ tỉnh' leads. 'các " +
      "sở, ngành chủ quản dự án thành phần' (a partial group) as written, unresolved; 'UBND các huyện, thành phố' " +
      "= @districts. Disputable: II.3.c's title says '6 tháng đầu năm' but its deadline is 'trước ngày " +
      "25/6/2024' (-> 24/6).",
    province: "Bắc Kạn",
    plan: { number: "156/KH-UBND", date: "2024-03-13" },
    tasks,
    unresolved: [CHUQUAN],
    successors: [],
  },
});
