// 07: Thái Nguyên, UBND tỉnh, Kế hoạch 09/KH-UBND ngày 14/01/2026 (after the reorganisation: merged departments,
// Bắc Kạn merged in, communes), tự đánh giá, chấm điểm và thẩm định Chỉ số CCHC năm 2025. Habit: the PAR-INDEX
// STEPS IN PROSE: part III "Bước 1: …" … "Bước 6: …" (typed, as offices type them), the unit and the
// deadline inside the sentence; two steps hold "- Từ ngày … đến ngày …: …" bullets, one of them timed in working
// days from a notice; reviewers named (Tổ thẩm định, Hội đồng thẩm định) and recipients (Sở Nội vụ, UBND tỉnh,
// Bộ Nội vụ); part IV paragraphs under unit headings; one partner under its old name (Sở Thông tin và Truyền thông).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, item, buildDoc } from "./common.mjs";

const ID = "07-thai-nguyen-2026-par-self-assessment-steps-buoc-and-tu-ngay-den-ngay-bullets-in-prose";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TC = "Sở Tài chính";
const KC = "Sở Khoa học và Công nghệ", OLD = "Sở Thông tin và Truyền thông", BD = "Bưu điện tỉnh";
const TK = "Cục Thống kê tỉnh", TTD = "Tổ thẩm định", HD = "Hội đồng thẩm định", XA = "UBND các xã, phường";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const one = item("decimal", "p1");
// typed in both Word files: LibreOffice's .rtf writes a list label's text in the ANSI code page ("B??c 1:")
const step = (num, text) => P(text, { num });
const dash = (inst) => (text) => P(text, { num: "-", list: { kind: "dash", inst } });
const d2 = dash("b2"), d4 = dash("b4"), d0 = dash("d0");
const unitHead = (num, text) => H(num, text, { list: { kind: "decimal", inst: "p4" } });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 09/KH-UBND", "Thái Nguyên, ngày 14 tháng 01 năm 2026",
    "KẾ HOẠCH", "Tự đánh giá, chấm điểm và thẩm định kết quả Chỉ số cải cách hành chính năm 2025 của các sở, " +
    "ban, ngành tỉnh và Ủy ban nhân dân các xã, phường"),
  P("Căn cứ Quyết định của UBND tỉnh ban hành Bộ chỉ số đánh giá, xếp hạng kết quả cải cách hành chính (Chỉ số " +
    "CCHC) của các cơ quan chuyên môn thuộc UBND tỉnh và UBND các xã, phường sau sắp xếp đơn vị hành chính; Ủy " +
    "ban nhân dân tỉnh ban hành Kế hoạch tự đánh giá, chấm điểm và thẩm định Chỉ số CCHC năm 2025 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  one("1.", "Đánh giá thực chất, khách quan kết quả cải cách hành chính năm 2025 của từng cơ quan, đơn vị, nhất là " +
    "ở các xã, phường vừa được tổ chức lại; làm căn cứ để bình xét thi đua và đánh giá người đứng đầu."),
  one("2.", "Việc tự đánh giá phải có đủ tài liệu kiểm chứng; điểm tự đánh giá không có tài liệu kiểm chứng hoặc " +
    "tài liệu không đúng nội dung tiêu chí thì không được tính điểm."),
  R("II.", "ĐỐI TƯỢNG, PHƯƠNG THỨC"),
  d0("Đối tượng: các cơ quan chuyên môn thuộc UBND tỉnh, các cơ quan được giao nhiệm vụ quản lý nhà nước và UBND " +
    "các xã, phường trên địa bàn tỉnh."),
  d0("Phương thức: tự đánh giá, chấm điểm và thẩm định trên Phần mềm chấm điểm Chỉ số CCHC của tỉnh; kết hợp " +
    "điều tra xã hội học bằng phiếu giấy và phiếu điện tử."),
  R("III.", "TRÌNH TỰ, THỜI GIAN THỰC HIỆN"),
  step("Bước 1:", "Hướng dẫn và tập huấn. Sở Nội vụ ban hành văn bản hướng dẫn tự đánh giá, chấm điểm theo Bộ " +
    "chỉ số mới; phối hợp với Sở Khoa học và Công nghệ cấp, cập nhật tài khoản trên Phần mềm cho các xã, phường; " +
    "hoàn thành trước ngày 23/01/2026."),
  step("Bước 2:", "Tự đánh giá, chấm điểm."),
  d2("Từ ngày 26/01/2026 đến ngày 06/02/2026: các sở, ban, ngành tỉnh tự đánh giá, chấm điểm, cập nhật tài liệu " +
    "kiểm chứng lên Phần mềm; gửi Báo cáo tự đánh giá (bản ký số) về Sở Nội vụ."),
  d2("Từ ngày 26/01/2026 đến hết ngày 13/02/2026: UBND các xã, phường tự đánh giá, chấm điểm và cập nhật tài " +
    "liệu kiểm chứng; đồng thời gửi danh sách công chức, viên chức tham gia điều tra xã hội học về Sở Nội vụ."),
  step("Bước 3:", "Điều tra xã hội học. Sở Nội vụ chủ trì, phối hợp với Bưu điện tỉnh và Thống kê tỉnh phát, thu " +
    "phiếu khảo sát lãnh đạo, công chức, người dân và tổ chức; thời gian khảo sát từ ngày 02/3 đến ngày " +
    "27/3/2026. Các cơ quan, đơn vị tạo điều kiện để điều tra viên làm việc."),
  step("Bước 4:", "Thẩm định kết quả tự đánh giá."),
  d4("Từ ngày 23/02 đến ngày 20/3/2026: Tổ thẩm định thẩm định kết quả tự đánh giá của các sở, ban, ngành và UBND " +
    "các xã, phường, phối hợp với Văn phòng UBND tỉnh, Sở Tư pháp, Sở Tài chính, Sở Thông tin và Truyền thông " +
    "đối với tiêu chí thuộc lĩnh vực các cơ quan này theo dõi."),
  d4("Từ ngày 23/3 đến ngày 03/4/2026: Sở Nội vụ tổng hợp, thông báo kết quả thẩm định sơ bộ cho từng cơ quan, " +
    "đơn vị qua Phần mềm."),
  d4("Trong 03 ngày làm việc kể từ ngày nhận thông báo: cơ quan, đơn vị có ý kiến giải trình (nếu có) gửi Sở Nội " +
    "vụ kèm tài liệu bổ sung."),
  step("Bước 5:", "Hội đồng thẩm định xem xét kết quả. Chậm nhất ngày 17/4/2026, Hội đồng thẩm định họp, cho ý " +
    "kiến và thống nhất kết quả Chỉ số CCHC năm 2025 của các cơ quan, đơn vị trước khi trình UBND tỉnh phê duyệt."),
  step("Bước 6:", "Phê duyệt, công bố kết quả. Sở Nội vụ hoàn thiện hồ sơ theo ý kiến của Hội đồng thẩm định, " +
    "tham mưu UBND tỉnh phê duyệt và công bố Chỉ số CCHC năm 2025 của các sở, ban, ngành và UBND các xã, phường " +
    "trong quý II/2026."),
  R("IV.", "TỔ CHỨC THỰC HIỆN"),
  unitHead("1.", "Sở Nội vụ"),
  P("Là cơ quan thường trực giúp UBND tỉnh tổ chức thực hiện Kế hoạch; giải đáp vướng mắc của các cơ quan, đơn vị " +
    "trong quá trình tự đánh giá; báo cáo kết quả triển khai về Bộ Nội vụ trước ngày 30/6/2026."),
  unitHead("2.", "Sở Khoa học và Công nghệ"),
  P("Hoàn thành nâng cấp Phần mềm chấm điểm Chỉ số CCHC phù hợp với Bộ chỉ số mới trước ngày 20/01/2026; bảo " +
    "đảm Phần mềm hoạt động thông suốt trong thời gian tự đánh giá và thẩm định."),
  unitHead("3.", "Các sở, ban, ngành; UBND các xã, phường"),
  P("Phân công lãnh đạo phụ trách và công chức đầu mối thực hiện; chịu trách nhiệm về tính chính xác của tài liệu " +
    "kiểm chứng. Sau khi kết quả được công bố, xây dựng kế hoạch khắc phục những tiêu chí bị trừ điểm, gửi Sở Nội " +
    "vụ chậm nhất ngày 31/7/2026."),
  unitHead("4.", "Báo và Phát thanh, Truyền hình Thái Nguyên"),
  P("Đưa tin về kết quả công bố Chỉ số CCHC năm 2025 và các mô hình, cách làm hay trong cải cách hành chính của " +
    "các cơ quan, đơn vị./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Thành viên Hội đồng thẩm định", "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "LĐVP, CV NC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Hoàng Sơn"),
];

