// Held-out set 7, document 08: the plan's content model (its text, the appendix's two tables), read by 08.mjs.
import { P, N, T, SECTION, PAGE, headerBlock, signatureBlock } from "./lib.mjs";

export const FOLDER = "08-thai-nguyen-2025-department-offices-rotated-appendix-pdflib";
export const L = "main";
export const S = (label, text) => N(label, L, 0, [{ b: text }], { noIndent: true });
export const I = (label, runs) => N(label, L, 1, [].concat(runs));

export const VPS = "Văn phòng Sở";
export const CPDV = "Các phòng, đơn vị thuộc Sở";
export const XA = "UBND các xã, phường";
export const c = (t, o = {}) => ({ t, ...o });
export const group = (roman, title, due = "") => [
  c(roman, { b: true, align: "center" }),
  c(title, { b: true, colSpan: 3 }),
  c(due, { b: true, align: "center" }),
  "",
];
export const row = (n, task, lead, coord, due, product) => [
  c(String(n), { align: "center" }),
  task,
  lead,
  coord,
  c(due, { align: "center" }),
  product,
];
export const HEAD = ["STT", "Nhiệm vụ", "Phòng, đơn vị chủ trì", "Phòng, đơn vị phối hợp", "Hạn hoàn thành", "Sản phẩm"].map(
  (h) => c(h, { b: true, align: "center" }),
);
export const WIDTHS = [700, 5200, 2500, 2700, 1700, 1770];

export const part1 = [
  HEAD,
  group("I", "CẢI CÁCH THỂ CHẾ, THỦ TỤC HÀNH CHÍNH"),
  row(
    1,
    "Rà soát, sửa đổi Quy chế làm việc của Sở Nội vụ sau khi tiếp nhận chức năng, nhiệm vụ của Sở Lao động - Thương binh và Xã hội",
    VPS,
    CPDV,
    "Chậm nhất 29/8/2025",
    "Quyết định của Giám đốc Sở",
  ),
  row(
    2,
    "Rà soát, trình công bố danh mục thủ tục hành chính lĩnh vực lao động, việc làm, người có công thuộc thẩm quyền giải quyết của Sở sau sắp xếp",
    VPS,
    "Phòng Lao động - Việc làm; Phòng Người có công",
    "Trước 02/9/2025",
    "Quyết định công bố của Chủ tịch UBND tỉnh",
  ),
  row(
    3,
    "Đề xuất phương án phân cấp, ủy quyền giải quyết thủ tục hành chính lĩnh vực nội vụ cho UBND cấp xã",
    "Phòng Xây dựng chính quyền và Công tác thanh niên",
    `${VPS}; ${XA}`,
    "Đợt 1: 15/9/2025; Đợt 2: 31/10/2025",
    "Tờ trình UBND tỉnh",
  ),
  row(
    4,
    "Hướng dẫn UBND các xã, phường kiện toàn Trung tâm Phục vụ hành chính công cấp xã",
    "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ",
    "Trung tâm Phục vụ hành chính công tỉnh",
    "Trước 17h00 ngày 29/8/2025",
    "Văn bản hướng dẫn",
  ),
  group("II", "CẢI CÁCH TỔ CHỨC BỘ MÁY, CHẾ ĐỘ CÔNG VỤ"),
  row(
    5,
    "Rà soát, sắp xếp, bố trí công chức, viên chức theo vị trí việc làm sau hợp nhất",
    "Phòng Công chức, viên chức",
    `${VPS}; ${CPDV}`,
    "Xong trước 30/9/2025",
    "Quyết định điều động, bố trí",
  ),
  row(
    6,
    "Thẩm định đề án vị trí việc làm của các cơ quan, tổ chức hành chính cấp tỉnh",
    "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ",
    "Các sở, ban, ngành",
    "Tháng 10/2025",
    "Văn bản thẩm định",
  ),
  row(
    7,
    "Tổng hợp nhu cầu, tổ chức bồi dưỡng kỹ năng cho công chức cấp xã sau sắp xếp",
    "Phòng Công chức, viên chức",
    `${XA}; Trường Chính trị tỉnh`,
    "Đợt 1: trước 15/10/2025; Đợt 2: trước 15/12/2025",
    "Lớp bồi dưỡng",
  ),
  row(
    8,
    "Kiểm tra công tác cải cách hành chính, công vụ tại UBND các xã: Ba Bể, Chợ Đồn, Na Rì, Phú Bình",
    "Phòng Cải cách hành chính, Văn thư và Lưu trữ",
    `Thanh tra tỉnh; ${VPS}`,
    "Tháng 11/2025",
    "Thông báo kết luận kiểm tra",
  ),
  row(
    9,
    "Đánh giá, xếp loại chất lượng công chức, viên chức của Sở năm 2025",
    VPS,
    CPDV,
    "Chậm nhất 20/12/2025",
    "Quyết định xếp loại",
  ),
];
export const part2 = [
  HEAD,
  group("III", "CHUYỂN ĐỔI SỐ", "Trong Quý IV/2025"),
  row(
    10,
    "Số hóa hồ sơ, tài liệu lưu trữ của Sở Lao động - Thương binh và Xã hội (cũ) bàn giao về Sở",
    "Trung tâm Lưu trữ lịch sử",
    VPS,
    "",
    "Dữ liệu số",
  ),
  row(
    11,
    "Cập nhật, đồng bộ dữ liệu cán bộ, công chức, viên chức lên Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức",
    "Phòng Công chức, viên chức",
    "Sở Khoa học và Công nghệ",
    "",
    "Dữ liệu được đồng bộ",
  ),
  row(
    12,
    "Bảo đảm 100% văn bản đi của Sở được ký số, gửi nhận trên Hệ thống quản lý văn bản và điều hành",
    VPS,
    CPDV,
    "Trước 15/9/2025",
    "Báo cáo",
  ),
  row(
    13,
    "Tuyên truyền về cải cách hành chính, chuyển đổi số của ngành nội vụ trên báo chí",
    "Phòng Cải cách hành chính, Văn thư và Lưu trữ",
    "Báo Thái Nguyên; Đài Phát thanh - Truyền hình tỉnh",
    "Tháng 9 - tháng 12/2025",
    "Tin, bài",
  ),
  row(
    14,
    "Hướng dẫn UBND các xã, phường chỉnh lý, số hóa tài liệu lưu trữ của UBND cấp huyện (cũ) bàn giao",
    "Phòng Cải cách hành chính, Văn thư và Lưu trữ",
    `Trung tâm Lưu trữ lịch sử; ${XA}`,
    "",
    "Văn bản hướng dẫn",
  ),
  row(15, "Duy trì, cập nhật Trang thông tin điện tử của Sở", VPS, "", "Thường xuyên", "Trang thông tin"),
  group("IV", "NHIỆM VỤ KHÁC"),
  row(16, "Xây dựng báo cáo cải cách hành chính năm 2025 của Sở", VPS, CPDV, "Chậm nhất 05/12/2025", "Báo cáo"),
  row(
    17,
    "Hoàn thiện tài liệu kiểm chứng Chỉ số cải cách hành chính năm 2025 của Sở theo ý kiến của Tổ thẩm định",
    VPS,
    CPDV,
    "Chậm nhất 14/02/2026",
    "Hồ sơ kiểm chứng",
  ),
];
export const RUNNING = "Phụ lục kèm theo Kế hoạch số 1864/KH-SNV ngày 11/8/2025 của Sở Nội vụ";

