// 06 Thái Nguyên 2026: a plan whose body only points to two appendices: Phụ lục I the task table
// (sections I-III, numbers restarting), Phụ lục II the reports due, one-off and recurring mixed.
import { P, N, T, PAGE, header, signature, writeAll, numbering } from "../../plan-heldout-3/make-docx/lib.mjs";

const c = (text, o = {}) => ({ paras: [P(text, { noIndent: true, center: true, ...o })], ...o });
const l = (text) => c(text, { center: false, left: true });
const sec = (roman, title, span) => [
  c(roman, { bold: true }),
  { paras: [P(title, { bold: true, noIndent: true, left: true })], colSpan: span },
];
const H1 = (label, text) => N(label, "body", 0, { b: text });
const H2 = (label, text) => N(label, "body", 1, text);

const annex1 = T(
  [560, 3600, 1700, 1811, 1400],
  [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"].map((h) => c(h, { bold: true })),
    sec("I", "RÀ SOÁT, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH", 4),
    [
      c("1"),
      l(
        "Rà soát, đánh giá thủ tục hành chính thuộc lĩnh vực đất đai, xây dựng, đầu tư; đề xuất phương án cắt giảm, đơn giản hóa",
      ),
      c("Sở Nông nghiệp và Môi trường; Sở Xây dựng; Sở Tài chính"),
      l("Văn phòng UBND tỉnh"),
      c("Trước ngày 31/5/2026"),
    ],
    [
      c("2"),
      l("Công bố Danh mục thủ tục hành chính được chuẩn hóa sau sắp xếp tổ chức bộ máy, đơn vị hành chính"),
      c("Văn phòng UBND tỉnh"),
      l("Các sở, ban, ngành"),
      c("Quý I/2026"),
    ],
    [
      c("3"),
      l("Xây dựng phương án phân cấp thẩm quyền giải quyết thủ tục hành chính cho UBND cấp xã"),
      c("Sở Nội vụ"),
      l("Sở Tư pháp, Văn phòng UBND tỉnh"),
      c("Tháng 7/2026"),
    ],
    sec("II", "SỐ HÓA, CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN", 4),
    [
      c("1"),
      l("Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực"),
      c("Các sở, ban, ngành"),
      l("Trung tâm Phục vụ hành chính công tỉnh"),
      c("30/9/2026"),
    ],
    [
      c("2"),
      l("Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối Cơ sở dữ liệu quốc gia về dân cư"),
      c("Sở Khoa học và Công nghệ"),
      l("Công an tỉnh; Văn phòng UBND tỉnh"),
      c("Quý III/2026"),
    ],
    [
      c("3"),
      l("Triển khai thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính"),
      c("Sở Tài chính"),
      l("Thuế tỉnh; Bưu điện tỉnh"),
      c("15/8/2026"),
    ],
    sec("III", "KIỂM TRA, TUYÊN TRUYỀN, ĐỐI THOẠI", 4),
    [
      c("1"),
      l("Kiểm tra công tác kiểm soát thủ tục hành chính tại 10 cơ quan, đơn vị, địa phương"),
      c("Văn phòng UBND tỉnh"),
      l("Sở Nội vụ; Sở Tư pháp"),
      c("Tháng 10/2026"),
    ],
    [
      c("2"),
      l("Tuyên truyền kết quả cải cách thủ tục hành chính, phản ánh kiến nghị của người dân, doanh nghiệp"),
      c("Báo và Phát thanh, Truyền hình Thái Nguyên"),
      l("Văn phòng UBND tỉnh"),
      c("Thường xuyên"),
    ],
    [
      c("3"),
      l("Tổ chức Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính năm 2026"),
      c("Sở Tài chính"),
      l("Hiệp hội Doanh nghiệp tỉnh"),
      c("04/12/2026"),
    ],
  ],
  { header: true },
);

