// 02: Bắc Kạn, UBND tỉnh, Kế hoạch 226/KH-UBND, 15/4/2024 — giảm nghèo bền vững năm 2024. A PROSE plan whose
// sentences put the DEADLINE FIRST as an adverbial ("Chậm nhất ngày …, Sở X …", "Trong tháng 5/2024, UBND các huyện
// …", "Trước ngày …, …") and name the coordinators in a SEPARATE FOLLOWING SENTENCE ("Sở Y, Sở Z có trách nhiệm phối
// hợp thực hiện nội dung này."). plan-auto.docx is the document as LibreOffice Writer saves it: the kit's auto docx
// opened in Writer (.odt) and saved back as .docx (an office drafting in Writer). plan.pdf: Chromium.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "02-bac-kan-2024-prose-deadline-adverbial-first-coordinators-next-sentence-writer-saved-docx";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const LD = "Sở Lao động - Thương binh và Xã hội", KH = "Sở Kế hoạch và Đầu tư", TC = "Sở Tài chính";
const H = "UBND các huyện, thành phố";

const items = [
  [`Chậm nhất ngày 10/5/2024, ${LD} tham mưu UBND tỉnh ban hành Kế hoạch rà soát, cập nhật biến động hộ nghèo, hộ cận ` +
    `nghèo giữa kỳ năm 2024. ${TC}, Cục Thống kê tỉnh có trách nhiệm phối hợp thực hiện nội dung này.`,
  ["tham mưu UBND tỉnh ban hành Kế hoạch rà soát, cập nhật biến động hộ nghèo, hộ cận nghèo giữa kỳ năm 2024",
    "2024-05-10", [LD], [TC, "Cục Thống kê tỉnh"]]],
  [`Trong tháng 5/2024, ${H} hoàn thành phân bổ chi tiết vốn sự nghiệp Chương trình mục tiêu quốc gia giảm nghèo bền ` +
    `vững cho các xã, thị trấn. ${KH}, ${TC} phối hợp hướng dẫn, theo dõi việc phân bổ.`,
  ["hoàn thành phân bổ chi tiết vốn sự nghiệp Chương trình mục tiêu quốc gia giảm nghèo bền vững cho các xã, thị trấn",
    "2024-05-31", ["@districts"], [KH, TC]]],
  ["Trước ngày 30/6/2024, Sở Nông nghiệp và Phát triển nông thôn chủ trì thẩm định các dự án hỗ trợ phát triển sản xuất, " +
    `đa dạng hóa sinh kế theo chuỗi giá trị do các huyện đề xuất. Ban Dân tộc tỉnh, ${H} có trách nhiệm phối hợp thực ` +
    "hiện nội dung này.",
  ["thẩm định các dự án hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế theo chuỗi giá trị", "2024-06-29",
    ["Sở Nông nghiệp và Phát triển nông thôn"], ["Ban Dân tộc tỉnh", "@districts"]]],
  [`Trong 6 tháng đầu năm 2024, Bảo hiểm xã hội tỉnh hoàn thành cấp thẻ bảo hiểm y tế cho người thuộc hộ nghèo, hộ cận ` +
    `nghèo, người thuộc hộ mới thoát nghèo. ${LD}, Sở Y tế có trách nhiệm phối hợp thực hiện nội dung này.`,
  ["hoàn thành cấp thẻ bảo hiểm y tế cho người thuộc hộ nghèo, hộ cận nghèo, người thuộc hộ mới thoát nghèo",
    "2024-06-30", ["Bảo hiểm xã hội tỉnh"], [LD, "Sở Y tế"]]],
  [`Trước ngày 15/8/2024, Sở Xây dựng kiểm tra, nghiệm thu việc hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo, hộ cận ` +
    `nghèo tại các huyện vùng cao. UBND huyện Pác Nặm, UBND huyện Ngân Sơn có trách nhiệm phối hợp thực hiện nội dung này.`,
  ["kiểm tra, nghiệm thu việc hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo tại các huyện vùng cao",
    "2024-08-14", ["Sở Xây dựng"], ["UBND huyện Pác Nặm", "UBND huyện Ngân Sơn"]]],
  [`Giữa tháng 9/2024, Sở Giáo dục và Đào tạo báo cáo UBND tỉnh kết quả thực hiện miễn, giảm học phí, hỗ trợ chi phí ` +
    `học tập cho học sinh thuộc hộ nghèo năm học 2023-2024. ${TC} phối hợp thẩm định kinh phí.`,
  ["kết quả thực hiện miễn, giảm học phí, hỗ trợ chi phí học tập cho học sinh thuộc hộ nghèo năm học 2023-2024",
    "2024-09-15", ["Sở Giáo dục và Đào tạo"], [TC]]],
  [`Trong quý III/2024, ${LD} tổ chức 02 lớp tập huấn nâng cao năng lực cho cán bộ làm công tác giảm nghèo cấp xã, ` +
    "thôn. Sở Thông tin và Truyền thông, Hội Liên hiệp Phụ nữ tỉnh có trách nhiệm phối hợp thực hiện nội dung này.",
  ["tổ chức 02 lớp tập huấn nâng cao năng lực cho cán bộ làm công tác giảm nghèo cấp xã, thôn", "2024-09-30", [LD],
    ["Sở Thông tin và Truyền thông", "Hội Liên hiệp Phụ nữ tỉnh"]]],
  ["Trong tháng 10/2024, hưởng ứng Ngày vì người nghèo, Sở Thông tin và Truyền thông chỉ đạo đẩy mạnh tuyên truyền các " +
    "mô hình, gương điển hình thoát nghèo. Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh có trách nhiệm phối hợp thực " +
    "hiện nội dung này.",
  ["chỉ đạo đẩy mạnh tuyên truyền các mô hình, gương điển hình thoát nghèo", "2024-10-31",
    ["Sở Thông tin và Truyền thông"], ["Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"]]],
  [`Trước ngày 05/11/2024, ${LD} hướng dẫn ${H} tổ chức rà soát hộ nghèo, hộ cận nghèo năm 2024 theo chuẩn nghèo đa ` +
    "chiều. Cục Thống kê tỉnh có trách nhiệm phối hợp thực hiện nội dung này.",
  ["hướng dẫn UBND các huyện, thành phố tổ chức rà soát hộ nghèo, hộ cận nghèo năm 2024 theo chuẩn nghèo đa chiều",
    "2024-11-04", [LD], ["Cục Thống kê tỉnh"]]],
  [`Cuối tháng 12/2024, ${H} phê duyệt kết quả rà soát hộ nghèo, hộ cận nghèo trên địa bàn và gửi báo cáo về ${LD}.`,
  ["phê duyệt kết quả rà soát hộ nghèo, hộ cận nghèo trên địa bàn", "2024-12-31", ["@districts"], []]],
  [`Chậm nhất ngày 15/01/2025, ${LD} tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Chương trình mục tiêu quốc gia ` +
    `giảm nghèo bền vững năm 2024. Các sở, ban, ngành và ${H} có trách nhiệm phối hợp, cung cấp số liệu.`,
  ["tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024",
    "2025-01-15", [LD], ["@departments", "@districts"]]],
  ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tiếp tục vận động Quỹ Vì người nghèo, " +
    "giám sát việc thực hiện chính sách giảm nghèo tại cơ sở.", null],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 226/KH-UBND", "Bắc Kạn, ngày 15 tháng 4 năm 2024", "KẾ HOẠCH",
    "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn tỉnh Bắc Kạn năm 2024"),
  { t: "p", align: "justify", text: "Căn cứ Quyết định giao kế hoạch vốn thực hiện các Chương trình mục tiêu quốc gia " +
    "năm 2024, UBND tỉnh Bắc Kạn ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024 " +
    "với các nội dung sau:" },
  { t: "p", num: "I.", text: "MỤC TIÊU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều từ 3-4%; 100% người thuộc hộ nghèo, " +
    "hộ cận nghèo được hỗ trợ tham gia bảo hiểm y tế; giải ngân vốn của Chương trình đạt trên 95%." },
  { t: "p", num: "II.", text: "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  ...items.map(([text], i) => ({ t: "p", num: `${i + 1}.`, text, align: "justify", list: { kind: "decimal",
    inst: "d" } })),
  { t: "p", num: "III.", text: "CHẾ ĐỘ BÁO CÁO", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: `Các cơ quan, đơn vị báo cáo kết quả thực hiện định kỳ 6 tháng, năm về ${LD} ` +
    "(cơ quan thường trực Chương trình) để tổng hợp, báo cáo UBND tỉnh." },
  ...sign(["Bộ Lao động - TB&XH (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, PCT UBND tỉnh", "Các sở, ban, ngành", H],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"),
];

