// 07 Bắc Kạn 2024: a civil-service plan whose Phụ lục table has ONE units column holding
// "X (chủ trì); Y, Z (phối hợp)", merged (vMerge) over two rows where a unit leads two tasks,
// and deadlines written the short way offices do: "Trước 31/3", "Quý II", "Tháng 5-6/2024".
import { P, N, T, PAGE, header, signature, writeAll, numbering } from "../../plan-heldout-3/make-docx/lib.mjs";

const c = (text, o = {}) => ({ paras: [P(text, { noIndent: true, center: true, ...o })], ...o });
const l = (text, o = {}) => c(text, { center: false, left: true, ...o });
const sec = (roman, title) => [
  c(roman, { bold: true }),
  { paras: [P(title, { bold: true, noIndent: true, left: true })], colSpan: 4 },
];
const row = (no, task, units, time, product) => [c(no), l(task), units, c(time), c(product)].filter((x) => x !== null);
const span2 = (text) => ({ ...l(text), rowSpan: 2 });
const H1 = (label, text) => N(label, "body", 0, { b: text });
const H2 = (label, text) => N(label, "body", 1, text);

const table = T(
  [560, 3500, 2500, 1211, 1300],
  [
    ["STT", "Nội dung công việc", "Cơ quan thực hiện", "Thời gian", "Sản phẩm"].map((h) => c(h, { bold: true })),
    sec("I", "VỊ TRÍ VIỆC LÀM, BIÊN CHẾ"),
    row(
      "1",
      "Rà soát, điều chỉnh danh mục vị trí việc làm trong các cơ quan hành chính cấp tỉnh, cấp huyện",
      span2("Sở Nội vụ (chủ trì); các sở, ban, ngành, UBND các huyện, thành phố (phối hợp)"),
      "Trước 31/3",
      "Quyết định phê duyệt",
    ),
    row(
      "2",
      "Thẩm định đề án vị trí việc làm của các đơn vị sự nghiệp công lập thuộc UBND tỉnh",
      null,
      "Quý II",
      "Văn bản thẩm định",
    ),
    row(
      "3",
      "Thẩm định, trình giao biên chế công chức, số lượng người làm việc năm 2025",
      l("Sở Nội vụ (chủ trì); Sở Tài chính (phối hợp)"),
      "Tháng 11-12/2024",
      "Tờ trình HĐND tỉnh",
    ),
    sec("II", "TUYỂN DỤNG, SỬ DỤNG CÔNG CHỨC, VIÊN CHỨC"),
    row(
      "1",
      "Tổ chức thi tuyển công chức hành chính năm 2024 (thi trên máy vi tính)",
      span2("Sở Nội vụ (chủ trì); Sở Tài chính, Sở TT&TT (phối hợp)"),
      "Tháng 5-6/2024",
      "Kết quả tuyển dụng",
    ),
    row(
      "2",
      "Tổ chức thi nâng ngạch công chức từ ngạch chuyên viên lên chuyên viên chính",
      null,
      "Quý IV",
      "Quyết định công nhận kết quả",
    ),
    row(
      "3",
      "Tuyển dụng viên chức ngành giáo dục năm học 2024 - 2025",
      l("Sở Giáo dục và Đào tạo (chủ trì); Sở Nội vụ, UBND các huyện, thành phố (phối hợp)"),
      "Trước 15/8",
      "Kết quả tuyển dụng",
    ),
    sec("III", "ĐÀO TẠO, BỒI DƯỠNG; KIỂM TRA, ĐÁNH GIÁ"),
    row(
      "1",
      "Xây dựng, ban hành Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2024",
      l("Sở Nội vụ (chủ trì); các sở, ban, ngành (phối hợp)"),
      "Quý I",
      "Kế hoạch",
    ),
    row(
      "2",
      "Mở lớp bồi dưỡng kỹ năng số cho công chức cấp xã",
      l("Sở Thông tin và Truyền thông (chủ trì); Sở Nội vụ, UBND các huyện, thành phố (phối hợp)"),
      "Tháng 7-8/2024",
      "Lớp bồi dưỡng",
    ),
    row(
      "3",
      "Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính",
      span2("Sở Nội vụ (chủ trì); Thanh tra tỉnh (phối hợp)"),
      "Thường xuyên",
      "Thông báo kết quả",
    ),
    row(
      "4",
      "Kiểm tra việc thực hiện quy định về tuyển dụng, sử dụng công chức, viên chức tại 04 huyện",
      null,
      "Trước 30/10",
      "Kết luận kiểm tra",
    ),
    row(
      "5",
      "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024",
      l("Các sở, ban, ngành; UBND các huyện, thành phố"),
      "Tháng 12/2024",
      "Báo cáo",
    ),
  ],
  { header: true },
);

