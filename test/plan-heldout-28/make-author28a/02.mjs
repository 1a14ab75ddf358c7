// 02: Lai Châu before the reorganisation (15/3/2024) — Sở Giáo dục và Đào tạo's plan for universal education and
// literacy. A prose body (I-IV) that dates three tasks of its own (III.1, III.3, IV.2), then, after the signature,
// "Phụ lục: BẢNG PHÂN CÔNG NHIỆM VỤ" (TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn
// thành). plan.pdf: WeasyPrint.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-lai-chau-2024-education-dept-prose-dated-tasks-then-phan-cong-appendix";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item =
  (inst) =>
  (num, text, extra = {}) => ({ t: "p", num, text, list: { kind: "decimal", inst }, ...extra });
const [n1, n2, n3, n4] = ["I", "II", "III", "IV"].map(item);
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const C = (text, extra = {}) => ({ text, align: "center", ...extra });

const GDTX = "Phòng Giáo dục Trung học - Giáo dục thường xuyên";
const PGD = "Phòng Giáo dục và Đào tạo các huyện, thành phố";
const HUYEN = "UBND các huyện, thành phố";
const SGD = "Sở Giáo dục và Đào tạo";

// [Nội dung công việc, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành]
const ROWS = [
  [
    "Ban hành văn bản hướng dẫn thực hiện nhiệm vụ phổ cập giáo dục, xóa mù chữ năm 2024",
    "Sở GD&ĐT",
    "",
    "Đã thực hiện (Công văn số 280/SGDĐT-GDTrH ngày 20/02/2024)",
  ],
  [
    "Hướng dẫn điều tra, cập nhật số liệu phổ cập giáo dục, xóa mù chữ năm 2024 trên Hệ thống thông tin quản lý " +
      "phổ cập giáo dục, chống mù chữ",
    GDTX,
    PGD,
    "Trước 31/3/2024",
  ],
  ["Kiện toàn Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ cấp huyện", HUYEN, PGD, "Tháng 5/2024"],
  [
    "Điều tra, cập nhật phiếu điều tra hộ gia đình; nhập số liệu vào Hệ thống",
    HUYEN,
    "UBND các xã, phường, thị trấn",
    "Tháng 4 - tháng 6/2024",
  ],
  ["Tập huấn nghiệp vụ phổ cập giáo dục, xóa mù chữ cho cán bộ phụ trách cấp huyện, cấp xã", GDTX, PGD, "15/5/2024"],
  [
    "Mở lớp xóa mù chữ mức độ 1, mức độ 2 tại các bản vùng cao, biên giới",
    "UBND các huyện: Mường Tè, Sìn Hồ, " + "Nậm Nhùn",
    "Hội Liên hiệp Phụ nữ tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    "Quý III/2024",
  ],
  [
    "Thẩm định, bố trí kinh phí mua tài liệu, hỗ trợ học viên các lớp xóa mù chữ",
    "Sở Tài chính",
    "Sở GD&ĐT",
    "Trước 30/6/2024",
  ],
  [
    "Tuyên truyền về phổ cập giáo dục, xóa mù chữ, xây dựng xã hội học tập",
    "Đài Phát thanh - Truyền hình tỉnh",
    "Báo Lai Châu",
    "Thường xuyên",
  ],
  [
    "Thống kê trẻ em khuyết tật trong độ tuổi phổ cập, đề xuất hình thức giáo dục phù hợp",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Giáo dục và Đào tạo; Sở Y tế",
    "6 tháng đầu năm 2024",
  ],
  [
    "Kiểm tra, công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ đối với các huyện, thành phố",
    SGD,
    HUYEN,
    "Tháng 11/2024",
  ],
  [
    "Hoàn thiện hồ sơ đề nghị Bộ Giáo dục và Đào tạo kiểm tra, công nhận tỉnh đạt chuẩn xóa mù chữ mức độ 2",
    "Sở GD&ĐT",
    "Văn phòng UBND tỉnh",
    "Trước 15/12/2024",
  ],
  ["Tổng kết công tác phổ cập giáo dục, xóa mù chữ năm 2024", SGD, HUYEN, "Cuối tháng 12/2024"],
];