const tasks = items.flatMap(([, t], i) => (t ? [task(`II.${i + 1}`, ...t)] : []));

await build(DIR, {
  blocks, printer: "chromium", css: "@page{size:A4;margin:20mm 15mm 20mm 25mm}",
  expected: {
    id: ID,
    style: "Kế hoạch 226/KH-UBND of UBND tỉnh Bắc Kạn, 15/4/2024 (departments as before 7/2025; 'UBND các huyện, thành " +
      "phố' = @districts), giảm nghèo bền vững 2024. Prose: section II gives numbered paragraphs 1-12, one assignment " +
      "each; ref = section numeral and number ('II.3'). Habits: every sentence opens with its DEADLINE as an adverbial " +
      "before the unit ('Chậm nhất ngày 10/5/2024, Sở LĐ-TB&XH tham mưu …'), the unit after the comma leads, the verb " +
      "phrase after it is the title; the coordinators come in a SEPARATE FOLLOWING SENTENCE ('Sở Tài chính, Cục Thống " +
      "kê tỉnh có trách nhiệm phối hợp thực hiện nội dung này.', or '… phối hợp hướng dẫn, theo dõi …'). Item 9: " +
      "'hướng dẫn UBND các huyện, thành phố tổ chức rà soát' — the districts are the object, not coordinators. Item " +
      "10: the districts send to Sở LĐ-TB&XH (recipient, no unit), no coordinating sentence. Item 6: 'báo cáo UBND tỉnh' " +
      "recipient. Dates: 1 'Chậm nhất ngày 10/5/2024' Fri; 2 'Trong tháng 5/2024' 31/5 Fri; 3 'Trước ngày 30/6/2024' -> " +
      "29/6 Sat -> 1/7 Mon; 4 'Trong 6 tháng đầu năm 2024' 30/6 Sun -> 1/7 Mon; 5 'Trước ngày 15/8/2024' -> 14/8 Wed; " +
      "6 'Giữa tháng 9/2024' 15/9 Sun -> 16/9 Mon; 7 'Trong quý III/2024' 30/9 Mon; 8 'Trong tháng 10/2024' 31/10 Thu; " +
      "9 'Trước ngày 05/11/2024' -> 4/11 Mon; 10 'Cuối tháng 12/2024' 31/12 Tue; 11 'Chậm nhất ngày 15/01/2025' Wed " +
      "('Các sở, ban, ngành' @departments); 12 no date, no task. plan-auto.docx: the kit's auto docx opened in " +
      "LibreOffice Writer and saved as .odt, then saved again as Word 2007-365 .docx (Writer's own XML: its styles, " +
      "numbering, table properties); plan.pdf: Chromium.",
    province: "Bắc Kạn",
    plan: { number: "226/KH-UBND", date: "2024-04-15" },
    tasks, unresolved: [], successors: [],
  },
});

// The office drafts in LibreOffice Writer: the auto docx goes through Writer's .odt and is saved back as .docx.
const tmp = fs.mkdtempSync("/tmp/author36a-02-");
const lo = ["-env:UserInstallation=file:///tmp/lo-author36a", "--headless"];
execFileSync("soffice", [...lo, "--convert-to", "odt", "--outdir", tmp, path.join(DIR, "plan-auto.docx")], { stdio: "ignore" });
fs.mkdirSync(path.join(tmp, "back"));
execFileSync("soffice", [...lo, "--convert-to", "docx:MS Word 2007 XML", "--outdir", path.join(tmp, "back"),
  path.join(tmp, "plan-auto.odt")], { stdio: "ignore" });
fs.copyFileSync(path.join(tmp, "back", "plan-auto.docx"), path.join(DIR, "plan-auto.docx"));
