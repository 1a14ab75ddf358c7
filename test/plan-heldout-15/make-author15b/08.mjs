// 08: Lai Châu 2025 (after the reorganisation), each task a Heading 2 followed by a borderless two-column table
// "Đơn vị thực hiện: | …" / "Thời gian: | …".
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "08-lai-chau-2025-heading-tasks-two-column-unit-time";
const STC = "Sở Tài chính";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const h1 = (num, text) => p(text, { num, style: "Heading1", indent: false });

// [heading, note or "", units, time]
const items = [
  ["Tổ chức quán triệt, tuyên truyền Nghị quyết số 68-NQ/TW và Chương trình hành động của Chính phủ", "",
    "Sở Tài chính chủ trì; các sở, ban, ngành, UBND các xã, phường phối hợp.", "Tháng 10/2025."],
  ["Rà soát, cắt giảm điều kiện kinh doanh và thủ tục đầu tư thuộc thẩm quyền của tỉnh",
    "Đề xuất bãi bỏ các điều kiện kinh doanh không cần thiết, rút ngắn tối thiểu 30% thời gian giải quyết.",
    "Sở Tài chính chủ trì, phối hợp với Sở Công Thương, Sở Tư pháp.", "Trước ngày 30/11/2025."],
  ["Công bố công khai quỹ đất sạch dành cho doanh nghiệp nhỏ và vừa", "",
    "Sở Nông nghiệp và Môi trường; UBND các xã, phường.", "Quý IV/2025."],
  ["Thành lập Tổ công tác hỗ trợ doanh nghiệp tư nhân", "",
    "Sở Kế hoạch và Đầu tư (chủ trì); Hiệp hội Doanh nghiệp tỉnh.", "Hoàn thành trong tháng 11/2025."],
  ["Đào tạo, bồi dưỡng nghề cho người lao động trong doanh nghiệp tư nhân", "",
    "Sở Lao động - Thương binh và Xã hội chủ trì; Liên đoàn Lao động tỉnh phối hợp.", "Năm 2026."],
  ["Hỗ trợ hộ kinh doanh chuyển đổi số, sử dụng hóa đơn điện tử", "",
    "Sở Khoa học và Công nghệ chủ trì, phối hợp Thuế tỉnh.", "6 tháng đầu năm 2026."],
  ["Tổ chức Hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp năm 2025",
    "Tổng hợp kiến nghị của doanh nghiệp trình UBND tỉnh trước Hội nghị.",
    "Sở Tài chính chủ trì; Hiệp hội Doanh nghiệp tỉnh, Văn phòng UBND tỉnh phối hợp.", "Chậm nhất ngày 20/12/2025."],
  ["Xây dựng kế hoạch thanh tra, kiểm tra năm 2026 bảo đảm không quá 01 lần/năm đối với một doanh nghiệp", "",
    "Thanh tra tỉnh chủ trì; các sở, ban, ngành phối hợp.", "Trước ngày 15/12/2025."],
  ["Tuyên truyền gương doanh nhân, doanh nghiệp tiêu biểu", "", "Báo và Phát thanh, Truyền hình Lai Châu.",
    "Thường xuyên."],
  ["Xúc tiến thương mại, đưa sản phẩm OCOP của tỉnh lên các sàn thương mại điện tử", "",
    "Sở Công Thương chủ trì; UBND các xã, phường phối hợp.", "Từ tháng 01 đến tháng 6/2026."],
  ["Trợ giúp pháp lý cho doanh nghiệp nhỏ và vừa, hộ kinh doanh", "",
    "Sở Tư pháp chủ trì, phối hợp Trung tâm Trợ giúp pháp lý nhà nước tỉnh.", "Quý I/2026."],
  ["Triển khai các gói tín dụng ưu đãi cho doanh nghiệp tư nhân, hộ kinh doanh", "",
    "Ngân hàng Nhà nước Khu vực 8 chủ trì; Sở Tài chính phối hợp.", "Trong năm 2026."],
];