const annex2 = T(
  [560, 3300, 1900, 1811, 1500],
  [
    ["TT", "Tên báo cáo", "Cơ quan báo cáo", "Cơ quan nhận báo cáo", "Thời hạn gửi báo cáo"].map((h) =>
      c(h, { bold: true }),
    ),
    [
      c("1"),
      l("Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính"),
      c("Các sở, ban, ngành; UBND các xã, phường"),
      l("Văn phòng UBND tỉnh"),
      c("Hằng quý, trước ngày 15 của tháng cuối quý"),
    ],
    [
      c("2"),
      l("Báo cáo kết quả rà soát, phương án đơn giản hóa thủ tục hành chính (nhiệm vụ I.1 Phụ lục I)"),
      c("Sở Nông nghiệp và Môi trường; Sở Xây dựng; Sở Tài chính"),
      l("Văn phòng UBND tỉnh"),
      c("Trước ngày 10/6/2026"),
    ],
    [
      c("3"),
      l("Báo cáo công tác kiểm soát thủ tục hành chính 6 tháng, năm"),
      c("Văn phòng UBND tỉnh"),
      l("UBND tỉnh; Văn phòng Chính phủ"),
      c("Định kỳ 6 tháng, năm (trước ngày 20/6 và 20/12 hằng năm)"),
    ],
    [
      c("4"),
      l("Báo cáo tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"),
      c("Sở Khoa học và Công nghệ"),
      l("Văn phòng UBND tỉnh"),
      c("Hằng tháng, trước ngày 25"),
    ],
    [
      c("5"),
      l("Báo cáo kết quả kiểm tra công tác kiểm soát thủ tục hành chính năm 2026"),
      c("Văn phòng UBND tỉnh"),
      l("UBND tỉnh"),
      c("Chậm nhất ngày 15/11/2026"),
    ],
    [
      c("6"),
      l("Báo cáo tổng kết công tác kiểm soát thủ tục hành chính năm 2026, đề xuất nhiệm vụ năm 2027"),
      c("Văn phòng UBND tỉnh"),
      l("UBND tỉnh; Văn phòng Chính phủ"),
      c("10/12/2026"),
    ],
  ],
  { header: true },
);

const annexHead = (no, title) => [
  P({ b: `Phụ lục ${no}` }, { center: true, noIndent: true }),
  P({ b: title }, { center: true, noIndent: true }),
  P(
    { i: "(Kèm theo Kế hoạch số 74/KH-UBND ngày 05/02/2026 của UBND tỉnh Thái Nguyên)" },
    { center: true, noIndent: true },
  ),
];

const blocks = [
  header({
    organ: ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"],
    number: "74/KH-UBND",
    placeDate: "Thái Nguyên, ngày 05 tháng 02 năm 2026",
  }),
  P({ b: "KẾ HOẠCH" }, { center: true, noIndent: true }),
  P({ b: "Kiểm soát thủ tục hành chính trên địa bàn tỉnh Thái Nguyên năm 2026" }, { center: true, noIndent: true }),
  P([
    "Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính và các văn bản sửa đổi, bổ sung",
    { fn: 1 },
    ", UBND tỉnh ban hành Kế hoạch kiểm soát thủ tục hành chính (TTHC) năm 2026 như sau:",
  ]),
  H1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  H2(
    "1.",
    "Kiểm soát chặt chẽ việc ban hành, công bố, công khai và giải quyết TTHC sau sắp xếp tổ chức bộ máy và đơn vị hành chính hai cấp.",
  ),
  H2(
    "2.",
    "Phân công cụ thể cơ quan chủ trì, phối hợp, thời hạn hoàn thành; bảo đảm chế độ thông tin, báo cáo kịp thời, đúng quy định.",
  ),
  H1("II.", "NHIỆM VỤ VÀ CHẾ ĐỘ BÁO CÁO"),
  H2(
    "1.",
    "Các nhiệm vụ, cơ quan chủ trì, phối hợp và thời gian hoàn thành chi tiết tại Phụ lục I kèm theo Kế hoạch này.",
  ),
  H2(
    "2.",
    "Các báo cáo, cơ quan báo cáo, cơ quan nhận và thời hạn gửi báo cáo chi tiết tại Phụ lục II kèm theo Kế hoạch này. Báo cáo gửi bằng văn bản điện tử qua Hệ thống quản lý văn bản và điều hành của tỉnh.",
  ),
  H1("III.", "TỔ CHỨC THỰC HIỆN"),
  H2(
    "1.",
    "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch này.",
  ),
  H2(
    "2.",
    "Văn phòng UBND tỉnh theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị, địa phương thực hiện; tổng hợp những khó khăn, vướng mắc, báo cáo UBND tỉnh xem xét, chỉ đạo./.",
  ),
  signature(
    [
      "- Văn phòng Chính phủ (Cục KSTTHC);",
      "- TT Tỉnh ủy, TT HĐND tỉnh;",
      "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành;",
      "- UBND các xã, phường;",
      "- Lưu: VT, KSTT.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Huy Dũng"],
  ),
  PAGE,
  ...annexHead("I", "NHIỆM VỤ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2026"),
  annex1,
  PAGE,
  ...annexHead("II", "DANH MỤC BÁO CÁO VÀ THỜI HẠN GỬI BÁO CÁO"),
  annex2,
];

await writeAll("../plan-heldout-4/06-thai-nguyen-2026-two-appendices-reports", {
  blocks,
  numbering: [
    numbering("body", [
      ["upperRoman", "%1."],
      ["decimal", "%2."],
    ]),
  ],
  footnotes: {
    1: "Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 và Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ.",
  },
});
