// 03: a department's own plan — Sở Thông tin và Truyền thông tỉnh Bắc Kạn, 2024 — assigning the work
// to its own offices (Văn phòng Sở, Thanh tra Sở, Phòng …, Trung tâm …). The appendix table has a
// "Lãnh đạo Sở phụ trách" column (people, merged over rows) before the lead and partner columns,
// rows numbered on across the Roman groups, and deadlines written "Chậm nhất ngày", "Xong trước",
// "Hạn hoàn thành:", "trước 17 giờ 00 ngày …", "Đợt 1: …; Đợt 2: …", around 30/4–1/5 (and the
// make-up Saturday 4/5/2024) and 2/9. plan.pdf is drawn by pdfmake, with a running head and
// "Trang x/y" on every page and the table's two header rows repeated on each page.
import { P, N, T, folderOf, writeWord, writeText, numbering } from "./lib.mjs";
import { c, l, headerBlock, signature } from "./parts.mjs";
import { pmContent, pdfmakePdf } from "./print.mjs";

const L = "kh38";
const H1 = (label, text) => N(label, L, 0, text, { bold: true });
const H2 = (label, runs, o = {}) => N(label, L, 1, runs, o);

const header = headerBlock(
  ["UBND TỈNH BẮC KẠN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"],
  "Số: 38/KH-STTTT",
  "Bắc Kạn, ngày 04 tháng 3 năm 2024",
  [3900, 5171],
);

const body = [
  header,
  P("KẾ HOẠCH", { center: true, bold: true, noIndent: true, before: 240 }),
  P("Cải cách hành chính năm 2024 của Sở Thông tin và Truyền thông", { center: true, bold: true, noIndent: true }),
  P(
    "Căn cứ Quyết định số 1745/QĐ-UBND ngày 29/9/2021 của UBND tỉnh Bắc Kạn ban hành Kế hoạch cải cách hành chính nhà nước tỉnh Bắc Kạn giai đoạn 2021 - 2025; Kế hoạch số 52/KH-UBND ngày 24/01/2024 của UBND tỉnh về cải cách hành chính nhà nước năm 2024; Quyết định số 2265/QĐ-UBND ngày 08/12/2023 của UBND tỉnh công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành;",
  ),
  P(
    "Năm 2023, Chỉ số cải cách hành chính của Sở đạt 86,52 điểm, xếp thứ 7/19 sở, ban, ngành. Để khắc phục các tiêu chí bị mất điểm, Sở Thông tin và Truyền thông ban hành Kế hoạch cải cách hành chính năm 2024 như sau:",
  ),
  H1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P(
    "- Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính thuộc phạm vi quản lý của Sở; phấn đấu Chỉ số cải cách hành chính năm 2024 của Sở xếp trong nhóm 5 đơn vị dẫn đầu.",
  ),
  P(
    "- Phân công cụ thể phòng, đơn vị chủ trì, phối hợp, thời hạn hoàn thành; Lãnh đạo Sở phụ trách lĩnh vực trực tiếp chỉ đạo, đôn đốc.",
  ),
  H1("II.", "NHIỆM VỤ CỤ THỂ"),
  P("Các nhiệm vụ cụ thể, phòng, đơn vị chủ trì, phối hợp và thời hạn hoàn thành tại Phụ lục kèm theo Kế hoạch này."),
  H1("III.", "TỔ CHỨC THỰC HIỆN"),
  H2("1.", [
    { b: "Văn phòng Sở" },
    " là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo cải cách hành chính của Sở gửi Sở Nội vụ định kỳ hằng quý, trước ngày 12 của tháng cuối quý.",
  ]),
  H2("2.", [
    { b: "Các phòng, đơn vị thuộc Sở" },
    " căn cứ nhiệm vụ được phân công tại Phụ lục, chủ động triển khai thực hiện; gửi kết quả và tài liệu kiểm chứng về Văn phòng Sở ngay khi hoàn thành từng nhiệm vụ.",
  ]),
  H2("3.", [
    { b: "Thanh tra Sở" },
    ": xây dựng kế hoạch kiểm tra việc chấp hành quy định về cải cách hành chính, kỷ luật, kỷ cương hành chính tại các phòng, đơn vị thuộc Sở; Xong trước 31/5/2024.",
  ]),
  P(
    "Trong quá trình thực hiện, nếu có vướng mắc, các phòng, đơn vị báo cáo Giám đốc Sở (qua Văn phòng Sở) để xem xét, giải quyết./.",
  ),
  signature(
    [
      "- Sở Nội vụ (b/c);",
      "- Giám đốc, các Phó Giám đốc Sở;",
      "- Các phòng, đơn vị thuộc Sở;",
      "- Cổng TTĐT của Sở;",
      "- Lưu: VT, VP.",
    ],
    ["GIÁM ĐỐC", "", "", "", "Đinh Quang Tuyên"],
  ),
];

