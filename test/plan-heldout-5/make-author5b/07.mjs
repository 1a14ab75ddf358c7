// 07 Lai Châu 2026, a Sở's plan to its own units (Sở Nội vụ): the task table sits inside body section II,
// runs over two pages with its two-row header repeated, its STT column numbered by a multi-level Word
// list inside the cells ("1", "1.1"), and one column "Thời gian hoàn thành / Sản phẩm" mixing time and
// product in either order; one deadline only in a footnote.
import { P, N, T, header, signature, writeAll, numbering, bullets } from "./lib.mjs";

const c = (text, o = {}) => ({ paras: [P(text, { noIndent: true, center: true, ...o })], ...o });
const l = (text) => c(text, { center: false, left: true });
const both = (first, second) => ({
  paras: [P(first, { noIndent: true, center: true }), P({ i: second }, { noIndent: true, center: true })],
});
const stt = (label, level) => ({ paras: [N(label, "stt", level, [], { noIndent: true, center: true, inCell: true })] });
const group = (no, title) => [
  { paras: [N(no, "stt", 0, [], { noIndent: true, center: true, inCell: true, bold: true })] },
  { paras: [P({ b: title }, { noIndent: true, left: true })], colSpan: 4 },
];
const row = (no, task, lead, partners, time) => [stt(no, 1), l(task), l(lead), l(partners), time];

const VP = "Văn phòng Sở";
const CC = "Phòng Cải cách hành chính";
const TC = "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ";
const CV = "Phòng Công chức, viên chức";
const ALL = "Các phòng, đơn vị thuộc Sở";

const table = T(
  [760, 3440, 1700, 1700, 1471],
  [
    [
      c("STT", { bold: true, rowSpan: 2 }),
      c("Nội dung công việc", { bold: true, rowSpan: 2 }),
      c("Phân công thực hiện", { bold: true, colSpan: 2 }),
      c("Thời gian hoàn thành / Sản phẩm", { bold: true, rowSpan: 2 }),
    ],
    [c("Chủ trì", { bold: true }), c("Phối hợp", { bold: true })],
    group("1", "Công tác chỉ đạo, điều hành cải cách hành chính"),
    row(
      "1.1",
      "Xây dựng, trình Giám đốc Sở ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 của Sở Nội vụ",
      CC,
      VP,
      both("Tháng 02/2026", "Kế hoạch"),
    ),
    row(
      "1.2",
      "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở; hoàn thiện tài liệu kiểm chứng, nhập lên phần mềm",
      CC,
      ALL,
      c("Báo cáo tự đánh giá; trước 05/02/2026"),
    ),
    row(
      "1.3",
      "Báo cáo công tác cải cách hành chính định kỳ quý, 6 tháng, năm của Sở",
      VP,
      ALL,
      both("Hằng quý, trước ngày 12 của tháng cuối quý", "Báo cáo"),
    ),
    group("2", "Cải cách tổ chức bộ máy"),
    row(
      "2.1",
      "Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của các phòng, đơn vị thuộc Sở sau khi tiếp nhận chức năng, nhiệm vụ lĩnh vực lao động, người có công và xã hội; tham mưu sửa đổi Quyết định quy định chức năng, nhiệm vụ của Sở",
      TC,
      VP,
      c("Quý II/2026 - Dự thảo Quyết định"),
    ),
    row(
      "2.2",
      "Hướng dẫn UBND các xã, phường rà soát, điều chỉnh Đề án vị trí việc làm của cơ quan hành chính cấp xã",
      TC,
      "UBND các xã, phường",
      both("Trước ngày 15/4/2026", "Văn bản hướng dẫn"),
    ),
    row(
      "2.3",
      "Thẩm định Đề án vị trí việc làm, số lượng người làm việc của các đơn vị sự nghiệp công lập thuộc UBND tỉnh",
      TC,
      "Sở Tài chính",
      {
        paras: [
          P(["Theo thời hạn tại Kế hoạch của UBND tỉnh", { fn: 1 }], { noIndent: true, center: true }),
          P({ i: "Văn bản thẩm định" }, { noIndent: true, center: true }),
        ],
      },
    ),
    group("3", "Cải cách chế độ công vụ"),
    row(
      "3.1",
      "Tổ chức kỳ thi tuyển công chức hành chính năm 2026 trên phần mềm thi trắc nghiệm trên máy tính",
      CV,
      "Sở Khoa học và Công nghệ; Văn phòng Sở",
      both("Quyết định công nhận kết quả", "Tháng 8 - tháng 9/2026"),
    ),
    row(
      "3.2",
      "Mở lớp bồi dưỡng kỹ năng số, kỹ năng giải quyết thủ tục hành chính cho công chức cấp xã",
      CV,
      "Sở Khoa học và Công nghệ; UBND các xã, phường",
      c("Quý III/2026 - Lớp bồi dưỡng"),
    ),
    row(
      "3.3",
      "Tham mưu khen thưởng tập thể, cá nhân có thành tích xuất sắc trong công tác cải cách hành chính năm 2026",
      "Ban Thi đua - Khen thưởng",
      CC,
      c("Quyết định khen thưởng; tháng 12/2026"),
    ),
    group("4", "Chuyển đổi số trong hoạt động của Sở"),
    row(
      "4.1",
      "Cập nhật, chuẩn hóa 100% hồ sơ cán bộ, công chức, viên chức của tỉnh vào Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức",
      CV,
      ALL,
      both("Chậm nhất 30/6/2026", "Dữ liệu được cập nhật"),
    ),
    row(
      "4.2",
      "Kết nối, chia sẻ dữ liệu người lao động tìm việc làm với Cơ sở dữ liệu quốc gia về dân cư",
      "Trung tâm Dịch vụ việc làm",
      "Phòng Lao động - Việc làm; Công an tỉnh",
      both("Trong tháng 10/2026", "Báo cáo kết quả kết nối"),
    ),
    row(
      "4.3",
      "Vận hành Hệ thống quản lý văn bản và điều hành, ký số văn bản đi trên môi trường mạng",
      VP,
      ALL,
      c("Thường xuyên"),
    ),
    row(
      "4.4",
      "Số hóa tài liệu lưu trữ lịch sử của tỉnh giai đoạn 2020 - 2024, đưa vào Kho lưu trữ số",
      "Trung tâm Lưu trữ lịch sử",
      "Văn phòng UBND tỉnh",
      c("Báo cáo kết quả số hóa; trước ngày 20/11/2026"),
    ),
  ],
  { headerRows: 2, size: 24 },
);