export const blocks = [
  headerBlock({
    organ: ["UBND TỈNH THÁI NGUYÊN", "SỞ NỘI VỤ"],
    number: "1864/KH-SNV",
    placeDate: "Thái Nguyên, ngày 11 tháng 8 năm 2025",
    widths: [3600, 5471],
  }),
  P({ b: "KẾ HOẠCH" }, { align: "center" }),
  P(
    { b: "Thực hiện nhiệm vụ cải cách hành chính, chuyển đổi số 6 tháng cuối năm 2025 của Sở Nội vụ" },
    { align: "center" },
  ),
  P(
    "Căn cứ Quyết định số 1520/QĐ-UBND ngày 01/7/2025 của UBND tỉnh Thái Nguyên quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ; Kế hoạch số 112/KH-UBND ngày 18/7/2025 của UBND tỉnh về triển khai nhiệm vụ cải cách hành chính sau sắp xếp tổ chức bộ máy và tổ chức chính quyền địa phương hai cấp, Sở Nội vụ ban hành Kế hoạch thực hiện như sau:",
  ),
  S("I.", "MỤC ĐÍCH, YÊU CẦU"),
  I(
    "1.",
    "Bảo đảm hoạt động của Sở sau hợp nhất thông suốt, không gián đoạn việc giải quyết thủ tục hành chính cho người dân, doanh nghiệp.",
  ),
  I(
    "2.",
    "Phấn đấu hoàn thành 100% nhiệm vụ cải cách hành chính UBND tỉnh giao cho Sở trước ngày 31/12/2025; không có hồ sơ thủ tục hành chính quá hạn.",
  ),
  S("II.", "NHIỆM VỤ"),
  P(
    "Nhiệm vụ cụ thể, phòng, đơn vị chủ trì, phối hợp, hạn hoàn thành và sản phẩm tại Phụ lục kèm theo Kế hoạch này. Nhiệm vụ không ghi hạn hoàn thành thì thực hiện theo hạn ghi tại dòng của nhóm nhiệm vụ.",
  ),
  S("III.", "TỔ CHỨC THỰC HIỆN"),
  I("1.", [
    { b: "Trưởng các phòng, đơn vị thuộc Sở:" },
    " chủ động triển khai nhiệm vụ được giao; báo cáo kết quả thực hiện trước ngày 20 hằng tháng về Văn phòng Sở.",
  ]),
  I("2.", [
    { b: "Văn phòng Sở:" },
    " theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện trước ngày 10/01/2026.",
  ]),
  I("3.", "Đề nghị UBND các xã, phường phối hợp với Sở Nội vụ thực hiện các nhiệm vụ có liên quan./."),
  signatureBlock(
    [
      "- UBND tỉnh (b/c);",
      "- Giám đốc, các Phó Giám đốc Sở;",
      "- Các phòng, đơn vị thuộc Sở;",
      "- UBND các xã, phường;",
      "- Lưu: VT, VP.",
    ],
    ["GIÁM ĐỐC", "", "", "", "Nguyễn Thị Loan"],
  ),
  SECTION({
    landscape: true,
    runningHead: RUNNING,
    pageNumbers: true,
    margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
  }),
  P({ b: "PHỤ LỤC" }, { align: "center" }),
  P({ b: "PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ 6 THÁNG CUỐI NĂM 2025" }, { align: "center" }),
  P({ i: "(Kèm theo Kế hoạch số 1864/KH-SNV ngày 11/8/2025 của Sở Nội vụ)" }, { align: "center" }),
  T(WIDTHS, part1, { headerRows: 1, size: 22, role: "appendix" }),
  PAGE,
  T(WIDTHS, part2, { headerRows: 1, size: 22, role: "appendix" }),
];