// ---- Phụ lục -----------------------------------------------------------------------------
const W = [520, 2880, 1250, 1500, 1700, 1521]; // 9371 twips
const head = [
  { ...c("TT", { bold: true }), rowSpan: 2 },
  { ...c("Nội dung công việc", { bold: true }), rowSpan: 2 },
  { ...c("Phân công thực hiện", { bold: true }), colSpan: 3 },
  { ...c("Thời hạn hoàn thành", { bold: true }), rowSpan: 2 },
];
const head2 = [
  c("Lãnh đạo Sở phụ trách", { bold: true }),
  c("Phòng, đơn vị chủ trì", { bold: true }),
  c("Phòng, đơn vị phối hợp", { bold: true }),
];
const sec = (n, text) => [
  c(n, { bold: true }),
  { paras: [P(text, { bold: true, noIndent: true, left: true })], colSpan: 5 },
];
// leader: a string, a {rowSpan} merged cell, or null when a merged cell above covers it
function row(n, task, leader, lead, partners, time) {
  const cells = [c(n), l(task)];
  if (leader !== null)
    cells.push(typeof leader === "string" ? c(leader) : { ...c(leader.text), rowSpan: leader.rowSpan });
  cells.push(c(lead), l(partners), c(time));
  return cells;
}
const GD = "Giám đốc Sở";
const PGD1 = "Đ/c Hoàng Thị Minh - Phó Giám đốc";
const PGD2 = "Đ/c Nông Văn Tuấn - Phó Giám đốc";

