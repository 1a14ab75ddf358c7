// 05 Thái Nguyên 2026, a ward's plan (UBND phường Phan Đình Phùng): portrait body, then a LANDSCAPE
// appendix whose time is marked by "x" in quarter columns (Quý I-IV) under a merged two-row header,
// with exact days, some without a year, in the "Ghi chú" column.
import { P, N, T, SECTION, header, signature, writeAll, numbering } from "./lib.mjs";

const c = (text, o = {}) => ({ paras: [P(text, { noIndent: true, center: true, ...o })], ...o });
const l = (text) => c(text, { center: false, left: true });
const H1 = (label, text) => N(label, "body", 0, { b: text });
const H2 = (label, text) => N(label, "body", 1, text);
const sec = (roman, title) => [
  c(roman, { bold: true }),
  { paras: [P({ b: title }, { noIndent: true, left: true })], colSpan: 8 },
];
// quarters: a string of four marks, e.g. "x---" for Quý I only
const row = (no, task, lead, partners, quarters, note = "") => [
  c(no),
  l(task),
  l(lead),
  l(partners),
  ...[...quarters].map((q) => c(q === "x" ? "x" : "")),
  c(note, { italic: true }),
];

const head = [
  [
    c("STT", { bold: true, rowSpan: 2 }),
    c("Nội dung nhiệm vụ", { bold: true, rowSpan: 2 }),
    c("Đơn vị chủ trì", { bold: true, rowSpan: 2 }),
    c("Đơn vị phối hợp", { bold: true, rowSpan: 2 }),
    c("Thời gian thực hiện năm 2026", { bold: true, colSpan: 4 }),
    c("Ghi chú", { bold: true, rowSpan: 2 }),
  ],
  ["Quý I", "Quý II", "Quý III", "Quý IV"].map((q) => c(q, { bold: true })),
];

const VP = "Văn phòng HĐND và UBND phường";
const KT = "Phòng Kinh tế, Hạ tầng và Đô thị";
const VH = "Phòng Văn hóa - Xã hội";
const TT = "Trung tâm Phục vụ hành chính công phường";