const blocks = [
  ...head(
    "UBND TỈNH LAI CHÂU\nSỞ GIÁO DỤC VÀ ĐÀO TẠO",
    "Số: 612/KH-SGDĐT",
    "Lai Châu, ngày 15 tháng 3 năm 2024",
    "KẾ HOẠCH",
    "Thực hiện công tác phổ cập giáo dục, xóa mù chữ năm 2024",
  ),
  plain(
    "Thực hiện Nghị định số 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ; căn " +
      "cứ kết quả kiểm tra công nhận phổ cập giáo dục, xóa mù chữ năm 2023, Sở Giáo dục và Đào tạo xây dựng Kế hoạch " +
      "thực hiện năm 2024 như sau:",
  ),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  n1(
    "1.",
    "Duy trì, nâng cao chất lượng phổ cập giáo dục, xóa mù chữ; củng cố vững chắc kết quả đã đạt được ở " +
      "các xã vùng cao, biên giới.",
  ),
  n1(
    "2.",
    "Xác định rõ nhiệm vụ, thời gian hoàn thành và trách nhiệm của từng cơ quan, đơn vị; bảo đảm số liệu " +
      "điều tra chính xác, hồ sơ đầy đủ.",
  ),
  sec("II.", "CHỈ TIÊU"),
  n2(
    "1.",
    "Đến ngày 31/12/2024, 100% xã, phường, thị trấn duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em " +
      "5 tuổi, phổ cập giáo dục tiểu học mức độ 2 trở lên.",
  ),
  n2("2.", "Tỉnh duy trì đạt chuẩn xóa mù chữ mức độ 1; phấn đấu có thêm 02 huyện đạt chuẩn xóa mù chữ mức độ 2."),
  sec("III.", "NHIỆM VỤ, GIẢI PHÁP"),
  n3(
    "1.",
    "Công tác chỉ đạo: Sở Giáo dục và Đào tạo tham mưu UBND tỉnh kiện toàn Ban Chỉ đạo phổ cập giáo dục, " +
      "xóa mù chữ tỉnh, hoàn thành trước ngày 15/4/2024. UBND các huyện, thành phố kiện toàn Ban Chỉ đạo cấp huyện " +
      "sau khi có quyết định kiện toàn Ban Chỉ đạo tỉnh.",
  ),
  n3(
    "2.",
    "Nâng cao chất lượng dạy học: các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên, các trường " +
      "phổ thông dân tộc bán trú thường xuyên duy trì sĩ số, huy động trẻ trong độ tuổi ra lớp; tăng cường dạy " +
      "tiếng Việt cho học sinh dân tộc thiểu số.",
  ),
  n3(
    "3.",
    "Kiểm tra, công nhận: UBND các huyện, thành phố chỉ đạo các xã, phường, thị trấn tự kiểm tra, hoàn " +
      "thiện hồ sơ đề nghị kiểm tra, công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ năm 2024, gửi về Sở Giáo dục " +
      "và Đào tạo chậm nhất ngày 30/10/2024.",
  ),
  n3(
    "4.",
    "Các nhiệm vụ cụ thể khác, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành được phân công tại " +
      "Phụ lục kèm theo Kế hoạch này.",
  ),
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4(
    "1.",
    "Phòng Giáo dục Trung học - Giáo dục thường xuyên là đầu mối, giúp Giám đốc Sở theo dõi, đôn đốc, " +
      "hướng dẫn các đơn vị thực hiện Kế hoạch.",
  ),
  n4(
    "2.",
    "Phòng Giáo dục và Đào tạo các huyện, thành phố báo cáo sơ kết công tác phổ cập giáo dục, xóa mù chữ 6 " +
      "tháng đầu năm 2024 về Sở (qua Phòng Giáo dục Trung học - Giáo dục thường xuyên) trước ngày 10/6/2024.",
  ),
  n4(
    "3.",
    "Đề nghị UBND các huyện, thành phố quan tâm chỉ đạo, bố trí kinh phí thực hiện công tác phổ cập giáo " +
      "dục, xóa mù chữ trên địa bàn./.",
  ),
  ...sign(
    [
      "UBND tỉnh (b/c)",
      "Ban Chỉ đạo PCGD, XMC tỉnh",
      "UBND các huyện, thành phố",
      "Phòng GD&ĐT các huyện, " + "thành phố",
      "Lãnh đạo Sở, các phòng thuộc Sở",
    ],
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "Lò Thị Hương",
  ),
  { t: "sect" },
  { t: "p", text: "Phụ lục: BẢNG PHÂN CÔNG NHIỆM VỤ", bold: true, align: "center", indent: false },
  {
    t: "p",
    text: "(Kèm theo Kế hoạch số 612/KH-SGDĐT ngày 15/3/2024 của Sở Giáo dục và Đào tạo)",
    italic: true,
    align: "center",
    indent: false,
  },
  {
    t: "table",
    widths: [600, 3700, 1900, 1900, 1500],
    header: 1,
    rows: [
      [C("TT"), C("Nội dung công việc"), C("Đơn vị chủ trì"), C("Đơn vị phối hợp"), C("Thời gian hoàn thành")],
      ...ROWS.map((r, i) => [C(String(i + 1), { list: { kind: "cell", inst: "PL" } }), r[0], r[1], r[2], C(r[3])]),
    ],
  },
];