const DEP = "@departments";
const tasks = [
  task("III.1", "ban hành văn bản hướng dẫn tự đánh giá, chấm điểm theo Bộ chỉ số mới", "2026-01-22", [NV], [KC]),
  task(null, "các sở, ban, ngành tỉnh tự đánh giá, chấm điểm, cập nhật tài liệu kiểm chứng lên Phần mềm",
    "2026-02-06", [DEP]),
  task(null, "UBND các xã, phường tự đánh giá, chấm điểm và cập nhật tài liệu kiểm chứng", "2026-02-13", [XA]),
  task("III.3", "phát, thu phiếu khảo sát lãnh đạo, công chức, người dân và tổ chức", "2026-03-27", [NV], [BD, TK]),
  task(null, "Tổ thẩm định thẩm định kết quả tự đánh giá", "2026-03-20", [TTD], [VP, TP, TC, KC]),
  task(null, "tổng hợp, thông báo kết quả thẩm định sơ bộ cho từng cơ quan, đơn vị", "2026-04-03", [NV]),
  task("III.5", "Hội đồng thẩm định họp, cho ý kiến và thống nhất kết quả Chỉ số CCHC năm 2025", "2026-04-17", [HD]),
  task("III.6", "tham mưu UBND tỉnh phê duyệt và công bố Chỉ số CCHC năm 2025", "2026-06-30", [NV]),
  task("IV.1", "báo cáo kết quả triển khai về Bộ Nội vụ", "2026-06-29", [NV]),
  task("IV.2", "Hoàn thành nâng cấp Phần mềm chấm điểm Chỉ số CCHC", "2026-01-19", [KC]),
  task("IV.3", "xây dựng kế hoạch khắc phục những tiêu chí bị trừ điểm", "2026-07-31", [DEP, XA]),
];