const blocks = [
  header({
    organ: ["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN"],
    number: "38/KH-UBND",
    placeDate: "Bắc Kạn, ngày 26 tháng 01 năm 2024",
  }),
  P({ b: "KẾ HOẠCH" }, { center: true, noIndent: true }),
  P({ b: "Cải cách chế độ công vụ, công chức tỉnh Bắc Kạn năm 2024" }, { center: true, noIndent: true }),
  P([
    "Căn cứ Kế hoạch cải cách hành chính nhà nước tỉnh Bắc Kạn giai đoạn 2021 - 2025",
    { fn: 1 },
    ", UBND tỉnh ban hành Kế hoạch cải cách chế độ công vụ, công chức năm 2024 như sau:",
  ]),
  H1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  H2(
    "1.",
    "Xây dựng đội ngũ cán bộ, công chức, viên chức có cơ cấu hợp lý theo vị trí việc làm, đủ phẩm chất, năng lực đáp ứng yêu cầu nhiệm vụ.",
  ),
  H2("2.", "Nhiệm vụ phải cụ thể, gắn trách nhiệm của cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành."),
  H1("II.", "NHIỆM VỤ CỤ THỂ"),
  P(
    "Các nhiệm vụ, cơ quan thực hiện, thời gian và sản phẩm chi tiết tại Phụ lục kèm theo Kế hoạch này. Thời gian ghi tại Phụ lục không ghi năm được hiểu là năm 2024.",
  ),
  H1("III.", "TỔ CHỨC THỰC HIỆN"),
  H2(
    "1.",
    "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố căn cứ nhiệm vụ được giao tổ chức thực hiện, báo cáo kết quả về Sở Nội vụ để tổng hợp.",
  ),
  H2("2.", "Sở Nội vụ theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh./."),
  signature(
    [
      "- Bộ Nội vụ (b/c);",
      "- TT Tỉnh ủy, TT HĐND tỉnh;",
      "- CT, PCT UBND tỉnh;",
      "- Các sở, ban, ngành;",
      "- UBND các huyện, thành phố;",
      "- Lưu: VT, NCPC.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Đăng Bình"],
  ),
  PAGE,
  P({ b: "PHỤ LỤC" }, { center: true, noIndent: true }),
  P({ b: "NHIỆM VỤ CẢI CÁCH CHẾ ĐỘ CÔNG VỤ, CÔNG CHỨC NĂM 2024" }, { center: true, noIndent: true }),
  P({ i: "(Kèm theo Kế hoạch số 38/KH-UBND ngày 26/01/2024 của UBND tỉnh Bắc Kạn)" }, { center: true, noIndent: true }),
  table,
];

await writeAll("../plan-heldout-4/07-bac-kan-2024-units-one-column-short-dates", {
  blocks,
  numbering: [
    numbering("body", [
      ["upperRoman", "%1."],
      ["decimal", "%2."],
    ]),
  ],
  footnotes: { 1: "Ban hành kèm theo Quyết định số 1918/QĐ-UBND ngày 15/10/2021 của UBND tỉnh Bắc Kạn." },
});