const annex = T(
  [700, 4600, 2300, 2570, 700, 700, 700, 700, 1600],
  [
    ...head,
    sec("I", "CẢI CÁCH THỂ CHẾ"),
    row(
      "1",
      "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND các xã, phường trước sắp xếp ban hành còn hiệu lực trên địa bàn phường; đề xuất bãi bỏ, thay thế",
      VP,
      `${KT}; ${VH}`,
      "x---",
    ),
    row(
      "2",
      "Phổ biến pháp luật về cải cách hành chính tại các buổi sinh hoạt tổ dân phố",
      VH,
      "Ủy ban MTTQ Việt Nam phường; Các tổ dân phố",
      "xxxx",
      "Thường xuyên",
    ),
    sec("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
    row(
      "1",
      "Niêm yết, công khai đầy đủ thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã tại Trung tâm Phục vụ hành chính công phường và trên Trang thông tin điện tử của phường",
      TT,
      VP,
      "x---",
      "Hoàn thành trước ngày 15/3",
    ),
    row(
      "2",
      "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực đạt 100%",
      TT,
      "Công an phường",
      "-xx-",
    ),
    row(
      "3",
      "Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình; tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích",
      TT,
      "Bưu điện tỉnh; Các tổ dân phố",
      "xxxx",
      "Thường xuyên",
    ),
    row(
      "4",
      "Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính phường",
      VP,
      "Ủy ban MTTQ Việt Nam phường",
      "---x",
      "Xong trước 20/11",
    ),
    sec("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ"),
    row(
      "1",
      "Rà soát, hoàn thiện Đề án vị trí việc làm của cán bộ, công chức phường theo hướng dẫn của cấp trên",
      VP,
      "Sở Nội vụ",
      "-x--",
    ),
    row(
      "2",
      "Đánh giá, xếp loại chất lượng cán bộ, công chức phường năm 2026",
      VP,
      "Các phòng chuyên môn thuộc UBND phường",
      "---x",
      "Trước 15/12",
    ),
    sec("IV", "CẢI CÁCH TÀI CHÍNH CÔNG"),
    row(
      "1",
      "Xây dựng, ban hành Quy chế chi tiêu nội bộ năm 2026 của UBND phường",
      KT,
      VP,
      "x---",
      "Chậm nhất 31/01",
    ),
    row("2", "Công khai quyết toán ngân sách phường năm 2025 theo quy định", KT, "", "-x--"),
    sec("V", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"),
    row(
      "1",
      "Xử lý văn bản, hồ sơ công việc trên môi trường mạng (trừ văn bản mật)",
      VP,
      "Các phòng chuyên môn thuộc UBND phường",
      "xxxx",
      "Thường xuyên",
    ),
    row(
      "2",
      'Duy trì hoạt động "Tổ công nghệ số cộng đồng" tại 100% tổ dân phố; hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID',
      VH,
      "Công an phường; Các tổ dân phố",
      "-x--",
      "Trước ngày 30/5/2026",
    ),
    row(
      "3",
      "Kiểm tra, bảo đảm an toàn thông tin mạng tại bộ phận một cửa và các phòng chuyên môn",
      "Công an phường",
      VP,
      "--xx",
    ),
  ],
  { headerRows: 2, size: 24 },
);

const blocks = [
  header({
    organ: ["ỦY BAN NHÂN DÂN", "PHƯỜNG PHAN ĐÌNH PHÙNG"],
    number: "18/KH-UBND",
    placeDate: "Phan Đình Phùng, ngày 15 tháng 01 năm 2026",
  }),
  P({ b: "KẾ HOẠCH" }, { center: true, noIndent: true }),
  P({ b: "Cải cách hành chính năm 2026 của UBND phường Phan Đình Phùng" }, { center: true, noIndent: true }),
  P(
    "Căn cứ Kế hoạch số 06/KH-UBND ngày 07/01/2026 của UBND tỉnh Thái Nguyên về cải cách hành chính năm 2026; căn cứ tình hình thực tế của địa phương sau khi tổ chức chính quyền địa phương hai cấp, UBND phường Phan Đình Phùng ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
  ),
  H1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  H2(
    "1.",
    "Xác định rõ nhiệm vụ, thời gian và trách nhiệm của từng bộ phận thuộc UBND phường trong triển khai cải cách hành chính; gắn kết quả thực hiện với đánh giá, xếp loại công chức cuối năm.",
  ),
  H2(
    "2.",
    "Nâng cao chất lượng phục vụ người dân, tổ chức; phấn đấu Chỉ số hài lòng của người dân đối với phường đạt trên 90%.",
  ),
  H1("II.", "NHIỆM VỤ CỤ THỂ"),
  P(
    "Các nhiệm vụ cải cách hành chính năm 2026 của phường được phân công chi tiết tại Phụ lục kèm theo Kế hoạch này. Thời gian thực hiện đánh dấu (x) theo quý; nhiệm vụ có thời hạn cụ thể được ghi tại cột Ghi chú.",
  ),
  H1("III.", "TỔ CHỨC THỰC HIỆN"),
  H2(
    "1.",
    "Trưởng các phòng chuyên môn, Giám đốc Trung tâm Phục vụ hành chính công phường chịu trách nhiệm trước Chủ tịch UBND phường về kết quả thực hiện nhiệm vụ được giao.",
  ),
  H2(
    "2.",
    "Định kỳ hằng quý, các bộ phận báo cáo kết quả thực hiện về Văn phòng HĐND và UBND phường trước ngày 10 của tháng cuối quý để tổng hợp.",
  ),
  H2(
    "3.",
    "Văn phòng HĐND và UBND phường tổng hợp, xây dựng báo cáo cải cách hành chính năm 2026 của phường, trình Chủ tịch UBND phường ký gửi Sở Nội vụ trước ngày 05/12/2026.",
  ),
  H2(
    "4.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ phận kịp thời báo cáo Chủ tịch UBND phường (qua Văn phòng HĐND và UBND phường) để xem xét, giải quyết./.",
  ),
  signature(
    [
      "- UBND tỉnh (b/c);",
      "- Sở Nội vụ (b/c);",
      "- TT Đảng ủy, TT HĐND phường;",
      "- Chủ tịch, các PCT UBND phường;",
      "- Các phòng, đơn vị thuộc UBND phường;",
      "- Lưu: VT, VP.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Trần Thị Thu Hà"],
  ),
  SECTION({ landscape: true }),
  P({ b: "Phụ lục" }, { center: true, noIndent: true }),
  P({ b: "PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026" }, { center: true, noIndent: true }),
  P(
    { i: "(Kèm theo Kế hoạch số 18/KH-UBND ngày 15/01/2026 của UBND phường Phan Đình Phùng)" },
    { center: true, noIndent: true },
  ),
  annex,
];

await writeAll("05-thai-nguyen-2026-ward-quarter-x-columns-landscape", {
  blocks,
  numbering: [
    numbering("body", [
      ["upperRoman", "%1."],
      ["decimal", "%2."],
    ]),
  ],
});