const taskBlocks = items.flatMap(([heading, note, units, time], i) => [
  p(heading, { num: `${i + 1}.`, style: "Heading2", indent: false, list: { kind: "decimal", inst: "tasks" } }),
  ...(note ? [p(note)] : []),
  { t: "table", borders: false, widths: [2200, 7200], rows: [
    [{ text: "Đơn vị thực hiện:", italic: true, align: "left" }, { text: units, align: "left" }],
    [{ text: "Thời gian:", italic: true, align: "left" }, { text: time, align: "left" }],
  ] },
]);

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 3127/KH-UBND", "Lai Châu, ngày 15 tháng 9 năm 2025", "KẾ HOẠCH",
    "Thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân"),
  h1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  p("Cụ thể hóa các nhiệm vụ, giải pháp của Nghị quyết số 68-NQ/TW và Nghị quyết số 138/NQ-CP ngày 16/5/2025 của " +
    "Chính phủ; xác định rõ đơn vị thực hiện, thời gian hoàn thành từng nhiệm vụ."),
  h1("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  ...taskBlocks,
  h1("III.", "TỔ CHỨC THỰC HIỆN"),
  p("Sở Tài chính theo dõi, đôn đốc; tổng hợp kết quả sơ kết việc thực hiện Kế hoạch, báo cáo UBND tỉnh trước ngày " +
    "10/01/2026.", { num: "1.", list: { kind: "decimal", inst: "s3" } }),
  p("Các cơ quan, đơn vị báo cáo kết quả thực hiện định kỳ 6 tháng, hằng năm gửi Sở Tài chính.",
    { num: "2.", list: { kind: "decimal", inst: "s3" } }),
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"],
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Tống Thanh Hải"),
];

const D = "@departments";
const U = "UBND cấp xã";
const HH = "Hiệp hội Doanh nghiệp tỉnh";
const t = (n, due, lead, co = []) => task(`II.${n}`, items[n - 1][0], due, lead, co);
const tasks = [
  t(1, "2025-10-31", [STC], [D, U]),
  t(2, "2025-11-29", [STC], ["Sở Công Thương", "Sở Tư pháp"]),
  t(3, "2025-12-31", ["Sở Nông nghiệp và Môi trường"], [U]),
  t(4, "2025-11-30", [STC], [HH]),
  t(5, "2026-12-31", ["Sở Nội vụ"], ["Liên đoàn Lao động tỉnh"]),
  t(6, "2026-06-30", ["Sở Khoa học và Công nghệ"], ["Thuế tỉnh"]),
  t(7, "2025-12-20", [STC], [HH, "Văn phòng UBND tỉnh"]),
  t(8, "2025-12-14", ["Thanh tra tỉnh"], [D]),
  t(10, "2026-06-30", ["Sở Công Thương"], [U]),
  t(11, "2026-03-31", ["Sở Tư pháp"], ["Trung tâm Trợ giúp pháp lý nhà nước tỉnh"]),
  t(12, "2026-12-31", ["Ngân hàng Nhà nước Khu vực 8"], [STC]),
  task("III.1", "Sở Tài chính theo dõi, đôn đốc; tổng hợp kết quả sơ kết việc thực hiện Kế hoạch, báo cáo UBND tỉnh",
    "2026-01-09", [STC]),
];

await build(`${import.meta.dirname}/../${id}`, { blocks, printer: "libreoffice", expected: {
  id,
  style: "Kế hoạch 3127/KH-UBND Lai Châu 15/9/2025 (after the reorganisation); PDF: LibreOffice export of " +
    "plan-auto.docx. Sections are Heading 1 paragraphs (I.-III.); each task of section II is a Heading 2 " +
    "paragraph (Word list numbering 1.-12. in plan-auto.docx, typed in plan-typed.docx) optionally followed " +
    "by a body paragraph, then a borderless two-column table 'Đơn vị thực hiện: | …' / 'Thời gian: | …'. ref " +
    "= 'II.n', title = the heading. Lead = the unit marked 'chủ trì' or named first; the rest coordinators. " +
    "II.9 'Thường xuyên' left out. Old names: 'Sở Kế hoạch và Đầu tư' (II.4) -> Sở Tài chính, 'Sở Lao động - " +
    "Thương binh và Xã hội' (II.5) -> Sở Nội vụ. 'UBND các xã, phường' = UBND cấp xã (no communes.json); " +
    "'Trung tâm Trợ giúp pháp lý nhà nước tỉnh' and 'Ngân hàng Nhà nước Khu vực 8' are in no directory. " +
    "II.7's note 'trình UBND tỉnh trước Hội nghị' has no date. Day moves: README. III.2 recurring, left out. " +
    "Dates of NQ 68 (04/5/2025), NQ 138 (16/5/2025) are no deadlines.",
  province: "Lai Châu",
  plan: { number: "3127/KH-UBND", date: "2025-09-15" },
  tasks,
  unresolved: [U, "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Ngân hàng Nhà nước Khu vực 8"],
  successors: [{ written: "Sở Kế hoạch và Đầu tư", unit: STC },
    { written: "Sở Lao động - Thương binh và Xã hội", unit: "Sở Nội vụ" }],
} });