const t = (n, due, lead, co = []) => task(String(n), ROWS[n - 1][0], due, lead, co);
const H3 = ["UBND huyện Mường Tè", "UBND huyện Sìn Hồ", "UBND huyện Nậm Nhùn"];
const BP = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh";
const tasks = [
  task("III.1", "Tham mưu UBND tỉnh kiện toàn Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ tỉnh", "2024-04-14", [SGD]),
  task(
    "III.3",
    "Chỉ đạo các xã, phường, thị trấn tự kiểm tra, hoàn thiện hồ sơ đề nghị kiểm tra, công nhận đạt " +
      "chuẩn phổ cập giáo dục, xóa mù chữ năm 2024",
    "2024-10-30",
    ["@districts"],
  ),
  task("IV.2", "Báo cáo sơ kết công tác phổ cập giáo dục, xóa mù chữ 6 tháng đầu năm 2024", "2024-06-09", [PGD]),
  t(2, "2024-03-30", [GDTX], [PGD]),
  t(3, "2024-05-31", ["@districts"], [PGD]),
  t(4, "2024-06-30", ["@districts"], ["UBND cấp xã"]),
  t(5, "2024-05-15", [GDTX], [PGD]),
  t(6, "2024-09-30", H3, ["Hội Liên hiệp Phụ nữ tỉnh", BP]),
  t(7, "2024-06-29", ["Sở Tài chính"], [SGD]),
  t(9, "2024-06-30", ["Sở Lao động - Thương binh và Xã hội"], [SGD, "Sở Y tế"]),
  t(10, "2024-11-30", [SGD], ["@districts"]),
  t(11, "2024-12-14", [SGD], ["Văn phòng UBND tỉnh"]),
  t(12, "2024-12-31", [SGD], ["@districts"]),
];

await build(DIR, {
  blocks,
  printer: "weasyprint",
  css: ".sec-1{break-before:page}",
  expected: {
    id: ID,
    style:
      "Kế hoạch 612/KH-SGDĐT of Sở Giáo dục và Đào tạo Lai Châu, 15/3/2024 (before the reorganisation: " +
      "districts), universal education and literacy. Prose body I-IV (Roman sections, '1.' items: Word lists in the " +
      "auto docx), signature, then on a new page (Word section break) 'Phụ lục: BẢNG PHÂN CÔNG NHIỆM VỤ (Kèm theo Kế hoạch số 612/KH-SGDĐT …)' with " +
      "one table TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành. The body dates " +
      "three tasks of its own: III.1 (Sở GD&ĐT 'tham mưu UBND tỉnh kiện toàn Ban Chỉ đạo tỉnh … trước ngày " +
      "15/4/2024' -> 14/4 Sun -> 15/4; the district sentence after it is relative: no date), III.3 (@districts, " +
      "'gửi về Sở … chậm nhất ngày 30/10/2024'; the Sở is a recipient), IV.2 (Phòng GD&ĐT các huyện, thành phố, " +
      "'6 tháng đầu năm' report 'trước ngày 10/6/2024' -> 9/6 Sun -> 10/6). Body refs = section path; the appendix " +
      "table, the plan's one task table, is cited by its own TT ('2' … '12'; a reader may prefix it 'PL.'). " +
      "Appendix dates: 'Trước 31/3/2024' -> 30/3 Sat -> 1/4; 'Tháng 5/2024' -> 31/5; 'Tháng 4 - tháng 6/2024' -> " +
      "30/6 Sun -> 1/7; '15/5/2024'; 'Quý III/2024' -> 30/9; 'Trước 30/6/2024' -> 29/6 Sat -> 1/7; '6 tháng đầu " +
      "năm 2024' -> 30/6 -> 1/7; 'Tháng 11/2024' -> 30/11 Sat -> 2/12; 'Trước 15/12/2024' -> 14/12 Sat -> 16/12; " +
      "'Cuối tháng 12/2024' -> 31/12. Left out: row 1 (Đã thực hiện …; its date cites a letter), row 8 (Thường " +
      "xuyên), II (targets 'Đến ngày 31/12/2024'), III.2, III.4, IV.1, IV.3. 'Sở GD&ĐT' = Sở Giáo dục và Đào tạo; " +
      "'UBND các huyện: Mường Tè, Sìn Hồ, Nậm Nhùn' = three district UBNDs; 'UBND các xã, phường, thị trấn' = " +
      "UBND cấp xã. Unresolved: the Sở's own office, the district education offices, the border guard command. " +
      "Row 11 'đề nghị Bộ Giáo dục và Đào tạo' is a recipient. PDF: WeasyPrint from HTML.",
    province: "Lai Châu",
    plan: { number: "612/KH-SGDĐT", date: "2024-03-15" },
    tasks,
    unresolved: [GDTX, PGD, "UBND cấp xã", BP],
    successors: [],
  },
});