const H1 = (label, text) => N(label, "body", 0, { b: text });
const dash = (text) => N("-", "dash", 0, text);

const blocks = [
  header({ organ: ["UBND TỈNH LAI CHÂU", "SỞ NỘI VỤ"], number: "27/KH-SNV", placeDate: "Lai Châu, ngày 23 tháng 01 năm 2026" }),
  P({ b: "KẾ HOẠCH" }, { center: true, noIndent: true }),
  P({ b: "Thực hiện công tác cải cách hành chính năm 2026 của Sở Nội vụ" }, { center: true, noIndent: true }),
  P(
    "Căn cứ Kế hoạch số 15/KH-UBND ngày 12/01/2026 của UBND tỉnh Lai Châu về cải cách hành chính nhà nước năm 2026, Sở Nội vụ xây dựng Kế hoạch thực hiện công tác cải cách hành chính năm 2026 của Sở, như sau:",
  ),
  H1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash(
    "Cụ thể hóa nhiệm vụ UBND tỉnh giao cho Sở Nội vụ là cơ quan thường trực công tác cải cách hành chính của tỉnh; phân công rõ phòng, đơn vị chủ trì, phối hợp, thời gian hoàn thành và sản phẩm của từng nhiệm vụ.",
  ),
  dash(
    "Kết quả thực hiện Kế hoạch là căn cứ đánh giá, xếp loại mức độ hoàn thành nhiệm vụ năm 2026 của các phòng, đơn vị và người đứng đầu.",
  ),
  H1("II.", "NHIỆM VỤ CỤ THỂ"),
  P("Các nhiệm vụ, phòng, đơn vị chủ trì, phối hợp, thời gian hoàn thành và sản phẩm được phân công như sau:"),
  table,
  H1("III.", "TỔ CHỨC THỰC HIỆN"),
  dash(
    "Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được phân công xây dựng kế hoạch chi tiết, gửi về Phòng Cải cách hành chính trước ngày 10/02/2026 để theo dõi.",
  ),
  dash(
    "Phòng Cải cách hành chính theo dõi, đôn đốc, tổng hợp kết quả; báo cáo Giám đốc Sở những khó khăn, vướng mắc để kịp thời chỉ đạo, giải quyết./.",
  ),
  signature(
    ["- UBND tỉnh (b/c);", "- Lãnh đạo Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, CCHC."],
    ["GIÁM ĐỐC", "", "", "Tao Văn Khánh"],
  ),
];

await writeAll("07-lai-chau-2026-sonv-table-cell-numbering-time-product", {
  blocks,
  numbering: [
    numbering("body", [["upperRoman", "%1."]]),
    numbering("stt", [
      ["decimal", "%1", { indent: { left: 0, firstLine: 0 } }],
      ["decimal", "%1.%2", { indent: { left: 0, firstLine: 0 } }],
    ]),
    bullets("dash", ["-"]),
  ],
  footnotes: {
    1: "Kế hoạch số 15/KH-UBND ngày 12/01/2026 của UBND tỉnh: hoàn thành thẩm định Đề án vị trí việc làm của các đơn vị sự nghiệp công lập trước ngày 30/9/2026.",
  },
});