const WORK = "III Bước 1 (ref III.1) Sở Nội vụ with Sở KH&CN 'trước ngày 23/01/2026' 22/1; Bước 2's two '-' " +
  "bullets (ref null, the step has no sentence of its own): 'Từ ngày 26/01/2026 đến ngày 06/02/2026' the sở, ban, " +
  "ngành (@departments; Sở Nội vụ a recipient) 6/2, 'đến hết ngày 13/02/2026' UBND các xã, phường (UBND cấp xã, " +
  "unresolved) 13/2; Bước 3 (III.3) Sở Nội vụ with Bưu điện tỉnh and 'Thống kê tỉnh' (Cục Thống kê tỉnh), 'từ " +
  "ngày 02/3 đến ngày 27/3/2026' 27/3; Bước 4's bullets (ref null): Tổ thẩm định with VP UBND tỉnh, Sở Tư pháp, " +
  "Sở Tài chính and 'Sở Thông tin và Truyền thông' (old name, successor Sở Khoa học và Công nghệ) 'đến ngày " +
  "20/3/2026' 20/3; Sở Nội vụ 'đến ngày 03/4/2026' 3/4; the third bullet '03 ngày làm việc kể từ ngày nhận thông " +
  "báo' has no day, no task; Bước 5 (III.5) Hội đồng thẩm định 'Chậm nhất ngày 17/4/2026' 17/4 (UBND tỉnh a " +
  "recipient); Bước 6 (III.6) Sở Nội vụ 'trong quý II/2026' 30/6. IV unit headings lead their paragraphs: IV.1 " +
  "Sở Nội vụ 'trước ngày 30/6/2026' 29/6 (Bộ Nội vụ a recipient); IV.2 Sở KH&CN 'trước ngày 20/01/2026' 19/1; " +
  "IV.3 @departments and UBND cấp xã 'chậm nhất ngày 31/7/2026' 31/7; IV.4 the press, undated, no task. Parts I, " +
  "II no task.";

await buildDoc(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Kế hoạch 09/KH-UBND of UBND tỉnh Thái Nguyên, 14/01/2026, after the reorganisation (merged " +
      "departments, communes). HABIT: the PAR-INDEX SELF-ASSESSMENT STEPS IN PROSE: 'Bước 1: …' to 'Bước 6: …' " +
      "(typed in both Word files), units and deadlines inside the " +
      "sentences, two steps made of '- Từ ngày … đến ngày …: …' bullets; reviewers (Tổ thẩm định, Hội đồng thẩm " +
      "định) and recipients named; IV paragraphs under unit headings. " + WORK,
    province: "Thái Nguyên",
    plan: { number: "09/KH-UBND", date: "2026-01-14" },
    tasks, unresolved: [XA], successors: [{ written: OLD, unit: KC }],
  },
});