const table = T(
  W,
  [
    head,
    head2,
    sec("I", "CẢI CÁCH THỂ CHẾ"),
    row(
      "1",
      "Tham mưu UBND tỉnh ban hành Quy chế quản lý, vận hành Trung tâm điều hành thông minh (IOC) tỉnh Bắc Kạn",
      { text: PGD1, rowSpan: 2 },
      "Phòng Công nghệ thông tin",
      "Văn phòng Sở; Sở Tư pháp",
      "Chậm nhất ngày 28/6/2024",
    ),
    row(
      "2",
      "Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực thông tin và truyền thông do HĐND, UBND tỉnh ban hành",
      null,
      "Văn phòng Sở",
      "Các phòng, đơn vị thuộc Sở",
      "Xong trước 30/4/2024",
    ),
    sec("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
    row(
      "3",
      "Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực xuất bản, in và phát hành",
      { text: PGD2, rowSpan: 3 },
      "Phòng Thông tin, Báo chí, Xuất bản",
      "Văn phòng Sở",
      "Hạn hoàn thành: 04/5/2024",
    ),
    row(
      "4",
      "Cập nhật, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở trên Cổng Dịch vụ công",
      null,
      "Văn phòng Sở",
      "Trung tâm Công nghệ thông tin và Truyền thông",
      "Thường xuyên",
    ),
    row(
      "5",
      "Báo cáo tình hình, kết quả giải quyết thủ tục hành chính Quý I/2024 gửi Văn phòng UBND tỉnh",
      null,
      "Văn phòng Sở",
      "Các phòng chuyên môn",
      "Trước 17 giờ 00 ngày 20/3/2024",
    ),
    sec("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY"),
    row(
      "6",
      "Rà soát, hoàn thiện Đề án vị trí việc làm của Sở và đơn vị sự nghiệp trực thuộc",
      { text: GD, rowSpan: 2 },
      "Văn phòng Sở",
      "Các phòng, đơn vị thuộc Sở",
      "Quý II/2024",
    ),
    row(
      "7",
      "Kiện toàn tổ chức, bộ máy Trung tâm Công nghệ thông tin và Truyền thông",
      null,
      "Văn phòng Sở",
      "Trung tâm Công nghệ thông tin và Truyền thông; Sở Nội vụ",
      "Tháng 9/2024",
    ),
    sec("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"),
    row(
      "8",
      "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2024",
      { text: GD, rowSpan: 2 },
      "Văn phòng Sở",
      "Các phòng, đơn vị thuộc Sở",
      "Hạn hoàn thành: 15/12/2024",
    ),
    row(
      "9",
      "Cử công chức, viên chức tham gia bồi dưỡng kiến thức quản lý nhà nước, kỹ năng số",
      null,
      "Văn phòng Sở",
      "",
      "Đợt 1: trước 15/6/2024; Đợt 2: trước 15/11/2024",
    ),
    sec("V", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"),
    row(
      "10",
      "Nâng cấp Cổng Thông tin điện tử tỉnh đáp ứng yêu cầu kỹ thuật theo hướng dẫn của Bộ Thông tin và Truyền thông",
      { text: PGD1, rowSpan: 5 },
      "Trung tâm Công nghệ thông tin và Truyền thông",
      "Phòng Công nghệ thông tin",
      "Xong trước 02/9/2024",
    ),
    row(
      "11",
      "Triển khai hệ thống giám sát an toàn thông tin (SOC) kết nối với hệ thống của Trung tâm Giám sát an toàn không gian mạng quốc gia",
      null,
      "Phòng Công nghệ thông tin",
      "Trung tâm Công nghệ thông tin và Truyền thông; Viettel Bắc Kạn",
      "Chậm nhất ngày 31/10/2024",
    ),
    row(
      "12",
      "Phát triển hạ tầng mạng di động 4G đến các thôn, bản chưa có sóng",
      null,
      "Phòng Bưu chính, Viễn thông",
      "VNPT Bắc Kạn; Viettel Bắc Kạn; UBND các huyện, thành phố",
      "Năm 2024",
    ),
    row(
      "13",
      "Triển khai dịch vụ bưu chính công ích trong tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính",
      null,
      "Phòng Bưu chính, Viễn thông",
      "Bưu điện tỉnh",
      "Tháng 7/2024",
    ),
    row(
      "14",
      "Hướng dẫn duy trì hoạt động Tổ công nghệ số cộng đồng tại các xã, phường, thị trấn",
      null,
      "Phòng Công nghệ thông tin",
      "Phòng Văn hóa và Thông tin các huyện, thành phố",
      "Trong Quý III/2024",
    ),
    sec("VI", "THÔNG TIN, TUYÊN TRUYỀN VÀ ĐÁNH GIÁ CẢI CÁCH HÀNH CHÍNH"),
    row(
      "15",
      "Duy trì chuyên mục “Cải cách hành chính” trên Cổng Thông tin điện tử tỉnh, Báo Bắc Kạn",
      { text: PGD2, rowSpan: 2 },
      "Phòng Thông tin, Báo chí, Xuất bản",
      "Báo Bắc Kạn; Đài Phát thanh - Truyền hình tỉnh",
      "Hằng tháng",
    ),
    row(
      "16",
      "Tổ chức Cuộc thi trực tuyến tìm hiểu về cải cách hành chính, chuyển đổi số năm 2024",
      null,
      "Phòng Thông tin, Báo chí, Xuất bản",
      "Sở Nội vụ; Tỉnh đoàn",
      "Tháng 8 - tháng 9/2024",
    ),
    row(
      "17",
      "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Sở, kèm tài liệu kiểm chứng",
      GD,
      "Văn phòng Sở",
      "Các phòng, đơn vị thuộc Sở",
      "Chậm nhất ngày 05/01/2025",
    ),
  ],
  { header: 2, size: 22 },
);

const appendix = [
  P("PHỤ LỤC", { center: true, bold: true, noIndent: true, pageBreakBefore: true }),
  P("PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ THÔNG TIN VÀ TRUYỀN THÔNG", {
    center: true,
    bold: true,
    noIndent: true,
  }),
  P("(Kèm theo Kế hoạch số 38/KH-STTTT ngày 04/3/2024 của Sở Thông tin và Truyền thông)", {
    center: true,
    italic: true,
    noIndent: true,
  }),
  table,
];

const model = {
  creator: "Sở Thông tin và Truyền thông",
  numbering: [
    numbering(L, [
      ["upperRoman", "%1.", { bold: true }],
      ["decimal", "%2."],
    ]),
  ],
  sections: [
    {
      blocks: [...body, ...appendix],
      head: [
        P(["Sở Thông tin và Truyền thông tỉnh Bắc Kạn - Kế hoạch cải cách hành chính năm 2024"], {
          center: true,
          italic: true,
          size: 18,
        }),
      ],
      foot: [P(["Trang ", { page: true }, "/", { pages: true }], { right: true, size: 20 })],
    },
  ],
};

const dir = folderOf("03-bac-kan-2024-department-own-offices-pdfmake");
await writeWord(dir, model);
writeText(dir, model);
// pdfmake: A4, 2 cm / 3 cm margins, the same running head and foot on every page
const width = 595.28 - 85 - 57;
await pdfmakePdf(dir, {
  pageSize: "A4",
  pageMargins: [85, 57, 57, 57],
  info: { title: "Kế hoạch 38/KH-STTTT", author: "Sở Thông tin và Truyền thông tỉnh Bắc Kạn" },
  header: () => ({
    text: "Sở Thông tin và Truyền thông tỉnh Bắc Kạn - Kế hoạch cải cách hành chính năm 2024",
    italics: true,
    fontSize: 8,
    alignment: "center",
    margin: [0, 22, 0, 0],
  }),
  footer: (page, pages) => ({
    text: `Trang ${page}/${pages}`,
    fontSize: 9,
    alignment: "right",
    margin: [0, 20, 57, 0],
  }),
  content: pmContent([...body, ...appendix], width),
  defaultStyle: { font: "Serif", fontSize: 12, lineHeight: 1.15 },
});
console.log("built", dir);
